/**
 * A trace (engine.md §7) as a tree: each output, and below it the steps its value was
 * computed from, each with its value, explanation, definition, citations and location.
 * Children are built when a step is opened, so large traces stay cheap.
 */
import type { SourceRef, TraceNodeView, TraceView } from '../../shared/protocol';
import { h } from '../dom';

const kindLabels: Record<TraceNodeView['kind'], string> = {
  input: 'inndata',
  rule: 'regel',
  discretion: 'skjønn',
  table: 'tabell',
};

export function renderTrace(trace: TraceView, jump: (ref: SourceRef) => void, options: { openOutputs?: readonly string[] } = {}): HTMLElement {
  const root = h('div', { class: 'trace', role: 'tree' });
  if (trace.outputs.length === 0) {
    root.append(h('p', { class: 'muted' }, 'Sporet er tomt.'));
    return root;
  }
  for (const output of trace.outputs) {
    const step = trace.steps[output.id];
    if (!step) continue;
    root.append(node(trace, step, jump, [], options.openOutputs ? options.openOutputs.includes(output.name) : trace.outputs.length <= 3));
  }
  return root;
}

function node(trace: TraceView, step: TraceNodeView, jump: (ref: SourceRef) => void, ancestors: readonly number[], open: boolean): HTMLElement {
  const children = step.uses.filter((id) => !ancestors.includes(id) && trace.steps[id] !== undefined);
  const hasBody = children.length > 0 || step.explanation || step.citations.length > 0 || step.definition || step.override || step.row || step.aggregations.length > 0;
  const label = h(
    'a',
    {
      class: 'trace-name',
      href: '#',
      title: step.location ? `Gå til ${step.location.path}, linje ${step.location.line}` : '',
      onclick: (event: Event) => {
        event.preventDefault();
        event.stopPropagation();
        if (step.location) jump(step.location);
      },
    },
    step.label,
  );
  const summary = h(
    'summary',
    { class: 'trace-summary', 'data-step': step.id },
    h('span', { class: `trace-kind kind-${step.kind}` }, kindLabels[step.kind]),
    label,
    h('span', { class: 'trace-eq' }, '='),
    h('span', { class: 'trace-value' }, step.value),
  );
  const details = h('details', { class: 'trace-node', role: 'treeitem' }, summary);
  if (!hasBody) {
    details.classList.add('leaf');
    return details;
  }
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    const body = h('div', { class: 'trace-body' });
    if (step.explanation) body.append(h('p', { class: 'trace-explanation' }, step.explanation));
    const facts: HTMLElement[] = [];
    if (step.definition) facts.push(h('li', null, step.definition));
    if (step.override) facts.push(h('li', { class: 'override' }, step.override));
    if (step.row) facts.push(h('li', null, step.row));
    if (step.location) facts.push(h('li', { class: 'muted' }, `${step.location.path}, linje ${step.location.line}`));
    if (facts.length > 0) body.append(h('ul', { class: 'trace-facts' }, facts));
    if (step.citations.length > 0) {
      body.append(
        h(
          'ul',
          { class: 'trace-citations', 'aria-label': 'Kilder' },
          step.citations.map((c) =>
            h(
              'li',
              { class: c.assumption ? 'assumption' : '' },
              c.assumption ? h('span', { class: 'badge' }, 'antakelse') : h('span', { class: 'badge source' }, 'kilde'),
              c.url ? h('a', { href: c.url, target: '_blank', rel: 'noreferrer noopener' }, c.title) : c.title,
              h('span', { class: 'muted' }, ` (${c.id})`),
            ),
          ),
        ),
      );
    }
    for (const aggregation of step.aggregations) {
      body.append(
        h(
          'div',
          { class: 'trace-aggregation' },
          h('code', null, aggregation.expression),
          h(
            'ul',
            null,
            aggregation.items.length === 0
              ? h('li', { class: 'muted' }, 'ingen elementer')
              : aggregation.items.map((item) =>
                  h('li', { class: item.included ? '' : 'excluded' }, item.element, item.value !== undefined ? ` → ${item.value}` : '', item.included ? '' : ' (tas ikke med)'),
                ),
          ),
        ),
      );
    }
    if (children.length > 0) {
      const list = h('div', { class: 'trace-children' });
      for (const id of children) list.append(node(trace, trace.steps[id] as TraceNodeView, jump, [...ancestors, step.id], false));
      body.append(list);
    }
    details.append(body);
  };
  details.addEventListener('toggle', () => {
    if (details.open) build();
  });
  if (open) {
    build();
    details.open = true;
  }
  return details;
}

/**
 * The review of the whole rule set in the diff view: the engine's report (`diffRuleSets`, the
 * same review `lovkode diff` gives) of the files on disk against the working copy. First what
 * changed — breaking changes for embedding systems highlighted, then rates (old → new),
 * rules and `skjønn` (their lines, old and new), sources, inputs and outputs, types, modules
 * and tests — then whom it affects: the rule tests and the synthetic population, with the
 * change per month, household types, the largest gains and losses, and the cases that fail
 * in one version only.
 */
import type { ChangedCase, DeclarationChange, GroupImpact, ImpactReport, InterfaceChange, OutsidePopulation, StructuralDiff, TableChange } from '@lovkode/cli/review';
// The engine's number format (as in its Markdown); imported from its source file because the
// package entry points would bring the whole engine into the main thread.
import { formatNumber } from '@lovkode/engine';
import { norwegianDate } from '@lovkode/dsl/calendar';
import type { FileDiagnosticData, ReviewResult, SourceRef } from '../../shared/protocol';
import { h } from '../dom';

export interface ReviewActions {
  reveal(ref: SourceRef): void;
  copyMarkdown(markdown: string): void;
}

const changeWord = { added: 'lagt til', removed: 'fjernet', changed: 'endret', moved: 'flyttet' } as const;

/** Failing cases listed per group; the Markdown has up to 100, the engine's JSON all. */
const maxFailures = 20;
const maxDiagnostics = 10;

function count(n: number): string {
  return formatNumber(String(n));
}

/** An amount of the report (`-1234.50`) as `−1 234,50 kr`, with `+` for an increase when `signed`. */
function money(amount: string, signed = false): string {
  const text = `${formatNumber(amount, 2)} kr`;
  return signed && !amount.startsWith('-') && /[1-9]/.test(amount) ? `+${text}` : text;
}

/** A case's measure: an amount, or another value as the engine showed it. */
function measureValue(value: string | undefined): string {
  if (value === undefined) return '—';
  return /^-?\d+\.\d{2}$/.test(value) ? money(value) : value;
}

function deltaClass(amount: string | undefined): string {
  return amount === undefined || !/[1-9]/.test(amount) ? '' : amount.startsWith('-') ? 'loss' : 'gain';
}

/** The diff view's review section for a result of the worker's `review` (or the error of the call). */
export function reviewView(result: ReviewResult | Error, actions: ReviewActions): HTMLElement[] {
  const head = (copy?: string) =>
    h(
      'div',
      { class: 'review-head' },
      h('h3', null, 'Hele regelsettet'),
      copy !== undefined ? h('button', { type: 'button', class: 'link-button copy-markdown', title: 'Gjennomgangen som Markdown, for en pull request', onclick: () => actions.copyMarkdown(copy) }, 'Kopier som Markdown') : null,
    );
  if (result instanceof Error) return [head(), h('div', { class: 'callout error' }, `Gjennomgangen kunne ikke lages: ${result.message}`)];
  if (result.state === 'unchanged') return [head(), h('p', { class: 'muted' }, 'Ingen ulagrede endringer: arbeidskopien er lik filene på disken.')];
  if (result.state === 'failed') return [head(), failedView(result, actions)];
  const report = result.report;
  return [
    head(result.markdown),
    h(
      'p',
      { class: 'muted review-sides' },
      `Filene på disken → arbeidskopien, beregnet gjennom ${report.new.entry}${report.new.entry !== report.old.entry ? ` (før: ${report.old.entry})` : ''} · ${Math.round(result.reviewMs)} ms`,
    ),
    ...structuralView(report.structural, result.keyLabels),
    ...(report.impact ? impactView(report.impact) : []),
  ];
}

function failedView(result: Extract<ReviewResult, { state: 'failed' }>, actions: ReviewActions): HTMLElement {
  const working = result.side === 'working';
  const item = (d: FileDiagnosticData) => {
    const text = [h('span', { class: 'code' }, d.code), ` ${d.path}:${d.line}:${d.column}: ${d.message}`];
    // Only the working copy's places are in the open files.
    return h('li', null, working ? h('button', { type: 'button', class: 'link-button', onclick: () => actions.reveal({ path: d.path, line: d.line, column: d.column }) }, ...text) : text);
  };
  return h(
    'div',
    { class: 'callout error review-failed' },
    h('strong', null, working ? 'Arbeidskopien har feil, så endringene kan ikke vurderes før de er rettet.' : 'Versjonen på disken har feil, så den kan ikke sammenlignes med arbeidskopien.'),
    h('div', null, result.message),
    result.diagnostics.length > 0 ? h('ul', null, result.diagnostics.slice(0, maxDiagnostics).map(item)) : null,
    result.diagnostics.length > maxDiagnostics ? h('div', null, `… og ${result.diagnostics.length - maxDiagnostics} til.`) : null,
  );
}

// ─── Structure ───────────────────────────────────────────────────────────────

function structuralView(s: StructuralDiff, keyLabels: Extract<ReviewResult, { state: 'reviewed' }>['keyLabels']): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (!s.semanticChange) {
    out.push(
      h(
        'div',
        { class: 'callout info no-semantic-change' },
        h('strong', null, 'Ingen semantisk endring. '),
        s.changedFiles.length > 0 ? `Endret i teksten (mellomrom, layout, kommentarer, dokumentasjon eller tester), men reglene betyr det samme: ${s.changedFiles.join(', ')}.` : 'Reglene er de samme.',
      ),
    );
  }
  const breaking = [...s.interface, ...s.types].filter((c) => c.breaking);
  if (breaking.length > 0) {
    out.push(h('section', { class: 'review-breaking' }, h('h4', null, `⚠ Brytende endringer for systemer som bruker reglene (${breaking.length})`), h('ul', { class: 'review-list' }, breaking.map(interfaceItem))));
  }
  const additive = s.interface.filter((c) => !c.breaking);
  if (additive.length > 0) out.push(section('Inndata og utdata (ikke brytende)', h('ul', { class: 'review-list' }, additive.map(interfaceItem))));
  if (s.tables.length > 0) out.push(section('Satser og tabeller', s.tables.map((t) => tableItem(t, s.sourceTitles, keyLabels[`${t.module}/${t.name}`] ?? []))));
  if (s.declarations.length > 0) out.push(section('Regler og skjønn', s.declarations.map(declarationItem)));
  if (s.sources.length > 0) {
    out.push(
      section(
        'Kilder og antakelser',
        h(
          'ul',
          { class: 'review-list' },
          s.sources.map((c) =>
            h('li', null, h('strong', null, `${c.kind === 'source' ? 'Kilde' : 'Antakelse'} ${changeWord[c.change]} `), h('code', null, c.id), ` (${c.module}): `, c.change === 'changed' ? `${c.old} → ${c.new}` : (c.new ?? c.old)),
          ),
        ),
      ),
    );
  }
  const otherTypes = s.types.filter((c) => !c.breaking);
  if (otherTypes.length > 0) out.push(section('Valg og typer', h('ul', { class: 'review-list' }, otherTypes.map(interfaceItem))));
  if (s.modules.length > 0) out.push(section('Moduler', h('ul', { class: 'review-list' }, s.modules.map((m) => h('li', null, m.description)))));
  const t = s.tests;
  if (t.added.length + t.removed.length + t.changed.length > 0) {
    out.push(
      section(
        'Tester',
        h(
          'details',
          null,
          h('summary', null, `${t.added.length} lagt til, ${t.removed.length} fjernet, ${t.changed.length} endret`),
          h('ul', { class: 'review-list' }, [...t.added.map((n) => `lagt til: ${n}`), ...t.removed.map((n) => `fjernet: ${n}`), ...t.changed.map((n) => `endret: ${n}`)].map((line) => h('li', null, line))),
        ),
      ),
    );
  }
  return out;
}

function section(title: string, ...children: Array<HTMLElement | HTMLElement[]>): HTMLElement {
  return h('section', { class: 'review-section' }, h('h4', null, title), ...children);
}

function interfaceItem(c: InterfaceChange): HTMLElement {
  const label = c.kind === 'input' ? 'Inndata' : c.kind === 'output' ? 'Utdata' : 'Type';
  const values = c.change === 'changed' ? `${c.old ?? ''} → ${c.new ?? ''}` : c.change === 'added' ? (c.new ?? '') : `var ${c.old ?? ''}`;
  return h('li', { class: c.breaking ? 'breaking' : '' }, h('strong', null, `${label} ${changeWord[c.change]} `), h('code', null, c.name), ` (${c.module}): ${c.description} `, h('code', { class: 'muted' }, values));
}

function replacedNote(r: TableChange['replacedIn']): string {
  if (!r) return '';
  if (r.old && r.new && r.old !== r.new) return ` — erstattet i ${r.old} → ${r.new}`;
  return r.new ? ` — erstattet i ${r.new}` : ` — erstattet i ${r.old ?? ''} (gammel)`;
}

/** A rate row's keys as the rules label them (`barn_0_5` → «barn 0–5 år»); a key without a label with spaces for underscores. */
function keysText(keys: string, labels: ReadonlyArray<Readonly<Record<string, string>>>): string {
  return keys
    .split(', ')
    .map((key, i) => labels[i]?.[key] ?? key.replace(/_/g, ' '))
    .join(', ');
}

function tableItem(t: TableChange, titles: Readonly<Record<string, string>>, keyLabels: ReadonlyArray<Readonly<Record<string, string>>>): HTMLElement {
  const sources = (ids: readonly string[]) => (ids.length === 0 ? '—' : ids.join(', '));
  const titleOf = (ids: readonly string[]) => ids.map((id) => titles[id] ?? id).join('; ');
  return h(
    'div',
    { class: 'review-item table-change', 'data-table': t.name },
    h('div', { class: 'review-item-title' }, h('span', null, 'tabell '), h('code', null, t.name), h('span', { class: 'muted' }, ` ${t.module}${t.change !== 'changed' ? ` · ${changeWord[t.change]}` : ''}${replacedNote(t.replacedIn)}`)),
    t.header ? lines([{ op: '-', text: t.header.old }, { op: '+', text: t.header.new }]) : null,
    t.rows.length > 0
      ? h(
          'ul',
          { class: 'rate-rows' },
          t.rows.map((r) =>
            h(
              'li',
              { class: `rate-change ${r.change}` },
              h('div', { class: 'rate-key' }, `${r.from ? `fra ${norwegianDate(r.from)}` : 'udatert'}${r.to ? ` til ${norwegianDate(r.to)}` : ''} · ${keysText(r.keys, keyLabels)}`, r.change !== 'changed' ? h('span', { class: 'muted' }, r.change === 'added' ? ' · ny rad' : ' · rad fjernet') : null),
              h('div', { class: 'rate-values' }, h('span', { class: 'old' }, r.old ?? '—'), ' → ', h('strong', { class: 'new' }, r.new ?? '—'), r.percent ? h('span', { class: 'muted' }, ` (${r.percent})`) : null),
              r.note ? h('div', { class: 'muted' }, r.note) : null,
              h(
                'div',
                { class: 'muted rate-sources', title: titleOf([...new Set([...r.oldSources, ...r.newSources])]) },
                'kilde: ',
                r.oldSources.join(', ') === r.newSources.join(', ') ? sources(r.newSources) : `${sources(r.oldSources)} → ${sources(r.newSources)}`,
              ),
            ),
          ),
        )
      : null,
  );
}

function declarationItem(d: DeclarationChange): HTMLElement {
  const keyword = d.kind === 'rule' ? 'regel' : d.kind === 'discretion' ? 'skjønn' : 'tabell';
  const what = d.change === 'moved' ? `flyttet fra ${d.movedFrom ?? '?'}` : changeWord[d.change];
  return h(
    'div',
    { class: 'review-item declaration-change', 'data-declaration': d.name },
    h('div', { class: 'review-item-title' }, h('span', null, `${keyword} `), h('code', null, d.name), h('span', { class: 'muted' }, ` ${d.module} · ${what}${replacedNote(d.replacedIn)}`)),
    lines(d.lines),
  );
}

function lines(list: DeclarationChange['lines']): HTMLElement {
  return h(
    'pre',
    { class: 'review-lines' },
    list.map((l) => h('div', { class: l.op === '-' ? 'del' : l.op === '+' ? 'add' : 'same' }, `${l.op} ${l.text}`)),
  );
}

// ─── Impact ──────────────────────────────────────────────────────────────────

function impactView(impact: ImpactReport): HTMLElement[] {
  const intro = impact.measure
    ? `Hver sak er beregnet med begge versjonene. Beløpene er endringen i «${impact.measure}» per måned (ny − gammel); en sak er én husstand i én måned.`
    : 'Hver sak er beregnet med begge versjonene. Reglene har ikke noe beløp som utdata, så bare endrede saker telles.';
  return [
    h(
      'section',
      { class: 'review-section review-impact' },
      h('h4', null, 'Virkning'),
      impact.groups.length === 0 ? h('p', { class: 'muted' }, 'Ingen saker er beregnet.') : h('p', { class: 'muted' }, intro),
      impact.outsidePopulation ? outsideView(impact.outsidePopulation) : null,
      impact.groups.map((g) => groupView(g, impact.measure)),
    ),
  ];
}

/** Changed rate rows that apply only outside the population's months: the figures below do not show what they do. */
function outsideView(outside: OutsidePopulation): HTMLElement {
  const rows = outside.rows.length === 1 ? '1 endret satsrad gjelder' : `${count(outside.rows.length)} endrede satsrader gjelder`;
  const when = [...new Set(outside.rows.map((r) => (r.from !== undefined ? `fra ${norwegianDate(r.from)}` : `til ${norwegianDate(r.to ?? '')}`)))].join(', ');
  return h(
    'p',
    { class: 'review-outside' },
    h('strong', null, 'Utenfor befolkningen: '),
    `${rows} bare utenfor månedene befolkningen har (${outside.from} – ${outside.to}): ${when}. Det de gjør, er ikke med i tallene nedenfor.`,
  );
}

function groupView(g: GroupImpact, measure: string): HTMLElement {
  const stat = (label: string, value: string, key?: string, cls = '') => [h('dt', null, label), h('dd', { class: cls, ...(key ? { 'data-stat': key } : {}) }, value)];
  const errors = g.errorOldOnly + g.errorNewOnly + g.errorBoth;
  const failing = g.changedCases.filter((c) => c.oldError || c.newError);
  const anyType = g.byHouseholdType.some((t) => t.changed > 0);
  return h(
    'div',
    { class: 'impact-group', 'data-group': g.group, 'data-changed': g.changed },
    h('h5', null, g.description),
    h(
      'dl',
      { class: 'impact-stats' },
      stat('Endret', `${count(g.changed)} av ${count(g.cases)} saker`, 'changed', g.changed > 0 ? 'changed' : ''),
      g.changed > 0 && measure ? stat(`Økt / redusert ${measure}`, `${count(g.increased)} / ${count(g.decreased)}`) : [],
      measure ? stat('Sum per måned', money(g.total, true), 'total', deltaClass(g.total)) : [],
      measure ? stat('Snitt per husstand-måned', money(g.average, true), 'average', deltaClass(g.average)) : [],
      measure && g.increased + g.decreased > 0 ? stat('Snitt for dem som endres', money(g.averageChanged, true), undefined, deltaClass(g.averageChanged)) : [],
      errors > 0 ? stat('Feiler bare i gammel / bare i ny / i begge', `${count(g.errorOldOnly)} / ${count(g.errorNewOnly)} / ${count(g.errorBoth)}`, 'errors', g.errorOldOnly + g.errorNewOnly > 0 ? 'loss' : '') : [],
    ),
    g.compared === 0 && g.errorBoth > 0 ? h('p', { class: 'muted' }, 'Ingen av sakene kunne beregnes med noen av versjonene (passer inndataene til modulen det beregnes gjennom?).') : null,
    g.changed > 0 && measure && anyType ? householdTypes(g) : null,
    // The changed tests are also listed above the review, so the tests' extremes start folded.
    g.largestGains.length > 0 ? casesList(`Største økninger (${g.largestGains.length})`, g.largestGains, 'gains', g.group !== 'tests') : null,
    g.largestLosses.length > 0 ? casesList(`Største reduksjoner (${g.largestLosses.length})`, g.largestLosses, 'losses', g.group !== 'tests') : null,
    failing.length > 0 ? failures(failing) : null,
  );
}

function householdTypes(g: GroupImpact): HTMLElement {
  return h(
    'table',
    { class: 'review-types' },
    h('thead', null, h('tr', null, h('th', null, 'Husstandstype'), h('th', null, 'Endret'), h('th', null, 'Sum per måned'), h('th', null, 'Snitt'))),
    h(
      'tbody',
      null,
      g.byHouseholdType.map((t) =>
        h(
          'tr',
          null,
          h('td', null, t.householdType),
          h('td', null, `${count(t.changed)} av ${count(t.cases)}`),
          h('td', { class: deltaClass(t.total) }, money(t.total, true)),
          h('td', { class: deltaClass(t.average) }, money(t.average, true)),
        ),
      ),
    ),
  );
}

function caseLine(c: ChangedCase): HTMLElement {
  return h(
    'li',
    null,
    h('div', { class: 'case-head' }, h('span', { class: 'case-id' }, c.id), h('strong', { class: deltaClass(c.delta) }, c.delta === undefined ? '' : money(c.delta, true))),
    h('div', { class: 'muted' }, [c.householdType, c.month, `${measureValue(c.old)} → ${measureValue(c.new)}`].filter(Boolean).join(' · ')),
  );
}

function casesList(title: string, cases: readonly ChangedCase[], kind: string, open: boolean): HTMLElement {
  return h('details', { class: `review-cases ${kind}`, open }, h('summary', null, title), h('ul', null, cases.map(caseLine)));
}

function failures(failing: readonly ChangedCase[]): HTMLElement {
  const error = (e: ChangedCase['oldError']) => (e ? `${e.code}: ${e.message}` : 'beregnet');
  return h(
    'details',
    { class: 'review-cases failures', open: true },
    h('summary', null, `Feiler i bare én versjon, eller med ulike feil (${count(failing.length)})`),
    h(
      'ul',
      null,
      failing.slice(0, maxFailures).map((c) =>
        h(
          'li',
          null,
          h('div', { class: 'case-head' }, h('span', { class: 'case-id' }, c.id)),
          h('div', { class: 'muted' }, [c.householdType, c.month].filter(Boolean).join(' · ')),
          h('div', null, 'gammel: ', error(c.oldError)),
          h('div', null, 'ny: ', error(c.newError)),
        ),
      ),
    ),
    failing.length > maxFailures ? h('p', { class: 'muted' }, `… og ${count(failing.length - maxFailures)} til (se Markdown).`) : null,
  );
}

/**
 * A form generated from the input JSON Schema (engine `inputSchema`): selects for
 * enumerations, date and month pickers, amounts written the Norwegian way (`8 000,50`),
 * lists of records with add/remove, and the overrides of `skjønn` with their reasons.
 */
import { MONTH_PATTERN } from '@lovkode/dsl/calendar';
import type { JsonSchema } from '../../shared/protocol';
import { h, humanize } from '../dom';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export interface FormContext {
  readonly root: JsonSchema;
  readonly discretion: ReadonlyArray<{ readonly name: string; readonly type: string }>;
  /** Labels of choices by the schema's `title` of the choice and member (`barn_0_5` → «barn 0–5 år»). */
  readonly labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Something changed; `structural` when the form must be drawn again (a list grew or shrank). */
  readonly changed: (structural: boolean) => void;
  /** Violations from the last evaluation, by JSON pointer. */
  readonly violations: ReadonlyMap<string, string>;
}

const MONEY = 'x-lovkode-money';

function asSchema(value: unknown): JsonSchema {
  return (typeof value === 'object' && value !== null ? value : {}) as JsonSchema;
}

/** Follows `$ref` into `$defs`. */
export function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return schema;
  const defs = asSchema(root['$defs']);
  return asSchema(defs[decodeURIComponent(ref.slice('#/$defs/'.length))]);
}

type Kind = 'money' | 'decimal' | 'integer' | 'boolean' | 'text' | 'date' | 'month' | 'enum' | 'object' | 'array' | 'any';

export function kindOf(root: JsonSchema, raw: JsonSchema): Kind {
  const schema = resolve(root, raw);
  if (schema[MONEY] !== undefined) return 'money';
  if (Array.isArray(schema['enum'])) return 'enum';
  if (Array.isArray(schema['anyOf'])) return 'decimal';
  switch (schema['type']) {
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    case 'array':
      return 'array';
    case 'string':
      if (schema['format'] === 'date') return 'date';
      if (schema['pattern'] === MONTH_PATTERN) return 'month';
      return 'text';
    default:
      return 'any';
  }
}

function currentMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * A starting value for a schema: its default, the first member of an enumeration, an empty
 * list … A date has no starting value: a birth date or an application date guessed by the
 * form would be silently wrong, so it starts empty and a required one is reported missing.
 */
export function initialValue(root: JsonSchema, raw: JsonSchema): Json | undefined {
  if (raw['default'] !== undefined) return raw['default'] as Json;
  const schema = resolve(root, raw);
  switch (kindOf(root, raw)) {
    case 'enum':
      return ((schema['enum'] as Json[])[0] ?? null) as Json;
    case 'month':
      return currentMonth();
    case 'date':
      return undefined;
    case 'money':
      return '0';
    case 'decimal':
      return '0';
    case 'integer':
      return 0;
    case 'boolean':
      return false;
    case 'text':
      return '';
    case 'array':
      return [];
    case 'object': {
      const out: Obj = {};
      const props = asSchema(schema['properties']);
      const req = new Set((schema['required'] as string[] | undefined) ?? []);
      for (const [name, sub] of Object.entries(props)) {
        const value = initialValue(root, asSchema(sub));
        if (value !== undefined && (req.has(name) || asSchema(sub)['default'] === undefined)) out[name] = value;
      }
      return out;
    }
    default:
      return null;
  }
}

/** `8 000,50` / `8000.5` / `8000` → `8000.50`-style decimal text; undefined when not a number. */
export function parseAmount(text: string): string | undefined {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(/kr$/i, '').replace(/^−/, '-');
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return undefined;
  return cleaned.replace(',', '.');
}

export function formatAmount(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction !== undefined ? `${grouped},${fraction}` : grouped;
}

function fieldLabel(name: string, schema: JsonSchema): HTMLElement {
  const description = typeof schema['description'] === 'string' ? schema['description'] : undefined;
  return h('span', { class: 'field-label', title: description }, humanize(name));
}

function violationOf(ctx: FormContext, pointer: string): HTMLElement | null {
  const message = ctx.violations.get(pointer);
  return message ? h('span', { class: 'field-error', role: 'alert' }, message) : null;
}

/** The editor for one value; `get`/`set` read and write it in the form's state. */
function valueEditor(ctx: FormContext, raw: JsonSchema, get: () => Json | undefined, set: (v: Json | undefined) => void, pointer: string, label: string): HTMLElement {
  const schema = resolve(ctx.root, raw);
  const kind = kindOf(ctx.root, raw);
  const id = `f${pointer.replace(/[^\w]/g, '_')}`;
  switch (kind) {
    case 'enum': {
      const members = schema['enum'] as string[];
      const labels = ctx.labels[String(schema['title'])] ?? {};
      const select = h(
        'select',
        { id, 'aria-label': label, 'data-pointer': pointer },
        members.map((m) => h('option', { value: m }, labels[m] ?? m.replace(/_/g, ' '))),
      );
      select.value = String(get() ?? members[0] ?? '');
      select.addEventListener('change', () => {
        set(select.value);
        ctx.changed(false);
      });
      return select;
    }
    case 'boolean': {
      const box = h('input', { id, type: 'checkbox', 'aria-label': label, 'data-pointer': pointer });
      box.checked = get() === true;
      box.addEventListener('change', () => {
        set(box.checked);
        ctx.changed(false);
      });
      return box;
    }
    case 'date':
    case 'month': {
      const input = h('input', { id, type: kind, 'aria-label': label, 'data-pointer': pointer });
      input.value = String(get() ?? '');
      input.addEventListener('change', () => {
        set(input.value === '' ? undefined : input.value);
        ctx.changed(false);
      });
      return input;
    }
    case 'money':
    case 'decimal': {
      const input = h('input', { id, type: 'text', inputmode: 'decimal', class: 'amount', 'aria-label': label, 'data-pointer': pointer, placeholder: kind === 'money' ? '0' : '0,0' });
      input.value = formatAmount(get());
      const wrap = h('span', { class: 'amount-field' }, input, kind === 'money' ? h('span', { class: 'unit' }, 'kr') : null);
      input.addEventListener('input', () => {
        const parsed = parseAmount(input.value);
        input.classList.toggle('invalid', parsed === undefined && input.value.trim() !== '');
        set(parsed ?? (input.value.trim() === '' ? undefined : input.value));
        ctx.changed(false);
      });
      input.addEventListener('blur', () => {
        const parsed = parseAmount(input.value);
        if (parsed !== undefined) input.value = formatAmount(parsed);
      });
      return wrap;
    }
    case 'integer': {
      const input = h('input', { id, type: 'number', step: '1', 'aria-label': label, 'data-pointer': pointer });
      input.value = String(get() ?? '');
      input.addEventListener('input', () => {
        set(input.value === '' ? undefined : Number(input.value));
        ctx.changed(false);
      });
      return input;
    }
    case 'object':
      return objectEditor(ctx, schema, () => (get() ?? {}) as Obj, pointer);
    case 'array':
      return arrayEditor(ctx, schema, get, set, pointer, label);
    default: {
      const input = h('input', { id, type: 'text', 'aria-label': label, 'data-pointer': pointer });
      input.value = String(get() ?? '');
      input.addEventListener('input', () => {
        set(input.value);
        ctx.changed(false);
      });
      return input;
    }
  }
}

function objectEditor(ctx: FormContext, schema: JsonSchema, get: () => Obj, pointer: string): HTMLElement {
  const props = asSchema(schema['properties']);
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const grid = h('div', { class: 'form-grid' });
  for (const [name, rawSub] of Object.entries(props)) {
    const sub = asSchema(rawSub);
    const kind = kindOf(ctx.root, sub);
    const path = `${pointer}/${name}`;
    const editor = valueEditor(
      ctx,
      sub,
      () => get()[name],
      (v) => {
        const target = get();
        if (v === undefined) delete target[name];
        else target[name] = v;
      },
      path,
      humanize(name),
    );
    const wide = kind === 'array' || kind === 'object';
    grid.append(
      h(
        // A list's buttons must not be the target of a click on its label.
        wide ? 'div' : 'label',
        { class: `field${wide ? ' wide' : ''}${required.has(name) ? ' required' : ''}`, 'data-field': name },
        fieldLabel(name, sub),
        editor,
        violationOf(ctx, path),
      ),
    );
  }
  return grid;
}

function arrayEditor(ctx: FormContext, schema: JsonSchema, get: () => Json | undefined, set: (v: Json | undefined) => void, pointer: string, label: string): HTMLElement {
  const items = asSchema(schema['items']);
  const resolved = resolve(ctx.root, items);
  const title = typeof resolved['title'] === 'string' ? resolved['title'] : label.toLowerCase();
  const list = () => {
    let value = get();
    if (!Array.isArray(value)) {
      value = [];
      set(value);
    }
    return value;
  };
  const container = h('div', { class: 'list-editor' });
  const entries = list();
  entries.forEach((_, index) => {
    const itemPointer = `${pointer}/${index}`;
    const editor = valueEditor(
      ctx,
      items,
      () => list()[index],
      (v) => {
        list()[index] = v ?? null;
      },
      itemPointer,
      `${title} ${index + 1}`,
    );
    container.append(
      h(
        'div',
        { class: 'list-item' },
        h('div', { class: 'list-item-head' }, h('span', { class: 'muted' }, `${humanize(title)} ${index + 1}`), h('button', {
          type: 'button',
          class: 'link-button danger',
          onclick: () => {
            list().splice(index, 1);
            ctx.changed(true);
          },
        }, 'Fjern')),
        editor,
        violationOf(ctx, itemPointer),
      ),
    );
  });
  container.append(
    h('button', {
      type: 'button',
      class: 'add-button',
      onclick: () => {
        list().push(initialValue(ctx.root, items) ?? null);
        ctx.changed(true);
      },
    }, `+ Legg til ${title.toLowerCase()}`),
  );
  return container;
}

/** The overrides of `skjønn`: which, the value, and the reason (required). */
function overridesEditor(ctx: FormContext, state: Obj): HTMLElement {
  const list = () => {
    if (!Array.isArray(state['overstyringer'])) state['overstyringer'] = [];
    return state['overstyringer'] as Obj[];
  };
  const container = h('div', { class: 'list-editor overrides' });
  if (ctx.discretion.length === 0) return h('p', { class: 'muted' }, 'Regelsettet har ingen skjønn som kan overstyres.');
  list().forEach((item, index) => {
    const select = h('select', { 'aria-label': 'Skjønn' }, ctx.discretion.map((d) => h('option', { value: d.name }, `${d.name} (${d.type})`)));
    select.value = String(item['navn'] ?? ctx.discretion[0]?.name ?? '');
    select.addEventListener('change', () => {
      item['navn'] = select.value;
      ctx.changed(false);
    });
    const type = ctx.discretion.find((d) => d.name === item['navn'])?.type;
    const value = h('input', { type: 'text', 'aria-label': 'Verdi', placeholder: type === 'beløp' ? '0 kr' : 'verdi' });
    value.value = type === 'beløp' ? formatAmount(item['verdi']) : String(item['verdi'] ?? '');
    value.addEventListener('input', () => {
      item['verdi'] = type === 'beløp' || type === 'tall' ? parseAmount(value.value) ?? value.value : type === 'heltall' ? Number(value.value) : value.value;
      ctx.changed(false);
    });
    const reason = h('input', { type: 'text', 'aria-label': 'Begrunnelse', placeholder: 'Begrunnelse (må fylles ut)' });
    reason.value = String(item['begrunnelse'] ?? '');
    reason.addEventListener('input', () => {
      item['begrunnelse'] = reason.value;
      ctx.changed(false);
    });
    container.append(
      h(
        'div',
        { class: 'list-item override-item' },
        h('div', { class: 'list-item-head' }, h('span', { class: 'muted' }, `Overstyring ${index + 1}`), h('button', {
          type: 'button',
          class: 'link-button danger',
          onclick: () => {
            list().splice(index, 1);
            if (list().length === 0) delete state['overstyringer'];
            ctx.changed(true);
          },
        }, 'Fjern')),
        h('div', { class: 'form-grid' }, h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Skjønn'), select), h('label', { class: 'field' }, h('span', { class: 'field-label' }, 'Verdi'), value), h('label', { class: 'field wide' }, h('span', { class: 'field-label' }, 'Begrunnelse'), reason, violationOf(ctx, `/overstyringer/${index}/begrunnelse`))),
      ),
    );
  });
  container.append(
    h('button', {
      type: 'button',
      class: 'add-button',
      onclick: () => {
        list().push({ navn: ctx.discretion[0]?.name ?? '', verdi: '0', begrunnelse: '' });
        ctx.changed(true);
      },
    }, '+ Overstyr et skjønn'),
  );
  return container;
}

/** The whole input form; `state` is edited in place. */
export function renderInputForm(ctx: FormContext, state: Obj): HTMLElement {
  const props = { ...asSchema(ctx.root['properties']) };
  delete props['overstyringer'];
  const main = objectEditor(ctx, { ...ctx.root, properties: props }, () => state, '');
  return h(
    'div',
    { class: 'input-form' },
    main,
    h('details', { class: 'overrides-section', open: Array.isArray(state['overstyringer']) && state['overstyringer'].length > 0 }, h('summary', null, 'Overstyr skjønn'), overridesEditor(ctx, state)),
  );
}

/** A fresh input for a schema. */
export function initialInput(root: JsonSchema): Obj {
  return (initialValue(root, root) ?? {}) as Obj;
}

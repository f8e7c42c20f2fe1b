import { calendar, provisionPlace, provisionPlaces } from '@lovkode/dsl';
import type { EvaluationResult } from '../evaluate/result.js';
import { formatValue } from '../values/format.js';
import type { JsonValue, Trace, TraceAggregation, TraceCitation, TraceStep, TraceType } from './trace.js';

/**
 * The justification (*begrunnelse*) of an evaluation: Norwegian plain text a family can
 * read, built only from the result's trace (docs/engine.md §7), never by re-evaluating.
 *
 *   Begrunnelse for beregningen – mars 2024
 *
 *   Resultat
 *     Stønad: 16 550,00 kr
 *       Stønaden er behovet (16 550,00 kr) minus inntekt som regnes med (0,00 kr).
 *
 *   Slik er beløpet satt sammen
 *     - Stønad: 16 550,00 kr (Sosialtjenesteloven § 18)
 *       - Behov: 16 550,00 kr (Sosialtjenesteloven § 18)
 *         …
 *
 *   Opplysninger som er lagt til grunn
 *     - Sivilstand: enslig
 *
 *   Kilder
 *     - Sosialtjenesteloven § 18: https://lovdata.no/…
 *     - Alder regnes i hele år … (forutsetning)
 *
 * Every value is formatted by its type, which the trace carries (`TraceStep.type`,
 * `argTypes`, the aggregations' `elementType`/`valueType`, and `Trace.types` for lists,
 * records and enumerations): an amount `"7850.00"` of type `beløp` is `7 850,00 kr`, a
 * `tall` `"0.25"` is `0,25`, a `dato` `1. mars 2024`, a `måned` `mars 2024`; `{ "ubestemt":
 * […] }` is an undetermined outcome of any type. Nothing is guessed from a value's shape.
 * The output is deterministic: the same trace gives the same text.
 */
export interface BegrunnelseOptions {
  /** The outputs to justify, in this order (default: every output of the result). */
  readonly outputs?: readonly string[];
}

const INDENT = '  ';
/** Deeper steps are listed at this depth, so a long chain stays readable in a letter. */
const MAX_DEPTH = 8;

export function renderBegrunnelse(result: EvaluationResult, options: BegrunnelseOptions = {}): string {
  const trace = result.trace;
  if (!trace) throw new Error('En begrunnelse trenger et resultat med sporing (evaluate med { trace: true })');
  const names = (options.outputs ?? Object.keys(result.values)).filter((name) => name in result.values || name in trace.outputs);
  const outputSteps = new Set<number>();
  for (const name of names) {
    const id = trace.outputs[name];
    if (id !== undefined) outputSteps.add(id);
  }

  const show = valueFormatter(trace.types);
  const asOf = trace.asOfType === 'måned' ? calendar.monthOf(trace.asOf) : trace.asOf;
  // A month is the month computed; a day (`--date`, a case assessed on a day) is the day the
  // rules were applied as of, which is not the month the text goes on to compute.
  const title = trace.asOfType === 'måned' ? `Begrunnelse for beregningen – ${show(asOf, 'måned')}` : `Begrunnelse for beregningen, vurdert per ${show(asOf, 'dato')}`;
  const lines: string[] = [title, ''];

  lines.push('Resultat');
  for (const name of names) {
    const step = stepOf(trace, trace.outputs[name]);
    const value = name in result.values ? (result.values[name] as JsonValue) : (step?.value ?? null);
    lines.push(`${INDENT}${humanize(name)}: ${show(value, step?.type)}`);
    if (step?.explanation) lines.push(`${INDENT.repeat(2)}${step.explanation}`);
  }

  // Depth-first from each output, every step once (iteratively: a long chain of rules must
  // not exhaust the stack); inputs are gathered for their own section.
  const visited = new Set<number>();
  const inputs: TraceStep[] = [];
  // Sources are numbered in the order they are first cited; a line cites them by number («[1, 3]»).
  const citations = new Map<string, { readonly citations: TraceCitation[]; readonly number: number }>();
  const walk: string[] = [];
  const pending: Array<{ readonly step: TraceStep; readonly depth: number }> = [];
  for (const name of [...names].reverse()) {
    const step = stepOf(trace, trace.outputs[name]);
    if (step) pending.push({ step, depth: 0 });
  }
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { step, depth } = next;
    if (visited.has(step.id)) continue;
    visited.add(step.id);
    if (step.kind === 'input') {
      inputs.push(step);
      continue;
    }
    const numbers: number[] = [];
    for (const citation of step.citations) {
      // One number per source: its places (ledd, punktum) are named together.
      const key = `${citation.id}\u0000${citation.title}\u0000${citation.url ?? ''}`;
      let cited = citations.get(key);
      if (!cited) citations.set(key, (cited = { citations: [], number: citations.size + 1 }));
      if (!cited.citations.some((c) => c.ledd === citation.ledd && c.punktum === citation.punktum)) cited.citations.push(citation);
      if (!numbers.includes(cited.number)) numbers.push(cited.number);
    }
    const indent = INDENT.repeat(Math.min(depth, MAX_DEPTH) + 1);
    walk.push(`${indent}- ${stepLine(step, show)}${numbers.length > 0 ? ` [${numbers.join(', ')}]` : ''}`);
    for (const detail of stepDetails(step, !outputSteps.has(step.id), show)) walk.push(`${indent}${INDENT}${detail}`);
    for (const id of [...step.uses].reverse()) {
      const used = stepOf(trace, id);
      if (used && !visited.has(used.id)) pending.push({ step: used, depth: depth + 1 });
    }
  }

  // Every assessment the caseworker made, with its reason, before the details (forvaltningsloven
  // § 25: the main considerations of a discretionary decision belong in the justification).
  const assessed = trace.steps.filter((step) => step.override && visited.has(step.id));
  if (assessed.length > 0) {
    lines.push('', 'Saksbehandlerens vurderinger');
    for (const step of assessed) lines.push(`${INDENT}- ${assessmentLine(step, show)}`);
  }

  if (walk.length > 0) lines.push('', 'Slik er beløpet satt sammen', ...walk);

  if (inputs.length > 0) {
    lines.push('', 'Opplysninger som er lagt til grunn');
    for (const input of inputs) lines.push(...inputLines(input, show));
  }

  if (citations.size > 0) {
    lines.push('', 'Kilder');
    for (const { citations: cited, number } of citations.values()) lines.push(...citationLines(cited, number, trace.asOf));
  }

  lines.push('', `Beregnet med regelsett ${trace.ruleset}.`);
  return `${lines.join('\n')}\n`;
}

/**
 * A source as the family reads it: its title, the ledd and punktum the rules rest on, all
 * in one phrase («første ledd første og tredje punktum»), and the link; below it, in quotes,
 * each punktum's checked wording in force on the as-of day, in the order of the provision
 * (ledd, then punktum), whatever order the rules met them in.
 */
function citationLines(met: readonly TraceCitation[], number: number, asOf: string): string[] {
  const cited = [...met].sort(byPlace);
  const c = cited[0] as TraceCitation;
  const places = cited.flatMap((p) => (p.ledd !== undefined ? [{ ledd: p.ledd, punktum: p.punktum }] : []));
  const place = places.length > 0 ? `, ${provisionPlaces(places)}` : '';
  const line = `${INDENT}[${number}] ${c.title}${place}${c.assumption ? ' (forutsetning)' : ''}${c.url ? `: ${c.url}` : ''}`;
  const quotes = cited.flatMap((p) => {
    const wording = p.wordings?.find((w) => (w.from === undefined || w.from <= asOf) && (w.to === undefined || asOf <= w.to));
    if (!wording) return [];
    const where = places.length > 1 && p.ledd !== undefined ? `${provisionPlace(p.ledd, p.punktum)}: ` : '';
    return [`${INDENT.repeat(3)}${where}«${wording.text}»`];
  });
  return [line, ...quotes];
}

/** The order of a provision: the source as a whole first, then by ledd, a whole ledd before its punktum. */
function byPlace(a: TraceCitation, b: TraceCitation): number {
  return placeOrder(a.ledd) - placeOrder(b.ledd) || placeOrder(a.punktum) - placeOrder(b.punktum);
}

function placeOrder(n: number | undefined): number {
  return n ?? 0;
}

/** `Barnets behov utover satsen (fødselsdato: 12. desember 2012): 450,00 kr (veiledende: 0,00 kr). Begrunnelse: …` */
function assessmentLine(step: TraceStep, show: ShowValue): string {
  const override = step.override as NonNullable<TraceStep['override']>;
  const args = (step.args ?? []).map((arg, i) => show(arg, step.argTypes?.[i]));
  const label = `${humanize(step.name)}${args.length > 0 ? ` (${args.join('; ')})` : ''}`;
  return `${label}: ${show(override.value, step.type)} (veiledende: ${show(override.guideline, step.type)}). Begrunnelse: ${override.reason}`;
}

function stepOf(trace: Trace, id: number | undefined): TraceStep | undefined {
  if (id === undefined) return undefined;
  const step = trace.steps[id];
  return step && step.id === id ? step : trace.steps.find((s) => s.id === id);
}

/**
 * `Veiledende sats for enslig fra 1. januar 2024: 7 850,00 kr (Rundskriv A-3/2023 …)`; a row read
 * on another day than the as-of date (`per`) adds the day: `…, som gjaldt 1. desember 2023`.
 */
function stepLine(step: TraceStep, show: ShowValue): string {
  let label = humanize(step.name);
  const args = (step.args ?? []).map((arg, i) => show(arg, step.argTypes?.[i]));
  if (step.kind === 'table') {
    if (args.length > 0) label += ` for ${args.join(', ')}`;
    if (step.row?.from) label += ` fra ${show(step.row.from, 'dato')}`;
    if (step.row?.to) label += ` til ${show(step.row.to, 'dato')}`;
    if (step.row?.at) label += `, som gjaldt ${show(step.row.at, 'dato')}`;
  } else if (args.length > 0) {
    label += ` (${args.join('; ')})`;
  }
  return `${label}: ${show(step.value, step.type)}`;
}

/** The lines under a step: exception, override, explanation, aggregations. */
function stepDetails(step: TraceStep, withExplanation: boolean, show: ShowValue): string[] {
  const details: string[] = [];
  const definition = step.definition;
  if (definition?.kind === 'exception' && definition.label) {
    const over = (definition.overrode ?? []).map((o) => (o === 'base' ? 'hovedregelen' : `unntaket «${spaced(o)}»`));
    details.push(`Unntak «${spaced(definition.label)}» gjelder: går foran ${over.length > 0 ? joinAnd(over) : 'hovedregelen'}.`);
  }
  if (step.override) {
    details.push(
      `Satt etter skjønn: ${show(step.override.value, step.type)} (veiledende: ${show(step.override.guideline, step.type)}). Begrunnelse: ${step.override.reason}`,
    );
  } else if (step.kind === 'discretion') {
    details.push('Den veiledende verdien er brukt; saksbehandleren har ikke vurdert dette skjønnet.');
  }
  if (withExplanation && step.explanation) details.push(step.explanation);
  for (const aggregation of shownAggregations(step.aggregations ?? [])) details.push(...aggregationLines(aggregation, show));
  return details;
}

/**
 * The aggregations worth listing: not empty, and not one nested in another of the same step
 * (`liste(…)` inside `sum(… for b i barn)` is recorded once per outer element; the outer
 * aggregation already shows each element's contribution).
 */
function shownAggregations(aggregations: readonly TraceAggregation[]): TraceAggregation[] {
  const shown: TraceAggregation[] = [];
  const seen = new Set<string>();
  for (const aggregation of aggregations) {
    if (aggregation.items.length === 0) continue;
    if (aggregations.some((other) => other.expression !== aggregation.expression && other.expression.includes(aggregation.expression))) continue;
    const key = JSON.stringify(aggregation);
    if (seen.has(key)) continue;
    seen.add(key);
    shown.push(aggregation);
  }
  return shown;
}

/**
 * What an aggregation did, in words: the justification never shows rule code
 * (`sum(barnesats(b) for b i barn)`); the trace keeps the expression for the editor.
 */
const aggregationHeading: Readonly<Record<string, string>> = {
  sum: 'Summen er regnet slik',
  antall: 'Talt slik',
  liste: 'Listen er satt sammen slik',
  distinkte: 'Listen er satt sammen slik',
  noen: 'Vurdert for hver enkelt',
  alle: 'Vurdert for hver enkelt',
  min: 'Det minste er funnet slik',
  maks: 'Det største er funnet slik',
};

function aggregationLines(aggregation: TraceAggregation, show: ShowValue): string[] {
  const lines = [`${aggregationHeading[aggregation.function ?? ''] ?? 'Vurdert for hver enkelt'}:`];
  for (const item of aggregation.items) {
    const contribution = item.value !== undefined && JSON.stringify(item.value) !== JSON.stringify(item.element) ? `: ${show(item.value, aggregation.valueType)}` : '';
    const outcome = item.included ? `tatt med${contribution}` : 'ikke tatt med';
    lines.push(`${INDENT}- ${show(item.element, aggregation.elementType)} – ${outcome}`);
  }
  return lines;
}

function inputLines(step: TraceStep, show: ShowValue): string[] {
  const label = `${INDENT}- ${humanize(step.name)}`;
  const value = step.value;
  if (Array.isArray(value) && value.length > 0 && value.some((v) => typeof v === 'object' && v !== null)) {
    const element = elementTypeOf(step.type, show);
    return [`${label}:`, ...value.map((v) => `${INDENT.repeat(2)}- ${show(v, element)}`)];
  }
  return [`${label}: ${show(value, step.type)}`];
}

/** `inntekt_regnet_med` → `Inntekt regnet med`. */
export function humanize(name: string): string {
  const text = spaced(name);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function spaced(name: string): string {
  return name.replace(/_/g, ' ');
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** Formats a trace value by the name of its type (`Trace.types` describes lists, records and enumerations). */
export type ShowValue = ((value: JsonValue | undefined, type: string | undefined) => string) & { readonly types: Readonly<Record<string, TraceType>> };

export function valueFormatter(types: Readonly<Record<string, TraceType>>): ShowValue {
  return Object.assign((value: JsonValue | undefined, type: string | undefined) => formatValue(value, type, types), { types });
}

/** The element type of a list type, if the trace describes it. */
function elementTypeOf(type: string | undefined, show: ShowValue): string | undefined {
  const described = type === undefined ? undefined : show.types[type];
  return described?.kind === 'list' ? described.element : undefined;
}

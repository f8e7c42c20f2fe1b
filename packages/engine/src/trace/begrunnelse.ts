import type { EvaluationResult } from '../runtime/evaluate';
import { formatDate, formatMonth, formatNumber } from './formatting';
import type { JsonValue, Trace, TraceAggregation, TraceCitation, TraceStep } from './trace';

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
 * The trace holds values as JSON without their types, so values are formatted by their
 * JSON form: a decimal string with exactly two decimals is an amount (`"7850.00"` →
 * `7 850,00 kr`), `YYYY-MM-DD` a date, `YYYY-MM` a month, `{ "ubestemt": […] }` an
 * undetermined outcome. The output is deterministic: the same trace gives the same text.
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

  const lines: string[] = [`Begrunnelse for beregningen – ${formatAsOf(trace.asOf)}`, ''];

  lines.push('Resultat');
  for (const name of names) {
    const step = stepOf(trace, trace.outputs[name]);
    const value = name in result.values ? (result.values[name] as JsonValue) : (step?.value ?? null);
    lines.push(`${INDENT}${humanize(name)}: ${formatJson(value)}`);
    if (step?.explanation) lines.push(`${INDENT.repeat(2)}${step.explanation}`);
  }

  // Depth-first from each output, every step once (iteratively: a long chain of rules must
  // not exhaust the stack); inputs are gathered for their own section.
  const visited = new Set<number>();
  const inputs: TraceStep[] = [];
  const citations = new Map<string, TraceCitation>();
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
    for (const citation of step.citations) {
      const key = `${citation.id}\u0000${citation.title}\u0000${citation.url ?? ''}`;
      if (!citations.has(key)) citations.set(key, citation);
    }
    const indent = INDENT.repeat(Math.min(depth, MAX_DEPTH) + 1);
    walk.push(`${indent}- ${stepLine(step)}`);
    for (const detail of stepDetails(step, !outputSteps.has(step.id))) walk.push(`${indent}${INDENT}${detail}`);
    for (const id of [...step.uses].reverse()) {
      const used = stepOf(trace, id);
      if (used && !visited.has(used.id)) pending.push({ step: used, depth: depth + 1 });
    }
  }

  if (walk.length > 0) lines.push('', 'Slik er beløpet satt sammen', ...walk);

  if (inputs.length > 0) {
    lines.push('', 'Opplysninger som er lagt til grunn');
    for (const input of inputs) lines.push(...inputLines(input));
  }

  if (citations.size > 0) {
    lines.push('', 'Kilder');
    for (const c of citations.values()) {
      lines.push(`${INDENT}- ${c.title}${c.assumption ? ' (forutsetning)' : ''}${c.url ? `: ${c.url}` : ''}`);
    }
  }

  lines.push('', `Beregnet med regelsett ${trace.ruleset}.`);
  return `${lines.join('\n')}\n`;
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
function stepLine(step: TraceStep): string {
  let label = humanize(step.name);
  if (step.kind === 'table') {
    if (step.args && step.args.length > 0) label += ` for ${step.args.map(formatJson).join(', ')}`;
    if (step.row?.from) label += ` fra ${formatDate(step.row.from)}`;
    if (step.row?.to) label += ` til ${formatDate(step.row.to)}`;
    if (step.row?.at) label += `, som gjaldt ${formatDate(step.row.at)}`;
  } else if (step.args && step.args.length > 0) {
    label += ` (${step.args.map(formatJson).join('; ')})`;
  }
  const sources = step.citations.length > 0 ? ` (${step.citations.map((c) => c.title).join('; ')})` : '';
  return `${label}: ${formatJson(step.value)}${sources}`;
}

/** The lines under a step: exception, override, explanation, aggregations. */
function stepDetails(step: TraceStep, withExplanation: boolean): string[] {
  const details: string[] = [];
  const definition = step.definition;
  if (definition?.kind === 'exception' && definition.label) {
    const over = (definition.overrode ?? []).map((o) => (o === 'base' ? 'hovedregelen' : `unntaket «${spaced(o)}»`));
    details.push(`Unntak «${spaced(definition.label)}» gjelder: går foran ${over.length > 0 ? joinAnd(over) : 'hovedregelen'}.`);
  }
  if (step.override) {
    details.push(
      `Satt etter skjønn: ${formatJson(step.override.value)} (veiledende: ${formatJson(step.override.guideline)}). Begrunnelse: ${step.override.reason}`,
    );
  } else if (step.kind === 'discretion') {
    details.push('Fastsatt etter skjønn; den veiledende verdien er brukt.');
  }
  if (withExplanation && step.explanation) details.push(step.explanation);
  for (const aggregation of shownAggregations(step.aggregations ?? [])) details.push(...aggregationLines(aggregation));
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

function aggregationLines(aggregation: TraceAggregation): string[] {
  const lines = [`Beregnet som ${aggregation.expression}:`];
  for (const item of aggregation.items) {
    const contribution = item.value !== undefined && JSON.stringify(item.value) !== JSON.stringify(item.element) ? `: ${formatJson(item.value)}` : '';
    const outcome = item.included ? `tatt med${contribution}` : 'ikke tatt med';
    lines.push(`${INDENT}- ${formatJson(item.element)} – ${outcome}`);
  }
  return lines;
}

function inputLines(step: TraceStep): string[] {
  const label = `${INDENT}- ${humanize(step.name)}`;
  const value = step.value;
  if (Array.isArray(value) && value.length > 0 && value.some((v) => typeof v === 'object' && v !== null)) {
    return [`${label}:`, ...value.map((v) => `${INDENT.repeat(2)}- ${formatJson(v)}`)];
  }
  return [`${label}: ${formatJson(value)}`];
}

function formatAsOf(asOf: string): string {
  if (/^\d{4}-\d{2}-01$/.test(asOf) && validMonth(asOf)) return formatMonth(asOf);
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf) && validMonth(asOf)) return formatDate(asOf);
  return asOf;
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

function validMonth(iso: string): boolean {
  const month = Number(iso.slice(5, 7));
  return month >= 1 && month <= 12;
}

/**
 * A JSON value from the trace as a family reads it: `16 550,00 kr`, `1. mars 2024`, `ja`,
 * `må vurderes individuelt: …`. See the type caveat in the module comment.
 */
export function formatJson(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'ingen verdi';
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'number') return formatNumber(String(value));
  if (typeof value === 'string') {
    if (/^-?\d+\.\d{2}$/.test(value)) return `${formatNumber(value, 2)} kr`;
    if (/^-?\d+(\.\d+)?$/.test(value)) return formatNumber(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && validMonth(value)) return formatDate(value);
    if (/^\d{4}-\d{2}$/.test(value) && validMonth(value)) return formatMonth(value);
    if (/^[\p{L}\p{N}_]+$/u.test(value)) return value.replace(/_/g, ' ');
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'ingen';
    const records = value.some((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
    return value.map(formatJson).join(records ? '; ' : ', ');
  }
  const reasons = value['ubestemt'];
  if (Object.keys(value).length === 1 && Array.isArray(reasons)) {
    return `må vurderes individuelt: ${reasons.map((r) => String(r)).join('; ')}`;
  }
  return Object.entries(value)
    .map(([key, field]) => `${spaced(key)}: ${formatJson(field)}`)
    .join(', ');
}

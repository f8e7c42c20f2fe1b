import { typeName, type Ast, type CitableSymbol, type ModuleInfo, type TableSymbol } from '@lovkode/dsl';
import { type CompiledRules, Decimal } from '@lovkode/engine';

/**
 * What `GET /v1/rules` tells about one rule-set version: its hash, the entry module, every
 * module, the outputs and inputs, the sources and assumptions, and every rate table with
 * its periods and values. Built from the checked program, once per version.
 */
export interface RulesDescription {
  readonly ruleset: string;
  readonly names: readonly string[];
  readonly sources: readonly string[];
  readonly entry: string;
  readonly modules: ReadonlyArray<{ name: string; file: string; variantOf?: string; imports: string[]; doc?: string }>;
  readonly outputs: ReadonlyArray<{ name: string; type: string }>;
  readonly inputs: ReadonlyArray<{ name: string; type: string; optional: boolean; asOf: boolean }>;
  readonly citations: ReadonlyArray<{ id: string; kind: 'source' | 'assumption'; title: string; url?: string; module: string; cites?: string[] }>;
  readonly tables: readonly TableDescription[];
}

export interface TableDescription {
  readonly name: string;
  readonly module: string;
  /** In a variant: the table this one replaces (`module.name`). */
  readonly replaces?: string;
  readonly parameters: ReadonlyArray<{ name: string; type: string }>;
  readonly type: string;
  readonly dated: boolean;
  readonly periods: ReadonlyArray<{
    from?: string;
    to?: string;
    /** An `ukjent` row: a lookup in this period fails with this message. */
    unknown?: string;
    rows: ReadonlyArray<{ keys: Array<string | null>; value?: string; unknown?: string; citations: string[] }>;
  }>;
}

export function describeRules(rules: CompiledRules, names: readonly string[], sources: readonly string[]): RulesDescription {
  const program = rules.program;
  const modules = [...program.modules.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const citations: RulesDescription['citations'][number][] = [];
  const tables: TableDescription[] = [];
  for (const module of modules) {
    for (const citable of module.sources.values()) citations.push(describeCitation(citable, module));
    for (const value of module.values.values()) if (value.kind === 'table') tables.push(describeTable(value, module));
  }
  return {
    ruleset: rules.ruleset,
    names,
    sources,
    entry: rules.entry.name,
    modules: modules.map((m) => ({
      name: m.name,
      file: m.file.path,
      ...(m.variantOf ? { variantOf: m.variantOf.name } : {}),
      imports: m.imports.map((i) => i.name),
      ...(m.symbol.doc ? { doc: m.symbol.doc } : {}),
    })),
    outputs: rules.outputs.map((o) => ({ name: o.name, type: typeName(o.type) })),
    inputs: rules.inputs.map((i) => ({ name: i.name, type: typeName(i.type), optional: i.optional, asOf: i.asOf })),
    citations,
    tables,
  };
}

function describeCitation(citable: CitableSymbol, module: ModuleInfo): RulesDescription['citations'][number] {
  if (citable.kind === 'source') {
    return { id: citable.name, kind: 'source', title: citable.title, ...(citable.url ? { url: citable.url } : {}), module: module.name };
  }
  return { id: citable.name, kind: 'assumption', title: citable.title, module: module.name, cites: citable.citations.map((c) => c.source.name) };
}

function describeTable(table: TableSymbol, module: ModuleInfo): TableDescription {
  const periods = new Map<string, { from?: string; to?: string; unknown?: string; rows: TableDescription['periods'][number]['rows'][number][] }>();
  const text = module.file.source.text;
  for (const entry of table.model?.entries ?? []) {
    const key = `${entry.validFrom ?? ''}\u0000${entry.validTo ?? ''}`;
    let period = periods.get(key);
    if (!period) {
      period = { ...(entry.validFrom ? { from: entry.validFrom } : {}), ...(entry.validTo ? { to: entry.validTo } : {}), rows: [] };
      periods.set(key, period);
    }
    const citations = entry.citations.map((c) => c.source.name);
    if (entry.value.kind === 'unknown') {
      period.rows.push({ keys: entry.keys.map((k) => k ?? null), unknown: entry.value.message, citations });
    } else {
      period.rows.push({ keys: entry.keys.map((k) => k ?? null), value: cellValue(entry.value.expr, table, text), citations });
    }
  }
  // A period whose every row is `ukjent` (an `ukjent` row across the table) is unknown as a whole.
  for (const period of periods.values()) {
    const messages = new Set(period.rows.map((r) => r.unknown));
    const [message] = messages;
    if (messages.size === 1 && message !== undefined) period.unknown = message;
  }
  const sorted = [...periods.values()].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0));
  let replaces: string | undefined;
  for (const [original, replacement] of module.replacements) if (replacement === table) replaces = `${original.module?.name ?? ''}.${original.name}`;
  return {
    name: table.name,
    module: module.name,
    ...(replaces !== undefined ? { replaces } : {}),
    parameters: table.params.map((p) => ({ name: p.name, type: typeName(p.type) })),
    type: typeName(table.type),
    dated: table.model?.dated ?? false,
    periods: sorted,
  };
}

/** A literal cell as the API prints values (amounts with two decimals); anything else as written. */
function cellValue(expr: Ast.Expr, table: TableSymbol, text: string): string {
  if ((expr.kind === 'Money' || expr.kind === 'Number') && table.type.kind === 'money') return new Decimal(expr.value).toFixed(2);
  if (expr.kind === 'Money' || expr.kind === 'Number' || expr.kind === 'Text') return expr.value;
  return text.slice(expr.span.start, expr.span.end);
}

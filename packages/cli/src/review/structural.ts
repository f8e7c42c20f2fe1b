/**
 * Structural comparison of two checked rule sets (docs/review.md §2): what changed, on the
 * checked programs — symbols, table models and syntax trees compared with
 * `equalIgnoringSpans` — never on the text. Declarations are matched across the versions
 * by module and name. A side evaluated through a variant shows each `erstatt` as a change
 * to the declaration it replaces, and each `utvid valg` as members added to the enumeration,
 * so a municipal variant reads as its departures from the state rules.
 */
import {
  equalIgnoringSpans,
  typeName,
  visibleModules,
  type Ast,
  type CheckResult,
  type DefinitionSymbol,
  type InputSymbol,
  type ModuleInfo,
  type ParsedFile,
  type ReplaceableSymbol,
  type RuleSource,
  type TableEntry,
  type TableModel,
  type Type,
} from '@lovkode/dsl';
import { Decimal, formatNumber } from '@lovkode/engine';
import type {
  ChangeKind,
  DeclarationChange,
  DiffLine,
  InterfaceChange,
  ModuleChange,
  RateChange,
  SourceChange,
  StructuralDiff,
  TableChange,
} from './model.js';
import { coverageChange, wordingChanges } from './law-text.js';

/** A checked rule set and the module it is evaluated through. */
export interface CheckedSide {
  readonly checked: CheckResult;
  readonly files: readonly RuleSource[];
  readonly entry: ModuleInfo;
}

/** The structural differences between two versions (old → new). */
export function structuralDiff(old: CheckedSide, neu: CheckedSide): StructuralDiff {
  const oldDecls = collect(old);
  const newDecls = collect(neu);
  const sourceTitles: Record<string, string> = {};
  const declarations: DeclarationChange[] = [];
  const tables: TableChange[] = [];
  const sources: SourceChange[] = [];
  const tests = { added: [] as string[], removed: [] as string[], changed: [] as string[] };

  for (const key of unionKeys(oldDecls, newDecls)) {
    const a = oldDecls.get(key);
    const b = newDecls.get(key);
    const sample = (b ?? a) as Decl;
    switch (sample.decl.kind) {
      case 'Rule':
      case 'Discretion': {
        const change = compareDefinitions(a, b);
        if (change) declarations.push(change);
        break;
      }
      case 'Table': {
        const change = compareTables(a, b, sourceTitles);
        if (change) tables.push(change);
        break;
      }
      case 'Source':
      case 'Assumption': {
        const change = compareSources(a, b);
        if (change) sources.push(change);
        break;
      }
      case 'Test': {
        const name = `${sample.module} › ${sample.name}`;
        if (!a) tests.added.push(name);
        else if (!b) tests.removed.push(name);
        else if (!sameTest(a.decl as Ast.TestDecl, b.decl as Ast.TestDecl)) tests.changed.push(name);
        break;
      }
      default:
        break;
    }
  }
  detectMoves(declarations, oldDecls, newDecls);

  const { inputs, outputs, types } = compareInterface(old, neu, oldDecls, newDecls);
  const modules = compareModules(old, neu);
  const changedFiles = compareFiles(old.files, neu.files);
  const coverageChanged = coverageChange(old.checked, neu.checked);
  const semanticChange = inputs.length + outputs.length + types.length + modules.length + tables.length + declarations.length + sources.length > 0;
  return {
    semanticChange,
    changedFiles,
    interface: [...inputs, ...outputs],
    modules,
    tables,
    declarations,
    sources,
    types,
    tests,
    sourceTitles,
    ...(coverageChanged ? { coverage: coverageChanged } : {}),
  };
}

// ─── Collecting declarations ─────────────────────────────────────────────────

type Comparable = Ast.RuleDecl | Ast.DiscretionDecl | Ast.TableDecl | Ast.SourceDecl | Ast.AssumptionDecl | Ast.EnumDecl | Ast.RecordDecl | Ast.TestDecl;

interface Decl {
  readonly module: string;
  readonly name: string;
  readonly decl: Comparable;
  readonly file: ParsedFile;
  readonly moduleInfo: ModuleInfo;
  /** The variant whose `erstatt` this is, when it stands in for the declaration of `module`. */
  readonly replacedIn?: string;
  /** Members the entry's variant chain adds to this enumeration (`utvid valg`), and the variants that add them. */
  readonly added?: { readonly members: readonly string[]; readonly by: readonly string[] };
  /** The table's checked model. */
  readonly model?: TableModel;
  readonly tableType?: Type;
}

/** The variant chain of the entry, base first: the variants whose replacements apply. */
function variantChain(entry: ModuleInfo): ModuleInfo[] {
  const chain: ModuleInfo[] = [];
  for (let m: ModuleInfo | undefined = entry; m && !chain.includes(m); m = m.variantOf) chain.push(m);
  return chain.reverse().filter((m) => m.variantOf !== undefined);
}

function keyOf(kind: string, module: string, name: string): string {
  return `${kind}:${module}:${name}`;
}

function kindKey(decl: Comparable): string {
  switch (decl.kind) {
    case 'Rule':
    case 'Discretion':
    case 'Table':
      return 'value';
    case 'Source':
    case 'Assumption':
      return 'source';
    case 'Enum':
    case 'Record':
      return 'type';
    case 'Test':
      return 'test';
  }
}

function declName(decl: Comparable): string {
  return decl.kind === 'Test' ? decl.name.value : decl.name.text;
}

/**
 * Every declaration of a side by kind, module and name. The `erstatt` declarations of the
 * entry's variant chain stand in for the declarations they replace (keyed by the original).
 */
function collect(side: CheckedSide): Map<string, Decl> {
  const decls = new Map<string, Decl>();
  const chain = variantChain(side.entry);
  const standIns = new Map<Ast.Declaration, ReplaceableSymbol>();
  for (const variant of chain) for (const [original, replacement] of variant.replacements) standIns.set(replacement.decl, original);

  const modules = [...side.checked.program.modules.values()].sort((a, b) => compare(a.name, b.name));
  const make = (module: ModuleInfo, decl: Comparable, owner = module.name, replacedIn?: string): Decl => {
    const symbol = decl.kind === 'Table' ? module.values.get(decl.name.text) : undefined;
    const table = symbol?.kind === 'table' && symbol.decl === decl ? symbol : undefined;
    return {
      module: owner,
      name: declName(decl),
      decl,
      file: module.file,
      moduleInfo: module,
      ...(replacedIn ? { replacedIn } : {}),
      ...(table?.model ? { model: table.model, tableType: table.type } : {}),
    };
  };
  for (const module of modules) {
    for (const decl of module.file.ast.declarations) {
      if (!isComparable(decl) || standIns.has(decl)) continue;
      decls.set(keyOf(kindKey(decl), module.name, declName(decl)), make(module, decl));
    }
  }
  // Replacements last, base variant first, so that the entry's own replacement wins.
  for (const variant of chain) {
    for (const decl of variant.file.ast.declarations) {
      const original = isComparable(decl) ? standIns.get(decl) : undefined;
      if (!original || !original.module || variant.replacements.get(original)?.decl !== decl) continue;
      const made = make(variant, decl as Comparable, original.module.name, variant.name);
      decls.set(keyOf('value', original.module.name, original.name), made);
    }
    for (const [symbol, members] of variant.extensions) {
      const key = keyOf('type', symbol.module?.name ?? '', symbol.name);
      const extended = decls.get(key);
      if (!extended) continue;
      const added = { members: [...(extended.added?.members ?? []), ...members.keys()], by: [...(extended.added?.by ?? []), variant.name] };
      decls.set(key, { ...extended, added });
    }
  }
  return decls;
}

function isComparable(decl: Ast.Declaration): decl is Comparable {
  return ['Rule', 'Discretion', 'Table', 'Source', 'Assumption', 'Enum', 'Record', 'Test'].includes(decl.kind);
}

function unionKeys<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): string[] {
  const keys = [...a.keys()];
  for (const key of b.keys()) if (!a.has(key)) keys.push(key);
  return keys.sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ─── Printing from the source text ───────────────────────────────────────────

/** The source text of a node on one line: runs of white space (and line breaks) become one space. */
function text(file: ParsedFile, span: Ast.Span): string {
  return oneLine(file.source.slice(span));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function annotationText(file: ParsedFile, annotation: Ast.Annotation | undefined): string {
  return annotation ? `  ${text(file, annotation.span)}` : '';
}

/** A cited source as written, with its ledd and punktum: `stl18 ledd 3 punktum 1`. */
function citedText(cited: Ast.CitedSource): string {
  return [cited.name.text, ...(cited.ledd ? ['ledd', cited.ledd.text] : []), ...(cited.punktum ? ['punktum', cited.punktum.text] : [])].join(' ');
}

function sameAnnotation(a: Ast.Annotation | undefined, b: Ast.Annotation | undefined): boolean {
  const ids = (x: Ast.Annotation | undefined) => [...new Set((x?.sources ?? []).map(citedText))].sort().join(',');
  const validity = (x: Ast.Annotation | undefined) => (x?.validity ? `${x.validity.from.value}..${x.validity.to?.value ?? ''}` : '');
  return ids(a) === ids(b) && validity(a) === validity(b);
}

// ─── Rules and discretion ────────────────────────────────────────────────────

/** A line of a declaration as a unit of comparison. */
interface Unit {
  /** `header`, `definition`, `exception:<label>`, `explanation`, `guideline`. */
  readonly part: string;
  readonly text: string;
  readonly same: (other: Unit) => boolean;
  readonly node: unknown;
}

function headerText(file: ParsedFile, decl: Ast.RuleDecl | Ast.DiscretionDecl | Ast.TableDecl): string {
  const keyword = decl.kind === 'Rule' ? 'regel' : decl.kind === 'Discretion' ? 'skjønn' : 'tabell';
  const params = decl.params === undefined ? '' : `(${decl.params.map((p) => `${p.name.text}: ${text(file, p.type.span)}`).join(', ')})`;
  return `${decl.replaces ? 'erstatt ' : ''}${keyword} ${decl.name.text}${params}: ${text(file, decl.type.span)}${annotationText(file, decl.annotation)}`;
}

function headerUnit(file: ParsedFile, decl: Ast.RuleDecl | Ast.DiscretionDecl | Ast.TableDecl): Unit {
  const node = { kind: decl.kind, params: decl.params, type: decl.type };
  return {
    part: 'header',
    text: headerText(file, decl),
    node: { node, annotation: decl.annotation },
    same: (other) => {
      const o = other.node as { node: unknown; annotation: Ast.Annotation | undefined };
      return equalIgnoringSpans(node, o.node) && sameAnnotation(decl.annotation, o.annotation);
    },
  };
}

function units(file: ParsedFile, decl: Ast.RuleDecl | Ast.DiscretionDecl): Unit[] {
  const result: Unit[] = [headerUnit(file, decl)];
  if (decl.kind === 'Rule') {
    for (const definition of decl.definitions) {
      result.push({ part: 'definition', text: `  ${text(file, definition.span)}`, node: definition, same: (o) => equalIgnoringSpans(definition, o.node) });
    }
    for (const exception of decl.exceptions) {
      const node = { label: exception.label, parent: exception.parent, definition: exception.definition };
      result.push({
        part: `exception:${exception.label.text}`,
        text: `  unntak ${exception.label.text}${exception.parent ? ` til ${exception.parent.text}` : ''}${annotationText(file, exception.annotation)} ${text(file, exception.definition.span)}`,
        node: { node, annotation: exception.annotation },
        same: (o) => {
          const other = o.node as { node: unknown; annotation: Ast.Annotation | undefined };
          return equalIgnoringSpans(node, other.node) && sameAnnotation(exception.annotation, other.annotation);
        },
      });
    }
  } else {
    const guideline = decl.guideline;
    result.push({ part: 'guideline', text: `  veiledende = ${text(file, guideline.span)}`, node: guideline, same: (o) => equalIgnoringSpans(guideline, o.node) });
  }
  if (decl.explanation) {
    const template = decl.explanation.template.value;
    result.push({ part: 'explanation', text: `  ${text(file, decl.explanation.span)}`, node: template, same: (o) => o.node === template });
  }
  return result;
}

/** A line diff of two unit lists (longest common subsequence of semantically equal units). */
function diffUnits(a: readonly Unit[], b: readonly Unit[]): { lines: DiffLine[]; parts: Array<DeclarationChange['parts'][number]> } {
  const n = a.length;
  const m = b.length;
  const eq = (i: number, j: number) => (a[i] as Unit).part === (b[j] as Unit).part && (a[i] as Unit).same(b[j] as Unit);
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      (table[i] as number[])[j] = eq(i, j) ? ((table[i + 1] as number[])[j + 1] as number) + 1 : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number);
    }
  }
  const lines: DiffLine[] = [];
  const parts: Array<DeclarationChange['parts'][number]> = [];
  let removed: Unit[] = [];
  let added: Unit[] = [];
  const flush = () => {
    for (const u of removed) lines.push({ op: '-', text: u.text });
    for (const u of added) lines.push({ op: '+', text: u.text });
    // Pair what was removed and added in one place: by part, definitions in order.
    const pending = [...added];
    for (const r of removed) {
      const k = pending.findIndex((x) => x.part === r.part);
      if (k >= 0) {
        const [x] = pending.splice(k, 1) as [Unit];
        parts.push({ part: r.part, change: 'changed', old: r.text.trim(), new: x.text.trim() });
      } else {
        parts.push({ part: r.part, change: 'removed', old: r.text.trim() });
      }
    }
    for (const x of pending) parts.push({ part: x.part, change: 'added', new: x.text.trim() });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && eq(i, j)) {
      flush();
      lines.push({ op: ' ', text: (b[j] as Unit).text });
      i++;
      j++;
    } else if (j < m && (i >= n || ((table[i] as number[])[j + 1] as number) >= ((table[i + 1] as number[])[j] as number))) {
      added.push(b[j] as Unit);
      j++;
    } else {
      removed.push(a[i] as Unit);
      i++;
    }
  }
  flush();
  return { lines, parts };
}

function replacedIn(a: Decl | undefined, b: Decl | undefined): DeclarationChange['replacedIn'] | undefined {
  if (!a?.replacedIn && !b?.replacedIn) return undefined;
  return { ...(a?.replacedIn ? { old: a.replacedIn } : {}), ...(b?.replacedIn ? { new: b.replacedIn } : {}) };
}

function compareDefinitions(a: Decl | undefined, b: Decl | undefined): DeclarationChange | undefined {
  const sample = (b ?? a) as Decl;
  const kind = sample.decl.kind === 'Rule' ? 'rule' : 'discretion';
  const oldUnits = a && (a.decl.kind === 'Rule' || a.decl.kind === 'Discretion') ? units(a.file, a.decl) : [];
  const newUnits = b && (b.decl.kind === 'Rule' || b.decl.kind === 'Discretion') ? units(b.file, b.decl) : [];
  // A rule that became a skjønn (or the reverse) is a change of every line.
  const kindChanged = a && b && a.decl.kind !== b.decl.kind;
  const { lines, parts } = kindChanged ? diffUnits(oldUnits, []) : diffUnits(oldUnits, newUnits);
  if (kindChanged) {
    for (const u of newUnits) lines.push({ op: '+', text: u.text });
    parts.length = 0;
    parts.push({ part: 'kind', change: 'changed', old: a.decl.kind === 'Rule' ? 'regel' : 'skjønn', new: b.decl.kind === 'Rule' ? 'regel' : 'skjønn' });
  }
  if (a && b && parts.length === 0) return undefined;
  // Say what in the header changed: the signature, the citations or the validity.
  if (a && b && !kindChanged) {
    const header = parts.findIndex((p) => p.part === 'header' && p.change === 'changed');
    if (header >= 0) {
      const [x, y] = [a.decl as Ast.RuleDecl | Ast.DiscretionDecl, b.decl as Ast.RuleDecl | Ast.DiscretionDecl];
      const which: string[] = [];
      const signature = (d: typeof x) => ({ params: d.kind === 'Rule' ? d.params : undefined, type: d.type });
      if (!equalIgnoringSpans(signature(x), signature(y))) which.push('signature');
      if (!sameAnnotation(x.annotation, y.annotation ? { ...y.annotation, validity: x.annotation?.validity } : undefined)) which.push('citations');
      if (!sameAnnotation(x.annotation ? { ...x.annotation, sources: [] } : undefined, y.annotation ? { ...y.annotation, sources: [] } : undefined)) which.push('validity');
      const original = parts[header] as (typeof parts)[number];
      parts.splice(header, 1, ...(which.length > 0 ? which : ['header']).map((part) => ({ ...original, part })));
    }
  }
  const replaced = replacedIn(a, b);
  return {
    kind,
    module: sample.module,
    name: sample.name,
    change: !a ? 'added' : !b ? 'removed' : 'changed',
    ...(replaced ? { replacedIn: replaced } : {}),
    parts,
    lines,
  };
}

/** A declaration removed from one module and added, unchanged, to another is reported once, as moved. */
function detectMoves(changes: DeclarationChange[], oldDecls: ReadonlyMap<string, Decl>, newDecls: ReadonlyMap<string, Decl>): void {
  for (const removed of changes.filter((c) => c.change === 'removed')) {
    const a = oldDecls.get(keyOf('value', removed.module, removed.name));
    const index = changes.findIndex((c) => {
      if (c.change !== 'added' || c.name !== removed.name || c.kind !== removed.kind) return false;
      const b = newDecls.get(keyOf('value', c.module, c.name));
      return a !== undefined && b !== undefined && a.decl.kind === b.decl.kind && (a.decl.kind === 'Rule' || a.decl.kind === 'Discretion') && diffUnits(units(a.file, a.decl), units(b.file, b.decl as typeof a.decl)).parts.length === 0;
    });
    if (index < 0) continue;
    const added = changes[index] as DeclarationChange;
    changes.splice(index, 1, { ...added, change: 'moved', movedFrom: removed.module, parts: [], lines: added.lines.map((l) => ({ op: ' ', text: l.text })) });
    changes.splice(changes.indexOf(removed), 1);
  }
}

// ─── Tables ──────────────────────────────────────────────────────────────────

function entryKey(entry: TableEntry): string {
  return `${entry.keys.map((k) => k ?? '*').join(',')}@${entry.validFrom ?? ''}`;
}

/** The canonical decimal of a literal amount or number in a cell (`7550`), if it is one. */
function literalAmount(expr: Ast.Expr): string | undefined {
  if (expr.kind === 'Number' || expr.kind === 'Money') return new Decimal(expr.value).toString();
  if (expr.kind === 'Unary' && expr.operator === '-' && (expr.operand.kind === 'Number' || expr.operand.kind === 'Money')) return new Decimal(expr.operand.value).neg().toString();
  return undefined;
}

function showEntry(entry: TableEntry, decl: Decl): string {
  if (entry.value.kind === 'unknown') return `ukjent «${entry.value.message}»`;
  const amount = literalAmount(entry.value.expr);
  if (amount !== undefined) return decl.tableType?.kind === 'money' ? `${formatNumber(amount)} kr` : formatNumber(amount);
  return text(decl.file, entry.value.expr.span);
}

function amountOf(entry: TableEntry | undefined): string | undefined {
  return entry?.value.kind === 'value' ? literalAmount(entry.value.expr) : undefined;
}

function sameEntry(a: TableEntry, b: TableEntry): boolean {
  if (a.validTo !== b.validTo) return false;
  const ids = (e: TableEntry) => e.citations.map((c) => c.source.name).sort().join(',');
  if (ids(a) !== ids(b)) return false;
  if (a.value.kind !== b.value.kind) return false;
  if (a.value.kind === 'unknown') return a.value.message === (b.value as { message: string }).message;
  const [x, y] = [amountOf(a), amountOf(b)];
  if (x !== undefined || y !== undefined) return x === y;
  return equalIgnoringSpans(a.value.expr, (b.value as { expr: Ast.Expr }).expr);
}

/** The entry that applies for `keys` on `day` (the last row from on or before it), if any. */
function inEffect(model: TableModel, keys: ReadonlyArray<string | undefined>, day: string | undefined): TableEntry | undefined {
  let best: TableEntry | undefined;
  for (const entry of model.entries) {
    if (!entry.keys.every((k, i) => k === undefined || keys[i] === undefined || k === keys[i])) continue;
    if (model.dated && day !== undefined && (entry.validFrom ?? '') > day) continue;
    if (!best || (entry.validFrom ?? '') >= (best.validFrom ?? '')) best = entry;
  }
  if (best?.validTo !== undefined && day !== undefined && best.validTo < day) return undefined;
  return best;
}

function percent(oldAmount: string | undefined, newAmount: string | undefined): string | undefined {
  if (oldAmount === undefined || newAmount === undefined) return undefined;
  const from = new Decimal(oldAmount);
  if (from.isZero()) return undefined;
  const p = new Decimal(newAmount).minus(from).div(from).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return `${p.isNeg() ? '−' : '+'}${formatNumber(p.abs().toFixed(1))} %`;
}

function compareTables(a: Decl | undefined, b: Decl | undefined, titles: Record<string, string>): TableChange | undefined {
  const sample = (b ?? a) as Decl;
  const oldEntries = a?.model?.entries ?? [];
  const newEntries = b?.model?.entries ?? [];
  const noteTitles = (entry: TableEntry | undefined) => {
    for (const c of entry?.citations ?? []) titles[c.source.name] = c.source.title;
  };
  const rows: RateChange[] = [];
  const oldByKey = new Map(oldEntries.map((e) => [entryKey(e), e]));
  const newByKey = new Map(newEntries.map((e) => [entryKey(e), e]));
  const order = [...newEntries, ...oldEntries.filter((e) => !newByKey.has(entryKey(e)))];
  order.sort((x, y) => compare(x.validFrom ?? '', y.validFrom ?? ''));
  const seen = new Set<string>();
  for (const entry of order) {
    const key = entryKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = oldByKey.get(key);
    const after = newByKey.get(key);
    if (before && after && sameEntry(before, after)) continue;
    // An added (removed) row is compared with what applied on its day in the other version.
    const other = !before && a?.model ? inEffect(a.model, entry.keys, entry.validFrom) : !after && b?.model ? inEffect(b.model, entry.keys, entry.validFrom) : undefined;
    const oldEntry = before ?? other;
    const newEntry = after ?? other;
    [oldEntry, newEntry].forEach(noteTitles);
    const oldAmount = amountOf(oldEntry);
    const newAmount = amountOf(newEntry);
    const p = percent(oldAmount, newAmount);
    const since = (e: TableEntry | undefined) => (e ? `raden fra ${e.validFrom ?? '(udatert)'}` : 'ingen rad');
    const note = !before && a ? `før: ${since(other)}` : !after && b ? `etter: ${since(other)}` : undefined;
    rows.push({
      change: !before ? 'added' : !after ? 'removed' : 'changed',
      from: entry.validFrom,
      to: (after ?? before)?.validTo,
      keys: entry.keys.map((k) => k ?? 'alle').join(', '),
      old: oldEntry && a ? showEntry(oldEntry, a) : undefined,
      new: newEntry && b ? showEntry(newEntry, b) : undefined,
      ...(oldAmount !== undefined ? { oldAmount } : {}),
      ...(newAmount !== undefined ? { newAmount } : {}),
      ...(p ? { percent: p } : {}),
      ...(note ? { note } : {}),
      oldSources: oldEntry?.citations.map((c) => c.source.name) ?? [],
      newSources: newEntry?.citations.map((c) => c.source.name) ?? [],
    });
  }
  const oldHeader = a && a.decl.kind === 'Table' ? headerUnit(a.file, a.decl) : undefined;
  const newHeader = b && b.decl.kind === 'Table' ? headerUnit(b.file, b.decl) : undefined;
  const headerChanged = oldHeader && newHeader && (!oldHeader.same(newHeader) || a?.model?.dated !== b?.model?.dated);
  if (a && b && rows.length === 0 && !headerChanged) return undefined;
  const replaced = replacedIn(a, b);
  return {
    module: sample.module,
    name: sample.name,
    change: !a ? 'added' : !b ? 'removed' : 'changed',
    ...(replaced ? { replacedIn: replaced } : {}),
    ...(headerChanged ? { header: { old: oldHeader.text, new: newHeader.text } } : {}),
    rows,
  };
}

// ─── Sources and assumptions ─────────────────────────────────────────────────

function sourceText(d: Decl): string {
  if (d.decl.kind === 'Source') return `«${d.decl.title.value}»${d.decl.url ? ` <${d.decl.url.href}>` : ''}`;
  if (d.decl.kind === 'Assumption') return `«${d.decl.text.value}»${annotationText(d.file, d.decl.annotation)}`;
  return '';
}

function compareSources(a: Decl | undefined, b: Decl | undefined): SourceChange | undefined {
  const sample = (b ?? a) as Decl;
  const kind = sample.decl.kind === 'Source' ? 'source' : 'assumption';
  const wording = a?.decl.kind === 'Source' && b?.decl.kind === 'Source' ? wordingChanges(a.decl, b.decl) : [];
  if (a && b) {
    const same =
      a.decl.kind === b.decl.kind &&
      (a.decl.kind === 'Source'
        ? a.decl.title.value === (b.decl as Ast.SourceDecl).title.value && a.decl.url?.href === (b.decl as Ast.SourceDecl).url?.href && wording.length === 0
        : a.decl.kind === 'Assumption' && a.decl.text.value === (b.decl as Ast.AssumptionDecl).text.value && sameAnnotation(a.decl.annotation, (b.decl as Ast.AssumptionDecl).annotation));
    if (same) return undefined;
  }
  return {
    kind,
    module: sample.module,
    id: sample.name,
    change: !a ? 'added' : !b ? 'removed' : 'changed',
    ...(a ? { old: sourceText(a) } : {}),
    ...(b ? { new: sourceText(b) } : {}),
    ...(wording.length > 0 ? { wording } : {}),
  };
}

// ─── Tests ───────────────────────────────────────────────────────────────────

function sameTest(a: Ast.TestDecl, b: Ast.TestDecl): boolean {
  const body = (t: Ast.TestDecl) => ({ asOf: t.asOf, annotation: t.annotation, givens: t.givens, overrides: t.overrides, expectations: t.expectations });
  return equalIgnoringSpans(body(a), body(b));
}

// ─── Inputs, outputs and the types they use ──────────────────────────────────

interface InterfaceShape {
  readonly inputs: Map<string, { symbol: InputSymbol; record: string; shape: string; optional: boolean }>;
  readonly outputs: Map<string, { symbol: DefinitionSymbol; module: string; type: string }>;
  /** `module:name` of every `valg` and `type` an input or output uses → 'inndata' / 'utdata'. */
  readonly usedTypes: Map<string, Set<'inndata' | 'utdata'>>;
}

function interfaceOf(side: CheckedSide): InterfaceShape {
  const inputs: InterfaceShape['inputs'] = new Map();
  const usedTypes: InterfaceShape['usedTypes'] = new Map();
  const use = (type: Type, role: 'inndata' | 'utdata', seen = new Set<unknown>()) => {
    if (type.kind === 'list') return use(type.element, role, seen);
    if (type.kind !== 'enum' && type.kind !== 'record') return;
    if (seen.has(type.symbol)) return;
    seen.add(type.symbol);
    const key = `${type.symbol.module?.name ?? ''}:${type.symbol.name}`;
    const roles = usedTypes.get(key) ?? new Set();
    roles.add(role);
    usedTypes.set(key, roles);
    if (type.kind === 'record') for (const field of type.symbol.fields.values()) use(field.type, role, seen);
  };
  for (const module of visibleModules(side.entry)) {
    for (const value of module.values.values()) {
      if (value.kind !== 'input' || inputs.has(value.name)) continue;
      const record = module.file.ast.declarations.find((d): d is Ast.InputDecl => d.kind === 'Input' && d.fields.includes(value.decl));
      const options = [value.asOf ? 'vurderingstidspunkt' : '', value.negativeAllowed ? 'negativ_tillatt' : ''].filter(Boolean);
      const shape = `${typeName(value.type)}${options.length ? ` (${options.join(', ')})` : ''}${value.decl.defaultValue ? ` = ${text(module.file, value.decl.defaultValue.span)}` : ''}`;
      inputs.set(value.name, { symbol: value, record: record?.name?.text ?? 'inndata', shape, optional: value.optional });
      use(value.type, 'inndata');
    }
  }
  const outputs: InterfaceShape['outputs'] = new Map();
  for (let m: ModuleInfo | undefined = side.entry; m; m = m.variantOf) {
    if (m.outputs.length === 0) continue;
    for (const output of m.outputs) {
      const type = 'type' in output ? output.type : undefined;
      outputs.set(output.name, { symbol: output, module: m.name, type: type ? typeName(type) : '' });
      if (type) use(type, 'utdata');
    }
    break;
  }
  return { inputs, outputs, usedTypes };
}

function compareInterface(
  old: CheckedSide,
  neu: CheckedSide,
  oldDecls: ReadonlyMap<string, Decl>,
  newDecls: ReadonlyMap<string, Decl>,
): { inputs: InterfaceChange[]; outputs: InterfaceChange[]; types: InterfaceChange[] } {
  const a = interfaceOf(old);
  const b = interfaceOf(neu);
  const inputs: InterfaceChange[] = [];
  const removedInputs = [...a.inputs.keys()].filter((k) => !b.inputs.has(k));
  const addedInputs = [...b.inputs.keys()].filter((k) => !a.inputs.has(k));
  for (const name of [...new Set([...a.inputs.keys(), ...b.inputs.keys()])].sort(compare)) {
    const x = a.inputs.get(name);
    const y = b.inputs.get(name);
    const module = (y ?? x)?.symbol.module?.name ?? '';
    const full = `${(y ?? x)?.record}.${name}`;
    if (x && !y) {
      const renamed = addedInputs.filter((n) => b.inputs.get(n)?.shape.split(' =')[0] === x.shape.split(' =')[0]);
      inputs.push({
        kind: 'input',
        change: 'removed',
        name: full,
        module,
        breaking: true,
        description: `Inndatafeltet «${name}» er fjernet${renamed.length === 1 ? ` (trolig omdøpt til «${renamed[0]}»)` : ''}: saker som sender det, avvises som ugyldige.`,
        old: x.shape,
      });
    } else if (!x && y) {
      const renamed = removedInputs.filter((n) => a.inputs.get(n)?.shape.split(' =')[0] === y.shape.split(' =')[0]);
      const from = renamed.length === 1 ? ` (trolig omdøpt fra «${renamed[0]}»)` : '';
      inputs.push({
        kind: 'input',
        change: 'added',
        name: full,
        module,
        breaking: !y.optional,
        description: y.optional
          ? `Nytt valgfritt inndatafelt «${name}»${from}; saker uten det får standardverdien.`
          : `Nytt påkrevd inndatafelt «${name}»${from}: saker uten det avvises som ugyldige.`,
        new: y.shape,
      });
    } else if (x && y && x.shape !== y.shape) {
      const breaking = !(x.shape.split(' =')[0] === y.shape.split(' =')[0] && !x.optional && y.optional) && !(x.shape.split(' =')[0] === y.shape.split(' =')[0] && x.optional && y.optional);
      inputs.push({
        kind: 'input',
        change: 'changed',
        name: full,
        module,
        breaking,
        description: breaking ? `Inndatafeltet «${name}» er endret: saker som er gyldige i dag, kan bli avvist.` : `Standardverdien eller valgfriheten til inndatafeltet «${name}» er endret.`,
        old: x.shape,
        new: y.shape,
      });
    }
  }
  const outputs: InterfaceChange[] = [];
  for (const name of [...new Set([...a.outputs.keys(), ...b.outputs.keys()])]) {
    const x = a.outputs.get(name);
    const y = b.outputs.get(name);
    const module = (y ?? x)?.module ?? '';
    if (x && !y) outputs.push({ kind: 'output', change: 'removed', name, module, breaking: true, description: `Utdata «${name}» er fjernet: systemer som leser det, får det ikke lenger.`, old: x.type });
    else if (!x && y) outputs.push({ kind: 'output', change: 'added', name, module, breaking: false, description: `Nytt utdata «${name}» (${y.type}); eksisterende felt er uendret.`, new: y.type });
    else if (x && y && x.type !== y.type) outputs.push({ kind: 'output', change: 'changed', name, module, breaking: true, description: `Utdata «${name}» har fått en annen type.`, old: x.type, new: y.type });
  }

  const types: InterfaceChange[] = [];
  for (const key of unionKeys(oldDecls, newDecls)) {
    if (!key.startsWith('type:')) continue;
    const x = oldDecls.get(key);
    const y = newDecls.get(key);
    const sample = (y ?? x) as Decl;
    const usedBy = new Set([...(a.usedTypes.get(`${sample.module}:${sample.name}`) ?? []), ...(b.usedTypes.get(`${sample.module}:${sample.name}`) ?? [])]);
    const change = compareType(x, y, usedBy);
    if (change) types.push(change);
  }
  return { inputs, outputs, types };
}

function members(d: Decl | undefined): Map<string, string> {
  const result = new Map<string, string>();
  if (d?.decl.kind === 'Enum') for (const m of [...d.decl.members.map((m) => m.text), ...(d.added?.members ?? [])]) result.set(m, '');
  if (d?.decl.kind === 'Record') {
    for (const f of d.decl.fields) result.set(f.name.text, `${text(d.file, f.type.span)}${f.options.length ? ` (${f.options.map((o) => o.text).join(', ')})` : ''}${f.defaultValue ? ` = ${text(d.file, f.defaultValue.span)}` : ''}`);
  }
  return result;
}

function compareType(x: Decl | undefined, y: Decl | undefined, usedBy: ReadonlySet<'inndata' | 'utdata'>): InterfaceChange | undefined {
  const sample = (y ?? x) as Decl;
  const isEnum = sample.decl.kind === 'Enum';
  const used = usedBy.size > 0 ? ` (brukes i ${[...usedBy].sort().join(' og ')})` : '';
  const show = (d: Decl) => {
    const m = members(d);
    return isEnum ? `{ ${[...m.keys()].join(', ')} }` : `{ ${[...m].map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  };
  if (!x || !y) {
    return {
      kind: 'type',
      change: x ? 'removed' : 'added',
      name: sample.name,
      module: sample.module,
      breaking: !!x && usedBy.size > 0,
      description: `${isEnum ? 'Valget' : 'Typen'} «${sample.name}» er ${x ? 'fjernet' : 'lagt til'}${used}.`,
      ...(x ? { old: show(x) } : {}),
      ...(y ? { new: show(y) } : {}),
    };
  }
  if (x.decl.kind !== y.decl.kind) {
    return { kind: 'type', change: 'changed', name: sample.name, module: sample.module, breaking: usedBy.size > 0, description: `«${sample.name}» er endret mellom valg og type${used}.`, old: show(x), new: show(y) };
  }
  const before = members(x);
  const after = members(y);
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const changed = [...before.keys()].filter((k) => after.has(k) && before.get(k) !== after.get(k));
  if (removed.length + added.length + changed.length === 0) return undefined;
  const requiredAdded = !isEnum && added.some((k) => !(after.get(k) ?? '').includes(' = '));
  const breaking = usedBy.size > 0 && (removed.length > 0 || changed.length > 0 || (requiredAdded && usedBy.has('inndata')));
  const by = [...new Set([...(x.added?.by ?? []), ...(y.added?.by ?? [])])];
  const extension = by.length > 0 ? ` (utvid valg i ${by.join(', ')})` : '';
  const partsText = [
    added.length ? `lagt til ${added.map((k) => `«${k}»`).join(', ')}${extension}` : '',
    removed.length ? `fjernet ${removed.map((k) => `«${k}»`).join(', ')}` : '',
    changed.length ? `endret ${changed.map((k) => `«${k}»`).join(', ')}` : '',
  ].filter(Boolean);
  return {
    kind: 'type',
    change: 'changed',
    name: sample.name,
    module: sample.module,
    breaking,
    description: `${isEnum ? 'Valget' : 'Typen'} «${sample.name}»: ${partsText.join('; ')}${used}.`,
    old: show(x),
    new: show(y),
  };
}

// ─── Modules and files ───────────────────────────────────────────────────────

function compareModules(old: CheckedSide, neu: CheckedSide): ModuleChange[] {
  const a = old.checked.program.modules;
  const b = neu.checked.program.modules;
  const changes: ModuleChange[] = [];
  const variant = (m: ModuleInfo) => (m.variantOf ? ` (variant av ${m.variantOf.name})` : '');
  for (const name of [...new Set([...a.keys(), ...b.keys()])].sort(compare)) {
    const x = a.get(name);
    const y = b.get(name);
    // Modules with only tests are reported under tests.
    const onlyTests = (m: ModuleInfo) => m.file.ast.declarations.every((d) => d.kind === 'Test');
    if (x && !y) {
      if (!onlyTests(x)) changes.push({ module: name, change: 'removed', description: `Modulen ${name}${variant(x)} er fjernet.` });
    } else if (!x && y) {
      if (!onlyTests(y)) changes.push({ module: name, change: 'added', description: `Ny modul ${name}${variant(y)}.` });
    } else if (x && y) {
      const notes: string[] = [];
      if (x.variantOf?.name !== y.variantOf?.name) notes.push(`variant av: ${x.variantOf?.name ?? '(ingen)'} → ${y.variantOf?.name ?? '(ingen)'}`);
      const ia = new Set(x.imports.map((m) => m.name));
      const ib = new Set(y.imports.map((m) => m.name));
      const added = [...ib].filter((n) => !ia.has(n));
      const removed = [...ia].filter((n) => !ib.has(n));
      if (added.length) notes.push(`bruk lagt til: ${added.join(', ')}`);
      if (removed.length) notes.push(`bruk fjernet: ${removed.join(', ')}`);
      if (notes.length) changes.push({ module: name, change: 'changed', description: `${name}: ${notes.join('; ')}.` });
    }
  }
  if (old.entry.name !== neu.entry.name) {
    changes.push({ module: neu.entry.name, change: 'changed', description: `Beregningen går gjennom ${neu.entry.name} i stedet for ${old.entry.name}.` });
  }
  return changes;
}

function compareFiles(a: readonly RuleSource[], b: readonly RuleSource[]): string[] {
  const before = new Map(a.map((f) => [f.path, f.text]));
  const after = new Map(b.map((f) => [f.path, f.text]));
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort(compare);
}

export type { ChangeKind };

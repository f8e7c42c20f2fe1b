import { shift } from '../calendar.js';
import type * as A from '../ast/ast.js';
import type { CheckContext, Env } from './context.js';
import { checkExpr } from './expressions.js';
import { checkCalendarLiteral, checkMoneyLiteral } from './literals.js';
import { enumMembers, lookupSource, visibility, type ModuleInfo } from './program.js';
import { env, resolveCitations, resolveCitedSources } from './rules.js';
import type { CitableSymbol, Citation, ParameterSymbol, TableSymbol } from './symbols.js';
import { checkRateJumps } from './rate-jumps.js';
import { describeKeys, groupKey, keyText, type TableEntry, type TableEntryValue } from './table-model.js';
import { isAssignable, moneyType, typeName, type Type } from './types.js';

type Column =
  | { readonly kind: 'from' | 'to' | 'source' }
  | { readonly kind: 'key'; readonly param: ParameterSymbol; readonly index: number }
  /** A value column: in wide form named by a member of the last key; in long form `verdi`. */
  | { readonly kind: 'value'; readonly member: string | undefined };

const keyKinds = new Set(['enum', 'integer', 'text', 'boolean', 'date', 'month', 'error']);

/** Checks a rate table (docs/language.md §10) and builds its lookup model. */
export function checkTable(ctx: CheckContext, module: ModuleInfo, decl: A.TableDecl): void {
  const symbol = ctx.declarations.get(decl.name);
  if (symbol?.kind !== 'table') return;
  const defaultCitations = resolveCitations(ctx, module, decl.annotation);
  symbol.citations = defaultCitations;
  const scope = env(ctx, module, symbol, symbol.params);
  for (const param of symbol.params) {
    if (!keyKinds.has(param.type.kind)) {
      ctx.report('LK5012', module, param.decl.type.span, `En tabellnøkkel kan ikke være ${typeName(param.type)}`, {
        hint: 'Nøkler kan være et valg, et heltall, en tekst, en sannhetsverdi, en dato eller en måned.',
      });
    }
  }
  const [header, ...rows] = decl.rows;
  if (!header) {
    ctx.report('LK5011', module, decl.name.span, `Tabellen «${decl.name.text}» har ingen rader`, {
      hint: 'Første rad er tabellhodet, for eksempel «| fra | enslig | kilde |».',
    });
    symbol.model = { dated: false, entries: [] };
    return;
  }
  const columns = readHeader(ctx, module, symbol, header);
  if (!columns) {
    symbol.model = { dated: false, entries: [] };
    return;
  }
  if (rows.length === 0) {
    ctx.report('LK5011', module, decl.name.span, `Tabellen «${decl.name.text}» har bare tabellhode, ingen rader`);
  }
  const dated = columns.some((c) => c.kind === 'from');
  const entries: TableEntry[] = [];
  for (const row of rows) entries.push(...readRow(scope, symbol, columns, row, defaultCitations));
  checkPeriods(ctx, module, entries, dated);
  if (dated && symbol.type.kind === 'money') checkRateJumps(ctx, module, entries);
  checkCoverage(ctx, module, symbol, columns, entries);
  symbol.model = { dated, entries };
}

function readHeader(ctx: CheckContext, module: ModuleInfo, table: TableSymbol, header: A.TableRow): Column[] | undefined {
  const params = table.params;
  const last = params[params.length - 1];
  const names = header.cells.map(headerName);
  const long = params.length === 0 || (last !== undefined && names.includes(last.name));
  // A column per member only for a `valg` key (or one whose type has an error, reported already); any other last key needs its own column and `verdi`.
  const wide = !long && (last?.type.kind === 'enum' || last?.type.kind === 'error');
  const wideMembers = !long && last?.type.kind === 'enum' ? [...enumMembers(last.type.symbol, module).keys()] : [];
  const keyParams = long ? params : params.slice(0, -1);
  const expected = [
    'fra',
    'til',
    ...(wide || long ? keyParams : params).map((p) => p.name),
    ...(wide ? wideMembers : ['verdi']),
    'kilde',
  ];
  const columns: Column[] = [];
  const seen = new Set<string>();
  let valid = true;
  header.cells.forEach((cell, i) => {
    const name = names[i];
    if (name === undefined && !long && !wide && last && cell.content.kind === 'Value') {
      valid = false;
      ctx.report('LK5001', module, cell.span, `Nøkkelen «${last.name}» er ${typeName(last.type)}, og bare et valg kan ha én kolonne per verdi`, {
        hint: `Skriv nøkkelen i en egen kolonne og verdien i «verdi»: | ${expected.filter((n) => n !== 'til').join(' | ')} |.`,
      });
      return;
    }
    if (name === undefined || !expected.includes(name) || seen.has(name)) {
      valid = false;
      ctx.report('LK5001', module, cell.span, name === undefined ? 'Tabellhodet kan bare inneholde kolonnenavn' : `Kolonnen «${name}» hører ikke hjemme i tabellhodet${seen.has(name) ? ' to ganger' : ''}`, {
        hint: `Kolonnene er: ${expected.join(', ')}.`,
      });
      return;
    }
    seen.add(name);
    if (name === 'fra' || name === 'til') columns.push({ kind: name === 'fra' ? 'from' : 'to' });
    else if (name === 'kilde') columns.push({ kind: 'source' });
    else {
      const index = keyParams.findIndex((p) => p.name === name);
      columns.push(index >= 0 ? { kind: 'key', param: keyParams[index] as ParameterSymbol, index } : { kind: 'value', member: long ? undefined : name });
    }
  });
  if (!valid) return undefined;
  const rank = (c: Column) => (c.kind === 'from' ? 0 : c.kind === 'to' ? 1 : c.kind === 'key' ? 2 + c.index : c.kind === 'value' ? 1000 : 1001);
  const outOfOrder = columns.findIndex((c, i) => i > 0 && rank(c) < rank(columns[i - 1] as Column));
  if (outOfOrder >= 0) {
    ctx.report('LK5001', module, (header.cells[outOfOrder] as A.TableCell).span, 'Kolonnene i tabellhodet står i feil rekkefølge', {
      hint: `Rekkefølgen er: ${expected.filter((name) => seen.has(name)).join(', ')}.`,
    });
    return undefined;
  }
  const missing = expected.filter((name) => name !== 'fra' && name !== 'til' && name !== 'kilde' && !seen.has(name));
  if (seen.has('til') && !seen.has('fra')) {
    ctx.report('LK5001', module, header.span, 'En tabell med «til» må også ha «fra»');
    return undefined;
  }
  if (missing.length > 0) {
    ctx.report('LK5002', module, header.span, `Tabellhodet mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnene'} ${missing.map((m) => `«${m}»`).join(', ')}`, {
      hint:
        long || !last
          ? undefined
          : last.type.kind === 'enum'
            ? `Hver verdi i «${last.type.symbol.name}» trenger en kolonne.`
            : `Nøkkelen «${last.name}» er ${typeName(last.type)}: den står i en egen kolonne, og verdien i «verdi».`,
    });
    return undefined;
  }
  return columns;
}

function headerName(cell: A.TableCell): string | undefined {
  const content = cell.content;
  if (content.kind === 'HeaderKeyword') return content.keyword;
  if (content.kind === 'Value' && content.value.kind === 'Reference') return content.value.name.text;
  return undefined;
}

function readRow(scope: Env, table: TableSymbol, columns: readonly Column[], row: A.TableRow, defaultCitations: Citation[]): TableEntry[] {
  const { ctx, module } = scope;
  const unknownAt = row.cells.findIndex((c) => c.content.kind === 'Unknown');
  const sourceColumn = columns.findIndex((c) => c.kind === 'source');
  // Cells map to columns in order; an `ukjent` cell covers every key and value column from its place on.
  const cellFor = new Map<number, A.TableCell>();
  let unknown: { cell: A.TableCell; message: string } | undefined;
  if (unknownAt >= 0) {
    const cell = row.cells[unknownAt] as A.TableCell;
    const content = cell.content as Extract<A.TableCellContent, { kind: 'Unknown' }>;
    unknown = { cell, message: content.message?.value ?? 'Satsen for perioden er ikke kjent' };
    const afterUnknown = row.cells.slice(unknownAt + 1);
    const firstCovered = columns[unknownAt];
    if (!firstCovered || firstCovered.kind === 'from' || firstCovered.kind === 'to' || firstCovered.kind === 'source' || afterUnknown.length > (sourceColumn >= 0 ? 1 : 0)) {
      ctx.report('LK5007', module, row.span, 'Etter «ukjent» kan bare kildekolonnen følge, og datoene må stå foran', {
        hint: 'Skriv for eksempel «| 2025-01-01 | ukjent "Rundskrivet for 2025 er ikke registrert" |».',
      });
      return [];
    }
    row.cells.slice(0, unknownAt).forEach((cell, i) => cellFor.set(i, cell));
    if (afterUnknown[0] && sourceColumn >= 0) cellFor.set(sourceColumn, afterUnknown[0]);
  } else {
    if (row.cells.length !== columns.length) {
      ctx.report('LK5007', module, row.span, `Raden har ${row.cells.length} celler, men tabellhodet har ${columns.length} kolonner`);
      return [];
    }
    row.cells.forEach((cell, i) => cellFor.set(i, cell));
  }

  let validFrom: string | undefined;
  let validTo: string | undefined;
  let citations = defaultCitations;
  let emptySource = false;
  const keys: Array<string | undefined> = table.params.map(() => undefined);
  const values: Array<{ member: string | undefined; value: TableEntryValue; cell: A.TableCell }> = [];
  columns.forEach((column, i) => {
    const cell = cellFor.get(i);
    if (!cell) {
      if (unknown && column.kind === 'value' && i >= unknownAt) {
        values.push({ member: column.member, value: { kind: 'unknown', message: unknown.message }, cell: unknown.cell });
      }
      return;
    }
    if (cell.content.kind === 'Values' && column.kind !== 'source') {
      ctx.report('LK5008', module, cell.span, 'Bare kildekolonnen kan ha flere verdier, skilt med komma', {
        hint: 'En nøkkel, en dato og en verdi er én verdi per celle.',
      });
      return;
    }
    if (cell.content.kind === 'Citations' && column.kind !== 'source') {
      ctx.report('LK5008', module, cell.span, 'Bare kildekolonnen kan vise til et ledd og punktum', {
        hint: 'Skriv kilden og ledd … punktum … i kolonnen «kilde».',
      });
      return;
    }
    switch (column.kind) {
      case 'from':
      case 'to': {
        // An empty `til` cell: the row applies until the next row's `fra`.
        if (column.kind === 'to' && cell.content.kind === 'Empty') return;
        const date = cellExpr(cell);
        if (date?.kind !== 'Date') {
          ctx.report('LK5008', module, cell.span, `Kolonnen «${column.kind === 'from' ? 'fra' : 'til'}» skal ha en dato, for eksempel 2024-01-01`);
          return;
        }
        checkCalendarLiteral(ctx, module, date);
        if (column.kind === 'from') validFrom = date.value;
        else validTo = date.value;
        return;
      }
      case 'source': {
        // The table's own `(kilde …)` is for tables without this column: an empty cell here
        // would give the row that citation, which is not the source of its period's rates.
        if (cell.content.kind === 'Empty') {
          emptySource = true;
          ctx.report('LK5006', module, row.span, 'Kildecellen er tom: raden viser ikke til noen kilde', {
            hint: 'Skriv kilden raden bygger på, for eksempel rundskrivet med satsene for perioden. Tabellens egen kilde gjelder bare tabeller uten kolonnen «kilde».',
          });
          return;
        }
        const cited = cellCitations(scope, cell);
        if (cited) citations = cited;
        return;
      }
      case 'key': {
        // A key of a type no key can have is LK5012 once, at the parameter; its cells say no more.
        if (!keyKinds.has(column.param.type.kind)) return;
        const expr = cellExpr(cell);
        const text = expr && keyText(expr);
        if (!expr || text === undefined) {
          ctx.report('LK5008', module, cell.span, `Nøkkelen «${column.param.name}» skal være en verdi av typen ${typeName(column.param.type)}`);
          return;
        }
        cellType(scope, cell, expr, column.param.type, `Nøkkelen «${column.param.name}»`);
        keys[column.index] = text;
        return;
      }
      case 'value': {
        const expr = cellExpr(cell);
        if (!expr) {
          ctx.report('LK5008', module, cell.span, 'Cellen er tom', { hint: 'Skriv verdien, eller «ukjent "hvorfor"» hvis den ikke er kjent.' });
          return;
        }
        if (table.type.kind === 'money' && expr.kind === 'Number') {
          // A number in a table of amounts is an amount, with at most two decimals as any other.
          checkMoneyLiteral(ctx, module, expr);
          ctx.types.set(expr, moneyType);
        } else {
          cellType(scope, cell, expr, table.type, 'Verdien', negativeAmountHint(scope, table.type, expr));
        }
        values.push({ member: column.member, value: { kind: 'value', expr }, cell });
      }
    }
  });
  if (citations.length === 0 && !unknown && !emptySource) {
    ctx.report('LK5006', module, row.span, 'Raden viser ikke til noen kilde', {
      hint: 'Legg til en kolonne «kilde» med rundskrivet raden bygger på, eller en kilde for hele tabellen.',
    });
  }
  const lastKey = table.params.length - 1;
  return values.map(({ member, value, cell }) => {
    const entryKeys = [...keys];
    if (member !== undefined) entryKeys[lastKey] = member;
    return { keys: entryKeys, validFrom, validTo, value, citations, row, cell };
  });
}

/** A cell whose value has the wrong type is LK5008, so the table's author finds it among the table's codes. */
function cellType(scope: Env, cell: A.TableCell, expr: A.Expr, expected: Type, what: string, hint?: string): void {
  const actual = checkExpr(scope, expr, expected);
  if (isAssignable(actual, expected)) return;
  scope.ctx.report('LK5008', scope.module, cell.span, `${what} skal være ${typeName(expected)}, men cellen er ${typeName(actual)}`, hint ? { hint } : {});
}

/** A bare number is an amount in a table of amounts, but `-7 850` is a computation on one: it needs `kr`. */
function negativeAmountHint(scope: Env, type: Type, expr: A.Expr): string | undefined {
  if (type.kind !== 'money' || expr.kind !== 'Unary' || expr.operator !== '-' || expr.operand.kind !== 'Number') return undefined;
  const written = scope.module.file.source.text.slice(expr.span.start, expr.span.end);
  return `Et negativt beløp skrives med kr i tabellen: «${written} kr».`;
}

function cellExpr(cell: A.TableCell): A.Expr | undefined {
  return cell.content.kind === 'Value' ? cell.content.value : undefined;
}

/** The sources a `kilde` cell cites: one name, or several separated by commas, each perhaps pinned to a ledd and punktum. */
function cellCitations(scope: Env, cell: A.TableCell): Citation[] | undefined {
  const { ctx, module } = scope;
  const content = cell.content;
  if (content.kind === 'Empty') return undefined;
  if (content.kind === 'Citations') {
    const cited = resolveCitedSources(ctx, module, content.sources);
    return cited.length > 0 ? cited : undefined;
  }
  const exprs = content.kind === 'Values' ? content.values : content.kind === 'Value' ? [content.value] : [];
  if (exprs.length === 0 || exprs.some((expr) => expr.kind !== 'Reference')) {
    ctx.report('LK5008', module, cell.span, 'Kildekolonnen skal ha navnet på en kilde, eller flere navn skilt med komma');
    return undefined;
  }
  const cited: CitableSymbol[] = [];
  for (const expr of exprs as readonly A.Reference[]) {
    const found = lookupSource(module, expr.name.text);
    if (found.kind !== 'found') {
      ctx.report('LK2007', module, expr.span, `Ukjent kilde «${expr.name.text}»`, { hint: 'Deklarer kilden først: kilde navn "Tittel" <lenke>.' });
      continue;
    }
    ctx.refer(expr.name, found.symbol);
    ctx.citedSources.add(found.symbol);
    ctx.types.set(expr, { kind: 'error' });
    if (!cited.includes(found.symbol)) cited.push(found.symbol);
  }
  return cited.length > 0 ? cited.map((source) => ({ source })) : undefined;
}

/** Duplicates (LK5003), order (LK5005), overlaps (LK5004) and gaps (LK5010) per key combination. */
function checkPeriods(ctx: CheckContext, module: ModuleInfo, entries: readonly TableEntry[], dated: boolean): void {
  const groups = new Map<string, TableEntry[]>();
  for (const entry of entries) {
    const key = groupKey(entry.keys);
    const group = groups.get(key) ?? [];
    group.push(entry);
    groups.set(key, group);
  }
  const reported = new Set<A.TableRow>();
  const once = (row: A.TableRow, report: () => void) => {
    if (reported.has(row)) return;
    reported.add(row);
    report();
  };
  for (const group of groups.values()) {
    for (let i = 1; i < group.length; i++) {
      const previous = group[i - 1] as TableEntry;
      const entry = group[i] as TableEntry;
      if (!dated || entry.validFrom === previous.validFrom) {
        once(entry.row, () =>
          ctx.report('LK5003', module, entry.row.span, `To rader gjelder${describeKeys(entry.keys)}${dated ? ` fra ${entry.validFrom}` : ''}`, {
            related: [ctx.related(module, previous.row.span, 'den andre raden står her')],
          }),
        );
      } else if (entry.validFrom !== undefined && previous.validFrom !== undefined && entry.validFrom < previous.validFrom) {
        once(entry.row, () =>
          ctx.report('LK5005', module, entry.row.span, `Raden fra ${entry.validFrom} står etter raden fra ${previous.validFrom}`, {
            hint: 'Sorter radene etter «fra», eldste først.',
          }),
        );
      } else if (previous.validTo !== undefined && entry.validFrom !== undefined) {
        if (previous.validTo >= entry.validFrom) {
          once(previous.row, () =>
            ctx.report('LK5004', module, previous.row.span, `Raden gjelder til ${previous.validTo}, men neste rad${describeKeys(entry.keys)} gjelder allerede fra ${entry.validFrom}`, {
              related: [ctx.related(module, entry.row.span, 'neste rad står her')],
            }),
          );
        } else if (nextDay(previous.validTo) < entry.validFrom) {
          once(previous.row, () =>
            ctx.report('LK5010', module, previous.row.span, `Ingen rad gjelder${describeKeys(entry.keys)} fra ${nextDay(previous.validTo as string)} til neste rad ${entry.validFrom}`, {
              hint: 'Oppslag i hullet gir feil. Skriv en rad med «ukjent "…"» for perioden hvis den ikke er kjent.',
            }),
          );
        }
      }
    }
  }
  for (const entry of entries) {
    if (entry.validTo !== undefined && entry.validFrom !== undefined && entry.validTo < entry.validFrom) {
      once(entry.row, () => ctx.report('LK4009', module, entry.row.span, `Raden slutter (${entry.validTo}) før den begynner (${entry.validFrom})`));
    }
  }
}

function nextDay(iso: string): string {
  return shift(iso, 1, 'dag') ?? iso;
}

/**
 * A table the variant does not replace has no row for a member the variant adds to its key
 * (LK5013, a warning): a lookup of that member through the variant fails (LK7003), so the
 * author learns it here rather than from a case.
 */
export function checkExtendedKeys(ctx: CheckContext, module: ModuleInfo): void {
  if (module.extensions.size === 0) return;
  const { modules, own } = visibility(module);
  const replaced = (table: TableSymbol) => modules.slice(0, own).some((m) => m.replacements.has(table));
  for (const m of modules.slice(1)) {
    for (const table of m.values.values()) {
      if (table.kind !== 'table' || !table.model || replaced(table)) continue;
      const entries = table.model.entries;
      table.params.forEach((param, index) => {
        const added = param.type.kind === 'enum' ? module.extensions.get(param.type.symbol) : undefined;
        for (const member of added?.values() ?? []) {
          if (entries.some((e) => e.keys[index] === undefined || e.keys[index] === member.name)) continue;
          ctx.report('LK5013', module, member.nameSpan as A.Span, `Tabellen «${table.name}» (${m.name}) har ingen rad for «${member.name}»: et oppslag på verdien gir feil i en beregning gjennom varianten`, {
            hint: `Erstatt tabellen i varianten («erstatt tabell ${table.name}(…)») med rader for «${member.name}», hvis den skal slås opp for verdien.`,
          });
        }
      });
    }
  }
}

/** Every combination of `valg` keys must have a row (LK5009). */
function checkCoverage(ctx: CheckContext, module: ModuleInfo, table: TableSymbol, columns: readonly Column[], entries: readonly TableEntry[]): void {
  const keyColumns = columns.filter((c): c is Extract<Column, { kind: 'key' }> => c.kind === 'key');
  if (keyColumns.length === 0 || keyColumns.some((c) => c.param.type.kind !== 'enum')) return;
  let combinations: string[][] = [[]];
  for (const column of keyColumns) {
    const type = column.param.type;
    if (type.kind !== 'enum') return;
    combinations = combinations.flatMap((prefix) => [...enumMembers(type.symbol, module).keys()].map((m) => [...prefix, m]));
    if (combinations.length > 10_000) return;
  }
  const present = entries.map((e) => e.keys);
  const covered = (combination: string[]) =>
    present.some((keys) => keyColumns.every((column, i) => keys[column.index] === undefined || keys[column.index] === combination[i]));
  const missing = combinations.filter((c) => !covered(c));
  if (missing.length === 0) return;
  const shown = missing.slice(0, 5).map((c) => c.map((v, i) => `${(keyColumns[i] as (typeof keyColumns)[number]).param.name} = ${v}`).join(', '));
  ctx.report('LK5009', module, table.decl.name.span, `Tabellen «${table.name}» har ingen rad for ${shown.join('; ')}${missing.length > 5 ? ` og ${missing.length - 5} til` : ''}`, {
    hint: 'Hver kombinasjon av nøkler må ha en verdi, eller en rad med «ukjent».',
  });
}

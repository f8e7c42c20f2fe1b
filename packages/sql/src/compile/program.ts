import { extendingModules, type Ast, type CheckedProgram, type DefinitionSymbol, type DiscretionSymbol, type LkSymbol, type ModuleInfo, type RuleSymbol, type TableSymbol, type Type } from '@lovkode/dsl';
import type { CompiledRules } from '@lovkode/engine';
import { dialects, type Dialect, type DialectName } from '../dialect.js';
import { layoutOf, listTableName, sqlType, type Layout, type ScalarType, type TableLayout } from '../layout.js';
import { SqlRefusal } from '../refusal.js';
import type { Compiler, Env, ListSource } from './context.js';
import { atom, compileExpr, compileLength } from './expressions.js';
import { Level, Query, type ErrorSite, type Sql, type Stage } from './query.js';
import { compileDiscretion, compileRule } from './rules.js';
import { firstError } from './sql-value.js';
import { tablePeriods, writeTable, type TablePeriods } from './tables.js';

export interface SqlOptions {
  readonly dialect: DialectName;
  /** The as-of day for every case (`--date`), instead of the input marked `vurderingstidspunkt`. */
  readonly asOf?: string;
  /** Outputs to compute instead of the entry's `utdata` (names of rules or `skjønn` without parameters). */
  readonly outputs?: readonly string[];
}

/** An output's type: a scalar, or a list or record, whose column holds its JSON text (docs/sql.md §1). */
export type OutputType = ScalarType | Extract<Type, { kind: 'list' | 'record' }>;

/** One output's columns in the result table. */
export interface OutputColumn {
  readonly name: string;
  readonly type: OutputType;
  /** The column of its undetermined reasons (joined by U+001E), when it can be undetermined. */
  readonly reasons: string | undefined;
}

/** A scheme compiled to one query over the input tables (docs/sql.md). */
export interface SqlProgram {
  readonly dialect: DialectName;
  readonly layout: Layout;
  /** `WITH … SELECT …`: one row per case of `sak`, ordered by `sak_id`. */
  readonly sql: string;
  /**
   * The same query as its parts: the common table expressions in order, then the final
   * `SELECT` over them (`select`). A runner may make each stage a table of its own (docs/sql.md §5).
   */
  readonly stages: readonly Stage[];
  readonly select: string;
  readonly outputs: readonly OutputColumn[];
  /** Where each error can arise, by the site number in `feil_sted`. */
  readonly sites: readonly ErrorSite[];
}

/**
 * Compiles the entry of a compiled rule set to SQL, or refuses (`SqlRefusal`) with the first
 * construct it does not translate exactly.
 */
export function compileSql(rules: CompiledRules, options: SqlOptions): SqlProgram {
  return new SqlCompiler(rules, dialects[options.dialect], options, new Sharing([rules])).compile();
}

/** The definitions compiled so far (memoised), by the definition in force. */
class Definitions {
  readonly values = new Map<DefinitionSymbol, Sql>();
  readonly lengths = new Map<DefinitionSymbol, Sql>();
  readonly elements = new Map<Level, Map<DefinitionSymbol, Sql>>();
  readonly calls = new Map<Level, Map<DefinitionSymbol, Map<string, Sql>>>();
  readonly tables = new Map<TableSymbol, string>();
  readonly periods = new Map<TableSymbol, TablePeriods>();
}

/**
 * What the versions compiled into one query share (docs/sql.md §8): the query, its levels, and
 * the definitions compiled alike in every version (`common`).
 */
export interface QueryBase {
  readonly query: Query;
  readonly layout: Layout;
  readonly caseLevel: Level;
  readonly asOf: Sql;
  readonly lists: Map<string, Level>;
  readonly levelTables: Map<Level, TableLayout>;
  readonly within: Map<Level, Map<string, Level>>;
  readonly common: Definitions;
}

/** The replacements in force through an entry: a variant's everywhere, a variant of a variant over its base's (as the evaluator's linker). */
function replacementsOf(entry: ModuleInfo): Map<DefinitionSymbol, DefinitionSymbol> {
  const chain: ModuleInfo[] = [];
  for (let m: ModuleInfo | undefined = entry; m; m = m.variantOf) chain.push(m);
  const replacements = new Map<DefinitionSymbol, DefinitionSymbol>();
  for (const m of chain.reverse()) for (const [original, replacement] of m.replacements) replacements.set(original, replacement);
  return replacements;
}

function inForceOf<S extends DefinitionSymbol>(replacements: ReadonlyMap<DefinitionSymbol, DefinitionSymbol>, symbol: S): S {
  let effective: DefinitionSymbol = symbol;
  for (let next = replacements.get(effective); next && next !== effective; next = replacements.get(next)) effective = next;
  return effective as S;
}

/**
 * Which definitions the versions compiled into one query compile alike, and so compile once
 * (docs/sql.md §8): a definition whose version in force is the same in every version, and so is
 * every definition it depends on (the checker's dependencies). Versions of different checked
 * programs, or whose entries see different members of an enumeration (`utvid valg`), share none.
 */
export class Sharing {
  private readonly replacements: ReadonlyArray<ReadonlyMap<DefinitionSymbol, DefinitionSymbol>>;
  private readonly program: CheckedProgram | undefined;
  private readonly known = new Map<DefinitionSymbol, boolean>();

  constructor(versions: readonly CompiledRules[]) {
    this.replacements = versions.map((rules) => replacementsOf(rules.entry));
    const first = versions[0] as CompiledRules;
    const views = (rules: CompiledRules) => extendingModules(rules.entry);
    const sameViews = (rules: CompiledRules) => views(rules).length === views(first).length && views(rules).every((m, i) => m === views(first)[i]);
    this.program = versions.every((rules) => rules.program === first.program && sameViews(rules)) ? first.program : undefined;
  }

  /** Whether `symbol` (as a rule names it, before replacements) is compiled alike in every version. */
  alike(symbol: DefinitionSymbol): boolean {
    if (this.replacements.length === 1) return true;
    const program = this.program;
    if (!program) return false;
    const known = this.known.get(symbol);
    if (known !== undefined) return known;
    // A dependency cycle is refused by the checker; meanwhile, the symbol counts as alike.
    this.known.set(symbol, true);
    const effective = this.replacements.map((r) => inForceOf(r, symbol));
    const alike = effective.every((e) => e === effective[0]) && [...(program.dependencies.get(effective[0] as DefinitionSymbol) ?? [])].every((d) => this.alike(d));
    this.known.set(symbol, alike);
    return alike;
  }

  /** The replacements in force in version `index`. */
  replacementsIn(index: number): ReadonlyMap<DefinitionSymbol, DefinitionSymbol> {
    return this.replacements[index] as ReadonlyMap<DefinitionSymbol, DefinitionSymbol>;
  }
}

/** One version's compiler: its entry, its replacements and the definitions only it compiles, over a query it may share with other versions. */
export class SqlCompiler implements Compiler {
  readonly program: CheckedProgram;
  readonly query: Query;
  readonly layout: Layout;
  readonly caseLevel: Level;
  readonly base: QueryBase;
  private readonly own = new Definitions();
  private readonly replacements: ReadonlyMap<DefinitionSymbol, DefinitionSymbol>;

  constructor(
    private readonly rules: CompiledRules,
    readonly dialect: Dialect,
    private readonly options: SqlOptions,
    private readonly sharing: Sharing,
    /** The query of the versions compiled before this one, if any. */
    shared?: QueryBase,
    version = 0,
  ) {
    this.program = rules.program;
    this.replacements = sharing.replacementsIn(version);
    this.base = shared ?? this.queryBase();
    this.query = this.base.query;
    this.layout = this.base.layout;
    this.caseLevel = this.base.caseLevel;
  }

  /** The query's first stages: the case level and each list input's level. */
  private queryBase(): QueryBase {
    const d = this.dialect;
    const rules = this.rules;
    const options = this.options;
    const query = new Query(d);
    const layout = layoutOf(rules.inputs);
    let asOf: string;
    if (options.asOf !== undefined) asOf = `DATE '${options.asOf.length === 7 ? `${options.asOf}-01` : options.asOf}'`;
    else if (rules.asOf) asOf = d.id(rules.asOf.name);
    else throw new SqlRefusal('the rules have no input marked «vurderingstidspunkt»; give the as-of day (--date)');
    const caseFields = layout.cases.columns.map((c) => c.name);
    const caseLevel = new Level(query, 'sak', undefined, 'sak_0', caseFields);
    const base: QueryBase = { query, layout, caseLevel, asOf: { v: 'p._lk0v', u: null, e: null, level: caseLevel, needs: 0 }, lists: new Map(), levelTables: new Map(), within: new Map(), common: new Definitions() };
    const read = (table: TableLayout, from = '') => this.read(caseLevel, table, from);
    query.addStage('sak_0', ['sak_id', ...read(layout.cases), `${asOf} AS _lk0v`], `FROM ${layout.cases.name}`, ['sak_id']);
    // A list level starts with the case's inputs and as-of day beside each element (`sak.<felt>`),
    // so that reading them there needs no join of its own.
    for (const list of layout.lists) {
      if (list.parent) continue;
      const name = list.name;
      query.addStage(`${name}_0`, ['l.sak_id', 'l.nr', ...read(list, 'l.'), ...caseLevel.carried('c')], `FROM ${name} l JOIN sak_0 c ON c.sak_id = l.sak_id`, ['sak_id', 'nr']);
      const level = new Level(query, name, caseLevel, `${name}_0`, list.columns.map((c) => c.name));
      base.lists.set(list.field as string, level);
      base.levelTables.set(level, list);
    }
    return base;
  }

  /** The memo of a definition: the common one if every version compiles it alike, else this version's. */
  private memo(symbol: DefinitionSymbol): Definitions {
    return this.sharing.alike(symbol) ? this.base.common : this.own;
  }

  /** A table's columns as the query reads them: a field left out (NULL) is its default. */
  private read(caseLevel: Level, table: TableLayout, from: string): string[] {
    const d = this.dialect;
    return table.columns.map((c) => {
      const column = d.id(c.name);
      if (!c.defaultValue) return `${from}${column}`;
      const fallback = compileExpr({ compiler: this, module: this.rules.entry, level: caseLevel, rows: new Map() }, c.defaultValue);
      if (fallback.level !== undefined || fallback.u !== null || fallback.e !== null) throw new SqlRefusal('a default that is not a literal is not compiled to SQL yet', `felt ${c.name}`);
      return `COALESCE(${from}${column}, ${fallback.v}) AS ${column}`;
    });
  }

  elementTable(level: Level): TableLayout | undefined {
    return this.base.levelTables.get(level);
  }

  listWithin(parent: Level, source: ListSource, where: string): Level {
    if (parent === this.caseLevel && source.kind === 'input') {
      const level = this.base.lists.get(source.field);
      if (!level) throw new SqlRefusal(`no list input «${source.field}»`, where);
      return level;
    }
    const key = source.kind === 'input' ? `input ${source.field}` : source.kind === 'nested' ? `nested ${source.row.table} ${source.field}` : `joined ${source.fields.join(' ')}`;
    let memo = this.base.within.get(parent);
    if (!memo) this.base.within.set(parent, (memo = new Map()));
    const known = memo.get(key);
    if (known) return known;
    const d = this.dialect;
    const id = this.query.nextId();
    const own = `k${id}`;
    const topLevel = (field: string) => {
      const table = this.layout.lists.find((t) => !t.parent && t.field === field);
      if (!table) throw new SqlRefusal(`no list input «${field}»`, where);
      return table;
    };
    let rows: string;
    let on = 'l.sak_id = pp.sak_id';
    let table: TableLayout | undefined;
    let fields: readonly string[];
    switch (source.kind) {
      case 'input':
        table = topLevel(source.field);
        rows = `(SELECT sak_id, nr AS n, ${this.read(this.caseLevel, table, '').join(', ')} FROM ${table.name})`;
        fields = table.columns.map((c) => c.name);
        break;
      case 'nested': {
        const owner = this.base.levelTables.get(source.row);
        table = owner && this.layout.lists.find((t) => t.parent === owner && t.field === `${owner.field}.${source.field}`);
        if (!owner || !table || table.keys.length !== 3) throw new SqlRefusal(`the list «${source.field}» inside a list element inside another list element is not compiled to SQL yet`, where);
        rows = `(SELECT sak_id, nr AS m, nr_2 AS n, ${this.read(this.caseLevel, table, '').join(', ')} FROM ${table.name})`;
        on += ` AND l.m = pp.${source.row.ownKey}`;
        fields = table.columns.map((c) => c.name);
        break;
      }
      case 'joined': {
        const tables = source.fields.map(topLevel);
        const names = (t: TableLayout) => t.columns.map((c) => `${c.name}:${c.type.kind}`).join(',');
        if (tables.some((t) => names(t) !== names(tables[0] as TableLayout))) throw new SqlRefusal('joining lists whose elements are laid out differently is not compiled to SQL yet', where);
        // The second list's places follow the first's (for the order of reasons and errors); `plass` is refused on them.
        rows = `(${tables.map((t, i) => `SELECT sak_id, nr + ${i} * 1000000000 AS n, ${this.read(this.caseLevel, t, '').join(', ')} FROM ${t.name}`).join(' UNION ALL ')})`;
        fields = (tables[0] as TableLayout).columns.map((c) => c.name);
        break;
      }
    }
    const prefix = `niva${id}`;
    // The parent's keys, its element's fields and what it carries are carried beside each row.
    this.query.addStage(`${prefix}_0`, [...parent.keys.map((k) => `pp.${k}`), `l.n AS ${own}`, ...fields.map((f) => `l.${d.id(f)}`), ...parent.carried('pp')], `FROM ${parent.base} pp JOIN ${rows} l ON ${on}`, [...parent.keys, own]);
    const same = source.kind === 'input' ? { level: this.base.lists.get(source.field) as Level, key: own } : undefined;
    const level = new Level(this.query, prefix, parent, `${prefix}_0`, fields, [...parent.keys, own], source.kind !== 'joined', same);
    if (table) this.base.levelTables.set(level, table);
    memo.set(key, level);
    return level;
  }

  listLevel(field: string): Level | undefined {
    return this.base.lists.get(field);
  }

  inForce<S extends DefinitionSymbol>(symbol: S): S {
    return inForceOf(this.replacements, symbol);
  }

  get entry(): ModuleInfo {
    return this.rules.entry;
  }

  asOf(): Sql {
    return this.base.asOf;
  }

  periods(symbol: TableSymbol): TablePeriods {
    const memo = this.memo(symbol).periods;
    let periods = memo.get(symbol);
    if (!periods) memo.set(symbol, (periods = tablePeriods(this, symbol)));
    return periods;
  }

  table(symbol: TableSymbol): string {
    const memo = this.memo(symbol).tables;
    let name = memo.get(symbol);
    if (!name) {
      name = this.query.tableName();
      memo.set(symbol, name);
      writeTable(this, this.periods(symbol), name);
    }
    return name;
  }

  site(module: ModuleInfo, spans: readonly Ast.Span[], code: ErrorSite['code']): ErrorSite {
    return {
      code,
      locations: spans.map((span) => {
        const at = module.file.source.positionAt(span.start);
        return { file: module.file.path, line: at.line, column: at.column };
      }),
    };
  }

  value(given: DefinitionSymbol, where: string): Sql {
    const symbol = this.inForce(given);
    const memo = this.memo(given).values;
    let sql = memo.get(symbol);
    if (!sql) {
      const env: Env = { compiler: this, module: symbol.module as ModuleInfo, level: this.caseLevel, rows: new Map() };
      sql = this.caseLevel.bind(this.definition(env, symbol, where));
      memo.set(symbol, sql);
    }
    return sql;
  }

  length(given: DefinitionSymbol, where: string): Sql {
    const symbol = this.inForce(given);
    const lengths = this.memo(given).lengths;
    let sql = lengths.get(symbol);
    if (!sql) {
      if (symbol.kind !== 'rule' || symbol.params) throw new SqlRefusal(`the length of «${symbol.name}» (a ${symbol.kind} with parameters or not a rule) is not compiled to SQL yet`, where);
      const env: Env = { compiler: this, module: symbol.module as ModuleInfo, level: this.caseLevel, rows: new Map() };
      sql = this.caseLevel.bind(compileRule(env, symbol, compileLength));
      lengths.set(symbol, sql);
    }
    return sql;
  }

  call(symbol: RuleSymbol | DiscretionSymbol, level: Level, rows: ReadonlyMap<LkSymbol, Level>, values: ReadonlyMap<LkSymbol, Sql>, where: string): Sql {
    const key = (symbol.params ?? [])
      .map((param) => {
        const row = rows.get(param as LkSymbol);
        const value = values.get(param as LkSymbol);
        return row ? `row ${row.table}` : `value ${value?.v} ${value?.u}`;
      })
      .join('\u0000');
    const calls = this.memo(symbol).calls;
    let memo = calls.get(level);
    if (!memo) calls.set(level, (memo = new Map()));
    let byArgs = memo.get(symbol);
    if (!byArgs) memo.set(symbol, (byArgs = new Map()));
    let sql = byArgs.get(key);
    if (!sql) {
      const env: Env = { compiler: this, module: symbol.module as ModuleInfo, level, rows, values };
      sql = atom(env, this.definition(env, symbol, where));
      byArgs.set(key, sql);
    }
    return sql;
  }

  perElement(given: DefinitionSymbol, level: Level, where: string): Sql {
    // An element of a list input inside another level's rows: computed once per element, on the list's level.
    if (level.sameElementAs) return level.importElement(this.perElement(given, level.sameElementAs.level, where));
    const symbol = this.inForce(given);
    const elements = this.memo(given).elements;
    let memo = elements.get(level);
    if (!memo) elements.set(level, (memo = new Map()));
    let sql = memo.get(symbol);
    if (!sql) {
      const params = 'params' in symbol ? symbol.params : undefined;
      if (!params || params.length !== 1) throw new SqlRefusal(`«${symbol.name}» is not a rule of one parameter`, where);
      const env: Env = { compiler: this, module: symbol.module as ModuleInfo, level, rows: new Map<LkSymbol, Level>([[params[0] as LkSymbol, level]]) };
      sql = level.bind(level.import(this.definition(env, symbol, where)));
      memo.set(symbol, sql);
    }
    return sql;
  }

  private definition(env: Env, symbol: DefinitionSymbol, where: string): Sql {
    switch (symbol.kind) {
      case 'rule':
        return compileRule(env, symbol);
      case 'discretion':
        return compileDiscretion(env, symbol);
      default:
        throw new SqlRefusal(`«${symbol.name}» (${symbol.kind}) cannot be computed on its own`, where);
    }
  }

  compile(): SqlProgram {
    const d = this.dialect;
    const computed = this.outputs();
    const error = this.firstError(computed);
    const level = this.caseLevel;
    level.flush();
    const columns: string[] = ['p.sak_id'];
    const result: OutputColumn[] = [];
    for (const { name, type, sql } of computed) {
      const determined = sql.u === null ? `${error} IS NULL` : `${error} IS NULL AND ${sql.u} IS NULL`;
      // A list or record: its JSON text (json.ts), a list's elements in their brackets.
      const value = type.kind === 'list' ? `${d.text('[')} || ${sql.v} || ${d.text(']')}` : sql.v;
      columns.push(`CAST(CASE WHEN ${determined} THEN ${value} END AS ${outputSqlType(d, type)}) AS ${d.id(name)}`);
      const reasons = sql.u === null ? undefined : `${name}__ubestemt`;
      if (reasons) columns.push(`CAST(CASE WHEN ${error} IS NULL THEN ${sql.u} END AS ${d.types.text}) AS ${d.id(reasons)}`);
      result.push({ name, type, reasons });
    }
    columns.push(`substr(${error}, 1, 6) AS feil_kode`, `CAST(substr(${error}, 7, 5) AS INTEGER) AS feil_sted`, `substr(${error}, 12) AS feil_melding`);
    const { select, stages, sql } = this.query.perCase(level.current, columns);
    return { dialect: d.name, layout: this.layout, sql, stages, select, outputs: result, sites: this.query.sites };
  }

  /** The outputs (those named, or the entry's) compiled on the case level. */
  outputs(): Array<{ name: string; type: OutputType; sql: Sql }> {
    return this.outputSymbols().map(({ name, symbol, type }) => ({ name, type, sql: this.value(symbol, `utdata ${name}`) }));
  }

  /** The first error of the outputs, in their order, as a column of the case level. */
  firstError(outputs: ReadonlyArray<{ readonly sql: Sql }>): string {
    const needs = Math.max(0, ...outputs.map((c) => c.sql.needs));
    return this.caseLevel.column(firstError(...outputs.map((c) => c.sql.e)) ?? `CAST(NULL AS ${this.dialect.types.text})`, needs, 'e');
  }

  /** The outputs named, or the entry's. */
  private outputSymbols(): Array<{ name: string; symbol: DefinitionSymbol; type: OutputType }> {
    const names = this.options.outputs ?? this.rules.outputs.map((o) => o.name);
    return names.map((name) => {
      const output = this.rules.valueNamed(name);
      if (!output) throw new SqlRefusal(`no rule or skjønn «${name}» without parameters`, `utdata ${name}`);
      const symbol = this.symbolNamed(name);
      if (!isOutputType(output.type)) throw new SqlRefusal(`the output «${name}» is a value of type ${output.type.kind}, which is not compiled to SQL yet`, `utdata ${name}`);
      return { name, symbol, type: output.type };
    });
  }

  private symbolNamed(name: string): DefinitionSymbol {
    const seen = new Set<ModuleInfo>();
    const visit = (module: ModuleInfo): DefinitionSymbol | undefined => {
      if (seen.has(module)) return undefined;
      seen.add(module);
      const own = module.values.get(name);
      if (own && (own.kind === 'rule' || own.kind === 'discretion')) return own;
      for (const m of [...(module.variantOf ? [module.variantOf] : []), ...module.imports]) {
        const found = visit(m);
        if (found) return found;
      }
      return undefined;
    };
    const symbol = visit(this.rules.entry);
    if (!symbol) throw new SqlRefusal(`no rule or skjønn «${name}»`, `utdata ${name}`);
    return symbol;
  }
}

function isOutputType(type: Type): type is OutputType {
  return ['money', 'integer', 'boolean', 'text', 'date', 'month', 'enum', 'list', 'record'].includes(type.kind);
}

/** The result column's type: a list's or record's JSON text is a text. */
function outputSqlType(d: Dialect, type: OutputType): string {
  return type.kind === 'list' || type.kind === 'record' ? d.types.text : sqlType(d, type);
}

export { listTableName };

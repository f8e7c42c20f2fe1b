import type { Ast, CheckedProgram, DefinitionSymbol, DiscretionSymbol, LkSymbol, ModuleInfo, RuleSymbol, TableSymbol, Type } from '@lovkode/dsl';
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
  return new SqlCompiler(rules, dialects[options.dialect], options).compile();
}

class SqlCompiler implements Compiler {
  readonly program: CheckedProgram;
  readonly query: Query;
  readonly layout: Layout;
  readonly caseLevel: Level;
  private readonly lists = new Map<string, Level>();
  private readonly levelTables = new Map<Level, TableLayout>();
  private readonly within = new Map<Level, Map<string, Level>>();
  private readonly values = new Map<DefinitionSymbol, Sql>();
  private readonly lengths = new Map<DefinitionSymbol, Sql>();
  private readonly elements = new Map<Level, Map<DefinitionSymbol, Sql>>();
  private readonly calls = new Map<Level, Map<DefinitionSymbol, Map<string, Sql>>>();
  private readonly tables = new Map<TableSymbol, string>();
  private readonly periodsOf = new Map<TableSymbol, TablePeriods>();
  private readonly asOfSql: Sql;
  private readonly replacements = new Map<DefinitionSymbol, DefinitionSymbol>();

  constructor(
    private readonly rules: CompiledRules,
    readonly dialect: Dialect,
    private readonly options: SqlOptions,
  ) {
    this.program = rules.program;
    // A variant's replacements apply everywhere; a variant of a variant overrides its base's (as the evaluator's linker).
    const chain: ModuleInfo[] = [];
    for (let m: ModuleInfo | undefined = rules.entry; m; m = m.variantOf) chain.push(m);
    for (const m of chain.reverse()) for (const [original, replacement] of m.replacements) this.replacements.set(original, replacement);
    this.query = new Query(dialect);
    this.layout = layoutOf(rules.inputs);
    const d = dialect;
    const read = (table: TableLayout, from = '') => this.read(table, from);
    let asOf: string;
    if (options.asOf !== undefined) asOf = `DATE '${options.asOf.length === 7 ? `${options.asOf}-01` : options.asOf}'`;
    else if (rules.asOf) asOf = d.id(rules.asOf.name);
    else throw new SqlRefusal('the rules have no input marked «vurderingstidspunkt»; give the as-of day (--date)');
    const caseFields = this.layout.cases.columns.map((c) => c.name);
    this.caseLevel = new Level(this.query, 'sak', undefined, 'sak_0', caseFields);
    this.query.addStage('sak_0', ['sak_id', ...read(this.layout.cases), `${asOf} AS _lk0v`], `FROM ${this.layout.cases.name}`, ['sak_id']);
    this.asOfSql = { v: 'p._lk0v', u: null, e: null, level: this.caseLevel, needs: 0 };
    // A list level starts with the case's inputs and as-of day beside each element (`sak.<felt>`),
    // so that reading them there needs no join of its own.
    for (const list of this.layout.lists) {
      if (list.parent) continue;
      const name = list.name;
      this.query.addStage(`${name}_0`, ['l.sak_id', 'l.nr', ...read(list, 'l.'), ...this.caseLevel.carried('c')], `FROM ${name} l JOIN sak_0 c ON c.sak_id = l.sak_id`, ['sak_id', 'nr']);
      const level = new Level(this.query, name, this.caseLevel, `${name}_0`, list.columns.map((c) => c.name));
      this.lists.set(list.field as string, level);
      this.levelTables.set(level, list);
    }
  }

  /** A table's columns as the query reads them: a field left out (NULL) is its default. */
  private read(table: TableLayout, from: string): string[] {
    const d = this.dialect;
    return table.columns.map((c) => {
      const column = d.id(c.name);
      if (!c.defaultValue) return `${from}${column}`;
      const fallback = compileExpr(this.constantEnv(), c.defaultValue);
      if (fallback.level !== undefined || fallback.u !== null || fallback.e !== null) throw new SqlRefusal('a default that is not a literal is not compiled to SQL yet', `felt ${c.name}`);
      return `COALESCE(${from}${column}, ${fallback.v}) AS ${column}`;
    });
  }

  elementTable(level: Level): TableLayout | undefined {
    return this.levelTables.get(level);
  }

  listWithin(parent: Level, source: ListSource, where: string): Level {
    if (parent === this.caseLevel && source.kind === 'input') {
      const level = this.lists.get(source.field);
      if (!level) throw new SqlRefusal(`no list input «${source.field}»`, where);
      return level;
    }
    const key = source.kind === 'input' ? `input ${source.field}` : source.kind === 'nested' ? `nested ${source.row.table} ${source.field}` : `joined ${source.fields.join(' ')}`;
    let memo = this.within.get(parent);
    if (!memo) this.within.set(parent, (memo = new Map()));
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
        rows = `(SELECT sak_id, nr AS n, ${this.read(table, '').join(', ')} FROM ${table.name})`;
        fields = table.columns.map((c) => c.name);
        break;
      case 'nested': {
        const owner = this.levelTables.get(source.row);
        table = owner && this.layout.lists.find((t) => t.parent === owner && t.field === `${owner.field}.${source.field}`);
        if (!owner || !table || table.keys.length !== 3) throw new SqlRefusal(`the list «${source.field}» inside a list element inside another list element is not compiled to SQL yet`, where);
        rows = `(SELECT sak_id, nr AS m, nr_2 AS n, ${this.read(table, '').join(', ')} FROM ${table.name})`;
        on += ` AND l.m = pp.${source.row.ownKey}`;
        fields = table.columns.map((c) => c.name);
        break;
      }
      case 'joined': {
        const tables = source.fields.map(topLevel);
        const names = (t: TableLayout) => t.columns.map((c) => `${c.name}:${c.type.kind}`).join(',');
        if (tables.some((t) => names(t) !== names(tables[0] as TableLayout))) throw new SqlRefusal('joining lists whose elements are laid out differently is not compiled to SQL yet', where);
        // The second list's places follow the first's (for the order of reasons and errors); `plass` is refused on them.
        rows = `(${tables.map((t, i) => `SELECT sak_id, nr + ${i} * 1000000000 AS n, ${this.read(t, '').join(', ')} FROM ${t.name}`).join(' UNION ALL ')})`;
        fields = (tables[0] as TableLayout).columns.map((c) => c.name);
        break;
      }
    }
    const prefix = `niva${id}`;
    // The parent's keys, its element's fields and what it carries are carried beside each row.
    this.query.addStage(`${prefix}_0`, [...parent.keys.map((k) => `pp.${k}`), `l.n AS ${own}`, ...fields.map((f) => `l.${d.id(f)}`), ...parent.carried('pp')], `FROM ${parent.base} pp JOIN ${rows} l ON ${on}`, [...parent.keys, own]);
    const same = source.kind === 'input' ? { level: this.lists.get(source.field) as Level, key: own } : undefined;
    const level = new Level(this.query, prefix, parent, `${prefix}_0`, fields, [...parent.keys, own], source.kind !== 'joined', same);
    if (table) this.levelTables.set(level, table);
    memo.set(key, level);
    return level;
  }

  private constantEnv(): Env {
    return { compiler: this, module: this.rules.entry, level: this.caseLevel as Level, rows: new Map() };
  }

  listLevel(field: string): Level | undefined {
    return this.lists.get(field);
  }

  inForce<S extends DefinitionSymbol>(symbol: S): S {
    let effective: DefinitionSymbol = symbol;
    for (let next = this.replacements.get(effective); next && next !== effective; next = this.replacements.get(next)) effective = next;
    return effective as S;
  }

  get entry(): ModuleInfo {
    return this.rules.entry;
  }

  asOf(): Sql {
    return this.asOfSql;
  }

  periods(symbol: TableSymbol): TablePeriods {
    let periods = this.periodsOf.get(symbol);
    if (!periods) this.periodsOf.set(symbol, (periods = tablePeriods(this, symbol)));
    return periods;
  }

  table(symbol: TableSymbol): string {
    let name = this.tables.get(symbol);
    if (!name) {
      name = `tabell_${this.tables.size + 1}`;
      this.tables.set(symbol, name);
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
    let sql = this.values.get(symbol);
    if (!sql) {
      const env: Env = { compiler: this, module: symbol.module as ModuleInfo, level: this.caseLevel, rows: new Map() };
      sql = this.caseLevel.bind(this.definition(env, symbol, where));
      this.values.set(symbol, sql);
    }
    return sql;
  }

  length(given: DefinitionSymbol, where: string): Sql {
    const symbol = this.inForce(given);
    let sql = this.lengths.get(symbol);
    if (!sql) {
      if (symbol.kind !== 'rule' || symbol.params) throw new SqlRefusal(`the length of «${symbol.name}» (a ${symbol.kind} with parameters or not a rule) is not compiled to SQL yet`, where);
      const env: Env = { compiler: this, module: symbol.module as ModuleInfo, level: this.caseLevel, rows: new Map() };
      sql = this.caseLevel.bind(compileRule(env, symbol, compileLength));
      this.lengths.set(symbol, sql);
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
    let memo = this.calls.get(level);
    if (!memo) this.calls.set(level, (memo = new Map()));
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
    let memo = this.elements.get(level);
    if (!memo) this.elements.set(level, (memo = new Map()));
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
    const outputs = this.outputSymbols();
    const computed = outputs.map(({ name, symbol, type }) => ({ name, type, sql: this.value(symbol, `utdata ${name}`) }));
    const level = this.caseLevel;
    const needs = Math.max(0, ...computed.map((c) => c.sql.needs));
    const error = level.column(firstError(...computed.map((c) => c.sql.e)) ?? `CAST(NULL AS ${d.types.text})`, needs, 'e');
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
    const select = `SELECT ${columns.join(',\n  ')}\nFROM ${level.current} p\nORDER BY p.sak_id`;
    const stages = this.query.stages(select);
    const sql = `WITH\n${stages.map((s) => `${s.name} AS (\n  ${s.select}\n)`).join(',\n')}\n${select}`;
    return { dialect: d.name, layout: this.layout, sql, stages, select, outputs: result, sites: this.query.sites };
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

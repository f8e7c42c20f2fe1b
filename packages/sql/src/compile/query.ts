import type { Dialect } from '../dialect.js';

/**
 * The query under construction: a chain of common table expressions per level (docs/sql.md §2).
 *
 * A compiled expression (`Sql`) is three SQL expressions over one level's current row: the
 * value, the undetermined reasons (`null` when it can never be undetermined) and the error
 * (`null` when it can never fail). Columns a level has computed are read as `p.<name>` in the
 * next stage; an expression that reads a column of the stage being built waits for the next.
 */
export interface Sql {
  readonly v: string;
  readonly u: string | null;
  readonly e: string | null;
  /** The level whose row it reads; undefined for a constant. */
  readonly level: Level | undefined;
  /** The stage of `level` whose columns it reads last (-1 for none). */
  readonly needs: number;
}

export function constant(v: string): Sql {
  return { v, u: null, e: null, level: undefined, needs: -1 };
}

/**
 * One row per case (`sak`), one row per element of a list (`sak__barn`), or, inside a row of
 * a level (its parent), one row per element of a list (a list input, a list inside the
 * parent's element, two lists joined): the rows an aggregation inside a list element ranges
 * over. A level's rows are keyed by its parent's keys and one of its own.
 */
export class Level {
  private readonly stages: string[] = [];
  private cols: string[] = [];
  private joins: string[] = [];
  /** The stages joined into the stage being built, by alias (`c` a parent's, `e` an element's): their index in their level, and the place of the join among `joins`. */
  private readonly joined = new Map<string, { index: number; readonly at: number }>();
  /** The same for the stages written: by alias, [the joined stage's index in its level, the index of this level's stage that joins it]. */
  private readonly joinedBefore = new Map<string, Array<readonly [number, number]>>();
  /**
   * The grouped subqueries joined to the stage being built, by the level within this one whose
   * rows they group (`SELECT <keys>, <aggregates> FROM <stage> p GROUP BY <keys>`): their alias,
   * the index of that level's stage they read (written when this one is), and the aggregates.
   */
  private readonly groups = new Map<Level, { readonly alias: string; index: number; readonly aggregates: string[] }>();
  /**
   * The grouped subqueries of the stages written, by the level whose rows they group: the index
   * of the stage that joins them, the index of the source's stage they read, and the subquery
   * (its aggregates may still grow, as it is written out with the query).
   */
  private readonly groupedBefore = new Map<Level, Array<{ readonly at: number; readonly index: number; readonly group: GroupJoin }>>();
  /** Case-level columns already brought to this level, with the stage that brought them. */
  private readonly imported = new Map<string, number>();

  /** This level's values as its parent's row reads them (`p.<column>`) → the copies a child's first stage carries. */
  private readonly inherited: ReadonlyMap<string, string>;
  /**
   * The columns of the first stage that a child level's first stage carries: [as this level
   * names it, as the child names it]. The element's fields get the level's name in front
   * (`"sak.sivilstand"`, `"sak__voksne.fødselsdato"`), as they would collide with the child's
   * own; what the level carries from its parent keeps its name.
   */
  readonly carries: ReadonlyArray<readonly [string, string]>;

  constructor(
    readonly query: Query,
    /** The input table, and the prefix of this level's stages. */
    readonly table: string,
    /** The case level, for a list level. */
    readonly parent: Level | undefined,
    base: string,
    /** The element's fields (their names) in the first stage; the case's inputs for the case level. */
    fields: readonly string[],
    /** The key columns: the parent's, then this level's own (the element's place, `nr`, for a list input). */
    readonly keys: readonly string[] = parent ? [...parent.keys, 'nr'] : ['sak_id'],
    /** Whether the own key is the element's 1-based place in its list (what `plass` gives). */
    readonly places = true,
    /** The level of the list input whose element this level's row also stands for, and the key that holds the element's place. */
    readonly sameElementAs?: { readonly level: Level; readonly key: string },
  ) {
    this.stages.push(base);
    const d = query.dialect;
    const own = fields.map((f) => [d.id(f), d.id(`${table}.${f}`)] as const);
    // The as-of day (`_lk0v`) is in the case level's first stage, and carried down with its name.
    this.carries = [...own, ...(parent ? parent.carries.map(([, c]) => [c, c] as const) : [['_lk0v', '_lk0v'] as const])];
    this.inherited = new Map(parent ? [...parent.keys.map((k) => [`p.${k}`, `p.${k}`] as const), ...parent.carries.map(([a, b]) => [`p.${a}`, `p.${b}`] as const)] : []);
  }

  /** A child's first stage's columns carried from this level's first stage (read as `alias`). */
  carried(alias: string): string[] {
    return this.carries.map(([a, b]) => (a === b ? `${alias}.${a}` : `${alias}.${a} AS ${b}`));
  }

  /** The first stage: every row, with the keys (and the element's fields). */
  get base(): string {
    return this.stages[0] as string;
  }

  /** The column of this level's own key. */
  get ownKey(): string {
    return this.keys[this.keys.length - 1] as string;
  }

  /** Whether `other` is this level or one of its parents. */
  within(other: Level): boolean {
    for (let l: Level | undefined = this; l; l = l.parent) if (l === other) return true;
    return false;
  }

  /** Index of the stage being built: expressions placed in it read only earlier stages. */
  get pendingIndex(): number {
    return this.stages.length;
  }

  /**
   * The name of stage `index`, written first if it is the stage being built (if that stage has
   * nothing in it, the last one written, which has every column of the stages before it).
   */
  written(index: number): string {
    if (index >= this.pendingIndex) this.flush();
    return this.stages[Math.min(index, this.stages.length - 1)] as string;
  }

  /** The last stage written. */
  get current(): string {
    return this.stages[this.stages.length - 1] as string;
  }

  /** Writes the stage being built, if it has columns. */
  flush(): void {
    if (this.cols.length === 0 && this.joins.length === 0 && this.groups.size === 0) return;
    const name = `${this.table}_${this.stages.length}`;
    const grouped: GroupJoin[] = [];
    for (const [level, { alias, index, aggregates }] of this.groups) {
      const group = { alias, source: level.written(index), aggregates };
      grouped.push(group);
      let before = this.groupedBefore.get(level);
      if (!before) this.groupedBefore.set(level, (before = []));
      // The index of the stage read (the last one written, if the one asked for had nothing in it).
      before.push({ at: this.stages.length, index: Math.min(index, level.pendingIndex - 1), group });
    }
    this.groups.clear();
    this.query.addStep(name, this.current, this.cols, this.joins, this.keys, grouped);
    for (const [alias, { index }] of this.joined) {
      let list = this.joinedBefore.get(alias);
      if (!list) this.joinedBefore.set(alias, (list = []));
      list.push([index, this.stages.length]);
    }
    this.stages.push(name);
    this.cols = [];
    this.joins = [];
    this.joined.clear();
  }

  private ready(needs: number): void {
    if (needs >= this.pendingIndex) this.flush();
  }

  /** A new column of the stage being built, computed by `expr` (which reads stages up to `needs`). */
  column(expr: string, needs: number, suffix: string, id = this.query.nextId()): string {
    this.ready(needs);
    const name = `_lk${id}${suffix}`;
    this.cols.push(`${expr} AS ${name}`);
    return `p.${name}`;
  }

  /** Binds an expression's parts to columns, so that it is read by name, not computed again. */
  bind(sql: Sql): Sql {
    if (sql.level !== undefined && sql.level !== this) throw new Error('Lovkode internal error: binding an expression of another level');
    const simple = (x: string | null) => x === null || /^p\._lk\d+[vue]$/.test(x) || /^NULL$/.test(x);
    if (simple(sql.v) && simple(sql.u) && simple(sql.e)) return sql;
    const id = this.query.nextId();
    // An expression of the row (`p.…`) goes in the first stage after the last one it reads, if
    // that stage is written already: what reads it then need not wait for the stage being built.
    const at = Math.max(1, sql.needs + 1);
    if (at < this.pendingIndex) {
      const stage = this.stages[at] as string;
      const put = (x: string, suffix: string) => {
        this.query.addColumn(stage, `${x} AS _lk${id}${suffix}`);
        return `p._lk${id}${suffix}`;
      };
      return { v: put(sql.v, 'v'), u: sql.u === null ? null : put(sql.u, 'u'), e: sql.e === null ? null : put(sql.e, 'e'), level: this, needs: at };
    }
    this.ready(sql.needs);
    const v = this.column(sql.v, sql.needs, 'v', id);
    const u = sql.u === null ? null : this.column(sql.u, sql.needs, 'u', id);
    const e = sql.e === null ? null : this.column(sql.e, sql.needs, 'e', id);
    return { v, u, e, level: this, needs: this.pendingIndex };
  }

  /** An expression of a parent level (or its parent's, …) made readable on this level (joined in by the parent's keys). */
  import(outer: Sql): Sql {
    const parent = this.parent;
    if (outer.level === undefined || outer.level === this) return outer;
    if (!parent || !this.within(outer.level)) throw new Error('Lovkode internal error: an expression of a level that is not a parent of this one');
    const caseSql = outer.level === parent ? outer : parent.import(outer);
    // The parent's keys, its element's fields and what it carries are in this level's first stage already.
    const input = caseSql.u === null && caseSql.e === null ? this.inherited.get(caseSql.v) : undefined;
    if (input) return { v: input, u: null, e: null, level: this, needs: 0 };
    return this.bringIn(parent, caseSql, 'c', parent.keys.map((k) => `c.${k} = p.${k}`).join(' AND '));
  }

  /**
   * An expression computed for each element of a list input, made readable on a level whose
   * row stands for an element of that list (`sameElementAs`): joined in by the element's place.
   */
  importElement(sql: Sql): Sql {
    const same = this.sameElementAs;
    if (!same || sql.level !== same.level) throw new Error('Lovkode internal error: an element value of another list');
    return this.bringIn(same.level, sql, 'e', `e.sak_id = p.sak_id AND e.nr = p.${same.key}`);
  }

  /**
   * `sql` of `source` as columns of this level: bound there, and its columns copied from a stage
   * of `source` that holds them, joined (`alias`, `on`) to a stage this level has written
   * already if there is one (the column is added to it), else to the stage being built. The
   * stage joined is the first that holds them (or a later one the stage being built joins
   * already), not the source's last: a stage that two stages read is materialised with every
   * column it passes on, and an early stage passes on fewer (docs/sql.md §2).
   */
  private bringIn(source: Level, sql: Sql, alias: string, on: string): Sql {
    const bound = source.bind(sql);
    if (bound.needs >= source.pendingIndex) source.flush();
    const missing = [bound.v, bound.u, bound.e].filter((x): x is string => x !== null && x.startsWith('p._lk') && !this.imported.has(x.slice(2))).map((x) => x.slice(2));
    const earlier = (this.joinedBefore.get(alias) ?? []).find(([index]) => index >= bound.needs);
    if (missing.length > 0 && earlier) {
      for (const name of missing) {
        this.query.addColumn(this.stages[earlier[1]] as string, `${alias}.${name} AS ${name}`);
        this.imported.set(name, earlier[1]);
      }
    } else if (missing.length > 0) {
      // The first stage of `source` whose columns include these (a stage passes on what is read from it).
      const first = Math.max(0, bound.needs);
      const joined = this.joined.get(alias);
      if (joined === undefined) {
        this.joined.set(alias, { index: first, at: this.joins.push(`JOIN ${source.written(first)} ${alias} ON ${on}`) - 1 });
      } else if (joined.index < first) {
        // A later stage of `source` holds what the earlier one passes on: the join moves to it.
        this.joins[joined.at] = `JOIN ${source.written(first)} ${alias} ON ${on}`;
        joined.index = first;
      }
      for (const name of missing) {
        this.cols.push(`${alias}.${name} AS ${name}`);
        this.imported.set(name, this.pendingIndex);
      }
    }
    const needs = Math.max(0, ...[bound.v, bound.u, bound.e].map((x) => (x !== null && x.startsWith('p._lk') ? (this.imported.get(x.slice(2)) as number) : 0)));
    return { v: bound.v, u: bound.u, e: bound.e, level: this, needs };
  }

  /**
   * Aggregates over the rows of `source` (a level within this one, its stage `index` or a later
   * one) grouped by this level's keys, joined to the stage being built (`<expr> AS <name>`).
   * Aggregates over the same level share one grouped subquery, over the stage that has all their
   * rows' columns; the rare parts (reasons, errors) are aggregates of it too, each filtered to the
   * rows that have them, so that the stage is read once. Returns the alias to read them by (`g…`).
   */
  aggregate(source: Level, index: number, aggregates: readonly string[]): { readonly alias: string; readonly at: number | undefined } {
    // A subquery over the same rows that a stage written already joins, over a stage of them that
    // has the elements' columns, takes these aggregates too: they are then columns of that stage.
    const earlier = this.groupedBefore.get(source)?.find((g) => g.index >= index);
    if (earlier) {
      earlier.group.aggregates.push(...aggregates);
      return { alias: `g${earlier.group.alias}`, at: earlier.at };
    }
    let group = this.groups.get(source);
    if (!group) this.groups.set(source, (group = { alias: String(this.query.nextId()), index, aggregates: [] }));
    group.index = Math.max(group.index, index);
    group.aggregates.push(...aggregates);
    return { alias: `g${group.alias}`, at: undefined };
  }

  /** A new column (`<expr> AS _lk<id><suffix>`) of the written stage `at`, which `expr` reads (a subquery it joins). */
  columnAt(at: number, expr: string, suffix: string, id: number): string {
    this.query.addColumn(this.stages[at] as string, `${expr} AS _lk${id}${suffix}`);
    return `p._lk${id}${suffix}`;
  }

  /** Adds a join to the stage being built (after the columns it reads are written). */
  join(clause: string, needs: number): void {
    this.ready(needs);
    this.joins.push(clause);
  }
}

/** Where an error can arise: its code and places in the rules, reported with the message. */
export interface ErrorSite {
  readonly code: 'LK7001' | 'LK7002' | 'LK7003' | 'LK7004' | 'LK7010';
  readonly locations: ReadonlyArray<{ readonly file: string; readonly line: number; readonly column: number }>;
}

/** One common table expression of the query: its name and its `SELECT`. */
export interface Stage {
  readonly name: string;
  readonly select: string;
  /** The columns that key its rows (a level's keys); none for a constant table. */
  readonly keys: readonly string[];
}

/** The one query of `stages` and the final `select`: `WITH stage AS (…), … SELECT …`. */
function withStages(stages: readonly Stage[], select: string): string {
  return `WITH\n${stages.map((s) => `${s.name} AS (\n  ${s.select}\n)`).join(',\n')}\n${select}`;
}

/**
 * A stage as it is built: its keys and its columns (as the query writes their names). A level's
 * first stage (`base`) or a constant table is its whole `SELECT`; a step of a level
 * (`SELECT p.*, … FROM <from> p …`) extends the stage `from`, whose columns it passes on, with
 * its own columns (`<expr> AS <name>`, to which a column may still be added) over its joins.
 */
interface Draft {
  readonly name: string;
  readonly keys: readonly string[];
  /** Its own columns: for a step, those it adds to the stage it extends. */
  readonly columns: string[];
  readonly from: string | undefined;
  /** A constant table's `SELECT`. */
  readonly select?: string;
  /** A level's first stage: its selected columns and the rest of its `SELECT`. */
  readonly base?: { readonly selected: readonly string[]; readonly from: string };
  /** A step: its own columns' expressions (`<expr> AS <name>`), its joins, then its grouped subqueries joined by its keys. */
  readonly step?: { readonly cols: string[]; readonly joins: readonly string[]; readonly groups: readonly GroupJoin[] };
}

/**
 * Aggregates over the rows of a level within a stage's level, grouped by the stage's keys, over
 * `source` (a stage of those rows). Its aggregates may grow until the query is written.
 */
export interface GroupJoin {
  readonly alias: string;
  readonly source: string;
  readonly aggregates: string[];
}

/**
 * A grouped subquery's join (`g<alias>`). One subquery per source, not a second one over only the
 * rows with reasons or errors: two would read the source stage twice, and an engine then
 * materialises it (docs/sql.md §7).
 */
function groupJoin(keys: readonly string[], { alias, source, aggregates }: GroupJoin): string {
  const groupBy = keys.map((k) => `p.${k}`).join(', ');
  const on = keys.map((k) => `g${alias}.${k} = p.${k}`).join(' AND ');
  return `LEFT JOIN (SELECT ${groupBy}, ${aggregates.join(', ')} FROM ${source} p GROUP BY ${groupBy}) g${alias} ON ${on}`;
}

/** The name of a selected column: `<expr> AS <name>`, `<alias>.<name>` or `<name>`. */
const columnName = (selected: string): string => (selected.includes(' AS ') ? selected.slice(selected.lastIndexOf(' AS ') + 4) : selected.slice(selected.indexOf('.') + 1));

/**
 * The identifiers a piece of SQL names (quoted ones with their quotes, as columns are written),
 * passing over its text literals (`'…'`, in Spark with backslash escapes), which may hold quotes.
 */
const identifiers = (sql: string, dialect: Dialect): string[] => {
  const literal = dialect.name === 'spark' ? String.raw`'(?:[^'\\]|\\.)*'` : "'(?:[^']|'')*'";
  const tokens = sql.match(new RegExp(`${literal}|"(?:[^"]|"")*"|\`[^\`]*\`|[\\p{L}_][\\p{L}\\p{N}_]*`, 'gu')) ?? [];
  return tokens.filter((token) => !token.startsWith("'"));
};

export class Query {
  private readonly ctes: Draft[] = [];
  private readonly tables: Draft[] = [];
  private readonly byName = new Map<string, Draft>();
  private counter = 0;
  readonly sites: ErrorSite[] = [];

  constructor(readonly dialect: Dialect) {}

  nextId(): number {
    return ++this.counter;
  }

  /**
   * A level's first stage: its rows (`from`: `FROM … JOIN …`), with the keys and the columns it
   * selects (`<expr> AS <name>`, or `<alias>.<name>`), of which it keeps the keys and those read later.
   */
  addStage(name: string, selected: readonly string[], from: string, keys: readonly string[]): void {
    this.push(this.ctes, { name, keys, columns: selected.map(columnName), from: undefined, base: { selected, from } });
  }

  /** A level's next stage: the previous one's columns (`p.*`), and `cols` (`<expr> AS <name>`) computed over it and `joins`. */
  addStep(name: string, from: string, cols: readonly string[], joins: readonly string[], keys: readonly string[], groups: readonly GroupJoin[] = []): void {
    this.push(this.ctes, { name, keys, columns: cols.map(columnName), from, step: { cols: [...cols], joins: [...joins], groups } });
  }

  /**
   * One more column (`<expr> AS <name>`) of a step already written: an expression of the row it
   * extends, or a column of a stage it joins (`<alias>.<name> AS <name>`).
   */
  addColumn(stage: string, col: string): void {
    const draft = this.byName.get(stage);
    if (!draft?.step) throw new Error(`Lovkode internal error: ${stage} is not a step`);
    draft.step.cols.push(col);
    draft.columns.push(columnName(col));
  }

  private push(list: Draft[], draft: Draft): void {
    list.push(draft);
    this.byName.set(draft.name, draft);
  }

  /**
   * An error as one text: the code (6 characters), the site (5 digits), then the message
   * (a SQL text expression). Code and message are read back with `substr` (docs/sql.md §4).
   */
  error(site: ErrorSite, message: string): string {
    const index = this.sites.push(site) - 1;
    return `${this.dialect.text(`${site.code}${String(index).padStart(5, '0')}`)} || ${message}`;
  }

  /** The name of the next constant table: `tabell_<n>`. */
  tableName(): string {
    return `tabell_${this.tables.length + 1}`;
  }

  /** A constant table (a rate table's rows), written before the stages. */
  addTable(name: string, select: string): void {
    this.push(this.tables, { name, select, keys: [], columns: [], from: undefined });
  }

  /**
   * The constant tables, then the stages, in the order they read each other, for the query's
   * final `select`. A step passes on only the columns of the stage it extends that a later
   * stage (or `select`) reads, and its keys: a stage the engine materialises (one read twice)
   * holds what is still needed, not every column computed before it.
   */
  /**
   * The query of one row per case, read from the case level's stage `from` with `columns` (`p.`
   * is that stage), ordered by `sak_id`: its final select, its stages, and its whole text.
   */
  perCase(from: string, columns: readonly string[]): { readonly select: string; readonly stages: Stage[]; readonly sql: string } {
    const select = `SELECT ${columns.join(',\n  ')}\nFROM ${from} p\nORDER BY p.sak_id`;
    const stages = this.stages(select);
    return { select, stages, sql: withStages(stages, select) };
  }

  private stages(select: string): Stage[] {
    const drafts = [...this.tables, ...this.ctes];
    // Every column a stage has: a step's are those of the stage it extends and its own.
    const all = new Map<string, readonly string[]>();
    for (const d of drafts) all.set(d.name, d.from === undefined ? d.columns : [...(all.get(d.from) ?? []), ...d.columns]);
    const needed = new Map<string, Set<string>>(drafts.map((d) => [d.name, new Set(d.keys)]));
    const read = (text: string, passed: ReadonlyMap<string, readonly string[]> = new Map()) => {
      const names = identifiers(text, this.dialect);
      for (const name of new Set(names)) {
        const columns = all.get(name);
        if (!columns) continue;
        const set = needed.get(name) as Set<string>;
        for (const n of names) if (columns.includes(n)) set.add(n);
        for (const n of passed.get(name) ?? []) set.add(n);
      }
    };
    read(select);
    const written = new Map<string, string>();
    for (const draft of [...drafts].reverse()) {
      const own = needed.get(draft.name) as Set<string>;
      if (draft.step && draft.from !== undefined) {
        const passed = (all.get(draft.from) ?? []).filter((c) => own.has(c) && !draft.columns.includes(c));
        const joins = [...draft.step.joins, ...draft.step.groups.map((g) => groupJoin(draft.keys, g))];
        const rest = `FROM ${draft.from} p${joins.map((j) => ` ${j}`).join('')}`;
        // What it passes on is read from the stage it extends by name, not from the other stages it joins.
        read(`SELECT ${draft.step.cols.join(', ')} ${rest}`, new Map([[draft.from, passed]]));
        written.set(draft.name, `SELECT ${[...passed.map((c) => `p.${c}`), ...draft.step.cols].join(', ')} ${rest}`);
        continue;
      }
      const base = draft.base;
      const text = base ? `SELECT ${base.selected.filter((c) => own.has(columnName(c))).join(', ')} ${base.from}` : (draft.select as string);
      written.set(draft.name, text);
      read(text);
    }
    return drafts.map((d) => ({ name: d.name, select: written.get(d.name) as string, keys: d.keys }));
  }
}

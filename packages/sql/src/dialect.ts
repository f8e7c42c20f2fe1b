/**
 * The SQL dialects the generator writes (docs/sql.md §5). One generator; only what differs
 * between engines is here.
 */
export type DialectName = 'duckdb' | 'postgres' | 'spark';

export const dialectNames: readonly DialectName[] = ['duckdb', 'postgres', 'spark'];

export interface Dialect {
  readonly name: DialectName;
  /** A quoted identifier. */
  id(name: string): string;
  readonly types: { readonly money: string; readonly integer: string; readonly boolean: string; readonly text: string; readonly date: string };
  /** An exact whole number wider than BIGINT, for amounts in øre multiplied out (docs/sql.md §2, division). */
  readonly wholeNumber: string;
  /** The quotient of two whole numbers (of `wholeNumber`) that divide exactly. */
  exactQuotient(a: string, b: string): string;
  /** A date moved by a whole number of months (the day clamped to the month's last day). */
  addMonths(date: string, months: number): string;
  /** A date moved by a whole number of days. */
  addDays(date: string, days: number): string;
  /** The first day of a date's month, as a date. */
  monthOf(date: string): string;
  /** The last day of a date's month. */
  lastDay(date: string): string;
  year(date: string): string;
  month(date: string): string;
  day(date: string): string;
  /** `YYYY-MM-DD`. */
  dateText(date: string): string;
  /** `YYYY-MM`. */
  monthText(date: string): string;
  /** The integer as text. */
  integerText(value: string): string;
  /** Aggregate: the `value` of the row with the smallest `position` among those where it is not NULL. */
  firstBy(value: string, position: string): string;
  /**
   * Two reason lists (texts joined by U+001E, each without duplicates) merged as
   * `Undetermined.merge`: the first's, then those of the second it does not hold.
   */
  mergeReasons(a: string, b: string): string;
  /**
   * Aggregate: the reasons of every row (each a list joined by U+001E), in `position` order,
   * without duplicates (the first kept): what folding `Undetermined.merge` over them gives.
   */
  mergeReasonsAgg(reasons: string, position: string): string;
  /** A literal text. */
  text(value: string): string;
  /** A table of literal rows, as a `FROM` item named `alias` with `columns`. */
  values(rows: readonly string[], alias: string, columns: readonly string[]): string;
  /**
   * Aggregate: the texts of the rows where `value` is not NULL, in `position` order, joined by
   * commas (the elements of a JSON array, docs/sql.md §1); NULL when there are none.
   */
  jsonElements(value: string, position: string): string;
  /** A text to sort by its code points (the evaluator's order of texts). */
  binaryOrder(text: string): string;
}

function standardValues(rows: readonly string[], alias: string, columns: readonly string[]): string {
  return `(VALUES ${rows.join(',\n    ')}) AS ${alias}(${columns.join(', ')})`;
}

const separator = '\u001e';

function standardText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const duckdb: Dialect = {
  name: 'duckdb',
  id: (name) => `"${name.replace(/"/g, '""')}"`,
  types: { money: 'DECIMAL(18,2)', integer: 'BIGINT', boolean: 'BOOLEAN', text: 'VARCHAR', date: 'DATE' },
  wholeNumber: 'HUGEINT',
  exactQuotient: (a, b) => `((${a}) // (${b}))`,
  addMonths: (date, months) => `CAST(${date} + INTERVAL (${months}) MONTH AS DATE)`,
  addDays: (date, days) => `CAST(${date} + INTERVAL (${days}) DAY AS DATE)`,
  monthOf: (date) => `CAST(date_trunc('month', ${date}) AS DATE)`,
  lastDay: (date) => `last_day(${date})`,
  year: (date) => `CAST(year(${date}) AS BIGINT)`,
  month: (date) => `CAST(month(${date}) AS BIGINT)`,
  day: (date) => `CAST(day(${date}) AS BIGINT)`,
  dateText: (date) => `strftime(${date}, '%Y-%m-%d')`,
  monthText: (date) => `strftime(${date}, '%Y-%m')`,
  integerText: (value) => `CAST(${value} AS VARCHAR)`,
  firstBy: (value, position) => `arg_min(${value}, ${position}) FILTER (WHERE ${value} IS NOT NULL)`,
  mergeReasons: (a, b) =>
    `array_to_string(list_concat(string_split(${a}, chr(30)), list_filter(string_split(${b}, chr(30)), lambda r: NOT list_contains(string_split(${a}, chr(30)), r))), chr(30))`,
  // As `jsonElements`: a plain list of (position, reasons) pairs sorted per group, not an ordered aggregate.
  mergeReasonsAgg: (reasons, position) => {
    const inOrder = `flatten(list_transform(list_sort(list(struct_pack(o := ${position}, r := string_split(${reasons}, chr(30)))) FILTER (WHERE ${reasons} IS NOT NULL)), x -> x.r))`;
    return `array_to_string(list_filter(${inOrder}, lambda r, i: list_position(${inOrder}, r) = i), chr(30))`;
  },
  text: standardText,
  values: standardValues,
  // A plain list of (position, text) pairs, sorted per group: an ordered aggregate (`string_agg(… ORDER BY …)`) costs a sort of every group's rows.
  jsonElements: (value, position) =>
    `array_to_string(list_transform(list_sort(list(struct_pack(o := ${position}, j := ${value})) FILTER (WHERE ${value} IS NOT NULL)), x -> x.j), ',')`,
  // DuckDB's default collation is binary: UTF-8 bytes sort as code points.
  binaryOrder: (text) => text,
};

const postgres: Dialect = {
  name: 'postgres',
  id: (name) => `"${name.replace(/"/g, '""')}"`,
  types: { money: 'NUMERIC(18,2)', integer: 'BIGINT', boolean: 'BOOLEAN', text: 'TEXT', date: 'DATE' },
  wholeNumber: 'NUMERIC(38,0)',
  exactQuotient: (a, b) => `div(${a}, ${b})`,
  addMonths: (date, months) => `CAST(${date} + make_interval(months => ${months}) AS DATE)`,
  addDays: (date, days) => `(${date} + ${days})`,
  monthOf: (date) => `CAST(date_trunc('month', ${date}) AS DATE)`,
  lastDay: (date) => `CAST(date_trunc('month', ${date}) + INTERVAL '1 month' - INTERVAL '1 day' AS DATE)`,
  year: (date) => `CAST(EXTRACT(YEAR FROM ${date}) AS BIGINT)`,
  month: (date) => `CAST(EXTRACT(MONTH FROM ${date}) AS BIGINT)`,
  day: (date) => `CAST(EXTRACT(DAY FROM ${date}) AS BIGINT)`,
  dateText: (date) => `to_char(${date}, 'YYYY-MM-DD')`,
  monthText: (date) => `to_char(${date}, 'YYYY-MM')`,
  integerText: (value) => `CAST(${value} AS TEXT)`,
  firstBy: (value, position) => `(array_agg(${value} ORDER BY ${position}) FILTER (WHERE ${value} IS NOT NULL))[1]`,
  mergeReasons: (a, b) =>
    `array_to_string(string_to_array(${a}, chr(30)) || ARRAY(SELECT r FROM unnest(string_to_array(${b}, chr(30))) WITH ORDINALITY AS x(r, i) WHERE NOT r = ANY(string_to_array(${a}, chr(30))) ORDER BY i), chr(30))`,
  mergeReasonsAgg: (reasons, position) =>
    `(SELECT string_agg(r, chr(30) ORDER BY o) FROM (SELECT r, min(o) AS o FROM unnest(string_to_array(string_agg(${reasons}, chr(30) ORDER BY ${position}), chr(30))) WITH ORDINALITY AS x(r, o) GROUP BY r) y)`,
  text: standardText,
  values: standardValues,
  jsonElements: (value, position) => `string_agg(${value}, ',' ORDER BY ${position})`,
  binaryOrder: (text) => `(${text}) COLLATE "C"`,
};

const spark: Dialect = {
  name: 'spark',
  id: (name) => `\`${name.replace(/`/g, '``')}\``,
  types: { money: 'DECIMAL(18,2)', integer: 'BIGINT', boolean: 'BOOLEAN', text: 'STRING', date: 'DATE' },
  wholeNumber: 'DECIMAL(38,0)',
  exactQuotient: (a, b) => `((${a}) div (${b}))`,
  addMonths: (date, months) => `add_months(${date}, ${months})`,
  addDays: (date, days) => `date_add(${date}, ${days})`,
  monthOf: (date) => `trunc(${date}, 'MM')`,
  lastDay: (date) => `last_day(${date})`,
  year: (date) => `CAST(year(${date}) AS BIGINT)`,
  month: (date) => `CAST(month(${date}) AS BIGINT)`,
  day: (date) => `CAST(day(${date}) AS BIGINT)`,
  dateText: (date) => `date_format(${date}, 'yyyy-MM-dd')`,
  monthText: (date) => `date_format(${date}, 'yyyy-MM')`,
  integerText: (value) => `CAST(${value} AS STRING)`,
  firstBy: (value, position) => `min_by(${value}, CASE WHEN ${value} IS NOT NULL THEN ${position} END)`,
  mergeReasons: (a, b) => `array_join(array_union(split(${a}, chr(30)), split(${b}, chr(30))), chr(30))`,
  mergeReasonsAgg: (reasons, position) =>
    `nullif(array_join(array_distinct(flatten(transform(array_sort(collect_list(CASE WHEN ${reasons} IS NOT NULL THEN struct(${position} AS o, ${reasons} AS r) END)), x -> split(x.r, chr(30))))), chr(30)), '')`,
  text: (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  values: (rows, alias, columns) => `VALUES ${rows.join(',\n    ')} AS ${alias}(${columns.join(', ')})`,
  jsonElements: (value, position) =>
    `nullif(array_join(transform(array_sort(collect_list(CASE WHEN ${value} IS NOT NULL THEN named_struct('o', ${position}, 'j', ${value}) END)), x -> x.j), ','), '')`,
  // Spark compares strings by their UTF-8 bytes, which sort as code points.
  binaryOrder: (text) => text,
};

export const dialects: Readonly<Record<DialectName, Dialect>> = { duckdb, postgres, spark };

/** The character that separates undetermined reasons in one text. */
export const reasonSeparator = separator;

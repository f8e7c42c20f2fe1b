/**
 * The typed syntax tree of a rule file. Every node carries its source span (character
 * offsets into the file's text, end exclusive); line and column are derived on demand
 * through `SourceText`.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

interface NodeBase {
  readonly span: Span;
}

/** An identifier as written, with its own span. */
export interface Name extends NodeBase {
  readonly kind: 'Name';
  readonly text: string;
}

/** A dotted name such as a module name `sosialhjelp.livsopphold`. */
export interface QualifiedName extends NodeBase {
  readonly kind: 'QualifiedName';
  readonly parts: readonly Name[];
  readonly text: string;
}

export interface Comment extends NodeBase {
  readonly kind: 'Comment';
  /** Text after `#` (or `##` for doc comments). */
  readonly text: string;
  readonly doc: boolean;
}

export interface RuleFile extends NodeBase {
  readonly kind: 'RuleFile';
  readonly path: string;
  readonly module: ModuleDecl | undefined;
  readonly uses: readonly UseDecl[];
  readonly declarations: readonly Declaration[];
  readonly comments: readonly Comment[];
}

export interface ModuleDecl extends NodeBase {
  readonly kind: 'Module';
  readonly name: QualifiedName;
  readonly variantOf: QualifiedName | undefined;
  /** `(standard)` after the header: the scheme a rule set is evaluated through when none is named. */
  readonly marks: readonly Name[];
}

export interface UseDecl extends NodeBase {
  readonly kind: 'Use';
  readonly module: QualifiedName;
}

/** Fields every named top-level declaration shares. */
interface DeclarationBase extends NodeBase {
  /** Text of the `##` doc comment lines directly above, joined by new lines. */
  readonly doc: string | undefined;
}

export type Declaration =
  | SourceDecl
  | AssumptionDecl
  | EnumDecl
  | EnumExtensionDecl
  | RecordDecl
  | InputDecl
  | OutputDecl
  | TableDecl
  | RuleDecl
  | DiscretionDecl
  | TestDecl
  | BrokenDecl;

export interface SourceDecl extends DeclarationBase {
  readonly kind: 'Source';
  readonly name: Name;
  readonly title: TextLiteral;
  readonly url: Link | undefined;
  /** `kontrollert <dato> <lenke>`: when and against what the stored wording was checked. */
  readonly checked: SourceCheck | undefined;
  /** The stored text of the provision, one line per punktum (docs/law-text.md). */
  readonly sentences: readonly SentenceDecl[];
}

export interface Link {
  readonly href: string;
  readonly span: Span;
}

export interface SourceCheck extends NodeBase {
  readonly kind: 'SourceCheck';
  readonly date: DateLiteral;
  readonly url: Link;
}

/** `ledd 3 punktum 1 "…" (kilde x, gjelder fra …)`, or `… ukjent "…"` when the wording was not found. */
export interface SentenceDecl extends NodeBase {
  readonly kind: 'Sentence';
  readonly ledd: Locator;
  readonly punktum: Locator;
  /** The text is a summary of content whose wording was not found (`ukjent`). */
  readonly unknown: boolean;
  readonly text: TextLiteral;
  /** `(kilde x)`: where this wording was found instead; `gjelder fra … til …`: when it applies. */
  readonly annotation: Annotation | undefined;
}

/** The number after `ledd` or `punktum`, as written. */
export interface Locator extends NodeBase {
  readonly kind: 'Locator';
  /** The literal as written (`3`); a whole number from 1 is a valid place. */
  readonly text: string;
  /** The number it is (`Number(text)`); the checker says whether it is a valid place. */
  readonly value: number;
}

export interface AssumptionDecl extends DeclarationBase {
  readonly kind: 'Assumption';
  readonly name: Name;
  readonly text: TextLiteral;
  readonly annotation: Annotation | undefined;
}

export interface EnumDecl extends DeclarationBase {
  readonly kind: 'Enum';
  readonly name: Name;
  readonly members: readonly Name[];
  /** The `##` doc comment directly above each member (its label for readers), by member name. */
  readonly memberDocs?: Readonly<Record<string, string>>;
}

/**
 * `utvid valg Utgiftsart { bussbillett }` in a variant: members added to an enumeration its
 * base sees, for evaluations through the variant only.
 */
export interface EnumExtensionDecl extends DeclarationBase {
  readonly kind: 'EnumExtension';
  /** The enumeration extended, as written. */
  readonly name: Name;
  readonly members: readonly Name[];
  /** The `##` doc comment directly above each added member (its label), by member name. */
  readonly memberDocs?: Readonly<Record<string, string>>;
  /** `(kilde …)`: the decision the members come from (no validity: a member exists or not). */
  readonly annotation: Annotation | undefined;
}

export interface FieldDecl extends NodeBase {
  readonly kind: 'Field';
  readonly name: Name;
  /** In a `type` (record): the `##` doc comment directly above the field, its label for readers. */
  readonly doc?: string;
  readonly type: TypeRef;
  readonly options: readonly Name[];
  readonly defaultValue: Expr | undefined;
}

export interface RecordDecl extends DeclarationBase {
  readonly kind: 'Record';
  readonly name: Name;
  readonly fields: readonly FieldDecl[];
}

export interface InputDecl extends DeclarationBase {
  readonly kind: 'Input';
  readonly name: Name | undefined;
  readonly fields: readonly FieldDecl[];
}

export interface OutputDecl extends DeclarationBase {
  readonly kind: 'Output';
  readonly names: readonly Name[];
}

export type TypeRef = NamedTypeRef | ListTypeRef;
export interface NamedTypeRef extends NodeBase {
  readonly kind: 'NamedType';
  readonly name: QualifiedName;
}
export interface ListTypeRef extends NodeBase {
  readonly kind: 'ListType';
  readonly element: TypeRef;
}

export interface Param extends NodeBase {
  readonly kind: 'Param';
  readonly name: Name;
  readonly type: TypeRef;
}

/** `(kilde a, b, gjelder fra D til D)` */
export interface Annotation extends NodeBase {
  readonly kind: 'Annotation';
  readonly sources: readonly CitedSource[];
  readonly validity: Validity | undefined;
}

/** A source named in a citation, perhaps pinned to a ledd and punktum (`stl18 ledd 3 punktum 1`). */
export interface CitedSource extends NodeBase {
  readonly kind: 'CitedSource';
  readonly name: Name;
  readonly ledd: Locator | undefined;
  readonly punktum: Locator | undefined;
}

export interface Validity extends NodeBase {
  readonly kind: 'Validity';
  readonly from: DateLiteral;
  readonly to: DateLiteral | undefined;
}

export interface Explanation extends NodeBase {
  readonly kind: 'Explanation';
  readonly template: TextLiteral;
  /** The template's `{uttrykk}` placeholders, in order (the text around them is `template`'s). */
  readonly placeholders: readonly Placeholder[];
}

/**
 * `{uttrykk}` in a `forklaring`: an expression of the language, printed in the justification.
 * `expr` is undefined when the text between the braces is not an expression (LK4011).
 */
export interface Placeholder extends NodeBase {
  readonly kind: 'Placeholder';
  readonly expr: Expr | undefined;
}

/** `= expr` (condition undefined) or `når condition så expr`. */
export interface Definition extends NodeBase {
  readonly kind: 'Definition';
  readonly condition: Expr | undefined;
  readonly value: Expr;
}

export interface ExceptionDecl extends NodeBase {
  readonly kind: 'Exception';
  readonly label: Name;
  /** The exception this one is an exception to; undefined for the base definitions. */
  readonly parent: Name | undefined;
  readonly annotation: Annotation | undefined;
  readonly definition: Definition;
}

/** Set on a declaration written as `erstatt …` in a variant module. */
export interface Replacement {
  readonly span: Span;
}

export interface RuleDecl extends DeclarationBase {
  readonly kind: 'Rule';
  readonly replaces: Replacement | undefined;
  readonly name: Name;
  /** undefined: a value rule (`regel x: T`); an array: a function-like rule. */
  readonly params: readonly Param[] | undefined;
  readonly type: TypeRef;
  readonly annotation: Annotation | undefined;
  readonly definitions: readonly Definition[];
  readonly exceptions: readonly ExceptionDecl[];
  readonly explanation: Explanation | undefined;
}

export interface DiscretionDecl extends DeclarationBase {
  readonly kind: 'Discretion';
  readonly replaces: Replacement | undefined;
  readonly name: Name;
  /** undefined: one value for the case; an array: one assessment per argument (per child, per adult). */
  readonly params: readonly Param[] | undefined;
  readonly type: TypeRef;
  readonly annotation: Annotation | undefined;
  readonly guideline: Expr;
  readonly explanation: Explanation | undefined;
}

export interface TableDecl extends DeclarationBase {
  readonly kind: 'Table';
  readonly replaces: Replacement | undefined;
  readonly name: Name;
  readonly params: readonly Param[];
  readonly type: TypeRef;
  readonly annotation: Annotation | undefined;
  /** All rows, the header first. */
  readonly rows: readonly TableRow[];
}

export interface TableRow extends NodeBase {
  readonly kind: 'TableRow';
  readonly cells: readonly TableCell[];
}

export type TableCellContent =
  | { readonly kind: 'Empty' }
  | { readonly kind: 'Unknown'; readonly message: TextLiteral | undefined }
  | { readonly kind: 'HeaderKeyword'; readonly keyword: 'fra' | 'til' | 'kilde' }
  | { readonly kind: 'Value'; readonly value: Expr }
  /** Several values separated by commas: only the `kilde` column may cite several sources. */
  | { readonly kind: 'Values'; readonly values: readonly Expr[] }
  /** Sources, one of them or more pinned to a ledd and punktum (`nav_satser ledd 3 punktum 1, sb2020`): only in the `kilde` column. */
  | { readonly kind: 'Citations'; readonly sources: readonly CitedSource[] };

export interface TableCell extends NodeBase {
  readonly kind: 'TableCell';
  readonly content: TableCellContent;
}

export interface TestDecl extends DeclarationBase {
  readonly kind: 'Test';
  readonly name: TextLiteral;
  readonly asOf: DateLiteral | MonthLiteral | undefined;
  /** `(kilde …)`: the provisions the test checks. */
  readonly annotation: Annotation | undefined;
  readonly givens: readonly Assignment[];
  readonly overrides: readonly OverrideDecl[];
  readonly expectations: readonly Expectation[];
}

export interface Assignment extends NodeBase {
  readonly kind: 'Assignment';
  readonly name: Name;
  readonly value: Expr;
}

export interface OverrideDecl extends NodeBase {
  readonly kind: 'Override';
  readonly name: Name;
  /** What a `skjønn` with parameters is overridden for (`overstyr barnets_behov(b1) = …`). */
  readonly args: readonly Expr[] | undefined;
  readonly value: Expr;
  readonly reason: TextLiteral | undefined;
}

export type Expectation = ExpectValue | ExpectError;
/** `forvent navn = verdi`, or `forvent navn(argumenter) = verdi` for a rule with parameters or a table. */
export interface ExpectValue extends NodeBase {
  readonly kind: 'ExpectValue';
  readonly name: Name;
  /** The arguments of a rule with parameters or the keys of a table lookup; undefined for a value. */
  readonly args: readonly Expr[] | undefined;
  readonly value: Expr;
}
export interface ExpectError extends NodeBase {
  readonly kind: 'ExpectError';
  readonly message: TextLiteral | undefined;
}

/**
 * A declaration that failed to parse. Its keyword and (when it could be read) its name are
 * kept so that uses of the name elsewhere do not cascade into further errors.
 */
export interface BrokenDecl extends DeclarationBase {
  readonly kind: 'Broken';
  readonly keyword: string;
  readonly name: Name | undefined;
}

// ─── Expressions ──────────────────────────────────────────────────────────────

export type Expr =
  | NumberLiteral
  | MoneyLiteral
  | DurationLiteral
  | DateLiteral
  | MonthLiteral
  | BooleanLiteral
  | TextLiteral
  | UndeterminedExpr
  | Reference
  | MemberAccess
  | Call
  | LookupAt
  | PercentExpr
  | UnaryExpr
  | BinaryExpr
  | IfExpr
  | ListLiteral
  | RecordLiteral;

/**
 * `veiledende_sats(k) per første_dag(beregningsmåned)`: a table lookup that reads the row in
 * force on `date` (a `dato`, or a `måned`: its first day) instead of on the as-of date.
 */
export interface LookupAt extends NodeBase {
  readonly kind: 'At';
  readonly lookup: Expr;
  readonly date: Expr;
}

export interface NumberLiteral extends NodeBase {
  readonly kind: 'Number';
  /** Canonical decimal text: no grouping, `.` as decimal point, e.g. `12600`, `0.5`. */
  readonly value: string;
  readonly integer: boolean;
}

export interface MoneyLiteral extends NodeBase {
  readonly kind: 'Money';
  /** Canonical decimal text in kroner, e.g. `16550`, `0.5`. */
  readonly value: string;
}

/** The calendar units of a duration: `dag`/`dager`, `måned`/`måneder`, `år`. */
export type DurationUnit = 'dag' | 'måned' | 'år';

/**
 * `14 dager`, `1 måned`, `6 år`: a whole number of calendar units, which only a date or a
 * month can be moved by (`d - 6 år`, `m + 1 måned`).
 */
export interface DurationLiteral extends NodeBase {
  readonly kind: 'Duration';
  readonly amount: number;
  readonly unit: DurationUnit;
  /** The unit as written (`dager`, `måneder` …), for the formatter. */
  readonly written: string;
}

export interface DateLiteral extends NodeBase {
  readonly kind: 'Date';
  /** ISO `YYYY-MM-DD`. */
  readonly value: string;
}

export interface MonthLiteral extends NodeBase {
  readonly kind: 'Month';
  /** ISO `YYYY-MM`. */
  readonly value: string;
}

export interface BooleanLiteral extends NodeBase {
  readonly kind: 'Boolean';
  readonly value: boolean;
}

export interface TextLiteral extends NodeBase {
  readonly kind: 'Text';
  /** The text with escapes resolved and adjacent pieces joined. */
  readonly value: string;
}

export interface UndeterminedExpr extends NodeBase {
  readonly kind: 'Undetermined';
  readonly reason: TextLiteral | undefined;
}

export interface Reference extends NodeBase {
  readonly kind: 'Reference';
  readonly name: Name;
}

export interface MemberAccess extends NodeBase {
  readonly kind: 'MemberAccess';
  readonly object: Expr;
  readonly member: Name;
}

export interface Comprehension extends NodeBase {
  readonly kind: 'Comprehension';
  readonly body: Expr;
  readonly variable: Name;
  readonly source: Expr;
  readonly filter: Expr | undefined;
  /** `etter nøkkel [synkende]`: the order the elements are visited in. */
  readonly ordering: Ordering | undefined;
}

/** The key of a comprehension's `etter` clause and its direction. */
export interface Ordering {
  readonly key: Expr;
  readonly descending: boolean;
}

export interface Call extends NodeBase {
  readonly kind: 'Call';
  readonly callee: Expr;
  /** Either positional arguments or a single comprehension. */
  readonly args: readonly Expr[];
  readonly comprehension: Comprehension | undefined;
}

export interface PercentExpr extends NodeBase {
  readonly kind: 'Percent';
  readonly operand: Expr;
}

export type UnaryOperator = '-' | 'ikke';
export interface UnaryExpr extends NodeBase {
  readonly kind: 'Unary';
  readonly operator: UnaryOperator;
  readonly operand: Expr;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '=' | '≠' | '<' | '<=' | '>' | '>=' | 'i';
export type LogicalOperator = 'og' | 'eller';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;

export interface BinaryExpr extends NodeBase {
  readonly kind: 'Binary';
  readonly operator: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export interface IfExpr extends NodeBase {
  readonly kind: 'If';
  readonly condition: Expr;
  readonly then: Expr;
  readonly otherwise: Expr;
}

export interface ListLiteral extends NodeBase {
  readonly kind: 'List';
  readonly items: readonly Expr[];
}

export interface RecordFieldValue extends NodeBase {
  readonly kind: 'FieldValue';
  readonly name: Name;
  readonly value: Expr;
}

export interface RecordLiteral extends NodeBase {
  readonly kind: 'Record';
  /** undefined for `{ … }` whose type comes from the context. */
  readonly typeName: Name | undefined;
  readonly fields: readonly RecordFieldValue[];
}

/** Declarations that introduce a name into a module's scope. */
export type NamedDeclaration =
  | SourceDecl
  | AssumptionDecl
  | EnumDecl
  | RecordDecl
  | TableDecl
  | RuleDecl
  | DiscretionDecl;

import type * as A from '../ast/ast.js';
import type { ModuleInfo } from './program.js';
import type { TableModel } from './table-model.js';
import type { Type } from './types.js';

/** What every named thing shares: where it is declared and how it is documented. */
interface SymbolBase {
  readonly name: string;
  /** undefined for built-ins. */
  readonly module: ModuleInfo | undefined;
  /** The span of the declaring name, in `module.file`. */
  readonly nameSpan: A.Span | undefined;
  readonly doc: string | undefined;
}

/** A legal source or an assumption: what citations point to. */
export type CitableSymbol = SourceSymbol | AssumptionSymbol;

/**
 * One source or assumption a declaration cites, and, for a source that stores its text, the
 * ledd (and punktum) the citation is pinned to (docs/law-text.md): `(kilde stl18 ledd 3 punktum 1)`.
 */
export interface Citation {
  readonly source: CitableSymbol;
  readonly ledd?: number;
  readonly punktum?: number;
}

export interface SourceSymbol extends SymbolBase {
  readonly kind: 'source';
  readonly decl: A.SourceDecl;
  readonly title: string;
  readonly url: string | undefined;
}

export interface AssumptionSymbol extends SymbolBase {
  readonly kind: 'assumption';
  readonly decl: A.AssumptionDecl;
  readonly title: string;
  citations: Citation[];
}

export interface EnumSymbol extends SymbolBase {
  readonly kind: 'enum';
  readonly decl: A.EnumDecl | undefined;
  readonly members: Map<string, EnumMemberSymbol>;
}

export interface EnumMemberSymbol extends SymbolBase {
  readonly kind: 'enum-member';
  readonly owner: EnumSymbol;
}

export interface RecordSymbol extends SymbolBase {
  readonly kind: 'record';
  readonly decl: A.RecordDecl;
  readonly fields: Map<string, FieldSymbol>;
}

export interface FieldSymbol extends SymbolBase {
  readonly kind: 'field';
  readonly owner: RecordSymbol | undefined;
  readonly decl: A.FieldDecl;
  type: Type;
  /** `negativ_tillatt`: an amount that may be below 0 kr. */
  negativeAllowed: boolean;
}

/** A field of an `inndata` declaration: an input of the rule set. */
export interface InputSymbol extends SymbolBase {
  readonly kind: 'input';
  readonly decl: A.FieldDecl;
  type: Type;
  /** Has a default (`= verdi`) and may be left out of the input. */
  readonly optional: boolean;
  /** Marked `vurderingstidspunkt`: the evaluation's as-of date. */
  asOf: boolean;
  negativeAllowed: boolean;
}

export interface CitationSet {
  /** The sources and assumptions cited, resolved. */
  citations: Citation[];
  /** `gjelder fra … til …` as ISO dates, both inclusive. */
  readonly validFrom: string | undefined;
  readonly validTo: string | undefined;
}

export interface ParameterSymbol extends SymbolBase {
  readonly kind: 'parameter';
  readonly decl: A.Param;
  type: Type;
}

export interface RuleSymbol extends SymbolBase, CitationSet {
  readonly kind: 'rule';
  readonly decl: A.RuleDecl;
  type: Type;
  /** undefined for a value rule; an array for a function-like rule. */
  params: ParameterSymbol[] | undefined;
  readonly exceptions: Map<string, ExceptionSymbol>;
}

export interface ExceptionSymbol extends SymbolBase, CitationSet {
  readonly kind: 'exception';
  readonly decl: A.ExceptionDecl;
  readonly rule: RuleSymbol;
  /** The exception this one overrides; undefined when it overrides the base definitions. */
  parent: ExceptionSymbol | undefined;
}

export interface DiscretionSymbol extends SymbolBase, CitationSet {
  readonly kind: 'discretion';
  readonly decl: A.DiscretionDecl;
  type: Type;
  /** undefined: one value for the case; else assessed per argument (`skjønn barnets_behov(b: Barn)`). */
  params: ParameterSymbol[] | undefined;
}

export interface TableSymbol extends SymbolBase, CitationSet {
  readonly kind: 'table';
  readonly decl: A.TableDecl;
  type: Type;
  params: ParameterSymbol[];
  /** The checked rows, ready for lookup; undefined until the table is checked. */
  model: TableModel | undefined;
}

/** A name bound by a comprehension (`for b i barn`). */
export interface VariableSymbol extends SymbolBase {
  readonly kind: 'variable';
  /** Bound by `for x i liste`, or `verdi` in a `forklaring` (the definition's own value). */
  readonly boundBy: 'comprehension' | 'explanation';
  type: Type;
}

export interface BuiltinSymbol extends SymbolBase {
  readonly kind: 'builtin';
  readonly role: 'function' | 'value' | 'type';
  /** How it is written, e.g. `alder(fødselsdato: dato, på: dato): heltall`. */
  readonly signature: string;
  /** For values and types: the type. */
  readonly type: Type | undefined;
}

export interface ModuleSymbol extends SymbolBase {
  readonly kind: 'module';
}

/** Something a declaration of the rule set or a built-in gives a name to. */
export type LkSymbol =
  | SourceSymbol
  | AssumptionSymbol
  | EnumSymbol
  | EnumMemberSymbol
  | RecordSymbol
  | FieldSymbol
  | InputSymbol
  | ParameterSymbol
  | RuleSymbol
  | ExceptionSymbol
  | DiscretionSymbol
  | TableSymbol
  | VariableSymbol
  | BuiltinSymbol
  | ModuleSymbol;

/** Symbols that have a value in an evaluation and may appear in expressions. */
export type ValueSymbol = InputSymbol | RuleSymbol | DiscretionSymbol | TableSymbol | ParameterSymbol | VariableSymbol | BuiltinSymbol;

/** Symbols that have a definition the evaluator computes, and that may depend on each other. */
export type DefinitionSymbol = RuleSymbol | DiscretionSymbol | TableSymbol | InputSymbol;

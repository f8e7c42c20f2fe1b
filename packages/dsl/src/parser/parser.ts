import { EmbeddedActionsParser, EOF, type IOrAlt, type IToken, type OrMethodOpts, type TokenType } from 'chevrotain';
import type * as A from '../ast/ast.js';
import * as T from '../lexer/tokens.js';
import { norwegianErrorMessages } from './error-messages.js';
import { tokenEnd } from '../lexer/lexer.js';

const K = T.keywords;

/**
 * What a rule gives while chevrotain records the grammar (`RECORDING_PHASE`): nothing that is
 * used. Nodes are built only outside it, without the closure `ACTION` would take per node.
 */
const recording = undefined as never;
/** A span where none is known (while recording, and before the first operand). */
const recordingSpan: A.Span = { start: 0, end: 0 };

/** One top-level item of a file: the module header, an import, or a declaration. */
export type TopLevel = A.ModuleDecl | A.UseDecl | A.Declaration;

const binaryOperators: ReadonlyMap<TokenType, A.BinaryOperator> = new Map<TokenType, A.BinaryOperator>([
  [K.eller, 'eller'],
  [K.og, 'og'],
  [T.Equals, '='],
  [T.NotEqual, '≠'],
  [T.LessEqual, '<='],
  [T.GreaterEqual, '>='],
  [T.Less, '<'],
  [T.Greater, '>'],
  [K.i, 'i'],
  [T.Plus, '+'],
  [T.Minus, '-'],
  [T.Star, '*'],
  [T.Slash, '/'],
]);

/** Binding strength (docs/language.md §3): higher binds tighter. */
const precedence: Record<A.BinaryOperator | A.UnaryOperator, number> = {
  eller: 1,
  og: 2,
  ikke: 3,
  '=': 4,
  '≠': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  i: 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};
const unaryMinusPrecedence = 7;

type ChainElement =
  /** `span`: the operand as written, with the parentheses around it (which have no node of their own). */
  | { readonly kind: 'operand'; readonly expr: A.Expr; readonly span: A.Span }
  | { readonly kind: 'prefix'; readonly operator: A.UnaryOperator; readonly start: number }
  | { readonly kind: 'binary'; readonly operator: A.BinaryOperator };

/** Builds the expression tree of an operator chain by precedence climbing; binary operators associate to the left. */
function buildOperatorTree(elements: readonly ChainElement[]): A.Expr {
  let position = 0;
  // Each step gives the expression and its span as written (an operand's with its parentheses).
  const climb = (minimum: number): { expr: A.Expr; span: A.Span } => {
    const element = elements[position++] as ChainElement;
    let left: { expr: A.Expr; span: A.Span };
    if (element.kind === 'prefix') {
      const operand = climb(element.operator === 'ikke' ? precedence.ikke : unaryMinusPrecedence);
      const span = { start: element.start, end: operand.span.end };
      left = { expr: { kind: 'Unary', operator: element.operator, operand: operand.expr, span }, span };
    } else {
      const operand = element as Extract<ChainElement, { kind: 'operand' }>;
      left = { expr: operand.expr, span: operand.span };
    }
    for (let next = elements[position]; next?.kind === 'binary' && precedence[next.operator] >= minimum; next = elements[position]) {
      position++;
      const right = climb(precedence[next.operator] + 1);
      const span = { start: left.span.start, end: right.span.end };
      left = { expr: { kind: 'Binary', operator: next.operator, left: left.expr, right: right.expr, span }, span };
    }
    return left;
  };
  return climb(0).expr;
}

/**
 * The grammar of docs/language.md §13 as a chevrotain parser that builds the AST directly.
 * It parses one declaration at a time; `parse()` splits a file into declarations and drives
 * it, so that an error in one declaration never hides the others.
 */
export class RuleParser extends EmbeddedActionsParser {
  /**
   * `validate`: check the grammar as it is built (chevrotain's validations: ambiguous
   * alternatives, left recursion, …). The grammar does not change at run time and the
   * validations take a quarter of the time to build the parser, so the parser in use
   * (`ruleParser`) is built without them; the tests build one with them.
   */
  constructor(validate = false) {
    super(T.allTokens, { recoveryEnabled: false, maxLookahead: 3, errorMessageProvider: norwegianErrorMessages, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  private spanFrom(start: IToken | A.Span): A.Span {
    const startOffset = 'startOffset' in start ? start.startOffset : start.start;
    return { start: startOffset, end: tokenEnd(this.LA(0)) };
  }

  private headerCell(token: IToken): A.TableCellContent {
    return { kind: 'HeaderKeyword', keyword: token.image as 'fra' | 'til' | 'kilde' };
  }

  private nameOf(token: IToken): A.Name {
    return { kind: 'Name', text: token.image, span: { start: token.startOffset, end: tokenEnd(token) } };
  }

  topLevel = this.RULE('topLevel', (): TopLevel => {
    return this.OR((this.topLevelAlternatives ??= [
      { ALT: () => this.SUBRULE(this.moduleDecl) },
      { ALT: () => this.SUBRULE(this.useDecl) },
      { ALT: () => this.SUBRULE(this.sourceDecl) },
      { ALT: () => this.SUBRULE(this.assumptionDecl) },
      { ALT: () => this.SUBRULE(this.enumDecl) },
      { ALT: () => this.SUBRULE(this.recordDecl) },
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.outputDecl) },
      { ALT: () => this.SUBRULE(this.tableDecl, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.ruleDecl, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.discretionDecl, { ARGS: [undefined] }) },
      { ALT: () => this.SUBRULE(this.replaceDecl) },
      { ALT: () => this.SUBRULE(this.extendDecl) },
      { ALT: () => this.SUBRULE(this.testDecl) },
    ]));
  });

  /** A dotted module name; its parts may be keywords (`sosialhjelp.test`). */
  qualifiedName = this.RULE('qualifiedName', (): A.QualifiedName => {
    const parts: IToken[] = [this.OR((this.namePartAlternatives ??= [{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.AnyKeyword) }]))];
    this.MANY(() => {
      this.CONSUME(T.Dot);
      parts.push(this.OR2((this.laterNamePartAlternatives ??= [{ ALT: () => this.CONSUME2(T.Identifier) }, { ALT: () => this.CONSUME2(T.AnyKeyword) }])));
    });
    if (this.RECORDING_PHASE) return recording;
    const names = parts.map((p) => this.nameOf(p));
    return {
      kind: 'QualifiedName',
      parts: names,
      text: names.map((n) => n.text).join('.'),
      span: this.spanFrom(parts[0] as IToken),
    };
  });

  moduleDecl = this.RULE('moduleDecl', (): A.ModuleDecl => {
    const start = this.CONSUME(K.modul);
    const name = this.SUBRULE(this.qualifiedName);
    let variantOf: A.QualifiedName | undefined;
    this.OPTION(() => {
      this.CONSUME(K.variant);
      this.CONSUME(K.av);
      variantOf = this.SUBRULE2(this.qualifiedName);
    });
    const marks: IToken[] = [];
    this.OPTION2(() => {
      this.CONSUME(T.LParen);
      marks.push(this.CONSUME(T.Identifier));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        marks.push(this.CONSUME2(T.Identifier));
      });
      this.CONSUME(T.RParen);
    });
    return this.RECORDING_PHASE ? recording : { kind: 'Module', name, variantOf, marks: marks.map((m) => this.nameOf(m)), span: this.spanFrom(start) };
  });

  useDecl = this.RULE('useDecl', (): A.UseDecl => {
    const start = this.CONSUME(K.bruk);
    const module = this.SUBRULE(this.qualifiedName);
    return this.RECORDING_PHASE ? recording : { kind: 'Use', module, span: this.spanFrom(start) };
  });

  sourceDecl = this.RULE('sourceDecl', (): A.SourceDecl => {
    const start = this.CONSUME(K.kilde);
    const name = this.CONSUME(T.Identifier);
    const title = this.SUBRULE(this.text);
    const url = this.OPTION(() => this.CONSUME(T.Url));
    const checked = this.OPTION2(() => this.SUBRULE(this.sourceCheck));
    const sentences: A.SentenceDecl[] = [];
    this.MANY(() => sentences.push(this.SUBRULE(this.sentenceDecl)));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Source',
      name: this.nameOf(name),
      title,
      url: url ? linkOf(url) : undefined,
      checked,
      sentences,
      doc: undefined,
      span: this.spanFrom(start),
    };
  });

  /** `kontrollert 2026-12-05 <lenke>` under a `kilde`. */
  sourceCheck = this.RULE('sourceCheck', (): A.SourceCheck => {
    const start = this.CONSUME(K.kontrollert);
    const date = this.CONSUME(T.DateLiteral);
    const url = this.CONSUME(T.Url);
    return this.RECORDING_PHASE ? recording : { kind: 'SourceCheck', date: dateLiteral(date), url: linkOf(url), span: this.spanFrom(start) };
  });

  /** `ledd 3 punktum 1 "…" (kilde x, gjelder fra …)` or `ledd 4 punktum 1 ukjent "…"` under a `kilde`. */
  sentenceDecl = this.RULE('sentenceDecl', (): A.SentenceDecl => {
    const start = this.LA(1);
    // A stored wording is one punktum: both numbers are required here (a citation may name a ledd alone).
    this.CONSUME(K.ledd);
    const ledd = this.CONSUME(T.NumberLiteral);
    this.CONSUME(K.punktum);
    const punktum = this.CONSUME2(T.NumberLiteral);
    const unknown = this.OPTION(() => this.CONSUME(K.ukjent));
    const text = this.SUBRULE(this.text);
    const annotation = this.OPTION2(() => this.SUBRULE(this.annotation));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Sentence',
      ledd: locatorOf(ledd),
      punktum: locatorOf(punktum),
      unknown: unknown !== undefined,
      text,
      annotation,
      span: this.spanFrom(start),
    };
  });

  /** `ledd 3 punktum 1`, or in a citation also `ledd 3` alone. */
  locators = this.RULE('locators', (): { ledd: A.Locator; punktum: A.Locator | undefined } => {
    this.CONSUME(K.ledd);
    const ledd = this.CONSUME(T.NumberLiteral);
    const punktum = this.OPTION(() => {
      this.CONSUME(K.punktum);
      return this.CONSUME2(T.NumberLiteral);
    });
    return this.RECORDING_PHASE ? recording : { ledd: locatorOf(ledd), punktum: punktum ? locatorOf(punktum) : undefined };
  });

  /** A source in a citation: `stl18`, `stl18 ledd 3` or `stl18 ledd 3 punktum 1`. */
  citedSource = this.RULE('citedSource', (): A.CitedSource => {
    const name = this.CONSUME(T.Identifier);
    const place = this.OPTION(() => this.SUBRULE(this.locators));
    return this.RECORDING_PHASE ? recording : {
      kind: 'CitedSource',
      name: this.nameOf(name),
      ledd: place?.ledd,
      punktum: place?.punktum,
      span: this.spanFrom(name),
    };
  });

  assumptionDecl = this.RULE('assumptionDecl', (): A.AssumptionDecl => {
    const start = this.CONSUME(K.antakelse);
    const name = this.CONSUME(T.Identifier);
    const text = this.SUBRULE(this.text);
    const annotation = this.OPTION(() => this.SUBRULE(this.annotation));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Assumption',
      name: this.nameOf(name),
      text,
      annotation,
      doc: undefined,
      span: this.spanFrom(start),
    };
  });

  enumDecl = this.RULE('enumDecl', (): A.EnumDecl => {
    const start = this.CONSUME(K.valg);
    const name = this.CONSUME(T.Identifier);
    const members = this.SUBRULE(this.enumMembers);
    return this.RECORDING_PHASE ? recording : { kind: 'Enum', name: this.nameOf(name), members, doc: undefined, span: this.spanFrom(start) };
  });

  /** `utvid valg Navn { a, b }`: members a variant adds to an enumeration of its base. */
  extendDecl = this.RULE('extendDecl', (): A.EnumExtensionDecl => {
    const start = this.CONSUME(K.utvid);
    this.CONSUME(K.valg);
    const name = this.CONSUME(T.Identifier);
    const members = this.SUBRULE(this.enumMembers);
    const annotation = this.OPTION(() => this.SUBRULE(this.annotation));
    return this.RECORDING_PHASE ? recording : { kind: 'EnumExtension', name: this.nameOf(name), members, annotation, doc: undefined, span: this.spanFrom(start) };
  });

  /** `{ a, b, }`: the members of a `valg` (a comma after the last is allowed). */
  enumMembers = this.RULE('enumMembers', (): A.Name[] => {
    this.CONSUME(T.LBrace);
    const members: IToken[] = [this.CONSUME(T.Identifier)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      members.push(this.CONSUME2(T.Identifier));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.CONSUME(T.RBrace);
    return this.RECORDING_PHASE ? recording : members.map((m) => this.nameOf(m));
  });

  field = this.RULE('field', (): A.FieldDecl => {
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    const options: IToken[] = [];
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      options.push(this.CONSUME2(T.Identifier));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        options.push(this.CONSUME3(T.Identifier));
      });
      this.CONSUME(T.RParen);
    });
    const defaultValue = this.OPTION2(() => {
      this.CONSUME(T.AnyEquals);
      return this.SUBRULE(this.expression);
    });
    const span = this.RECORDING_PHASE ? recording : this.spanFrom(name);
    this.OPTION3(() => this.CONSUME2(T.Comma));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Field',
      name: this.nameOf(name),
      type,
      options: options.map((o) => this.nameOf(o)),
      defaultValue,
      span,
    };
  });

  recordDecl = this.RULE('recordDecl', (): A.RecordDecl => {
    const start = this.CONSUME(K.type);
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.LBrace);
    const fields: A.FieldDecl[] = [];
    this.MANY(() => fields.push(this.SUBRULE(this.field)));
    this.CONSUME(T.RBrace);
    return this.RECORDING_PHASE ? recording : { kind: 'Record', name: this.nameOf(name), fields, doc: undefined, span: this.spanFrom(start) };
  });

  inputDecl = this.RULE('inputDecl', (): A.InputDecl => {
    const start = this.CONSUME(K.inndata);
    const name = this.OPTION(() => this.CONSUME(T.Identifier));
    this.CONSUME(T.LBrace);
    const fields: A.FieldDecl[] = [];
    this.MANY(() => fields.push(this.SUBRULE(this.field)));
    this.CONSUME(T.RBrace);
    return this.RECORDING_PHASE ? recording : {
      kind: 'Input',
      name: name ? this.nameOf(name) : undefined,
      fields,
      doc: undefined,
      span: this.spanFrom(start),
    };
  });

  outputDecl = this.RULE('outputDecl', (): A.OutputDecl => {
    const start = this.CONSUME(K.utdata);
    const names: IToken[] = [this.CONSUME(T.Identifier)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Identifier));
    });
    return this.RECORDING_PHASE ? recording : {
      kind: 'Output',
      names: names.map((n) => this.nameOf(n)),
      doc: undefined,
      span: this.spanFrom(start),
    };
  });

  typeRef = this.RULE('typeRef', (): A.TypeRef => {
    // The gate decides `liste av`; one token of lookahead is then enough (with more, chevrotain
    // would test every path of a name and what may follow a type, on every type).
    return this.OR((this.typeRefChoice ??= { MAX_LOOKAHEAD: 1, DEF: [
      {
        GATE: () => this.LA(1).image === 'liste' && this.LA(2).tokenType === K.av,
        ALT: () => {
          const start = this.CONSUME(T.Identifier);
          this.CONSUME(K.av);
          const element = this.SUBRULE(this.typeRef);
          return this.RECORDING_PHASE ? recording : { kind: 'ListType', element, span: this.spanFrom(start) };
        },
      },
      {
        ALT: () => {
          const name = this.SUBRULE(this.qualifiedName);
          return this.RECORDING_PHASE ? recording : { kind: 'NamedType', name, span: name.span };
        },
      },
    ] }));
  });

  params = this.RULE('params', (): A.Param[] => {
    this.CONSUME(T.LParen);
    const params: A.Param[] = [];
    this.OPTION(() => {
      params.push(this.SUBRULE(this.param));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        params.push(this.SUBRULE2(this.param));
      });
    });
    this.CONSUME(T.RParen);
    return params;
  });

  param = this.RULE('param', (): A.Param => {
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    return this.RECORDING_PHASE ? recording : { kind: 'Param', name: this.nameOf(name), type, span: this.spanFrom(name) };
  });

  annotation = this.RULE('annotation', (): A.Annotation => {
    const start = this.CONSUME(T.LParen);
    // An annotation holds no expression, so no annotation is read while this one is.
    const sources: A.CitedSource[] = (this.annotationSources = []);
    this.annotationValidity = undefined;
    this.OR((this.annotationAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(K.kilde);
          this.annotationSources.push(this.SUBRULE(this.citedSource));
          this.MANY(() => {
            this.CONSUME(T.Comma);
            this.annotationSources.push(this.SUBRULE2(this.citedSource));
          });
          this.OPTION(() => {
            this.CONSUME2(T.Comma);
            this.annotationValidity = this.SUBRULE(this.validity);
          });
        },
      },
      { ALT: () => (this.annotationValidity = this.SUBRULE2(this.validity)) },
    ]));
    const validity = this.annotationValidity;
    this.CONSUME(T.RParen);
    return this.RECORDING_PHASE ? recording : {
      kind: 'Annotation',
      sources,
      validity,
      span: this.spanFrom(start),
    };
  });

  validity = this.RULE('validity', (): A.Validity => {
    const start = this.CONSUME(K.gjelder);
    this.CONSUME(K.fra);
    const from = this.CONSUME(T.DateLiteral);
    const to = this.OPTION(() => {
      this.CONSUME(K.til);
      return this.CONSUME2(T.DateLiteral);
    });
    return this.RECORDING_PHASE ? recording : {
      kind: 'Validity',
      from: dateLiteral(from),
      to: to ? dateLiteral(to) : undefined,
      span: this.spanFrom(start),
    };
  });

  definition = this.RULE('definition', (): A.Definition => {
    return this.OR((this.definitionAlternatives ??= [
      {
        ALT: () => {
          const start = this.CONSUME(T.AnyEquals);
          const value = this.SUBRULE(this.expression);
          return this.RECORDING_PHASE ? recording : { kind: 'Definition', condition: undefined, value, span: this.spanFrom(start) };
        },
      },
      {
        ALT: () => {
          const start = this.CONSUME(K.når);
          const condition = this.SUBRULE2(this.expression);
          this.CONSUME(K.så);
          const value = this.SUBRULE3(this.expression);
          return this.RECORDING_PHASE ? recording : { kind: 'Definition', condition, value, span: this.spanFrom(start) };
        },
      },
    ]));
  });

  exception = this.RULE('exception', (): A.ExceptionDecl => {
    const start = this.CONSUME(K.unntak);
    const label = this.CONSUME(T.Identifier);
    const parent = this.OPTION(() => {
      this.CONSUME(K.til);
      return this.CONSUME2(T.Identifier);
    });
    const annotation = this.OPTION2(() => this.SUBRULE(this.annotation));
    const definition = this.SUBRULE(this.definition);
    return this.RECORDING_PHASE ? recording : {
      kind: 'Exception',
      label: this.nameOf(label),
      parent: parent ? this.nameOf(parent) : undefined,
      annotation,
      definition,
      span: this.spanFrom(start),
    };
  });

  explanation = this.RULE('explanation', (): A.Explanation => {
    const start = this.CONSUME(K.forklaring);
    const template = this.SUBRULE(this.text);
    // The placeholders are parsed after the declaration (`parse.ts`, `template.ts`): the parser is not re-entrant.
    return this.RECORDING_PHASE ? recording : { kind: 'Explanation', template, placeholders: [], span: this.spanFrom(start) };
  });

  ruleDecl = this.RULE('ruleDecl', (replaces: A.Replacement | undefined): A.RuleDecl => {
    const start = this.CONSUME(K.regel);
    const name = this.CONSUME(T.Identifier);
    const params = this.OPTION(() => this.SUBRULE(this.params));
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    const annotation = this.OPTION2(() => this.SUBRULE(this.annotation));
    const definitions: A.Definition[] = [];
    this.AT_LEAST_ONE(() => definitions.push(this.SUBRULE(this.definition)));
    const exceptions: A.ExceptionDecl[] = [];
    this.MANY(() => exceptions.push(this.SUBRULE(this.exception)));
    const explanation = this.OPTION3(() => this.SUBRULE(this.explanation));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Rule',
      replaces,
      name: this.nameOf(name),
      params,
      type,
      annotation,
      definitions,
      exceptions,
      explanation,
      doc: undefined,
      span: this.spanFrom(replaces ? replaces.span : start),
    };
  });

  discretionDecl = this.RULE('discretionDecl', (replaces: A.Replacement | undefined): A.DiscretionDecl => {
    const start = this.CONSUME(K.skjønn);
    const name = this.CONSUME(T.Identifier);
    const params = this.OPTION3(() => this.SUBRULE(this.params));
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    const annotation = this.OPTION(() => this.SUBRULE(this.annotation));
    this.CONSUME(K.veiledende);
    this.CONSUME(T.AnyEquals);
    const guideline = this.SUBRULE(this.expression);
    const explanation = this.OPTION2(() => this.SUBRULE(this.explanation));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Discretion',
      replaces,
      name: this.nameOf(name),
      params,
      type,
      annotation,
      guideline,
      explanation,
      doc: undefined,
      span: this.spanFrom(replaces ? replaces.span : start),
    };
  });

  tableDecl = this.RULE('tableDecl', (replaces: A.Replacement | undefined): A.TableDecl => {
    const start = this.CONSUME(K.tabell);
    const name = this.CONSUME(T.Identifier);
    const params = this.SUBRULE(this.params);
    this.CONSUME(T.Colon);
    const type = this.SUBRULE(this.typeRef);
    const annotation = this.OPTION(() => this.SUBRULE(this.annotation));
    const rows: A.TableRow[] = [];
    this.MANY(() => rows.push(this.SUBRULE(this.row)));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Table',
      replaces,
      name: this.nameOf(name),
      params,
      type,
      annotation,
      rows,
      doc: undefined,
      span: this.spanFrom(replaces ? replaces.span : start),
    };
  });

  row = this.RULE('row', (): A.TableRow => {
    const start = this.CONSUME(T.RowStart);
    const cells: A.TableCell[] = [];
    const first = this.OPTION(() => this.SUBRULE(this.cell));
    if (!this.RECORDING_PHASE) cells.push(first ?? emptyCell(tokenEnd(start)));
    this.MANY(() => {
      const pipe = this.CONSUME(T.Pipe);
      const next = this.OPTION2(() => this.SUBRULE2(this.cell));
      if (!this.RECORDING_PHASE) cells.push(next ?? emptyCell(tokenEnd(pipe)));
    });
    // A trailing `|` closes the row; it leaves an empty last cell, which is not a cell.
    if (this.RECORDING_PHASE) return recording;
    const last = cells[cells.length - 1];
    if (cells.length > 1 && last && last.content.kind === 'Empty') cells.pop();
    return { kind: 'TableRow', cells, span: this.spanFrom(start) };
  });

  cell = this.RULE('cell', (): A.TableCell => {
    const startToken = this.LA(1);
    // One token decides (the gate decides between sources and values, which may both begin
    // with a name): with more, chevrotain would test a table cell's first three tokens against
    // every path of up to three tokens an expression can begin with, on every cell.
    const content = this.OR((this.cellChoice ??= { MAX_LOOKAHEAD: 1, DEF: [
      {
        ALT: () => {
          this.CONSUME(K.ukjent);
          const message = this.OPTION(() => this.SUBRULE(this.text));
          return this.RECORDING_PHASE ? recording : { kind: 'Unknown', message };
        },
      },
      { ALT: () => this.headerCell(this.CONSUME(K.fra)) },
      { ALT: () => this.headerCell(this.CONSUME(K.til)) },
      { ALT: () => this.headerCell(this.CONSUME(K.kilde)) },
      {
        // A cell that names a ledd holds sources, one of them or more pinned to a ledd and
        // punktum (`nav_satser ledd 3 punktum 1, sb2020`): only names, so nothing is lost.
        GATE: () => this.cellNamesLedd(),
        ALT: () => {
          const sources = [this.SUBRULE(this.citedSource)];
          this.MANY(() => {
            this.CONSUME(T.Comma);
            sources.push(this.SUBRULE2(this.citedSource));
          });
          return this.RECORDING_PHASE ? recording : { kind: 'Citations', sources };
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE(this.expression);
          const more: A.Expr[] = [];
          this.MANY2(() => {
            this.CONSUME2(T.Comma);
            more.push(this.SUBRULE2(this.expression));
          });
          if (this.RECORDING_PHASE) return recording;
          return more.length === 0 ? { kind: 'Value', value } : { kind: 'Values', values: [value, ...more] };
        },
      },
    ] }));
    return this.RECORDING_PHASE ? recording : { kind: 'TableCell', content, span: this.spanFrom(startToken) };
  });

  /** Whether the cell ahead, up to its `|` or the end of its line, has the word `ledd`. */
  /**
   * Whether the cell names a ledd before it ends: at the next `|`, or where the next row or
   * declaration starts (the lexer tracks offsets, not lines, so a last cell without a closing
   * `|` ends there).
   */
  private cellNamesLedd(): boolean {
    for (let i = 1; ; i++) {
      const token = this.LA(i);
      if (token.tokenType === EOF || token.tokenType === T.Pipe || token.tokenType === T.RowStart || T.declarationKeywordTokens.has(token.tokenType)) return false;
      if (token.tokenType === K.ledd) return true;
    }
  }

  replaceDecl = this.RULE('replaceDecl', (): A.Declaration => {
    const start = this.CONSUME(K.erstatt);
    const replaces = this.RECORDING_PHASE ? recording : { span: { start: start.startOffset, end: tokenEnd(start) } };
    return this.OR([
      { ALT: () => this.SUBRULE(this.ruleDecl, { ARGS: [replaces] }) },
      { ALT: () => this.SUBRULE(this.discretionDecl, { ARGS: [replaces] }) },
      { ALT: () => this.SUBRULE(this.tableDecl, { ARGS: [replaces] }) },
    ]);
  });

  testDecl = this.RULE('testDecl', (): A.TestDecl => {
    const start = this.CONSUME(K.test);
    const name = this.SUBRULE(this.text);
    const asOf = this.OPTION(() => {
      this.CONSUME(K.per);
      return this.OR([
        { ALT: () => dateLiteral(this.CONSUME(T.DateLiteral)) },
        { ALT: () => monthLiteral(this.CONSUME(T.MonthLiteral)) },
      ]);
    });
    const annotation = this.OPTION4(() => this.SUBRULE(this.annotation));
    const givens: A.Assignment[] = [];
    this.OPTION2(() => {
      this.CONSUME(K.gitt);
      givens.push(this.SUBRULE(this.assignment));
      this.MANY(() => {
        this.OPTION3(() => this.CONSUME(T.Comma));
        givens.push(this.SUBRULE2(this.assignment));
      });
    });
    const overrides: A.OverrideDecl[] = [];
    this.MANY2(() => overrides.push(this.SUBRULE(this.override)));
    const expectations: A.Expectation[] = [];
    this.MANY3(() => expectations.push(this.SUBRULE(this.expectation)));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Test',
      name,
      asOf,
      annotation,
      givens,
      overrides,
      expectations,
      doc: undefined,
      span: this.spanFrom(start),
    };
  });

  assignment = this.RULE('assignment', (): A.Assignment => {
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.AnyEquals);
    const value = this.SUBRULE(this.expression);
    return this.RECORDING_PHASE ? recording : { kind: 'Assignment', name: this.nameOf(name), value, span: this.spanFrom(name) };
  });

  override = this.RULE('override', (): A.OverrideDecl => {
    const start = this.CONSUME(K.overstyr);
    const name = this.CONSUME(T.Identifier);
    const args = this.OPTION2(() => this.SUBRULE(this.testArguments));
    this.CONSUME(T.AnyEquals);
    const value = this.SUBRULE(this.expression);
    const reason = this.OPTION(() => {
      this.CONSUME(K.begrunnelse);
      return this.SUBRULE(this.text);
    });
    return this.RECORDING_PHASE ? recording : { kind: 'Override', name: this.nameOf(name), args, value, reason, span: this.spanFrom(start) };
  });

  /** `(a, b)` after a name in a test: the arguments of a rule, `skjønn` or table it calls or overrides. */
  testArguments = this.RULE('testArguments', (): A.Expr[] => {
    this.CONSUME(T.LParen);
    const list: A.Expr[] = [];
    this.OPTION(() => {
      list.push(this.SUBRULE(this.expression));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        list.push(this.SUBRULE2(this.expression));
      });
    });
    this.CONSUME(T.RParen);
    return list;
  });

  expectation = this.RULE('expectation', (): A.Expectation => {
    const start = this.CONSUME(K.forvent);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(K.feil);
          const message = this.OPTION(() => this.SUBRULE(this.text));
          return this.RECORDING_PHASE ? recording : { kind: 'ExpectError', message, span: this.spanFrom(start) };
        },
      },
      {
        ALT: () => {
          const name = this.CONSUME(T.Identifier);
          const args = this.OPTION2(() => this.SUBRULE(this.testArguments));
          this.CONSUME(T.AnyEquals);
          const value = this.SUBRULE(this.expression);
          return this.RECORDING_PHASE ? recording : { kind: 'ExpectValue', name: this.nameOf(name), args, value, span: this.spanFrom(start) };
        },
      },
    ]);
  });

  // ─── Expressions ────────────────────────────────────────────────────────────

  // The hottest rules allocate nothing of their own beyond the nodes they build: their
  // alternatives and repetition steps are built once (closures that use nothing but `this`),
  // and the state they share with those steps lives in fields that a nested use of the same
  // rule saves and restores. New closures per operand were most of the parser's garbage, and
  // the garbage collector was a fifth of the time to parse and check a file.
  private expressionAlternatives?: Array<IOrAlt<A.Expr>>;
  private primaryAlternatives?: Array<IOrAlt<A.Expr>>;
  private prefixAlternatives?: Array<IOrAlt<IToken>>;
  private laterPrefixAlternatives?: Array<IOrAlt<IToken>>;
  private postfixAlternatives?: Array<IOrAlt<void>>;
  private cellChoice?: OrMethodOpts<A.TableCellContent>;
  private topLevelAlternatives?: Array<IOrAlt<TopLevel>>;
  private annotationAlternatives?: Array<IOrAlt<unknown>>;
  /** The sources and validity of the annotation being read. */
  private annotationSources: A.CitedSource[] = [];
  private annotationValidity: A.Validity | undefined;
  private namePartAlternatives?: Array<IOrAlt<IToken>>;
  private laterNamePartAlternatives?: Array<IOrAlt<IToken>>;
  private typeRefChoice?: OrMethodOpts<A.TypeRef>;
  private definitionAlternatives?: Array<IOrAlt<A.Definition>>;
  /**
   * What may follow a number: `kr` (an amount) or a calendar unit (`6 år`, a duration). A
   * unit is a name, so it is read as one only when it is one of the unit words.
   */
  private readonly numberSuffixOption = {
    GATE: (): boolean => {
      const next = this.LA(1);
      return next.tokenType === K.kr || (next.tokenType === T.Identifier && durationUnits.has(next.image));
    },
    DEF: (): IToken => this.OR2((this.numberSuffixAlternatives ??= [{ ALT: () => this.CONSUME(K.kr) }, { ALT: () => this.CONSUME3(T.Identifier) }])),
  };
  private numberSuffixAlternatives?: Array<IOrAlt<IToken>>;
  private readonly recordFieldsOption = (): A.RecordFieldValue[] => this.SUBRULE(this.recordFields);
  /** The operator chain being read, from its first prefix operator or binary operator on. */
  private chain: ChainElement[] | undefined;
  /** The first operand of the chain being read, while it has no operators. */
  private chainFirst: A.Expr | undefined;
  /** Its span as written, with the parentheses around it. */
  private chainFirstSpan: A.Span = recordingSpan;
  /** The expression `postfix` is extending by member access, call or percent. */
  private postfixTarget: A.Expr | undefined;
  private argsAlternatives?: Array<IOrAlt<void>>;
  /** The arguments of the call being read, its comprehension, and its first argument. */
  private argList: A.Expr[] = [];
  private argComprehension: A.Comprehension | undefined;
  private argFirst: A.Expr | undefined;

  override reset(): void {
    super.reset();
    this.chain = undefined;
    this.chainFirst = undefined;
    this.chainFirstSpan = recordingSpan;
    this.postfixTarget = undefined;
    this.argList = [];
    this.argComprehension = undefined;
    this.argFirst = undefined;
  }

  expression = this.RULE('expression', (): A.Expr => {
    return this.OR((this.expressionAlternatives ??= [
      {
        ALT: () => {
          const start = this.CONSUME(K.hvis);
          const condition = this.SUBRULE(this.expression);
          this.CONSUME(K.så);
          const then = this.SUBRULE2(this.expression);
          this.CONSUME(K.ellers);
          const otherwise = this.SUBRULE3(this.expression);
          return this.RECORDING_PHASE ? recording : { kind: 'If', condition, then, otherwise, span: this.spanFrom(start) };
        },
      },
      { ALT: this.operatorChain },
    ]));
  });

  /**
   * A flat chain of operands, prefix operators (`ikke`, `-`) and binary operators; the
   * tree is built by precedence climbing (`buildOperatorTree`). One rule instead of one per
   * precedence level keeps parsing fast. A chain of one operand, the common case, is that
   * operand, with no list of elements built. Read within `expression`, not as a rule of its own:
   * a rule invocation per expression costs more than the rest of a short chain.
   */
  private readonly operatorChain = (): A.Expr => {
    const outerChain = this.chain;
    const outerFirst = this.chainFirst;
    const outerFirstSpan = this.chainFirstSpan;
    this.chain = undefined;
    this.MANY(this.leadingPrefix);
    const firstStart = this.LA(1);
    const first = this.SUBRULE(this.postfix);
    // (Read through a cast: TypeScript keeps `this.chain` narrowed to the `undefined` above.)
    const prefixed = this.chain as ChainElement[] | undefined;
    const firstSpan = this.RECORDING_PHASE ? recordingSpan : this.spanFrom(firstStart);
    if (prefixed) prefixed.push({ kind: 'operand', expr: first, span: firstSpan });
    else {
      this.chainFirst = first;
      this.chainFirstSpan = firstSpan;
    }
    this.MANY2(this.binaryStep);
    const chain = this.chain as ChainElement[] | undefined;
    this.chain = outerChain;
    this.chainFirst = outerFirst;
    this.chainFirstSpan = outerFirstSpan;
    if (!chain) return first;
    return this.RECORDING_PHASE ? recording : buildOperatorTree(chain);
  };

  private readonly leadingPrefix = (): void => {
    const token = this.OR2((this.prefixAlternatives ??= [{ ALT: () => this.CONSUME(K.ikke) }, { ALT: () => this.CONSUME(T.Minus) }]));
    this.pushPrefix(token);
  };

  private readonly laterPrefix = (): void => {
    const token = this.OR3((this.laterPrefixAlternatives ??= [{ ALT: () => this.CONSUME3(K.ikke) }, { ALT: () => this.CONSUME3(T.Minus) }]));
    this.pushPrefix(token);
  };

  private readonly binaryStep = (): void => {
    const token = this.CONSUME(T.BinaryOperator);
    this.chain ??= [{ kind: 'operand', expr: this.chainFirst as A.Expr, span: this.chainFirstSpan }];
    this.chain.push({ kind: 'binary', operator: binaryOperators.get(token.tokenType) as A.BinaryOperator });
    this.MANY3(this.laterPrefix);
    const start = this.LA(1);
    const operand = this.SUBRULE2(this.postfix);
    this.chain.push({ kind: 'operand', expr: operand, span: this.RECORDING_PHASE ? recordingSpan : this.spanFrom(start) });
  };

  private pushPrefix(token: IToken): void {
    (this.chain ??= []).push({ kind: 'prefix', operator: token.tokenType === K.ikke ? 'ikke' : '-', start: token.startOffset });
  }

  postfix = this.RULE('postfix', (): A.Expr => {
    const outer = this.postfixTarget;
    this.postfixTarget = this.primary();
    this.MANY(this.postfixStep);
    const expr = this.postfixTarget;
    this.postfixTarget = outer;
    return expr;
  });

  private readonly postfixStep = (): void => {
    this.OR((this.postfixAlternatives ??= [
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          const member = this.CONSUME(T.Identifier);
          if (this.RECORDING_PHASE) return;
          const object = this.postfixTarget as A.Expr;
          this.postfixTarget = { kind: 'MemberAccess', object, member: this.nameOf(member), span: this.spanFrom(object.span) };
        },
      },
      {
        ALT: () => {
          const callee = this.postfixTarget as A.Expr;
          this.CONSUME(T.LParen);
          const { args, comprehension } = this.SUBRULE(this.args);
          this.CONSUME(T.RParen);
          if (this.RECORDING_PHASE) return;
          this.postfixTarget = { kind: 'Call', callee, args, comprehension, span: this.spanFrom(callee.span) };
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Percent);
          if (this.RECORDING_PHASE) return;
          const operand = this.postfixTarget as A.Expr;
          this.postfixTarget = { kind: 'Percent', operand, span: this.spanFrom(operand.span) };
        },
      },
      {
        ALT: () => {
          const lookup = this.postfixTarget as A.Expr;
          this.CONSUME(K.per);
          // The date is itself a postfix expression (`første_dag(m)`); `postfix` keeps and restores the target.
          const date = this.SUBRULE(this.postfix);
          if (this.RECORDING_PHASE) return;
          this.postfixTarget = { kind: 'At', lookup, date, span: this.spanFrom(lookup.span) };
        },
      },
    ]));
  };

  args = this.RULE('args', (): { args: A.Expr[]; comprehension: A.Comprehension | undefined } => {
    const outerArgs = this.argList;
    const outerComprehension = this.argComprehension;
    this.argList = [];
    this.argComprehension = undefined;
    this.OPTION(this.argsBody);
    const result = { args: this.argList, comprehension: this.argComprehension };
    this.argList = outerArgs;
    this.argComprehension = outerComprehension;
    return result;
  });

  /** The arguments of a call: a comprehension (`b.beløp for b i barn der …`) or a list. */
  private readonly argsBody = (): void => {
    this.argFirst = this.SUBRULE(this.expression);
    this.OR((this.argsAlternatives ??= [
      {
        ALT: () => {
          const body = this.argFirst as A.Expr;
          this.CONSUME(K.for);
          const variable = this.CONSUME(T.Identifier);
          this.CONSUME(K.i);
          const source = this.SUBRULE2(this.expression);
          const filter = this.OPTION2(() => {
            this.CONSUME(K.der);
            return this.SUBRULE3(this.expression);
          });
          const ordering = this.OPTION3(this.orderingClause);
          this.argComprehension = this.RECORDING_PHASE ? recording : {
            kind: 'Comprehension',
            body,
            variable: this.nameOf(variable),
            source,
            filter,
            ordering,
            span: this.spanFrom(body.span),
          };
        },
      },
      {
        ALT: () => {
          this.argList.push(this.argFirst as A.Expr);
          this.MANY(this.nextArg);
        },
      },
    ]));
  };

  /** A comprehension's `etter nøkkel [synkende]`. */
  private readonly orderingClause = (): A.Ordering => {
    this.CONSUME(K.etter);
    const key = this.SUBRULE5(this.expression);
    const descending = this.OPTION4(() => this.CONSUME(K.synkende)) !== undefined;
    return { key, descending };
  };

  private readonly nextArg = (): void => {
    this.CONSUME(T.Comma);
    const arg = this.SUBRULE4(this.expression);
    this.argList.push(arg);
  };

  /**
   * The operand `postfix` extends: a literal, a name, a record, a list or an expression in
   * parentheses. Read within `postfix`, not as a rule of its own (a rule invocation per operand
   * cost more than choosing it); its DSL calls are numbered apart from `postfix`'s own.
   */
  private readonly primary = (): A.Expr => {
    return this.OR3((this.primaryAlternatives ??= [
      {
        ALT: () => {
          const number = this.CONSUME(T.NumberLiteral);
          const suffix = this.OPTION(this.numberSuffixOption);
          if (this.RECORDING_PHASE) return recording;
          const value = canonicalNumber(number.image);
          const span = this.spanFrom(number);
          if (suffix?.tokenType === T.Identifier) return durationLiteral(number, suffix, span);
          return suffix ? { kind: 'Money', value, span } : { kind: 'Number', value, integer: !number.image.includes(','), span };
        },
      },
      { ALT: () => dateLiteral(this.CONSUME(T.DateLiteral)) },
      { ALT: () => monthLiteral(this.CONSUME(T.MonthLiteral)) },
      { ALT: () => this.SUBRULE(this.text) },
      { ALT: () => booleanLiteral(this.CONSUME(K.sann), true) },
      { ALT: () => booleanLiteral(this.CONSUME(K.usann), false) },
      {
        ALT: () => {
          const start = this.CONSUME(K.ubestemt);
          const reason = this.OPTION2(() => this.SUBRULE2(this.text));
          return this.RECORDING_PHASE ? recording : { kind: 'Undetermined', reason, span: this.spanFrom(start) };
        },
      },
      {
        ALT: () => {
          const name = this.CONSUME2(T.Identifier);
          const fields = this.OPTION3(this.recordFieldsOption);
          if (this.RECORDING_PHASE) return recording;
          const identifier = this.nameOf(name);
          return fields ? { kind: 'Record', typeName: identifier, fields, span: this.spanFrom(name) } : { kind: 'Reference', name: identifier, span: identifier.span };
        },
      },
      {
        ALT: () => {
          const start = this.LA(1);
          const fields = this.SUBRULE2(this.recordFields);
          return this.RECORDING_PHASE ? recording : { kind: 'Record', typeName: undefined, fields, span: this.spanFrom(start) };
        },
      },
      {
        ALT: () => {
          const start = this.CONSUME(T.LBracket);
          const items: A.Expr[] = [];
          this.OPTION4(() => {
            items.push(this.SUBRULE(this.expression));
            this.MANY2(() => {
              this.CONSUME(T.Comma);
              items.push(this.SUBRULE2(this.expression));
            });
            this.OPTION5(() => this.CONSUME2(T.Comma));
          });
          this.CONSUME(T.RBracket);
          return this.RECORDING_PHASE ? recording : { kind: 'List', items, span: this.spanFrom(start) };
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.LParen);
          const inner = this.SUBRULE3(this.expression);
          this.CONSUME2(T.RParen);
          return inner;
        },
      },
    ]));
  };

  recordFields = this.RULE('recordFields', (): A.RecordFieldValue[] => {
    this.CONSUME(T.LBrace);
    const fields: A.RecordFieldValue[] = [];
    this.OPTION(() => {
      fields.push(this.SUBRULE(this.recordField));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        fields.push(this.SUBRULE2(this.recordField));
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBrace);
    return fields;
  });

  recordField = this.RULE('recordField', (): A.RecordFieldValue => {
    const name = this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    const value = this.SUBRULE(this.expression);
    return this.RECORDING_PHASE ? recording : { kind: 'FieldValue', name: this.nameOf(name), value, span: this.spanFrom(name) };
  });

  /** One or more adjacent text literals, joined. */
  text = this.RULE('text', (): A.TextLiteral => {
    const parts: IToken[] = [];
    this.AT_LEAST_ONE(() => parts.push(this.CONSUME(T.Text)));
    return this.RECORDING_PHASE ? recording : {
      kind: 'Text',
      value: parts.map(textValue).join(''),
      span: this.spanFrom(parts[0] as IToken),
    };
  });
}

function linkOf(url: IToken): A.Link {
  return { href: url.image.slice(1, -1), span: tokenSpan(url) };
}

function locatorOf(token: IToken): A.Locator {
  return { kind: 'Locator', text: token.image, value: Number(token.image), span: tokenSpan(token) };
}

function tokenSpan(token: IToken): A.Span {
  return { start: token.startOffset, end: tokenEnd(token) };
}

function emptyCell(offset: number): A.TableCell {
  return { kind: 'TableCell', content: { kind: 'Empty' }, span: { start: offset, end: offset } };
}

function dateLiteral(token: IToken): A.DateLiteral {
  return { kind: 'Date', value: token.image, span: tokenSpan(token) };
}

function monthLiteral(token: IToken): A.MonthLiteral {
  return { kind: 'Month', value: token.image, span: tokenSpan(token) };
}

function booleanLiteral(token: IToken, value: boolean): A.BooleanLiteral {
  return { kind: 'Boolean', value, span: tokenSpan(token) };
}

/** `12 600,50` → `12600.5`; `007` → `7`. */
export function canonicalNumber(image: string): string {
  if (isPlainInteger(image)) return image;
  // Digits without the group spaces, leading zeros of the whole part and trailing zeros of the fraction.
  let integer = '';
  let fraction = '';
  let inFraction = false;
  for (let i = 0; i < image.length; i++) {
    const c = image[i] as string;
    if (c === ',') inFraction = true;
    else if (c === ' ') continue;
    else if (inFraction) fraction += c;
    else if (c !== '0' || integer !== '') integer += c;
  }
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  const whole = integer === '' ? '0' : integer;
  return end > 0 ? `${whole}.${fraction.slice(0, end)}` : whole;
}

/** Digits only, without a leading zero: already canonical. */
function isPlainInteger(image: string): boolean {
  if (image.length > 1 && image.charCodeAt(0) === 48) return false;
  for (let i = 0; i < image.length; i++) {
    const c = image.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The spellings of the calendar units a duration may be written in. */
const durationUnits: ReadonlyMap<string, A.DurationUnit> = new Map([
  ['dag', 'dag'],
  ['dager', 'dag'],
  ['måned', 'måned'],
  ['måneder', 'måned'],
  ['år', 'år'],
]);

/** `6 år`: the number must be a whole number (a fraction of a month has no calendar meaning; LK3003 in the checker). */
function durationLiteral(number: IToken, unit: IToken, span: A.Span): A.DurationLiteral {
  return { kind: 'Duration', amount: Number(canonicalNumber(number.image)), unit: durationUnits.get(unit.image) as A.DurationUnit, written: unit.image, span };
}

/** The value of a text token: quotes removed, `\"` and `\\` resolved. */
function textValue(token: IToken): string {
  const body = token.image.slice(1, token.tokenType === T.TextLiteral ? -1 : undefined);
  return body.includes('\\') ? body.replace(/\\(.)/g, '$1') : body;
}

let instance: RuleParser | undefined;
/** The parser is built once (grammar analysis is the expensive part) and reused. */
export function ruleParser(): RuleParser {
  instance ??= new RuleParser();
  return instance;
}

import type * as A from '../ast/ast.js';
import { printDuration, printMoney, printNumber, printText } from './literals.js';
import type { SourceScanner } from './source-scanner.js';

/**
 * Binding strength of each expression form, weakest first (docs/language.md §3): an operand
 * weaker than its position requires is put in parentheses, and only then.
 */
export const precedence = {
  conditional: 0,
  or: 1,
  and: 2,
  not: 3,
  comparison: 4,
  additive: 5,
  multiplicative: 6,
  negation: 7,
  postfix: 8,
  primary: 9,
} as const;

const binaryPrecedence: Readonly<Record<A.BinaryOperator, number>> = {
  eller: precedence.or,
  og: precedence.and,
  '=': precedence.comparison,
  '≠': precedence.comparison,
  '<': precedence.comparison,
  '<=': precedence.comparison,
  '>': precedence.comparison,
  '>=': precedence.comparison,
  i: precedence.comparison,
  '+': precedence.additive,
  '-': precedence.additive,
  '*': precedence.multiplicative,
  '/': precedence.multiplicative,
};

export function precedenceOf(expr: A.Expr): number {
  switch (expr.kind) {
    case 'If':
      return precedence.conditional;
    case 'Binary':
      return binaryPrecedence[expr.operator];
    case 'Unary':
      return expr.operator === 'ikke' ? precedence.not : precedence.negation;
    case 'MemberAccess':
    case 'Call':
    case 'Percent':
      return precedence.postfix;
    case 'At':
      // `per` takes the postfix steps after it as part of its date, so a `per` expression
      // followed by `.felt`, a call or `%`, or standing on either side of another `per`, is
      // kept in parentheses; as an operand of `-` or an operator it needs none.
      return precedence.negation;
    default:
      return precedence.primary;
  }
}

/** An expression on one line, in parentheses when it binds more weakly than `weakest`. */
export function printOperand(expr: A.Expr, weakest: number, source: SourceScanner): string {
  const printed = printExpression(expr, source);
  return precedenceOf(expr) < weakest ? `(${printed})` : printed;
}

/** An expression on one line, in canonical spacing with the fewest parentheses. */
export function printExpression(expr: A.Expr, source: SourceScanner): string {
  const print = (e: A.Expr): string => printExpression(e, source);
  const operand = (e: A.Expr, weakest: number): string => printOperand(e, weakest, source);
  switch (expr.kind) {
    case 'Number':
      return printNumber(expr, source);
    case 'Money':
      return printMoney(expr, source);
    case 'Duration':
      return printDuration(expr, source);
    case 'Date':
    case 'Month':
      return expr.value;
    case 'Boolean':
      return expr.value ? 'sann' : 'usann';
    case 'Text':
      return printText(expr, source);
    case 'Undetermined':
      return expr.reason ? `ubestemt ${printText(expr.reason, source)}` : 'ubestemt';
    case 'Reference':
      return expr.name.text;
    case 'MemberAccess':
      return `${operand(expr.object, precedence.postfix)}.${expr.member.text}`;
    case 'Call': {
      const args = expr.comprehension ? printComprehension(expr.comprehension, source) : expr.args.map(print).join(', ');
      return `${operand(expr.callee, precedence.postfix)}(${args})`;
    }
    case 'Percent':
      return `${operand(expr.operand, precedence.postfix)} %`;
    case 'At':
      return `${operand(expr.lookup, precedence.postfix)} per ${operand(expr.date, precedence.postfix)}`;
    case 'Unary':
      return expr.operator === 'ikke'
        ? `ikke ${operand(expr.operand, precedence.not)}`
        : `-${operand(expr.operand, precedence.negation)}`;
    case 'Binary': {
      const own = binaryPrecedence[expr.operator];
      // Left-associative operators take an equal-strength left operand bare; comparisons
      // are not associative, so neither side may be a bare comparison.
      const left = own === precedence.comparison ? own + 1 : own;
      return `${operand(expr.left, left)} ${expr.operator} ${operand(expr.right, own + 1)}`;
    }
    case 'If':
      return `hvis ${print(expr.condition)} så ${print(expr.then)} ellers ${print(expr.otherwise)}`;
    case 'List':
      return `[${expr.items.map(print).join(', ')}]`;
    case 'Record': {
      const fields = expr.fields.map((f) => `${f.name.text}: ${print(f.value)}`).join(', ');
      const body = fields ? `{ ${fields} }` : '{}';
      return expr.typeName ? `${expr.typeName.text} ${body}` : body;
    }
  }
}

function printComprehension(comprehension: A.Comprehension, source: SourceScanner): string {
  const body = printExpression(comprehension.body, source);
  const list = printExpression(comprehension.source, source);
  const filter = comprehension.filter ? ` der ${printExpression(comprehension.filter, source)}` : '';
  const ordering = comprehension.ordering;
  const order = ordering ? ` etter ${printExpression(ordering.key, source)}${ordering.descending ? ' synkende' : ''}` : '';
  return `${body} for ${comprehension.variable.text} i ${list}${filter}${order}`;
}

/**
 * The input JSON of a rule test (`gitt` and `overstyr`), built from its syntax tree the way
 * the engine's test runner builds it: test values are constants (literals, lists, records,
 * enumeration members), so no evaluation is needed.
 */
import type { Ast } from './lib';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Divides a decimal text by 100 exactly (`3.8` → `0.038`). */
export function percent(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = whole + fraction;
  const point = whole.length - 2;
  let result = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : `${digits.slice(0, point)}.${digits.slice(point)}`;
  result = result.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '').replace(/^0+(?=\d)/, '');
  return `${negative && result !== '0' ? '-' : ''}${result}`;
}

function negate(value: Json): Json {
  if (typeof value === 'number') return -value;
  if (typeof value === 'string' && /^-?\d/.test(value)) return value.startsWith('-') ? value.slice(1) : `-${value}`;
  throw new Error('Bare tall og beløp kan gjøres negative i en test');
}

/** The JSON value of a constant expression; throws for anything that needs the rules. */
export function constantValue(expr: Ast.Expr): Json {
  switch (expr.kind) {
    case 'Money':
      return expr.value;
    case 'Number':
      return expr.integer ? Number(expr.value) : expr.value;
    case 'Date':
    case 'Month':
    case 'Text':
    case 'Boolean':
      return expr.value;
    case 'Reference':
      return expr.name.text;
    case 'MemberAccess':
      return expr.member.text;
    case 'Unary':
      if (expr.operator === '-') return negate(constantValue(expr.operand));
      break;
    case 'Percent': {
      const operand = constantValue(expr.operand);
      if (typeof operand === 'number' || typeof operand === 'string') return percent(String(operand));
      break;
    }
    case 'List':
      return expr.items.map(constantValue);
    case 'Record':
      return Object.fromEntries(expr.fields.map((f) => [f.name.text, constantValue(f.value)]));
    default:
      break;
  }
  throw new Error('En verdi i en test må være en fast verdi (tall, beløp, dato, tekst, liste eller post)');
}

export interface TestInput {
  readonly input: Record<string, Json>;
  readonly outputs: string[];
  readonly asOf: string | undefined;
  readonly expectsError: boolean;
}

export function testInput(test: Ast.TestDecl): TestInput {
  const input: Record<string, Json> = {};
  for (const given of test.givens) input[given.name.text] = constantValue(given.value);
  if (test.overrides.length > 0) {
    input['overstyringer'] = test.overrides.map((o) => ({ navn: o.name.text, verdi: constantValue(o.value), begrunnelse: o.reason?.value ?? '' }));
  }
  const outputs = test.expectations.filter((e): e is Ast.ExpectValue => e.kind === 'ExpectValue').map((e) => e.name.text);
  return { input, outputs, asOf: test.asOf?.value, expectsError: test.expectations.some((e) => e.kind === 'ExpectError') };
}

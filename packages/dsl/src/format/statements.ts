import type * as A from '../ast/ast.js';
import { precedence, precedenceOf, printExpression, printOperand } from './expressions.js';
import { fits, indentStep, line, type Line } from './line.js';
import type { SourceScanner } from './source-scanner.js';

/**
 * A statement that ends in an expression, such as `= …`, `når … så …` or `veiledende = …`.
 * It is one line when it fits. Otherwise a value that is a chain is broken into one line per
 * link, each further link one step in: a `hvis … så … ellers hvis …` chain before each
 * `ellers`, a chain of `eller`, `og`, `+ -` or `* /` before each operator.
 *
 * `start` is the source offset of the statement's first token, `end` the end of its last.
 */
export function statementLines(
  indent: number,
  prefix: string,
  value: A.Expr,
  start: number,
  end: number,
  source: SourceScanner,
): Line[] {
  const flat = prefix + printExpression(value, source);
  const links = fits(indent, flat) ? undefined : chainLinks(value, source);
  if (!links) return [line(indent, flat, start, end)];
  return links.map((link, index) => {
    const last = index === links.length - 1;
    return index === 0
      ? line(indent, prefix + link.text, start, last ? end : link.end)
      : line(indent + indentStep, link.text, link.start, last ? end : link.end);
  });
}

/** One link of a chain: its text and the source range of its tokens. */
interface Link {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function chainLinks(value: A.Expr, source: SourceScanner): Link[] | undefined {
  if (value.kind === 'If') return conditionalLinks(value, source);
  const own = precedenceOf(value);
  if (value.kind === 'Binary' && own !== precedence.comparison) return operatorLinks(value, own, source);
  return undefined;
}

/** `hvis c så a` | `ellers hvis c så b` | … | `ellers z`. */
function conditionalLinks(value: A.IfExpr, source: SourceScanner): Link[] {
  const links: Link[] = [];
  let branch: A.Expr = value;
  let start = value.span.start;
  while (branch.kind === 'If') {
    const lead = links.length === 0 ? '' : 'ellers ';
    const text = `${lead}hvis ${printExpression(branch.condition, source)} så ${printExpression(branch.then, source)}`;
    const end = source.afterClosingParentheses(branch.then.span.end);
    links.push({ text, start, end });
    start = source.nextTokenStart(end);
    branch = branch.otherwise;
  }
  links.push({ text: `ellers ${printExpression(branch, source)}`, start, end: branch.span.end });
  return links;
}

/** `a` | `+ b` | `- c` for the left-associative chain `a + b - c` of operators of one strength. */
function operatorLinks(value: A.BinaryExpr, own: number, source: SourceScanner): Link[] {
  const rest: A.BinaryExpr[] = [];
  let first: A.Expr = value;
  while (first.kind === 'Binary' && precedenceOf(first) === own) {
    rest.unshift(first);
    first = first.left;
  }
  let end = source.afterClosingParentheses(first.span.end);
  const links: Link[] = [{ text: printOperand(first, own, source), start: first.span.start, end }];
  for (const link of rest) {
    const start = source.nextTokenStart(end);
    end = source.afterClosingParentheses(link.right.span.end);
    links.push({ text: `${link.operator} ${printOperand(link.right, own + 1, source)}`, start, end });
  }
  return links;
}

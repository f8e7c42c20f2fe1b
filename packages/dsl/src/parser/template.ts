/**
 * The placeholders of a `forklaring` template: each `{…}` inside the template's text
 * pieces is an expression of the language (`{verdi}`, `{b.fødselsdato}`, `{alder_nå(b)}`),
 * lexed and parsed where it stands in the file, so that its names have their real spans.
 * Text that is not an expression between the braces is LK4011, and so is a `{` its text piece
 * ends before closing; `\{` is a brace in the text, and so is a `}` with no `{` before it.
 */
import type { IToken } from 'chevrotain';
import type * as A from '../ast/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { tokenEnd, tokenize } from '../lexer/lexer.js';
import type { SourceText } from '../source/source-text.js';
import { bracketsTooDeep, tooDeepToRead, treeTooDeep } from './bounds.js';
import { ruleParser } from './parser.js';

export function withPlaceholders(explanation: A.Explanation, source: SourceText, diagnostics: Diagnostic[]): A.Explanation {
  const { spans, unclosed } = placeholderSpans(source.text, explanation.template.span);
  for (const { span, escape } of unclosed) {
    const message = escape ? 'En innsetting kan ikke ha «\\» (og derfor ingen tekst i anførselstegn)' : 'Innsettingen mangler avsluttende «}» før teksten slutter';
    diagnostics.push(createDiagnostic('LK4011', source, span, message, { hint }));
  }
  if (spans.length === 0) return explanation;
  return { ...explanation, placeholders: spans.map((span) => placeholder(span, source, diagnostics)) };
}

const hint =
  'I {…} står et uttrykk: «verdi», en parameter, et navn, et felt (b.fødselsdato) eller et kall (alder_nå(b)). Skriv \\{ for en krøllparentes i teksten.';

/**
 * The spans of `{…}` (braces included) inside the quoted pieces of a template, and of each
 * `{` that its piece ends before closing (or that holds a `\`, which no expression does): an
 * error, not text, so that a placeholder is never printed as written by mistake.
 */
function placeholderSpans(text: string, span: A.Span): { spans: A.Span[]; unclosed: Array<{ span: A.Span; escape: boolean }> } {
  const spans: A.Span[] = [];
  const unclosed: Array<{ span: A.Span; escape: boolean }> = [];
  let open = -1;
  let inPiece = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (!inPiece) {
      if (c === 34 /* " */) inPiece = true;
      else if (c === 35 /* # */) while (i + 1 < span.end && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
      continue;
    }
    if (c === 34 || c === 10 || c === 13) {
      if (open >= 0) unclosed.push({ span: { start: open, end: i }, escape: false });
      inPiece = false;
      open = -1;
    } else if (c === 92 /* \ */) {
      if (open >= 0) {
        unclosed.push({ span: { start: open, end: i + 1 }, escape: true });
        open = -1;
      }
      i++;
    } else if (c === 123 /* { */) {
      if (open >= 0) unclosed.push({ span: { start: open, end: i }, escape: false });
      open = i;
    } else if (c === 125 /* } */ && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) unclosed.push({ span: { start: open, end: span.end }, escape: false });
  return { spans, unclosed };
}

function placeholder(span: A.Span, source: SourceText, diagnostics: Diagnostic[]): A.Placeholder {
  const inner = { start: span.start + 1, end: span.end - 1 };
  const lexed = tokenize(source.text.slice(inner.start, inner.end), inner.start);
  const problem = lexed.problems[0];
  if (problem) return unreadable(span, { start: problem.start, end: problem.end }, source, diagnostics, `Ukjent tegn «${problem.text}» i innsettingen`);
  const comment = lexed.comments[0];
  if (comment) return unreadable(span, comment.span, source, diagnostics, 'En innsetting kan ikke ha en kommentar');
  if (lexed.tokens.length === 0) return unreadable(span, span, source, diagnostics, 'Innsettingen {} er tom');
  // As deep as a declaration may be (bounds.ts): a placeholder is compiled and evaluated as an expression.
  const tooDeep = bracketsTooDeep(lexed.tokens, source);
  if (tooDeep) return withoutExpression(span, tooDeep, diagnostics);
  const parser = ruleParser();
  parser.input = lexed.tokens;
  let expr: A.Expr;
  try {
    expr = parser.expression();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return withoutExpression(span, tooDeepToRead(inner, source), diagnostics);
  }
  const error = parser.errors[0];
  if (error) {
    const at = Number.isNaN(error.token.startOffset) ? inner : tokenSpan(error.token);
    // The parser's messages speak of a declaration; here the input ends with the placeholder.
    const message = error.message.replace('slutten av deklarasjonen', 'slutten av innsettingen');
    return unreadable(span, at, source, diagnostics, `Innsettingen er ikke et uttrykk: ${message}`);
  }
  const deep = treeTooDeep(expr, lexed.tokens, source);
  return deep ? withoutExpression(span, deep, diagnostics) : { kind: 'Placeholder', expr, span };
}

function withoutExpression(span: A.Span, diagnostic: Diagnostic, diagnostics: Diagnostic[]): A.Placeholder {
  diagnostics.push(diagnostic);
  return { kind: 'Placeholder', expr: undefined, span };
}

function unreadable(span: A.Span, at: A.Span, source: SourceText, diagnostics: Diagnostic[], message: string): A.Placeholder {
  diagnostics.push(createDiagnostic('LK4011', source, at, message, { hint }));
  return { kind: 'Placeholder', expr: undefined, span };
}

function tokenSpan(token: IToken): A.Span {
  return { start: token.startOffset, end: tokenEnd(token) };
}

/**
 * The template as it is printed: its text (quotes removed, escapes resolved, pieces joined)
 * with each placeholder in its place.
 */
export function templateParts(explanation: A.Explanation, text: string): Array<string | A.Placeholder> {
  const parts: Array<string | A.Placeholder> = [];
  const { start, end } = explanation.template.span;
  let next = 0;
  let literal = '';
  let inPiece = false;
  for (let i = start; i < end; i++) {
    const placeholder = explanation.placeholders[next];
    if (placeholder && i === placeholder.span.start) {
      parts.push(literal, placeholder);
      literal = '';
      next++;
      i = placeholder.span.end - 1;
      continue;
    }
    const c = text[i] as string;
    if (!inPiece) {
      if (c === '"') inPiece = true;
      else if (c === '#') while (i + 1 < end && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if (c === '"' || c === '\n' || c === '\r') {
      inPiece = false;
    } else if (c === '\\' && i + 1 < end) {
      literal += text[++i];
    } else {
      literal += c;
    }
  }
  parts.push(literal);
  return parts.filter((part) => part !== '');
}

import type * as A from '../ast/ast.js';
import { line, type Line } from './line.js';
import { printText } from './literals.js';
import { printAnnotation } from './signatures.js';
import type { SourceScanner } from './source-scanner.js';

/** Declarations that are a single line. */

export function moduleLine(decl: A.ModuleDecl): Line {
  const variant = decl.variantOf ? ` variant av ${decl.variantOf.text}` : '';
  const marks = decl.marks.length > 0 ? `  (${decl.marks.map((m) => m.text).join(', ')})` : '';
  return line(0, `modul ${decl.name.text}${variant}${marks}`, decl.span.start, decl.span.end);
}

export function useLine(decl: A.UseDecl): Line {
  return line(0, `bruk ${decl.module.text}`, decl.span.start, decl.span.end);
}

export function outputLine(decl: A.OutputDecl): Line {
  return line(0, `utdata ${decl.names.map((n) => n.text).join(', ')}`, decl.span.start, decl.span.end);
}

export function assumptionLine(decl: A.AssumptionDecl, source: SourceScanner): Line {
  const annotation = decl.annotation ? `  ${printAnnotation(decl.annotation)}` : '';
  return line(0, `antakelse ${decl.name.text} ${printText(decl.text, source)}${annotation}`, decl.span.start, decl.span.end);
}

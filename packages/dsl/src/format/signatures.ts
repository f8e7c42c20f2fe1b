import type * as A from '../ast/ast.js';
import { fits, indentStep, line, type Line } from './line.js';

/** Types, parameter lists and `(kilde …)` annotations, and the header lines they end. */

export function printType(type: A.TypeRef): string {
  return type.kind === 'ListType' ? `liste av ${printType(type.element)}` : type.name.text;
}

export function printParams(params: readonly A.Param[]): string {
  return `(${params.map((p) => `${p.name.text}: ${printType(p.type)}`).join(', ')})`;
}

export function printAnnotation(annotation: A.Annotation): string {
  const validity = annotation.validity ? printValidity(annotation.validity) : undefined;
  if (annotation.sources.length === 0) return `(${validity ?? ''})`;
  const sources = `kilde ${annotation.sources.map(printCitedSource).join(', ')}`;
  return `(${validity ? `${sources}, ${validity}` : sources})`;
}

/** `stl18`, `stl18 ledd 3` or `stl18 ledd 3 punktum 1`, in an annotation or a table's `kilde` cell. */
export function printCitedSource(cited: A.CitedSource): string {
  const ledd = cited.ledd ? ` ledd ${cited.ledd.text}` : '';
  const punktum = cited.punktum ? ` punktum ${cited.punktum.text}` : '';
  return `${cited.name.text}${ledd}${punktum}`;
}

function printValidity(validity: A.Validity): string {
  return `gjelder fra ${validity.from.value}${validity.to ? ` til ${validity.to.value}` : ''}`;
}

/** `erstatt ` for a replacing declaration. */
export function replacePrefix(replaces: A.Replacement | undefined): string {
  return replaces ? 'erstatt ' : '';
}

/**
 * A header such as `regel navn(…): Type` followed by its annotation, two spaces apart; when
 * the two do not fit on one line, the annotation goes on the next line, one step in.
 * `headEnd` is the source end of the header's last token before the annotation.
 */
export function headerLines(indent: number, head: string, start: number, headEnd: number, annotation: A.Annotation | undefined): Line[] {
  if (!annotation) return [line(indent, head, start, headEnd)];
  const printed = printAnnotation(annotation);
  const together = `${head}  ${printed}`;
  if (fits(indent, together)) return [line(indent, together, start, annotation.span.end)];
  return [line(indent, head, start, headEnd), line(indent + indentStep, printed, annotation.span.start, annotation.span.end)];
}

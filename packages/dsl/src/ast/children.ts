import type * as A from './ast.js';

/**
 * The nodes of the syntax tree, generically: what a node is, its children in source order, and
 * a walk over a tree. The parser bounds a declaration's depth with them (parse.ts) and the editor
 * services find what is at a position with them (services/node-at.ts).
 */

/** Any node of the AST: something with a `kind` and a `span`. */
export interface AstNode {
  readonly kind: string;
  readonly span: A.Span;
}

export function isNode(value: unknown): value is AstNode {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; span?: unknown };
  if (typeof v.kind !== 'string' || typeof v.span !== 'object' || v.span === null) return false;
  const span = v.span as { start?: unknown; end?: unknown };
  return typeof span.start === 'number' && typeof span.end === 'number';
}

function collect(value: unknown, out: AstNode[], depth: number): void {
  if (depth > 4 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth);
    return;
  }
  if (isNode(value)) {
    out.push(value);
    return;
  }
  // Plain objects inside a node (a table cell's content, a source's link): look inside.
  for (const inner of Object.values(value)) collect(inner, out, depth + 1);
}

/**
 * The direct child nodes of a node, in source order. Generic over the AST's shape (every
 * property that holds nodes, directly, in arrays, or in plain objects such as a table cell's
 * content), so that it keeps working when the AST gains fields. Computed on every call and not
 * kept: a walk of the shipped rules (23 559 nodes) computing every list takes 2.4–2.7 ms, less
 * than the 5.0 ms it took with the lists kept (docs/editors.md, "What the services keep").
 */
export function childNodes(node: AstNode): readonly AstNode[] {
  const out: AstNode[] = [];
  for (const key in node) {
    if (key !== 'span') collect((node as unknown as Record<string, unknown>)[key], out, 0);
  }
  return inSourceOrder(out);
}

/** The nodes sorted by where they start; most lists already are, and are returned as they are. */
function inSourceOrder(nodes: AstNode[]): AstNode[] {
  for (let i = 1; i < nodes.length; i++) {
    if ((nodes[i - 1] as AstNode).span.start > (nodes[i] as AstNode).span.start) return nodes.sort((a, b) => a.span.start - b.span.start);
  }
  return nodes;
}

/**
 * Visits a node and its descendants depth-first, parents before children, in source order;
 * returning `false` skips the children. Iterative, so that a very long expression (a sum of
 * thousands of terms nests that deep) cannot overflow the stack.
 */
export function walk(root: AstNode, visit: (node: AstNode, parent: AstNode | undefined) => boolean | void): void {
  const stack: Array<{ node: AstNode; parent: AstNode | undefined }> = [{ node: root, parent: undefined }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop() as { node: AstNode; parent: AstNode | undefined };
    if (visit(node, parent) === false) continue;
    const children = childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as AstNode, parent: node });
  }
}

import type * as A from '../ast/ast.js';
import type { CheckResult } from '../check/check.js';
import type { ModuleInfo, ParsedFile } from '../check/program.js';
import type { ParameterSymbol, VariableSymbol } from '../check/symbols.js';
import { fileOf, offsetOf, type Position } from './positions.js';
import type { ServiceSession } from './session.js';

/**
 * Finding the syntax at a position: the innermost AST node, the name under the cursor, the
 * enclosing declaration and the local names in scope there. Every other service starts here.
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

// Type guards. `Record` is both a record declaration and a record literal; they differ in shape.
export const isName = (n: AstNode | undefined): n is A.Name => n?.kind === 'Name';
export const isRecordLiteral = (n: AstNode | undefined): n is A.RecordLiteral => n?.kind === 'Record' && 'typeName' in n;
export const isRecordDecl = (n: AstNode | undefined): n is A.RecordDecl => n?.kind === 'Record' && !('typeName' in n);

const declarationKinds = new Set(['Source', 'Assumption', 'Enum', 'EnumExtension', 'Record', 'Input', 'Output', 'Table', 'Rule', 'Discretion', 'Test', 'Broken']);

/** The module header, a `bruk` or a declaration: the top-level items of a file. */
export type TopLevelNode = A.ModuleDecl | A.UseDecl | A.Declaration;

function isTopLevel(node: AstNode, file: A.RuleFile): node is TopLevelNode {
  return node === file.module || (file.uses as readonly AstNode[]).includes(node) || (declarationKinds.has(node.kind) && (file.declarations as readonly AstNode[]).includes(node));
}

const contains = (span: A.Span, offset: number): boolean => span.start <= offset && offset < span.end;

/** The chain of nodes from the file down to the innermost node whose span contains `offset`. */
export function pathAt(root: AstNode, offset: number): AstNode[] {
  const path: AstNode[] = [root];
  let current = root;
  for (;;) {
    let next: AstNode | undefined;
    for (const child of childNodes(current)) {
      if (!contains(child.span, offset)) continue;
      if (!next || child.span.end - child.span.start < next.span.end - next.span.start) next = child;
    }
    if (!next) return path;
    path.push(next);
    current = next;
  }
}

/** A name in scope at a position that is not declared at the top level of a module. */
export interface LocalName {
  readonly kind: 'parameter' | 'variable';
  readonly name: string;
  /** The declaring name. */
  readonly span: A.Span;
  /** The checker's symbol (with its type), when the declaration was checked. */
  readonly symbol: ParameterSymbol | VariableSymbol | undefined;
}

export interface NodeAt {
  readonly file: ParsedFile;
  readonly module: ModuleInfo | undefined;
  readonly offset: number;
  /** From the file (`RuleFile`) down to the innermost node at the offset. */
  readonly path: readonly AstNode[];
  /** The innermost node at the offset (the file itself when nothing else is there). */
  readonly node: AstNode;
  /** The name at the offset, or the name that ends right at it (the cursor just after a word). */
  readonly name: A.Name | undefined;
  /** The top-level item the offset is in: the module header, a `bruk` or a declaration. */
  readonly declaration: TopLevelNode | undefined;
  /** Rule or table parameters and comprehension variables in scope, innermost last. */
  readonly locals: readonly LocalName[];
}

/**
 * What is at `position` in the file `path`. `undefined` when the file is not part of the
 * checked rule set.
 */
export function nodeAt(session: ServiceSession, path: string, position: Position): NodeAt | undefined {
  const file = fileOf(session.result, path);
  if (!file) return undefined;
  return nodeAtOffset(session.result, file, offsetOf(file, position));
}

export function nodeAtOffset(result: CheckResult, file: ParsedFile, offset: number): NodeAt {
  let nodes = pathAt(file.ast, offset);
  let name = isName(nodes[nodes.length - 1]) ? (nodes[nodes.length - 1] as A.Name) : undefined;
  if (!name && offset > 0) {
    const before = pathAt(file.ast, offset - 1);
    const last = before[before.length - 1];
    if (isName(last) && last.span.end === offset) {
      name = last;
      nodes = before;
    }
  }
  const declaration = nodes.find((n): n is TopLevelNode => isTopLevel(n, file.ast));
  return {
    file,
    module: result.program.moduleOfFile.get(file.path),
    offset,
    path: nodes,
    node: nodes[nodes.length - 1] as AstNode,
    name,
    declaration,
    locals: localsOf(result, nodes, offset),
  };
}

function localsOf(result: CheckResult, path: readonly AstNode[], offset: number): LocalName[] {
  const byName = new Map<string, LocalName>();
  const add = (kind: LocalName['kind'], name: A.Name) => {
    const symbol = result.program.declarations.get(name);
    byName.delete(name.text);
    byName.set(name.text, {
      kind,
      name: name.text,
      span: name.span,
      symbol: symbol?.kind === 'parameter' || symbol?.kind === 'variable' ? symbol : undefined,
    });
  };
  for (const node of path) {
    if (node.kind === 'Rule' || node.kind === 'Table') {
      const params = (node as A.RuleDecl | A.TableDecl).params;
      for (const param of params ?? []) add('parameter', param.name);
    } else if (node.kind === 'Comprehension') {
      const comprehension = node as A.Comprehension;
      // The variable is bound in the body and the filter, not in the list it runs over.
      if (!contains(comprehension.source.span, offset)) add('variable', comprehension.variable);
    }
  }
  return [...byName.values()];
}

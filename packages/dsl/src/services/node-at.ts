import type * as A from '../ast/ast.js';
import type { CheckResult } from '../check/check.js';
import type { ModuleInfo, ParsedFile } from '../check/program.js';
import type { ParameterSymbol, VariableSymbol } from '../check/symbols.js';
import { childNodes, type AstNode } from '../ast/children.js';
import { fileOf, offsetOf, type Position } from './positions.js';
import type { ServiceSession } from './session.js';

/**
 * Finding the syntax at a position: the innermost AST node, the name under the cursor, the
 * enclosing declaration and the local names in scope there. Every other service starts here.
 */

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

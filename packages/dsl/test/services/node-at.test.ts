import { describe, expect, it } from 'vitest';
import type * as A from '../../src/ast/ast';
import { check } from '../../src/check/check';
import { childNodes, walk, type AstNode } from '../../src/ast/children';
import { nodeAt } from '../../src/services/node-at';
import { ServiceSession } from '../../src/services/session';
import { examplePath, exampleText, find } from './helpers';

const result = check([{ path: examplePath, text: exampleText }]);
const session = new ServiceSession(result);
const at = (needle: string, delta = 0) => {
  const found = nodeAt(session, examplePath, find(exampleText, needle, delta));
  if (!found) throw new Error('no file');
  return found;
};

describe('nodeAt', () => {
  it('finds the innermost node, the name and the enclosing declaration', () => {
    const found = at('b.fødselsdato, første_dag_i_måneden) < 6', 3);
    expect(found.node.kind).toBe('Name');
    expect(found.name?.text).toBe('fødselsdato');
    expect(found.path.map((n) => n.kind)).toEqual(['RuleFile', 'Rule', 'Definition', 'If', 'Binary', 'Call', 'MemberAccess', 'Name']);
    expect(found.declaration?.kind).toBe('Rule');
    expect((found.declaration as A.RuleDecl).name.text).toBe('aldersgruppe');
    expect(found.module?.name).toBe('eksempel.livsopphold');
  });

  it('finds the name that ends right at the offset (the cursor after a word)', () => {
    const found = at('= sats + boutgifter', 6);
    expect(found.name?.text).toBe('sats');
  });

  it('gives the rule’s parameters as locals, with the checker’s symbols', () => {
    const found = at('alder(b.fødselsdato', 6);
    expect(found.locals.map((l) => [l.kind, l.name, l.symbol?.kind])).toEqual([['parameter', 'b', 'parameter']]);
  });

  it('gives a comprehension’s variable inside its body and filter, not in the list it runs over', () => {
    const body = at('x.beløp for x i inntekter', 0);
    expect(body.locals.map((l) => l.name)).toEqual(['x']);
    expect(body.locals[0]?.symbol?.kind).toBe('variable');
    expect(at('der teller_som_inntekt(x)', 4).locals.map((l) => l.name)).toEqual(['x']);
    expect(at('x i inntekter der', 4).locals).toEqual([]);
    expect(at('regel stønad', 7).locals).toEqual([]);
  });

  it('knows the module header, a comment and white space outside declarations', () => {
    expect(at('modul eksempel', 7).declaration?.kind).toBe('Module');
    expect(at('# satsene for 2022', 3).node.kind).toBe('Comment');
    const blank = nodeAt(session, examplePath, { line: 4, column: 1 });
    expect(blank?.declaration).toBeUndefined();
    expect(blank?.node.kind).toBe('RuleFile');
    expect(nodeAt(session, 'ukjent.lov', { line: 1, column: 1 })).toBeUndefined();
  });

  it('clamps positions outside the file', () => {
    expect(nodeAt(session, examplePath, { line: 0, column: 0 })?.offset).toBe(0);
    expect(nodeAt(session, examplePath, { line: 10_000, column: 10_000 })?.offset).toBe(exampleText.length);
    expect(nodeAt(session, examplePath, { line: Number.NaN, column: 3 })?.offset).toBe(0);
  });

  it('walks every node once, children within their parents', () => {
    const file = result.program.files[0]?.ast as A.RuleFile;
    let count = 0;
    walk(file, (node, parent) => {
      count++;
      if (parent) {
        expect(childNodes(parent)).toContain(node);
        expect(node.span.start).toBeGreaterThanOrEqual(parent.span.start);
        expect(node.span.end).toBeLessThanOrEqual(parent.span.end);
      }
    });
    const names: AstNode[] = [];
    walk(file, (node) => void (node.kind === 'Name' && names.push(node)));
    expect(count).toBeGreaterThan(500);
    expect(names.length).toBeGreaterThan(150);
    const starts = names.map((n) => n.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../packages/dsl/src/check/check';
import { formatDiagnostic } from '../../packages/dsl/src/diagnostics/diagnostic';
import { parse } from '../../packages/dsl/src/parser/parse';
import { declarationKeywords } from '../../packages/dsl/src/lexer/tokens';

const docs = new URL('../../docs/', import.meta.url);
const examples = readdirSync(new URL('examples/', docs))
  .filter((f) => f.endsWith('.lov'))
  .map((f) => ({ path: `docs/examples/${f}`, text: readFileSync(new URL(`examples/${f}`, docs), 'utf8') }));

describe('the shipped examples in docs/', () => {
  it('exist', () => expect(examples.length).toBeGreaterThan(1));

  it('check clean together, without errors or warnings', () => {
    expect(check(examples).diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});

describe('docs/language.md', () => {
  const reference = readFileSync(new URL('language.md', docs), 'utf8');
  const blocks = [...reference.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  const declarationBlocks = blocks.filter((b) => declarationKeywords.some((k) => b.startsWith(`${k} `)));

  it('has examples of every kind of declaration', () => {
    for (const keyword of declarationKeywords) {
      expect(declarationBlocks.some((b) => new RegExp(`^${keyword} `, 'm').test(b)), keyword).toBe(true);
    }
  });

  it.each(declarationBlocks.map((b, i) => [i, b]))('example %i parses without syntax errors', (_, block) => {
    const text = block.startsWith('modul ') ? block : `modul dokumentasjon.eksempel\n${block}`;
    const syntax = parse(text, 'language.md').diagnostics.filter((d) => d.code.startsWith('LK1'));
    expect(syntax.map(formatDiagnostic)).toEqual([]);
  });
});

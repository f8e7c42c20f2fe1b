import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedPath, norwegianMessages, renderMonacoNb } from '../scripts/generate-monaco-nb';
import { norwegianWords } from '../src/app/monaco-nb-words';

describe("Monaco's UI strings in Norwegian", () => {
  it('are numbered for the installed Monaco (run `pnpm --filter @lovkode/editor generate`)', () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(renderMonacoNb());
  });

  it('has every English text of the word list in Monaco (a Monaco upgrade that drops one fails here)', () => {
    const { found } = norwegianMessages();
    expect(Object.keys(norwegianWords).filter((english) => !found.has(english))).toEqual([]);
  });
});

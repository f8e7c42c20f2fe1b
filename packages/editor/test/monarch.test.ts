import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keywordList } from '@lovkode/dsl';
import { generatedPath, renderMonarch } from '../scripts/generate-monarch';

describe('generated Monarch tokenizer', () => {
  it('is up to date with the lexer token definitions (run `pnpm --filter @lovkode/editor generate`)', () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(renderMonarch());
  });

  it('highlights what the lexer reads', async () => {
    const { monarch, keywords } = await import('../generated/monarch');
    expect([...keywords]).toEqual([...keywordList]);
    const rules = (monarch.tokenizer['root'] ?? []) as unknown as Array<[RegExp, unknown]>;
    const classify = (text: string): unknown => {
      for (const [regex, token] of rules) {
        const m = new RegExp(`^(?:${regex.source})`).exec(text);
        if (m && m[0].length > 0) {
          if (typeof token === 'object') return keywords.includes(m[0]) ? 'keyword' : 'identifier';
          return token;
        }
      }
      return 'invalid';
    };
    expect(classify('## doc')).toBe('comment.doccomment');
    expect(classify('# note')).toBe('comment.comment');
    expect(classify('2024-03-01')).toBe('date.dateliteral');
    expect(classify('2024-03')).toBe('date.monthliteral');
    expect(classify('12 600 kr')).toBe('number.numberliteral');
    expect(classify('"tekst"')).toBe('string.textliteral');
    expect(classify('regel')).toBe('keyword');
    expect(classify('regelverk')).toBe('identifier');
    expect(classify('skjønn')).toBe('keyword');
    expect(classify('≤')).toBe('operator.lessequal');
  });
});

import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check';
import { coverage } from '../../src/coverage/coverage';
import { coverageMarkdown } from '../../src/coverage/report';
import { markdownCode, markdownCodeBlock, markdownText, markdownTextCell } from '../../src/markdown/markdown';

describe('text from rule files written into Markdown', () => {
  it('makes HTML inert and escapes links, images and code spans, but leaves emphasis alone', () => {
    expect(markdownText('<img src=x onerror=alert(1)> & [x](javascript:alert(1)) `kode` inntekt_regnet_med')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; \\[x\\](javascript:alert(1)) \\`kode\\` inntekt_regnet_med',
    );
  });

  it('keeps a table cell one cell on one line', () => {
    expect(markdownTextCell('a | b\nc')).toBe('a \\| b c');
  });

  it('fences code with more backticks than the text holds', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCodeBlock('lov', ['```', 'x'])).toEqual(['````lov', '```', 'x', '````']);
  });

  it('is the escaping of the coverage report: a stored title or wording never becomes HTML in rules/README.md', () => {
    const text = [
      'modul m',
      'kilde k "Tittel <script>alert(1)</script>"',
      '  ledd 1 punktum 1 "Ordlyd med <b>tagg</b> | og [lenke](javascript:x)"',
      'regel r: beløp  (kilde k ledd 1 punktum 1)',
      '  = 1 kr',
      '',
    ].join('\n');
    const markdown = coverageMarkdown(coverage(check([{ path: 'm.lov', text }])));
    expect(markdown).not.toMatch(/<script|<b>|(?<!\\)\]\(javascript/);
    expect(markdown).toContain('### Tittel &lt;script&gt;alert(1)&lt;/script&gt; (`k`)');
    expect(markdown).toContain('«Ordlyd med &lt;b&gt;tagg&lt;/b&gt; \\| og \\[lenke\\](javascript:x)»');
  });
});

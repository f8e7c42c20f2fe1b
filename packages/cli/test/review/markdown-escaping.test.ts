/**
 * The review Markdown (`lovkode diff --format md`, «Kopier som Markdown») carries text from
 * rule files into pull requests. Rendered by a common Markdown renderer with raw HTML
 * allowed and every link target accepted (markdown-it, `html: true`), nothing from a rule file may
 * become HTML or a link
 * (issue 12, item 12), and the text must still be there for the reviewer to read.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/review/diff';
import { renderMarkdown } from '../../src/review/markdown';

const hostileTitle = 'Kilde <img src=x onerror=alert(1)> [les](javascript:alert(2)) <javascript:alert(3)>';
const hostileTest = '</details><script>alert(4)</script> ![bilde](javascript:alert(5))';
const hostileExplanation = '``` <img src=y onerror=alert(6)> ` [x](javascript:alert(7))';

function rules(title: string, testName: string, explanation: string, plus: string): string {
  return `modul farlig

kilde k "${title}"

inndata Sak {
  måned: måned  (vurderingstidspunkt)
  x:     beløp
}

utdata y

regel y: beløp  (kilde k)
  = x${plus}
  forklaring "${explanation}"

test "${testName}"
  gitt måned = 2024-03, x = 2 kr
  forvent y = 2 kr
`;
}

describe('the review Markdown', () => {
  const report = diffRuleSets(
    { spec: 'gammel', kind: 'files', files: [{ path: 'farlig.lov', text: rules('Kilde', 'gammel test', 'Trygt', '') }] },
    { spec: 'ny <b>', kind: 'files', files: [{ path: 'farlig.lov', text: rules(hostileTitle, hostileTest, hostileExplanation, ' + 1 kr') }] },
    { population: { size: 0, seed: 1 } },
  );
  const markdown = renderMarkdown(report);
  // A permissive renderer: raw HTML on, and every link target accepted (markdown-it alone would drop `javascript:`).
  const renderer = new MarkdownIt({ html: true, linkify: true });
  renderer.validateLink = () => true;
  const html = renderer.render(markdown);

  it('holds the rule files’ text', () => {
    expect(markdown).toContain('alert(1)');
    expect(markdown).toContain('alert(4)');
    expect(markdown).toContain('alert(6)');
  });

  it('never turns rule text into HTML elements', () => {
    expect(html).not.toMatch(/<(img|script|b)\b/i);
    expect(html).not.toMatch(/<\/details>\s*<script/i);
    // The texts are shown as text.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
  });

  it('never turns rule text into a link or an image', () => {
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toMatch(/src="\s*javascript:/i);
    expect(html).not.toContain('<a ');
  });

  it('keeps every diff line inside its code block, even one holding backticks', () => {
    const blocks = [...html.matchAll(/<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/g)].map((m) => m[1] ?? '');
    expect(blocks.some((b) => b.includes('+   forklaring &quot;``` &lt;img src=y onerror=alert(6)&gt;'))).toBe(true);
  });
});

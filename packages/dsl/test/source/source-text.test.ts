import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../src/source/source-text';

/** The line table as it was read before: every character in turn. */
function startsByCharacter(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

describe('the line table', () => {
  // docs/language.md §1: «`\n`, `\r\n` and `\r` all end a line.»
  it('starts a line after every \\r\\n, \\r and \\n, as reading every character does', () => {
    const text = fc.array(fc.constantFrom('\r\n', '\r', '\n', '\n\r', 'a', 'regel x', ' ', 'ø', '\r\r', '\n\n'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(lineStarts(t)).toEqual(startsByCharacter(t));
    }), { numRuns: 2000 });
    for (const t of ['', '\r', '\n', '\r\n', 'a\rb\nc\r\nd', '\r\n\r\n', 'x\r']) expect(lineStarts(t)).toEqual(startsByCharacter(t));
  });
});

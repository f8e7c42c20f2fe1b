import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../src/cli/io.js';

/**
 * `readLines` decodes the lines that lie whole in a chunk together; what it gives must be what
 * decoding each line alone gives (RFC 8259 §8.1: UTF-8, strictly), however the input is cut
 * into chunks: a byte order mark at a line's start dropped, a `\r` at its end dropped, a line
 * that is not UTF-8 refused with the offset in that line, a line over the limit refused.
 */
function reference(bytes: Buffer, limit: number): Array<Omit<InputLine, 'number'>> {
  const lines: Array<Omit<InputLine, 'number'>> = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(10, start);
    const end = newline < 0 ? bytes.length : newline;
    const line = bytes.subarray(start, end);
    if (line.length > limit) lines.push({ text: '', tooLarge: true, notUtf8: undefined });
    else {
      try {
        lines.push({ text: decoder.decode(line).replace(/\r$/, ''), tooLarge: false, notUtf8: undefined });
      } catch {
        lines.push({ text: '', tooLarge: false, notUtf8: 'x' });
      }
    }
    start = end + 1;
  }
  return lines;
}

async function read(bytes: Buffer, cuts: number[], limit: number): Promise<InputLine[]> {
  const ends = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const end of [...ends, bytes.length]) {
    if (end > start) chunks.push(bytes.subarray(start, end));
    start = Math.max(start, end);
  }
  const lines: InputLine[] = [];
  for await (const batch of readLines(Readable.from(chunks), 'testen', limit)) lines.push(...batch);
  return lines;
}

const pieces = [
  '{"a":1}',
  '{"navn":"Åse Ærlig-Øvrebø"}',
  '\uFEFF',
  '\r',
  '',
  '𝄞',
  '   ',
  '{"tekst":"linje\\nmed escape"}',
];
const foreign = [Buffer.from([0xe5]), Buffer.from([0xc3]), Buffer.from([0xff, 0xfe]), Buffer.from([0xf0, 0x9d, 0x84])];

describe('readLines', () => {
  it('gives every line as decoding it alone would, however the input is cut into chunks', async () => {
    const part = fc.oneof(
      fc.constantFrom(...pieces).map((text) => Buffer.from(text)),
      fc.constantFrom(...foreign),
      fc.constant(Buffer.from('\n')),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => Buffer.from(text)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), async (parts, cuts, limit) => {
        const bytes = Buffer.concat(parts);
        const lines = await read(bytes, cuts, limit);
        const expected = reference(bytes, limit);
        expect(lines.map((l) => l.number)).toEqual(expected.map((_, i) => i + 1));
        expect(lines.map((l) => ({ text: l.text, tooLarge: l.tooLarge, notUtf8: l.notUtf8 === undefined ? undefined : 'x' }))).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('names the offset of the first foreign byte within its line', async () => {
    const bytes = Buffer.concat([Buffer.from('{"a":1}\n{"navn":"'), Buffer.from([0xe5]), Buffer.from('se"}\n{"b":2}\n')]);
    const lines = await read(bytes, [3, 20], 1 << 20);
    expect(lines.map((l) => l.notUtf8)).toEqual([undefined, 'Inndata er ikke UTF-8: byte 9 (0xE5) kan ikke leses; lagre filen som UTF-8', undefined]);
    expect(lines[2]?.text).toBe('{"b":2}');
  });
});

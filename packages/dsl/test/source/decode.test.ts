import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRuleFile, firstInvalidUtf8Byte, maxRuleFileBytes } from '../../src/source/decode';

const strict = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('decodeRuleFile', () => {
  it('reads UTF-8 with and without a byte-order mark, keeping the mark for the parser', () => {
    expect(decodeRuleFile(new TextEncoder().encode('kilde § ø'), 'a.lov')).toEqual({ ok: true, text: 'kilde § ø' });
    const withBom = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('modul a'));
    expect(decodeRuleFile(withBom, 'a.lov')).toEqual({ ok: true, text: '\ufeffmodul a' });
  });

  it('refuses Latin-1 at the first foreign byte with its line, column, offset and the character it would be', () => {
    const bytes = Uint8Array.of(...new TextEncoder().encode('modul a\n# '), 0xa7, 0x20, 0x31, 0x38);
    const result = decodeRuleFile(bytes, 'a.lov');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic).toMatchObject({ code: 'LK1009', file: 'a.lov', line: 2, column: 3, message: 'Filen er ikke UTF-8: byte 10 (0xA7) kan ikke leses' });
    expect(result.diagnostic.hint).toContain('Windows-1252/Latin-1, der 0xA7 er «§»');
  });

  it('names UTF-16 when the file starts with its byte-order mark', () => {
    const result = decodeRuleFile(Uint8Array.of(0xff, 0xfe, 0x6d, 0x00), 'a.lov');
    expect(!result.ok && result.diagnostic.hint).toContain('UTF-16');
  });

  it('refuses overlong forms, surrogates and code points past U+10FFFF, which lenient decoders let through', () => {
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82]]) {
      const result = decodeRuleFile(Uint8Array.of(0x61, ...bad), 'a.lov');
      expect(result.ok, bad.join(' ')).toBe(false);
      expect(!result.ok && result.diagnostic.column).toBe(2);
    }
  });

  it('refuses a file over the size limit without decoding it', () => {
    const result = decodeRuleFile(new Uint8Array(maxRuleFileBytes + 1), 'stor.lov');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostic.code).toBe('LK1010');
  });

  it('agrees with the platform’s strict decoder on random bytes, and names the first byte it rejects', () => {
    // Bytes biased towards UTF-8's lead and continuation ranges, so that both outcomes are common.
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }));
    const text = fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => Array.from(new TextEncoder().encode(s)));
    fc.assert(
      fc.property(fc.array(fc.oneof(byte.map((b) => [b]), text), { maxLength: 12 }), (parts) => {
        const bytes = Uint8Array.from(parts.flat());
        const decoded = decodeRuleFile(bytes, 'x.lov');
        expect(decoded.ok).toBe(strict(bytes));
        const first = firstInvalidUtf8Byte(bytes);
        expect(first === bytes.length).toBe(strict(bytes));
        if (first < bytes.length) {
          expect(strict(bytes.subarray(0, first))).toBe(true);
          // No continuation of the bytes from `first` on makes them valid: the byte itself is wrong.
          expect(strict(bytes.subarray(0, first + 4))).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * The bytes of a rule file → its text, strictly. A rule file is UTF-8 (a byte-order mark
 * is allowed); anything else is refused with a diagnostic at the first byte that is not
 * UTF-8, never decoded with U+FFFD replacement characters, because a file read that way
 * and written back (by `fmt` or an editor save) would lose its `§` and `ø` for good.
 * Files over `maxRuleFileBytes` are refused before they are decoded.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SourceText } from './source-text.js';

/** The largest rule file read (4 MiB, about 100 000 lines; the shipped rules are under 100 kB each). */
export const maxRuleFileBytes = 4 * 1024 * 1024;

export type DecodedRuleFile = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

export function decodeRuleFile(bytes: Uint8Array, path: string): DecodedRuleFile {
  const size = ruleFileSizeProblem(bytes.length, path);
  if (size) return { ok: false, diagnostic: size };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, diagnostic: notUtf8(bytes, path) };
  }
}

/** LK1010 when a file of `size` bytes is too large to be read as a rule file (so a caller can refuse it before reading it). */
export function ruleFileSizeProblem(size: number, path: string): Diagnostic | undefined {
  if (size <= maxRuleFileBytes) return undefined;
  const source = new SourceText(path, '');
  return createDiagnostic('LK1010', source, { start: 0, end: 0 }, `Filen er ${megabytes(size)}; en regelfil kan være høyst ${megabytes(maxRuleFileBytes)}`, {
    hint: 'Del reglene i flere filer (én modul per fil)',
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
}

function notUtf8(bytes: Uint8Array, path: string): Diagnostic {
  const offset = firstInvalidUtf8Byte(bytes);
  // The bytes before `offset` are valid UTF-8, so the lossy text agrees with the file up to there.
  const source = new SourceText(path, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  const start = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset)).length;
  const byte = bytes[offset] as number;
  return createDiagnostic('LK1009', source, { start, end: start + 1 }, `Filen er ikke UTF-8: byte ${offset} (0x${hex(byte)}) kan ikke leses`, { hint: encodingHint(bytes, byte) });
}

function encodingHint(bytes: Uint8Array, byte: number): string {
  const save = 'Lagre filen som UTF-8 i redigeringsprogrammet; lovkode leser eller endrer den ikke før det er gjort';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return `Filen ser ut til å være UTF-16. ${save}`;
  const guess = new TextDecoder('windows-1252').decode(Uint8Array.of(byte));
  return `Filen ser ut til å være lagret som Windows-1252/Latin-1, der 0x${hex(byte)} er «${guess}». ${save}`;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode table 3-7). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** The length of the well-formed sequence starting at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const next = (k: number, low = 0x80, high = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return next(1) ? 2 : 0;
  if (b === 0xe0) return next(1, 0xa0) && next(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return next(1) && next(2) ? 3 : 0;
  if (b === 0xed) return next(1, 0x80, 0x9f) && next(2) ? 3 : 0;
  if (b === 0xf0) return next(1, 0x90) && next(2) && next(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return next(1) && next(2) && next(3) ? 4 : 0;
  if (b === 0xf4) return next(1, 0x80, 0x8f) && next(2) && next(3) ? 4 : 0;
  return 0;
}

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { decodeRuleFile, firstInvalidUtf8Byte, maxRuleFileBytes, ruleFileSizeProblem, type Diagnostic, type RuleSource } from '@lovkode/dsl';
import type { ParsedArgs } from './args.js';
import { InputError } from '@lovkode/engine';
import { writeFileAtomic } from '../files/atomic-write.js';
import { readRuleFileText, UnreadableRuleFile } from '../files/rule-file.js';
import { lovFilesUnder } from '../files/rule-files.js';

/** Exit codes of `lovkode` (documented in the help text; 64–70 as in BSD sysexits). */
export const ExitCode = {
  ok: 0,
  /** The rules have errors, a test failed, or `fmt --check` found files to format. */
  failed: 1,
  /** `run`: the input is invalid or the evaluation failed. */
  evaluation: 2,
  /** Wrong usage: unknown command or option, missing argument. */
  usage: 64,
  /** A file or directory does not exist or cannot be read. */
  noInput: 66,
  /** A bug in lovkode. */
  internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A user error with its exit code: printed as one line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Rule files that cannot be read as rule files (not UTF-8, too large): their diagnostics, and exit code 1. */
export class UnreadableRuleFiles extends CliError {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(
      `${diagnostics.length === 1 ? 'én regelfil kan' : `${diagnostics.length} regelfiler kan`} ikke leses (${diagnostics.map((d) => d.code).join(', ')}); ingenting er sjekket eller endret`,
      ExitCode.failed,
    );
    this.name = 'UnreadableRuleFiles';
  }
}

/** The CLI refuses input larger than this before reading it fully (docs/engine.md §8, LK7007). */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Thrown when an input is larger than `MAX_INPUT_BYTES`. */
export class InputTooLarge extends Error {
  constructor(readonly bytes: number | undefined) {
    super(`Inndata er større enn ${MAX_INPUT_BYTES / (1024 * 1024)} MB${bytes !== undefined ? ` (${bytes} byte)` : ''}`);
    this.name = 'InputTooLarge';
  }
}

/** Where the CLI reads and writes; `process` in production. */
export interface Io {
  readonly cwd: string;
  readonly stdin: Readable;
  /** Writes to standard output: text, or bytes that are UTF-8 already. */
  out(text: string | Uint8Array): Promise<void>;
  err(text: string): void;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdin: process.stdin,
    out: (text) =>
      new Promise<void>((resolve) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once('drain', () => resolve());
      }),
    err: (text) => {
      process.stderr.write(text);
    },
  };
}

/** A path as given to the checker and compiler: relative to the working directory, with `/`. */
export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  return (relative === '' ? path.basename(absolute) : relative).split(path.sep).join('/');
}

function describeFsError(error: unknown, what: string): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError(`finner ikke ${what}`, ExitCode.noInput);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`har ikke tilgang til ${what}`, ExitCode.noInput);
  if (code === 'EISDIR') return new CliError(`${what} er en mappe, ikke en fil`, ExitCode.noInput);
  return new CliError(`kan ikke lese ${what}: ${(error as Error).message}`, ExitCode.noInput);
}

/**
 * The `.lov` files named by `paths`: a file as given, a directory searched recursively
 * (skipping hidden directories and `node_modules`), in a stable order, each file once.
 */
export async function findRuleFiles(cwd: string, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      found.push(file);
    }
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw describeFsError(error, `«${given}»`);
    }
    if (info.isDirectory()) {
      const files = await lovFilesUnder(absolute, (directory, error) => {
        throw describeFsError(error, `mappen «${directory === absolute ? given : path.join(given, path.relative(absolute, directory))}»`);
      });
      if (files.length === 0) throw new CliError(`ingen .lov-filer i mappen «${given}»`, ExitCode.noInput);
      files.forEach(add);
    } else {
      add(absolute);
    }
  }
  return found;
}

/**
 * Reads the rule files named by `paths`, each with its path relative to the working directory.
 * If any cannot be read as a rule file, none is used: `UnreadableRuleFiles` names them all.
 */
export async function readRuleFiles(cwd: string, paths: readonly string[]): Promise<RuleSource[]> {
  if (paths.length === 0) throw new CliError('mangler regelfiler eller mapper', ExitCode.usage);
  const files = await findRuleFiles(cwd, paths);
  const read = await Promise.all(files.map(async (file) => readRuleFile(file, displayPath(cwd, file))));
  const unreadable = read.flatMap((r) => (r.ok ? [] : [r.diagnostic]));
  if (unreadable.length > 0) throw new UnreadableRuleFiles(unreadable);
  return read.flatMap((r) => (r.ok ? [{ path: r.path, text: r.text }] : []));
}

/** The options of a command that reads a rule file from standard input (`-`). */
export const stdinOptions = { 'stdin-filepath': { type: 'string' } } as const;

export const stdinOptionHelp = '  --stdin-filepath STI  stien regelfilen fra standard inn («-») har i regelsettet (standard: standard-inn.lov)';

/**
 * The rule files named by a command's paths, where `-` is one file read from standard
 * input, known by `--stdin-filepath` (an editor checking an unsaved buffer): it replaces the
 * file of that path among the others, or is added to them.
 */
export async function readRuleFilesWithStdin(io: Io, args: ParsedArgs, command: string): Promise<RuleSource[]> {
  const paths = args.positionals.filter((p) => p !== '-');
  const fromStdin = args.positionals.length - paths.length;
  if (fromStdin > 1) throw new CliError(`${command}: «-» kan bare stå én gang`, ExitCode.usage);
  const stdinPath = args.values['stdin-filepath'];
  if (fromStdin === 0) {
    if (typeof stdinPath === 'string') throw new CliError(`${command}: --stdin-filepath gjelder bare sammen med «-»`, ExitCode.usage);
    return readRuleFiles(io.cwd, paths);
  }
  const shown = displayPath(io.cwd, path.resolve(io.cwd, typeof stdinPath === 'string' ? stdinPath : 'standard-inn.lov'));
  const stdin = await readStdinRuleFile(io, shown);
  const others = paths.length > 0 ? await readRuleFiles(io.cwd, paths) : [];
  return [...others.filter((f) => f.path !== shown), stdin];
}

/** A rule file from standard input, decoded strictly and within the size limit, like a file. */
export async function readStdinRuleFile(io: Io, shown: string): Promise<RuleSource> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // The limit is checked on the bytes as they come: a stray 50 MB input is not kept.
    if (size > maxRuleFileBytes) {
      io.stdin.destroy();
      throw new UnreadableRuleFiles([ruleFileSizeProblem(size, shown) as Diagnostic]);
    }
    chunks.push(buffer);
  }
  const decoded = decodeRuleFile(Buffer.concat(chunks), shown);
  if (!decoded.ok) throw new UnreadableRuleFiles([decoded.diagnostic]);
  return { path: shown, text: decoded.text };
}

/** One rule file: its text, or the diagnostic that says why it cannot be read as a rule file. */
export async function readRuleFile(
  file: string,
  shown: string,
): Promise<{ readonly ok: true; readonly path: string; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic }> {
  try {
    return { ok: true, path: shown, text: await readRuleFileText(file, shown) };
  } catch (error) {
    if (error instanceof UnreadableRuleFile) return { ok: false, diagnostic: error.diagnostic };
    throw describeFsError(error, `«${shown}»`);
  }
}

/** Replaces a user's file so that it is never left half-written (`writeFileAtomic`). */
export async function writeText(file: string, shown: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`kan ikke skrive «${shown}»${code ? ` (${code})` : ''}`, ExitCode.noInput);
  }
}

/**
 * Opens `--input` (a file, or `-` for standard input). A file over the limit is refused
 * unread, unless `sizeLimit` is false (JSON Lines, where the limit is per line).
 */
export async function openInput(io: Io, given: string, options: { readonly sizeLimit?: boolean } = {}): Promise<Readable> {
  if (given === '-') return io.stdin;
  const file = path.resolve(io.cwd, given);
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw describeFsError(error, `inndatafilen «${given}»`);
  }
  if (info.isDirectory()) throw new CliError(`inndatafilen «${given}» er en mappe`, ExitCode.noInput);
  if (options.sizeLimit !== false && info.isFile() && info.size > MAX_INPUT_BYTES) throw new InputTooLarge(info.size);
  // An open error (e.g. no permission) surfaces as a clear message when the stream is read.
  return createReadStream(file);
}

/** The size of `--input` in bytes if it is a file (`undefined` for standard input, or if it cannot be read: `openInput` says why). */
export async function inputSize(io: Io, given: string): Promise<number | undefined> {
  if (given === '-') return undefined;
  try {
    const info = await stat(path.resolve(io.cwd, given));
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** The whole input as text, refusing it (without reading further) once it passes `limit` bytes. */
export async function readAll(stream: Readable, shown: string, limit = MAX_INPUT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > limit) {
        stream.destroy();
        throw new InputTooLarge(undefined);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof InputTooLarge) throw error;
    throw describeFsError(error, shown);
  }
  const text = decodeUtf8(Buffer.concat(chunks));
  if (typeof text !== 'string') throw new InputError('LK7005', [{ path: '', message: text.problem }]);
  return text;
}

/**
 * Input text is UTF-8 (RFC 8259 §8.1), decoded strictly: bytes in another encoding are
 * refused with the offset of the first foreign byte, never read as replacement characters
 * (a Latin-1 `begrunnelse` would otherwise reach the decision as «���»).
 */
function decodeUtf8(bytes: Uint8Array, decoder = utf8): string | { readonly problem: string } {
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const byte = bytes[offset] as number;
    return { problem: `Inndata er ikke UTF-8: byte ${offset} (0x${byte.toString(16).toUpperCase().padStart(2, '0')}) kan ikke leses; lagre filen som UTF-8` };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes lines, many at once: a byte order mark is kept, to be dropped per line (`withoutMarks`). */
const utf8Together = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A line of a JSON Lines input (`readLines`). */
export interface InputLine {
  readonly number: number;
  readonly text: string;
  readonly tooLarge: boolean;
  readonly notUtf8: string | undefined;
}

/**
 * The lines of a stream (JSON Lines), read as they come, in batches: the lines that end in
 * each chunk read. A line longer than `limit` bytes is not kept: it is given as `{ tooLarge:
 * true }` so the caller can report it and go on; a line that is not UTF-8 comes with
 * `notUtf8`, the reason. Each line is decoded as if on its own (a byte order mark at its start
 * is dropped, a `\r` at its end too); the lines that lie whole in a chunk are decoded in one
 * call, and one by one only when that finds a byte that is not UTF-8.
 */
export async function* readLines(stream: Readable, shown: string, limit = MAX_INPUT_BYTES): AsyncGenerator<InputLine[]> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let tooLarge = false;
  let number = 0;
  const lineOf = (decoded: string | { readonly problem: string } | undefined): InputLine =>
    decoded === undefined
      ? { number: ++number, text: '', tooLarge: true, notUtf8: undefined }
      : typeof decoded === 'string'
        ? { number: ++number, text: withoutMarks(decoded), tooLarge: false, notUtf8: undefined }
        : { number: ++number, text: '', tooLarge: false, notUtf8: decoded.problem };
  const take = () => {
    const line = lineOf(tooLarge ? undefined : decodeUtf8(Buffer.concat(pending), utf8Together));
    pending = [];
    pendingSize = 0;
    tooLarge = false;
    return line;
  };
  const keep = (part: Buffer) => {
    if (tooLarge) return;
    pendingSize += part.length;
    if (pendingSize > limit) {
      tooLarge = true;
      pending = [];
    } else {
      pending.push(part);
    }
  };
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      const lines: InputLine[] = [];
      let start = 0;
      const first = buffer.indexOf(10);
      if (first >= 0 && (pendingSize > 0 || tooLarge)) {
        keep(buffer.subarray(0, first));
        lines.push(take());
        start = first + 1;
      }
      const last = buffer.lastIndexOf(10);
      if (last >= start) {
        for (const decoded of wholeLines(buffer.subarray(start, last), limit)) lines.push(lineOf(decoded));
        start = last + 1;
      }
      if (start < buffer.length) keep(buffer.subarray(start));
      if (lines.length > 0) yield lines;
    }
  } catch (error) {
    throw describeFsError(error, shown);
  }
  if (pendingSize > 0 || tooLarge) yield [take()];
}

/**
 * Lines separated by newlines, each decoded (`undefined`: longer than `limit`). A newline
 * byte is never part of a longer UTF-8 sequence, so the text of all of them split at its
 * newlines is each one's text, when all are UTF-8 and none is too long.
 */
function wholeLines(bytes: Buffer, limit: number): Array<string | { readonly problem: string } | undefined> {
  if (bytes.length <= limit) {
    try {
      return utf8Together.decode(bytes).split('\n');
    } catch {
      // Some line is not UTF-8: each is decoded alone, for its own offset.
    }
  }
  const decoded: Array<string | { readonly problem: string } | undefined> = [];
  for (let start = 0; ; ) {
    const newline = bytes.indexOf(10, start);
    const line = bytes.subarray(start, newline < 0 ? bytes.length : newline);
    decoded.push(line.length > limit ? undefined : decodeUtf8(line, utf8Together));
    if (newline < 0) return decoded;
    start = newline + 1;
  }
}

/** A line's text without a byte order mark at its start (as decoding it alone drops it) and a `\r` at its end. */
function withoutMarks(text: string): string {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const to = text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** `1 fil`, `2 filer`. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

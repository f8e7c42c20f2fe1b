/**
 * Robustness of the front end: `parse` (and `check`) never throw, and whatever they report
 * has valid positions, for arbitrary and mutated input and for a few pathological files.
 * Runs are bounded so that the whole file takes a few seconds.
 *
 * A longer search, run by hand on 2026-12-06 (2 cores shared with CI, load 3–7; times are
 * wall clock), found two crashes and nothing else:
 * - these properties with LOVKODE_FUZZ_RUNS=5000: 45 s, nothing.
 * - token-level mutations (delete or duplicate one token, swap two neighbours, replace one by
 *   a keyword, a sign or a literal of the language, by a name or any token of the same file),
 *   1–3 at a time, of every conformance case (good and bad), every shipped rule file (the
 *   .lov files under rules/) and the example, through parse and check: 55 000 runs, nothing;
 *   chains of up to 12 such mutations that keep only those adding no syntax error (so that the
 *   checker sees well-formed but unusual declarations): 100 000 runs, 133 MB of text, 126 s,
 *   nothing.
 * - `check` of whole rule sets (the state rules alone and with each variant folder) with one
 *   file mutated so, the editor services at 4 positions of that file, and `compile` of each
 *   set that checked without errors through every entry: 2 000 runs of single mutations and
 *   3 000 of chains (in 1 500 of them, 827 sets checked clean and were compiled), nothing.
 * - every editor service at every position of 2 000 mutated corpus files: 317 s, nothing.
 * - 35 literal forms (`007`, `1 00`, `0,`, `2023-02-29`, `10000-01-01`, `100,5 %`, …) alone and
 *   in pairs under six operators, as each of seven types, through check, format, hover and, when
 *   they check, compile and evaluate: nothing.
 * - expressions nested by one construct (`hvis … ellers`, sums, products, `og`, `ikke`, signs)
 *   through every step: the crash. A chain of about 800 `hvis … ellers` passed the check and
 *   the evaluation threw «Maximum call stack size exceeded» (V8 could not compile the generated
 *   code); how deep the check accepted depended on the stack (sums ≈1 400, `ikke` ≈2 000).
 *   The parser now bounds a declaration's depth at 200 (LK1004, parser/bounds.ts;
 *   conformance case syntax/bad/for_dypt_uttrykk; engine test compile/deep-expressions).
 * - the same inside a `forklaring` placeholder, which was parsed without any bound: `parse`
 *   itself threw from 500 parentheses (`forklaring "{((((…1…))))}"`) or 2 000 `hvis`, and 800
 *   `hvis` crashed the evaluation with a trace. Placeholders now have the same bounds
 *   (conformance case syntax/bad/for_dyp_innsetting; 1 500 runs of random placeholder text
 *   through check, services, compile, evaluate and begrunnelse found nothing more).
 * - the formatter on 43 000 mutated files (chains): no throw, idempotent, nothing.
 * - `decodeRuleFile` on 30 000 byte arrays (random, and BOM/UTF-8/surrogate bytes): nothing.
 * The token-level mutations and the shipped rules found nothing that the generators below
 * had not, so the CI runs keep these generators.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRuleFile } from '../../../../bench/generate-rules';
import { positionProblems } from '../../../../test/support/diagnostics';
import type * as A from '../../src/ast/ast';
import { check } from '../../src/check/check';
import { diagnosticCodes } from '../../src/diagnostics/codes';
import type { Diagnostic } from '../../src/diagnostics/diagnostic';
import { tokenize } from '../../src/lexer/lexer';
import { parse, type ParseResult } from '../../src/parser/parse';

const example = readFileSync(new URL('../../../../docs/examples/livsopphold.lov', import.meta.url), 'utf8');

/** The single-file good cases of the conformance suite: every construct of the language. */
const conformanceRoot = new URL('../../../../test/conformance/', import.meta.url).pathname;
const corpus = readdirSync(conformanceRoot)
  .filter((feature) => statSync(join(conformanceRoot, feature)).isDirectory())
  .map((feature) => join(conformanceRoot, feature, 'good'))
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.lov')).map((name) => readFileSync(join(dir, name), 'utf8')));

/** Runs per property; each run parses (and checks) a few kB at most. `LOVKODE_FUZZ_RUNS` raises it for a longer search. */
const runs = Number(process.env['LOVKODE_FUZZ_RUNS'] ?? 120);
/** Generous per-test limit: the machine running the suite may be busy. */
const timeout = Math.max(30_000, runs * 250);

function diagnosticProblems(diagnostics: readonly Diagnostic[], text: string, path: string): string[] {
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code} ${d.line}:${d.column} «${d.message}»`;
    if (!(d.code in diagnosticCodes)) problems.push(`${where}: unknown code`);
    if (d.severity !== diagnosticCodes[d.code].severity) problems.push(`${where}: severity ${d.severity}`);
    if (d.file !== path) problems.push(`${where}: file ${d.file}`);
    for (const p of positionProblems(d, text)) problems.push(`${where}: ${p}`);
  }
  return problems;
}

/**
 * Span problems in the syntax tree: every span lies within the text and within the span of
 * the nearest enclosing node that has one.
 */
function treeProblems(file: A.RuleFile, length: number): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, outer: A.Span, path: string): void => {
    if (problems.length > 10) return;
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, outer, `${path}[${i}]`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    let inner = outer;
    const span = (node as { span?: A.Span }).span;
    if (span && typeof span.start === 'number') {
      if (!(span.start >= 0 && span.start <= span.end && span.end <= length)) problems.push(`${path}: span ${span.start}-${span.end} outside 0-${length}`);
      else if (span.start < outer.start || span.end > outer.end) problems.push(`${path}: span ${span.start}-${span.end} outside its parent ${outer.start}-${outer.end}`);
      inner = span;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'span' && value && typeof value === 'object') visit(value, inner, `${path}.${key}`);
  };
  visit(file, { start: 0, end: length }, 'file');
  return problems;
}

function parseWellFormed(text: string, path = 'fuzz.lov'): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parse(text, path);
  }).not.toThrow();
  const r = result as ParseResult;
  expect(r.file.span).toEqual({ start: 0, end: text.length });
  expect(diagnosticProblems(r.diagnostics, text, path)).toEqual([]);
  expect(treeProblems(r.file, text.length)).toEqual([]);
  return r;
}

function checkWellFormed(files: Array<{ path: string; text: string }>): Diagnostic[] {
  let diagnostics: Diagnostic[] = [];
  expect(() => {
    diagnostics = check(files).diagnostics;
  }).not.toThrow();
  for (const file of files) {
    expect(diagnosticProblems(diagnostics.filter((d) => d.file === file.path), file.text, file.path)).toEqual([]);
  }
  expect(diagnostics.every((d) => files.some((f) => f.path === d.file))).toBe(true);
  return diagnostics;
}

function wellFormed(text: string): void {
  parseWellFormed(text);
  checkWellFormed([{ path: 'fuzz.lov', text }]);
}

// ─── Arbitraries ──────────────────────────────────────────────────────────────

const fullUnicode = fc.string({ unit: 'binary', maxLength: 400 });
const graphemes = fc.string({ unit: 'grapheme', maxLength: 200 });
const bytes = fc.uint8Array({ maxLength: 600 });

/** Pieces of the language, so that random sequences reach deep into the grammar. */
const vocabulary = [
  'modul', 'bruk', 'variant', 'av', 'kilde', 'antakelse', 'valg', 'type', 'inndata', 'utdata', 'tabell', 'regel',
  'skjønn', 'erstatt', 'unntak', 'til', 'fra', 'gjelder', 'når', 'så', 'hvis', 'ellers', 'forklaring', 'veiledende',
  'test', 'per', 'gitt', 'overstyr', 'begrunnelse', 'forvent', 'feil', 'og', 'eller', 'ikke', 'for', 'i', 'der',
  'sann', 'usann', 'ukjent', 'ubestemt', 'kr', 'liste', 'beløp', 'dato', 'måned', 'heltall', 'sum', 'maks', 'x', 'særlig_behov',
  'a.b', '12 600', '0,5', '3,8 %', '2024-03', '2024-02-30', '2024-03-01', '"tekst"', '"uavsluttet', '<https://lovdata.no/>',
  '(', ')', '[', ']', '{', '}', '|', ',', ':', '.', '=', '≠', '<', '<=', '≥', '+', '-', '−', '*', '/', '%',
  '#', '## dok', '\n', '\n  ', '\r\n', '\r', '\n| ', ' ', '\t', '\ufeff', '@', '\u0000', '😀',
];
const languageSoup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }).map((parts) => parts.join(' '));

type Mutation =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'swap'; readonly a: number; readonly b: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'truncate'; readonly at: number };

const insertion = fc.oneof(
  fc.constantFrom('(', ')', '[', ']', '{', '}', '|', '"', '#', ',', ':', '.', '=', '\n', '\r', '\r\n', '\t', ' ', '\ufeff', '\u0000', 'ikke ', 'når ', 'regel '),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** The text range covered by `length` tokens from token `at` (both taken modulo the token count). */
function tokenRange(text: string, at: number, length: number): [number, number] | undefined {
  const tokens = tokenize(text).tokens;
  if (tokens.length === 0) return undefined;
  const first = tokens[at % tokens.length];
  const last = tokens[Math.min(tokens.length - 1, (at % tokens.length) + length - 1)];
  if (!first || !last) return undefined;
  return [first.startOffset, last.startOffset + last.image.length];
}

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete': {
      const r = tokenRange(text, m.at, m.length);
      return r ? text.slice(0, r[0]) + text.slice(r[1]) : text;
    }
    case 'duplicate': {
      const r = tokenRange(text, m.at, m.length);
      return r ? text.slice(0, r[1]) + text.slice(r[0], r[1]) + text.slice(r[1]) : text;
    }
    case 'swap': {
      const x = tokenRange(text, m.a, m.length);
      const y = tokenRange(text, m.b, m.length);
      if (!x || !y) return text;
      const [p, q] = x[0] <= y[0] ? [x, y] : [y, x];
      if (p[1] > q[0]) return text;
      return text.slice(0, p[0]) + text.slice(q[0], q[1]) + text.slice(p[1], q[0]) + text.slice(p[0], p[1]) + text.slice(q[1]);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

const mutatedExample = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce(mutate, example));
const mutatedCorpus = fc
  .tuple(fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
/** The example with every line end replaced by one of LF, CRLF, CR, and maybe a BOM. */
const mixedLineEnds = fc
  .tuple(fc.array(lineEnd, { minLength: example.split('\n').length, maxLength: example.split('\n').length }), fc.boolean())
  .map(([ends, bom]) => {
    const lines = example.split('\n');
    return (bom ? '\ufeff' : '') + lines.map((line, i) => line + (i < lines.length - 1 ? ends[i] : '')).join('');
  });

// ─── Properties ───────────────────────────────────────────────────────────────

describe('robustness: parse and check never throw and report valid positions', () => {
  it('for arbitrary Unicode strings (code points, including lone surrogates)', () => {
    fc.assert(fc.property(fullUnicode, (text) => wellFormed(text)), { numRuns: runs });
  }, timeout);

  it('for arbitrary grapheme strings', () => {
    fc.assert(fc.property(graphemes, (text) => wellFormed(text)), { numRuns: runs });
  }, timeout);

  it('for arbitrary bytes decoded as latin1 and as UTF-8', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        wellFormed(Buffer.from(data).toString('latin1'));
        wellFormed(Buffer.from(data).toString('utf8'));
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('for random sequences of the words and signs of the language', () => {
    fc.assert(fc.property(languageSoup, (text) => wellFormed(`modul m\n${text}`)), { numRuns: runs * 2 });
  }, timeout);

  it('for mutations of the example file (delete, duplicate, swap token ranges, insert characters, truncate)', () => {
    fc.assert(fc.property(mutatedExample, (text) => wellFormed(text)), { numRuns: runs });
  }, timeout);

  it('for mutations of the good conformance cases', () => {
    expect(corpus.length).toBeGreaterThan(20);
    fc.assert(fc.property(mutatedCorpus, (text) => wellFormed(text)), { numRuns: runs });
  }, timeout);

  it('for the example with mixed line ends and a BOM: the same declarations and no diagnostics', () => {
    const plain = parse(example).file.declarations.map((d) => d.kind);
    fc.assert(
      fc.property(mixedLineEnds, (text) => {
        const { file, diagnostics } = parseWellFormed(text);
        expect(diagnostics).toEqual([]);
        expect(file.declarations.map((d) => d.kind)).toEqual(plain);
        expect(checkWellFormed([{ path: 'fuzz.lov', text }])).toEqual([]);
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  }, timeout);

  it('for several files at once, with arbitrary and mutated texts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedExample, languageSoup.map((t) => `modul m\n${t}`), fullUnicode), { minLength: 1, maxLength: 4 }), (texts) => {
        checkWellFormed(texts.map((text, i) => ({ path: `f${i}.lov`, text })));
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  }, timeout);
});

// ─── Fixed stress cases ───────────────────────────────────────────────────────

function codes(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.map((d) => d.code));
}

/** Parse and check without the tree walk (deep trees), checking positions only. */
function stress(text: string): { parsed: Diagnostic[]; checked: Diagnostic[] } {
  let parsed: Diagnostic[] = [];
  let checked: Diagnostic[] = [];
  expect(() => {
    parsed = parse(text, 'stress.lov').diagnostics;
  }).not.toThrow();
  expect(diagnosticProblems(parsed, text, 'stress.lov')).toEqual([]);
  expect(() => {
    checked = check([{ path: 'stress.lov', text }]).diagnostics;
  }).not.toThrow();
  expect(diagnosticProblems(checked, text, 'stress.lov')).toEqual([]);
  return { parsed, checked };
}

const rule = (body: string): string => `modul m\nkilde k "K"\nregel r: heltall  (kilde k)\n  = ${body}\n`;

describe('robustness: stress cases', () => {
  it('a generated 100 000-line file of valid declarations parses clean', () => {
    const text = generateRuleFile({ lines: 100_000 });
    expect(text.split('\n').length).toBeGreaterThanOrEqual(100_000);
    const { diagnostics, file } = parse(text, 'stor.lov');
    expect(diagnostics).toEqual([]);
    expect(file.declarations.length).toBeGreaterThan(15_000);
  }, 60_000);

  it('a generated 20 000-line file checks clean', () => {
    const text = generateRuleFile({ lines: 20_000, seed: 7 });
    expect(check([{ path: 'stor.lov', text }]).diagnostics).toEqual([]);
  }, 60_000);

  it('10 000 nested parentheses are LK1004', () => {
    const { parsed, checked } = stress(rule(`${'('.repeat(10_000)}1${')'.repeat(10_000)}`));
    expect(codes(parsed)).toEqual(new Set(['LK1004']));
    expect(codes(checked).has('LK1004')).toBe(true);
  });

  it('10 000 unclosed brackets are LK1004', () => {
    expect(codes(stress(rule('['.repeat(10_000))).parsed)).toEqual(new Set(['LK1004']));
  });

  it('100 000 unary minus signs do not crash', () => {
    const { parsed } = stress(rule(`${'-'.repeat(100_000)}1`));
    expect(parsed.length).toBeLessThanOrEqual(1);
  });

  it('100 000 «ikke» do not crash', () => {
    const { parsed } = stress(rule(`${'ikke '.repeat(100_000)}sann`));
    expect(parsed.length).toBeLessThanOrEqual(1);
  });

  it('a 1 MB line of additions parses; a 200 kB one also checks', () => {
    const body = Array.from({ length: 250_001 }, () => '1').join(' + ');
    expect(body.length).toBeGreaterThan(1_000_000);
    const text = rule(body);
    expect(diagnosticProblems(parse(text, 'stress.lov').diagnostics, text, 'stress.lov')).toEqual([]);
    stress(rule(Array.from({ length: 50_000 }, () => '1').join(' + ')));
  }, timeout);

  it('expressions deeper than 200 levels are LK1004 however they nest, in a rule or a placeholder, and never reach the checker', () => {
    // docs/language.md §13: "a declaration's syntax tree at most 200 deep" (LK1004).
    const bodies = [
      `${'hvis sann så 1 ellers '.repeat(10_000)}2`,
      `${'hvis sann så '.repeat(10_000)}2${' ellers 1'.repeat(10_000)}`,
      Array.from({ length: 10_000 }, () => '1').join(' * '),
      Array.from({ length: 10_000 }, () => 'sann').join(' og '),
      `${'- '.repeat(1_000)}1`,
    ];
    for (const body of bodies) {
      const { parsed, checked } = stress(rule(body));
      expect(codes(parsed), body.slice(0, 40)).toEqual(new Set(['LK1004']));
      expect(checked.filter((d) => d.severity === 'error').map((d) => d.code), body.slice(0, 40)).toEqual(['LK1004']);
    }
    // The placeholders of a `forklaring` too (they were parsed without bounds: 500 parentheses threw).
    for (const body of [...bodies, `${'('.repeat(5_000)}1${')'.repeat(5_000)}`]) {
      const { parsed, checked } = stress(`${rule('1')}  forklaring "{${body}}"\n`);
      expect(codes(parsed), body.slice(0, 40)).toEqual(new Set(['LK1004']));
      expect(checked.filter((d) => d.severity === 'error').map((d) => d.code), body.slice(0, 40)).toEqual(['LK1004']);
    }
  });

  it('a 1 MB comment, text and name each read as one token', () => {
    const long = 'x'.repeat(1_000_000);
    expect(stress(`modul m\n# ${long}\n`).parsed).toEqual([]);
    expect(stress(`modul m\nkilde k "${long}"\nregel r: tekst  (kilde k)\n  = "a"\n`).checked).toEqual([]);
    expect(codes(stress(rule(long)).checked)).toEqual(new Set(['LK2001']));
  });

  it('a line of 20 000 unknown characters reports 100 and a summary (LK1007)', () => {
    const { parsed } = stress(`modul m\n${'@ '.repeat(20_000)}\n`);
    expect(parsed.filter((d) => d.code === 'LK1001')).toHaveLength(100);
    expect(parsed.filter((d) => d.code === 'LK1007')).toHaveLength(1);
    expect(parsed.find((d) => d.code === 'LK1007')?.message).toBe('19900 flere tegnfeil er ikke vist');
  }, timeout);

  it('a file of NUL bytes', () => {
    const { parsed } = stress('\u0000'.repeat(20_000));
    expect(codes(parsed).has('LK1001') || codes(parsed).has('LK1007')).toBe(true);
    expect(parsed.length).toBeLessThanOrEqual(102);
  }, timeout);

  it('unterminated texts at the end of the file', () => {
    for (const text of ['"', 'modul m\nkilde k "', 'modul m\nkilde k "abc', 'modul m\nkilde k "abc\\', 'modul m\nkilde k "abc\\"', rule('"abc')]) {
      const { parsed } = stress(text);
      expect(codes(parsed).has('LK1002'), JSON.stringify(text)).toBe(true);
    }
  });

  it('empty and whitespace-only files', () => {
    for (const text of ['', '\ufeff', '\n', '\r\n\r\n', '   \t ', '#', '##']) {
      expect([...codes(stress(text).parsed)], JSON.stringify(text)).toEqual(['LK1005']);
    }
  });
});

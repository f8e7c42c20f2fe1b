import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format, formatChecked } from '../../src/format/formatter';
import { mutated, ruleFile } from './generators';
import { commentTexts, expectSameTree, hasSyntaxErrors } from './syntax-tree';

const numRuns = Number(process.env['LOVKODE_FORMAT_RUNS'] ?? 200);
/** Property runs parse and format hundreds of files; allow for a busy machine. */
const timeout = 60_000;

/** The properties every valid file has: formatting is idempotent and changes no meaning. */
function expectFormattedFaithfully(text: string): void {
  expect(formatChecked(text).unfaithful, 'the printer kept the meaning (the round-trip guard did not step in)').toBe(false);
  const formatted = format(text);
  expect(format(formatted)).toBe(formatted);
  expectSameTree(formatted, text);
  expect(commentTexts(formatted)).toEqual(commentTexts(text));
}

const declarationKeyword = /^(modul|bruk|kilde|antakelse|valg|type|inndata|utdata|tabell|regel|skjønn|erstatt|utvid|test)(?![\p{L}\p{N}_])/u;

describe('format: properties', () => {
  it(
    'is idempotent and keeps the syntax tree and comments of generated files',
    () => {
      fc.assert(
        fc.property(ruleFile, (text) => {
          expect(hasSyntaxErrors(text), 'the generator makes valid files').toBe(false);
          expectFormattedFaithfully(text);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'starts declarations, and only declarations, at column 1 (besides comments and closing braces)',
    () => {
      fc.assert(
        fc.property(ruleFile, (text) => {
          for (const line of format(text).split('\n')) {
            const code = line.trimStart();
            if (code === '' || code.startsWith('#')) continue;
            const indented = code.length < line.length;
            // A `valg` whose head holds a comment has its opening brace on a line of its own (format/blocks.ts).
            expect(indented, line).toBe(!declarationKeyword.test(code) && !code.startsWith('}') && !code.startsWith('{'));
            if (code.startsWith('|')) expect(line.startsWith('  | '), line).toBe(true);
          }
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'never throws on edited files, returns those with syntax errors unchanged and formats the rest faithfully',
    () => {
      fc.assert(
        fc.property(mutated(ruleFile), (text) => {
          if (hasSyntaxErrors(text)) expect(format(text)).toBe(text);
          else expectFormattedFaithfully(text);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    'never throws on arbitrary text and returns text with syntax errors unchanged',
    () => {
      const piece = fc.constantFrom(...'modul regel kilde = ( ) | " # \n \r \t { } [ ] , . : - + * / % < > 0 12 600 kr ellers hvis så æøå'.split(' '));
      const text = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 60 })).map(([header, pieces]) => (header ? 'modul m\n' : '') + pieces.join(' '));
      fc.assert(
        fc.property(fc.oneof(text, fc.string()), (input) => {
          const output = format(input);
          if (hasSyntaxErrors(input)) expect(output).toBe(input);
        }),
        { numRuns },
      );
    },
    timeout,
  );
});

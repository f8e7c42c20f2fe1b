/**
 * The deepest expressions the parser accepts go through every later step: the check, the
 * compiled rules, the generated code and the evaluation with and without a trace. Before the
 * parser bounded the depth, a chain of 800 `hvis … ellers` passed the check and the evaluation
 * stopped with «Maximum call stack size exceeded».
 */
import { check, parse } from '@lovkode/dsl';
import { describe, expect, it } from 'vitest';
import { compile, evaluate } from '../../src/index';

const head = 'modul dyp\nkilde k "K"\ninndata { dag: dato (vurderingstidspunkt), x: heltall = 1, b: sannhetsverdi = sann }\n';

/** Rules whose expression nests `n` levels of one construct, with the value each gives. */
const constructs: Record<string, { rule: (n: number) => string; value: (n: number) => unknown }> = {
  'hvis … ellers': { rule: (n) => `regel r: heltall  (kilde k)\n  = ${'hvis b så 1 ellers '.repeat(n)}2\n`, value: () => 1 },
  'hvis … så hvis': { rule: (n) => `regel r: heltall  (kilde k)\n  = ${'hvis b så '.repeat(n)}2${' ellers 1'.repeat(n)}\n`, value: () => 2 },
  sum: { rule: (n) => `regel r: heltall  (kilde k)\n  = ${Array.from({ length: n }, () => 'x').join(' + ')}\n`, value: (n) => n },
  'product with signs': { rule: (n) => `regel r: heltall  (kilde k)\n  = ${Array.from({ length: n }, (_, i) => (i % 2 ? 'x' : '-x')).join(' * ')}\n`, value: (n) => (Math.ceil(n / 2) % 2 ? -1 : 1) },
  og: { rule: (n) => `regel r: sannhetsverdi  (kilde k)\n  = ${Array.from({ length: n }, () => 'b').join(' og ')}\n`, value: () => true },
  ikke: { rule: (n) => `regel r: sannhetsverdi  (kilde k)\n  = ${'ikke '.repeat(n)}b\n`, value: (n) => n % 2 === 0 },
  minus: { rule: (n) => `regel r: heltall  (kilde k)\n  = ${'-'.repeat(n)}x\n`, value: (n) => (n % 2 ? -1 : 1) },
  'lists of lists': { rule: (n) => `regel r: heltall  (kilde k)\n  = antall(${'['.repeat(Math.min(n, 99))}x${']'.repeat(Math.min(n, 99))})\n`, value: () => 1 },
};

const text = (rule: string): string => `${head}${rule}utdata r\n`;

/** The largest `n` for which the parser accepts the rule. */
function deepestAccepted(rule: (n: number) => string): number {
  let n = 1;
  while (n < 1000 && parse(text(rule(n + 1)), 'dyp.lov').diagnostics.length === 0) n++;
  return n;
}

describe('the deepest expressions the parser accepts', () => {
  // docs/language.md §13: "a declaration's syntax tree at most 200 deep: each operation inside
  // another, each `hvis`, call or list is a level" (LK1004).
  it.each(Object.keys(constructs))('%s: checks, compiles and evaluates, and one level more is LK1004', (name) => {
    const { rule, value } = constructs[name] as (typeof constructs)[string];
    const n = deepestAccepted(rule);
    expect(n).toBeGreaterThan(name === 'lists of lists' ? 90 : 150);
    const files = [{ path: 'dyp.lov', text: text(rule(n)) }];
    expect(check(files).diagnostics).toEqual([]);
    const compiled = compile(files);
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
    for (const options of [{}, { trace: true }, { fastPath: false }]) {
      expect(evaluate(compiled.rules, { dag: '2024-01-01' }, options).values['r']).toEqual(value(n));
    }
    if (n < 1000 && name !== 'lists of lists') {
      const deeper = check([{ path: 'dyp.lov', text: text(rule(n + 1)) }]).diagnostics.map((d) => d.code);
      expect(deeper).toContain('LK1004');
    }
  });
});

/**
 * The deepest expressions the parser accepts go through every later step: the check, the
 * compiled rules, the generated code and the evaluation with and without a trace, in a rule
 * and in a placeholder of its `forklaring`. Before the parser bounded the depth, a chain of
 * 800 `hvis … ellers` passed the check and the evaluation stopped with «Maximum call stack
 * size exceeded».
 */
import { check, parse } from '@lovkode/dsl';
import { describe, expect, it } from 'vitest';
import { compile, evaluate, renderBegrunnelse } from '../../src/index';

const head = 'modul dyp\nkilde k "K"\ninndata { dag: dato (vurderingstidspunkt), x: heltall = 1, b: sannhetsverdi = sann }\n';

/** Expressions that nest `n` levels of one construct, their type and value. */
const constructs: Record<string, { expr: (n: number) => string; type: string; value: (n: number) => unknown }> = {
  'hvis … ellers': { expr: (n) => `${'hvis b så 1 ellers '.repeat(n)}2`, type: 'heltall', value: () => 1 },
  'hvis … så hvis': { expr: (n) => `${'hvis b så '.repeat(n)}2${' ellers 1'.repeat(n)}`, type: 'heltall', value: () => 2 },
  sum: { expr: (n) => Array.from({ length: n }, () => 'x').join(' + '), type: 'heltall', value: (n) => n },
  'product with signs': { expr: (n) => Array.from({ length: n }, (_, i) => (i % 2 ? 'x' : '-x')).join(' * '), type: 'heltall', value: (n) => (Math.ceil(n / 2) % 2 ? -1 : 1) },
  og: { expr: (n) => Array.from({ length: n }, () => 'b').join(' og '), type: 'sannhetsverdi', value: () => true },
  ikke: { expr: (n) => `${'ikke '.repeat(n)}b`, type: 'sannhetsverdi', value: (n) => n % 2 === 0 },
  minus: { expr: (n) => `${'-'.repeat(n)}x`, type: 'heltall', value: (n) => (n % 2 ? -1 : 1) },
  'lists of lists': { expr: (n) => `antall(${'['.repeat(Math.min(n, 99))}x${']'.repeat(Math.min(n, 99))})`, type: 'heltall', value: () => 1 },
};

type Place = (expr: string, type: string) => string;
const places: Record<string, Place> = {
  'in a rule': (expr, type) => `${head}regel r: ${type}  (kilde k)\n  = ${expr}\nutdata r\n`,
  'in a placeholder': (expr) => `${head}regel r: heltall  (kilde k)\n  = 7\n  forklaring "Verdien: {${expr}}."\nutdata r\n`,
};

/** The largest `n` (below 1000) for which the parser accepts the text. */
function deepestAccepted(text: (n: number) => string): number {
  let n = 1;
  while (n < 1000 && parse(text(n + 1), 'dyp.lov').diagnostics.length === 0) n++;
  return n;
}

describe('the deepest expressions the parser accepts', () => {
  // docs/language.md §13: "a declaration's syntax tree at most 200 deep: each operation inside
  // another, each `hvis`, call or list is a level" (LK1004).
  for (const [where, place] of Object.entries(places)) {
    it.each(Object.keys(constructs))(`%s ${where}: checks, compiles and evaluates, and one level more is LK1004`, (name) => {
      const { expr, type, value } = constructs[name] as (typeof constructs)[string];
      const text = (n: number) => place(expr(n), type);
      const n = deepestAccepted(text);
      expect(n).toBeGreaterThan(name === 'lists of lists' ? 90 : 150);
      const files = [{ path: 'dyp.lov', text: text(n) }];
      expect(check(files).diagnostics).toEqual([]);
      const compiled = compile(files);
      if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
      for (const options of [{}, { trace: true }, { fastPath: false }]) {
        const result = evaluate(compiled.rules, { dag: '2024-01-01' }, options);
        expect(result.values['r']).toEqual(where === 'in a rule' ? value(n) : 7);
        if (result.trace) expect(renderBegrunnelse(result)).toContain(where === 'in a rule' ? 'Begrunnelse' : 'Verdien: ');
      }
      if (name !== 'lists of lists') expect(check([{ path: 'dyp.lov', text: text(n + 1) }]).diagnostics.map((d) => d.code)).toContain('LK1004');
    });
  }
});

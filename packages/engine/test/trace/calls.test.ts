import { describe, expect, it } from 'vitest';
import { compile, evaluate } from '../../src/index';

function rules(files: Array<{ path: string; text: string }>) {
  const result = compile(files);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.rules;
}

describe('calls in a trace', () => {
  // docs/language.md §5: «a local declaration hides imported ones» — two rules `f`, each its own; docs/engine.md §7: «each rule … appears once per distinct call».
  it('two rules of the same name in two modules are two callees: a call of one is never the other’s step', () => {
    const compiled = rules([
      { path: 'x.lov', text: 'modul x\nkilde k "K"\nregel f(n: heltall): heltall  (kilde k)\n  = n + 1\nregel fx: heltall  (kilde k)\n  = f(1)\n' },
      {
        path: 'z.lov',
        text: 'modul z\nbruk x\nkilde k "K"\ninndata S {\n  dag: dato  (vurderingstidspunkt)\n}\nregel f(n: heltall): heltall  (kilde k)\n  = n * 10\nregel r: heltall  (kilde k)\n  = f(1) + fx\nutdata r\n',
      },
    ]);
    for (const fastPath of [true, false]) {
      const plain = evaluate(compiled, { dag: '2024-01-01' }, { fastPath });
      const traced = evaluate(compiled, { dag: '2024-01-01' }, { trace: true, fastPath });
      expect(plain.values).toEqual({ r: 12 });
      expect(traced.values).toEqual({ r: 12 });
      const calls = traced.trace?.steps.filter((step) => step.name === 'f').map((step) => step.value);
      expect(calls).toEqual([10, 2]);
    }
  });
});

describe('a step in the trace’s JSON', () => {
  // docs/engine.md §7: «`elements`: for an aggregation inside a definition, one entry per list element»; «`explanation`: the rule's `forklaring` rendered with the actual values».
  it('keeps its fields in the order they were known: an aggregation only its forklaring computes after its definition', () => {
    const compiled = rules([
      {
        path: 'a.lov',
        text: 'modul a\nkilde k "K"\ntype Barn { fødselsdato: dato }\ninndata S {\n  dag: dato  (vurderingstidspunkt)\n  barn: liste av Barn = []\n}\nregel i_rammen: beløp  (kilde k)\n  = 100 kr\n  forklaring "Det er {antall(b for b i barn)} barn."\nregel med_sum: heltall  (kilde k)\n  = antall(b for b i barn)\n  forklaring "Det er {antall(b for b i barn)} barn."\nutdata i_rammen, med_sum\n',
      },
    ]);
    const input = { dag: '2024-01-01', barn: [{ fødselsdato: '2020-01-01' }] };
    for (const fastPath of [true, false]) {
      const steps = evaluate(compiled, input, { trace: true, fastPath }).trace?.steps ?? [];
      const keys = (name: string) => Object.keys(JSON.parse(JSON.stringify(steps.find((step) => step.name === name))) as object);
      expect(keys('i_rammen').slice(-3)).toEqual(['definition', 'aggregations', 'explanation']);
      expect(keys('med_sum').slice(-4)).toEqual(['uses', 'aggregations', 'definition', 'explanation']);
    }
  });
});

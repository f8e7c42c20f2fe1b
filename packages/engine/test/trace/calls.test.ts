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

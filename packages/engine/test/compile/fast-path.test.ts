import { describe, expect, it, vi } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { household, defaultPeriod } from '../../../../rules/befolkning.mjs';
import { compile, evaluate, EvaluationError, type CompiledRules } from '../../src/index';

/**
 * The fast path (amounts as integer øre, docs/engine-design.md §2) on the shipped decision:
 * it gives what decimal.js alone gives, case for case, and it is the path the cases take —
 * a fast path that always left for the decimal path would pass the first test and be no path.
 */
const compiled = compile(ruleFiles('rules').filter((f) => !f.path.includes('/tester/')), { module: 'sosialtjenesteloven.vedtak' });
if (!compiled.ok) throw new Error('the shipped rules do not compile');
const rules: CompiledRules = compiled.rules;

/** The result as JSON (with its trace, when `trace`), or the error. */
function run(input: unknown, fastPath: boolean, trace = false): string {
  try {
    return JSON.stringify(evaluate(rules, input, { fastPath, trace }));
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    return JSON.stringify({ error: error.toJSON() });
  }
}

const households = Array.from({ length: 3000 }, (_, i) => household(7, i, defaultPeriod));

describe('amounts in øre on the shipped rules', () => {
  it('gives the JSON the decimal path gives for every generated household', { timeout: 60_000 }, () => {
    let differ = 0;
    for (const input of households) if (run(input, true) !== run(input, false)) differ++;
    expect(differ).toBe(0);
  });

  // docs/engine.md §7: the trace is recorded by the same generated code, on the fast path where it does not leave.
  it('gives the trace the decimal path gives for every generated household', { timeout: 60_000 }, () => {
    let differ = 0;
    for (const input of households.slice(0, 1000)) if (run(input, true, true) !== run(input, false, true)) differ++;
    expect(differ).toBe(0);
  });

  it.each([false, true])('computes most households without the decimal path (trace: %s)', { timeout: 60_000 }, (trace) => {
    // The decimal path computes an output through its definition's `get`; the fast path never calls it.
    const spies = rules.outputs.map((output) => vi.spyOn(output.definition, 'get'));
    try {
      let decimal = 0;
      for (const input of households) {
        const before = spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
        run(input, true, trace);
        if (spies.reduce((n, spy) => n + spy.mock.calls.length, 0) > before) decimal++;
      }
      // A household of adults who share housing costs that do not divide into whole øre, or an error, takes the decimal path.
      expect(decimal).toBeLessThan(households.length / 10);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

import { check } from '@lovkode/dsl';
import { describe, expect, it, vi } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { GeneratedCode, InputValidators, RuleSet, evaluate } from '../../src/index';

/** Generated functions kept by source for a holder that compiles again and again (docs/engine-design.md §2). */
describe('GeneratedCode', () => {
  it('gives the same function for the same source, and forgets the least recently used past its capacity', () => {
    const code = new GeneratedCode(2);
    const a = code.factory('return 1;');
    expect(code.factory('return 1;')).toBe(a);
    code.factory('return 2;');
    code.factory('return 1;'); // used again: now the most recent
    code.factory('return 3;'); // evicts «return 2;»
    expect(code.factory('return 1;')).toBe(a);
    const b = code.factory('return 2;');
    expect(code.factory('return 2;')).toBe(b);
  });

  it('compiles an unchanged rule set again without making any function anew, with the same results', () => {
    const files = ruleFiles('rules').filter((f) => !f.path.includes('/tester/'));
    // The input validators are shared too: they are made with `Function` as well (by ajv).
    const options = { code: new GeneratedCode(), validators: new InputValidators() };
    const first = new RuleSet(check(files), files, options).compile({ module: 'sosialtjenesteloven.vedtak' });
    const input = { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1990-01-01' }], barn: [], utgifter: [{ art: 'husleie', beløp: '9000.00' }], inntekter: [] };
    if (!first.ok) throw new Error('the shipped rules do not compile');
    const before = JSON.stringify(evaluate(first.rules, input));
    const made = vi.spyOn(globalThis, 'Function');
    try {
      const second = new RuleSet(check(files), files, options).compile({ module: 'sosialtjenesteloven.vedtak' });
      if (!second.ok) throw new Error('the shipped rules do not compile');
      expect(JSON.stringify(evaluate(second.rules, input))).toBe(before);
      expect(made.mock.calls.length).toBe(0);
    } finally {
      made.mockRestore();
    }
  });
});

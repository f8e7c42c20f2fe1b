import { check } from '@lovkode/dsl';
import { describe, expect, it } from 'vitest';
import { compile, evaluate, InputValidators, RuleSet } from '../../src/index';

// `vedtak` sees `beregning`, whose rule `dobbel` reads the input `tall` of `grunnlag`, which
// `vedtak` does not see: `tall` is an input of a case only when `dobbel` is computed.
const files = [
  { path: 'grunnlag.lov', text: 'modul grunnlag\ninndata { dag: dato (vurderingstidspunkt), tall: heltall = 0 }\n' },
  { path: 'beregning.lov', text: 'modul beregning\nbruk grunnlag\nkilde k "Kilde"\nregel dobbel: heltall  (kilde k)\n  = tall * 2\nregel fast: heltall  (kilde k)\n  = 7\n' },
  { path: 'vedtak.lov', text: 'modul vedtak\nbruk beregning\ninndata { dag2: dato = 2024-01-01 }\nutdata fast\n' },
];

describe('RuleSet and CompiledRules: owners of what is built for a rule set', () => {
  it('a compiled rule set does not change when an evaluation names a rule that reads another input', () => {
    const result = compile(files, { module: 'vedtak' });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const rules = result.rules;
    expect(Object.isFrozen(rules)).toBe(true);
    const before = rules.inputs.map((input) => input.name);
    expect(before).not.toContain('tall');
    expect(evaluate(rules, { dag2: '2024-01-01', tall: 4 }, { outputs: ['dobbel'], asOf: '2024-01-01' }).values).toEqual({ dobbel: 8 });
    expect(rules.inputs.map((input) => input.name)).toEqual(before);
    // The outputs' own schema still refuses the field.
    expect(() => evaluate(rules, { dag2: '2024-01-01', tall: 4 }, { asOf: '2024-01-01' })).toThrow();
    expect(evaluate(rules, { dag2: '2024-01-01' }, { asOf: '2024-01-01' }).values).toEqual({ fast: 7 });
  });

  it('the entries of one rule set share their compiled definitions; two rule sets do not', () => {
    const checked = check(files);
    const ruleSet = new RuleSet(checked, files);
    const first = ruleSet.compile({ module: 'vedtak' });
    const second = ruleSet.compile({ module: 'beregning' });
    const other = new RuleSet(checked, files).compile({ module: 'beregning' });
    if (!first.ok || !second.ok || !other.ok) throw new Error('does not compile');
    const fast = (rules: typeof first.rules) => rules.valueNamed('fast')?.definition;
    expect(fast(first.rules)).toBe(fast(second.rules));
    expect(fast(other.rules)).not.toBe(fast(second.rules));
    expect(first.rules.ruleset).toBe(other.rules.ruleset);
  });

  it('rule sets of two checks share an input validator through the InputValidators their holder passes', () => {
    const validators = new InputValidators();
    const plan = (options: { validators?: InputValidators }) => {
      const result = new RuleSet(check(files), files, options).compile({ module: 'vedtak' });
      if (!result.ok) throw new Error('does not compile');
      return result.rules.inputPlan();
    };
    expect(plan({ validators }).validate).toBe(plan({ validators }).validate);
    expect(plan({}).validate).not.toBe(plan({}).validate);
  });
});

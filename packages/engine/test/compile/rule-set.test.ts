import { check } from '@lovkode/dsl';
import { describe, expect, it } from 'vitest';
import { compile, evaluate, InputValidators, RuleSet, rulesetHash, runRuleSetTests, runTests } from '../../src/index';

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

  it('compiles an entry once per rule set', () => {
    const ruleSet = new RuleSet(check(files), files);
    const first = ruleSet.compile({ module: 'vedtak' });
    const again = ruleSet.compile({ module: 'vedtak' });
    if (!first.ok || !again.ok) throw new Error('does not compile');
    expect(again.rules).toBe(first.rules);
  });

  it('rule sets of two checks share the checkers of override values through the InputValidators their holder passes', () => {
    const withDiscretion = [...files, { path: 'skjonn.lov', text: 'modul skjønnet\nbruk grunnlag\nkilde k "Kilde"\nskjønn tillegg: heltall  (kilde k)\n  veiledende = tall\nutdata tillegg\n' }];
    const validators = new InputValidators();
    const checker = (options: { validators?: InputValidators }) => {
      const result = new RuleSet(check(withDiscretion), withDiscretion, options).compile({ module: 'skjønnet' });
      if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
      const tillegg = result.rules.discretion.get('tillegg');
      if (!tillegg) throw new Error('no skjønn tillegg');
      return result.rules.overrideCheckers.of(tillegg);
    };
    expect(checker({ validators })).toBe(checker({ validators }));
    expect(checker({})).not.toBe(checker({}));
  });
});

// docs/language.md §8: «`erstatt regel|skjønn|tabell` replaces a declaration of the base module
// (or of a module it imports) […]; every use of the original, anywhere, then uses the
// replacement when the rule set is evaluated through the variant.»
describe('a variant that replaces rules shares the other definitions of its rule set', () => {
  const base = [
    { path: 'grunn.lov', text: 'modul grunn\ninndata { dag: dato (vurderingstidspunkt), tall: heltall = 1 }\nkilde k "Kilde"\nregel sats: heltall  (kilde k)\n  = 10\nregel fast: heltall  (kilde k)\n  = tall + 1\nregel sum_av: heltall  (kilde k)\n  = sats + fast\nutdata sum_av, fast\n' },
    { path: 'variant.lov', text: 'modul variant variant av grunn\nkilde v "Variant"\nerstatt regel sats: heltall  (kilde v)\n  = 20\n' },
  ];
  const compiled = (ruleSet: RuleSet, module: string) => {
    const result = ruleSet.compile({ module });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    return result.rules;
  };

  it('uses the base entry\'s definition of a rule that uses nothing replaced, and its own of one that does', () => {
    const ruleSet = new RuleSet(check(base), base);
    const grunn = compiled(ruleSet, 'grunn');
    const variant = compiled(ruleSet, 'variant');
    expect(variant.valueNamed('fast')?.definition).toBe(grunn.valueNamed('fast')?.definition);
    expect(variant.valueNamed('sum_av')?.definition).not.toBe(grunn.valueNamed('sum_av')?.definition);
    const input = { dag: '2024-01-01', tall: 4 };
    expect(evaluate(grunn, input).values).toEqual({ sum_av: 15, fast: 5 });
    expect(evaluate(variant, input).values).toEqual({ sum_av: 25, fast: 5 });
  });

  it('computes the same whichever entry is compiled first, and with a trace', () => {
    const ruleSet = new RuleSet(check(base), base);
    const variant = compiled(ruleSet, 'variant');
    const grunn = compiled(ruleSet, 'grunn');
    const input = { dag: '2024-01-01', tall: 4 };
    expect(evaluate(variant, input, { trace: true }).values).toEqual({ sum_av: 25, fast: 5 });
    expect(evaluate(grunn, input, { trace: true }).values).toEqual({ sum_av: 15, fast: 5 });
    expect(evaluate(variant, input, { fastPath: false }).values).toEqual({ sum_av: 25, fast: 5 });
  });
});

describe('rule tests through a rule set its holder keeps', () => {
  const tested = [
    ...files,
    { path: 'tester.lov', text: 'modul tester\nbruk grunnlag\nbruk beregning\nkilde t "Test"\ntest "feil verdi"  (kilde t)\n  gitt dag = 2024-01-01\n  forvent fast = 8\n' },
  ];

  it('leaves the text trace path out when asked (a reader that finds its own from the typed trace)', () => {
    const ruleSet = new RuleSet(check(tested), tested);
    const [result] = runRuleSetTests(ruleSet, (m) => m.name === 'tester', { tracePaths: false });
    expect(result?.failures.map((f) => [f.expected, f.actual, f.tracePath])).toEqual([['8', '7', undefined]]);
    const [withPath] = runTests(check(tested), tested, (m) => m.name === 'tester');
    expect(withPath?.failures[0]?.tracePath).toMatch(/^fast/);
  });
});

// docs/language.md §8: «`utvid valg` […]» — the members a variant adds exist in an evaluation
// through the variant only; `etter` orders them after the base's, and a sentence names them by
// their labels.
describe('a variant that adds members to a valg shares only the definitions that read no members', () => {
  const files = [
    {
      path: 'grunn.lov',
      text: [
        'modul grunn',
        'kilde k "Kilde"',
        'valg Farge {',
        '  ## rød farge',
        '  rød,',
        '  ## blå farge',
        '  blå',
        '}',
        'type Barn { navn: tekst, farge: Farge = blå }',
        'inndata { dag: dato (vurderingstidspunkt), barn: liste av Barn = [] }',
        'utdata antall_barn, etter_farge, fargene',
        'regel antall_barn: heltall  (kilde k)',
        '  = antall(b for b i barn)',
        'regel etter_farge: liste av tekst  (kilde k)',
        '  = liste(b.navn for b i barn etter b.farge)',
        'regel fargene: liste av Farge  (kilde k)',
        '  = liste(b.farge for b i barn)',
        '  forklaring "Fargene er {verdi}."',
        '',
      ].join('\n'),
    },
    { path: 'variant.lov', text: 'modul variant variant av grunn\nkilde v "Variant"\nutvid valg Farge {\n  ## grønn farge\n  grønn\n}  (kilde v)\n' },
  ];
  const input = { dag: '2024-01-01', barn: [{ navn: 'A', farge: 'grønn' }, { navn: 'B', farge: 'rød' }] };

  for (const order of [['grunn', 'variant'], ['variant', 'grunn']]) {
    it(`orders and names the added members through the variant (${order.join(' before ')})`, () => {
      const ruleSet = new RuleSet(check(files), files);
      const [first, second] = order.map((module) => {
        const result = ruleSet.compile({ module });
        if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
        return result.rules;
      });
      const variant = order[0] === 'variant' ? first : second;
      const grunn = order[0] === 'grunn' ? first : second;
      if (!variant || !grunn) throw new Error('not compiled');
      const result = evaluate(variant, input, { trace: true });
      expect(result.values).toEqual({ antall_barn: 2, etter_farge: ['B', 'A'], fargene: ['grønn', 'rød'] });
      const fargene = result.trace?.steps.find((s) => s.name === 'fargene');
      expect(fargene?.explanation).toContain('grønn farge');
      const definition = (rules: typeof grunn, name: string) => rules.valueNamed(name)?.definition;
      expect(definition(variant, 'antall_barn')).toBe(definition(grunn, 'antall_barn'));
      expect(definition(variant, 'etter_farge')).not.toBe(definition(grunn, 'etter_farge'));
      expect(definition(variant, 'fargene')).not.toBe(definition(grunn, 'fargene'));
    });
  }
});

describe('compile: the files the entry reaches', () => {
  // `annen` is not reached from `vedtak`, and has an error.
  const broken = [...files, { path: 'annen.lov', text: 'modul annen\nkilde k "Kilde"\nregel r: heltall  (kilde k)\n  = ukjent + 1\n' }];

  it('an error in a file the entry does not reach does not stop it; the ruleset id is of all the files', () => {
    const result = compile(broken, { module: 'vedtak' });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    expect(result.rules.ruleset).toBe(rulesetHash(broken));
    expect(result.rules.ruleset).not.toBe(rulesetHash(files));
    expect(evaluate(result.rules, { dag2: '2024-01-01' }, { asOf: '2024-01-01' }).values).toEqual({ fast: 7 });
    // The whole check finds it.
    expect(check(broken).diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['annen.lov']);
  });

  it('an error in a file it reaches refuses the rule set', () => {
    const result = compile(broken, { module: 'annen' });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['annen.lov']);
  });
});

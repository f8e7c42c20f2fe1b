import { check } from '@lovkode/dsl';
import { describe, expect, it, vi } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { GeneratedCode, InputValidators, RuleSet, evaluate, testCaseInput } from '../../src/index';

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

// docs/language.md §2: «A record literal may leave out the type name where the expected type is
// known (in `gitt`, in a list of records, as the value of a field)», and §7: a field with
// `= verdi` «takes that value when absent».
describe('lists and records of literals', () => {
  const files = [
    {
      path: 'regler.lov',
      text: [
        'modul regler',
        'kilde k "Kilde"',
        'valg Farge { rød, blå }',
        'type Barn { navn: tekst, farge: Farge = blå, beløp: beløp = 0 kr }',
        'inndata { dag: dato (vurderingstidspunkt), barn: liste av Barn = [], tillegg: beløp = 0 kr }',
        'utdata standard, med_tillegg, antall_blå',
        'regel standard: liste av Barn  (kilde k)',
        '  = [{ navn: "X" }, { navn: "Y", farge: rød, beløp: 12,50 kr }]',
        'regel med_tillegg: Barn  (kilde k)',
        '  = { navn: "Z", beløp: tillegg }',
        'regel antall_blå: heltall  (kilde k)',
        '  = antall(b for b i barn der b.farge = blå)',
        '',
      ].join('\n'),
    },
    {
      path: 'tester.lov',
      text: 'modul tester\nbruk regler\nkilde t "Test"\ntest "to barn"  (kilde t)\n  gitt dag = 2024-01-01\n       barn = [{ navn: "A" }, { navn: "B", farge: rød, beløp: 100 kr }]\n  forvent antall_blå = 1\n',
    },
  ];
  const checked = check(files);
  const module = checked.program.modules.get('tester');
  const test = module?.file.ast.declarations.find((d) => d.kind === 'Test');

  it('are values made when compiled, with the fields\' defaults, without generated code', () => {
    if (!module || test?.kind !== 'Test') throw new Error('no test');
    const code = new GeneratedCode();
    const made = vi.spyOn(code, 'factory');
    expect(testCaseInput(checked.program, module, test, code)).toEqual({
      dag: '2024-01-01',
      barn: [
        { navn: 'A', farge: 'blå', beløp: '0.00' },
        { navn: 'B', farge: 'rød', beløp: '100.00' },
      ],
    });
    expect(made).not.toHaveBeenCalled();
  });

  it('compute in rules what a record built at run time computes, on both paths', () => {
    const result = new RuleSet(checked, files).compile({ module: 'regler' });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const expected = {
      standard: [
        { navn: 'X', farge: 'blå', beløp: '0.00' },
        { navn: 'Y', farge: 'rød', beløp: '12.50' },
      ],
      med_tillegg: { navn: 'Z', farge: 'blå', beløp: '3.00' },
      antall_blå: 1,
    };
    const input = { dag: '2024-01-01', barn: [{ navn: 'A' }, { navn: 'B', farge: 'rød' }], tillegg: '3.00' };
    expect(evaluate(result.rules, input).values).toEqual(expected);
    expect(evaluate(result.rules, input, { fastPath: false }).values).toEqual(expected);
  });
});

/**
 * The full justification (vedtak draft) of the example cases E1–E8 and of a refusal, a
 * provisional result, an override and a § 20 a case, as a family reads it (issue 14, «The
 * justification is a vedtak draft»). Each case is a rule test in rules/ (the same input the
 * rule test checks, so the text and the tested amounts cannot drift apart); the text is
 * snapshotted in `__snapshots__/begrunnelser/`, one file per case, so that a change to the
 * wording is reviewed as text. Update with `npx vitest run test/rules/begrunnelser.test.ts -u`
 * and read every changed file before accepting it.
 *
 * Beyond the snapshot, each text is checked for what the issue names: no rule code, no raw
 * names of enumeration members that have a label, no record dumps of default fields, no
 * «med med», the outcome first, and the appeal block (forvaltningsloven § 27) in every one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, type Ast, type ModuleInfo } from '../../packages/dsl/src/index';
import { compileChecked, evaluate } from '../../packages/engine/src/index';
import { testCaseInput } from '../../packages/engine/src/testing/run-tests';
import { renderBegrunnelse } from '../../packages/engine/src/trace/begrunnelse';
import { ruleFiles } from '../support/rule-files';

const sources = [...ruleFiles('rules/sosialtjenesteloven'), ...ruleFiles('rules/satser')];
const checked = check(sources);
const compiled = compileChecked(checked, sources);

/** The cases: a file name, and the rule test (module, name) whose input it is. */
const cases: ReadonlyArray<readonly [string, string, string]> = [
  ['E1', 'sosialtjenesteloven.tester.eksempler', 'E1: enslig uten inntekt i mars 2024 får sats, husleie og strøm dekket'],
  ['E2', 'sosialtjenesteloven.tester.eksempler', 'E2: AAP og bostøtte regnes med som inntekt og trekkes fra behovet'],
  ['E3', 'sosialtjenesteloven.tester.eksempler', 'E3: ektepar med barn på 4 og 12 år i mars 2024; barnetrygden holdes utenfor'],
  ['E4', 'sosialtjenesteloven.tester.eksempler', 'E4: august 2022, før § 18 tredje ledd om barnetrygd: barnetrygden regnes med'],
  ['E5', 'sosialtjenesteloven.tester.eksempler', ''],
  ['E6', 'sosialtjenesteloven.tester.eksempler', ''],
  ['E7-juni', 'sosialtjenesteloven.tester.eksempler', ''],
  ['E7-juli', 'sosialtjenesteloven.tester.eksempler', ''],
  ['E8-august', 'sosialtjenesteloven.tester.eksempler', ''],
  ['E8-september', 'sosialtjenesteloven.tester.eksempler', ''],
  ['avslag', 'sosialtjenesteloven.tester.vedtaket', 'Inntekten dekker behovet: avslag, med grunnen'],
  ['forelopig', 'sosialtjenesteloven.tester.vedtaket', 'Et barns behov er ikke vurdert: foreløpig beregning, ikke innvilget'],
  ['overstyring', 'sosialtjenesteloven.tester.barnas_behov', 'Begge barna er vurdert: beregningen er endelig, og ingen barn står igjen'],
  ['paragraf-20a', 'sosialtjenesteloven.tester.aktivitet', '§ 20 a: en mottaker på 29 år skal ha aktivitetsvilkår'],
  // Beyond the list: the households of its items 4 and 5.
  ['myndig-barn', 'sosialtjenesteloven.tester.myndige_barn', 'Enslig forsørger med en 18-åring i videregående hjemme: forelderen og 18-åringen får hver sin beregning'],
  ['bofellesskap', 'sosialtjenesteloven.tester.bofellesskap', 'Bofellesskap: den ene har lønn, den andre ingen inntekt; lønnen dekker ikke den andres behov'],
];

function findTest(moduleName: string, name: string, file: string): { module: ModuleInfo; test: Ast.TestDecl } {
  const module = checked.program.modules.get(moduleName);
  if (!module) throw new Error(`no module ${moduleName}`);
  const tests = module.file.ast.declarations.filter((d): d is Ast.TestDecl => d.kind === 'Test');
  // E5–E8 are found by the label at the start of their name («E7 …», two months: the first and the second test).
  const test = name
    ? tests.find((t) => t.name.value === name)
    : (() => {
        const [label, part] = file.split('-');
        const matching = tests.filter((t) => t.name.value.startsWith(`${label}:`) || t.name.value.startsWith(`${label} `));
        return part === 'juli' || part === 'september' ? matching[1] : matching[0];
      })();
  if (!test) throw new Error(`no test «${name || file}» in ${moduleName}`);
  return { module, test };
}

describe('the justification of the example cases, read as the family reads it', () => {
  it('the rules check', () => {
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.ok).toBe(true);
  });

  for (const [file, moduleName, name] of cases) {
    it(file, async () => {
      if (!compiled.ok) throw new Error('rules do not compile');
      const { module, test } = findTest(moduleName, name, file);
      const input = testCaseInput(checked.program, module, test);
      const result = evaluate(compiled.rules, input, { trace: true, ...(test.asOf ? { asOf: test.asOf.value } : {}) });
      const text = renderBegrunnelse(result);
      // The rule set's id changes with every edit of any rule file; the text around it is what is read here.
      await expect(text.replace(/sha256:[0-9a-f]{64}/, 'sha256:…')).toMatchFileSnapshot(join('__snapshots__', 'begrunnelser', `${file}.txt`));

      const [, resultLine] = text.split('\n').filter((line) => line.trim() !== '');
      expect(resultLine, 'the outcome comes first').toMatch(/^Resultat$/);
      expect(text.split('\n')[3], 'the outcome comes first').toMatch(/^ {2}Utfall: (Innvilget|Avslag|Foreløpig beregning|ikke fastsatt)/);
      expect(text).toContain('Klageadgang: Du kan klage på vedtaket. Fristen er tre uker');
      expect(text, 'no rule code').not.toMatch(/\b(sum|liste|antall|noen|alle)\(|[a-zæøå]_[a-zæøå]/);
      expect(text, 'no record dump of a default field').not.toMatch(/utdanning: ikke under utdanning|arbeidsart: ikke oppgitt/);
      expect(text).not.toMatch(/\bmed med\b/);
      expect(text, 'Fastsatt etter skjønn only where a caseworker assessed').not.toMatch(/Fastsatt etter skjønn/);
    });
  }
});

/**
 * Diffs of known changes to the shipped rules give exactly the expected report. The reports
 * are snapshot files next to this test (__snapshots__/*.md and *.json), reviewed in the pull
 * request like any other file; after an intended change, update them with
 *
 *   npx vitest run packages/cli/test/review -u
 *
 * The rules are the current ones, so a change to the shipped rules may change these reports
 * too (a new rule test is one more case). Rule-set hashes are left out.
 */
import type { RuleSource } from '@lovkode/dsl';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/review/diff';
import { renderMarkdown } from '../../src/review/markdown';
import type { ReviewReport } from '../../src/review/model';
import type { LoadedPopulationModule } from '../../src/review/population-module';
import { barnetrygd2022, currentRules, formattingOnly, rateChange2023, renamedInput, shippedPopulation, type KnownChange } from './known-changes';

const timeout = 120_000;

let current: RuleSource[];
let populationModule: LoadedPopulationModule;
beforeAll(async () => {
  current = await currentRules();
  populationModule = await shippedPopulation();
});

function review(change: KnownChange): ReviewReport {
  return diffRuleSets(
    { spec: 'gammel', kind: 'files', files: change.old },
    { spec: 'ny', kind: 'files', files: change.new },
    { population: { size: 200, seed: 1 }, populationModule },
  );
}

/** The Markdown without the rule-set hashes, which change with any edit of any rule file. */
function markdown(report: ReviewReport): string {
  return renderMarkdown(report, { maxCases: 25 }).replace(/sha256:[0-9a-f]+…?/g, 'sha256:…');
}

function structuralJson(report: ReviewReport): string {
  return `${JSON.stringify(report.structural, null, 2)}\n`;
}

describe('diff of known changes', () => {
  it(
    'the 2023-07-01 rate change (+10 %): six rate rows and their source; the months July–December 2023 change',
    async () => {
      const report = review(rateChange2023(current));
      const s = report.structural;
      expect(s.semanticChange).toBe(true);
      expect(s.tables).toHaveLength(1);
      expect(s.tables[0]?.rows.map((r) => [r.change, r.from, r.keys, r.old, r.new, r.percent])).toEqual([
        ['added', '2023-07-01', 'enslig', '6 850 kr', '7 550 kr', '+10,2 %'],
        ['added', '2023-07-01', 'ektepar_samboere', '11 450 kr', '12 600 kr', '+10,0 %'],
        ['added', '2023-07-01', 'person_i_bofellesskap', '5 750 kr', '6 350 kr', '+10,4 %'],
        ['added', '2023-07-01', 'barn_0_5', '3 350 kr', '3 700 kr', '+10,4 %'],
        ['added', '2023-07-01', 'barn_6_10', '3 450 kr', '3 800 kr', '+10,1 %'],
        ['added', '2023-07-01', 'barn_11_17', '4 500 kr', '4 950 kr', '+10,0 %'],
      ]);
      expect(s.sources.map((c) => [c.change, c.id])).toEqual([['added', 'satser_2023_07_01']]);
      expect(s.declarations).toEqual([]);
      expect([...s.interface, ...s.types]).toEqual([]);
      const population = report.impact?.groups.find((g) => g.group === 'population');
      expect(population?.changedCases.every((c) => c.month !== undefined && c.month >= '2023-07' && c.month <= '2023-12')).toBe(true);
      expect(population?.decreased).toBe(0);
      await expect(markdown(report)).toMatchFileSnapshot('__snapshots__/rate-change-2023-07-01.md');
      await expect(structuralJson(report)).toMatchFileSnapshot('__snapshots__/rate-change-2023-07-01.structural.json');
    },
    timeout,
  );

  it(
    'the 2022-09-01 barnetrygd exception: one exception added, with its expression; households with barnetrygd gain from September 2022',
    async () => {
      const report = review(barnetrygd2022(current));
      const s = report.structural;
      expect(s.tables).toEqual([]);
      expect(s.declarations).toHaveLength(1);
      const rule = s.declarations[0];
      expect([rule?.kind, rule?.module, rule?.name, rule?.change]).toEqual(['rule', 'sosialtjenesteloven.paragraf_18', 'teller_som_inntekt', 'changed']);
      expect(rule?.parts.map((p) => [p.part, p.change])).toEqual([['exception:barnetrygd', 'added']]);
      expect(rule?.parts[0]?.new).toBe(
        'unntak barnetrygd  (kilde stl18 ledd 3 punktum 1, prop87l, utvidet_som_barnetrygd, barnetrygd_på_vedtaksdato, gjelder fra 2022-09-01) når x.art i [barnetrygd, utvidet_barnetrygd, småbarnstillegg] så usann',
      );
      const population = report.impact?.groups.find((g) => g.group === 'population');
      expect(population?.decreased).toBe(0);
      expect(population?.changedCases.every((c) => (c.month ?? '') >= '2022-09')).toBe(true);
      await expect(markdown(report)).toMatchFileSnapshot('__snapshots__/barnetrygd-2022-09-01.md');
      await expect(structuralJson(report)).toMatchFileSnapshot('__snapshots__/barnetrygd-2022-09-01.structural.json');
    },
    timeout,
  );

  it(
    'a change of layout, comments and doc comments only: no semantic change, no case changes',
    async () => {
      const change = formattingOnly(current);
      const report = review(change);
      const s = report.structural;
      expect(s.changedFiles.length).toBe(change.new.length);
      expect(s.semanticChange).toBe(false);
      expect([s.interface, s.modules, s.tables, s.declarations, s.sources, s.types]).toEqual([[], [], [], [], [], []]);
      expect(s.tests).toEqual({ added: [], removed: [], changed: [] });
      expect(report.impact?.groups.every((g) => g.changed === 0 && g.changedCases.length === 0)).toBe(true);
      await expect(markdown(report)).toMatchFileSnapshot('__snapshots__/formatting-only.md');
    },
    timeout,
  );

  it(
    'a renamed input: flagged as breaking, first; cases that send the old name fail under the new version',
    async () => {
      const report = review(renamedInput(current));
      const s = report.structural;
      // The old name is gone (breaking); the new name is optional, so adding it alone would not be.
      expect(s.interface.map((c) => [c.kind, c.change, c.name, c.breaking])).toEqual([
        ['input', 'added', 'Søknad.tungtveiende_grunner', false],
        ['input', 'removed', 'Søknad.tungtveiende_grunner_mot_aktivitetsvilkår', true],
      ]);
      expect(s.interface[1]?.description).toContain('trolig omdøpt til «tungtveiende_grunner»');
      expect(s.interface[0]?.description).toContain('trolig omdøpt fra «tungtveiende_grunner_mot_aktivitetsvilkår»');
      const md = markdown(report);
      expect(md.indexOf('Brytende endringer')).toBeLessThan(md.indexOf('### Regler og skjønn'));
      const population = report.impact?.groups.find((g) => g.group === 'population');
      // The population sends the field by its old name: every household fails under the new version.
      expect(population?.errorNewOnly).toBe(200);
      await expect(md).toMatchFileSnapshot('__snapshots__/renamed-input.md');
      await expect(structuralJson(report)).toMatchFileSnapshot('__snapshots__/renamed-input.structural.json');
    },
    timeout,
  );

  it(
    'a rate change the population’s months do not reach is said to be outside them, not read as costing nothing',
    () => {
      const change = rateChange2023(current);
      const before = diffRuleSets(
        { spec: 'gammel', kind: 'files', files: change.old },
        { spec: 'ny', kind: 'files', files: change.new },
        { population: { size: 50, seed: 1, from: '2022-01', to: '2023-06' }, populationModule },
      );
      const population = before.impact?.groups.find((g) => g.group === 'population');
      expect(population?.changed).toBe(0);
      expect(before.impact?.outsidePopulation).toEqual({
        from: '2022-01',
        to: '2023-06',
        rows: ['enslig', 'ektepar_samboere', 'person_i_bofellesskap', 'barn_0_5', 'barn_6_10', 'barn_11_17'].map((keys) => ({ table: expect.any(String), keys, from: '2023-07-01', to: undefined })),
      });
      expect(markdown(before)).toContain(
        '**Utenfor befolkningen:** 6 endrede satsrader gjelder bare utenfor månedene 2022-01 – 2023-06 (fra 2023-07-01); det de gjør, er ikke med i virkningen. Velg månedene med --from og --to.',
      );
      // Months that reach the rows: nothing is said.
      expect(review(change).impact?.outsidePopulation).toBeUndefined();
      expect(markdown(review(change))).not.toContain('Utenfor befolkningen');
    },
    timeout,
  );
});

/**
 * The shipped municipal variants (examples) and reform scenarios, diffed against the state
 * rules as `lovkode diff rules/sosialtjenesteloven rules/<mappe>` does, and the impact
 * computed in one thread and with worker threads.
 */
import { describe, expect, it } from 'vitest';
import { diffRuleSets, prepareSide, type PreparedSide } from '../../src/review/diff';
import { renderMarkdown } from '../../src/review/markdown';
import { diffRuleSetsParallel } from '../../src/review/parallel';
import { resolveSide } from '../../src/review/sides';
import { root, shippedPopulation } from './known-changes';

const timeout = 180_000;

async function sides(variant: string): Promise<[PreparedSide, PreparedSide]> {
  const [a, b] = await Promise.all([resolveSide('rules/sosialtjenesteloven', { cwd: root }), resolveSide(variant, { cwd: root })]);
  return [prepareSide(a), prepareSide(b)];
}

describe('municipal variants (examples)', () => {
  it(
    'own rates: the replaced table shows only the 2024 rates and the 2025 message as departures; evaluated through the variant',
    async () => {
      const [old, neu] = await sides('rules/kommuner/eksempel-egne-satser');
      expect(neu.info.entry).toBe('kommuner.eksempel_egne_satser');
      expect(neu.info.variantOf).toBe('sosialtjenesteloven.vedtak');
      const report = diffRuleSets(old, neu, { population: { size: 300, seed: 2, from: '2023-07', to: '2024-12' }, populationModule: await shippedPopulation() });
      const table = report.structural.tables[0];
      expect([table?.module, table?.name, table?.replacedIn]).toEqual(['satser.veiledende', 'veiledende_sats', { new: 'kommuner.eksempel_egne_satser' }]);
      expect(table?.rows.filter((r) => r.from === '2024-01-01').map((r) => [r.keys, r.old, r.new])).toEqual([
        ['enslig', '7 850 kr', '8 200 kr'],
        ['ektepar_samboere', '13 100 kr', '13 600 kr'],
        ['person_i_bofellesskap', '6 600 kr', '6 850 kr'],
        ['barn_0_5', '3 850 kr', '4 000 kr'],
        ['barn_6_10', '3 950 kr', '4 100 kr'],
        ['barn_11_17', '5 150 kr', '5 400 kr'],
      ]);
      expect(table?.rows.every((r) => (r.from ?? '') >= '2024-01-01')).toBe(true);
      expect(report.structural.declarations).toEqual([]);
      const population = report.impact?.groups.find((g) => g.group === 'population');
      // Only months from 2024 change, and only upwards.
      expect(population?.decreased).toBe(0);
      expect(population?.changedCases.every((c) => (c.month ?? '') >= '2024-01')).toBe(true);
      expect(population?.changed).toBeGreaterThan(0);
    },
    timeout,
  );

  it(
    'half the child rate from the third child: one replaced skjønn and a helper rule; only households with three or more children lose',
    async () => {
      const [old, neu] = await sides('rules/kommuner/eksempel-halv-barnesats');
      const report = diffRuleSets(old, neu, { tests: false, population: { size: 400, seed: 3, from: '2024-01', to: '2024-12' }, populationModule: await shippedPopulation() });
      expect(report.structural.tables).toEqual([]);
      expect(report.structural.declarations.map((d) => [d.name, d.change, d.replacedIn?.new])).toEqual([
        ['kommunal_barnesats', 'added', undefined],
        ['sats', 'changed', 'kommuner.eksempel_halv_barnesats'],
      ]);
      const population = report.impact?.groups.find((g) => g.group === 'population');
      expect(population?.increased).toBe(0);
      expect(population?.decreased).toBeGreaterThan(0);
      for (const c of population?.changedCases ?? []) expect(c.householdType.endsWith('med barn')).toBe(true);
    },
    timeout,
  );
});

describe('reform scenarios', () => {
  it(
    'SIFO: every rate up, so every household in December 2024 gains; the new age bands are in the variant',
    async () => {
      const [old, neu] = await sides('rules/reformer/sifo');
      const report = diffRuleSets(old, neu, { tests: false, population: { size: 300, seed: 4, from: '2024-12', to: '2024-12' }, populationModule: await shippedPopulation() });
      const population = report.impact?.groups.find((g) => g.group === 'population');
      expect(population?.changed).toBe(300);
      expect(population?.decreased).toBe(0);
      expect(report.structural.types.map((t) => [t.name, t.change])).toEqual([['SifoKategori', 'added']]);
      expect(report.structural.tables.map((t) => [t.module, t.name, t.change])).toEqual([['reformer.sifo', 'sifo_sats', 'added']]);
    },
    timeout,
  );

  it(
    'barnetrygd counted again: what the 2022 change is worth — losses only, only for households with barnetrygd from September 2022',
    async () => {
      const [old, neu] = await sides('rules/reformer/barnetrygd-regnes-med');
      const report = diffRuleSets(old, neu, { tests: false, population: { size: 400, seed: 5 }, populationModule: await shippedPopulation() });
      expect(report.structural.declarations.map((d) => [d.name, d.parts.map((p) => `${p.part} ${p.change}`)])).toEqual([
        ['teller_som_inntekt', ['citations changed', 'exception:barnetrygd removed']],
      ]);
      const population = report.impact?.groups.find((g) => g.group === 'population');
      expect(population?.increased).toBe(0);
      expect(population?.decreased).toBeGreaterThan(0);
      for (const c of population?.changedCases ?? []) {
        expect(c.month! >= '2022-09').toBe(true);
        expect(c.outputs.map((o) => o.name)).toContain('inntekt_ikke_regnet_med');
      }
    },
    timeout,
  );

  it(
    'price adjustment: 3.8 % by default, another percentage with an override on the side that has the skjønn',
    async () => {
      const [old, neu] = await sides('rules/reformer/prisjustering');
      const single = { beregningsmåned: '2024-12', sivilstand: 'enslig', voksne: [{ fødselsdato: '1980-01-15' }] };
      const cases = [{ id: 'enslig', group: 'cases' as const, input: single }];
      const standard = diffRuleSets(old, neu, { tests: false, cases });
      expect(standard.impact?.groups[0]?.changedCases[0]?.outputs.find((o) => o.name === 'sats')).toEqual({ name: 'sats', old: '7850.00', new: '8150.00' });
      const overridden = diffRuleSets(old, neu, { tests: false, cases, overrides: [{ navn: 'prisjustering', verdi: '0.05', begrunnelse: 'scenario' }] });
      // 7 850 × 1,05 = 8 242,50 → 8 250 (nearest 50)
      expect(overridden.impact?.groups[0]?.changedCases[0]?.outputs.find((o) => o.name === 'sats')).toEqual({ name: 'sats', old: '7850.00', new: '8250.00' });
    },
    timeout,
  );
});

describe('worker threads', () => {
  it(
    'give the same report as one thread, in case order',
    async () => {
      const [old, neu] = await sides('rules/reformer/sifo');
      const options = { population: { size: 600, seed: 9 }, populationModule: await shippedPopulation(), cases: [{ id: 'tom', group: 'cases' as const, input: {} }] };
      const inline = await diffRuleSetsParallel(old, neu, { ...options, workers: 0 });
      const threaded = await diffRuleSetsParallel(old, neu, { ...options, workers: 3 });
      expect(threaded).toEqual(inline);
      expect(renderMarkdown(threaded)).toBe(renderMarkdown(inline));
      const population = threaded.impact?.groups.find((g) => g.group === 'population');
      const indices = population?.changedCases.map((c) => c.index) ?? [];
      expect(indices).toEqual([...indices].sort((a, b) => a - b));
    },
    timeout,
  );
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPopulationModule, PopulationModuleError } from '../../src/review/population-module';
import { root } from './known-changes';

const dir = mkdtempSync(path.join(tmpdir(), 'lovkode-befolkning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the population module beside the rules', () => {
  it('is found at the rule root and keeps its URL for worker threads; rules without one have none', async () => {
    const module = await findPopulationModule(root, 'rules');
    expect(module?.url).toMatch(/\/rules\/befolkning\.mjs$/);
    expect(module?.householdType({ sivilstand: 'enslig', barn: [] })).toBe('enslig uten barn');
    expect(await findPopulationModule(root, 'rules/sosialtjenesteloven')).toBeUndefined();
  });

  it('names what a module lacks, and a module that does not load', async () => {
    mkdirSync(path.join(dir, 'mangler'));
    writeFileSync(path.join(dir, 'mangler', 'befolkning.mjs'), "export const defaultPeriod = { from: '2024-01' };\nexport function household() { return {}; }\n");
    await expect(findPopulationModule(dir, 'mangler')).rejects.toThrow(/mangler householdType, summarize, defaultPeriod/);
    mkdirSync(path.join(dir, 'feil'));
    writeFileSync(path.join(dir, 'feil', 'befolkning.mjs'), 'export const = ;\n');
    await expect(findPopulationModule(dir, 'feil')).rejects.toBeInstanceOf(PopulationModuleError);
  });
});

/**
 * Finding and loading a scheme's population module (./population.ts): `befolkning.mjs` at
 * the rule root, imported by its file URL — in the main thread and, by the same URL, in
 * worker threads.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PopulationModule } from './population.js';

/** The file name of a population module at the rule root. */
export const populationModuleFile = 'befolkning.mjs';

/** A population module and the URL it was loaded from (for worker threads). */
export type LoadedPopulationModule = PopulationModule & { readonly url: string };

/** A population module that cannot be loaded or lacks an export. */
export class PopulationModuleError extends Error {
  override readonly name = 'PopulationModuleError';
}

/** The population module of the rule root `rules` (relative to `cwd`), or undefined if it has none. */
export async function findPopulationModule(cwd: string, rules: string): Promise<LoadedPopulationModule | undefined> {
  const file = path.resolve(cwd, rules, populationModuleFile);
  const found = await stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
  return found ? loadPopulationModule(pathToFileURL(file).href) : undefined;
}

export async function loadPopulationModule(url: string): Promise<LoadedPopulationModule> {
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new PopulationModuleError(`befolkningsmodulen ${url} kan ikke lastes: ${error instanceof Error ? error.message : String(error)}`);
  }
  const missing: string[] = ['household', 'householdType', 'summarize'].filter((name) => typeof module[name] !== 'function');
  const period = module['defaultPeriod'] as { from?: unknown; to?: unknown } | undefined;
  if (typeof period?.from !== 'string' || typeof period.to !== 'string') missing.push('defaultPeriod');
  if (missing.length > 0) throw new PopulationModuleError(`befolkningsmodulen ${url} mangler ${missing.join(', ')}`);
  return { ...(module as unknown as PopulationModule), url };
}

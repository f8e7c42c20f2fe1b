import { availableParallelism, loadavg } from 'node:os';
import { diffRuleSetsParallel } from '../packages/cli/src/review/parallel';
import { resolveSide } from '../packages/cli/src/review/sides';
import { prepareSide } from '../packages/cli/src/review/diff';
import { renderMarkdown } from '../packages/cli/src/review/markdown';
import { findPopulationModule } from '../packages/cli/src/review/population-module';

/**
 * Impact of a reform over 100 000 synthetic households (docs/review.md §6): the state rules
 * against the SIFO scenario (every household changes, so every case is compared and kept),
 * without worker threads and with one per core. Target: under 10 s. Both runs must give the
 * same report.
 */
export default async function run(): Promise<void> {
  const size = 100_000;
  const cwd = process.cwd();
  const [oldSide, newSide] = await Promise.all([resolveSide('rules/sosialtjenesteloven', { cwd }), resolveSide('rules/reformer/sifo', { cwd })]);
  const old = prepareSide(oldSide);
  const neu = prepareSide(newSide);
  const populationModule = await findPopulationModule(cwd, 'rules');
  if (!populationModule) throw new Error('rules/befolkning.mjs is missing');
  const options = { tests: false, population: { size, seed: 42 }, populationModule } as const;
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const reports: string[] = [];
  for (const workers of [0, Math.max(2, availableParallelism())]) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const report = await diffRuleSetsParallel(old, neu, { ...options, workers });
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    const population = report.impact?.groups.find((g) => g.group === 'population');
    reports.push(renderMarkdown(report));
    // On a shared machine the wall time includes waiting for the CPU; the CPU time (all
    // threads) is what the run costs: without workers it is the wall time on an idle core.
    console.log(
      `impact, ${size.toLocaleString('en')} households × 2 versions, ${workers === 0 ? 'no workers' : `${workers} workers`}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (target < 10 s); ${population?.changed.toLocaleString('en')} changed, average ${population?.average} kr per household-month`,
    );
  }
  console.log(`reports identical with and without workers: ${reports[0] === reports[1] ? 'yes' : 'NO'}`);
}

// The evaluations per second of a module `lovkode build` wrote, beside the engine's own
// `evaluate` on the same rules (docs/engine.md §11): the same generated households, rounds
// interleaved, each side with its own copy of every module (the engine bundled by esbuild as
// the benchmarks bundle it; the built module imports decimal.js from node_modules).
//
//   node bench/built-module.mjs [--households 20000] [--rounds 5]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { nodeBundle } from './node-bundle.mjs';

const { values: args } = parseArgs({ options: { households: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '5' } } });
const root = resolve(import.meta.dirname, '..');
// Inside the repository, so that the module finds decimal.js and the bundle the workspace's packages.
const work = join(root, 'node_modules', '.cache', 'lovkode-built-module');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const moduleFile = join(work, 'vedtak.mjs');
execFileSync(process.execPath, [join(root, 'packages', 'cli', 'bin', 'lovkode.mjs'), 'build', 'rules', '--module', 'sosialtjenesteloven.vedtak', '--out', moduleFile], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const entry = join(work, 'engine-entry.ts');
writeFileSync(entry, `export { compile, evaluate } from '${join(root, 'packages', 'engine', 'src', 'index.ts')}';\nexport { ruleFiles } from '${join(root, 'test', 'support', 'rule-files.ts')}';\n`);
const engineFile = join(work, 'engine.mjs');
await build({ ...nodeBundle, entryPoints: [entry], outfile: engineFile });

const built = await import(pathToFileURL(moduleFile).href);
const engine = await import(pathToFileURL(engineFile).href);
process.chdir(root);
const compiled = engine.compile(engine.ruleFiles('rules'), { module: 'sosialtjenesteloven.vedtak' });
if (!compiled.ok) throw new Error('the shipped rules do not compile');
if (compiled.rules.ruleset !== built.ruleset) throw new Error(`the built module's ruleset ${built.ruleset} is not ${compiled.rules.ruleset}`);

const population = await import(pathToFileURL(join(root, 'rules', 'befolkning.mjs')).href);
const households = Array.from({ length: Number(args.households) }, (_, i) => population.household(42, i, population.defaultPeriod));
const sides = {
  'built module': (input) => built.evaluate(input),
  'engine evaluate': (input) => engine.evaluate(compiled.rules, input),
};
const best = Object.fromEntries(Object.keys(sides).map((name) => [name, 0]));
for (let round = 0; round < Number(args.rounds); round++) {
  // Each side first every other round, so that neither always follows the other.
  const order = round % 2 === 0 ? Object.entries(sides) : Object.entries(sides).reverse();
  for (const [name, evaluate] of order) {
    const start = performance.now();
    for (const household of households) evaluate(household);
    best[name] = Math.max(best[name], households.length / ((performance.now() - start) / 1000));
  }
}
for (const [name, perSecond] of Object.entries(best)) console.log(`${name.padEnd(16)} ${Math.round(perSecond).toLocaleString('en')} evaluations/s (best of ${args.rounds} rounds, ${households.length.toLocaleString('en')} households)`);
rmSync(work, { recursive: true, force: true });

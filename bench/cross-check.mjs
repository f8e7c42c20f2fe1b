// Cross-checks the evaluator of the working tree against the evaluator of a git revision:
// the same rules, the same generated households, bit-identical results (docs/engine.md §10).
//
//   node bench/cross-check.mjs                                   # 1 000 000 households against HEAD
//   node bench/cross-check.mjs --against 1bb26d1 --households 200000 --trace-every 50
//
// Each household is evaluated with the shipped rules through their standard entry, once by
// each evaluator; the result JSON (values, warnings, ruleset, or the error) must be the same
// text. Every `--trace-every`-th household is evaluated again with the trace, and the whole
// result with its trace must be the same text too. The revision's engine and language
// (packages/engine/src, packages/dsl/src) are taken from git and bundled apart from the
// working tree's, each with its own copy of every module, so that nothing is shared.
import { build } from 'esbuild';
import { nodeBundle } from './node-bundle.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    against: { type: 'string', default: 'HEAD' },
    households: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '42' },
    'trace-every': { type: 'string', default: '100' },
  },
});
const count = Number(args.households);
const seed = Number(args.seed);
const traceEvery = Number(args['trace-every']);
const root = resolve(import.meta.dirname, '..');
const revision = execFileSync('git', ['rev-parse', '--short', args.against], { cwd: root, encoding: 'utf8' }).trim();

// Inside the repository, so that the revision's sources find the workspace's node_modules.
const work = join(root, 'node_modules', '.cache', 'lovkode-cross-check');
const old = join(work, revision);
rmSync(work, { recursive: true, force: true });
mkdirSync(old, { recursive: true });
execFileSync('sh', ['-c', `git archive ${revision} packages/engine/src packages/dsl/src | tar -x -C "${old}"`], { cwd: root });

/**
 * Resolves `@lovkode/dsl` (and its subpaths) to the language sources that go with an engine;
 * the revision's other packages (decimal.js, ajv, chevrotain, …) as the working tree's
 * packages find them.
 */
function dslFrom(dir) {
  return {
    name: 'dsl-from',
    setup(b) {
      b.onResolve({ filter: /^@lovkode\/dsl(\/.*)?$/ }, (a) => {
        const sub = a.path.slice('@lovkode/dsl'.length).replace(/^\//, '');
        return { path: join(dir, 'packages', 'dsl', 'src', sub === '' ? 'index.ts' : `${sub}.ts`) };
      });
      if (dir === root) return;
      b.onResolve({ filter: /^[^./]/ }, (a) => {
        if (!a.importer.startsWith(dir) || a.pluginData?.mapped) return undefined;
        return b.resolve(a.path, { kind: a.kind, resolveDir: root + a.resolveDir.slice(dir.length), pluginData: { mapped: true } });
      });
    },
  };
}

async function bundle(name, dir, extra = '') {
  const entry = join(work, `${name}-entry.ts`);
  writeFileSync(entry, `export { compile, evaluate } from '${join(dir, 'packages', 'engine', 'src', 'index.ts')}';\n${extra}`);
  const outfile = join(work, `${name}.mjs`);
  await build({ ...nodeBundle, entryPoints: [entry], outfile, plugins: [dslFrom(dir)] });
  return import(pathToFileURL(outfile).href);
}

try {
  const current = await bundle(
    'current',
    root,
    `export { ruleFiles } from '${join(root, 'test', 'support', 'rule-files.ts')}';\n`,
  );
  const previous = await bundle('previous', old);
  // The synthetic population of the shipped rules (docs/review.md §4), as the review draws it.
  const population = await import(pathToFileURL(join(root, 'rules', 'befolkning.mjs')).href);
  process.chdir(root);
  const files = current.ruleFiles('rules').filter((f) => !f.path.includes('/tester/'));
  const compiled = [current, previous].map((engine) => {
    const result = engine.compile(files);
    if (!result.ok) throw new Error('the shipped rules do not compile');
    return { engine, rules: result.rules };
  });
  const run = ({ engine, rules }, input, options) => {
    try {
      return JSON.stringify(engine.evaluate(rules, input, options));
    } catch (error) {
      if (typeof error?.toJSON !== 'function') throw error;
      return JSON.stringify({ error: error.toJSON() });
    }
  };
  let differ = 0;
  let traced = 0;
  // Results that are an error (the same on both sides, or they differ): a check of errors only would prove little.
  let failed = 0;
  const start = performance.now();
  const chunk = 10_000;
  for (let from = 0; from < count; from += chunk) {
    for (let i = from; i < Math.min(count, from + chunk); i++) {
      const household = population.household(seed, i, population.defaultPeriod);
      const options = i % traceEvery === 0 ? [{}, { trace: true }] : [{}];
      if (options.length === 2) traced++;
      for (const option of options) {
        const [a, b] = compiled.map((side) => run(side, household, option));
        if (a.startsWith('{"error"')) failed++;
        if (a !== b) {
          differ++;
          if (differ <= 3) console.log(`household ${i}${option.trace ? ' (with trace)' : ''} differs:\n  ${JSON.stringify(household)}\n  now:    ${a.slice(0, 400)}\n  ${revision}: ${b.slice(0, 400)}`);
        }
      }
    }
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  console.log(`${count.toLocaleString('en')} households (seed ${seed}), ${traced.toLocaleString('en')} of them also with the trace: ${differ} results differ between the working tree and ${revision}; ${failed.toLocaleString('en')} of the results are errors (${seconds} s)`);
  process.exitCode = differ === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

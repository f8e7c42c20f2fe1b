/**
 * What an embedder installs (docs/engine-design.md §3, docs/packages.md): the three packages
 * are built (`pnpm build`), packed (`pnpm pack`, which writes the published `exports` and
 * `bin` and the dependency versions) and installed with npm from the tarballs into an empty
 * project. There `npx lovkode` runs (also the review, with worker threads and the rules'
 * population module), `lovkode types` writes the scheme's types, `lovkode build` writes the
 * rules as a module that plain Node imports, and a short
 * TypeScript program compiles with `tsc --strict` under `"module": "nodenext"` and runs on
 * plain Node. Needs the npm registry for the packages' own dependencies.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['dsl', 'engine', 'cli'] as const;
const manifest = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version: string; packageManager?: string };
const pnpm = ['-y', manifest(path.join(root, 'package.json')).packageManager as string];
const work = mkdtempSync(path.join(tmpdir(), 'lovkode-pack-'));
// The installed project is large (with lovkode build: esbuild and its binary); removing it took over vitest's 10 s once, at load average 14.
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} (i ${cwd}):\n${stderr || stdout || error.message}`));
      else resolve(stdout);
    });
  });
}

const program = `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, evaluate } from '@lovkode/engine';
import type { Input, Scheme } from './livsopphold.js';

const dir = 'rules';
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.lov'))
  .map((file) => ({ path: join(dir, file), text: readFileSync(join(dir, file), 'utf8') }));
const compiled = compile(files);
if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\\n'));

const input: Input = JSON.parse(readFileSync('case.json', 'utf8'));
const result = evaluate<Scheme>(compiled.rules, input);
if (result.complete) {
  const stønad: string = result.values.stønad;
  console.log(JSON.stringify({ stønad, utfall: result.values.utfall }));
} else {
  console.log(JSON.stringify({ ubestemt: result.values.stønad }));
}
`;

const tsconfig = {
  compilerOptions: {
    strict: true,
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    // @types/node from the workspace: the program reads files.
    typeRoots: [path.join(root, 'node_modules', '@types')],
    types: ['node'],
  },
  files: ['main.ts'],
};

const householdCase = {
  beregningsmåned: '2024-03',
  sivilstand: 'enslig',
  voksne: [{ fødselsdato: '1990-05-01' }],
  utgifter: [
    { art: 'husleie', beløp: '8000' },
    { art: 'strøm', beløp: 700 },
  ],
};

describe('the packages as an embedder installs them', () => {
  it('build, pack, install with npm; lovkode runs, and a typed TypeScript program compiles with tsc --strict (nodenext) and runs on node', async () => {
    await run('npx', [...pnpm, 'build'], root);
    const tarballs = path.join(work, 'tarballs');
    for (const name of packages) await run('npx', [...pnpm, 'pack', '--pack-destination', tarballs], path.join(root, 'packages', name));
    const version = manifest(path.join(root, 'packages', 'cli', 'package.json')).version;

    const app = path.join(work, 'app');
    cpSync(path.join(root, 'rules'), path.join(app, 'rules'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'embedder', private: true, type: 'module' }));
    writeFileSync(path.join(app, 'case.json'), JSON.stringify(householdCase));
    await run('npm', ['install', '--no-audit', '--no-fund', ...packages.map((name) => path.join(tarballs, `lovkode-${name}-${version}.tgz`))], app);

    expect((await run('npx', ['--no-install', 'lovkode', '--version'], app)).trim()).toBe(`lovkode ${version}`);
    const decision = JSON.parse(await run('npx', ['--no-install', 'lovkode', 'run', 'rules', '--input', 'case.json'], app)) as { values: Record<string, unknown>; ruleset: string };
    expect(decision.values['stønad']).toBe('16550.00');
    expect(decision.ruleset).toMatch(/^sha256:/);

    // The review from the build: worker threads load dist/review/worker.js, and the population module beside the rules (rules/befolkning.mjs) by its URL.
    const review = JSON.parse(await run('npx', ['--no-install', 'lovkode', 'diff', 'rules/sosialtjenesteloven', 'rules/reformer/sifo', '--population', '200', '--workers', '2', '--no-tests', '--format', 'json'], app)) as {
      impact: { groups: Array<{ group: string; cases: number; byHouseholdType: Array<{ householdType: string }> }> };
    };
    const population = review.impact.groups.find((g) => g.group === 'population');
    expect(population?.cases).toBe(200);
    expect(population?.byHouseholdType.map((t) => t.householdType)).toContain('enslig uten barn');

    // The rules as one module that imports only decimal.js (lovkode build), bundled from the installed packages' dist.
    await run('npx', ['--no-install', 'lovkode', 'build', 'rules', '--out', 'vedtak.mjs'], app);
    const fromBuilt = `import { evaluate } from './vedtak.mjs'; import { readFileSync } from 'node:fs'; console.log(JSON.stringify(evaluate(JSON.parse(readFileSync('case.json', 'utf8'))).values));`;
    expect(JSON.parse(await run(process.execPath, ['--input-type=module', '-e', fromBuilt], app))).toMatchObject({ stønad: '16550.00', utfall: 'innvilget' });

    writeFileSync(path.join(app, 'livsopphold.ts'), await run('npx', ['--no-install', 'lovkode', 'types', 'rules'], app));
    writeFileSync(path.join(app, 'main.ts'), program);
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    await run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], app);
    expect(JSON.parse(await run(process.execPath, ['main.js'], app))).toEqual({ stønad: '16550.00', utfall: 'innvilget' });
  }, 600_000);
});

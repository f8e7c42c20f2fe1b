/**
 * `lovkode diff` and `lovkode population` through the CLI (in process, with the working
 * directory set to a temporary git repository): sides given as git revisions, REV:PATH,
 * directories of the working tree and variant folders; options and exit codes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { RuleSource } from '../../packages/dsl/src/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/cli/main';
import type { Io } from '../../packages/cli/src/cli/io';
import { diffRuleSets } from '../../packages/cli/src/review/diff';
import type { ReviewReport } from '../../packages/cli/src/review/model';
import { population } from '../../packages/cli/src/review/population';
import * as befolkning from '../../rules/befolkning.mjs';
import { resolveSide } from '../../packages/cli/src/review/sides';
import { formattingOnly, rateChange2023, renamedInput, root } from '../../packages/cli/test/review/known-changes';

const timeout = 180_000;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function lovkode(cwd: string, args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd,
    stdin: new PassThrough(),
    out: async (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Lovkode Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

function write(dir: string, files: readonly RuleSource[]): void {
  for (const f of files) {
    const file = path.join(dir, f.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.text);
  }
}

let repo: string;
let current: RuleSource[];
let variants: RuleSource[];

beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'lovkode-review-'));
  const all = (await resolveSide('rules', { cwd: root })).files;
  current = all.filter((f) => !/^rules\/(kommuner|reformer)\//.test(f.path));
  variants = all.filter((f) => /^rules\/(kommuner|reformer)\//.test(f.path));
  git(repo, 'init', '--quiet', '--initial-branch=main');
  // First commit: the state rules before the 2023-07-01 rate change (the example variants came later), and the population module beside them.
  write(repo, rateChange2023(current).old);
  copyFileSync(path.join(root, 'rules', 'befolkning.mjs'), path.join(repo, 'rules', 'befolkning.mjs'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'Satser uten 2023-07-01');
  // Second commit: the rules as they are, with the variants.
  write(repo, [...current, ...variants]);
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'Satser fra 2023-07-01');
  // The working tree: a layout-only change, not committed.
  write(repo, formattingOnly(current).new);
}, timeout);

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('sides from git', () => {
  it('a revision is the rule root at that commit; files are named as in the working tree', async () => {
    const side = await resolveSide('HEAD~1', { cwd: repo });
    expect(side.kind).toBe('git');
    expect(side.commit).toBe(git(repo, 'rev-parse', 'HEAD~1').trim());
    const expected = rateChange2023(current).old.sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(side.files).toEqual(expected);
    expect(side.module).toBeUndefined();
  });

  it('REV:PATH of a variant folder: the base files of that commit and the variant, evaluated through the variant', async () => {
    const side = await resolveSide('HEAD:rules/kommuner/eksempel-halv-barnesats', { cwd: repo });
    expect(side.module).toBe('kommuner.eksempel_halv_barnesats');
    expect(side.files.map((f) => f.path)).toContain('rules/kommuner/eksempel-halv-barnesats/halv-barnesats.lov');
    expect(side.files.some((f) => f.path.startsWith('rules/reformer/'))).toBe(false);
  });

  it('from a subdirectory, paths stay relative to the working directory', async () => {
    const side = await resolveSide('HEAD', { cwd: path.join(repo, 'rules'), rules: '.' });
    expect(side.files.map((f) => f.path)).toContain('satser/veiledende-satser.lov');
  });
});

describe('lovkode diff', () => {
  it(
    'HEAD~1 HEAD: the same report as diffing the two sets of files',
    async () => {
      const run = await lovkode(repo, ['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--population', '100']);
      expect(run.stderr).toMatch(/^lovkode diff: \d+ saker beregnet med begge versjonene på [\d,]+ s\n$/);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as ReviewReport;
      expect([report.old.kind, report.old.spec, report.new.spec]).toEqual(['git', 'HEAD~1', 'HEAD']);
      const direct = diffRuleSets(
        { spec: 'HEAD~1', kind: 'files', files: rateChange2023(current).old },
        { spec: 'HEAD', kind: 'files', files: [...current, ...variants] },
        { population: { size: 100 }, populationModule: befolkning },
      );
      expect(report.structural).toEqual(JSON.parse(JSON.stringify(direct.structural)));
      expect(report.impact).toEqual(JSON.parse(JSON.stringify(direct.impact)));
      expect(report.structural.tables.find((t) => t.module === 'satser.veiledende')?.rows).toHaveLength(6);
      // The example variants were added in the second commit: new modules, not evaluated.
      expect(report.structural.modules.map((m) => m.change)).toEqual(variants.map(() => 'added'));
      expect(report.new.entry).toBe('sosialtjenesteloven.vedtak');
    },
    timeout,
  );

  it(
    'HEAD against the working tree with a layout-only change: no semantic change',
    async () => {
      const run = await lovkode(repo, ['diff', 'HEAD', 'rules', '--population', '20', '--no-tests']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('**Ingen semantisk endring.**');
      expect(run.stdout).toContain('| 20 syntetiske husstander (seed 1, 2018-01 – 2024-12) | 20 | 0 |');
    },
    timeout,
  );

  it(
    'a state directory against a variant folder shows the variant’s departures, with the impact',
    async () => {
      const run = await lovkode(repo, ['diff', 'rules/sosialtjenesteloven', 'rules/kommuner/eksempel-egne-satser', '--month', '2024-03', '--population', '50', '--no-tests']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('| beregnes gjennom | `sosialtjenesteloven.vedtak` | `kommuner.eksempel_egne_satser` (variant av `sosialtjenesteloven.vedtak`) |');
      expect(run.stdout).toContain('#### tabell `veiledende_sats` (satser.veiledende) — erstattet i `kommuner.eksempel_egne_satser`');
      expect(run.stdout).toContain('| 2024-01-01 | enslig | endret | 7 850 kr | 8 200 kr | +4,5 % | satser_2024_01_01 → eksempelby_satser_2024 |');
      expect(run.stdout).toContain('| 50 syntetiske husstander (seed 1, 2024-03) | 50 | 50 |');
    },
    timeout,
  );

  it(
    'a case file, the measure, --output and --fail-on-breaking',
    async () => {
      const dir = path.join(repo, 'endring');
      const change = renamedInput(current);
      write(path.join(dir, 'gammel'), change.old);
      write(path.join(dir, 'ny'), change.new);
      const cases = [population(befolkning, { size: 2, seed: 1 })[0], { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1990-01-01' }] }];
      writeFileSync(path.join(dir, 'saker.jsonl'), `${cases.map((c) => JSON.stringify(c)).join('\n')}\n\nikke json\n`);
      const run = await lovkode(repo, [
        'diff',
        'endring/gammel/rules',
        'endring/ny/rules',
        '--cases',
        'endring/saker.jsonl',
        '--population',
        '0',
        '--no-tests',
        '--measure',
        'behov',
        '--fail-on-breaking',
        '-o',
        'endring/rapport.md',
      ]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const md = readFileSync(path.join(dir, 'rapport.md'), 'utf8');
      expect(md).toContain('### ⚠️ Brytende endringer for systemer som bruker reglene (1)');
      expect(md).toContain('| saksfilen endring/saker.jsonl (3 saker) | 3 | 0 | 0 | 0 | 0 | 1 | 1 |');
      expect(md).toContain('endringen i `behov` per måned');
    },
    timeout,
  );

  it('usage and missing sides', async () => {
    expect((await lovkode(repo, ['diff', 'HEAD'])).code).toBe(64);
    const missing = await lovkode(repo, ['diff', 'HEAD', 'finnes-ikke']);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toBe('lovkode: diff: finner ikke «finnes-ikke»: verken en fil eller mappe eller en git-revisjon\n');
    expect((await lovkode(repo, ['diff', 'HEAD', 'HEAD', '--format', 'html'])).code).toBe(64);
    expect((await lovkode(repo, ['diff', 'HEAD', 'HEAD', '--month', '2024-13'])).code).toBe(64);
    expect((await lovkode(repo, ['diff', 'HEAD', 'HEAD', '--overstyr', 'uten-likhetstegn'])).code).toBe(64);
    const measure = await lovkode(repo, ['diff', 'HEAD', 'HEAD', '--population', '0', '--measure', 'finnes_ikke']);
    expect(measure.code).toBe(64);
    expect(measure.stderr).toContain('«finnes_ikke» er ikke et utdata begge versjonene har');
    // An output that is not an amount would be summed as 0,00 kr.
    const notAmount = await lovkode(repo, ['diff', 'HEAD', 'HEAD', '--population', '0', '--measure', 'utfall']);
    expect(notAmount.code).toBe(64);
    expect(notAmount.stderr).toContain('«utfall» er ikke et beløp i begge versjonene; --measure summerer et beløp (stønad,');
  }, timeout);

  it('in a shallow clone, a missing HEAD~1 says that the history is missing and how to fetch it', async () => {
    const shallow = mkdtempSync(path.join(tmpdir(), 'lovkode-shallow-'));
    try {
      git(shallow, 'clone', '--quiet', '--depth', '1', `file://${repo}`, 'klon');
      const run = await lovkode(path.join(shallow, 'klon'), ['diff', 'HEAD~1', 'HEAD']);
      expect(run.code).toBe(66);
      expect(run.stderr).toContain('finner ikke «HEAD~1»');
      expect(run.stderr).toContain('grunn klone uten historikk: hent den med «git fetch --unshallow»');
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  }, timeout);

  it('as a git difftool --dir-diff, which hands it only the changed files: a clear message and the way that works', async () => {
    // The real flow: git copies the changed files of each side to …/git-difftool.XXXXXX/left and right.
    const bin = path.join(root, 'packages/cli/bin/lovkode.mjs');
    const tool = `difftool.lovkode.cmd="${process.execPath}" "${bin}" diff "$LOCAL" "$REMOTE"`;
    const run = spawnSync('git', ['-c', tool, 'difftool', '--dir-diff', '--no-prompt', '--tool=lovkode', 'HEAD~1', 'HEAD'], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toMatch(/er en mappe fra git difftool --dir-diff, som bare har de endrede filene/);
    expect(run.stderr).toContain('lovkode diff <gammel> <ny>');
    expect(run.stderr).not.toMatch(/LK2\d{3}|intern feil/);
    // (git difftool --dir-diff does not pass the tool's exit code on; the command's own is 64.)
    // What the message says to do instead works.
    const direct = await lovkode(repo, ['diff', 'HEAD~1', 'HEAD', '--population', '0', '--no-tests']);
    expect(direct.code, direct.stderr).toBe(0);
  }, timeout);

  it('rules with errors on one side: the diagnostics and exit code 1', async () => {
    const dir = path.join(repo, 'feil');
    write(dir, [...current.map((f) => (f.path.endsWith('paragraf-18.lov') ? { ...f, text: `${f.text}\nregel ødelagt: beløp  (kilde stl18)\n  = finnes_ikke\n` } : f))]);
    const run = await lovkode(repo, ['diff', 'rules', 'feil/rules', '--population', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('LK2001');
    expect(run.stderr).toContain('reglene har én feil');
  }, timeout);
});

describe('lovkode population', () => {
  it('writes the population as JSON Lines, deterministic per seed', async () => {
    const run = await lovkode(repo, ['population', '--size', '3', '--seed', '5']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(population(befolkning, { size: 3, seed: 5 }));
  });

  it('--month, --summary and bad options', async () => {
    const month = await lovkode(repo, ['population', '--size', '20', '--month', '2024-02']);
    expect(month.stdout.trimEnd().split('\n').every((l) => (JSON.parse(l) as { beregningsmåned: string }).beregningsmåned === '2024-02')).toBe(true);
    const summary = JSON.parse((await lovkode(repo, ['population', '--size', '100', '--summary'])).stdout) as { size: number; householdTypes: Record<string, number> };
    expect(summary.size).toBe(100);
    expect(Object.values(summary.householdTypes).reduce((a, b) => a + b, 0)).toBe(100);
    expect((await lovkode(repo, ['population', '--size', 'mange'])).code).toBe(64);
    expect((await lovkode(repo, ['population', '--from', '2024-05', '--to', '2024-01'])).code).toBe(64);
  });

  it('needs the population module beside the rules; without it diff has no population and one household type', async () => {
    const elsewhere = path.join(repo, 'endring', 'uten-befolkning');
    write(elsewhere, current);
    const missing = await lovkode(elsewhere, ['population', '--size', '3']);
    expect([missing.code, missing.stderr]).toEqual([66, 'lovkode: population: reglene i rules har ingen befolkningsmodul (rules/befolkning.mjs)\n']);
    expect((await lovkode(elsewhere, ['diff', 'rules', 'rules', '--population', '10'])).code).toBe(64);
    const report = JSON.parse((await lovkode(elsewhere, ['diff', 'rules', 'rules', '--format', 'json'])).stdout) as ReviewReport;
    expect(report.impact?.groups.map((g) => g.group)).toEqual(['tests']);
    expect(report.impact?.groups[0]?.byHouseholdType.map((t) => t.householdType)).toEqual(['alle']);
  }, timeout);
});

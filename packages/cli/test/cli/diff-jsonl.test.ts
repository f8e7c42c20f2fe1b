import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lovkode, root, tempDir } from './lovkode';

// `lovkode diff --format jsonl` (docs/review.md §6): the report on the first line, then one
// line per changed case; joined back, exactly the `--format json` report.
const timeout = 180_000;
const temp = tempDir();
afterAll(() => temp.remove());

describe('lovkode diff --format jsonl', () => {
  it('writes the report head and one line per changed case, and the lines give back the JSON report', { timeout }, async () => {
    const example = path.join(root, 'docs/examples/livsopphold.lov');
    const text = readFileSync(example, 'utf8');
    mkdirSync(path.join(temp.dir, 'linjer'));
    const changed = path.join(temp.dir, 'linjer', 'endret.lov');
    // A higher single adult's rate from 2024: every single adult's case in 2024 changes.
    const edited = text.replace(/^(\s*\| 2024-01-01 \|\s*)7 850 /m, '$17 900 ');
    expect(edited).not.toBe(text);
    writeFileSync(changed, edited);
    const common = [example, changed, '--population', '300', '--seed', '3', '--month', '2024-03', '--workers', '0'];
    const [json, jsonl] = await Promise.all([lovkode(['diff', ...common, '--format', 'json']), lovkode(['diff', ...common, '--format', 'jsonl'])]);
    expect(json.code, json.stderr).toBe(0);
    expect(jsonl.code, jsonl.stderr).toBe(0);

    const lines = jsonl.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const [head, ...rest] = lines.map((line) => JSON.parse(line));
    expect(head.kind).toBe('report');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((c) => c.kind === 'case')).toBe(true);

    const report = JSON.parse(json.stdout);
    const changedCount = report.impact.groups.reduce((n: number, g: { changedCases: unknown[] }) => n + g.changedCases.length, 0);
    expect(rest).toHaveLength(changedCount);
    // Joined back: each group's cases, in order, in place of its count.
    const { kind, ...joined } = head;
    for (const group of joined.impact.groups) {
      const mine = rest.filter((c) => c.group === group.group).map(({ kind: _kind, ...c }) => c);
      expect(mine).toHaveLength(group.changedCases);
      group.changedCases = mine;
    }
    expect(kind).toBe('report');
    expect(joined).toEqual(report);
  });

  it('refuses an unknown format with the three it knows', { timeout }, async () => {
    const run = await lovkode(['diff', 'docs/examples/livsopphold.lov', 'docs/examples/livsopphold.lov', '--format', 'csv']);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/--format må være md, json eller jsonl, ikke «csv»/);
  });
});

describe('lovkode diff --group-by', () => {
  it('summarises the case file by a field the rules do not read (taken out before evaluation), the same in one thread and in two', { timeout }, async () => {
    const example = path.join(root, 'docs/examples/livsopphold.lov');
    mkdirSync(path.join(temp.dir, 'gruppe'));
    const changed = path.join(temp.dir, 'gruppe', 'endret.lov');
    // docs/examples/livsopphold.lov: the single adult's rate from 2024-01-01 goes from 7 850 to 7 900 kr.
    writeFileSync(changed, readFileSync(example, 'utf8').replace(/^(\s*\| 2024-01-01 \|\s*)7 850 /m, '$17 900 '));
    const enslig = (month: string, extra: string) => `{"beregningsmåned":"${month}","sivilstand":"enslig","utgifter":[{"art":"husleie","beløp":6000}]${extra}}`;
    const cases = path.join(temp.dir, 'kommuner.jsonl');
    writeFileSync(
      cases,
      [
        enslig('2024-03', ',"kommune":"0301"'),
        enslig('2024-04', ',"kommune":"0301"'),
        enslig('2024-05', ',"kommune":"0301"'),
        enslig('2024-03', ',"kommune":"4601"'),
        // A couple's rate did not change.
        enslig('2024-03', ',"kommune":"4601"').replace('"enslig"', '"ektepar_samboere"'),
        enslig('2024-03', ''),
      ].join('\n'),
    );
    const common = [example, changed, '--cases', cases, '--population', '0', '--no-tests', '--group-by', 'kommune'];
    const [inline, threaded, markdown] = await Promise.all([
      lovkode(['diff', ...common, '--format', 'json', '--workers', '0']),
      lovkode(['diff', ...common, '--format', 'json', '--workers', '2']),
      lovkode(['diff', ...common]),
    ]);
    for (const run of [inline, threaded, markdown]) expect(run.code, run.stderr).toBe(0);
    const [group] = JSON.parse(inline.stdout).impact.groups;
    // No case failed: «kommune» is not an input of these rules, so it was taken out.
    expect(group).toMatchObject({ group: 'cases', cases: 6, compared: 6, changed: 5, errorBoth: 0, total: '250.00' });
    expect(group.byField).toEqual({
      field: 'kommune',
      values: [
        { value: '(mangler)', cases: 1, changed: 1, total: '50.00', average: '50.00' },
        { value: '0301', cases: 3, changed: 3, total: '150.00', average: '50.00' },
        { value: '4601', cases: 2, changed: 1, total: '50.00', average: '25.00' },
      ],
    });
    expect(JSON.parse(threaded.stdout).impact).toEqual(JSON.parse(inline.stdout).impact);
    expect(markdown.stdout).toContain('| kommune | saker | endret | sum per måned | snitt per husstand-måned |');
    expect(markdown.stdout).toContain('| 0301 | 3 | 3 | +150,00 kr | +50,00 kr |');
  });

  it('refuses a field name that cannot be one', { timeout }, async () => {
    const run = await lovkode(['diff', 'docs/examples/livsopphold.lov', 'docs/examples/livsopphold.lov', '--group-by', '/kommune']);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/--group-by «\/kommune» må være navnet på et felt/);
  });
});

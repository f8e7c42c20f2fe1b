import { readFileSync, writeFileSync } from 'node:fs';
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
    const changed = path.join(temp.dir, 'endret.lov');
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

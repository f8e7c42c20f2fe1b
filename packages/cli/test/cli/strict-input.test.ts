import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lovkode, tempDir } from './lovkode';

// The case JSON the CLI reads (`run`, `run --batch`, `diff --cases`) is read strictly
// (docs/engine.md §8): a field given twice or a number not read exactly is LK7009, exit 2.
const timeout = 120_000;
const example = 'docs/examples/livsopphold.lov';
const temp = tempDir();
afterAll(() => temp.remove());

const outputLines = (text: string) => text.split('\n').filter((l) => l !== '');
const husleie = (beløp: string) => `{"beregningsmåned":"2024-03","sivilstand":"enslig","utgifter":[{"art":"husleie","beløp":${beløp}}]}`;

describe('lovkode run: case JSON is read strictly', () => {
  it('a field given twice is LK7009 at its path, exit 2, one line on stderr', { timeout }, async () => {
    const run = await lovkode(['run', example, '--input', '-'], { stdin: '{"beregningsmåned":"2024-03","sivilstand":"enslig",\n"sivilstand":"ektepar_samboere"}' });
    expect(run.code, run.stderr).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({
      code: 'LK7009',
      violations: [{ path: '/sivilstand', message: 'Feltet «sivilstand» er gitt flere ganger i samme objekt; bare én verdi kan gjelde (linje 2, kolonne 1)' }],
    });
    expect(outputLines(run.stderr)).toEqual([expect.stringMatching(/^error LK7009: /)]);
  });

  it('an amount with more digits than a JSON number holds is refused, never rounded; a large amount within the limit is exact', { timeout }, async () => {
    const file = path.join(temp.dir, 'stor.json');
    writeFileSync(file, husleie('99999999999999.99'));
    const rounded = await lovkode(['run', example, '--input', file]);
    expect(rounded.code, rounded.stderr).toBe(2);
    const { error } = JSON.parse(rounded.stdout);
    expect(error.code).toBe('LK7009');
    expect(error.violations).toEqual([{ path: '/utgifter/0/beløp', message: expect.stringContaining('send tallet som en desimaltekst i stedet: "99999999999999.99"') }]);

    const asText = await lovkode(['run', example, '--input', '-'], { stdin: husleie('"99999999999999.99"') });
    expect(asText.code, asText.stderr).toBe(2);
    expect(JSON.parse(asText.stdout).error).toMatchObject({
      code: 'LK7005',
      violations: [{ path: '/utgifter/0/beløp', message: 'Beløpet er for stort; høyst 999 999 999 999.99 kr er tillatt' }],
    });

    const largest = await lovkode(['run', example, '--input', '-'], { stdin: husleie('999999999999.99') });
    expect(largest.code, largest.stderr).toBe(0);
    expect(JSON.parse(largest.stdout).values.behov).toBe('1000000007849.99');
  });

  it('--batch: each such line is an error with its line number, and the batch goes on', { timeout }, async () => {
    const lines = [husleie('8000'), husleie('1e-400'), '{"beregningsmåned":"2024-03","sivilstand":"enslig","sivilstand":"enslig"}', husleie('8000.5')];
    const run = await lovkode(['run', example, '--batch', '--input', '-'], { stdin: `${lines.join('\n')}\n` });
    expect(run.code, run.stderr).toBe(2);
    const results = outputLines(run.stdout).map((l) => JSON.parse(l));
    expect(results[0].values.behov).toBe('15850.00');
    expect(results[1].error).toMatchObject({ code: 'LK7009', line: 2, violations: [{ path: '/utgifter/0/beløp' }] });
    expect(results[1].error.violations[0].message).toMatch(/^Tallet 1e-400 er for nær null/);
    expect(results[2].error).toMatchObject({ code: 'LK7009', line: 3, violations: [{ path: '/sivilstand' }] });
    expect(results[3].values.behov).toBe('15850.50');
  });
});

describe('lovkode diff --cases: case JSON is read strictly', () => {
  it('a line with a field given twice fails in both versions', { timeout }, async () => {
    const cases = path.join(temp.dir, 'saker.jsonl');
    writeFileSync(cases, `${husleie('8000')}\n{"beregningsmåned":"2024-03","sivilstand":"enslig","sivilstand":"ektepar_samboere"}\n`);
    const run = await lovkode(['diff', example, example, '--cases', cases, '--population', '0', '--no-tests', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const [group] = JSON.parse(run.stdout).impact.groups;
    expect(group).toMatchObject({ group: 'cases', cases: 2, compared: 1, errorBoth: 1 });
  });
});

describe('lovkode run: case text is UTF-8, read strictly', () => {
  // «Dokumentert husleie æøå» in Latin-1: 0xE6 0xF8 0xE5.
  const latin1 = Buffer.concat([
    Buffer.from('{"beregningsmåned":"2024-03","sivilstand":"enslig","overstyringer":[{"navn":"boutgifter","verdi":"9000","begrunnelse":"Dokumentert husleie ', 'utf8'),
    Buffer.from([0xe6, 0xf8, 0xe5]),
    Buffer.from('"}]}', 'utf8'),
  ]);

  it('a Latin-1 file is LK7005 with the byte offset, exit 2, never «���» in the decision', { timeout }, async () => {
    const file = path.join(temp.dir, 'latin1.json');
    writeFileSync(file, latin1);
    const run = await lovkode(['run', example, '--input', file]);
    expect(run.code, run.stderr).toBe(2);
    const { error } = JSON.parse(run.stdout);
    expect(error.code).toBe('LK7005');
    expect(error.violations).toEqual([{ path: '', message: `Inndata er ikke UTF-8: byte ${latin1.indexOf(0xe6)} (0xE6) kan ikke leses; lagre filen som UTF-8` }]);
    expect(run.stdout).not.toContain('\ufffd');
  });

  it('in a batch, the Latin-1 line fails with the reason and the other lines are computed', { timeout }, async () => {
    const file = path.join(temp.dir, 'latin1.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from(`${husleie('8000')}\n`), latin1, Buffer.from(`\n${husleie('7000')}\n`)]));
    const run = await lovkode(['run', example, '--batch', '--input', file]);
    expect(run.code).toBe(2);
    const lines = outputLines(run.stdout).map((l) => JSON.parse(l));
    expect(lines.map((l) => (l.error ? `${l.error.code}@${l.error.line}` : 'ok'))).toEqual(['ok', 'LK7005@2', 'ok']);
  });
});

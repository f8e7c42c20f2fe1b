import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPeriod, household } from '../../../../rules/befolkning.mjs';
import { lovkode, tempDir } from './lovkode';

// `lovkode run --batch` with worker threads (docs/engine.md §10): the same bytes on stdout,
// the same stderr and exit code as in one thread. A worker gets the first batches at once
// (they wait while it compiles), so with `--workers N` the workers evaluate part of every
// input of more than one batch, whatever the machine's speed.
const timeout = 180_000;
const temp = tempDir();
afterAll(() => temp.remove());

/** 3 000 households of the synthetic population, with bad lines among them (about 1 MB: several batches). */
function caseFile(): Buffer {
  const lines: Buffer[] = [];
  for (let i = 0; i < 3_000; i++) {
    lines.push(Buffer.from(JSON.stringify(household(7, i, defaultPeriod))));
    if (i === 10) lines.push(Buffer.from('{"beregningsmåned": "2024-03", '));
    if (i === 1_200) lines.push(Buffer.from(''), Buffer.from('   '));
    if (i === 2_000) lines.push(Buffer.from(JSON.stringify({ beregningsmåned: '2024-03', sivilstand: 'ukjent' })));
    if (i === 2_500) lines.push(Buffer.from([0x7b, 0x22, 0xe6, 0x22, 0x3a, 0x31, 0x7d])); // {"æ":1} in Latin-1
  }
  return Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
}

describe('lovkode run --batch --workers', () => {
  const input = path.join(temp.dir, 'saker.jsonl');
  const bytes = caseFile();
  writeFileSync(input, bytes);

  it('gives the same lines, stderr and exit code with 0, 1 and 3 workers, from a file and from standard input', { timeout }, async () => {
    const alone = await lovkode(['run', 'rules', '--batch', '--input', input, '--workers', '0']);
    expect(alone.code, alone.stderr).toBe(2);
    const results = alone.stdout.trimEnd().split('\n');
    expect(results).toHaveLength(3_003);
    expect(results.filter((line) => line.startsWith('{"error"')).map((line) => JSON.parse(line).error.line)).toEqual([12, 2005, 2506]);
    expect(alone.stderr).toBe('3 av 3003 saker feilet\n');
    for (const run of [
      await lovkode(['run', 'rules', '--batch', '--input', input, '--workers', '1']),
      await lovkode(['run', 'rules', '--batch', '--input', '-', '--workers', '3'], { stdin: bytes }),
    ]) {
      expect(run.code, run.stderr).toBe(alone.code);
      expect(run.stderr).toBe(alone.stderr);
      expect(run.stdout === alone.stdout).toBe(true);
    }
  });

  it('writes the same trace with --explain', { timeout }, async () => {
    const some = path.join(temp.dir, 'noen.jsonl');
    writeFileSync(some, bytes.subarray(0, bytes.indexOf('\n', 400_000) + 1));
    const alone = await lovkode(['run', 'rules', '--batch', '--explain', '--input', some, '--workers', '0']);
    const beside = await lovkode(['run', 'rules', '--batch', '--explain', '--input', some, '--workers', '2']);
    expect(alone.stdout).toContain('"trace":');
    expect(beside.code).toBe(alone.code);
    expect(beside.stdout === alone.stdout).toBe(true);
  });

  it('refuses --workers without --batch, and a count that is not a whole number', { timeout }, async () => {
    const without = await lovkode(['run', 'rules', '--input', input, '--workers', '1']);
    expect(without.code).toBe(64);
    expect(without.stderr).toContain('--workers brukes bare med --batch');
    const wrong = await lovkode(['run', 'rules', '--batch', '--input', input, '--workers', 'to']);
    expect(wrong.code).toBe(64);
    expect(wrong.stderr).toContain('--workers «to» må være et heltall fra 0 til 64 eller auto');
  });
});

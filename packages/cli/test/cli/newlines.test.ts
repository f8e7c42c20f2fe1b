/**
 * Every output of `lovkode check` and `lovkode test` ends with a line break (issue 13, item 12:
 * a summary line once came without one, and the shell prompt or the next tool's output was
 * glued to it). Both commands in every `--format`, over rules that pass, that only warn, that
 * have errors and whose tests fail or cannot run, from files and (check) from standard input;
 * standard output and standard error are always pipes here, as in CI.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lovkode, shown, tempDir, type Run } from './lovkode';

const timeout = 120_000;
const temp = tempDir();
afterAll(() => temp.remove());

const header = `modul linjer.regler

kilde k "K"

inndata {
  måned: måned  (vurderingstidspunkt)
  x:     beløp
}

utdata dobbel
`;

const ruleSets: Record<string, string> = {
  passes: `${header}
regel dobbel: beløp  (kilde k)
  = x + x

test "Riktig"
  gitt måned = 2024-03, x = 2 kr
  forvent dobbel = 4 kr
`,
  warns: `${header}
kilde ubrukt "Ingen viser til denne"

regel dobbel: beløp  (kilde k)
  = x + x
`,
  fails: `${header}
regel dobbel: beløp  (kilde k)
  = x + x

test "Feil"
  gitt måned = 2024-03, x = 2 kr
  forvent dobbel = 5 kr
`,
  errors: `${header}
regel dobbel: beløp  (kilde k)
  = x + ukjent

test "Ikke kjørt"
  gitt måned = 2024-03, x = 2 kr
  forvent dobbel = 4 kr
`,
};

const files = Object.fromEntries(
  Object.entries(ruleSets).map(([name, text]) => {
    const file = path.join(temp.dir, `${name}.lov`);
    writeFileSync(file, text);
    return [name, shown(file)];
  }),
);

const formats = ['text', 'json', 'sarif', 'github'] as const;

/** What is wrong with a run's output: a stream with text that does not end with a line break. */
function unterminated(label: string, run: Run): string[] {
  const problems: string[] = [];
  if (run.stdout !== '' && !run.stdout.endsWith('\n')) problems.push(`${label}: stdout ends with ${JSON.stringify(run.stdout.slice(-40))}`);
  if (run.stderr !== '' && !run.stderr.endsWith('\n')) problems.push(`${label}: stderr ends with ${JSON.stringify(run.stderr.slice(-40))}`);
  return problems;
}

describe('check and test end every output with a line break', () => {
  it(
    'in every format, whatever the rules give',
    async () => {
      const runs = Object.entries(files).flatMap(([name, file]) =>
        formats.flatMap((format) =>
          (['check', 'test'] as const).map(async (command) => {
            const label = `lovkode ${command} --format ${format} (${name})`;
            const run = await lovkode([command, '--format', format, file]);
            return { label, run };
          }),
        ),
      );
      const done = await Promise.all(runs);
      // Every kind of outcome was produced: a clean run, a warning, a failed test, a test not run.
      expect(done.filter((d) => d.run.code === 0).length).toBeGreaterThan(0);
      expect(done.some((d) => d.run.stderr.includes('LK2015'))).toBe(true);
      expect(done.some((d) => d.run.stdout.includes('1 feilet'))).toBe(true);
      expect(done.some((d) => d.run.stdout.includes('ikke kjørt'))).toBe(true);
      expect(done.flatMap((d) => unterminated(d.label, d.run))).toEqual([]);
    },
    timeout,
  );

  it(
    'check from standard input, and a usage error',
    async () => {
      const done = await Promise.all([
        ...formats.map(async (format) => ({ label: `check - --format ${format}`, run: await lovkode(['check', '-', '--stdin-filepath', 'x.lov', '--format', format], { stdin: ruleSets['errors'] }) })),
        (async () => ({ label: 'check --format xml', run: await lovkode(['check', '--format', 'xml', files['passes'] as string]) }))(),
      ]);
      expect(done.map((d) => d.run.code)).toEqual([1, 1, 1, 1, 64]);
      expect(done.flatMap((d) => unterminated(d.label, d.run))).toEqual([]);
    },
    timeout,
  );
});

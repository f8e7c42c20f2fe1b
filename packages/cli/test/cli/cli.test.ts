import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { format } from '@lovkode/dsl';
import { rulesetHash } from '@lovkode/engine';
import { lovkode, root, shown, tempDir } from './lovkode';

// Each test runs the real command in a child process (a second or more each), so they are few.
const timeout = 120_000;

const example = 'docs/examples/livsopphold.lov';
const exampleText = readFileSync(path.join(root, example), 'utf8');
const enslig = { beregningsmåned: '2024-03', sivilstand: 'enslig', utgifter: [{ art: 'husleie', beløp: 8000 }, { art: 'strøm', beløp: 700 }] };

const withTests = `modul cli.prøve

kilde k  "Kilde K"  <https://example.org/k>

inndata Sak {
  måned: måned  (vurderingstidspunkt)
  x:     beløp
}

utdata dobbel

regel dobbel: beløp  (kilde k)
  = x + x

test "Riktig"
  gitt måned = 2024-03, x = 2 kr
  forvent dobbel = 4 kr

test "Feil med vilje"
  gitt måned = 2024-03, x = 2 kr
  forvent dobbel = 5 kr
`;

const withErrors = `modul cli.feil

kilde k  "Kilde K"

regel a: beløp  (kilde k)
  = b + 1 kr

test "Kjøres ikke"
  forvent a = 1 kr
`;

const withWarningOnly = `modul cli.advarsel

kilde k       "Kilde K"
kilde ubrukt  "Ingen viser hit"

regel a: beløp  (kilde k)
  = 1 kr
`;

const temp = tempDir();
afterAll(() => temp.remove());

function write(relative: string, text: string): string {
  const full = path.join(temp.dir, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const diagnosticLine = /^(\S+):(\d+):(\d+): (error|warning) (LK\d{4}): (.+)$/;
const outputLines = (text: string) => text.split('\n').filter((l) => l !== '');

// The commands run in parallel: most of each spawn's time is starting Node and loading modules.
describe.concurrent('the lovkode command', () => {
  describe('lovkode check', () => {
    it('accepts the example rules: no diagnostics, exit 0, a summary on stderr', { timeout }, async () => {
      const run = await lovkode(['check', 'docs/examples']);
      expect(run).toMatchObject({ code: 0, stdout: '' });
      expect(run.stderr).toMatch(/^2 filer sjekket: 0 feil, 0 advarsler\n$/);
    });

    it('prints each diagnostic as file:line:col: severity code: message, relative to the cwd; exit 1 on errors', { timeout }, async () => {
      const bad = write('check/feil.lov', withErrors);
      const run = await lovkode(['check', path.join(temp.dir, 'check')]);
      expect(run.code, run.stderr).toBe(1);
      const lines = outputLines(run.stdout);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(diagnosticLine);
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escape(shown(bad))}:6:5: error LK2001: .*«b»`)));
      expect(run.stderr).toMatch(/^1 fil sjekket: [1-9]\d* feil, \d+ advars/);
    });

    it('exits 0 when there are warnings only', { timeout }, async () => {
      const warned = write('warn/advarsel.lov', withWarningOnly);
      const run = await lovkode(['check', warned]);
      expect(run.code, run.stderr).toBe(0);
      expect(outputLines(run.stdout)).toEqual([expect.stringMatching(new RegExp(`^${escape(shown(warned))}:4:7: warning LK2015: `))]);
    });
  });

  describe('lovkode test', () => {
    it('prints one line per failure and ends with the summary; exit 1', { timeout }, async () => {
      const rules = write('test/prøve.lov', withTests);
      const run = await lovkode(['test', path.join(temp.dir, 'test')]);
      expect(run.code, run.stderr).toBe(1);
      const lines = outputLines(run.stdout);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^${escape(shown(rules))}:19:6: test "Feil med vilje": dobbel: forventet 5\\.00, fikk 4\\.00 \\(sporing: dobbel .*\\)$`));
      expect(lines[1]).toBe('1 bestått, 1 feilet');
      expect(run.stdout.endsWith('1 bestått, 1 feilet\n')).toBe(true);
    });

    it('prints the diagnostics, and the tests as not run, when the rules have errors', { timeout }, async () => {
      const bad = write('test-errors/feil.lov', withErrors);
      const run = await lovkode(['test', bad]);
      expect(run.code, run.stderr).toBe(1);
      const lines = outputLines(run.stdout);
      expect(lines).toContainEqual(expect.stringMatching(/: error LK2001: /));
      // A test that cannot run is not counted as failed: it is listed apart, with the reason.
      expect(lines.slice(-2)).toEqual(['0 bestått, 0 feilet', `1 test ikke kjørt: reglene testen bruker har feil (${shown(bad)})`]);
    });
  });

  describe('lovkode run', () => {
    it('prints the values as one line of JSON, with the hash of the rules by their path from the cwd', { timeout }, async () => {
      const input = write('run/enslig.json', JSON.stringify(enslig));
      const run = await lovkode(['run', example, '--input', input]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(outputLines(run.stdout)).toHaveLength(1);
      expect(JSON.parse(run.stdout)).toEqual({
        values: { stønad: '16550.00', behov: '16550.00', sats: '7850.00', inntekt_regnet_med: '0.00', vurdering_etter_19: false },
        warnings: [],
        ruleset: rulesetHash([{ path: example, text: exampleText }]),
      });
    });

    it('reads standard input with --input -, and --explain adds the trace', { timeout }, async () => {
      const run = await lovkode(['run', example, '--input', '-', '--explain', '--date', '2024-03-15'], { stdin: JSON.stringify(enslig) });
      expect(run.code, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(Object.keys(result)).toEqual(['values', 'warnings', 'ruleset', 'trace']);
      expect(result.trace.asOf).toBe('2024-03-15');
      expect(result.trace.steps[result.trace.outputs['stønad']].value).toBe('16550.00');
    });

    it('--batch prints one result per line in order; a bad line gives an error and the batch goes on', { timeout }, async () => {
      const lines = [
        JSON.stringify(enslig),
        '{"beregningsmåned": "2024-03", ',
        JSON.stringify({ beregningsmåned: '2024-03', sivilstand: 'gift' }),
        JSON.stringify({ beregningsmåned: '2025-01', sivilstand: 'enslig' }),
        JSON.stringify({ beregningsmåned: '2024-03', sivilstand: 'ektepar_samboere' }),
      ];
      const run = await lovkode(['run', example, '--batch', '--input', '-'], { stdin: `${lines.join('\n')}\n` });
      expect(run.code, run.stderr).toBe(2);
      const results = outputLines(run.stdout).map((l) => JSON.parse(l));
      expect(results).toHaveLength(5);
      expect(results[0].values.stønad).toBe('16550.00');
      expect(results[1].error).toMatchObject({ code: 'LK7005', line: 2 });
      expect(results[2].error).toMatchObject({ code: 'LK7005', line: 3, violations: [{ path: '/sivilstand' }] });
      expect(results[3].error).toMatchObject({ code: 'LK7003', line: 4 });
      expect(results[4].values.stønad).toBe('13100.00');
      expect(run.stderr).toBe('3 av 5 saker feilet\n');
    });

    it('reports every violation of an invalid input as JSON, one line on stderr, exit 2', { timeout }, async () => {
      const input = write('run/ugyldig.json', JSON.stringify({ beregningsmåned: '2024-3', sivilstand: 'gift', ukjent: 1, inntekter: [{ art: 'lønn', beløp: -5 }] }));
      const run = await lovkode(['run', example, '--input', input]);
      expect(run.code, run.stderr).toBe(2);
      const { error } = JSON.parse(run.stdout);
      expect(error.code).toBe('LK7005');
      expect(error.violations.map((v: { path: string }) => v.path).sort()).toEqual(['/beregningsmåned', '/inntekter/0/beløp', '/sivilstand', '/ukjent']);
      expect(outputLines(run.stderr)).toEqual([expect.stringMatching(/^error LK7005: Ugyldig inndata: /)]);
    });

    it('refuses an input file over 10 MB unread (LK7007)', { timeout }, async () => {
      const big = write('run/stor.json', '');
      truncateSync(big, 10 * 1024 * 1024 + 1);
      const run = await lovkode(['run', example, '--input', big]);
      expect(run.code, run.stderr).toBe(2);
      expect(JSON.parse(run.stdout).error.code).toBe('LK7007');
    });

    it('--begrunnelse prints the justification with the amounts and the sources', { timeout }, async () => {
      const run = await lovkode(['run', example, '--input', '-', '--begrunnelse'], { stdin: JSON.stringify(enslig) });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe('Begrunnelse for beregningen – mars 2024');
      expect(run.stdout).toContain('Stønad: 16 550,00 kr');
      expect(run.stdout).toMatch(/Veiledende sats for enslig fra 1\. januar 2024: 7 850,00 kr \[\d+\]\n/);
      expect(run.stdout).toMatch(/\n {2}\[\d+\] Rundskriv A-3\/2023 Statlige veiledende retningslinjer for 2024/);
      expect(run.stdout).toMatch(/\n {2}\[\d+\] Sosialtjenesteloven § 18: https:\/\/lovdata\.no\/lov\/2009-12-18-131\/§18\n/);
    });
  });

  describe('lovkode schema', () => {
    it('prints the input JSON Schema of the chosen module', { timeout }, async () => {
      const run = await lovkode(['schema', 'docs/examples', '--module', 'eksempel.kommune']);
      expect(run.code, run.stderr).toBe(0);
      const schema = JSON.parse(run.stdout);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['beregningsmåned', 'sivilstand', 'barn', 'inntekter', 'utgifter']));
      expect(run.stdout).toContain('\n  "');
    });
  });

  describe('lovkode dekning', () => {
    it('lists the stored punktum of the law with the rules and tests that link to them, as text, Markdown or JSON', { timeout }, async () => {
      const dir = 'test/conformance/lovtekst/good';
      const text = await lovkode(['dekning', dir]);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain('3 punktum lagret: 1 kodet og testet, 2 kodet uten test, 0 ikke kodet');
      expect(text.stdout).toContain('      kodet i: antakelse første_dag, regel stønad, tabell sats');
      const markdown = await lovkode(['dekning', '--format', 'markdown', dir]);
      expect(markdown.stdout).toContain('### Sosialtjenesteloven § 18 (`stl18`)');
      const json = await lovkode(['dekning', '--format', 'json', dir]);
      expect(JSON.parse(json.stdout).sentences).toHaveLength(3);
      const wrong = await lovkode(['dekning', '--format', 'html', dir]);
      expect(wrong.code).toBe(64);
      expect(wrong.stderr).toContain('ukjent format «html»');
    });
  });

  describe('lovkode fmt', () => {
    it('--check lists the files that would change, changes nothing, exit 1; without it formats in place', { timeout }, async () => {
      const messy = 'modul   cli.rot\n\nkilde k "K"\n\nregel   a : beløp   (kilde k)\n  =   1 kr+2 kr\n';
      const tidy = format(messy);
      expect(tidy).not.toBe(messy);
      const messyFile = write('fmt/rot.lov', messy);
      write('fmt/ryddig.lov', format('modul cli.ryddig\n\nkilde k "K"\n\nregel b: beløp  (kilde k)\n  = 1 kr\n'));

      const checked = await lovkode(['fmt', '--check', path.join(temp.dir, 'fmt')]);
      expect(checked.code, checked.stderr).toBe(1);
      expect(checked.stdout).toBe(`${shown(messyFile)}\n`);
      expect(readFileSync(messyFile, 'utf8')).toBe(messy);

      const formatted = await lovkode(['fmt', path.join(temp.dir, 'fmt')]);
      expect(formatted.code, formatted.stderr).toBe(0);
      expect(formatted.stdout).toBe(`${shown(messyFile)}\n`);
      expect(readFileSync(messyFile, 'utf8')).toBe(tidy);
    });
  });

  describe('usage and errors', () => {
    it('--help describes the commands and the exit codes', { timeout }, async () => {
      const run = await lovkode(['run', '--help']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Bruk: lovkode run <regler…> --input <fil.json|->');
      expect(run.stdout).toContain('Avslutningskoder:');
    });

    it('an unknown option is a usage error (64) with a clear message', { timeout }, async () => {
      const run = await lovkode(['run', example, '--inptu', 'x.json']);
      expect(run).toMatchObject({ code: 64, stdout: '' });
      expect(run.stderr).toContain('ukjent valg «--inptu»');
    });

    it('a missing file is exit 66 with one line and no stack trace', { timeout }, async () => {
      const run = await lovkode(['check', 'finnes/ikke.lov']);
      expect(run).toMatchObject({ code: 66, stdout: '', stderr: 'lovkode: finner ikke «finnes/ikke.lov»\n' });
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

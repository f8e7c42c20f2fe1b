import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstVersion } from '../src/shared/protocol';
import { LovkodeService } from '../src/worker/service';
import { loadBegrunnelseRenderer } from '../src/worker/begrunnelse';
import { literalOf } from '../src/worker/values';

const examples = fileURLToPath(new URL('../../../docs/examples/', import.meta.url));
const base = readFileSync(`${examples}livsopphold.lov`, 'utf8');
const variant = readFileSync(`${examples}kommune-variant.lov`, 'utf8');
const BASE = 'sosialtjenesteloven/livsopphold.lov';
const VARIANT = 'kommuner/eksempel.lov';

async function service(): Promise<LovkodeService> {
  const s = new LovkodeService(await loadBegrunnelseRenderer());
  s.load([
    { path: BASE, text: base, disk: base },
    { path: VARIANT, text: variant, disk: variant },
  ]);
  s.setActive(BASE);
  return s;
}

describe('language service', { timeout: 30_000 }, () => {
  it('reports diagnostics for every file and runs the tests of the open module', async () => {
    const s = await service();
    const analysis = s.analyze();
    expect(Object.keys(analysis.diagnostics).sort()).toEqual([VARIANT, BASE].sort());
    expect(analysis.errorCount).toBe(0);
    const report = s.tests(BASE);
    expect(report.state).toBe('ran');
    expect(report.groups.flatMap((g) => g.results).map((r) => r.name)).toContain('Enslig uten inntekt, mars 2024');
    expect(report.groups.flatMap((g) => g.results).find((r) => r.name === 'Enslig uten inntekt, mars 2024')?.passed).toBe(true);
  });

  it('shows an error with its code and blocks the tests until it is fixed', async () => {
    const s = await service();
    s.setText(BASE, base.replace('= sats + boutgifter', '= sats + boutgifter + 5'), 2);
    const analysis = s.analyze();
    const errors = analysis.diagnostics[BASE]?.filter((d) => d.severity === 'error') ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.code).toMatch(/^LK3/);
    expect(s.tests(BASE).groups[0]?.state).toBe('blocked');
    s.setText(BASE, base, 3);
    expect(s.analyze().errorCount).toBe(0);
    expect(s.tests(BASE).groups[0]?.state).toBe('ran');
  });

  it('turns a test red with expected and actual values when a rate changes', async () => {
    const s = await service();
    s.setText(BASE, base.replace('|  7 850 |', '|  7 950 |'), 2);
    const failed = s.tests(BASE).groups.flatMap((g) => g.results).find((r) => r.name === 'Enslig uten inntekt, mars 2024');
    expect(failed?.passed).toBe(false);
    const failure = failed?.failures.find((f) => f.output === 'stønad');
    expect(failure?.expected).toBe('16\u00a0550,00 kr');
    expect(failure?.actual).toBe('16\u00a0650,00 kr');
    // «Godta nye verdier»: the value of its `forvent` line, and the literal of the actual value.
    const accept = failure?.accept;
    const line = base.split('\n')[(accept?.range.line ?? 0) - 1] ?? '';
    expect(line.slice((accept?.range.column ?? 1) - 1, (accept?.range.endColumn ?? 1) - 1)).toBe('16 550 kr');
    expect(line).toMatch(/^\s*forvent stønad = 16 550 kr/);
    expect(accept?.text).toBe('16 650 kr');
    const diff = s.diffTests(BASE);
    expect(diff.changes.map((c) => c.name)).toContain('Enslig uten inntekt, mars 2024');
    const trace = s.testTrace(BASE, 'Enslig uten inntekt, mars 2024');
    expect(trace.error).toBeUndefined();
    expect(trace.trace?.outputs.map((o) => o.name)).toContain('stønad');
    expect(trace.trace?.steps.some((st) => st.kind === 'table' && st.value.includes('7\u00a0950'))).toBe(true);
  });

  it('computes a case with trace and justification, and writes it as a test', async () => {
    const s = await service();
    const info = s.caseInfo(BASE, undefined);
    expect(info.problem).toBeUndefined();
    expect(info.entry).toBe('eksempel.livsopphold');
    expect(info.entries.map((e) => e.module).sort()).toEqual(['eksempel.kommune', 'eksempel.livsopphold']);
    const input = { beregningsmåned: '2024-03', sivilstand: 'enslig', utgifter: [{ art: 'husleie', beløp: '8000' }], barn: [], inntekter: [], særlige_behov: false };
    const result = s.runCase('eksempel.livsopphold', input);
    expect(result.error).toBeUndefined();
    expect(result.values.find((v) => v.name === 'stønad')?.value).toBe('15\u00a0850,00 kr');
    expect(result.begrunnelse).toContain('Stønad');
    const made = s.testFromCase('eksempel.livsopphold', input, 'Enslig med husleie');
    expect('error' in made).toBe(false);
    if ('error' in made) return;
    expect(made.path).toBe(BASE);
    expect(made.text).toContain('test "Enslig med husleie"');
    expect(made.text).toContain('gitt beregningsmåned = 2024-03');
    expect(made.text).toContain('utgifter = [{ art: husleie, beløp: 8 000 kr }]');
    expect(made.text).toContain('forvent stønad = 15 850 kr');
    expect(made.text).not.toContain('særlige_behov');
    // The new test passes.
    s.setText(BASE, `${base}\n${made.text}\n`, 5);
    const added = s.tests(BASE).groups.flatMap((g) => g.results).find((r) => r.name === 'Enslig med husleie');
    expect(added?.passed).toBe(true);
  });

  it('reports input violations of a case', async () => {
    const s = await service();
    const result = s.runCase('eksempel.livsopphold', { sivilstand: 'gift' });
    expect(result.error?.violations.length).toBeGreaterThan(0);
  });

  it('names the version of the text a grid edit was computed from: the model’s first version after loading, then the last one sent', async () => {
    const s = await service();
    const first = s.editTableCell(BASE, 'veiledende_sats', 1, 1, '4 300');
    expect(first).toMatchObject({ version: firstVersion, edit: { path: BASE } });
    s.setText(BASE, base.replace('barn_11_17', 'barn_11_17 '), 7);
    expect(s.editTableCell(BASE, 'veiledende_sats', 1, 1, '4 300')).toMatchObject({ version: 7 });
    expect(s.editTableCell('finnes-ikke.lov', 'veiledende_sats', 1, 1, '4 300')).toEqual({ error: 'Finner ikke finnes-ikke.lov' });
  });

  it('lays out dated tables as periods, with unknown periods', async () => {
    const s = await service();
    const [table] = s.tables(BASE);
    expect(table?.name).toBe('veiledende_sats');
    const enslig = table?.lanes.find((l) => l.key === 'enslig');
    expect(enslig?.periods.map((p) => [p.from, p.to, p.unknown])).toEqual([
      ['2023-07-01', '2023-12-31', false],
      ['2024-01-01', '2024-12-31', false],
      ['2025-01-01', undefined, true],
    ]);
    expect(enslig?.periods[1]?.value).toBe('7\u00a0850 kr');
  });

  it('answers hover, definition, symbols, completion, rename and format', async () => {
    const s = await service();
    const line = base.split('\n').findIndex((l) => l.startsWith('regel behov')) + 1;
    const lineText = base.split('\n')[line] ?? '';
    const column = lineText.indexOf('sats') + 2;
    expect(s.hover(BASE, { line: line + 1, column })?.contents).toContain('sats');
    expect(s.definition(BASE, { line: line + 1, column })?.path).toBe(BASE);
    expect(s.symbols(BASE)[0]?.name).toBe('eksempel.livsopphold');
    expect(s.complete(BASE, { line: line + 1, column }).length).toBeGreaterThan(0);
    const renamed = s.rename(BASE, { line: line + 1, column }, 'husstandssats');
    expect('edits' in renamed && renamed.edits.length).toBeGreaterThan(2);
    // With the version of each edited file's text it was computed from (none changed since loading).
    if (!('edits' in renamed)) throw new Error(renamed.error);
    expect(renamed.versions).toEqual(Object.fromEntries(renamed.edits.map((e) => [e.path, firstVersion])));
    expect(s.renameTarget(BASE, { line: line + 1, column })).toMatchObject({ text: 'sats' });
    s.setText(BASE, base.replace('regel behov: beløp  (kilde stl18)', 'regel behov:beløp (kilde stl18)'), 9);
    expect(s.format(BASE)).toContain('regel behov: beløp  (kilde stl18)');
  });
});

describe('review of the whole rule set, disk → working copy', { timeout: 30_000 }, () => {
  it('gives the engine\'s report of a rate change: the row old → new, the tests it changes, the population', async () => {
    const s = await service();
    expect(s.review()).toEqual({ state: 'unchanged' });
    s.setText(BASE, base.replace('|  7 850 |', '|  7 950 |'), 2);
    const result = s.review();
    if (result.state !== 'reviewed') throw new Error(`expected a review, got ${result.state}`);
    const { structural, impact } = result.report;
    expect(structural.semanticChange).toBe(true);
    expect(structural.tables.flatMap((t) => t.rows)).toEqual([expect.objectContaining({ change: 'changed', from: '2024-01-01', keys: 'enslig', old: '7 850 kr', new: '7 950 kr' })]);
    const tests = impact?.groups.find((g) => g.group === 'tests');
    expect(tests?.changedCases.map((c) => c.id)).toContain('eksempel.livsopphold › Enslig uten inntekt, mars 2024');
    expect(tests?.largestGains[0]?.delta).toBe('100.00');
    // The population is generated for the shipped rules' inputs, which these examples do not have.
    expect(impact?.groups.find((g) => g.group === 'population')).toMatchObject({ cases: 2000, compared: 0, errorBoth: 2000, description: expect.stringContaining('2 000 syntetiske husstander') });
    expect(result.markdown).toContain('| 2024-01-01 | enslig | endret | 7 850 kr | 7 950 kr |');
    // Computed once per version of the files.
    expect(s.review()).toBe(result);
  });

  it('says so when only the layout changed', async () => {
    const s = await service();
    s.setText(BASE, base.replace('|  7 850 |', '|7 850|'), 2);
    const result = s.review();
    expect(result.state === 'reviewed' && result.report.structural).toMatchObject({ semanticChange: false, changedFiles: [BASE] });
  });

  it('names the version with errors and its diagnostics instead of a report', async () => {
    const s = await service();
    s.setText(BASE, base.replace('= sats + boutgifter', '= sats + boutgifter + 5'), 2);
    const result = s.review();
    expect(result).toMatchObject({ state: 'failed', side: 'working', message: expect.stringContaining('arbeidskopien') });
    expect(result.state === 'failed' && result.diagnostics[0]).toMatchObject({ path: BASE, severity: 'error', code: expect.stringMatching(/^LK3/) });
    s.setDisk(BASE, base.replace('modul eksempel.livsopphold', 'modul eksempel.livsopphold\nregel x: beløp = y'));
    s.setText(BASE, base, 3);
    expect(s.review()).toMatchObject({ state: 'failed', side: 'disk' });
  });
});

describe('a test made from a case', { timeout: 30_000 }, () => {
  it('goes into the open module when it sees the case, else into the entry module', () => {
    const a = ['modul a', 'kilde k "Kilde"', 'inndata Søknad {', '  måned: måned  (vurderingstidspunkt)', '  beløp: beløp', '}', 'utdata dobbel', 'regel dobbel: beløp  (kilde k)', '  = beløp * 2', ''].join('\n');
    const b = 'modul b\nbruk a\n';
    const c = 'modul c\n';
    const s = new LovkodeService();
    s.load([
      { path: 'a.lov', text: a, disk: a },
      { path: 'b.lov', text: b, disk: b },
      { path: 'c.lov', text: c, disk: c },
    ]);
    expect(s.analyze().errorCount).toBe(0);
    expect(s.caseInfo('b.lov', undefined).entry).toBe('a');
    const input = { måned: '2024-03', beløp: '10' };
    const inB = s.testFromCase('a', input, 'T', 'b.lov');
    expect(inB).toMatchObject({ path: 'b.lov' });
    expect('text' in inB && inB.text).toContain('forvent dobbel = 20 kr');
    expect(s.testFromCase('a', input, 'T', 'c.lov')).toMatchObject({ path: 'a.lov' });
    if (!('text' in inB)) return;
    s.setText('b.lov', `${b}\n${inB.text}\n`, 2);
    expect(s.analyze().errorCount).toBe(0);
    expect(s.tests('b.lov').groups[0]?.results.map((r) => r.passed)).toEqual([true]);
  });
});

describe('values', () => {
  it('writes rule literals', () => {
    expect(literalOf('16550.00', { kind: 'money' })).toBe('16 550 kr');
    expect(literalOf('0.5', { kind: 'money' })).toBe('0,50 kr');
    expect(literalOf(3, { kind: 'integer' })).toBe('3');
    expect(literalOf(true, { kind: 'boolean' })).toBe('sann');
    expect(literalOf({ ubestemt: ['Vurder'] }, { kind: 'boolean' })).toBe('ubestemt "Vurder"');
  });
});

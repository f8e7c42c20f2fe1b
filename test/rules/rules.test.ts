/**
 * The rule set in rules/ as the law describes it:
 *
 * - every rule test (`test "…"` in rules/**\/*.lov, mostly in `tester/` folders) passes, and
 *   there are enough of them to cover the example cases and the edges;
 * - the rate table `veiledende_sats` holds exactly the rates of
 *   ../shared/domain/veiledende-satser.csv, and the known gaps are `ukjent`;
 * - what a rule test cannot express: an override without a reason is refused as input
 *   (the checker rejects it in a test, LK6005), and an override of a `skjønn` whose
 *   guideline cannot be computed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, hasErrors, formatDiagnostic, type RuleSource, type TableSymbol, type Ast } from '../../packages/dsl/src/index';
import { compile, evaluate, InputError, runTests, type CompiledRules, type TestResult } from '../../packages/engine/src/index';

const repo = join(import.meta.dirname, '..', '..');
const rulesDir = join(repo, 'rules');
const csvPath = join(repo, '..', 'shared', 'domain', 'veiledende-satser.csv');

/** Every `.lov` file under `dir`, with its path relative to the repository (as the CLI shows it). */
function ruleFiles(dir: string): RuleSource[] {
  const found: RuleSource[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.lov')) found.push({ path: relative(repo, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return found;
}

const files = ruleFiles(rulesDir);
const checked = check(files);

function describeFailures(results: readonly TestResult[]): string {
  return results
    .filter((r) => !r.passed)
    .flatMap((r) =>
      r.failures.map(
        (f) =>
          `${r.file}:${r.line}: test "${r.name}": ${f.output !== undefined ? `${f.output}: ` : ''}expected ${f.expected}, actual ${f.actual}` +
          (f.tracePath ? `\n    trace: ${f.tracePath}` : ''),
      ),
    )
    .join('\n');
}

describe('rule tests in rules/', () => {
  it('the rule set checks without errors', () => {
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map(formatDiagnostic).join('\n')).toBe('');
    expect(hasErrors(checked.diagnostics)).toBe(false);
  });

  it('every rule test passes, and there are at least 48', () => {
    const results = runTests(checked, files);
    const failures = describeFailures(results);
    if (failures) console.error(`Rule tests that failed:\n${failures}`);
    expect(failures).toBe('');
    expect(results.length).toBeGreaterThanOrEqual(48);
  });

  it('the example cases E1–E8 are all there (E7 and E8 with two months each)', () => {
    const names = runTests(checked, files, (m) => m.name === 'sosialtjenesteloven.tester.eksempler').map((r) => r.name);
    for (const example of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6']) expect(names.filter((n) => n.startsWith(`${example}:`))).toHaveLength(1);
    for (const example of ['E7', 'E8']) expect(names.filter((n) => n.startsWith(`${example}:`))).toHaveLength(2);
  });
});

// ─── The rate table against the CSV ─────────────────────────────────────────────────────

const categories = ['enslig', 'ektepar_samboere', 'person_i_bofellesskap', 'barn_0_5', 'barn_6_10', 'barn_11_17'] as const;

interface CsvRow {
  readonly from: string;
  readonly rates: Record<(typeof categories)[number], string>;
}

function readCsv(): CsvRow[] {
  const [header, ...lines] = readFileSync(csvPath, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = header!.split(',');
  const at = (name: string): number => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${csvPath}: mangler kolonnen ${name}`);
    return index;
  };
  return lines.map((line) => {
    // The leading columns (date and amounts) never contain commas; only the source columns might.
    const cells = line.split(',');
    const rates = Object.fromEntries(categories.map((c) => [c, cells[at(c)]!.trim()])) as CsvRow['rates'];
    return { from: cells[at('gjelder_fra')]!.trim(), rates };
  });
}

/** The state's rate table (municipal variants and reform scenarios replace it with their own). */
function rateTable(): TableSymbol {
  const tables = [...checked.program.declarations.values()].filter(
    (s): s is TableSymbol => s.kind === 'table' && s.name === 'veiledende_sats' && s.module?.name === 'satser.veiledende',
  );
  expect(tables).toHaveLength(1);
  const table = tables[0]!;
  expect(table.model, 'the table has been checked').toBeDefined();
  return table;
}

/** The canonical decimal text of an amount cell (`7850`); undefined for anything but a literal. */
function literal(expr: Ast.Expr): string | undefined {
  return expr.kind === 'Number' || expr.kind === 'Money' ? expr.value : undefined;
}

describe('the rate table veiledende_sats equals ../shared/domain/veiledende-satser.csv', () => {
  const csv = readCsv();

  it('the CSV has the rows the domain description lists', () => {
    expect(csv.map((r) => r.from)).toContain('2024-01-01');
    expect(csv.length).toBeGreaterThanOrEqual(20);
  });

  it('every date × category of the CSV is a row of the table with the same amount', () => {
    const entries = rateTable().model!.entries;
    const problems: string[] = [];
    for (const row of csv) {
      for (const category of categories) {
        const matching = entries.filter((e) => e.validFrom === row.from && e.keys[0] === category);
        if (matching.length !== 1) {
          problems.push(`${row.from} ${category}: ${matching.length} rader i tabellen`);
          continue;
        }
        const entry = matching[0]!;
        if (entry.validTo !== undefined) problems.push(`${row.from} ${category}: raden har til-dato ${entry.validTo}`);
        if (entry.value.kind !== 'value') {
          problems.push(`${row.from} ${category}: ukjent i tabellen, ${row.rates[category]} i CSV`);
          continue;
        }
        const amount = literal(entry.value.expr);
        if (amount !== row.rates[category]) problems.push(`${row.from} ${category}: ${amount ?? entry.value.expr.kind} i tabellen, ${row.rates[category]} i CSV`);
        if (entry.citations.length === 0) problems.push(`${row.from} ${category}: raden har ingen kilde`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the table has no rate that is not in the CSV', () => {
    const known = new Set(csv.flatMap((r) => categories.map((c) => `${r.from} ${c}`)));
    const extra = rateTable()
      .model!.entries.filter((e) => e.value.kind === 'value')
      .map((e) => `${e.validFrom} ${e.keys[0]}`)
      .filter((key) => !known.has(key));
    expect(extra).toEqual([]);
  });

  it('the known gaps 2011-01-01, 2016-01-01 and 2025-01-01 are unknown periods, for every category', () => {
    const entries = rateTable().model!.entries;
    const unknownFrom = [...new Set(entries.filter((e) => e.value.kind === 'unknown').map((e) => e.validFrom ?? '(uten dato)'))].sort();
    expect(unknownFrom).toEqual(['2011-01-01', '2016-01-01', '2025-01-01']);
    for (const day of unknownFrom) {
      const atDay = entries.filter((e) => e.validFrom === day);
      expect(atDay.length).toBeGreaterThan(0);
      for (const entry of atDay) {
        expect(entry.value.kind, `${day} ${entry.keys[0] ?? '(alle)'}`).toBe('unknown');
        // An `ukjent` row covers every key (keys undefined) or names one that the CSV has.
        for (const key of entry.keys) if (key !== undefined) expect(categories).toContain(key);
        if (entry.value.kind === 'unknown') expect(entry.value.message).toContain(day.slice(0, 4));
      }
    }
  });

  it('the gaps lie where the CSV has none: 2011 between 2010 and 2012, 2016–2017 between 2015 and 2018, and after 2024', () => {
    const from = csv.map((r) => r.from);
    expect(from).toContain('2010-01-01');
    expect(from).toContain('2012-01-01');
    expect(from).not.toContain('2011-01-01');
    expect(from).toContain('2015-01-01');
    expect(from).toContain('2018-01-01');
    expect(from.filter((d) => d.startsWith('2016') || d.startsWith('2017'))).toEqual([]);
    expect(from.filter((d) => d >= '2025-01-01')).toEqual([]);
  });
});

// ─── Overrides (skjønn) that a rule test cannot express ──────────────────────────────────

function vedtak(): CompiledRules {
  const compiled = compile(files.filter((f) => !f.path.includes('/tester/')), { module: 'sosialtjenesteloven.vedtak' });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map(formatDiagnostic).join('\n'));
  return compiled.rules;
}

/** E1 of the domain description as input JSON. */
const e1 = {
  beregningsmåned: '2024-03',
  sivilstand: 'enslig',
  voksne: [{ fødselsdato: '1980-01-15' }],
  utgifter: [
    { art: 'husleie', beløp: '8000' },
    { art: 'strøm', beløp: '700' },
  ],
};

function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an input error, but the evaluation gave a result');
}

describe('overriding a skjønn', () => {
  const rules = vedtak();

  it('E1 without overrides gives 16 550 kr', () => {
    expect(evaluate(rules, e1).values['stønad']).toBe('16550.00');
  });

  it('an override with a reason changes the benefit and is reported', () => {
    const result = evaluate(rules, { ...e1, overstyringer: [{ navn: 'boutgifter', verdi: '6000', begrunnelse: 'Kommunens grense for enslige' }] }, { trace: true });
    expect(result.values['boutgifter']).toBe('6000.00');
    expect(result.values['stønad']).toBe('13850.00');
    expect(result.warnings.join('\n')).toContain('Kommunens grense for enslige');
  });

  it('an override without a reason is refused as input (no result), naming the missing begrunnelse', () => {
    const error = inputErrorOf(() => evaluate(rules, { ...e1, overstyringer: [{ navn: 'boutgifter', verdi: '6000' }] }));
    expect(['LK7005', 'LK7006']).toContain(error.code);
    expect(error.violations.map((v) => v.path)).toContain('/overstyringer/0/begrunnelse');
  });

  it('an override with a blank reason is refused as input too', () => {
    const error = inputErrorOf(() => evaluate(rules, { ...e1, overstyringer: [{ navn: 'boutgifter', verdi: '6000', begrunnelse: '   ' }] }));
    expect(['LK7005', 'LK7006']).toContain(error.code);
    expect(error.violations.map((v) => v.path)).toContain('/overstyringer/0/begrunnelse');
  });

  it('an override of something that is not a skjønn is refused as input', () => {
    const error = inputErrorOf(() => evaluate(rules, { ...e1, overstyringer: [{ navn: 'stønad', verdi: '20000', begrunnelse: 'Forsøk' }] }));
    expect(['LK7005', 'LK7006']).toContain(error.code);
  });

  it('the checker refuses a rule test whose override has no reason (LK6005)', () => {
    const test = [
      'modul sosialtjenesteloven.tester.uten_begrunnelse',
      'bruk sosialtjenesteloven.søknad',
      'bruk sosialtjenesteloven.paragraf_18',
      'test "Overstyring uten begrunnelse"',
      '  gitt beregningsmåned = 2024-03, sivilstand = enslig, voksne = [{ fødselsdato: 1980-01-15 }]',
      '  overstyr boutgifter = 6 000 kr',
      '  forvent stønad = 13 850 kr',
      '',
    ].join('\n');
    const result = check([...files, { path: 'rules/sosialtjenesteloven/tester/uten_begrunnelse.lov', text: test }]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toContain('LK6005');
  });

  // A caseworker must be able to set the rate where the guideline cannot be computed: the
  // state rates for 2025 are not registered, and an 18-year-old child has no child rate.
  const ownRate2025 = { ...e1, beregningsmåned: '2025-01', utgifter: [{ art: 'husleie', beløp: '8000' }], overstyringer: [{ navn: 'sats', verdi: '8100', begrunnelse: 'Kommunens egne satser for 2025' }] };
  const child18 = { ...e1, utgifter: [], barn: [{ fødselsdato: '2006-03-01' }], overstyringer: [{ navn: 'sats', verdi: '14500', begrunnelse: 'Barnet på 18 år bor hjemme og går på skole; individuell vurdering' }] };

  it('an overridden sats gives a result where the guideline is unknown (2025; an 18-year-old child)', () => {
    expect(evaluate(rules, ownRate2025, { outputs: ['stønad'] }).values['stønad']).toBe('16100.00');
    expect(evaluate(rules, child18, { outputs: ['stønad'] }).values['stønad']).toBe('14500.00');
  });

  // The trace shows what the guideline would have been; it must not change the outcome.
  it('… and the same result with the trace on (rule tests always trace)', () => {
    expect(evaluate(rules, ownRate2025, { outputs: ['stønad'], trace: true }).values['stønad']).toBe('16100.00');
    expect(evaluate(rules, child18, { outputs: ['stønad'], trace: true }).values['stønad']).toBe('14500.00');
  });
});

import { check, formatDiagnostic, type Diagnostic } from '@lovkode/dsl';
import { runTests, type TestFailure, type TestResult } from '@lovkode/engine';
import { exitCodeHelp, usageError, type Command } from '../args.js';
import { ExitCode, readRuleFiles } from '../io.js';
import { diagnosticFinding, diagnosticJson, formatOptionHelp, githubAnnotations, reportFormatOf, sarifLog, type Finding, type ReportFormat } from '../report-formats.js';

export const testCommand: Command = {
  name: 'test',
  summary: 'kjører testene i regelfilene',
  help: `Bruk: lovkode test [--format F] <stier…>

Kjører alle testene (test "…") i regelfilene, gjennom den samme beregningen som
«lovkode run» bruker. Hver feil skrives på én linje:

  fil:linje:kolonne: test "navn": utdata: forventet X, fikk Y (sporing: …)

Testene i hver ordning (modul med utdata og det den bruker) kjøres. Til slutt kommer
linjen «N bestått, M feilet», og for tester som ikke kunne kjøres fordi reglene de
bruker har feil, en linje «K tester ikke kjørt: hvorfor». Feilene i reglene skrives
først.

Valg:
${formatOptionHelp}
  -h, --help   viser denne hjelpen

Avslutningskode 1 hvis en test feiler, ikke kan kjøres, eller reglene har feil.

${exitCodeHelp}`,
  options: { format: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('test', 'mangler regelfiler eller mapper');
    const format = reportFormatOf(args, 'test');
    const files = await readRuleFiles(io.cwd, args.positionals);
    const checked = check(files);
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (format === 'text') printWarnings(io.err, checked.diagnostics);
    // Every scheme's tests run; a test whose rules have errors is not run (and says why), never counted as failed.
    const results = runTests(checked, files);
    await io.out(report(format, errors, results));
    const failed = results.some((r) => !r.passed);
    return failed || errors.length > 0 ? ExitCode.failed : ExitCode.ok;
  },
};

function report(format: ReportFormat, errors: readonly Diagnostic[], results: readonly TestResult[]): string {
  const passed = results.filter((r) => r.passed).length;
  const notRun = results.filter((r) => r.notRun !== undefined);
  const failed = results.length - passed - notRun.length;
  switch (format) {
    case 'text': {
      const lines = errors.map(formatDiagnostic);
      for (const r of results) for (const failure of r.failures) lines.push(`${r.file}:${r.line}:${r.column}: test "${r.name}": ${describeFailure(failure)}`);
      lines.push(`${passed} bestått, ${failed} feilet`);
      const reasons = new Map<string, number>();
      for (const r of notRun) reasons.set(r.notRun as string, (reasons.get(r.notRun as string) ?? 0) + 1);
      for (const [reason, count] of reasons) lines.push(`${count} ${count === 1 ? 'test' : 'tester'} ikke kjørt: ${reason}`);
      return lines.map((l) => `${l}\n`).join('');
    }
    case 'json':
      return `${JSON.stringify(
        {
          diagnostics: errors.map(diagnosticJson),
          tests: results.map((r) => ({
            module: r.module,
            name: r.name,
            file: r.file,
            line: r.line,
            column: r.column,
            status: r.passed ? 'passed' : r.notRun !== undefined ? 'not-run' : 'failed',
            ...(r.notRun !== undefined ? { reason: r.notRun } : {}),
            ...(r.failures.length > 0 ? { failures: r.failures } : {}),
          })),
          summary: { passed, failed, notRun: notRun.length },
        },
        null,
        2,
      )}\n`;
    case 'sarif':
      return sarifLog(findings(errors, results), testRules);
    case 'github':
      return githubAnnotations(findings(errors, results));
  }
}

/** Rule errors and the tests that failed or could not run, as findings for SARIF and GitHub. */
function findings(errors: readonly Diagnostic[], results: readonly TestResult[]): Finding[] {
  const tests = results
    .filter((r) => !r.passed)
    .map((r): Finding => {
      const notRun = r.notRun !== undefined;
      return {
        ruleId: notRun ? 'lovkode/test-ikke-kjørt' : 'lovkode/test-feilet',
        level: 'error',
        title: `Test ${notRun ? 'ikke kjørt' : 'feilet'}: ${r.name}`,
        message: notRun ? `Testen «${r.name}» ble ikke kjørt: ${r.notRun}` : r.failures.map(describeFailure).join('; '),
        file: r.file,
        line: r.line,
        column: r.column,
      };
    });
  return [...errors.map(diagnosticFinding), ...tests];
}

const testRules = [
  { id: 'lovkode/test-feilet', text: 'En regeltest ga et annet resultat enn den forventer' },
  { id: 'lovkode/test-ikke-kjørt', text: 'En regeltest kunne ikke kjøres fordi reglene den bruker har feil' },
];

/** `stønad: forventet 16550.00, fikk 16500.00 (sporing: stønad ← behov = …)`, in the words of the editor's test panel. */
function describeFailure(failure: TestFailure): string {
  const output = failure.output !== undefined ? `${failure.output}: ` : '';
  const trace = failure.tracePath ? ` (sporing: ${failure.tracePath})` : '';
  return `${output}forventet ${oneLine(failure.expected)}, fikk ${oneLine(failure.actual)}${trace}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function printWarnings(err: (text: string) => void, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) if (d.severity === 'warning') err(`${formatDiagnostic(d)}\n`);
}

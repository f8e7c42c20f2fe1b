import { check, formatDiagnostic, hasErrors, type Diagnostic } from '@lovkode/dsl';
import { runTests, type TestFailure } from '../../testing/run-tests';
import { exitCodeHelp, usageError, type Command } from '../args';
import { ExitCode, readRuleFiles } from '../io';

export const testCommand: Command = {
  name: 'test',
  summary: 'kjører testene i regelfilene',
  help: `Bruk: lovkode test <stier…>

Kjører alle testene (test "…") i regelfilene, gjennom den samme beregningen som
«lovkode run» bruker. Hver feil skrives på én linje:

  fil:linje: test "navn": utdata: expected X, actual Y (trace: …)

Testene i hver ordning (modul med utdata og det den bruker) kjøres. Til slutt kommer
linjen «N passed, M failed», og for tester som ikke kunne kjøres fordi reglene de
bruker har feil, en linje «K tester ikke kjørt: hvorfor». Feilene i reglene skrives
først.

Valg:
  -h, --help   viser denne hjelpen

Avslutningskode 1 hvis en test feiler, ikke kan kjøres, eller reglene har feil.

${exitCodeHelp}`,
  options: {},
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('test', 'mangler regelfiler eller mapper');
    const files = await readRuleFiles(io.cwd, args.positionals);
    const checked = check(files);
    const lines: string[] = [];
    let passed = 0;
    let failed = 0;
    const notRun = new Map<string, number>();
    lines.push(...checked.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic));
    printWarnings(io.err, checked.diagnostics);
    // Every scheme's tests run; a test whose rules have errors is not run (and says why), never counted as failed.
    for (const result of runTests(checked, files)) {
      if (result.notRun !== undefined) {
        notRun.set(result.notRun, (notRun.get(result.notRun) ?? 0) + 1);
        continue;
      }
      if (result.passed) {
        passed++;
        continue;
      }
      failed++;
      for (const failure of result.failures) lines.push(`${result.file}:${result.line}: test "${result.name}": ${describeFailure(failure)}`);
    }
    lines.push(`${passed} passed, ${failed} failed`);
    for (const [reason, count] of notRun) lines.push(`${count} ${count === 1 ? 'test' : 'tester'} ikke kjørt: ${reason}`);
    await io.out(lines.map((l) => `${l}\n`).join(''));
    return failed > 0 || notRun.size > 0 || hasErrors(checked.diagnostics) ? ExitCode.failed : ExitCode.ok;
  },
};

/** `stønad: expected 16550.00, actual 16500.00 (trace: stønad ← behov = …)`. */
function describeFailure(failure: TestFailure): string {
  const output = failure.output !== undefined ? `${failure.output}: ` : '';
  const trace = failure.tracePath ? ` (trace: ${failure.tracePath})` : '';
  return `${output}expected ${oneLine(failure.expected)}, actual ${oneLine(failure.actual)}${trace}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function printWarnings(err: (text: string) => void, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) if (d.severity === 'warning') err(`${formatDiagnostic(d)}\n`);
}

import { check, formatDiagnostic, hasErrors, type Ast, type Diagnostic } from '@lovkode/dsl';
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

Til slutt kommer linjen «N passed, M failed». Har reglene feil, skrives feilene,
og testene regnes som ikke bestått.

Valg:
  -h, --help   viser denne hjelpen

Avslutningskode 1 hvis en test feiler eller reglene har feil.

${exitCodeHelp}`,
  options: {},
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('test', 'mangler regelfiler eller mapper');
    const files = await readRuleFiles(io.cwd, args.positionals);
    const checked = check(files);
    const lines: string[] = [];
    let passed = 0;
    let failed = 0;
    if (hasErrors(checked.diagnostics)) {
      lines.push(...checked.diagnostics.map(formatDiagnostic));
      for (const parsed of checked.program.files) {
        for (const test of parsed.ast.declarations.filter((d): d is Ast.TestDecl => d.kind === 'Test')) {
          const at = parsed.source.positionAt(test.name.span.start);
          lines.push(`${parsed.path}:${at.line}: test "${test.name.value}": ikke kjørt, reglene har feil`);
          failed++;
        }
      }
    } else {
      printWarnings(io.err, checked.diagnostics);
      for (const result of runTests(checked, files)) {
        if (result.passed) {
          passed++;
          continue;
        }
        failed++;
        for (const failure of result.failures) lines.push(`${result.file}:${result.line}: test "${result.name}": ${describeFailure(failure)}`);
      }
    }
    lines.push(`${passed} passed, ${failed} failed`);
    await io.out(lines.map((l) => `${l}\n`).join(''));
    return failed > 0 || hasErrors(checked.diagnostics) ? ExitCode.failed : ExitCode.ok;
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

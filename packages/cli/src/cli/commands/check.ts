import { check, formatDiagnostic, type Diagnostic } from '@lovkode/dsl';
import { exitCodeHelp, usageError, type Command } from '../args.js';
import { ExitCode, plural, readRuleFilesWithStdin, stdinOptionHelp, stdinOptions, UnreadableRuleFiles } from '../io.js';
import { diagnosticFinding, diagnosticJson, formatOptionHelp, githubAnnotations, reportFormatOf, sarifLog, type ReportFormat } from '../report-formats.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'sjekker regelfiler og skriver feil og advarsler',
  help: `Bruk: lovkode check [--format F] <stier…>

Sjekker regelfilene (alle *.lov under en mappe) som ett regelsett og skriver hver
feil og advarsel på én linje:

  fil:linje:kolonne: error|warning LKnnnn: melding (tips)

Stiene skrives relativt til mappen du står i. En oppsummering skrives til stderr.
«-» som sti leser én regelfil fra standard inn (en editor som sjekker en fil som
ikke er lagret).

Valg:
${formatOptionHelp}
${stdinOptionHelp}
  -h, --help   viser denne hjelpen

Avslutningskode 1 hvis regelsettet har minst én feil; advarsler alene gir 0.

${exitCodeHelp}`,
  options: { format: { type: 'string' }, ...stdinOptions },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('check', 'mangler regelfiler eller mapper');
    const format = reportFormatOf(args, 'check');
    let files;
    let diagnostics: readonly Diagnostic[];
    try {
      files = await readRuleFilesWithStdin(io, args, 'check');
      diagnostics = check(files).diagnostics;
    } catch (error) {
      if (!(error instanceof UnreadableRuleFiles)) throw error;
      await io.out(report(format, error.diagnostics, 0));
      io.err(`lovkode: ${error.message}\n`);
      return ExitCode.failed;
    }
    await io.out(report(format, diagnostics, files.length));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    io.err(`${plural(files.length, 'fil', 'filer')} sjekket: ${plural(errors, 'feil', 'feil')}, ${plural(warnings, 'advarsel', 'advarsler')}\n`);
    return errors > 0 ? ExitCode.failed : ExitCode.ok;
  },
};

function report(format: ReportFormat, diagnostics: readonly Diagnostic[], files: number): string {
  switch (format) {
    case 'text':
      return diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
    case 'json': {
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      return `${JSON.stringify({ diagnostics: diagnostics.map(diagnosticJson), summary: { files, errors, warnings: diagnostics.length - errors } }, null, 2)}\n`;
    }
    case 'sarif':
      return sarifLog(diagnostics.map(diagnosticFinding));
    case 'github':
      return githubAnnotations(diagnostics.map(diagnosticFinding));
  }
}

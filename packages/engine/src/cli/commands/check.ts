import { check, formatDiagnostic } from '@lovkode/dsl';
import { exitCodeHelp, usageError, type Command } from '../args';
import { ExitCode, plural, readRuleFiles, UnreadableRuleFiles } from '../io';

export const checkCommand: Command = {
  name: 'check',
  summary: 'sjekker regelfiler og skriver feil og advarsler',
  help: `Bruk: lovkode check <stier…>

Sjekker regelfilene (alle *.lov under en mappe) som ett regelsett og skriver hver
feil og advarsel på én linje:

  fil:linje:kolonne: error|warning LKnnnn: melding (tips)

Stiene skrives relativt til mappen du står i. En oppsummering skrives til stderr.

Valg:
  -h, --help   viser denne hjelpen

Avslutningskode 1 hvis regelsettet har minst én feil; advarsler alene gir 0.

${exitCodeHelp}`,
  options: {},
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('check', 'mangler regelfiler eller mapper');
    let files;
    try {
      files = await readRuleFiles(io.cwd, args.positionals);
    } catch (error) {
      if (!(error instanceof UnreadableRuleFiles)) throw error;
      await io.out(error.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join(''));
      io.err(`lovkode: ${error.message}\n`);
      return ExitCode.failed;
    }
    const { diagnostics } = check(files);
    if (diagnostics.length > 0) await io.out(diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join(''));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    io.err(`${plural(files.length, 'fil', 'filer')} sjekket: ${plural(errors, 'feil', 'feil')}, ${plural(warnings, 'advarsel', 'advarsler')}\n`);
    return errors > 0 ? ExitCode.failed : ExitCode.ok;
  },
};

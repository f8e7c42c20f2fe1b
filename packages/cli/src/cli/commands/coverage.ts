import { check, coverage, coverageMarkdown, coverageSummary, coverageText, hasErrors } from '@lovkode/dsl';
import { exitCodeHelp, stringOption, usageError, type Command } from '../args.js';
import { ExitCode, readRuleFiles } from '../io.js';
import { diagnosticLine } from '../rules.js';

const formats = ['text', 'markdown', 'json'] as const;

export const coverageCommand: Command = {
  name: 'dekning',
  summary: 'viser hvilke punktum i lovteksten reglene koder og testene prøver',
  help: `Bruk: lovkode dekning [--format text|markdown|json] <stier…>

Lister hvert punktum av lovteksten som er lagret i regelsettets kilder
(docs/law-text.md), med reglene og testene som viser til det, og merker
punktum som ingen regel koder, punktum som er kodet men ikke testet, og
regler og tester som ikke viser til noe punktum.

Valg:
  --format F   text (standard), markdown eller json
  -h, --help   viser denne hjelpen

${exitCodeHelp}`,
  options: { format: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('dekning', 'mangler regelfiler eller mapper');
    const format = stringOption(args, 'format') ?? 'text';
    if (!(formats as readonly string[]).includes(format)) throw usageError('dekning', `ukjent format «${format}» (text, markdown eller json)`);
    const result = check(await readRuleFiles(io.cwd, args.positionals));
    if (hasErrors(result.diagnostics)) {
      for (const d of result.diagnostics.filter((d) => d.severity === 'error')) io.err(`${diagnosticLine(d)}\n`);
      io.err('lovkode: regelsettet har feil; dekningen regnes ikke ut\n');
      return ExitCode.failed;
    }
    const report = coverage(result);
    if (format === 'json') await io.out(`${JSON.stringify(report, null, 2)}\n`);
    else await io.out(format === 'markdown' ? coverageMarkdown(report) : coverageText(report));
    if (format !== 'text') io.err(`${coverageSummary(report)}\n`);
    return ExitCode.ok;
  },
};

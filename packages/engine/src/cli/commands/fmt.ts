import { format, formatDiagnostic, parse } from '@lovkode/dsl';
import { exitCodeHelp, flag, usageError, type Command } from '../args';
import { displayPath, ExitCode, findRuleFiles, plural, readRuleFile, writeText } from '../io';

export const fmtCommand: Command = {
  name: 'fmt',
  summary: 'formaterer regelfiler',
  help: `Bruk: lovkode fmt [--check] <stier…>

Formaterer regelfilene (alle *.lov under en mappe) i kanonisk oppsett og skriver
navnene på filene som ble endret. En fil med syntaksfeil, eller som ikke er UTF-8,
lar den være urørt. Hver fil skrives til en midlertidig fil ved siden av og flyttes
over originalen, så en avbrutt formatering etterlater aldri en halvskrevet fil.

Valg:
  --check      endrer ingenting; skriver filene som ville blitt endret
  -h, --help   viser denne hjelpen

Avslutningskode 1 hvis --check finner filer som må formateres, eller en fil har
syntaksfeil eller ikke kan leses.

${exitCodeHelp}`,
  options: { check: { type: 'boolean' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('fmt', 'mangler regelfiler eller mapper');
    const checkOnly = flag(args, 'check');
    const files = await findRuleFiles(io.cwd, args.positionals);
    const changed: string[] = [];
    let broken = 0;
    for (const file of files) {
      const shown = displayPath(io.cwd, file);
      const read = await readRuleFile(file, shown);
      if (!read.ok) {
        io.err(`${formatDiagnostic(read.diagnostic)}\n${shown}: ikke formatert fordi filen ikke kan leses som en regelfil\n`);
        broken++;
        continue;
      }
      const text = read.text;
      const syntax = parse(text.replace(/^\ufeff/, ''), shown).diagnostics.find((d) => d.code.startsWith('LK1'));
      if (syntax) {
        io.err(`${formatDiagnostic(syntax)}\n${shown}: ikke formatert fordi filen har syntaksfeil\n`);
        broken++;
        continue;
      }
      const formatted = format(text, shown);
      if (formatted === text) continue;
      changed.push(shown);
      if (!checkOnly) await writeText(file, shown, formatted);
    }
    if (changed.length > 0) await io.out(changed.map((f) => `${f}\n`).join(''));
    io.err(`${plural(changed.length, 'fil', 'filer')} av ${files.length} ${checkOnly ? 'må formateres' : 'formatert'}\n`);
    return broken > 0 || (checkOnly && changed.length > 0) ? ExitCode.failed : ExitCode.ok;
  },
};

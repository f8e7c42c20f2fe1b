import { format, formatDiagnostic, parse } from '@lovkode/dsl';
import { exitCodeHelp, flag, usageError, type Command } from '../args.js';
import { displayPath, ExitCode, findRuleFiles, plural, readRuleFile, readStdinRuleFile, stdinOptionHelp, stdinOptions, UnreadableRuleFiles, writeText, type Io } from '../io.js';
import type { ParsedArgs } from '../args.js';
import path from 'node:path';

export const fmtCommand: Command = {
  name: 'fmt',
  summary: 'formaterer regelfiler',
  help: `Bruk: lovkode fmt [--check] <stier…>
       lovkode fmt [--check] - [--stdin-filepath STI]

Formaterer regelfilene (alle *.lov under en mappe) i kanonisk oppsett og skriver
navnene på filene som ble endret. En fil med syntaksfeil, eller som ikke er UTF-8,
lar den være urørt. Hver fil skrives til en midlertidig fil ved siden av og flyttes
over originalen, så en avbrutt formatering etterlater aldri en halvskrevet fil.

Med «-» leses én regelfil fra standard inn, og den formaterte teksten skrives til
standard ut (med --check: ingenting; avslutningskode 1 hvis den måtte formateres).

Valg:
  --check      endrer ingenting; skriver filene som ville blitt endret
${stdinOptionHelp}
  -h, --help   viser denne hjelpen

Avslutningskode 1 hvis --check finner filer som må formateres, eller en fil har
syntaksfeil eller ikke kan leses.

${exitCodeHelp}`,
  options: { check: { type: 'boolean' }, ...stdinOptions },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('fmt', 'mangler regelfiler eller mapper');
    if (args.positionals.includes('-')) return formatStdin(args, io);
    if (args.values['stdin-filepath'] !== undefined) throw usageError('fmt', '--stdin-filepath gjelder bare sammen med «-»');
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
    const notFormatted = broken > 0 ? `; ${plural(broken, 'fil', 'filer')} kunne ikke formateres` : '';
    io.err(`${plural(changed.length, 'fil', 'filer')} av ${files.length} ${checkOnly ? 'må formateres' : 'formatert'}${notFormatted}\n`);
    return broken > 0 || (checkOnly && changed.length > 0) ? ExitCode.failed : ExitCode.ok;
  },
};

/** `fmt -`: one rule file from standard input, formatted to standard output (an editor's format-on-save). */
async function formatStdin(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length > 1) throw usageError('fmt', '«-» kan ikke stå sammen med andre stier');
  const given = args.values['stdin-filepath'];
  const shown = displayPath(io.cwd, path.resolve(io.cwd, typeof given === 'string' ? given : 'standard-inn.lov'));
  let file;
  try {
    file = await readStdinRuleFile(io, shown);
  } catch (error) {
    if (!(error instanceof UnreadableRuleFiles)) throw error;
    io.err(error.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join(''));
    io.err(`${shown}: ikke formatert fordi teksten ikke kan leses som en regelfil\n`);
    return ExitCode.failed;
  }
  const syntax = parse(file.text.replace(/^\ufeff/, ''), shown).diagnostics.find((d) => d.code.startsWith('LK1'));
  if (syntax) {
    io.err(`${formatDiagnostic(syntax)}\n${shown}: ikke formatert fordi filen har syntaksfeil\n`);
    return ExitCode.failed;
  }
  const formatted = format(file.text, shown);
  if (flag(args, 'check')) return formatted === file.text ? ExitCode.ok : ExitCode.failed;
  await io.out(formatted);
  return ExitCode.ok;
}

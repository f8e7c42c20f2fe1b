import { typeScriptTypes } from '../../bindings/typescript.js';
import { exitCodeHelp, stringOption, usageError, type Command } from '../args.js';
import { ExitCode } from '../io.js';
import { loadRules } from '../rules.js';

export const typesCommand: Command = {
  name: 'types',
  summary: 'skriver TypeScript-typer for inndata og utdata',
  help: `Bruk: lovkode types <regler…> [--module M]

Skriver TypeScript-typene til inndataene og utdataene i regelsettet (Input, Output
og Scheme), for evaluate<Scheme>(regler, inndata) i @lovkode/engine:

  lovkode types rules > livsopphold.ts

Inndata er typet slik JSON Schema fra «lovkode schema» tillater dem, utdata slik
motoren skriver dem (beløp som tekst). Et utdata kan være ubestemt; typene gjelder
når result.complete er true.

Valg:
  --module M   modulen som skal beregnes (standard: den ene modulen med utdata,
               eller varianten)
  -h, --help   viser denne hjelpen

${exitCodeHelp}`,
  options: { module: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('types', 'mangler regelfiler eller mapper');
    const rules = await loadRules(io, args.positionals, stringOption(args, 'module'));
    await io.out(typeScriptTypes(rules));
    return ExitCode.ok;
  },
};

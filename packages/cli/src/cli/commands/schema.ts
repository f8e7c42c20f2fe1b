import { inputSchema } from '@lovkode/engine';
import { exitCodeHelp, stringOption, usageError, type Command } from '../args.js';
import { ExitCode } from '../io.js';
import { loadRules } from '../rules.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'skriver JSON Schema for inndata til reglene',
  help: `Bruk: lovkode schema <regler…> [--module M]

Skriver JSON Schema (draft 2020-12) for inndataene til regelsettet, slik
«lovkode run» validerer dem.

Valg:
  --module M   modulen som skal beregnes (standard: den ene modulen med utdata,
               eller varianten)
  -h, --help   viser denne hjelpen

${exitCodeHelp}`,
  options: { module: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('schema', 'mangler regelfiler eller mapper');
    const rules = await loadRules(io, args.positionals, stringOption(args, 'module'));
    await io.out(`${JSON.stringify(inputSchema(rules.inputs, { title: rules.entry.name, entry: rules.entry }), null, 2)}\n`);
    return ExitCode.ok;
  },
};

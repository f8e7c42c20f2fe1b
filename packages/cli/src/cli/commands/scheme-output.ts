import type { CompiledRules } from '@lovkode/engine';
import { exitCodeHelp, stringOption, usageError, type Command } from '../args.js';
import { ExitCode } from '../io.js';
import { loadRules } from '../rules.js';

/** A command that writes what a scheme's rules say about its input and output (`schema`, `types`). */
export function schemeOutputCommand(name: string, summary: string, description: string, write: (rules: CompiledRules) => string): Command {
  return {
    name,
    summary,
    help: `Bruk: lovkode ${name} <regler…> [--module M]

${description}

Valg:
  --module M   modulen som skal beregnes (standard: den ene modulen med utdata,
               eller varianten)
  -h, --help   viser denne hjelpen

${exitCodeHelp}`,
    options: { module: { type: 'string' } },
    async run(args, io) {
      if (args.positionals.length === 0) throw usageError(name, 'mangler regelfiler eller mapper');
      const rules = await loadRules(io, args.positionals, stringOption(args, 'module'));
      await io.out(write(rules));
      return ExitCode.ok;
    },
  };
}

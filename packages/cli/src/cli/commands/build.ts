import path from 'node:path';
import { GeneratedCode } from '@lovkode/engine';
import { standaloneModule } from '../../build/standalone-module.js';
import { exitCodeHelp, stringOption, usageError, type Command } from '../args.js';
import { ExitCode, displayPath, writeText } from '../io.js';
import { loadRuleSet } from '../rules.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'skriver reglene som en frittstående JavaScript-modul',
  help: `Bruk: lovkode build <regler…> [--module M] --out <fil.mjs>

Skriver regelsettet som én ES-modul som bare importerer decimal.js, for den som
vil levere reglene som kode. Modulen har regelsett-id-en inni seg og eksporterer

  ruleset                   regelsett-id-en ("sha256:…"), den samme som lovkode gir
  module                    modulen som beregnes
  evaluate(inndata, valg?)  det samme som evaluate i @lovkode/engine for de samme
                            reglene: verdier, feil (InputError, EvaluationError),
                            sporing (valg.trace) og beregning i øre
og evaluateBatch, renderBegrunnelse, EvaluationError og InputError som i
@lovkode/engine. Et program importerer så evaluate fra filen:

  lovkode build rules --out livsopphold.mjs

Modulen har språket og motoren i seg og sjekker reglene når den lastes; de genererte
funksjonene er skrevet ut i den (docs/engine.md §11).

Valg:
  --module M   modulen som skal beregnes (standard: den ene modulen med utdata,
               eller varianten)
  -o, --out F  filen modulen skrives til (påkrevd)
  -h, --help   viser denne hjelpen

${exitCodeHelp}`,
  options: { module: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw usageError('build', 'mangler regelfiler eller mapper');
    const out = stringOption(args, 'out');
    if (out === undefined) throw usageError('build', 'mangler --out <fil.mjs>');
    const code = new GeneratedCode();
    const { files, rules } = await loadRuleSet(io, args.positionals, stringOption(args, 'module'), { code });
    const built = await standaloneModule(files, rules, code);
    const file = path.resolve(io.cwd, out);
    await writeText(file, displayPath(io.cwd, file), built.text);
    io.err(`skrev ${displayPath(io.cwd, file)}: ${built.module}, ${built.ruleset}, ${built.functions} genererte funksjoner\n`);
    return ExitCode.ok;
  },
};

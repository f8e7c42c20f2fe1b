import path from 'node:path';
import { GeneratedCode, InputValidators } from '@lovkode/engine';
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
funksjonene og valideringen av inndata er skrevet ut i den, så den lager ingen kode
fra tekst når utdataene beregnes (den kan kjøres med
node --disallow-code-generation-from-strings; docs/engine.md §11).

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
    // Everything generated ahead, and every function and validator kept: the module prints them.
    const code = new GeneratedCode(Number.POSITIVE_INFINITY, new Map(), true);
    const validators = new InputValidators(Number.POSITIVE_INFINITY);
    const { files, rules } = await loadRuleSet(io, args.positionals, stringOption(args, 'module'), { code, validators });
    const built = await standaloneModule(files, rules, code, validators);
    const file = path.resolve(io.cwd, out);
    await writeText(file, displayPath(io.cwd, file), built.text);
    io.err(`skrev ${displayPath(io.cwd, file)}: ${built.module}, ${built.ruleset}, ${built.functions} genererte funksjoner, ${built.validators} validatorer\n`);
    return ExitCode.ok;
  },
};

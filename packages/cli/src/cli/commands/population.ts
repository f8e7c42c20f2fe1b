import { exitCodeHelp, flag, stringOption, usageError, type Command, type ParsedArgs } from '../args.js';
import { CliError, ExitCode, type Io } from '../io.js';
import { isMonth, maxPopulationSize, periodOf, populationSlice, summarizePopulation, type PopulationModule, type PopulationOptions } from '../../review/population.js';
import { loadSqlPart } from './sql-package.js';
import { findPopulationModule, populationModuleFile, PopulationModuleError, type LoadedPopulationModule } from '../../review/population-module.js';

export const populationCommand: Command = {
  name: 'population',
  summary: 'lager syntetiske husstander (saker) for konsekvensberegning',
  help: `Bruk: lovkode population [--size N] [--seed S] [--from M] [--to M | --month M]
                          [--summary] [--rules DIR]
                          [--format jsonl|parquet|csv -o F [--module M]]

Skriver N syntetiske husstander som JSON Lines: én sak per linje, i samme form som
inndataene til reglene (kan brukes med «lovkode run --batch» og «lovkode diff
--cases»). Husstandene lages av befolkningsmodulen ved siden av reglene
(DIR/${populationModuleFile}); for de medfølgende reglene søker de økonomisk stønad.
Samme seed gir alltid de samme husstandene. Fordelingene er beskrevet i
docs/review.md.

Valg:
  --size N      antall husstander (standard 1000)
  --seed S      frø for tilfeldighetene, et heltall (standard 1)
  --from M      første beregningsmåned, ÅÅÅÅ-MM (standard: modulens første)
  --to M        siste beregningsmåned, ÅÅÅÅ-MM (standard: modulens siste)
  --month M     alle husstandene i samme måned (det samme som --from M --to M)
  --summary     skriver en oppsummering av fordelingene (JSON) i stedet for sakene
  --rules DIR   regelmappen med befolkningsmodulen (standard rules)
  --format F    jsonl (standard), eller parquet/csv: sakene som inndatatabellene
                til regelsettet (docs/sql.md), i filen -o og tabellene for listene
                ved siden av (saker.voksne.parquet …)
  -o, --output F  filen med sakene (med --format parquet|csv)
  --module M    modulen tabellene lages for (standard: regelsettets inngang)
  -h, --help    viser denne hjelpen

${exitCodeHelp}`,
  options: {
    size: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    month: { type: 'string' },
    summary: { type: 'boolean' },
    rules: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    module: { type: 'string' },
  },
  async run(args, io) {
    if (args.positionals.length > 0) throw usageError('population', `uventet argument «${args.positionals[0]}»`);
    const rules = stringOption(args, 'rules') ?? 'rules';
    const module = await populationModule(io, 'population', rules);
    if (!module) throw new CliError(`population: reglene i ${rules} har ingen befolkningsmodul (${rules}/${populationModuleFile})`, ExitCode.noInput);
    const options = populationOptions('population', args, 1000, module);
    const format = stringOption(args, 'format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'parquet' && format !== 'csv') throw usageError('population', `--format må være jsonl, parquet eller csv, ikke «${format}»`);
    if (format !== 'jsonl') return (await loadSqlPart('population', () => import('./population-tables.js'))).writePopulationTables(io, args, module, options, format);
    if (flag(args, 'summary')) {
      const summary = summarizePopulation(module, populationSlice(module, options, 0, options.size), options);
      await io.out(`${JSON.stringify(summary, null, 2)}\n`);
      return ExitCode.ok;
    }
    const chunk = 10_000;
    for (let start = 0; start < options.size; start += chunk) {
      const households = populationSlice(module, options, start, Math.min(options.size, start + chunk));
      await io.out(households.map((h) => `${JSON.stringify(h)}\n`).join(''));
    }
    return ExitCode.ok;
  },
};

/** The population module of the rule root `rules`, if it has one; shared with `lovkode diff`. */
export async function populationModule(io: Io, command: string, rules: string): Promise<LoadedPopulationModule | undefined> {
  try {
    return await findPopulationModule(io.cwd, rules);
  } catch (error) {
    if (error instanceof PopulationModuleError) throw new CliError(`${command}: ${error.message}`, ExitCode.failed);
    throw error;
  }
}

/** Reads --size (or the given name), --seed, --from, --to and --month; shared with `lovkode diff`. */
export function populationOptions(command: string, args: ParsedArgs, defaultSize: number, module: PopulationModule | undefined, sizeOption = 'size'): PopulationOptions & { size: number } {
  const size = wholeNumber(command, args, sizeOption, defaultSize, 0, maxPopulationSize);
  const seed = wholeNumber(command, args, 'seed', 1, 0, 0xffffffff);
  const month = stringOption(args, 'month');
  let from = stringOption(args, 'from');
  let to = stringOption(args, 'to');
  if (month !== undefined) {
    if (from !== undefined || to !== undefined) throw usageError(command, '--month kan ikke brukes sammen med --from eller --to');
    from = month;
    to = month;
  }
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !isMonth(value)) throw usageError(command, `--${month !== undefined ? 'month' : name} «${value}» er ikke en måned (ÅÅÅÅ-MM)`);
  }
  const period = module ? periodOf(module, { size, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }) : { from, to };
  if (period.from !== undefined && period.to !== undefined && period.from > period.to) throw usageError(command, `--from ${period.from} er etter --to ${period.to}`);
  return { size, seed, ...(period.from !== undefined ? { from: period.from } : {}), ...(period.to !== undefined ? { to: period.to } : {}) };
}

function wholeNumber(command: string, args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text.replace(/[ _]/g, '')) ? Number(text.replace(/[ _]/g, '')) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw usageError(command, `--${name} «${text}» må være et heltall fra ${min} til ${max}`);
  return value;
}

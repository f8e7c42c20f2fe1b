import { exitCodeHelp, flag, stringOption, usageError, type Command, type ParsedArgs } from '../args';
import { ExitCode } from '../io';
import { writePopulationTables } from './population-tables';
import { defaultPeriod, isMonth, maxPopulationSize, populationSlice, summarizePopulation, type PopulationOptions } from '../../review/population';

export const populationCommand: Command = {
  name: 'population',
  summary: 'lager syntetiske husstander (saker) for konsekvensberegning',
  help: `Bruk: lovkode population [--size N] [--seed S] [--from M] [--to M | --month M]
                          [--summary] [--format jsonl|parquet|csv -o F [--rules DIR]]

Skriver N syntetiske husstander som søker økonomisk stønad, som JSON Lines: én sak
per linje, i samme form som inndataene til sosialtjenesteloven.vedtak (kan brukes
med «lovkode run --batch» og «lovkode diff --cases»). Samme seed gir alltid de
samme husstandene. Fordelingene (husstandstype, alder, barn, boutgifter og
inntekter) er beskrevet i docs/review.md.

Valg:
  --size N      antall husstander (standard 1000)
  --seed S      frø for tilfeldighetene, et heltall (standard 1)
  --from M      første beregningsmåned, ÅÅÅÅ-MM (standard ${defaultPeriod.from})
  --to M        siste beregningsmåned, ÅÅÅÅ-MM (standard ${defaultPeriod.to})
  --month M     alle husstandene i samme måned (det samme som --from M --to M)
  --summary     skriver en oppsummering av fordelingene (JSON) i stedet for sakene
  --format F    jsonl (standard), eller parquet/csv: sakene som inndatatabellene
                til sosialtjenesteloven.vedtak (docs/sql.md), i filen -o og
                tabellene for listene ved siden av (saker.voksne.parquet …)
  -o, --output F  filen med sakene (med --format parquet|csv)
  --rules DIR   regelmappen tabellene lages fra (standard rules)
  -h, --help    viser denne hjelpen

${exitCodeHelp}`,
  options: {
    size: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    month: { type: 'string' },
    summary: { type: 'boolean' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    rules: { type: 'string' },
  },
  async run(args, io) {
    if (args.positionals.length > 0) throw usageError('population', `uventet argument «${args.positionals[0]}»`);
    const options = populationOptions('population', args, 1000);
    const format = stringOption(args, 'format') ?? 'jsonl';
    if (format !== 'jsonl' && format !== 'parquet' && format !== 'csv') throw usageError('population', `--format må være jsonl, parquet eller csv, ikke «${format}»`);
    if (format !== 'jsonl') return writePopulationTables(io, args, options, format);
    if (flag(args, 'summary')) {
      const summary = summarizePopulation(populationSlice(options, 0, options.size), options);
      await io.out(`${JSON.stringify(summary, null, 2)}\n`);
      return ExitCode.ok;
    }
    const chunk = 10_000;
    for (let start = 0; start < options.size; start += chunk) {
      const households = populationSlice(options, start, Math.min(options.size, start + chunk));
      await io.out(households.map((h) => `${JSON.stringify(h)}\n`).join(''));
    }
    return ExitCode.ok;
  },
};

/** Reads --size (or the given name), --seed, --from, --to and --month; shared with `lovkode diff`. */
export function populationOptions(command: string, args: ParsedArgs, defaultSize: number, sizeOption = 'size'): PopulationOptions & { size: number } {
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
  const first = from ?? defaultPeriod.from;
  const last = to ?? defaultPeriod.to;
  if (first > last) throw usageError(command, `--from ${first} er etter --to ${last}`);
  return { size, seed, from: first, to: last };
}

function wholeNumber(command: string, args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const value = /^\d+$/.test(text.replace(/[ _]/g, '')) ? Number(text.replace(/[ _]/g, '')) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) throw usageError(command, `--${name} «${text}» må være et heltall fra ${min} til ${max}`);
  return value;
}

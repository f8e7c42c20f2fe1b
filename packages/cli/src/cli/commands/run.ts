import { isIsoDate, isIsoMonth } from '@lovkode/dsl';
import { evaluate, type EvaluateOptions, type EvaluationResult, readJson, renderBegrunnelse, resultJson } from '@lovkode/engine';
import { exitCodeHelp, flag, stringOption, usageError, workersOption, type Command, type ParsedArgs } from '../args.js';
import { ExitCode, openInput, readAll } from '../io.js';
import { compileRuleSet, readRuleSet } from '../rules.js';
import { runBatch, type BatchWorkers } from './batch.js';
import { asEvaluationError } from './batch-worker.js';
import { loadSqlPart } from './sql-package.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'beregner en sak (eller mange) med reglene',
  help: `Bruk: lovkode run <regler…> --input <fil.json|-> [--date D] [--module M]
                    [--explain | --begrunnelse] [--batch [--workers N|auto]]
       lovkode run <regler…> --engine duckdb --input F --output F

Beregner utdataene til regelsettet for saken i inndatafilen (JSON; «-» leser fra
standard inn) og skriver resultatet som JSON på én linje:

  {"values": {…}, "warnings": […], "ruleset": "sha256:…"}

Valg:
  -i, --input F    inndata: en JSON-fil, eller «-» for standard inn (påkrevd).
                   Filer over 10 MB avvises (LK7007).
  --date D         vurderingstidspunkt (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM); går foran
                   feltet for vurderingstidspunkt i inndataene
  --module M       modulen som skal beregnes (standard: varianten i en
                   variantmappe blant stiene, ellers modulen merket «(standard)»
                   eller den ene modulen med utdata). Bare filene modulen bruker
                   sjekkes; feil i andre filer finner «lovkode check»
  --explain        tar med sporingen ("trace") i resultatet
  --begrunnelse    skriver begrunnelsen som tekst i stedet for JSON
  --batch          inndataene er JSON Lines: én sak per linje, ett resultat per
                   linje i samme rekkefølge (tomme linjer hoppes over). En sak som
                   feiler gir {"error": {…, "line": n}} på sin linje, og resten
                   beregnes. Grensen på 10 MB gjelder hver linje.
  --workers N|auto arbeidstråder for --batch i tillegg til hovedtråden (standard
                   auto: én per kjerne utover den første når inndataene er minst
                   4 MB; 0: bare hovedtråden). Utdataene er de samme uansett.
  --engine duckdb  beregner alle sakene med SQL i DuckDB (docs/sql.md): --input
                   .jsonl (som --batch), eller .parquet/.csv med tabellene
                   saker.<fil> og saker.<liste>.<fil> ved siden av
  --output F       resultatene med --engine: .jsonl (linjene --batch skriver),
                   .parquet eller .csv
  --memory-limit M med --engine: største minnebruk for DuckDB (f.eks. 2GB);
                   over den skriver DuckDB midlertidig til disk
  -h, --help       viser denne hjelpen

Ved ugyldige inndata eller feil i beregningen skrives {"error": {"code", "message",
"violations"?}} til stdout og én linje til stderr, og avslutningskoden er 2
(med --batch: 2 hvis minst én sak feilet).

${exitCodeHelp}`,
  options: {
    input: { type: 'string', short: 'i' },
    date: { type: 'string' },
    module: { type: 'string' },
    explain: { type: 'boolean' },
    begrunnelse: { type: 'boolean' },
    batch: { type: 'boolean' },
    engine: { type: 'string' },
    output: { type: 'string' },
    'memory-limit': { type: 'string' },
    workers: { type: 'string' },
  },
  async run(args, io) {
    const input = stringOption(args, 'input');
    const date = stringOption(args, 'date');
    const explain = flag(args, 'explain');
    const begrunnelse = flag(args, 'begrunnelse');
    const batch = flag(args, 'batch');
    if (args.positionals.length === 0) throw usageError('run', 'mangler regelfiler');
    if (input === undefined) throw usageError('run', 'mangler --input <fil.json|->');
    if (date !== undefined && !validAsOf(date)) throw usageError('run', `--date «${date}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD) eller måned (ÅÅÅÅ-MM)`);
    if (explain && begrunnelse) throw usageError('run', '--explain og --begrunnelse kan ikke brukes sammen');
    if (batch && begrunnelse) throw usageError('run', '--begrunnelse kan ikke brukes med --batch');
    const workers = batchWorkers(args, batch);

    const read = await readRuleSet(io, args.positionals, stringOption(args, 'module'));
    if (args.values['engine'] !== undefined) {
      const rules = compileRuleSet(io, read).rules;
      return (await loadSqlPart('run', () => import('./run-duckdb.js'))).runWithEngine(io, rules, args, input, date);
    }
    const options: EvaluateOptions = { ...(date !== undefined ? { asOf: date } : {}), trace: explain || begrunnelse };
    const shown = input === '-' ? 'standard inn' : `inndatafilen «${input}»`;
    // The batch compiles the rules itself, beside the workers it starts.
    if (batch) return runBatch(io, read, input, shown, options, workers);
    const rules = compileRuleSet(io, read).rules;

    let result: EvaluationResult;
    try {
      const text = await readAll(await openInput(io, input), shown);
      result = evaluate(rules, readJson(text), options);
    } catch (error) {
      const failure = asEvaluationError(error);
      await io.out(`${JSON.stringify({ error: failure.toJSON() })}\n`);
      io.err(`error ${failure.code}: ${oneLine(failure.message)}\n`);
      return ExitCode.evaluation;
    }
    await io.out(begrunnelse ? renderBegrunnelse(result) : `${resultJson(result)}\n`);
    return ExitCode.ok;
  },
};

/** `--workers`: `auto` (the default), or a number of worker threads (`workersOption`); only with `--batch`. */
function batchWorkers(args: ParsedArgs, batch: boolean): BatchWorkers {
  if (stringOption(args, 'workers') !== undefined && !batch) throw usageError('run', '--workers brukes bare med --batch');
  return workersOption('run', args) ?? 'auto';
}

function validAsOf(date: string): boolean {
  return isIsoDate(date) || isIsoMonth(date);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

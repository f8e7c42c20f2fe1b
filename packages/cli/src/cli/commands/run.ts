import { isIsoDate, isIsoMonth } from '@lovkode/dsl';
import { type CompiledRules, evaluate, type EvaluateOptions, evaluateToJson, EvaluationError, type EvaluationResult, InputError, readJson, renderBegrunnelse } from '@lovkode/engine';
import { exitCodeHelp, flag, stringOption, usageError, type Command } from '../args.js';
import { ExitCode, InputTooLarge, openInput, readAll, readLines, type Io } from '../io.js';
import { loadRules } from '../rules.js';
import { loadSqlPart } from './sql-package.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'beregner en sak (eller mange) med reglene',
  help: `Bruk: lovkode run <regler…> --input <fil.json|-> [--date D] [--module M]
                    [--explain | --begrunnelse] [--batch]
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
                   variantmappe blant stiene, ellers den ene modulen med utdata)
  --explain        tar med sporingen ("trace") i resultatet
  --begrunnelse    skriver begrunnelsen som tekst i stedet for JSON
  --batch          inndataene er JSON Lines: én sak per linje, ett resultat per
                   linje i samme rekkefølge (tomme linjer hoppes over). En sak som
                   feiler gir {"error": {…, "line": n}} på sin linje, og resten
                   beregnes. Grensen på 10 MB gjelder hver linje.
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

    const rules = await loadRules(io, args.positionals, stringOption(args, 'module'));
    if (args.values['engine'] !== undefined) return (await loadSqlPart('run', () => import('./run-duckdb.js'))).runWithEngine(io, rules, args, input, date);
    const options: EvaluateOptions = { ...(date !== undefined ? { asOf: date } : {}), trace: explain || begrunnelse };
    const shown = input === '-' ? 'standard inn' : `inndatafilen «${input}»`;
    if (batch) return runBatch(io, rules, input, shown, options, explain);

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
    await io.out(begrunnelse ? renderBegrunnelse(result) : `${resultJson(result, explain)}\n`);
    return ExitCode.ok;
  },
};

async function runBatch(io: Io, rules: CompiledRules, input: string, shown: string, options: EvaluateOptions, explain: boolean): Promise<number> {
  const stream = await openInput(io, input, { sizeLimit: false });
  let cases = 0;
  let failed = 0;
  let buffer = '';
  for await (const lines of readLines(stream, shown)) {
    for (const line of lines) {
      if (!line.tooLarge && !line.notUtf8 && line.text.trim() === '') continue;
      cases++;
      let out: string;
      try {
        if (line.tooLarge) throw new InputTooLarge(undefined);
        if (line.notUtf8) throw new InputError('LK7005', [{ path: '', message: line.notUtf8 }]);
        out = evaluateToJson(rules, readJson(line.text), options);
      } catch (error) {
        failed++;
        out = JSON.stringify({ error: { ...asEvaluationError(error).toJSON(), line: line.number } });
      }
      buffer += `${out}\n`;
    }
    if (buffer.length >= 1 << 16) {
      await io.out(buffer);
      buffer = '';
    }
  }
  if (buffer) await io.out(buffer);
  if (failed > 0) io.err(`${failed} av ${cases} saker feilet\n`);
  return failed > 0 ? ExitCode.evaluation : ExitCode.ok;
}

function resultJson(result: EvaluationResult, explain: boolean): string {
  const { values, warnings, ruleset, trace } = result;
  return JSON.stringify(explain ? { values, warnings, ruleset, trace } : { values, warnings, ruleset });
}

/** A failure of one case as the engine reports it; anything else is a bug and is rethrown. */
function asEvaluationError(error: unknown): EvaluationError {
  if (error instanceof EvaluationError) return error;
  if (error instanceof InputTooLarge) return new InputError('LK7007', [{ path: '', message: error.message }]);
  throw error;
}

function validAsOf(date: string): boolean {
  return isIsoDate(date) || isIsoMonth(date);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

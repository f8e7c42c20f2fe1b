import path from 'node:path';
import { diagnosticLine } from '../rules.js';
import { exitCodeHelp, flag, stringOption, usageError, workersOption, type Command, type ParsedArgs } from '../args.js';
import { CliError, ExitCode, openInput, readLines, writeText, type Io } from '../io.js';
import { Decimal, type JsonValue, readJson } from '@lovkode/engine';
import { ReviewError, type ImpactOptions } from '../../review/diff.js';
import { renderJson, renderMarkdown } from '../../review/markdown.js';
import { renderJsonLines } from '../../review/json-lines.js';
import { autoWorkers, diffRuleSetsParallel } from '../../review/parallel.js';
import type { ReviewCase } from '../../review/impact.js';
import { populationModuleFile, type LoadedPopulationModule } from '../../review/population-module.js';
import { resolveSide, SideError, variantFolders } from '../../review/sides.js';
import { populationModule, populationOptions } from './population.js';
import { loadSqlPart } from './sql-package.js';

const defaultPopulation = 10_000;

/** How a side that cannot be read ends the command. */
const sideExitCode: Record<SideError['kind'], ExitCode> = { 'not-found': ExitCode.noInput, git: ExitCode.noInput, usage: ExitCode.usage, unreadable: ExitCode.failed };

export const diffCommand: Command = {
  name: 'diff',
  summary: 'viser hva en endring i reglene gjør: struktur og virkning på saker',
  help: `Bruk: lovkode diff <gammel> <ny> [--format md|json|jsonl] [--cases F.jsonl]
                    [--population N] [--seed S] [--from M] [--to M | --month M]
                    [--workers N|auto] [--measure UTDATA] [--overstyr navn=verdi]
                    [--old-module M] [--new-module M] [--rules DIR] [--no-tests]
                    [--group-by FELT] [--max-cases N] [-o FIL]
                    [--fail-on-breaking]

Sammenligner to versjoner av reglene. Hver side er en mappe eller fil, en
git-revisjon i depotet du står i (HEAD~1, main, en commit), eller REV:STI.

  lovkode diff HEAD~1 HEAD
  lovkode diff main rules
  lovkode diff rules/sosialtjenesteloven rules/kommuner/eksempel-egne-satser

1. Struktur: satsrader lagt til, fjernet eller endret (gammel → ny sats, dato,
   kilde), regler med endret definisjon eller unntak (med uttrykkene), kilder,
   og inndata eller utdata lagt til eller fjernet (brytende endringer først).
   Bare mellomrom, layout og kommentarer gir «ingen semantisk endring».
2. Virkning: hver regeltest, hver sak i --cases og en syntetisk befolkning
   beregnes med begge versjonene; saker som endrer seg, med hvor mye, og en
   oppsummering per husstandstype. Saker som feiler i bare én versjon, listes.

Hvilke filer en side består av: alle *.lov under regelmappen (nærmeste mappe som
heter «rules», eller --rules), unntatt ${variantFolders.map((f) => `${f}/`).join(' og ')}, pluss alle *.lov
under stien du gir. En side som er en variantmappe, beregnes gjennom varianten.
Se docs/review.md.

Valg:
  --format F        md (standard; for en pull request), json, eller jsonl:
                    rapporten på første linje og så én linje per endret sak
  --cases F         saker som JSON Lines (én inndata-JSON per linje)
  --population N    antall syntetiske husstander (standard ${defaultPopulation}; 0 = ingen)
  --seed S          frø for befolkningen (standard 1)
  --from M, --to M  beregningsmånedene i befolkningen (standard: befolknings-
                    modulens, rules/${populationModuleFile})
  --month M         hele befolkningen i måned M
  --workers N|auto  arbeidstråder for virkningen (standard auto: flere tråder fra
                    20 000 saker)
  --measure U       utdata som summeres (standard stønad)
  --group-by FELT   oppsummerer også etter verdien av feltet FELT i hver sak
                    (f.eks. kommune); et felt reglene ikke har som inndata, tas
                    ut av saken før den beregnes
  --overstyr n=v    overstyrer skjønnet n med verdien v i hver sak, i den
                    versjonen som har skjønnet (f.eks. prisjustering=5%)
  --old-module M    modulen den gamle siden beregnes gjennom
  --new-module M    modulen den nye siden beregnes gjennom
  --rules DIR       regelmappen (standard: nærmeste «rules»)
  --no-tests        tar ikke med regeltestene som saker
  --max-cases N     endrede saker som listes per gruppe i Markdown (standard 100)
  -o, --output F    skriver rapporten til filen F
  --fail-on-breaking  avslutningskode 1 hvis endringen er brytende
  --engine duckdb   virkningen beregnes med SQL i DuckDB (docs/sql.md): sidene er
                    regelmapper, --population saker.parquet|.csv er sakene som
                    tabeller, -o F.parquet får én rad per sak (før, etter,
                    endring), og oppsummeringen per --group-by skrives som Markdown
  -h, --help        viser denne hjelpen

${exitCodeHelp}`,
  options: {
    format: { type: 'string' },
    cases: { type: 'string' },
    population: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    month: { type: 'string' },
    workers: { type: 'string' },
    measure: { type: 'string' },
    overstyr: { type: 'string', multiple: true },
    'old-module': { type: 'string' },
    'new-module': { type: 'string' },
    rules: { type: 'string' },
    'no-tests': { type: 'boolean' },
    'max-cases': { type: 'string' },
    'group-by': { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on-breaking': { type: 'boolean' },
    engine: { type: 'string' },
  },
  async run(args, io) {
    if (args.values['engine'] !== undefined) return (await loadSqlPart('diff', () => import('./diff-duckdb.js'))).diffWithEngine(io, args);
    if (args.positionals.length !== 2) throw usageError('diff', args.positionals.length < 2 ? 'trenger to sider: <gammel> <ny>' : `uventet argument «${args.positionals[2]}»`);
    const [oldSpec, newSpec] = args.positionals as [string, string];
    const format = stringOption(args, 'format') ?? 'md';
    if (format !== 'md' && format !== 'json' && format !== 'jsonl') throw usageError('diff', `--format må være md, json eller jsonl, ikke «${format}»`);
    const rules = stringOption(args, 'rules');
    const module = await populationModule(io, 'diff', rules ?? 'rules');
    if (!module && stringOption(args, 'population') !== undefined && stringOption(args, 'population') !== '0') {
      throw usageError('diff', `--population trenger befolkningsmodulen til reglene (${rules ?? 'rules'}/${populationModuleFile}), og den finnes ikke`);
    }
    const population = populationOptions('diff', args, module ? defaultPopulation : 0, module, 'population');
    const maxCases = wholeNumber(args, 'max-cases', 100);
    const overrides = (args.values['overstyr'] as unknown as string[] | undefined)?.map(parseOverride) ?? [];
    const groupBy = stringOption(args, 'group-by');
    if (groupBy !== undefined && !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(groupBy)) throw usageError('diff', `--group-by «${groupBy}» må være navnet på et felt i saken (som kommune)`);

    const started = performance.now();
    const side = async (spec: string, module: string | undefined) => {
      try {
        return await resolveSide(spec, { cwd: io.cwd, ...(rules !== undefined ? { rules } : {}), ...(module !== undefined ? { module } : {}) });
      } catch (error) {
        if (error instanceof SideError) throw new CliError(`diff: ${error.message}`, sideExitCode[error.kind]);
        throw error;
      }
    };
    const [oldSide, newSide] = await Promise.all([side(oldSpec, stringOption(args, 'old-module')), side(newSpec, stringOption(args, 'new-module'))]);
    const cases = await readCases(io, stringOption(args, 'cases'));
    const options: ImpactOptions & { readonly populationModule?: LoadedPopulationModule } = {
      tests: !flag(args, 'no-tests'),
      ...(cases ? { cases: cases.cases, casesLabel: cases.label } : {}),
      ...(population.size > 0 ? { population } : {}),
      ...(module ? { populationModule: module } : {}),
      ...(stringOption(args, 'measure') !== undefined ? { measure: stringOption(args, 'measure') } : {}),
      ...(overrides.length > 0 ? { overrides } : {}),
      ...(groupBy !== undefined ? { groupBy } : {}),
    };
    const given = workersOption('diff', args) ?? 'auto';
    const workers = given === 'auto' ? autoWorkers(population.size + (cases?.cases.length ?? 0)) : given;

    let report;
    try {
      report = await diffRuleSetsParallel(oldSide, newSide, { ...options, workers });
    } catch (error) {
      if (!(error instanceof ReviewError)) throw error;
      if (error.diagnostics.length > 0) io.err(error.diagnostics.map((d) => `${diagnosticLine(d)}\n`).join(''));
      const usage = error.diagnostics.length === 0;
      throw new CliError(`diff: ${error.message}${usage ? ' (bruk --old-module/--new-module)' : '; rett feilene først («lovkode check»)'}`, usage ? ExitCode.usage : ExitCode.failed);
    }
    const text = format === 'json' ? renderJson(report) : format === 'jsonl' ? renderJsonLines(report) : renderMarkdown(report, { maxCases });
    const output = stringOption(args, 'output');
    if (output !== undefined) await writeText(path.resolve(io.cwd, output), output, text);
    else await io.out(text);

    const evaluated = report.impact?.groups.reduce((n, g) => n + g.cases, 0) ?? 0;
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    io.err(`lovkode diff: ${evaluated} saker beregnet med begge versjonene${workers > 0 ? ` (${workers} arbeidstråder)` : ''} på ${seconds} s\n`);
    const breaking = [...report.structural.interface, ...report.structural.types].some((c) => c.breaking);
    return flag(args, 'fail-on-breaking') && breaking ? ExitCode.failed : ExitCode.ok;
  },
};

function wholeNumber(args: ParsedArgs, name: string, fallback: number, max = 1_000_000): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max) throw usageError('diff', `--${name} «${text}» må være et heltall fra 0 til ${max}`);
  return Number(text);
}

/** `navn=verdi`: a number, a percentage (`5%` → 0.05), JSON, or else text. */
function parseOverride(text: string): { navn: string; verdi: JsonValue; begrunnelse: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw usageError('diff', `--overstyr «${text}» må ha formen navn=verdi`);
  const navn = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim().replace(/,/g, '.');
  let verdi: JsonValue;
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(raw);
  if (percent) verdi = new Decimal(percent[1] as string).div(100).toString();
  else if (/^-?\d+(\.\d+)?$/.test(raw)) verdi = raw;
  else {
    try {
      verdi = JSON.parse(text.slice(eq + 1)) as JsonValue;
    } catch {
      verdi = text.slice(eq + 1).trim();
    }
  }
  return { navn, verdi, begrunnelse: `Overstyrt for konsekvensberegningen (lovkode diff --overstyr ${navn})` };
}

async function readCases(io: Io, given: string | undefined): Promise<{ cases: ReviewCase[]; label: string } | undefined> {
  if (given === undefined) return undefined;
  const shown = given === '-' ? 'standard inn' : given;
  const stream = await openInput(io, given, { sizeLimit: false });
  const cases: ReviewCase[] = [];
  for await (const lines of readLines(stream, shown)) {
    for (const line of lines) {
      if (!line.tooLarge && !line.notUtf8 && line.text.trim() === '') continue;
      let input: unknown;
      try {
        input = line.tooLarge || line.notUtf8 ? undefined : readJson(line.text);
      } catch {
        input = undefined; // Not JSON, or not read exactly: both versions reject it; the report lists it as failing in both.
      }
      cases.push({ id: `${path.basename(shown)}:${line.number}`, group: 'cases', input });
    }
  }
  return { cases, label: `saksfilen ${shown}` };
}

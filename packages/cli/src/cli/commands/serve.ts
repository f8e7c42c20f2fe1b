import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { RuleSource } from '@lovkode/dsl';
import { compile, type CompiledRules } from '@lovkode/engine';
import { defaults, type ServiceLimits } from '../../server/limits.js';
import type { LogOptions } from '../../server/logging.js';
import { RulesetRegistry, type RulesetInput } from '../../server/rulesets.js';
import { readGitRuleFiles } from '../../files/git.js';
import { parseRulesetSpec, type RulesetSpec } from '../../server/sources.js';
import { exitCodeHelp, stringOption, usageError, type Command, type ParsedArgs } from '../args.js';
import { CliError, ExitCode, readRuleFiles, type Io } from '../io.js';
import { diagnosticLine } from '../rules.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'starter HTTP-tjenesten som beregner saker (docs/http.md)',
  help: `Bruk: lovkode serve [<regler…>] [--rules navn=sti]… [--port P] [--host H]
                      [--module M] [--default navn] [--max-batch N]
                      [--max-explained-batch N] [--body-limit B]
                      [--max-response-bytes B] [--deadline MS]
                      [--request-timeout MS] [--max-connections N]
                      [--cors-origin O]… [--log-level L] [--workers N|auto]

Starter en tilstandsløs HTTP-tjeneste som beregner saker med reglene:

  POST /v1/evaluate        én sak → {values, warnings, ruleset}
                           (?explain=true: sporingen, ?begrunnelse=true: begrunnelsen)
  POST /v1/evaluate/batch  {"cases": […]} → ett resultat eller én feil per sak
  GET  /v1/schema          JSON Schema for inndataene
  GET  /v1/rules           moduler, utdata, kilder, satstabeller og regelsett-id
  GET  /v1/health          om tjenesten lever (svarer også mens den stopper)
  GET  /v1/ready           om tjenesten tar imot arbeid (503 mens den stopper)
  GET  /metrics            forespørsler og svartider i Prometheus-format
  GET  /openapi.json       OpenAPI 3.1-dokumentet

Tjenesten kan ha flere versjoner av reglene. En forespørsel velger én med
headeren «Lovkode-Ruleset: sha256:…» (eller ?ruleset=, id eller navn); uten valg
brukes standard. Hvert resultat sier hvilket regelsett det ble beregnet med.

Valg:
  --rules navn=sti        et regelsett fra filer eller mapper (kan gis flere ganger)
  --rules navn=git:REV:sti
                          reglene under «sti» slik de er i git-revisjonen REV
  --port P                porten (standard 8080; 0 velger en ledig port)
  --host H                adressen det lyttes på (standard 127.0.0.1)
  --module M              modulen som skal beregnes (standard: den ene modulen
                          med utdata)
  --default navn          regelsettet som brukes uten valg (standard: reglene gitt
                          som argumenter, «default», ellers det første --rules)
  --max-batch N           høyst N saker per bunke (standard ${defaults.maxBatch})
  --max-explained-batch N høyst N saker per bunke med explain eller begrunnelse
                          (standard ${defaults.maxExplainedBatch})
  --body-limit B          høyst B byte per forespørsel (standard ${defaults.bodyLimit})
  --max-response-bytes B  høyst B byte per svar; et større svar avvises med 422
                          (standard ${defaults.maxResponseBytes})
  --deadline MS           tid per forespørsel til å beregne og skrive svaret; saker
                          i en bunke som ikke er beregnet innen fristen, får feilen
                          «timeout» (standard ${defaults.deadlineMs})
  --request-timeout MS    tid klienten har til å sende hele forespørselen, ellers
                          408 (standard ${defaults.requestTimeoutMs})
  --max-connections N     høyst N åpne forbindelser per prosess; flere lukkes med
                          en gang (standard ${defaults.maxConnections})
  --cors-origin O         en nettside-opprinnelse (https://vert[:port]) som får
                          kalle tjenesten fra nettleseren (kan gis flere ganger;
                          standard ingen: CORS er av)
  --log-level L           ${LOG_LEVELS.join(', ')} (standard info)
  --workers N             N prosesser som deler porten (node:cluster), for å bruke
                          flere kjerner; «auto» gir én per kjerne (standard 1)
  -h, --help              viser denne hjelpen

Loggen er JSON på standard ut, én linje per forespørsel (id, rute, status,
varighet, regelsett). SIGTERM eller SIGINT stopper tjenesten: nye forespørsler
avvises, og de som er i gang, fullføres først (avslutningskode 0); med --workers
gjelder det hver prosess. En prosess som stopper uventet, startes på nytt.
Kan tjenesten ikke lytte på adressen (f.eks. porten er i bruk), er koden 1.

${exitCodeHelp}`,
  options: {
    rules: { type: 'string', multiple: true },
    port: { type: 'string' },
    host: { type: 'string' },
    module: { type: 'string' },
    default: { type: 'string' },
    'max-batch': { type: 'string' },
    'max-explained-batch': { type: 'string' },
    'body-limit': { type: 'string' },
    'max-response-bytes': { type: 'string' },
    deadline: { type: 'string' },
    'request-timeout': { type: 'string' },
    'max-connections': { type: 'string' },
    'log-level': { type: 'string' },
    'cors-origin': { type: 'string', multiple: true },
    workers: { type: 'string' },
  },
  async run(args, io) {
    try {
      return await serve(args, io);
    } finally {
      // A process of --workers: its channel to the supervisor would keep it alive.
      if (cluster.isWorker) cluster.worker?.disconnect();
    }
  },
};

async function serve(args: ParsedArgs, io: Io): Promise<number> {
  const specs = rulesetSpecs(args);
  const port = integerOption(args, 'port', 8080, 0, 65535);
  const host = stringOption(args, 'host') ?? '127.0.0.1';
  const level = stringOption(args, 'log-level') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw usageError('serve', `--log-level må være én av ${LOG_LEVELS.join(', ')}`);
  const module = stringOption(args, 'module');

  const workers = workerCount(args);

  const inputs: RulesetInput[] = [];
  for (const spec of specs) inputs.push(await loadRuleset(io, spec, module));
  // The rules are checked here first, so that errors are reported once, before any process starts.
  if (workers > 1 && cluster.isPrimary) return supervise(workers, level);
  let registry: RulesetRegistry;
  try {
    registry = new RulesetRegistry(inputs, stringOption(args, 'default'));
  } catch (error) {
    throw usageError('serve', (error as Error).message);
  }

  const limits = serviceLimits(args);
  // fastify is loaded here, not when `lovkode` starts: every other command runs without it.
  const { createServer } = await import('../../server/app.js');
  const app = createServer({ rulesets: registry, ...limits, corsOrigins: corsOrigins(args), logger: { level: level as NonNullable<LogOptions['level']> } });

  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (error) {
    await app.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'adressen er i bruk' : code === 'EADDRNOTAVAIL' ? 'adressen finnes ikke på maskinen' : code === 'EACCES' ? 'ikke tilgang' : (error as Error).message;
    throw new CliError(`serve: kan ikke lytte på ${host}:${port}: ${why}`, ExitCode.failed);
  }
  app.log.info({ address, default: registry.default.hash, rulesets: registry.known(), pid: process.pid }, 'lovkode serve lytter');

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      app.log.info({ signal }, 'stopper: fullfører forespørsler som er i gang');
      // A client that never finishes its request must not keep the service alive for ever.
      const force = setTimeout(() => app.server.closeAllConnections(), limits.requestTimeoutMs + limits.deadlineMs);
      force.unref();
      app.close().then(
        () => {
          clearTimeout(force);
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          app.log.info('stoppet');
          resolve(ExitCode.ok);
        },
        (error: unknown) => {
          app.log.error({ err: error }, 'feil under stopp');
          resolve(ExitCode.internal);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/** The limits given on the command line (docs/http.md, "Limits"), each checked; the defaults for the rest. */
function serviceLimits(args: ParsedArgs): Omit<ServiceLimits, 'sliceMs' | 'keepAliveTimeoutMs'> {
  const GiB = 1024 * 1024 * 1024;
  return {
    maxBatch: integerOption(args, 'max-batch', defaults.maxBatch, 1, 1_000_000),
    maxExplainedBatch: integerOption(args, 'max-explained-batch', defaults.maxExplainedBatch, 1, 1_000_000),
    bodyLimit: integerOption(args, 'body-limit', defaults.bodyLimit, 1, GiB),
    maxResponseBytes: integerOption(args, 'max-response-bytes', defaults.maxResponseBytes, 1024, GiB),
    deadlineMs: integerOption(args, 'deadline', defaults.deadlineMs, 1, 3_600_000),
    requestTimeoutMs: integerOption(args, 'request-timeout', defaults.requestTimeoutMs, 100, 3_600_000),
    maxConnections: integerOption(args, 'max-connections', defaults.maxConnections, 1, 1_000_000),
  };
}

/** The origins of --cors-origin, each an origin (scheme, host, port) and nothing more. */
function corsOrigins(args: ParsedArgs): string[] {
  const given = args.values['cors-origin'];
  const list = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  return list.map((text) => {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== text.replace(/\/+$/, '')) {
      throw usageError('serve', `--cors-origin: «${text}» er ikke en opprinnelse som https://saksbehandling.kommune.no (skjema, vert og eventuelt port, uten sti)`);
    }
    return url.origin;
  });
}

function workerCount(args: ParsedArgs): number {
  const text = stringOption(args, 'workers');
  if (text === 'auto') return availableParallelism();
  return integerOption(args, 'workers', 1, 1, 64);
}

/** One JSON log line of the supervising process, in the format of the service's own, if `configured` lets it through. */
function supervisorLog(configured: string, level: 'error' | 'warn' | 'info', message: string, fields: Record<string, unknown> = {}): void {
  if (configured === 'silent' || LOG_LEVELS.indexOf(level) > LOG_LEVELS.indexOf(configured as (typeof LOG_LEVELS)[number])) return;
  process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), ...fields, msg: message })}\n`);
}

/**
 * `--workers N`: N processes of this same command serve the port together (node:cluster).
 * SIGTERM or SIGINT is passed on to each, which finishes its requests and exits; a process
 * that stops unexpectedly is replaced, but one that cannot start (e.g. the port is taken)
 * stops them all.
 */
function supervise(count: number, level: string): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    let failed = false;
    const running = new Set<Worker>();
    const listening = new Set<Worker>();
    const start = () => {
      const worker = cluster.fork();
      running.add(worker);
      worker.once('listening', () => listening.add(worker));
      worker.once('exit', (code, signal) => {
        running.delete(worker);
        const wasListening = listening.delete(worker);
        if (stopping) {
          if (code !== 0) failed = true;
        } else if (!wasListening) {
          // It never started: starting it again would fail the same way.
          supervisorLog(level, 'error', 'en prosess kunne ikke starte; stopper alle', { pid: worker.process.pid, code, signal });
          failed = true;
          stop('SIGTERM');
        } else {
          supervisorLog(level, 'warn', 'en prosess stoppet uventet; starter en ny', { pid: worker.process.pid, code, signal });
          start();
        }
        if (stopping && running.size === 0) {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          supervisorLog(level, 'info', 'stoppet');
          resolve(failed ? ExitCode.failed : ExitCode.ok);
        }
      });
    };
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      supervisorLog(level, 'info', 'stopper alle prosessene', { signal });
      for (const worker of running) worker.process.kill('SIGTERM');
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    supervisorLog(level, 'info', `starter ${count} prosesser`, { workers: count });
    for (let i = 0; i < count; i++) start();
  });
}

/** The positional paths (named `default`) and every `--rules`. */
function rulesetSpecs(args: ParsedArgs): RulesetSpec[] {
  const raw = args.values['rules'] as unknown;
  const given = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const specs: RulesetSpec[] = [];
  if (args.positionals.length > 0) specs.push({ name: 'default', kind: 'path', paths: args.positionals });
  for (const text of given) {
    try {
      specs.push(parseRulesetSpec(text));
    } catch (error) {
      throw usageError('serve', `--rules: ${(error as Error).message}`);
    }
  }
  if (specs.length === 0) throw usageError('serve', 'mangler regelfiler (som argumenter eller med --rules navn=sti)');
  return specs;
}

async function loadRuleset(io: Io, spec: RulesetSpec, module: string | undefined): Promise<RulesetInput> {
  let files: RuleSource[];
  let source: string;
  if (spec.kind === 'path') {
    files = await readRuleFiles(io.cwd, spec.paths);
    source = spec.paths.join(' ');
  } else {
    source = `git:${spec.revision}:${spec.path}`;
    try {
      files = await readGitRuleFiles(io.cwd, spec.revision, spec.path);
    } catch (error) {
      throw new CliError(`serve: regelsettet «${spec.name}» (${source}): ${(error as Error).message}`, ExitCode.noInput);
    }
  }
  return { name: spec.name, rules: compileRuleset(io, spec.name, files, module), source };
}

function compileRuleset(io: Io, name: string, files: readonly RuleSource[], module: string | undefined): CompiledRules {
  const compiled = compile(files, module !== undefined ? { module } : {});
  if (compiled.ok) return compiled.rules;
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.every((d) => d.file === '')) {
    throw new CliError(`serve: regelsettet «${name}»: ${errors.map((d) => d.message).join('; ')} (bruk --module <modul>)`, ExitCode.usage);
  }
  io.err(errors.map((d) => `${diagnosticLine(d)}\n`).join(''));
  throw new CliError(`serve: regelsettet «${name}» har ${errors.length === 1 ? 'én feil' : `${errors.length} feil`}; rett dem først («lovkode check»)`, ExitCode.failed);
}

function integerOption(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw usageError('serve', `--${name} «${text}» må være et heltall fra ${min} til ${max}`);
  }
  return value;
}

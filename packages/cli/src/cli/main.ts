/**
 * `lovkode` — the command line of Lovkode: check, test, run, schema and fmt.
 *
 *   lovkode check rules/
 *   lovkode run rules/ --input sak.json --begrunnelse
 *
 * User errors are one clear line and an exit code (see `exitCodeHelp`); only a bug in
 * lovkode prints "intern feil: …" (exit 70), with the stack trace if LOVKODE_DEBUG is set.
 */
import { pathToFileURL } from 'node:url';
import { formatDiagnostic } from '@lovkode/dsl';
import { version } from '../version.js';
import { isMainThread } from 'node:worker_threads';
import { exitCodeHelp, parseCommandArgs, type Command } from './args.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { coverageCommand } from './commands/coverage.js';
import { diffCommand } from './commands/diff.js';
import { fmtCommand } from './commands/fmt.js';
import { lspCommand } from './commands/lsp.js';
import { populationCommand } from './commands/population.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { serveCommand } from './commands/serve.js';
import { sqlCommand } from './commands/sql.js';
import { testCommand } from './commands/test.js';
import { typesCommand } from './commands/types.js';
import { CliError, ExitCode, processIo, UnreadableRuleFiles, type Io } from './io.js';

export const commands: readonly Command[] = [checkCommand, testCommand, runCommand, schemaCommand, typesCommand, buildCommand, fmtCommand, serveCommand, diffCommand, populationCommand, sqlCommand, coverageCommand, lspCommand];

export const mainHelp = `lovkode – regler for økonomisk stønad som kode

Bruk: lovkode <kommando> [valg] [argumenter…]

Kommandoer:
${commands.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Stier kan være filer eller mapper (alle *.lov under mappen, unntatt skjulte mapper
og node_modules). Filstier regnes relativt til mappen du står i, så kjør fra roten
av regelsamlingen for å få samme regelsett-id ("ruleset").

Skriv «lovkode <kommando> --help» for mer om hver kommando, og «lovkode --version» for
versjonen.

${exitCodeHelp}
`;

/** Runs `lovkode` with the arguments after the program name; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.err(mainHelp);
      return ExitCode.usage;
    }
    if (name === '--version' || name === '-V') {
      await io.out(`lovkode ${version}\n`);
      return ExitCode.ok;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' && rest[0] !== undefined ? commands.find((c) => c.name === rest[0]) : undefined;
      if (name === 'help' && rest[0] !== undefined && !topic) throw unknownCommand(rest[0]);
      await io.out(topic ? `${topic.help}\n` : mainHelp);
      return ExitCode.ok;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw unknownCommand(name);
    const args = parseCommandArgs(command, rest);
    if (args.values['help'] === true) {
      await io.out(`${command.help}\n`);
      return ExitCode.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      if (error instanceof UnreadableRuleFiles) io.err(error.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join(''));
      io.err(`lovkode: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`intern feil: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    if (process.env['LOVKODE_DEBUG'] && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return ExitCode.internal;
  }
}

function unknownCommand(name: string): CliError {
  const what = name.startsWith('-') ? `ukjent valg «${name}»` : `ukjent kommando «${name}»`;
  return new CliError(`${what}\nKommandoer: ${commands.map((c) => c.name).join(', ')}. Skriv «lovkode --help» for en oversikt.`, ExitCode.usage);
}

/**
 * Runs the command as a process: the exit code is set when it is done (so the output drains
 * instead of being cut off by process.exit()), and a closed pipe (`lovkode run … | head`) is
 * not an error. The launcher (packages/cli/bin/lovkode.mjs) calls this in its bundle.
 */
export function runAsProcess(args: readonly string[]): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`intern feil: kan ikke skrive til stdout (${error.code ?? error.message})\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : ExitCode.internal);
  });
  main(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`intern feil: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = ExitCode.internal;
    },
  );
}

/** Run as a script (not imported, and not as the worker threads of `diff`, which load the same bundle). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  return isMainThread && script !== undefined && import.meta.url === pathToFileURL(script).href;
}

if (isEntryPoint()) runAsProcess(process.argv.slice(2));

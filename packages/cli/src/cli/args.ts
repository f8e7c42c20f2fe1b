import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, ExitCode, type Io } from './io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** One `lovkode` command: its options, help text and what it does. */
export interface Command {
  readonly name: string;
  /** One line for the overview in `lovkode --help`. */
  readonly summary: string;
  readonly help: string;
  readonly options: OptionSpec;
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** The exit codes, as the help texts list them. */
export const exitCodeHelp = `Avslutningskoder:
  0   alt i orden
  1   reglene har feil, en test feilet, eller (fmt --check) filer må formateres
  2   run: ugyldig inndata eller feil under beregningen
  64  feil bruk: ukjent kommando eller valg, manglende argument
  66  finner ikke eller kan ikke lese en fil eller mappe
  70  intern feil i lovkode`;

/** Parses a command's arguments strictly; unknown options and missing values are usage errors. */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new CliError(`${command.name}: ${describeParseError(error)}\nSkriv «lovkode ${command.name} --help» for bruk.`, ExitCode.usage);
  }
}

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' <]*)/.exec(message ?? '')?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `ukjent valg «${option ?? message}»`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message ?? '') ? `valget «${option}» tar ingen verdi` : `valget «${option}» trenger en verdi`;
    default:
      return message ?? String(error);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** `--workers N|auto`: `auto`, a whole number of worker threads from 0 to 64, or undefined when not given. */
export function workersOption(command: string, args: ParsedArgs): number | 'auto' | undefined {
  const text = stringOption(args, 'workers');
  if (text === undefined || text === 'auto') return text;
  if (!/^\d+$/.test(text) || Number(text) > 64) throw usageError(command, `--workers «${text}» må være et heltall fra 0 til 64 eller auto`);
  return Number(text);
}

export function usageError(command: string, message: string): CliError {
  return new CliError(`${command}: ${message}\nSkriv «lovkode ${command} --help» for bruk.`, ExitCode.usage);
}

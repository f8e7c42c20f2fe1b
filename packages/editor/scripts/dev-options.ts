/**
 * The options of `pnpm dev`: `--port N` (or `--port=N`) and `--host H`, with the editor's
 * defaults (127.0.0.1:5173). pnpm hands a `--` on to the script (`pnpm dev -- --port 5190`),
 * so a `--` is skipped.
 */
export interface DevOptions {
  readonly host: string;
  readonly port: number;
}

export const defaultDevOptions: DevOptions = { host: '127.0.0.1', port: 5173 };

export function devOptions(args: readonly string[]): DevOptions | { readonly error: string } {
  let { host, port } = defaultDevOptions;
  const rest = args.filter((arg) => arg !== '--').flatMap((arg) => (/^--(port|host)=/.test(arg) ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let i = 0; i < rest.length; i++) {
    const name = rest[i] as string;
    const value = rest[i + 1];
    if (name !== '--port' && name !== '--host') return { error: `Ukjent valg: ${name}. Bruk --port N eller --host H.` };
    if (value === undefined || value.startsWith('--')) return { error: `${name} mangler en verdi.` };
    i++;
    if (name === '--host') {
      host = value;
      continue;
    }
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(parsed >= 1 && parsed <= 65_535)) return { error: `Ugyldig port: ${value}. En port er et helt tall fra 1 til 65535.` };
    port = parsed;
  }
  return { host, port };
}

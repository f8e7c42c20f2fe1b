/**
 * Which Chromium the browser tests drive. Debian's `/usr/bin/chromium` when the machine has
 * it (or `LOVKODE_CHROMIUM` names another); otherwise the headless Chromium that ships inside
 * the `@sparticuz/chromium` npm package, so that the README's test command needs nothing but
 * Node.js and npm. The package's own launch flags are meant for serverless functions
 * (`--single-process`, `--disable-web-security`, …): we take its binary, not its flags, so
 * the browser enforces the same origin rules as a user's.
 */
import { existsSync } from 'node:fs';

export interface BrowserBinary {
  readonly executablePath: string;
  readonly args: readonly string[];
  /** Where the binary comes from, for the test log. */
  readonly origin: 'system' | 'environment' | 'npm';
}

const commonArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check'];

const systemChromium = '/usr/bin/chromium';

export async function browserBinary(): Promise<BrowserBinary> {
  const named = process.env['LOVKODE_CHROMIUM'];
  if (named) return { executablePath: named, args: ['--headless', ...commonArgs], origin: 'environment' };
  if (existsSync(systemChromium)) return { executablePath: systemChromium, args: ['--headless', ...commonArgs], origin: 'system' };
  const { default: packaged } = await import('@sparticuz/chromium');
  // Unpacks the Brotli-compressed binary (and its shared libraries) into the temp directory once.
  const executablePath = await packaged.executablePath();
  // The packaged build is the headless shell; it needs no zygote and renders WebGL-free pages with SwiftShader.
  return { executablePath, args: ["--headless='shell'", '--no-zygote', '--use-gl=angle', '--use-angle=swiftshader', ...commonArgs], origin: 'npm' };
}

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI is run from here, as `pnpm lovkode` does. */
export const root = fileURLToPath(new URL('../../../../', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `lovkode` command (the launcher `pnpm lovkode` runs) in a child process from the repository root. */
export function lovkode(args: readonly string[], options: { readonly stdin?: string | Buffer } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['packages/cli/bin/lovkode.mjs', ...args], {
      cwd: root,
      env: { ...process.env, LOVKODE_DEBUG: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

/** A fresh temporary directory, and a way to remove it. */
export function tempDir(): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'lovkode-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A path as the CLI prints it: relative to the repository root, with `/`. */
export function shown(file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

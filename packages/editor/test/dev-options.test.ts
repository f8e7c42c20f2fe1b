import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { devOptions } from '../scripts/dev-options';

describe('pnpm dev: the port and host', () => {
  it('defaults to 127.0.0.1:5173', () => {
    expect(devOptions([])).toEqual({ host: '127.0.0.1', port: 5173 });
  });

  it('takes --port N and --port=N, with or without the -- pnpm passes on', () => {
    expect(devOptions(['--port', '5190'])).toEqual({ host: '127.0.0.1', port: 5190 });
    expect(devOptions(['--', '--port', '5191'])).toEqual({ host: '127.0.0.1', port: 5191 });
    expect(devOptions(['--port=5192'])).toEqual({ host: '127.0.0.1', port: 5192 });
    expect(devOptions(['--', '--host', 'localhost', '--port', '5193'])).toEqual({ host: 'localhost', port: 5193 });
  });

  it('refuses a port that is no port, a missing value and an unknown option, in Norwegian', () => {
    expect(devOptions(['--port', 'abc'])).toEqual({ error: 'Ugyldig port: abc. En port er et helt tall fra 1 til 65535.' });
    expect(devOptions(['--port', '70000'])).toMatchObject({ error: expect.stringMatching(/^Ugyldig port: 70000/) });
    expect(devOptions(['--port'])).toEqual({ error: '--port mangler en verdi.' });
    expect(devOptions(['--open'])).toMatchObject({ error: expect.stringMatching(/^Ukjent valg: --open/) });
  });

  it('starts the dev server on the port given after --, serving the rule-file API', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const script = fileURLToPath(new URL('../scripts/dev.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const child = spawn(process.execPath, [tsx, script, '--', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 45_000 }).toContain(`http://127.0.0.1:${port}/`);
      const response = await fetch(`http://127.0.0.1:${port}/api/rules`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { files: unknown[] }).files.length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('ingen port'))));
    });
  });
}

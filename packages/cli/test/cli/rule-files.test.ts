/**
 * Nothing lost: `lovkode fmt` and the other readers of rule files never destroy a jurist's
 * file — not when the process dies in the middle of a write, not when the file is in
 * another encoding, not when it is far too large (issue 12, items 1 and 4 and the size limit).
 */
import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxRuleFileBytes } from '@lovkode/dsl';
import { writeFileAtomic } from '../../src/files/atomic-write';
import { lovkode, root, shown, tempDir } from './lovkode';

const timeout = 120_000;
const temp = tempDir();
afterAll(() => temp.remove());

/** A valid rule file that the formatter changes, of about `rules` × 80 bytes. */
function messyRules(rules: number): string {
  const lines = ['modul   stor.fil', '', 'kilde k "K"', ''];
  for (let i = 0; i < rules; i++) lines.push(`regel   r${i} : beløp   (kilde k)`, `  =   ${i} kr+2 kr`, '');
  return lines.join('\n');
}

function write(relative: string, content: string | Uint8Array): string {
  const file = path.join(temp.dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** Runs `lovkode fmt` with the shell's file-size limit (`ulimit -f`, in KiB): the kernel kills it (SIGXFSZ) once a write passes it. */
function fmtWithFileSizeLimit(target: string, kib: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `ulimit -f ${kib}; exec "$0" packages/cli/bin/lovkode.mjs fmt "$1"`, process.execPath, target], { cwd: root, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

describe('lovkode fmt writes atomically', () => {
  it('a process killed in the middle of writing leaves the original file whole', { timeout }, async () => {
    // Bundle the CLI first, so the limit only meets fmt's own write.
    expect((await lovkode(['--help'])).code).toBe(0);
    const original = messyRules(4000);
    expect(Buffer.byteLength(original)).toBeGreaterThan(200 * 1024);
    const file = write('killed/stor.lov', original);
    const run = await fmtWithFileSizeLimit(file, 64);
    // It was killed by the kernel during the write…
    expect(run.signal ?? run.code).not.toBe(0);
    // …and the file is the original, byte for byte (an in-place write leaves 64 KiB of it).
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('keeps the file mode and leaves no temporary file behind', { timeout }, async () => {
    const file = write('mode/regler.lov', messyRules(3));
    chmodSync(file, 0o640);
    const run = await lovkode(['fmt', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(messyRules(3));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.dirname(file))).toEqual(['regler.lov']);
  });

  it('writes through a symbolic link: the link stays a link, the file it points to is formatted', { timeout }, async () => {
    const target = write('link/real/regler.lov', messyRules(3));
    const link = path.join(temp.dir, 'link/rules/regler.lov');
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.relative(path.dirname(link), target), link);
    const run = await lovkode(['fmt', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).not.toBe(messyRules(3));
    expect(readdirSync(path.dirname(link))).toEqual(['regler.lov']);
  });

  it('writeFileAtomic: two writers at once each leave a whole file, never a mix or a leftover', async () => {
    const file = write('race/fil.lov', 'gammel\n');
    const a = 'a'.repeat(1 << 20);
    const b = 'b'.repeat(1 << 20);
    await Promise.all([writeFileAtomic(file, a), writeFileAtomic(file, b)]);
    expect([a, b]).toContain(readFileSync(file, 'utf8'));
    expect(readdirSync(path.dirname(file))).toEqual(['fil.lov']);
  });
});

describe('a rule file that is not UTF-8', () => {
  // «§ 18 første ledd» as Windows-1252: § is 0xA7, ø is 0xF8.
  const latin1 = Buffer.concat([Buffer.from('modul latin\n\nkilde k "', 'latin1'), Buffer.from([0xa7]), Buffer.from(' 18 f', 'latin1'), Buffer.from([0xf8]), Buffer.from('rste ledd"\n', 'latin1')]);

  it('check reports LK1009 with the line, column and byte offset, and exits 1', { timeout }, async () => {
    const file = write('latin1/check/paragraf.lov', latin1);
    const run = await lovkode(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${shown(file)}:3:10: error LK1009: Filen er ikke UTF-8: byte 22 (0xA7) kan ikke leses (Filen ser ut til å være lagret som Windows-1252/Latin-1, der 0xA7 er «§». Lagre filen som UTF-8 i redigeringsprogrammet; lovkode leser eller endrer den ikke før det er gjort)\n`,
    );
  });

  it('fmt refuses it and leaves its bytes untouched; the other files are formatted', { timeout }, async () => {
    const broken = write('latin1/fmt/paragraf.lov', latin1);
    const other = write('latin1/fmt/annen.lov', messyRules(2));
    const run = await lovkode(['fmt', path.dirname(broken)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('LK1009');
    expect(run.stderr).toContain(`${shown(broken)}: ikke formatert fordi filen ikke kan leses som en regelfil`);
    // The summary counts it, so that an exit code of 1 is not left unexplained.
    expect(run.stderr).toContain('1 fil av 2 formatert; 1 fil kunne ikke formateres\n');
    expect(readFileSync(broken).equals(latin1)).toBe(true);
    expect(readFileSync(other, 'utf8')).not.toBe(messyRules(2));
  });

  it('run and test refuse the rule set with the diagnostic, not a result', { timeout }, async () => {
    const file = write('latin1/run/paragraf.lov', latin1);
    for (const args of [['test', file], ['run', file, '--input', '-']]) {
      const run = await lovkode(args, { stdin: '{}' });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`${shown(file)}:3:10: error LK1009`);
      expect(run.stderr).toContain('én regelfil kan ikke leses (LK1009)');
    }
  });
});

describe('a rule file larger than the limit', () => {
  it('is refused with LK1010 before it is read; fmt does not touch it', { timeout }, async () => {
    const big = `modul stor\n${'# kommentar\n'.repeat(Math.ceil(maxRuleFileBytes / 12) + 10)}`;
    const file = write('big/stor.lov', big);
    for (const args of [['check', file], ['fmt', file]]) {
      const run = await lovkode(args);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toMatch(/LK1010: Filen er 4 MB; en regelfil kan være høyst 4 MB/);
    }
    expect(readFileSync(file, 'utf8')).toBe(big);
  });
});

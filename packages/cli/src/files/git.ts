import { execFile } from 'node:child_process';
import path from 'node:path';
import type { RuleSource } from '@lovkode/dsl';
import { decodeRuleBytes } from './rule-file.js';

/**
 * Rule files as they are in a git revision: the `.lov` files under a path, read with
 * `git ls-tree` and `git show`, run without a shell. Used by `lovkode serve` (pinned rule-set
 * versions) and by the review (`lovkode diff <rev> <rev>`).
 */

function git(cwd: string, args: readonly string[]): Promise<string> {
  return gitBytes(cwd, args).then((stdout) => stdout.toString('utf8'));
}

/** Git's output as bytes: a rule file is decoded strictly by `decodeRuleBytes`, never with replacement characters. */
function gitBytes(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        reject(new Error(code === 'ENOENT' ? 'finner ikke programmet git' : (stderr.toString('utf8').trim().split('\n')[0] ?? error.message)));
      } else {
        resolve(stdout);
      }
    });
  });
}

/** The `.lov` files under `given` in `revision`, with paths relative to `cwd` (as for files in the tree). */
export async function readGitRuleFiles(cwd: string, revision: string, given: string): Promise<RuleSource[]> {
  const commit = (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).catch(() => '')).trim();
  if (!/^[0-9a-f]{40,64}$/.test(commit)) throw new Error(`finner ikke git-revisjonen «${revision}»`);
  const listing = await git(cwd, ['ls-tree', '-r', '-z', '--name-only', commit, '--', given]);
  const base = path.posix.normalize(given.split(path.sep).join('/'));
  const files = listing
    .split('\0')
    .filter((file) => file.endsWith('.lov'))
    .filter((file) => {
      // As for directories in the tree: skip hidden directories and node_modules below the given path.
      const relative = path.posix.relative(base === '.' ? '' : base, file);
      const directories = relative.split('/').slice(0, -1);
      return !directories.some((d) => (d.startsWith('.') && d !== '..') || d === 'node_modules');
    })
    .sort();
  if (files.length === 0) throw new Error(`ingen .lov-filer under «${given}» i git-revisjonen «${revision}»`);
  return Promise.all(files.map(async (file) => ({ path: file, text: decodeRuleBytes(await gitBytes(cwd, ['show', `${commit}:./${file}`]), file) })));
}

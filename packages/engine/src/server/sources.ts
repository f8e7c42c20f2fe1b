import { execFile } from 'node:child_process';
import path from 'node:path';
import type { RuleSource } from '@lovkode/dsl';
import { decodeRuleBytes } from '../files/rule-file';

/**
 * Where the rule-set versions of `lovkode serve` come from: `--rules name=path` (files or
 * directories in the working tree) or `--rules name=git:<rev>:<path>` (the `.lov` files
 * under `path` as they are in a git revision, read with `git ls-tree` and `git show`,
 * run without a shell). Paths are relative to the working directory in both cases, so the
 * same rules give the same hash whether they are read from the tree or from git.
 */
export type RulesetSpec =
  | { readonly name: string; readonly kind: 'path'; readonly paths: readonly string[] }
  | { readonly name: string; readonly kind: 'git'; readonly revision: string; readonly path: string };

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Parses `name=path` or `name=git:<rev>:<path>`; throws an `Error` with a Norwegian message. */
export function parseRulesetSpec(text: string): RulesetSpec {
  const at = text.indexOf('=');
  if (at <= 0) throw new Error(`«${text}» er ikke på formen navn=sti eller navn=git:<revisjon>:<sti>`);
  const name = text.slice(0, at);
  const target = text.slice(at + 1);
  if (!NAME.test(name)) throw new Error(`«${name}» er ikke et gyldig navn på et regelsett (bokstaver, sifre, . _ -; høyst 64 tegn)`);
  if (name.startsWith('sha256')) throw new Error(`Navnet «${name}» kan forveksles med en regelsett-id`);
  if (target.startsWith('git:')) {
    const rest = target.slice(4);
    const colon = rest.indexOf(':');
    const revision = colon < 0 ? rest : rest.slice(0, colon);
    const inRepo = colon < 0 ? '.' : rest.slice(colon + 1) || '.';
    if (revision === '' || revision.startsWith('-') || /\s/.test(revision)) {
      throw new Error(`«${target}» har ingen gyldig git-revisjon (git:<revisjon>:<sti>)`);
    }
    return { name, kind: 'git', revision, path: inRepo };
  }
  if (target === '') throw new Error(`regelsettet «${name}» mangler en sti`);
  return { name, kind: 'path', paths: [target] };
}

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

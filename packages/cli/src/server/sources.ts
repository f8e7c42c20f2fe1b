/**
 * Where the rule-set versions of `lovkode serve` come from: `--rules name=path` (files or
 * directories in the working tree) or `--rules name=git:<rev>:<path>` (the `.lov` files
 * under `path` as they are in a git revision, read by `readGitRuleFiles` in ../files/git.ts).
 * Paths are relative to the working directory in both cases; the ruleset id counts them from
 * the rule root, so the same rules give the same id whether read from the tree or from git.
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

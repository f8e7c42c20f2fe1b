/** The dev server's rule-file API (server/rules-api.ts, docs/editor-files.md). */

export interface RuleFile {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

/** Why a rule file cannot be opened: its diagnostic (LK1009 not UTF-8, LK1010 too large), or a link out of the rules folder. */
export interface RuleFileProblem {
  readonly code?: string;
  readonly message: string;
  readonly hint?: string;
}

/** A rule file on disk that the editor cannot read, and therefore never overwrites. */
export interface UnreadableRuleFile {
  readonly path: string;
  readonly problem: RuleFileProblem;
}

export interface RuleListing {
  readonly root: string;
  readonly exists: boolean;
  readonly files: RuleFile[];
  readonly unreadable: UnreadableRuleFile[];
}

export type RuleFileRead =
  | { readonly kind: 'readable'; readonly file: RuleFile }
  | { readonly kind: 'unreadable'; readonly file: UnreadableRuleFile }
  | { readonly kind: 'missing' };

export type SaveResult =
  | { readonly kind: 'saved'; readonly hash: string }
  | { readonly kind: 'conflict'; readonly text: string | undefined; readonly hash: string | undefined }
  | { readonly kind: 'unreadable'; readonly message: string; readonly problem: RuleFileProblem }
  | { readonly kind: 'failed'; readonly message: string };

const base = new URL('api/rules', new URL('.', document.baseURI)).pathname;

/** Calls `changed` with the path of each rule file changed on disk, as the server reports them (`GET /api/rules/changes`). */
export function followRuleChanges(changed: (path: string) => void): void {
  const events = new EventSource(`${base}/changes`);
  events.addEventListener('message', (event) => changed((JSON.parse((event as MessageEvent<string>).data) as { path: string }).path));
}

export async function listRules(): Promise<RuleListing> {
  const response = await fetch(base, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Kunne ikke hente regelfilene (${response.status})`);
  const listing = (await response.json()) as RuleListing;
  return { ...listing, unreadable: listing.unreadable ?? [] };
}

export async function readRule(path: string): Promise<RuleFileRead> {
  const response = await fetch(`${base}/file?path=${encodeURIComponent(path)}`, { cache: 'no-store' });
  if (response.status === 404) return { kind: 'missing' };
  if (response.status === 422 || response.status === 403) {
    const body = (await response.json().catch(() => ({}))) as { problem?: RuleFileProblem; error?: string };
    if (body.problem) return { kind: 'unreadable', file: { path, problem: body.problem } };
  }
  if (!response.ok) throw new Error(`Kunne ikke lese ${path} (${response.status})`);
  return { kind: 'readable', file: (await response.json()) as RuleFile };
}

/** Saves `text` over the version with `hash` (undefined: a new file). A changed file on disk is a conflict. */
export async function saveRule(path: string, text: string, hash: string | undefined): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetch(`${base}/file?path=${encodeURIComponent(path)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...(hash ? { 'If-Match': `"${hash}"` } : { 'If-None-Match': '*' }) },
      body: text,
    });
  } catch (error) {
    return { kind: 'failed', message: `Får ikke kontakt med utviklingsserveren: ${error instanceof Error ? error.message : String(error)}` };
  }
  const body = (await response.json().catch(() => ({}))) as { hash?: string | null; text?: string | null; error?: string; problem?: RuleFileProblem };
  if (response.ok && body.hash) return { kind: 'saved', hash: body.hash };
  if (response.status === 409) return { kind: 'conflict', text: body.text ?? undefined, hash: body.hash ?? undefined };
  if (response.status === 422 && body.problem) return { kind: 'unreadable', message: body.error ?? body.problem.message, problem: body.problem };
  return { kind: 'failed', message: body.error ?? `Lagring feilet (${response.status})` };
}

export type ChangeSetResult =
  | { readonly kind: 'saved'; readonly files: ReadonlyArray<{ readonly path: string; readonly hash: string }> }
  /** Files changed on disk since they were loaded (`text` and `hash` of the version there now, undefined when gone); nothing is written. */
  | { readonly kind: 'conflict'; readonly conflicts: ReadonlyArray<{ readonly path: string; readonly text: string | undefined; readonly hash: string | undefined }> }
  | { readonly kind: 'unreadable'; readonly path: string; readonly message: string; readonly problem: RuleFileProblem }
  | { readonly kind: 'failed'; readonly message: string };

/** Saves several files as one step, all or nothing (each over the version with its `hash`; undefined: a new file). */
export async function saveChangeSet(files: ReadonlyArray<{ readonly path: string; readonly text: string; readonly hash: string | undefined }>): Promise<ChangeSetResult> {
  let response: Response;
  try {
    response = await fetch(`${base}/change-set`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ files: files.map((f) => ({ path: f.path, text: f.text, hash: f.hash ?? null })) }),
    });
  } catch (error) {
    return { kind: 'failed', message: `Får ikke kontakt med utviklingsserveren: ${error instanceof Error ? error.message : String(error)}` };
  }
  type Body = {
    files?: Array<{ path: string; hash: string }>;
    conflicts?: Array<{ path: string; text: string | null; hash: string | null }>;
    path?: string;
    error?: string;
    problem?: RuleFileProblem;
  };
  const body = (await response.json().catch(() => ({}))) as Body;
  if (response.ok && body.files) return { kind: 'saved', files: body.files };
  if (response.status === 409 && body.conflicts) return { kind: 'conflict', conflicts: body.conflicts.map((c) => ({ path: c.path, text: c.text ?? undefined, hash: c.hash ?? undefined })) };
  if (response.status === 422 && body.problem && body.path) return { kind: 'unreadable', path: body.path, message: body.error ?? body.problem.message, problem: body.problem };
  return { kind: 'failed', message: body.error ?? `Lagring feilet (${response.status})` };
}

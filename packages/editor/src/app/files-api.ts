/** The dev server's rule-file API (server/rules-api.ts). */

export interface RuleFile {
  readonly path: string;
  readonly text: string;
  readonly hash: string;
}

export interface RuleListing {
  readonly root: string;
  readonly exists: boolean;
  readonly files: RuleFile[];
}

export type SaveResult =
  | { readonly kind: 'saved'; readonly hash: string }
  | { readonly kind: 'conflict'; readonly text: string | undefined; readonly hash: string | undefined }
  | { readonly kind: 'failed'; readonly message: string };

const base = new URL('api/rules', new URL('.', document.baseURI)).pathname;

export async function listRules(): Promise<RuleListing> {
  const response = await fetch(base, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Kunne ikke hente regelfilene (${response.status})`);
  return (await response.json()) as RuleListing;
}

export async function readRule(path: string): Promise<RuleFile | undefined> {
  const response = await fetch(`${base}/file?path=${encodeURIComponent(path)}`, { cache: 'no-store' });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`Kunne ikke lese ${path} (${response.status})`);
  return (await response.json()) as RuleFile;
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
  const body = (await response.json().catch(() => ({}))) as { hash?: string | null; text?: string | null; error?: string };
  if (response.ok && body.hash) return { kind: 'saved', hash: body.hash };
  if (response.status === 409) return { kind: 'conflict', text: body.text ?? undefined, hash: body.hash ?? undefined };
  return { kind: 'failed', message: body.error ?? `Lagring feilet (${response.status})` };
}

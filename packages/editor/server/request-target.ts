/**
 * The request target of a file-API request, read strictly: the path as sent (not decoded),
 * and the query parameters percent-decoded as UTF-8. A target that does not decode is
 * `malformed` (the caller answers 400), never a thrown error and never U+FFFD in a file name.
 */
export type RequestTarget =
  | { readonly kind: 'target'; readonly pathname: string; readonly params: ReadonlyMap<string, string> }
  | { readonly kind: 'malformed'; readonly pathname: string };

export function parseRequestTarget(raw: string | undefined): RequestTarget {
  const target = raw ?? '/';
  const question = target.indexOf('?');
  const pathname = question < 0 ? target : target.slice(0, question);
  const query = question < 0 ? '' : target.slice(question + 1).split('#')[0] ?? '';
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decodeComponent(equals < 0 ? pair : pair.slice(0, equals));
    const value = decodeComponent(equals < 0 ? '' : pair.slice(equals + 1));
    if (name === undefined || value === undefined) return { kind: 'malformed', pathname };
    if (!params.has(name)) params.set(name, value);
  }
  return { kind: 'target', pathname, params };
}

/** `application/x-www-form-urlencoded` decoding (`+` is a space), strictly UTF-8. */
function decodeComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

import type { InputViolation } from '@lovkode/engine';

/**
 * Text a problem takes from the request — a path with an unknown key, a query parameter's
 * name, a pinned version, the URL — is bounded (docs/http.md, "Limits"), so that a 5 MB key is
 * not sent back whole: a path at most `path` characters, a message or `detail` at most `text`.
 * Longer text is cut and ends in «…».
 */
export const ECHO_LIMITS = { path: 200, text: 1000 } as const;

/** `text`, cut to at most `limit` characters (the last one «…») without splitting a surrogate pair. */
export function bounded(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

export function boundedViolation(violation: InputViolation): InputViolation {
  const { path, message } = violation;
  if (path.length <= ECHO_LIMITS.path && message.length <= ECHO_LIMITS.text) return violation;
  return { ...violation, path: bounded(path, ECHO_LIMITS.path), message: bounded(message, ECHO_LIMITS.text) };
}

/**
 * Only the editor's own page may use the file API. A browser says where a request comes
 * from (`Origin`, `Sec-Fetch-Site`); a request another site or another localhost port
 * makes is refused, so a page elsewhere can neither read nor overwrite the rules. A request
 * without these headers (curl, scripts) is not from a web page and is allowed.
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

const allowedFetchSites = new Set(['same-origin', 'none']);

/** Why the request is refused as coming from another origin, or undefined when it may proceed. */
export function foreignOriginReason(request: IncomingMessage): string | undefined {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined && !allowedFetchSites.has(site.toLowerCase())) return `Sec-Fetch-Site: ${site}`;
  const origin = header(request, 'origin');
  if (origin !== undefined && origin.toLowerCase() !== ownOrigin(request)) return `Origin: ${origin}`;
  return undefined;
}

/** `http://host:port` as the client addressed this server. */
function ownOrigin(request: IncomingMessage): string | undefined {
  const host = header(request, 'host');
  if (!host) return undefined;
  const scheme = (request.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  return `${scheme}://${host}`.toLowerCase();
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.trim();
}

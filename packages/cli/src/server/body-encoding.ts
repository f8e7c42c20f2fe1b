import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';

/**
 * JSON is read as UTF-8 only (RFC 8259 §8.1; docs/http.md, "Errors"). A body declared in
 * another charset (`charset=iso-8859-1`, `utf-16`), or whose bytes are not UTF-8 (Latin-1
 * text, UTF-16 with or without its byte-order mark), is a 415 that says so — never decoded
 * into replacement characters and then reported as a garbled field.
 */
export function registerBodyEncoding(app: FastifyInstance): void {
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (mediaType(request) !== 'application/json') return done(null, payload);
    const charset = charsetOf(request.headers['content-type'] ?? '');
    if (charset !== undefined && !UTF8_NAMES.has(charset)) return done(unsupportedCharset(charset));
    done(null, payload.pipe(new Utf8Check()));
  });
}

const UTF8_NAMES = new Set(['utf-8', 'utf8']);

function mediaType(request: FastifyRequest): string | undefined {
  return request.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
}

/** The `charset` parameter of a content type, in lower case (quotes removed); undefined when there is none. */
export function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const at = parameter.indexOf('=');
    if (at < 0 || parameter.slice(0, at).trim().toLowerCase() !== 'charset') continue;
    const value = parameter.slice(at + 1).trim();
    return (value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value).toLowerCase();
  }
  return undefined;
}

function unsupportedCharset(charset: string): ProblemError {
  return new ProblemError('unsupported-media-type', `Tegnsettet «${charset}» støttes ikke; send JSON som UTF-8 (charset=utf-8, eller uten charset)`, {
    violations: [{ path: 'header:content-type', message: `Tegnsettet må være utf-8, ikke «${charset}»` }],
  });
}

function notUtf8(utf16: boolean): ProblemError {
  const hint = utf16 ? ' (det ser ut som UTF-16 eller UTF-32)' : '';
  return new ProblemError('unsupported-media-type', `Innholdet er ikke gyldig UTF-8${hint}; send JSON som UTF-8`, {
    violations: [{ path: '', message: `Innholdet må være UTF-8${hint}` }],
  });
}

/**
 * Passes the body through unchanged, checking that its bytes are UTF-8 as they go (a
 * character may be split between two chunks). A NUL byte is refused too: it cannot occur in
 * JSON, and is what UTF-16 or UTF-32 text looks like.
 */
class Utf8Check extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private first = true;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const utf16Mark = this.first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
    this.first = false;
    if (utf16Mark || chunk.includes(0)) return done(notUtf8(true));
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      return done(notUtf8(false));
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    try {
      this.decoder.decode();
    } catch {
      return done(notUtf8(false));
    }
    done();
  }
}

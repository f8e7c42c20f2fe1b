import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { byteCount } from './limits.js';
import { ProblemError } from './problem.js';

/**
 * The JSON text of an answer, written in pieces (a batch: one per case) and counted as it
 * grows, so that an answer over the service's limit is refused while it is being made rather
 * than after, and a large one is sent in chunks instead of built as one string.
 *
 *   const answer = new JsonResponse(limits.maxResponseBytes);
 *   if (!answer.write(text)) throw responseTooLarge(answer.limit);
 *   return answer.send(reply);
 */
export class JsonResponse {
  private readonly pieces: string[] = [];
  private size = 0;

  constructor(readonly limit: number) {}

  /** The bytes written so far. */
  get bytes(): number {
    return this.size;
  }

  /** Adds `text`; false (and nothing added) when the answer would be over the limit. */
  write(text: string): boolean {
    const bytes = Buffer.byteLength(text);
    if (this.size + bytes > this.limit) return false;
    this.pieces.push(text);
    this.size += bytes;
    return true;
  }

  /** Sends the answer with its length: as one text, or in chunks of about 64 KiB when it is larger. */
  send(reply: FastifyReply): FastifyReply {
    reply.type('application/json; charset=utf-8');
    if (this.size <= CHUNK_BYTES) return reply.send(this.pieces.join(''));
    reply.header('content-length', this.size);
    return reply.send(Readable.from(chunks(this.pieces), { objectMode: false }));
  }
}

const CHUNK_BYTES = 64 * 1024;

/** The pieces joined into texts of about `CHUNK_BYTES` (counted in characters, which is close enough). */
function* chunks(pieces: readonly string[]): Generator<string> {
  let group: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    group.push(piece);
    length += piece.length;
    if (length >= CHUNK_BYTES) {
      yield group.join('');
      group = [];
      length = 0;
    }
  }
  if (group.length > 0) yield group.join('');
}

/** The problem for an answer over the limit; `progress` says how far a batch got. */
export function responseTooLarge(limit: number, progress?: { readonly done: number; readonly cases: number }): ProblemError {
  const where = progress ? ` etter ${progress.done} av ${progress.cases} saker` : '';
  const advice = progress ? 'send færre saker per forespørsel, eller uten explain og begrunnelse' : 'send saken uten explain og begrunnelse';
  return new ProblemError('response-too-large', `Svaret ble større enn grensen på ${byteCount(limit)}${where}; ${advice}`, {
    violations: [{ path: '', message: `Svaret kan være høyst ${byteCount(limit)}` }],
  });
}

/**
 * The body of a save, up to `limit` bytes. A larger body is read to its end and thrown
 * away, so that the client gets the 413 the caller sends instead of a reset connection.
 */
import type { IncomingMessage } from 'node:http';

export type RequestBody = { readonly kind: 'body'; readonly bytes: Uint8Array } | { readonly kind: 'too-large'; readonly size: number };

export function readRequestBody(request: IncomingMessage, limit: number): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    request.on('end', () => resolve(size <= limit ? { kind: 'body', bytes: Buffer.concat(chunks) } : { kind: 'too-large', size }));
    request.on('error', reject);
    request.on('close', () => {
      if (!request.complete) reject(new Error('Klienten avbrøt forespørselen'));
    });
  });
}

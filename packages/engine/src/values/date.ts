import { calendar } from '@lovkode/dsl';
import { expected, quote } from '../schema/messages.js';
import { plain, type JsonValue, type ScalarCodec } from './codec.js';

/** `dato`: a day, `ÅÅÅÅ-MM-DD`; `1. mars 2024` to a reader. */
export const date: ScalarCodec = {
  name: 'dato',
  schema: () => ({ type: 'string', format: 'date', pattern: calendar.DATE_PATTERN }),
  resultSchema: () => ({ type: 'string', format: 'date' }),
  describes: (node) => node.type === 'string' && node.format === 'date',
  describe: () => 'Dato på formen ÅÅÅÅ-MM-DD',
  violation: (data) => {
    if (typeof data !== 'string') return plain(expected('en dato (ÅÅÅÅ-MM-DD)', data));
    return plain(calendar.looksLikeDate(data) ? `Datoen ${quote(data)} finnes ikke` : `${quote(data)} er ikke en dato på formen ÅÅÅÅ-MM-DD`);
  },
  read: (json) => json as string,
  write: (value) => value as JsonValue,
  format: (json) => calendar.norwegianDate(String(json)),
  literal: (json) => String(json),
};

import { calendar } from '@lovkode/dsl';
import { expected, quote } from '../schema/messages.js';
import { plain, type JsonValue, type ScalarCodec } from './codec.js';

/** `måned`: a month, `ÅÅÅÅ-MM`; `mars 2024` to a reader. */
export const month: ScalarCodec = {
  name: 'måned',
  schema: () => ({ type: 'string', pattern: calendar.MONTH_PATTERN }),
  resultSchema: () => ({ type: 'string', pattern: calendar.MONTH_PATTERN }),
  describes: (node) => node.type === 'string' && node.pattern === calendar.MONTH_PATTERN,
  describe: () => 'Måned på formen ÅÅÅÅ-MM',
  violation: (data) => {
    if (typeof data !== 'string') return plain(expected('en måned (ÅÅÅÅ-MM)', data));
    return plain(calendar.looksLikeMonth(data) ? `Måneden ${quote(data)} finnes ikke` : `${quote(data)} er ikke en måned på formen ÅÅÅÅ-MM`);
  },
  read: (json) => json as string,
  write: (value) => value as JsonValue,
  format: (json) => calendar.norwegianMonth(String(json)),
  literal: (json) => String(json),
};

import { emptyField, expected, textTooLong } from '../schema/messages.js';
import { plain, type JsonValue, type ScalarCodec } from './codec.js';
import { MAX_TEXT_LENGTH } from './limits.js';

/** `tekst`: shown as it is; in rules a quoted string. */
export const text: ScalarCodec = {
  name: 'tekst',
  schema: () => ({ type: 'string', maxLength: MAX_TEXT_LENGTH }),
  resultSchema: () => ({ type: 'string' }),
  describes: (node) => node.type === 'string',
  describe: () => `Tekst (høyst ${MAX_TEXT_LENGTH} tegn)`,
  violation: (data, node, field) => {
    if (typeof data !== 'string') return plain(expected('en tekst', data));
    const length = codePoints(data);
    if (typeof node.maxLength === 'number' && length > node.maxLength) return { message: textTooLong(length, node.maxLength), size: true };
    if (typeof node.minLength === 'number' && length < node.minLength) return plain(field === undefined ? 'Teksten kan ikke være tom' : emptyField(field));
    return plain('Ugyldig tekst');
  },
  read: (json) => json as string,
  write: (value) => value as JsonValue,
  format: (json) => String(json),
  literal: (json) => `"${String(json).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`,
};

/** Length in code points, as JSON Schema counts it. */
function codePoints(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= value.length) count++;
    else {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      count++;
    }
  }
  return count;
}

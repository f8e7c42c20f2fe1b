import { expected } from '../schema/messages.js';
import { plain, type JsonValue, type ScalarCodec } from './codec.js';
import { MAX_INTEGER } from './limits.js';
import { formatNumber, numberLiteral } from './numbers.js';

/** `heltall`: a whole number, a safe JavaScript integer at run time. */
export const integer: ScalarCodec = {
  name: 'heltall',
  schema: () => ({ type: 'integer', minimum: -MAX_INTEGER, maximum: MAX_INTEGER }),
  resultSchema: () => ({ type: 'integer' }),
  describes: (node) => node.type === 'integer',
  describe: () => 'Heltall',
  violation: (data) => {
    if (typeof data !== 'number' || !Number.isFinite(data) || !Number.isInteger(data)) return plain(expected('et heltall', data));
    return plain(`Heltallet er for stort; det må ligge mellom ${-MAX_INTEGER} og ${MAX_INTEGER}`);
  },
  read: (json) => json as number,
  write: (value) => value as JsonValue,
  format: (json, style) => formatNumber(String(json), undefined, style.group),
  literal: (json) => numberLiteral(String(json)),
};

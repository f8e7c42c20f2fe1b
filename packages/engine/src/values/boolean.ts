import { expected } from '../schema/messages.js';
import { plain, type JsonValue, type ScalarCodec } from './codec.js';

/** `sannhetsverdi`: `ja`/`nei` to a reader, `sann`/`usann` in rules. */
export const boolean: ScalarCodec = {
  name: 'sannhetsverdi',
  schema: () => ({ type: 'boolean' }),
  resultSchema: () => ({ type: 'boolean' }),
  describes: (node) => node.type === 'boolean',
  describe: () => 'Sannhetsverdi (true eller false)',
  violation: (data) => plain(expected('en sannhetsverdi (true eller false)', data)),
  read: (json) => json as boolean,
  write: (value) => value as JsonValue,
  format: (json) => (json === true ? 'ja' : json === false ? 'nei' : String(json)),
  literal: (json) => (json === true ? 'sann' : 'usann'),
};

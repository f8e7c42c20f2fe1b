import { inputSchema } from '@lovkode/engine';
import { schemeOutputCommand } from './scheme-output.js';

export const schemaCommand = schemeOutputCommand(
  'schema',
  'skriver JSON Schema for inndata til reglene',
  `Skriver JSON Schema (draft 2020-12) for inndataene til regelsettet, slik
«lovkode run» validerer dem.`,
  (rules) => `${JSON.stringify(inputSchema(rules.inputs, { title: rules.entry.name, entry: rules.entry }), null, 2)}\n`,
);

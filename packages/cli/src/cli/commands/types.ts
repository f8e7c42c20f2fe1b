import { typeScriptTypes } from '../../bindings/typescript.js';
import { schemeOutputCommand } from './scheme-output.js';

export const typesCommand = schemeOutputCommand(
  'types',
  'skriver TypeScript-typer for inndata og utdata',
  `Skriver TypeScript-typene til inndataene og utdataene i regelsettet (Input, Output
og Scheme), for evaluate<Scheme>(regler, inndata) i @lovkode/engine:

  lovkode types rules > livsopphold.ts

Inndata er typet slik JSON Schema fra «lovkode schema» tillater dem, utdata slik
motoren skriver dem (beløp som tekst). Et utdata kan være ubestemt; typene gjelder
når result.complete er true.`,
  typeScriptTypes,
);

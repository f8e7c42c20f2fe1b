import { readFileSync } from 'node:fs';
import { check, hasErrors, type CheckedProgram, type RuleSource } from '@lovkode/dsl';
import type { DiscretionInfo } from '../../src/schema/overrides';

/** Checks rule files and fails loudly if they have errors: the schema tests need valid rules. */
export function checked(files: readonly RuleSource[]): CheckedProgram {
  const { diagnostics, program } = check(files);
  if (hasErrors(diagnostics)) throw new Error(diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return program;
}

/** The `skjønn` of a checked rule set, as checkOverrides takes them. */
export function discretionOf(program: CheckedProgram): Map<string, DiscretionInfo> {
  const map = new Map<string, DiscretionInfo>();
  for (const module of program.modules.values()) {
    for (const symbol of module.values.values()) if (symbol.kind === 'discretion') map.set(symbol.name, { type: symbol.type });
  }
  return map;
}

/** The example rule set of the docs (docs/examples/livsopphold.lov). */
export const example = checked([
  { path: 'livsopphold.lov', text: readFileSync(new URL('../../../../docs/examples/livsopphold.lov', import.meta.url), 'utf8') },
]);

/** A rule set with an input of every type, `negativ_tillatt`, defaults and a recursive record. */
export const allTypes = checked([
  {
    path: 'typer.lov',
    text: `modul test.typer

kilde k "Kilde"

## Arter av poster.
valg Art { a, b }

## En post i et regnskap.
type Post { beløp: beløp (negativ_tillatt), antall: heltall = 1, merknad: tekst = "" }
type Node { navn: tekst, barn: liste av Node = [] }

inndata {
  dag:       dato  (vurderingstidspunkt)
  andel:     tall
  antall:    heltall
  navn:      tekst
  justering: beløp  (negativ_tillatt)
  sum:       beløp = 0 kr
  poster:    liste av Post = []
  art:       Art = a
  trær:      liste av Node = []
  måned:     måned = 2024-01
}

utdata r

skjønn r: beløp  (kilde k)
  veiledende = justering

skjønn frist: dato  (kilde k)
  veiledende = dag

skjønn post: Post  (kilde k)
  veiledende = Post { beløp: 0 kr }

skjønn arter: liste av Art  (kilde k)
  veiledende = [a]
`,
  },
]);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '@lovkode/engine';
import { duckdbLines, evaluatorLines, postgresLines } from '../support/three-way.js';

/**
 * List- and record-valued outputs (docs/sql.md §1), one rule set (lister.lov): a list output is
 * written as the evaluator's JSON writer writes it — the elements in the list's order, a field
 * left out as its default, texts escaped as `JSON.stringify` escapes them (quotes, backslashes,
 * control characters), an element whose filter is undetermined and a field that is undetermined
 * as `{"ubestemt":[…]}` in their place, a whole list undetermined as the output's reasons. The
 * evaluator, DuckDB and PostgreSQL must print the same line for each case. Ordered comprehensions
 * (`etter`) over texts, amounts, dates and `valg`, rising and falling, with ties, `plass` and
 * `rang`, and an undetermined filter or key; `maks` and `min` of a comprehension, undetermined
 * and of no value.
 */
const path = 'packages/sql/test/lists/lister.lov';
const compiled = compile([{ path, text: readFileSync(join(import.meta.dirname, 'lister.lov'), 'utf8') }]);
if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
const rules = compiled.rules;

const names = ['Åse', 'Ola "Nordmann"', 'back\\slash', 'linje\nskift\ttab', 'kontroll\u0001\u001e\u001f\u007f', 'emoji 👍', "apo'strof"];
const people = (i: number) =>
  Array.from({ length: i % 5 }, (_, j) => ({
    navn: names[(i + j) % names.length] as string,
    fødselsdato: ['1980-01-31', '2010-06-15', '2030-01-01', '2005-12-24'][(i + j) % (i % 3 === 0 ? 4 : 3)] as string,
    ...(j % 2 === 1 ? { kategori: 'b' } : {}),
    ...((i + j) % 3 === 0 ? { inntekt: `${100 * j}.${j}0` } : {}),
  }));
const texts = Array.from({ length: 96 }, (_, i) =>
  JSON.stringify({ dag: ['2022-02-28', '2024-03-01'][i % 2], personer: people(i), flagg: i % 3 === 0, ...(i % 5 === 0 ? { merke: names[i % names.length] } : {}) }),
);

describe('list outputs: lister.lov through the evaluator, DuckDB and PostgreSQL', () => {
  const expected = evaluatorLines(rules, texts);

  it('the cases reach every form of a list', () => {
    const count = (pattern: string) => expected.filter((line) => line.includes(pattern)).length;
    for (const pattern of ['"navn":[]', '"navn":["', '\\"Nordmann\\"', 'back\\\\slash', '\\n', '\\t', '\\u0001', '\\u001e', '\\u001f', '👍', '"linjer":[{"ubestemt"', '"alder":{"ubestemt"', '"usikker":{"ubestemt"', '"sammen":{"ubestemt"', '"usikker":[]', '"grupper":[{"kode":"b","personer":[{"navn"', '"med_plass":[1,2', '"merknad":"uten merknad"', '"rang":1},{"navn"', '"etter_kategori":[11,', '"voksne_etter_fødsel":{"ubestemt"', '"aldersplasser":{"ubestemt"', '"første_kategori_b":true', '"laveste_inntekt":"0.00"', 'tom liste har ingen verdi', '"høyeste_alder":{"ubestemt"', '"høyeste_alder":4', '"høyeste_inntekt":{"ubestemt"', '"høyeste_inntekt":"', '"siste_plass":{"ubestemt"', '"siste_plass":2']) {
      expect({ pattern, found: count(pattern) > 0 }).toEqual({ pattern, found: true });
    }
  });

  it('DuckDB', async () => {
    expect(await duckdbLines(rules, texts)).toEqual(expected);
  });

  it('PostgreSQL (PGlite)', async () => {
    const lines = await postgresLines(rules, texts, expected);
    expect([...lines.values()]).toEqual(expected);
  }, 60_000);
});

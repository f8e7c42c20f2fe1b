import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '@lovkode/engine';
import { compileSql, dialectNames, dialects, layoutDdl, type DialectName } from '@lovkode/sql';
import { shippedRules } from '../support/rules.js';

/**
 * The generated SQL of each dialect, kept beside this test and reviewed in the diff
 * (regenerate with LOVKODE_UPDATE=1). The spark dialect is proven only here: it is not run in
 * this repository (docs/sql.md §5).
 */
const update = process.env['LOVKODE_UPDATE'] === '1';
const prøve = compile([{ path: 'packages/sql/test/semantics/prøve.lov', text: readFileSync(join(import.meta.dirname, '..', 'semantics', 'prøve.lov'), 'utf8') }]);
if (!prøve.ok) throw new Error('prøve.lov does not compile');
const deling = compile([{ path: 'packages/sql/test/division/deling.lov', text: readFileSync(join(import.meta.dirname, '..', 'division', 'deling.lov'), 'utf8') }]);
if (!deling.ok) throw new Error('deling.lov does not compile');
const lister = compile([{ path: 'packages/sql/test/lists/lister.lov', text: readFileSync(join(import.meta.dirname, '..', 'lists', 'lister.lov'), 'utf8') }]);
if (!lister.ok) throw new Error('lister.lov does not compile');
const schemes = { barnetrygd: shippedRules(['barnetrygd'], 'barnetrygd'), prøve: prøve.rules, deling: deling.rules, lister: lister.rules, vedtak: shippedRules(['sosialtjenesteloven', 'satser'], 'sosialtjenesteloven.vedtak') };
/** The decision's query is large (160 kB); DuckDB and PostgreSQL run it in vedtak.test.ts, so only Spark's is kept. */
const only: Partial<Record<keyof typeof schemes, readonly DialectName[]>> = { vedtak: ['spark'] };

describe('golden SQL', () => {
  for (const [scheme, rules] of Object.entries(schemes)) {
    for (const dialect of only[scheme as keyof typeof schemes] ?? dialectNames) {
      it(`${scheme}, ${dialect}`, () => {
        const program = compileSql(rules, { dialect });
        const text = `-- lovkode sql --dialect ${dialect} (${scheme}): the input tables, then the query\n\n${layoutDdl(dialects[dialect], program.layout)}\n\n${program.sql};\n`;
        const file = join(import.meta.dirname, `${scheme}.${dialect}.sql`);
        if (update || !existsSync(file)) writeFileSync(file, text);
        expect(text).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});

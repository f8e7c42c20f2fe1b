import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@lovkode/engine';
import { compileSql } from '@lovkode/sql';
import { runOnDuckdb } from '@lovkode/sql/duckdb';
const [mode, dir, module, input, output] = process.argv.slice(2) as string[];
const files: { path: string; text: string }[] = [];
const walk = (d: string) => { for (const n of readdirSync(d, { withFileTypes: true })) { const p = join(d, n.name); if (n.isDirectory()) walk(p); else if (n.name.endsWith('.lov')) files.push({ path: p, text: readFileSync(p, 'utf8') }); } };
for (const d of dir!.split(',')) walk(d);
const c = compile(files, { module });
if (!c.ok) { console.log(c.diagnostics); process.exit(1); }
const p = compileSql(c.rules, { dialect: mode === 'run' ? 'duckdb' : (mode as 'duckdb') });
if (mode === 'run') console.log(await runOnDuckdb(c.rules, p, input!, output!));
else console.log(p.sql);

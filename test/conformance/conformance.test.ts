/**
 * Conformance suite of the rule language: every `<feature>/{good,bad}/<case>.lov` (or a
 * directory `<case>/` of several `.lov` files) is checked and its diagnostics are compared
 * with `<case>.expected`. `LOVKODE_UPDATE=1` rewrites the `.expected` files instead.
 * See README.md in this directory.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../packages/dsl/src/check/check';
import type { Diagnostic } from '../../packages/dsl/src/diagnostics/diagnostic';
import { formatExpected, positionProblems } from '../support/diagnostics';

const root = import.meta.dirname;
const update = process.env['LOVKODE_UPDATE'] === '1';

interface CaseFile {
  readonly path: string;
  readonly text: string;
}

interface Case {
  readonly name: string;
  readonly kind: 'good' | 'bad';
  readonly files: CaseFile[];
  readonly expectedPath: string;
  readonly multiFile: boolean;
  /** `# forventer: LK4001, LK4002` — codes the case is written to provoke. */
  readonly intended: string[];
  /** `# antall: 10` — the exact number of diagnostics. */
  readonly count: number | undefined;
  /** `# avvik: …` — a known difference from docs/language.md (the intended code is missing). */
  readonly deviation: string | undefined;
}

function features(): string[] {
  return readdirSync(root)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_') && statSync(join(root, name)).isDirectory())
    .sort();
}

function casesOf(feature: string, kind: 'good' | 'bad'): Case[] {
  const dir = join(root, feature, kind);
  if (!existsSync(dir)) return [];
  const cases: Case[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      const names = readdirSync(full)
        .filter((n) => n.endsWith('.lov'))
        .sort();
      const files = names.map((n) => ({ path: `${entry}/${n}`, text: readFileSync(join(full, n), 'utf8') }));
      cases.push(makeCase(entry, kind, files, join(dir, `${entry}.expected`), true));
    } else if (entry.endsWith('.lov')) {
      const name = entry.slice(0, -'.lov'.length);
      cases.push(makeCase(name, kind, [{ path: entry, text: readFileSync(full, 'utf8') }], join(dir, `${name}.expected`), false));
    }
  }
  return cases;
}

function makeCase(name: string, kind: 'good' | 'bad', files: CaseFile[], expectedPath: string, multiFile: boolean): Case {
  const intended: string[] = [];
  let count: number | undefined;
  let deviation: string | undefined;
  for (const file of files) {
    for (const match of file.text.matchAll(/^#\s*(forventer|antall|avvik):[ \t]*([^\r\n]*)/gm)) {
      const [, directive, value = ''] = match;
      if (directive === 'forventer') intended.push(...(value.match(/LK\d{4}/g) ?? []));
      else if (directive === 'antall') count = Number(value.trim());
      else deviation = value.trim();
    }
  }
  return { name, kind, files, expectedPath, multiFile, intended, count, deviation };
}

function run(c: Case): Diagnostic[] {
  return check(c.files.map((f) => ({ path: f.path, text: f.text }))).diagnostics;
}

function readExpected(c: Case): string {
  expect(existsSync(c.expectedPath), `${c.expectedPath} is missing; run \`pnpm test:update\``).toBe(true);
  return readFileSync(c.expectedPath, 'utf8').replace(/\r\n?/g, '\n');
}

function expectValidPositions(c: Case, diagnostics: readonly Diagnostic[], actual: string): void {
  for (const d of diagnostics) {
    const file = c.files.find((f) => f.path === d.file);
    expect(file, `diagnostic for unknown file ${d.file}`).toBeDefined();
    expect(positionProblems(d, file?.text ?? ''), actual).toEqual([]);
  }
}

const all = features().map((feature) => ({ feature, cases: [...casesOf(feature, 'good'), ...casesOf(feature, 'bad')] }));

describe('conformance', () => {
  it('has cases', () => {
    expect(all.reduce((n, f) => n + f.cases.length, 0)).toBeGreaterThan(0);
  });

  it('has no .expected file without its case', () => {
    const known = new Set(all.flatMap((f) => f.cases.map((c) => c.expectedPath)));
    const stale = features().flatMap((feature) =>
      (['good', 'bad'] as const).flatMap((kind) => {
        const dir = join(root, feature, kind);
        if (!existsSync(dir)) return [];
        return readdirSync(dir)
          .filter((name) => name.endsWith('.expected'))
          .map((name) => join(dir, name))
          .filter((path) => !known.has(path));
      }),
    );
    expect(stale).toEqual([]);
  });

  for (const { feature, cases } of all) {
    describe(feature, () => {
      for (const c of cases) {
        const label = `${c.kind}/${c.name}`;

        if (c.kind === 'good') {
          // A good case has an empty `.expected` and must check without errors or warnings.
          // `# avvik:` marks a case that docs/language.md allows but the checker rejects: the
          // test is then expected to fail, and starts failing (so the marker gets removed)
          // once the checker accepts the case.
          const body = (): void => {
            const diagnostics = run(c);
            const actual = formatExpected(diagnostics, c.multiFile);
            expectValidPositions(c, diagnostics, actual);
            if (update) writeFileSync(c.expectedPath, '');
            expect(readExpected(c), `${c.kind}/${c.name}.expected must be empty`).toBe('');
            expect(actual, 'a good case must have no errors or warnings').toBe('');
          };
          if (c.deviation === undefined) it(label, body);
          else it.fails(`${label} — kjent avvik: ${c.deviation}`, body);
        } else {
          it(label, () => {
            const diagnostics = run(c);
            const actual = formatExpected(diagnostics, c.multiFile);
            expectValidPositions(c, diagnostics, actual);
            if (update) writeFileSync(c.expectedPath, actual);
            else expect(actual, `diagnostics differ from ${c.kind}/${c.name}.expected`).toBe(readExpected(c));
            // A case with a known deviation may currently report nothing at all.
            if (c.deviation === undefined) expect(diagnostics.length, 'a bad case must report something').toBeGreaterThan(0);
            if (c.count !== undefined) expect(diagnostics, actual).toHaveLength(c.count);
          });
        }

        if (c.intended.length > 0) {
          const intent = `${label} reports ${c.intended.join(', ')}`;
          const body = (): void => {
            const codes = new Set(run(c).map((d) => d.code));
            for (const code of c.intended) expect(codes.has(code as Diagnostic['code']), `${code} not reported`).toBe(true);
          };
          // A case marked `# avvik:` documents a known difference between the checker and
          // docs/language.md: the test passes while the difference remains and fails (so the
          // marker gets removed) once the checker reports the intended code.
          if (c.deviation === undefined) it(intent, body);
          else it.fails(`${intent} — kjent avvik: ${c.deviation}`, body);
        }
      }
    });
  }
});

/**
 * `lovkode types`: the types written for the shipped rules compile, a program that evaluates
 * with them type-checks, and wrong uses do not (docs/engine-design.md §3).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, evaluate } from '@lovkode/engine';
import { typeScriptTypes } from '../../src/bindings/typescript.js';
import { readRuleFiles } from '../../src/cli/io.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'lovkode-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const program = (body: string) => `import { compile, evaluate } from '@lovkode/engine';
import type { Input, Scheme } from './livsopphold.js';
declare const files: Array<{ path: string; text: string }>;
const compiled = compile(files);
if (!compiled.ok) throw new Error('kompilerer ikke');
const input: Input = { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1990-05-01' }], utgifter: [{ art: 'husleie', beløp: 8000 }, { art: 'strøm', beløp: '700' }] };
const result = evaluate<Scheme>(compiled.rules, input);
${body}
`;

/** The type errors of `file` (compiled with the written types, against the engine's sources). */
function typeErrors(name: string, text: string): string[] {
  writeFileSync(path.join(dir, name), text);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    paths: { '@lovkode/engine': [path.join(root, 'packages/engine/src/index.ts')], '@lovkode/dsl': [path.join(root, 'packages/dsl/src/index.ts')], '@lovkode/dsl/calendar': [path.join(root, 'packages/dsl/src/calendar.ts')] },
  };
  const built = ts.createProgram([path.join(dir, name)], options);
  return ts
    .getPreEmitDiagnostics(built)
    .filter((d) => d.file === undefined || !d.file.fileName.includes(`${path.sep}packages${path.sep}`))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('lovkode types', () => {
  it('writes types of the shipped rules that compile, and a program evaluating with them type-checks', async () => {
    const compiled = compile(await readRuleFiles(root, ['rules']));
    if (!compiled.ok) throw new Error('the shipped rules do not compile');
    const types = typeScriptTypes(compiled.rules);
    expect(types).toContain("utfall: \"innvilget\" | \"avslag\" | \"foreløpig_beregning\";");
    expect(types).toMatch(/beløp: number \| string;/);
    writeFileSync(path.join(dir, 'livsopphold.ts'), types);
    expect(typeErrors('good.ts', program("if (result.complete) { const s: string = result.values.stønad; console.log(s, result.values.utfall === 'avslag'); }\nelse console.log(result.values.stønad);"))).toEqual([]);
    // The same case in process: complete, so the typed values are what the types say.
    const result = evaluate(compiled.rules, { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1990-05-01' }], utgifter: [{ art: 'husleie', beløp: 8000 }] });
    expect(result.complete).toBe(true);
    expect(typeof result.values['stønad']).toBe('string');
  }, 60_000);

  it('refuses wrong uses: an output read as a string without `complete`, a wrong input, an unknown output', () => {
    expect(typeErrors('undetermined.ts', program('const s: string = result.values.stønad;')).join('\n')).toMatch(/Ubestemt/);
    expect(typeErrors('input.ts', program("const wrong: Input = { beregningsmåned: '2024-03', sivilstand: 'gift', voksne: [] };")).join('\n')).toMatch(/"gift"/);
    expect(typeErrors('output.ts', program('if (result.complete) console.log(result.values.finnes_ikke);')).join('\n')).toMatch(/finnes_ikke/);
  }, 60_000);
});

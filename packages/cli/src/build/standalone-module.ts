/**
 * `lovkode build`: a checked rule set as a standalone ES module whose only import is
 * decimal.js (docs/engine-design.md §2, docs/engine.md §11). The module holds the rule files,
 * the ruleset id, and every function of the rule set's generated code printed as the source
 * the engine's emitter wrote (`function (rt, K) { … }`, keyed by that source), and ajv's
 * standalone code of every validator its evaluations use (so that it makes no code from a
 * string: it runs under `node --disallow-code-generation-from-strings`); the engine and
 * the language that link that code with its constants and evaluate are bundled beside it with
 * esbuild. Its `evaluate` is `@lovkode/engine`'s own, on the same rules: the same values,
 * errors, trace and fast path, by construction.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reachedModules, type RuleSource } from '@lovkode/dsl';
import { validatorSource, type CompiledRules, type GeneratedCode, type InputValidators, type JsonSchema } from '@lovkode/engine';
import type { Plugin } from 'esbuild';

/** The one package a built module imports; everything else is in it. */
const moduleDependency = 'decimal.js';

export interface StandaloneModule {
  /** The module's JavaScript. */
  readonly text: string;
  readonly ruleset: string;
  /** The entry module it evaluates. */
  readonly module: string;
  /** How many generated functions are printed in it. */
  readonly functions: number;
  /** How many validators (of the input, of the overrides' values) are printed in it. */
  readonly validators: number;
}

/**
 * The module of a compiled rule set. `code` is the `GeneratedCode` it was compiled with (made
 * `ahead`, so that the placeholders of each `forklaring` are generated with the rest), and
 * `validators` its `InputValidators`: the fast path's code (amounts in øre, and its reader of a
 * case) and the checkers of every override are made here, so that both paths of the outputs and
 * every validator an evaluation of the outputs uses are printed — the validators as ajv's
 * standalone code, so that the module makes no code from a string. What the engine generates
 * only for other names (a rule named in `outputs` that no output uses, the functions of
 * `calls`) is made at run time as the engine makes it, where that is allowed.
 */
export async function standaloneModule(files: readonly RuleSource[], rules: CompiledRules, code: GeneratedCode, validators: InputValidators): Promise<StandaloneModule> {
  // The fast path (its reader of a case, the outputs in øre) is generated for the first case
  // that takes it, the input's validator when first read (for the first case on the decimal
  // path): both now, so that `code` and `validators` hold them.
  const plan = rules.inputPlan();
  plan.fast();
  void plan.validate;
  rules.overrideCheckers.all(rules.discretion);
  const sources = code.sources();
  const schemas = validators.schemas();
  // Loaded here, so that the other commands do not load it.
  const { build } = await import('esbuild');
  const packages = packagesDir();
  const result = await build({
    stdin: { contents: entrySource(files, rules, sources, schemas), resolveDir: packages, sourcefile: 'lovkode-build.mjs', loader: 'js' },
    plugins: [printedValidators(schemas, packages)],
    // The comments that name each bundled file give its path from here, not from the working directory.
    absWorkingDir: packages,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    external: [moduleDependency],
    legalComments: 'inline',
    // The rules' Norwegian texts as they are written, not as \u escapes.
    charset: 'utf8',
    logLevel: 'silent',
  });
  const text = (result.outputFiles[0] as { text: string }).text;
  return { text: `${header(rules)}${text}`, ruleset: rules.ruleset, module: rules.entry.name, functions: sources.length, validators: schemas.length };
}

/** Where esbuild finds a printed validator: `lovkode-validator:N`, ajv's standalone code of the Nth schema. */
const validatorPrefix = 'lovkode-validator:';

/**
 * The validators of the schemas as modules esbuild bundles: ajv's standalone code
 * (`validatorSource`), with `lovkodeValidation` (what it calls besides ajv's runtime) imported
 * from the engine, and ajv's runtime helpers found from `packages`.
 */
function printedValidators(schemas: readonly string[], packages: string): Plugin {
  return {
    name: 'lovkode-validators',
    setup(build) {
      build.onResolve({ filter: /^lovkode-validator:\d+$/ }, (args) => ({ path: args.path, namespace: 'lovkode-validator' }));
      build.onLoad({ filter: /.*/, namespace: 'lovkode-validator' }, (args) => ({
        contents: `import { validatorFunctions as lovkodeValidation } from '@lovkode/engine';\n${validatorSource(JSON.parse(schemas[Number(args.path.slice(validatorPrefix.length))] as string) as JsonSchema)}`,
        resolveDir: packages,
        loader: 'js',
      }));
    },
  };
}

function header(rules: CompiledRules): string {
  return `// Written by \`lovkode build\` (docs/engine.md §11); do not edit. Rules ${rules.ruleset}, module ${rules.entry.name}.
// Only import: ${moduleDependency}. Exports: ruleset, module, evaluate(input, options?), evaluateBatch(inputs, options?),
// renderBegrunnelse(result), EvaluationError, InputError — as @lovkode/engine's, for these rules.
`;
}

/** The module before bundling: the rules, their generated functions and validators, and `evaluate` on them. */
function entrySource(files: readonly RuleSource[], rules: CompiledRules, sources: readonly string[], schemas: readonly string[]): string {
  const functions = sources.map((source) => `  [${JSON.stringify(source)}, function (rt, K) {\n${source}\n}],`);
  const validators = schemas.map((schema, i) => `  [${JSON.stringify(schema)}, validator${i}],`);
  return `import { check } from '@lovkode/dsl';
import { EvaluationError, GeneratedCode, InputError, InputValidators, RuleSet, evaluate as evaluateRules, evaluateBatch as evaluateBatchRules, renderBegrunnelse } from '@lovkode/engine';
${schemas.map((_, i) => `import validator${i} from '${validatorPrefix}${i}';`).join('\n')}

/** The ruleset id of the rule files (\`lovkode\`'s, for the same files). */
export const ruleset = ${JSON.stringify(rules.ruleset)};
/** The entry module the rules are evaluated through. */
export const module = ${JSON.stringify(rules.entry.name)};

const files = ${JSON.stringify(files.map(({ path, text }) => ({ path, text })))};

/**
 * The files of the modules the entry reaches (itself, the modules it is a variant of, and what
 * they use): a module sees no other, so the check needs no other. The ruleset id is of all the files.
 */
const reached = new Set(${JSON.stringify(reachedModules(rules.entry).map((m) => m.file.path))});

/** The rule set's generated functions, by the source the emitter wrote (no \`new Function\` for these). */
const generated = new Map([
${functions.join('\n')}
]);

/** ajv's validators of the input schema and of the overrides' values, by the schema's text (no \`new Function\` for these). */
const validators = new Map([
${validators.join('\n')}
]);

const compiled = new RuleSet(check(files.filter((file) => reached.has(file.path))), files, {
  // Made ahead, as the build made it: a placeholder generated later could number the rule's locals otherwise.
  code: new GeneratedCode(${Math.max(4096, sources.length)}, generated, true),
  validators: new InputValidators(${Math.max(16, schemas.length)}, validators),
}).compile({ module });
if (!compiled.ok) throw new Error('Reglene i modulen kan ikke kompileres: ' + compiled.diagnostics.map((d) => d.message).join('; '));
const rules = compiled.rules;
if (rules.ruleset !== ruleset) throw new Error('Reglene i modulen har regelsett-id-en ' + rules.ruleset + ', ikke ' + ruleset);

/** Evaluates one case, as \`evaluate\` of @lovkode/engine does (options: trace, outputs, calls, asOf, fastPath). */
export function evaluate(input, options) {
  return evaluateRules(rules, input, options);
}

/** One result per input, in order; a case that fails gives { error } (as @lovkode/engine's evaluateBatch). */
export function evaluateBatch(inputs, options) {
  return evaluateBatchRules(rules, inputs, options);
}

export { EvaluationError, InputError, renderBegrunnelse };
`;
}

/**
 * A folder from which esbuild finds `@lovkode/engine` and `@lovkode/dsl` as this command
 * does: the nearest above this file whose `node_modules` has them (an installed CLI), or,
 * in the workspace (where the command runs from a bundle in `node_modules/.cache`), its
 * `packages/cli`.
 */
function packagesDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules', '@lovkode', 'engine'))) return dir;
    const workspace = path.join(dir, 'packages', 'cli');
    if (existsSync(path.join(workspace, 'node_modules', '@lovkode', 'engine'))) return workspace;
    if (path.dirname(dir) === dir) throw new Error('lovkode build: finner ikke @lovkode/engine');
  }
}

import type * as A from '../ast/ast.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parse } from '../parser/parse.js';
import { CheckContext } from './context.js';
import { buildModules, linkModules, resolveExtensions, resolveSignatures } from './declare.js';
import { checkCycles } from './cycles.js';
import { expectType } from './expressions.js';
import type { Probe } from './probe.js';
import { visibleModules, type CheckedProgram, type ModuleInfo, type ParsedFile } from './program.js';
import { checkProvisionText } from './provisions.js';
import { checkAssumption, checkDiscretion, checkOutputs, checkReplacement, checkRule, env } from './rules.js';
import type { InputSymbol } from './symbols.js';
import { checkExtendedKeys, checkTable } from './tables.js';
import { checkTests } from './tests.js';

export interface RuleSource {
  readonly path: string;
  readonly text: string;
}

export interface CheckResult {
  /** Every diagnostic of every file, syntax and semantic, sorted by file and position. */
  readonly diagnostics: Diagnostic[];
  readonly program: CheckedProgram;
}

export function parseFile(file: RuleSource): ParsedFile {
  const { file: ast, source, diagnostics } = parse(file.text, file.path);
  return { path: file.path, source, ast, diagnostics };
}

/**
 * Checks a rule set: the files are parsed, their modules linked, every name resolved and
 * every expression typed (docs/language.md). Never throws; all problems are diagnostics.
 */
export function check(files: readonly RuleSource[]): CheckResult {
  return checkParsed(files.map(parseFile));
}

/**
 * Checks files that are already parsed (the editor's workspace re-parses only what changed).
 * A `probe` is answered on the way (completion asks what the checker sees at the cursor).
 */
export function checkParsed(files: readonly ParsedFile[], probe?: Probe): CheckResult {
  const ctx = new CheckContext(probe);
  const modules = buildModules(ctx, files);
  linkModules(ctx, modules);
  resolveExtensions(ctx, modules);
  for (const module of modules.values()) guarded(ctx, module, module.file.ast.span, () => resolveSignatures(ctx, module));
  const asOfByModule = checkInputs(ctx, modules);
  checkModuleMarks(ctx, modules);

  for (const module of modules.values()) {
    for (const decl of module.file.ast.declarations) guarded(ctx, module, decl.span, () => checkDeclaration(ctx, module, decl));
    const tests = module.file.ast.declarations.filter((d): d is A.TestDecl => d.kind === 'Test');
    guarded(ctx, module, module.file.ast.span, () => checkTests(ctx, module, tests, asOfByModule.get(module)));
  }
  checkCycles(ctx);
  for (const module of modules.values()) checkExtendedKeys(ctx, module);
  // A declaration that did not parse may cite any source it sees: those are not called unused.
  const seenByBroken = new Set<ModuleInfo>();
  for (const module of modules.values()) {
    if (module.file.ast.declarations.some((d) => d.kind === 'Broken')) for (const seen of visibleModules(module)) seenByBroken.add(seen);
  }
  for (const module of modules.values()) {
    if (seenByBroken.has(module)) continue;
    for (const source of module.sources.values()) {
      if (ctx.citedSources.has(source) || !source.nameSpan) continue;
      ctx.report('LK2015', module, source.nameSpan, `Ingen regel, tabell eller antakelse viser til «${source.name}»`, {
        hint: 'Fjern kilden, eller vis til den der den brukes.',
      });
    }
  }

  const diagnostics = [...files.flatMap((f) => f.diagnostics), ...ctx.diagnostics].sort(compareDiagnostics);
  const moduleOfFile = new Map<string, ModuleInfo>();
  for (const module of modules.values()) moduleOfFile.set(module.file.path, module);
  return {
    diagnostics,
    program: {
      files,
      modules,
      moduleOfFile,
      types: ctx.types,
      references: ctx.references,
      declarations: ctx.declarations,
      dependencies: ctx.dependencies,
      inputs: ctx.inputs,
    },
  };
}

function checkDeclaration(ctx: CheckContext, module: ModuleInfo, decl: A.Declaration): void {
  switch (decl.kind) {
    case 'Assumption':
      checkAssumption(ctx, module, decl);
      break;
    case 'Rule':
      checkRule(ctx, module, decl);
      checkReplacement(ctx, module, decl);
      break;
    case 'Discretion':
      checkDiscretion(ctx, module, decl);
      checkReplacement(ctx, module, decl);
      break;
    case 'Table':
      checkTable(ctx, module, decl);
      checkReplacement(ctx, module, decl);
      break;
    case 'Output':
      checkOutputs(ctx, module, decl);
      break;
    case 'Input':
      if (module.variantOf) {
        ctx.report('LK2014', module, decl.span, 'En variant kan ikke ha egne inndata; den har inndataene til modulen den er en variant av');
      }
      checkFieldDefaults(ctx, module, decl.fields);
      break;
    case 'Record':
      checkFieldDefaults(ctx, module, decl.fields);
      break;
    case 'Source':
      checkProvisionText(ctx, module, decl);
      break;
    case 'Enum':
    case 'EnumExtension':
    case 'Test':
    case 'Broken':
      break;
  }
}

function checkFieldDefaults(ctx: CheckContext, module: ModuleInfo, fields: readonly A.FieldDecl[]): void {
  for (const field of fields) {
    const symbol = ctx.declarations.get(field.name);
    if (!field.defaultValue || (symbol?.kind !== 'input' && symbol?.kind !== 'field')) continue;
    const owner = symbol.kind === 'input' ? symbol : undefined;
    const before = ctx.diagnostics.length;
    expectType(env(ctx, module, owner), field.defaultValue, symbol.type, `standardverdien for «${field.name.text}»`);
    // A mismatched default is reported with its own code, so authors find it under inputs.
    for (let i = before; i < ctx.diagnostics.length; i++) {
      const d = ctx.diagnostics[i] as Diagnostic;
      if (d.code === 'LK3001' || d.code === 'LK3002' || d.code === 'LK3004') ctx.diagnostics[i] = { ...d, code: 'LK3010' };
    }
  }
}

/** The input property that carries overrides of `skjønn` (docs/engine.md §5). */
export const reservedInputName = 'overstyringer';

/**
 * Inputs belong to a scheme: an entry module and everything it reaches through `bruk` and
 * `variant av`. Within what one module reaches, an input field is declared once (LK2018)
 * and one may be the as-of date (LK2020); two schemes may each declare `barn`. Returns the
 * as-of field each module reaches, for its tests (LK6006).
 */
function checkInputs(ctx: CheckContext, modules: ReadonlyMap<string, ModuleInfo>): Map<ModuleInfo, InputSymbol | undefined> {
  for (const input of ctx.inputs) {
    if (input.name !== reservedInputName) continue;
    ctx.report('LK2021', input.module as ModuleInfo, input.decl.name.span, `Inndatafeltet kan ikke hete «${reservedInputName}»`, {
      hint: 'Navnet brukes til saksbehandlerens overstyringer av skjønn i alle inndata. Velg et annet navn.',
    });
  }
  const reported = new Set<InputSymbol>();
  const asOfByModule = new Map<ModuleInfo, InputSymbol | undefined>();
  for (const module of modules.values()) {
    const reached = new Set(reachedModules(module));
    const byName = new Map<string, InputSymbol>();
    let asOf: InputSymbol | undefined;
    for (const input of ctx.inputs) {
      const owner = input.module as ModuleInfo;
      if (!reached.has(owner)) continue;
      const first = byName.get(input.name);
      if (!first) byName.set(input.name, input);
      else if (first.module !== owner && !reported.has(input)) {
        reported.add(input);
        ctx.report('LK2018', owner, input.decl.name.span, `Inndatafeltet «${input.name}» er også deklarert i ${(first.module as ModuleInfo).name}, som ${module.name} også bruker`, {
          related: first.nameSpan ? [ctx.related(first.module as ModuleInfo, first.nameSpan, 'det første står her')] : [],
        });
      }
      if (!input.asOf) continue;
      if (!asOf) asOf = input;
      else if (asOf !== input && !reported.has(input)) {
        reported.add(input);
        ctx.report('LK2020', owner, input.decl.name.span, `Både «${asOf.name}» og «${input.name}» er merket som vurderingstidspunkt i det ${module.name} bruker`, {
          related: asOf.nameSpan ? [ctx.related(asOf.module as ModuleInfo, asOf.nameSpan, 'det første står her')] : [],
        });
      }
    }
    asOfByModule.set(module, asOf);
  }
  return asOfByModule;
}

/**
 * `modul navn  (standard)` marks the scheme a rule set is evaluated through when none is
 * named (the CLI without --module, the HTTP service, embedders): one module at most, and it
 * must be an entry (a module with `utdata`, not a variant). No other mark exists (LK2022).
 */
function checkModuleMarks(ctx: CheckContext, modules: ReadonlyMap<string, ModuleInfo>): void {
  let standard: ModuleInfo | undefined;
  for (const module of modules.values()) {
    for (const mark of module.file.ast.module?.marks ?? []) {
      if (mark.text !== 'standard') {
        ctx.report('LK2022', module, mark.span, `Ukjent merke «${mark.text}» på modulen`, { hint: 'Det eneste merket er «standard»: ordningen som brukes når ingen er valgt.' });
      } else if (module.variantOf || !module.file.ast.declarations.some((d) => d.kind === 'Output')) {
        ctx.report('LK2022', module, mark.span, '«standard» kan bare stå på en modul med «utdata» som ikke er en variant', {
          hint: 'Merk modulen som har ordningens utdata.',
        });
      } else if (standard) {
        ctx.report('LK2022', module, mark.span, `Både ${standard.name} og ${module.name} er merket «standard»`, { hint: 'Bare én ordning kan være standard.' });
      } else {
        standard = module;
      }
    }
  }
}

/** A module, its base chain and everything these use, transitively: what one evaluation through it can read. */
export function reachedModules(module: ModuleInfo): ModuleInfo[] {
  const reached: ModuleInfo[] = [module];
  for (let i = 0; i < reached.length; i++) {
    const m = reached[i] as ModuleInfo;
    for (const next of [...(m.variantOf ? [m.variantOf] : []), ...m.imports]) if (!reached.includes(next)) reached.push(next);
  }
  return reached;
}

/**
 * Runs one step of the checker so that a pathological input (an expression nested deeper
 * than the stack allows) becomes a diagnostic instead of a crash.
 */
function guarded(ctx: CheckContext, module: ModuleInfo, span: A.Span, step: () => void): void {
  try {
    step();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    ctx.report('LK1004', module, span, 'Uttrykket er for dypt nestet til å sjekkes', { hint: 'Del uttrykket opp i flere regler.' });
  }
}

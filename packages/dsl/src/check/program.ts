import type * as A from '../ast/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceText } from '../source/source-text.js';
import { builtinTypes, builtinValues } from './builtins.js';
import type { RecordedLookup } from './recorded-map.js';
import type {
  CitableSymbol,
  DefinitionSymbol,
  InputSymbol,
  LkSymbol,
  ModuleSymbol,
  RuleSymbol,
  DiscretionSymbol,
  TableSymbol,
  EnumMemberSymbol,
  EnumSymbol,
  RecordSymbol,
  ValueSymbol,
} from './symbols.js';
import type { Type } from './types.js';

/** A parsed rule file as the checker sees it. */
export interface ParsedFile {
  readonly path: string;
  readonly source: SourceText;
  readonly ast: A.RuleFile;
  /** Lexical and syntax diagnostics of this file. */
  readonly diagnostics: readonly Diagnostic[];
}

export type TypeSymbol = EnumSymbol | RecordSymbol;
export type ReplaceableSymbol = RuleSymbol | DiscretionSymbol | TableSymbol;

/** One module (one file) with its own declarations and what it can see. */
export interface ModuleInfo {
  readonly name: string;
  readonly file: ParsedFile;
  readonly symbol: ModuleSymbol;
  /** The module this one is a variant of. */
  variantOf: ModuleInfo | undefined;
  /** Modules named by `bruk`. */
  readonly imports: ModuleInfo[];
  /**
   * A module named by `bruk` or `variant av` is not among the files checked (LK2003): the
   * names it would have given are then unknown here, and not reported once more each.
   */
  importsMissing: boolean;
  /** Rules, `skjønn`, tables and inputs declared here. */
  readonly values: Map<string, ValueSymbol>;
  /** `valg` and `type` declared here. */
  readonly types: Map<string, TypeSymbol>;
  /** `kilde` and `antakelse` declared here. */
  readonly sources: Map<string, CitableSymbol>;
  /** `utdata` of this module (a variant's outputs are its base module's). */
  readonly outputs: DefinitionSymbol[];
  /** In a variant: what each `erstatt` replaces → its replacement. */
  readonly replacements: Map<ReplaceableSymbol, ReplaceableSymbol>;
  /** In a variant: the members each `utvid valg` adds to an enumeration, in the order written. */
  readonly extensions: Map<EnumSymbol, Map<string, EnumMemberSymbol>>;
  /** Names of declarations that failed to parse; uses of them are not reported again. */
  readonly broken: Set<string>;
  /** What this module sees, once a name has been looked up in it (see `visibleModules`). */
  visibility: Visibility | undefined;
}

/** The visible modules, in lookup order; the first `own` are the module and its base chain. */
export interface Visibility {
  readonly modules: readonly ModuleInfo[];
  readonly own: number;
}

/** The result of checking a rule set: everything later stages need, with names resolved. */
export interface CheckedProgram {
  readonly files: readonly ParsedFile[];
  readonly modules: ReadonlyMap<string, ModuleInfo>;
  /** The module of each file, by path (files without `modul` get a module named after the path). */
  readonly moduleOfFile: ReadonlyMap<string, ModuleInfo>;
  /** The type of every checked expression. */
  readonly types: RecordedLookup<A.Expr, Type>;
  /** The symbol every name occurrence resolves to (references, type names, citations, labels …). */
  readonly references: RecordedLookup<A.Name, LkSymbol>;
  /** The symbol each declaration (or field, parameter, exception) introduces, by its name node. */
  readonly declarations: ReadonlyMap<A.Name, LkSymbol>;
  /** Per definition, the definitions its value depends on directly. */
  readonly dependencies: ReadonlyMap<DefinitionSymbol, ReadonlySet<DefinitionSymbol>>;
  /** Every input field of the rule set (of every scheme). */
  readonly inputs: readonly InputSymbol[];
}

/**
 * Where a name is looked for, in order (docs/language.md §5): the module and, for a variant,
 * its base chain (a variant sees what its base sees), then the modules these import.
 */
export function visibleModules(module: ModuleInfo): readonly ModuleInfo[] {
  return visibility(module).modules;
}

/**
 * The visible modules of a module, computed on first use and kept: `linkModules` fixes every
 * module's imports and base before anything looks a name up, and a name lookup is the
 * checker's most frequent step.
 */
export function visibility(module: ModuleInfo): Visibility {
  if (module.visibility) return module.visibility;
  const modules: ModuleInfo[] = [module];
  for (let base = module.variantOf; base && !modules.includes(base); base = base.variantOf) modules.push(base);
  const own = modules.length;
  for (let i = 0; i < own; i++) {
    for (const imported of (modules[i] as ModuleInfo).imports) if (!modules.includes(imported)) modules.push(imported);
  }
  module.visibility = { modules, own };
  return module.visibility;
}

export type Lookup<S> = { readonly kind: 'found'; readonly symbol: S } | { readonly kind: 'ambiguous'; readonly symbols: S[] } | { readonly kind: 'missing' };

/**
 * Looks a name up in a module: own declarations (and, for a variant, its base chain) win;
 * then imported modules, where two different declarations of the name are ambiguous; then
 * the built-ins.
 */
function lookup<S>(module: ModuleInfo, name: string, table: (m: ModuleInfo) => ReadonlyMap<string, S>, builtin: ReadonlyMap<string, S>): Lookup<S> {
  const { modules, own } = visibility(module);
  for (let i = 0; i < own; i++) {
    const symbol = table(modules[i] as ModuleInfo).get(name);
    if (symbol) return { kind: 'found', symbol };
  }
  let first: S | undefined;
  let all: S[] | undefined;
  for (let i = own; i < modules.length; i++) {
    const symbol = table(modules[i] as ModuleInfo).get(name);
    if (!symbol || symbol === first || all?.includes(symbol)) continue;
    if (first === undefined) first = symbol;
    else (all ??= [first]).push(symbol);
  }
  if (all) return { kind: 'ambiguous', symbols: all };
  if (first !== undefined) return { kind: 'found', symbol: first };
  const b = builtin.get(name);
  return b ? { kind: 'found', symbol: b } : { kind: 'missing' };
}

const noSources: ReadonlyMap<string, CitableSymbol> = new Map();

export function lookupValue(module: ModuleInfo, name: string): Lookup<ValueSymbol> {
  return lookup<ValueSymbol>(module, name, (m) => m.values, builtinValues);
}

export function lookupType(module: ModuleInfo, name: string): Lookup<TypeSymbol | LkSymbol> {
  return lookup<TypeSymbol | LkSymbol>(module, name, (m) => m.types, builtinTypes);
}

export function lookupSource(module: ModuleInfo, name: string): Lookup<CitableSymbol> {
  return lookup<CitableSymbol>(module, name, (m) => m.sources, noSources);
}

/**
 * The members of an enumeration as `module` sees them: its own, then those `utvid valg` adds
 * in the module and its base chain (base first). A variant's members exist only for the
 * variant and what is evaluated through it; everywhere else the enumeration is as declared.
 */
export function enumMembers(symbol: EnumSymbol, module: ModuleInfo | undefined): ReadonlyMap<string, EnumMemberSymbol> {
  if (!module) return symbol.members;
  const { modules, own } = visibility(module);
  let members: Map<string, EnumMemberSymbol> | undefined;
  for (let i = own - 1; i >= 0; i--) {
    const added = (modules[i] as ModuleInfo).extensions.get(symbol);
    if (!added) continue;
    members ??= new Map(symbol.members);
    for (const [name, member] of added) members.set(name, member);
  }
  return members ?? symbol.members;
}

/** The module and its base chain, those with `utvid valg`: an evaluation through `module` sees their members. */
export function extendingModules(module: ModuleInfo): ModuleInfo[] {
  const { modules, own } = visibility(module);
  return modules.slice(0, own).filter((m) => m.extensions.size > 0);
}

/** Is `name` the name of a declaration that failed to parse, in a visible module? */
export function isBrokenName(module: ModuleInfo, name: string): boolean {
  for (const m of visibleModules(module)) if (m.broken.has(name)) return true;
  return false;
}

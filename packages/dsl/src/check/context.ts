import type * as A from '../ast/ast.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { createDiagnostic, type Diagnostic, type DiagnosticDetails } from '../diagnostics/diagnostic.js';
import type { Probe } from './probe.js';
import type { ModuleInfo } from './program.js';
import { RecordedMap } from './recorded-map.js';
import type { CitableSymbol, DefinitionSymbol, InputSymbol, LkSymbol, ParameterSymbol, VariableSymbol } from './symbols.js';
import type { Type } from './types.js';

/** What a module whose `bruk` names a missing module cannot tell from a typing error: not reported there. */
const UNKNOWN_WITHOUT_AN_IMPORT: ReadonlySet<DiagnosticCode> = new Set(['LK2001', 'LK2005', 'LK2007', 'LK2010']);

/** The state the checker's passes share while checking one rule set. */
export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly types = new RecordedMap<A.Expr, Type>();
  readonly references = new RecordedMap<A.Name, LkSymbol>();
  readonly declarations = new Map<A.Name, LkSymbol>();
  readonly dependencies = new Map<DefinitionSymbol, Set<DefinitionSymbol>>();
  readonly citedSources = new Set<CitableSymbol>();
  readonly inputs: InputSymbol[] = [];

  /** `probe`: a question about one position, answered while checking (completion asks it). */
  constructor(readonly probe?: Probe) {}

  report(code: DiagnosticCode, module: ModuleInfo, span: A.Span, message: string, details?: DiagnosticDetails): void {
    // One missing module (LK2003) is not a hundred unknown names after it.
    if (module.importsMissing && UNKNOWN_WITHOUT_AN_IMPORT.has(code)) return;
    this.diagnostics.push(createDiagnostic(code, module.file.source, span, message, details));
  }

  /** A related location for a diagnostic, e.g. the other definition of a conflict. */
  related(module: ModuleInfo, span: A.Span, message: string): NonNullable<DiagnosticDetails['related']>[number] {
    return { message, source: module.file.source, span };
  }

  declare(name: A.Name, symbol: LkSymbol): void {
    this.declarations.set(name, symbol);
  }

  refer(name: A.Name, symbol: LkSymbol): void {
    this.references.set(name, symbol);
  }

  depend(owner: DefinitionSymbol | undefined, on: DefinitionSymbol): void {
    if (!owner) return;
    let set = this.dependencies.get(owner);
    if (!set) this.dependencies.set(owner, (set = new Set()));
    set.add(on);
  }
}

/** Where an expression is checked: the module, the local names, and whose definition it is. */
export interface Env {
  readonly ctx: CheckContext;
  readonly module: ModuleInfo;
  readonly locals: ReadonlyMap<string, ParameterSymbol | VariableSymbol>;
  /** The definition being checked; the names it uses become its dependencies. */
  readonly owner: DefinitionSymbol | undefined;
  /**
   * The comprehension variables whose position is known here, with their comprehension: in
   * the comprehension's body, not in its `der` or `etter` (which decide the positions).
   */
  readonly positioned?: ReadonlyMap<VariableSymbol, A.Comprehension>;
}

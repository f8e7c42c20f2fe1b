import type * as A from '../ast/ast.js';
import { equalIgnoringSpans } from '../ast/equal.js';
import type { CheckContext, Env } from './context.js';
import { checkExpr, expectType, reportUnknownName } from './expressions.js';
import { checkCalendarLiteral } from './literals.js';
import { checkPinpoint } from './provisions.js';
import { lookupSource, lookupValue, type ModuleInfo, type ReplaceableSymbol } from './program.js';
import { suggest } from './suggest.js';
import type { CitableSymbol, Citation, CitationSet, DefinitionSymbol, DiscretionSymbol, ExceptionSymbol, ParameterSymbol, RuleSymbol, VariableSymbol } from './symbols.js';
import { booleanType, sameType } from './types.js';

export function env(ctx: CheckContext, module: ModuleInfo, owner: DefinitionSymbol | undefined, params: readonly ParameterSymbol[] = []): Env {
  return { ctx, module, owner, locals: new Map(params.map((p) => [p.name, p])) };
}

/** A resolved citation, with its ledd and punktum when it is pinned to stored text that exists. */
function citationOf(source: CitableSymbol, cited: A.CitedSource, pinned: boolean): Citation {
  if (!pinned || !cited.ledd) return { source };
  // Two literals, not a conditional spread (which V8 copies slowly); the same keys in the same order.
  return cited.punktum ? { source, ledd: cited.ledd.value, punktum: cited.punktum.value } : { source, ledd: cited.ledd.value };
}

/** Resolves the sources cited in an annotation (LK2007) and checks its validity period. */
export function resolveCitations(ctx: CheckContext, module: ModuleInfo, annotation: A.Annotation | undefined): Citation[] {
  if (!annotation) return [];
  const cited = resolveCitedSources(ctx, module, annotation.sources);
  const validity = annotation.validity;
  if (validity) {
    checkCalendarLiteral(ctx, module, validity.from);
    if (validity.to) {
      checkCalendarLiteral(ctx, module, validity.to);
      if (validity.to.value < validity.from.value) {
        ctx.report('LK4009', module, validity.span, `Perioden slutter (${validity.to.value}) før den begynner (${validity.from.value})`);
      }
    }
  }
  return cited;
}

/**
 * Resolves sources named in a citation, an annotation's or a table row's `kilde` cell (LK2007),
 * each with its ledd and punktum when it is pinned to stored text that exists (LK2026, LK2027).
 */
export function resolveCitedSources(ctx: CheckContext, module: ModuleInfo, sources: readonly A.CitedSource[]): Citation[] {
  const cited: Citation[] = [];
  for (const source of sources) {
    const name = source.name;
    const found = lookupSource(module, name.text);
    if (found.kind === 'found') {
      ctx.refer(name, found.symbol);
      ctx.citedSources.add(found.symbol);
      cited.push(citationOf(found.symbol, source, checkPinpoint(ctx, module, source, found.symbol)));
      continue;
    }
    const candidates = new Set<string>();
    for (const m of [module, ...module.imports]) for (const key of m.sources.keys()) candidates.add(key);
    ctx.report('LK2007', module, name.span, `Ukjent kilde «${name.text}»`, {
      hint: suggest(name.text, candidates) ?? 'Deklarer kilden først: kilde navn "Tittel" <lenke>.',
    });
  }
  return cited;
}

/** Sources are required on rules, exceptions and `skjønn` (LK4001, LK4002). */
function requireCitation(
  ctx: CheckContext,
  module: ModuleInfo,
  set: CitationSet,
  annotation: A.Annotation | undefined,
  name: A.Name,
  what: 'regel' | 'unntak' | 'skjønn',
): void {
  // A citation of an unknown source is already LK2007.
  if (set.citations.length > 0 || (annotation?.sources.length ?? 0) > 0) return;
  const missing = what === 'unntak' ? 'LK4002' : 'LK4001';
  const subject = what === 'regel' ? `Regelen «${name.text}»` : what === 'unntak' ? `Unntaket «${name.text}»` : `Skjønnet «${name.text}»`;
  ctx.report(missing, module, name.span, `${subject} viser ikke til noen kilde`, {
    hint: 'Skriv hvor det står i loven eller rundskrivet, for eksempel «(kilde stl18)».',
  });
}

export function checkAssumption(ctx: CheckContext, module: ModuleInfo, decl: A.AssumptionDecl): void {
  const symbol = ctx.declarations.get(decl.name);
  const citations = resolveCitations(ctx, module, decl.annotation);
  if (symbol?.kind === 'assumption') symbol.citations = citations;
}

export function checkRule(ctx: CheckContext, module: ModuleInfo, decl: A.RuleDecl): void {
  const symbol = ctx.declarations.get(decl.name);
  if (symbol?.kind !== 'rule') return;
  symbol.citations = resolveCitations(ctx, module, decl.annotation);
  requireCitation(ctx, module, symbol, decl.annotation, decl.name, 'regel');
  const scope = env(ctx, module, symbol, symbol.params);
  for (const definition of decl.definitions) checkDefinition(scope, definition, symbol);
  reportConflicts(
    ctx,
    module,
    decl.definitions.map((d) => ({ definition: d, from: symbol.validFrom, to: symbol.validTo, label: () => `definisjonen på linje ${module.file.source.positionAt(d.span.start).line}` })),
  );

  for (const exception of decl.exceptions) {
    const exceptionSymbol: ExceptionSymbol = {
      kind: 'exception',
      name: exception.label.text,
      nameSpan: exception.label.span,
      decl: exception,
      rule: symbol,
      parent: undefined,
      module,
      doc: undefined,
      ...citationWith(resolveCitations(ctx, module, exception.annotation), exception.annotation),
    };
    ctx.declare(exception.label, exceptionSymbol);
    if (symbol.exceptions.has(exceptionSymbol.name)) {
      ctx.report('LK4005', module, exception.label.span, `Regelen har allerede et unntak som heter «${exceptionSymbol.name}»`);
      continue;
    }
    symbol.exceptions.set(exceptionSymbol.name, exceptionSymbol);
    requireCitation(ctx, module, exceptionSymbol, exception.annotation, exception.label, 'unntak');
    checkDefinition(scope, exception.definition, symbol);
  }
  linkExceptions(ctx, module, symbol);
  checkExplanation(scope, decl.explanation, symbol);
}

function citationWith(citations: Citation[], annotation: A.Annotation | undefined): CitationSet {
  return { citations, validFrom: annotation?.validity?.from.value, validTo: annotation?.validity?.to?.value };
}

function checkDefinition(scope: Env, definition: A.Definition, symbol: RuleSymbol): void {
  if (definition.condition) expectType(scope, definition.condition, booleanType, 'betingelsen');
  expectType(scope, definition.value, symbol.type, 'verdien');
}

/** Connects each exception to its parent (LK4004), finds circles (LK4010), unreachable and conflicting ones. */
function linkExceptions(ctx: CheckContext, module: ModuleInfo, rule: RuleSymbol): void {
  for (const exception of rule.exceptions.values()) {
    const parentName = exception.decl.parent;
    if (!parentName) continue;
    const parent = rule.exceptions.get(parentName.text);
    if (!parent) {
      ctx.report('LK4004', module, parentName.span, `Regelen «${rule.name}» har ikke noe unntak «${parentName.text}»`, {
        hint: suggest(parentName.text, rule.exceptions.keys()) ?? 'Etter «til» står navnet på unntaket dette er et unntak fra.',
      });
      continue;
    }
    ctx.refer(parentName, parent);
    exception.parent = parent;
  }
  for (const exception of rule.exceptions.values()) {
    const seen = new Set<ExceptionSymbol>([exception]);
    for (let p = exception.parent; p; p = p.parent) {
      if (!seen.has(p)) {
        seen.add(p);
        continue;
      }
      ctx.report('LK4010', module, exception.decl.label.span, `Unntakene går i ring: ${[...seen].map((s) => s.name).join(' → ')} → ${p.name}`);
      exception.parent = undefined;
      break;
    }
  }
  const levels = new Map<ExceptionSymbol | undefined, ExceptionSymbol[]>();
  for (const exception of rule.exceptions.values()) {
    const level = levels.get(exception.parent) ?? [];
    level.push(exception);
    levels.set(exception.parent, level);
    const condition = exception.decl.definition.condition;
    if (condition?.kind === 'Boolean' && !condition.value) {
      ctx.report('LK4006', module, exception.decl.label.span, `Unntaket «${exception.name}» kan aldri gjelde: betingelsen er alltid usann`);
    } else if (!overlaps(exception.validFrom, exception.validTo, rule.validFrom, rule.validTo)) {
      ctx.report('LK4006', module, exception.decl.label.span, `Unntaket «${exception.name}» kan aldri gjelde: perioden ligger utenfor perioden regelen gjelder i`);
    }
  }
  for (const level of levels.values()) {
    reportConflicts(
      ctx,
      module,
      level.map((e) => ({ definition: e.decl.definition, from: e.validFrom, to: e.validTo, label: () => `unntaket «${e.name}»` })),
    );
  }
}

/** Whether two periods (`fra`/`til` days, either open) share a day. */
export function overlaps(fromA: string | undefined, toA: string | undefined, fromB: string | undefined, toB: string | undefined): boolean {
  return (fromA === undefined || toB === undefined || fromA <= toB) && (fromB === undefined || toA === undefined || fromB <= toA);
}

/**
 * Two definitions at one level that always apply together but give different values (LK4007).
 * A definition's `label` names it in the message, made only for a conflict (a line number
 * takes the file's table of lines).
 */
function reportConflicts(
  ctx: CheckContext,
  module: ModuleInfo,
  definitions: ReadonlyArray<{ definition: A.Definition; from: string | undefined; to: string | undefined; label: () => string }>,
): void {
  for (let i = 0; i < definitions.length; i++) {
    for (let j = i + 1; j < definitions.length; j++) {
      const a = definitions[i] as (typeof definitions)[number];
      const b = definitions[j] as (typeof definitions)[number];
      if (!equalIgnoringSpans(a.definition.condition, b.definition.condition)) continue;
      if (!overlaps(a.from, a.to, b.from, b.to) || equalIgnoringSpans(a.definition.value, b.definition.value)) continue;
      const when = a.definition.condition ? 'har samme betingelse' : 'gjelder alltid';
      ctx.report('LK4007', module, b.definition.span, `Motstrid: ${b.label()} og ${a.label()} ${when}, men gir ulike verdier`, {
        hint: 'Gjør det ene til et unntak fra det andre, eller skill betingelsene.',
        related: [ctx.related(module, a.definition.span, `${a.label()} står her`)],
      });
    }
  }
}

export function checkDiscretion(ctx: CheckContext, module: ModuleInfo, decl: A.DiscretionDecl): void {
  const symbol = ctx.declarations.get(decl.name);
  if (symbol?.kind !== 'discretion') return;
  symbol.citations = resolveCitations(ctx, module, decl.annotation);
  requireCitation(ctx, module, symbol, decl.annotation, decl.name, 'skjønn');
  const scope = env(ctx, module, symbol, symbol.params);
  expectType(scope, decl.guideline, symbol.type, 'den veiledende verdien');
  checkExplanation(scope, decl.explanation, symbol);
}

/**
 * The placeholders of an explanation are expressions, checked like any other in the scope of
 * the rule (its parameters) plus `verdi`, the rule's or `skjønn`'s own value. A rule with
 * parameters must be called with arguments (LK3005), so a template cannot print the value
 * of one element for another. What a template uses is a dependency, as in a definition.
 */
function checkExplanation(scope: Env, explanation: A.Explanation | undefined, owner: RuleSymbol | DiscretionSymbol): void {
  if (!explanation || explanation.placeholders.length === 0) return;
  const value: VariableSymbol = {
    kind: 'variable',
    boundBy: 'explanation',
    name: 'verdi',
    type: owner.type,
    module: scope.module,
    nameSpan: owner.nameSpan,
    doc: `Verdien av ${owner.kind === 'rule' ? 'regelen' : 'skjønnet'} \`${owner.name}\``,
  };
  const locals = new Map(scope.locals);
  locals.set(value.name, value);
  const inner: Env = { ...scope, locals };
  for (const placeholder of explanation.placeholders) if (placeholder.expr) checkExpr(inner, placeholder.expr);
}

export function checkOutputs(ctx: CheckContext, module: ModuleInfo, decl: A.OutputDecl): void {
  if (module.variantOf) {
    ctx.report('LK2014', module, decl.span, 'En variant kan ikke ha egne utdata; den har utdataene til modulen den er en variant av');
    return;
  }
  for (const name of decl.names) {
    const found = lookupValue(module, name.text);
    if (found.kind !== 'found') {
      reportUnknownName(env(ctx, module, undefined), name);
      continue;
    }
    const symbol = found.symbol;
    ctx.refer(name, symbol);
    if ((symbol.kind === 'rule' || symbol.kind === 'discretion') && !symbol.params) {
      module.outputs.push(symbol);
    } else {
      ctx.report('LK3013', module, name.span, `«${name.text}» kan ikke være utdata`, {
        hint: 'Utdata må være en regel uten parametre eller et skjønn.',
      });
    }
  }
}

/** `erstatt` must replace a declaration of the base module with the same kind and signature. */
/**
 * A variant's own rule, `skjønn` or table named like one its base sees, without `erstatt`
 * (LK2031): the base would go on using its own, so the variant would silently change nothing.
 */
function checkShadowing(ctx: CheckContext, module: ModuleInfo, decl: A.RuleDecl | A.DiscretionDecl | A.TableDecl, own: ReplaceableSymbol): void {
  if (!module.variantOf) return;
  const found = lookupValue(module.variantOf, decl.name.text);
  if (found.kind !== 'found') return;
  const what = { rule: 'regel', discretion: 'skjønn', table: 'tabell' }[own.kind];
  const base = found.symbol;
  ctx.report('LK2031', module, decl.name.span, `«${module.variantOf.name}» har allerede «${decl.name.text}»; uten «erstatt» bruker grunnmodulen fortsatt sin egen`, {
    hint: base.kind === own.kind ? `Skriv «erstatt ${what} ${decl.name.text} …» for å erstatte den, eller gi denne et annet navn.` : 'Gi denne et annet navn.',
    related: base.module && base.nameSpan ? [ctx.related(base.module, base.nameSpan, 'den i grunnmodulen står her')] : [],
  });
}

export function checkReplacement(ctx: CheckContext, module: ModuleInfo, decl: A.RuleDecl | A.DiscretionDecl | A.TableDecl): void {
  const replacement = ctx.declarations.get(decl.name) as ReplaceableSymbol | undefined;
  if (replacement && !decl.replaces) checkShadowing(ctx, module, decl, replacement);
  if (!replacement || !decl.replaces) return;
  if (!module.variantOf) {
    ctx.report('LK2013', module, decl.replaces.span, '«erstatt» kan bare brukes i en variant', {
      hint: 'Skriv «modul navn variant av grunnmodul» øverst i filen.',
    });
    return;
  }
  const found = lookupValue(module.variantOf, decl.name.text);
  const original = found.kind === 'found' ? found.symbol : undefined;
  if (!original || original.kind !== replacement.kind) {
    const what = { rule: 'regel', discretion: 'skjønn', table: 'tabell' }[replacement.kind];
    ctx.report('LK2011', module, decl.name.span, `«${module.variantOf.name}» har ingen ${what} «${decl.name.text}» å erstatte`);
    return;
  }
  const params = (s: ReplaceableSymbol) => s.params;
  const [a, b] = [params(original), params(replacement)];
  const sameParams = a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((p, i) => sameType(p.type, (b[i] as ParameterSymbol).type)));
  if (!sameParams || !sameType(original.type, replacement.type)) {
    ctx.report('LK3012', module, decl.name.span, `Erstatningen av «${decl.name.text}» må ha samme parametre og type som originalen`, {
      related: original.module && original.nameSpan ? [ctx.related(original.module, original.nameSpan, 'originalen står her')] : [],
    });
    return;
  }
  ctx.refer(decl.name, original);
  module.replacements.set(original, replacement);
}

import type * as A from '../ast/ast.js';
import { builtinTypes } from './builtins.js';
import type { CheckContext } from './context.js';
import { enumMembers, lookupType, visibleModules, type ModuleInfo, type ParsedFile, type TypeSymbol } from './program.js';
import { resolveCitations } from './rules.js';
import { suggest } from './suggest.js';
import type { EnumMemberSymbol, EnumSymbol, FieldSymbol, InputSymbol, LkSymbol, ParameterSymbol, ValueSymbol } from './symbols.js';
import { errorType, listOf, typeName, type Type } from './types.js';

/** Creates one module per file and registers the names each declares (pass 1). */
export function buildModules(ctx: CheckContext, files: readonly ParsedFile[]): Map<string, ModuleInfo> {
  const modules = new Map<string, ModuleInfo>();
  for (const file of files) {
    const header = file.ast.module;
    let name = header?.name.text ?? file.path;
    if (modules.has(name)) {
      const first = modules.get(name) as ModuleInfo;
      const module = createModule(`${name} (${file.path})`, file);
      ctx.report('LK2008', module, header?.name.span ?? { start: 0, end: 0 }, `Modulen «${name}» finnes allerede i ${first.file.path}`, {
        hint: 'Hver fil er én modul med et eget navn.',
      });
      name = module.name;
      modules.set(name, module);
    } else {
      modules.set(name, createModule(name, file));
    }
    collectDeclarations(ctx, modules.get(name) as ModuleInfo);
  }
  return modules;
}

function createModule(name: string, file: ParsedFile): ModuleInfo {
  return {
    name,
    file,
    symbol: { kind: 'module', name, module: undefined, nameSpan: file.ast.module?.name.span, doc: undefined },
    variantOf: undefined,
    importsMissing: false,
    imports: [],
    values: new Map(),
    types: new Map(),
    sources: new Map(),
    outputs: [],
    replacements: new Map(),
    extensions: new Map(),
    broken: new Set(),
    visibility: undefined,
  };
}

function collectDeclarations(ctx: CheckContext, module: ModuleInfo): void {
  const add = <S extends LkSymbol>(table: Map<string, S>, name: A.Name, symbol: S, replaces = false) => {
    ctx.declare(name, symbol);
    if (table.has(name.text) && !replaces) {
      ctx.report('LK2002', module, name.span, `«${name.text}» er deklarert flere ganger i modulen`, {
        hint: 'Gi den ene et annet navn.',
      });
      return;
    }
    table.set(name.text, symbol);
  };
  for (const decl of module.file.ast.declarations) {
    switch (decl.kind) {
      case 'Source':
        add(module.sources, decl.name, {
          kind: 'source',
          name: decl.name.text,
          nameSpan: decl.name.span,
          module,
          doc: decl.doc,
          decl,
          title: decl.title.value,
          url: decl.url?.href,
        });
        break;
      case 'Assumption':
        add(module.sources, decl.name, {
          kind: 'assumption',
          name: decl.name.text,
          nameSpan: decl.name.span,
          module,
          doc: decl.doc,
          decl,
          title: decl.text.value,
          citations: [],
        });
        break;
      case 'Enum': {
        const symbol: EnumSymbol = { kind: 'enum', name: decl.name.text, nameSpan: decl.name.span, module, doc: decl.doc, decl, members: new Map() };
        for (const member of decl.members) {
          if (symbol.members.has(member.text)) {
            ctx.report('LK2016', module, member.span, `«${member.text}» står to ganger i valget «${decl.name.text}»`);
            continue;
          }
          const memberSymbol: EnumMemberSymbol = { kind: 'enum-member', name: member.text, nameSpan: member.span, module, doc: ownDoc(decl.memberDocs, member.text), owner: symbol };
          symbol.members.set(member.text, memberSymbol);
          ctx.declare(member, memberSymbol);
        }
        add<TypeSymbol>(module.types, decl.name, symbol);
        break;
      }
      case 'Record':
        add<TypeSymbol>(module.types, decl.name, { kind: 'record', name: decl.name.text, nameSpan: decl.name.span, module, doc: decl.doc, decl, fields: new Map() });
        break;
      case 'Input':
        for (const field of decl.fields) {
          const symbol: InputSymbol = {
            kind: 'input',
            name: field.name.text,
            nameSpan: field.name.span,
            module,
            doc: undefined,
            decl: field,
            type: errorType,
            optional: field.defaultValue !== undefined,
            asOf: false,
            negativeAllowed: false,
          };
          add<ValueSymbol>(module.values, field.name, symbol);
          ctx.inputs.push(symbol);
        }
        break;
      case 'Rule':
        add<ValueSymbol>(
          module.values,
          decl.name,
          {
            kind: 'rule',
            name: decl.name.text,
            nameSpan: decl.name.span,
            module,
            doc: decl.doc,
            decl,
            citations: [],
            validFrom: decl.annotation?.validity?.from.value,
            validTo: decl.annotation?.validity?.to?.value,
            type: errorType,
            params: undefined,
            exceptions: new Map(),
          },
          decl.replaces !== undefined,
        );
        break;
      case 'Discretion':
        add<ValueSymbol>(
          module.values,
          decl.name,
          {
            kind: 'discretion',
            name: decl.name.text,
            nameSpan: decl.name.span,
            module,
            doc: decl.doc,
            decl,
            citations: [],
            validFrom: decl.annotation?.validity?.from.value,
            validTo: decl.annotation?.validity?.to?.value,
            type: errorType,
            params: undefined,
          },
          decl.replaces !== undefined,
        );
        break;
      case 'Table':
        add<ValueSymbol>(
          module.values,
          decl.name,
          {
            kind: 'table',
            name: decl.name.text,
            nameSpan: decl.name.span,
            module,
            doc: decl.doc,
            decl,
            citations: [],
            validFrom: decl.annotation?.validity?.from.value,
            validTo: decl.annotation?.validity?.to?.value,
            type: errorType,
            params: [],
            model: undefined,
          },
          decl.replaces !== undefined,
        );
        break;
      case 'Broken':
        if (decl.name) module.broken.add(decl.name.text);
        break;
      case 'Output':
      case 'Test':
      case 'EnumExtension':
        break;
    }
  }
}

/**
 * Registers the members each `utvid valg` adds (docs/language.md §5, variants), once modules
 * are linked and before anything is checked: a base variant's additions before those of a
 * variant of it, so that adding a member twice along a chain is found (LK2016).
 */
export function resolveExtensions(ctx: CheckContext, modules: ReadonlyMap<string, ModuleInfo>): void {
  const depth = (module: ModuleInfo) => {
    let n = 0;
    for (let m = module.variantOf; m && n <= modules.size; m = m.variantOf) n++;
    return n;
  };
  const ordered = [...modules.values()].sort((a, b) => depth(a) - depth(b));
  for (const module of ordered) {
    for (const decl of module.file.ast.declarations) if (decl.kind === 'EnumExtension') extend(ctx, module, decl);
  }
}

function extend(ctx: CheckContext, module: ModuleInfo, decl: A.EnumExtensionDecl): void {
  if (!module.variantOf) {
    ctx.report('LK2023', module, { start: decl.span.start, end: decl.span.start + 'utvid'.length }, '«utvid» kan bare brukes i en variant', {
      hint: `Skriv verdiene i valget «${decl.name.text}» der det er deklarert, eller lag en variant: «modul … variant av …».`,
    });
    return;
  }
  const found = lookupType(module, decl.name.text);
  const symbol = found.kind === 'found' && found.symbol.kind === 'enum' ? found.symbol : undefined;
  if (!symbol || !symbol.module || symbol.module === module) {
    if (found.kind === 'found') ctx.refer(decl.name, found.symbol);
    const enums = visibleModules(module)
      .filter((m) => m !== module)
      .flatMap((m) => [...m.types.values()].filter((t) => t.kind === 'enum').map((t) => t.name));
    const what =
      found.kind !== 'found'
        ? `Finner ikke noe valg «${decl.name.text}» som varianten kan utvide`
        : found.symbol.kind === 'record'
          ? `«${decl.name.text}» er en type med felt, ikke et valg; bare et valg kan utvides`
          : symbol?.module === module
            ? `Valget «${decl.name.text}» er deklarert i varianten selv; skriv verdiene der`
            : `«${decl.name.text}» er innebygd og kan ikke utvides`;
    ctx.report('LK2024', module, decl.name.span, what, {
      hint: suggest(decl.name.text, enums) ?? (enums.length > 0 ? `Valgene varianten ser, er: ${enums.join(', ')}.` : undefined),
    });
    return;
  }
  ctx.refer(decl.name, symbol);
  resolveCitations(ctx, module, decl.annotation);
  if (decl.annotation?.validity) {
    ctx.report('LK2025', module, decl.annotation.validity.span, 'En verdi varianten legger til i et valg, har ingen gyldighetsperiode', {
      hint: 'Verdien finnes i alle beregninger gjennom varianten. Legg perioden på regelen eller tabellen som bruker verdien.',
    });
  }
  let added = module.extensions.get(symbol);
  for (const member of decl.members) {
    const existing = enumMembers(symbol, module).get(member.text);
    if (existing) {
      const where = existing.module && existing.module !== module ? ` (i ${existing.module.name})` : '';
      ctx.report('LK2016', module, member.span, `«${member.text}» finnes allerede i valget «${symbol.name}»${where}`, {
        hint: 'En variant kan bare legge til verdier valget ikke har.',
        related: existing.nameSpan && existing.module ? [ctx.related(existing.module, existing.nameSpan, 'verdien står her')] : [],
      });
      continue;
    }
    // An added member's label: its own doc comment, else the extension's (one member, one comment).
    const memberSymbol: EnumMemberSymbol = { kind: 'enum-member', name: member.text, nameSpan: member.span, module, doc: ownDoc(decl.memberDocs, member.text) ?? decl.doc, owner: symbol };
    if (!added) module.extensions.set(symbol, (added = new Map()));
    added.set(member.text, memberSymbol);
    ctx.declare(member, memberSymbol);
  }
}

/** Resolves `bruk` and `variant av`, and reports modules that use each other in a circle. */
export function linkModules(ctx: CheckContext, modules: ReadonlyMap<string, ModuleInfo>): void {
  const resolve = (module: ModuleInfo, name: A.QualifiedName): ModuleInfo | undefined => {
    const target = modules.get(name.text);
    if (target) {
      for (const part of name.parts) ctx.refer(part, target.symbol);
      return target;
    }
    ctx.report('LK2003', module, name.span, `Finner ingen modul som heter «${name.text}»`, {
      hint: suggest(name.text, modules.keys()) ?? 'Modulen må være blant filene som sjekkes sammen: sjekk hele regelmappen, for eksempel «lovkode check rules».',
    });
    module.importsMissing = true;
    return undefined;
  };
  for (const module of modules.values()) {
    const ast = module.file.ast;
    if (ast.module?.variantOf) module.variantOf = resolve(module, ast.module.variantOf);
    for (const use of ast.uses) {
      const target = resolve(module, use.module);
      if (target) module.imports.push(target);
    }
  }
  // Circles through `bruk` or `variant av` are reported once, at a module on the circle.
  const state = new Map<ModuleInfo, 'visiting' | 'done'>();
  const visit = (module: ModuleInfo, path: ModuleInfo[]): void => {
    state.set(module, 'visiting');
    for (const next of [...(module.variantOf ? [module.variantOf] : []), ...module.imports]) {
      if (state.get(next) === 'visiting') {
        const circle = [...path.slice(path.indexOf(next)), module, next].map((m) => m.name);
        ctx.report('LK2009', module, module.file.ast.module?.name.span ?? { start: 0, end: 0 }, `Modulene bruker hverandre i ring: ${circle.join(' → ')}`, {
          hint: 'Flytt det modulene deler til en egen modul som begge bruker.',
        });
        if (next === module.variantOf) module.variantOf = undefined;
        else module.imports.splice(module.imports.indexOf(next), 1);
      } else if (!state.has(next)) {
        visit(next, [...path, module]);
      }
    }
    state.set(module, 'done');
  };
  for (const module of modules.values()) if (!state.has(module)) visit(module, []);
}

/** Resolves a written type to a type, reporting unknown names (LK2005). */
export function resolveType(ctx: CheckContext, module: ModuleInfo, ref: A.TypeRef): Type {
  if (ref.kind === 'ListType') return listOf(resolveType(ctx, module, ref.element));
  const name = ref.name.parts[0] as A.Name;
  const found = ref.name.parts.length === 1 ? lookupType(module, name.text) : { kind: 'missing' as const };
  if (found.kind === 'found') {
    const symbol = found.symbol;
    ctx.refer(name, symbol);
    if (symbol.kind === 'enum' || symbol.kind === 'record') return { kind: symbol.kind, symbol } as Type;
    if (symbol.kind === 'builtin' && symbol.type) return symbol.type;
  }
  if (found.kind === 'ambiguous') {
    ctx.report('LK2004', module, ref.span, `Typen «${ref.name.text}» finnes i flere moduler: ${found.symbols.map((s) => s.module?.name).join(', ')}`);
    return errorType;
  }
  if (module.broken.has(name.text)) return errorType;
  const candidates = new Set<string>(builtinTypes.keys());
  for (const m of visibleModules(module)) for (const key of m.types.keys()) candidates.add(key);
  ctx.report('LK2005', module, ref.span, `Ukjent type «${ref.name.text}»`, {
    hint: suggest(ref.name.text, candidates) ?? 'Typene er beløp, tall, heltall, sannhetsverdi, tekst, dato, måned, liste av …, og valg og typer som er deklarert.',
  });
  return errorType;
}

function parameters(ctx: CheckContext, module: ModuleInfo, params: readonly A.Param[]): ParameterSymbol[] {
  const seen = new Set<string>();
  return params.map((param) => {
    if (seen.has(param.name.text)) ctx.report('LK2002', module, param.name.span, `Parameteren «${param.name.text}» står to ganger`);
    seen.add(param.name.text);
    const symbol: ParameterSymbol = {
      kind: 'parameter',
      name: param.name.text,
      nameSpan: param.name.span,
      decl: param,
      type: resolveType(ctx, module, param.type),
      module,
      doc: undefined,
    };
    ctx.declare(param.name, symbol);
    return symbol;
  });
}

const fieldOptions = ['vurderingstidspunkt', 'negativ_tillatt'];

/** Resolves the types in every signature of a module: fields, inputs, parameters, results (pass 2). */
export function resolveSignatures(ctx: CheckContext, module: ModuleInfo): void {
  for (const decl of module.file.ast.declarations) {
    switch (decl.kind) {
      case 'Record': {
        const record = ctx.declarations.get(decl.name);
        if (record?.kind !== 'record' || module.types.get(decl.name.text) !== record) break;
        for (const field of decl.fields) {
          const symbol: FieldSymbol = {
            kind: 'field',
            name: field.name.text,
            nameSpan: field.name.span,
            decl: field,
            owner: record,
            type: resolveType(ctx, module, field.type),
            negativeAllowed: false,
            module,
            doc: field.doc,
          };
          ctx.declare(field.name, symbol);
          if (record.fields.has(symbol.name)) {
            ctx.report('LK2017', module, field.name.span, `Feltet «${symbol.name}» finnes allerede i «${record.name}»`);
            continue;
          }
          record.fields.set(symbol.name, symbol);
          applyFieldOptions(ctx, module, field, symbol, false);
        }
        break;
      }
      case 'Input':
        for (const field of decl.fields) {
          const symbol = ctx.declarations.get(field.name);
          if (symbol?.kind !== 'input') continue;
          symbol.type = resolveType(ctx, module, field.type);
          applyFieldOptions(ctx, module, field, symbol, true);
        }
        break;
      case 'Rule': {
        const symbol = ctx.declarations.get(decl.name);
        if (symbol?.kind !== 'rule') break;
        symbol.params = decl.params && parameters(ctx, module, decl.params);
        symbol.type = resolveType(ctx, module, decl.type);
        break;
      }
      case 'Discretion': {
        const symbol = ctx.declarations.get(decl.name);
        if (symbol?.kind !== 'discretion') break;
        symbol.params = decl.params && parameters(ctx, module, decl.params);
        symbol.type = resolveType(ctx, module, decl.type);
        break;
      }
      case 'Table': {
        const symbol = ctx.declarations.get(decl.name);
        if (symbol?.kind !== 'table') break;
        symbol.params = parameters(ctx, module, decl.params);
        symbol.type = resolveType(ctx, module, decl.type);
        break;
      }
      default:
        break;
    }
  }
}

function applyFieldOptions(ctx: CheckContext, module: ModuleInfo, field: A.FieldDecl, symbol: FieldSymbol | InputSymbol, isInput: boolean): void {
  for (const option of field.options) {
    if (option.text === 'negativ_tillatt') {
      symbol.negativeAllowed = true;
      if (symbol.type.kind !== 'money' && symbol.type.kind !== 'error') {
        ctx.report('LK2019', module, option.span, `«negativ_tillatt» gjelder bare beløp, og «${field.name.text}» er ${typeName(symbol.type)}`);
      }
    } else if (option.text === 'vurderingstidspunkt' && isInput && symbol.kind === 'input') {
      symbol.asOf = true;
      if (symbol.type.kind !== 'date' && symbol.type.kind !== 'month' && symbol.type.kind !== 'error') {
        ctx.report('LK3001', module, field.type.span, `Vurderingstidspunktet må være en dato eller en måned, ikke ${typeName(symbol.type)}`);
      }
    } else {
      ctx.report('LK2019', module, option.span, `Ukjent feltvalg «${option.text}»`, {
        hint: isInput ? `Feltvalgene er: ${fieldOptions.join(', ')}.` : 'Felt i en type kan ha valget negativ_tillatt.',
      });
    }
  }
}

/** A member's doc comment, by its name (any name, `constructor` too: own keys only). */
function ownDoc(docs: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  return docs !== undefined && Object.prototype.hasOwnProperty.call(docs, name) ? docs[name] : undefined;
}

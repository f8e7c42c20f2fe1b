import type { CheckedProgram, ModuleInfo } from '../check/program.js';
import { provisionPlace } from '../check/provision-place.js';
import type { CitableSymbol, Citation, CitationSet, LkSymbol, ParameterSymbol } from '../check/symbols.js';
import { typeName } from '../check/types.js';

/** How symbols are written in hovers, completion details and the outline. */

export const codeLanguage = 'lovkode';

export function codeBlock(code: string): string {
  return `\`\`\`${codeLanguage}\n${code}\n\`\`\``;
}

function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function paramList(params: readonly ParameterSymbol[]): string {
  return `(${params.map((p) => `${p.name}: ${typeName(p.type)}`).join(', ')})`;
}

/** The declaration as written (one line, or a short block for records), without its body. */
export function signatureOf(symbol: LkSymbol): string {
  switch (symbol.kind) {
    case 'source':
      return `kilde ${symbol.name} ${quoted(symbol.title)}${symbol.url ? ` <${symbol.url}>` : ''}`;
    case 'assumption':
      return `antakelse ${symbol.name} ${quoted(symbol.title)}`;
    case 'enum':
      return `valg ${symbol.name} { ${[...symbol.members.keys()].join(', ')} }`;
    case 'enum-member':
      return `${symbol.owner.name}.${symbol.name}`;
    case 'record': {
      const fields = [...symbol.fields.values()].map((f) => `${f.name}: ${typeName(f.type)}`);
      return fields.length <= 3 ? `type ${symbol.name} { ${fields.join(', ')} }` : `type ${symbol.name} {\n${fields.map((f) => `  ${f}`).join('\n')}\n}`;
    }
    case 'field':
      return `${symbol.owner ? `${symbol.owner.name}.` : ''}${symbol.name}: ${typeName(symbol.type)}`;
    case 'input':
      return `inndata ${symbol.name}: ${typeName(symbol.type)}`;
    case 'parameter':
      return `${symbol.name}: ${typeName(symbol.type)}`;
    case 'variable':
      return `${symbol.name}: ${typeName(symbol.type)}`;
    case 'rule':
      return `regel ${symbol.name}${symbol.params ? paramList(symbol.params) : ''}: ${typeName(symbol.type)}`;
    case 'exception':
      return `unntak ${symbol.name}${symbol.parent ? ` til ${symbol.parent.name}` : ''}`;
    case 'discretion':
      return `skjønn ${symbol.name}: ${typeName(symbol.type)}`;
    case 'table':
      return `tabell ${symbol.name}${paramList(symbol.params)}: ${typeName(symbol.type)}`;
    case 'builtin':
      return symbol.signature;
    case 'module':
      return `modul ${symbol.name}`;
  }
}

/** A short detail for a completion item: the type, the signature or the source's title. */
export function detailOf(symbol: LkSymbol): string {
  switch (symbol.kind) {
    case 'source':
    case 'assumption':
      return symbol.title;
    case 'enum':
      return `valg ${symbol.name}`;
    case 'enum-member':
      return symbol.owner.name;
    case 'record':
      return `type ${symbol.name}`;
    case 'rule':
      return `${symbol.params ? paramList(symbol.params) : ''}: ${typeName(symbol.type)}`.replace(/^: /, '');
    case 'table':
      return `${paramList(symbol.params)}: ${typeName(symbol.type)}`;
    case 'exception':
      return `unntak i ${symbol.rule.name}`;
    case 'builtin':
      return symbol.role === 'function' ? symbol.signature : symbol.type ? typeName(symbol.type) : symbol.signature;
    case 'module':
      return symbol.name;
    case 'field':
    case 'input':
    case 'parameter':
    case 'variable':
    case 'discretion':
      return typeName(symbol.type);
  }
}

/** What kind of thing a symbol is, in Norwegian (for hovers). */
export function kindLabel(symbol: LkSymbol): string {
  switch (symbol.kind) {
    case 'source':
      return 'kilde';
    case 'assumption':
      return 'antakelse';
    case 'enum':
      return 'valg';
    case 'enum-member':
      return 'verdi i valg';
    case 'record':
      return 'type';
    case 'field':
      return 'felt';
    case 'input':
      return 'inndatafelt';
    case 'parameter':
      return 'parameter';
    case 'variable':
      return 'variabel';
    case 'rule':
      return 'regel';
    case 'exception':
      return 'unntak';
    case 'discretion':
      return 'skjønn';
    case 'table':
      return 'tabell';
    case 'builtin':
      return symbol.role === 'function' ? 'innebygd funksjon' : symbol.role === 'type' ? 'innebygd type' : 'innebygd verdi';
    case 'module':
      return 'modul';
  }
}

export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A link as a markdown link target: as written, with only what would end the target escaped. */
export function linkTarget(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A cited source as a markdown line: the title as a link when there is one; assumptions marked. */
export function citationLine(cited: CitableSymbol): string {
  if (cited.kind === 'assumption') return `*Antakelse:* ${escapeMarkdown(cited.title)} (\`${cited.name}\`)`;
  const title = escapeMarkdown(cited.title);
  return `${cited.url ? `[${title}](${linkTarget(cited.url)})` : title} (\`${cited.name}\`)`;
}

export function validityText(from: string | undefined, to: string | undefined): string | undefined {
  if (!from && !to) return undefined;
  return `gjelder${from ? ` fra ${from}` : ''}${to ? ` til ${to}` : ''}`;
}

function citationSection(heading: string, citations: readonly Citation[]): string[] {
  if (citations.length === 0) return [];
  return [`**${heading}**`, '', ...citations.map((c) => `- ${citationLine(c.source)}${c.ledd ? `, ${provisionPlace(c.ledd, c.punktum)}` : ''}`)];
}

function citationsOf(set: CitationSet): string[] {
  const lines = citationSection('Kilder', set.citations);
  const validity = validityText(set.validFrom, set.validTo);
  if (validity) lines.push('', `*${validity.charAt(0).toUpperCase()}${validity.slice(1)}*`);
  return lines;
}

function moduleOfSymbol(program: CheckedProgram, symbol: LkSymbol): ModuleInfo | undefined {
  if (symbol.kind === 'module') return [...program.modules.values()].find((m) => m.symbol === symbol);
  return symbol.module;
}

/** The markdown a hover shows for a symbol. `from` is the module of the file hovered in. */
export function symbolMarkdown(program: CheckedProgram, symbol: LkSymbol, from: ModuleInfo | undefined): string {
  const sections: string[][] = [[codeBlock(signatureOf(symbol))]];
  const facts: string[] = [];
  switch (symbol.kind) {
    case 'enum-member':
      facts.push(`Verdi i valget \`${symbol.owner.name}\``);
      break;
    case 'field':
      facts.push(symbol.owner ? `Felt i typen \`${symbol.owner.name}\`` : 'Felt');
      if (symbol.negativeAllowed) facts.push('Kan være negativt (`negativ_tillatt`)');
      break;
    case 'input': {
      facts.push('Inndatafelt');
      if (symbol.asOf) facts.push('Vurderingstidspunktet for beregningen (`vurderingstidspunkt`)');
      if (symbol.negativeAllowed) facts.push('Kan være negativt (`negativ_tillatt`)');
      const file = symbol.module?.file;
      const defaultValue = symbol.decl.defaultValue;
      if (defaultValue && file) facts.push(`Valgfritt; standardverdi \`${file.source.slice(defaultValue.span).replace(/`/g, "'")}\``);
      else facts.push('Påkrevd');
      break;
    }
    case 'parameter':
      facts.push('Parameter');
      break;
    case 'variable':
      if (symbol.boundBy === 'comprehension') facts.push('Variabel bundet av «for … i …»');
      break;
    case 'exception':
      facts.push(
        symbol.parent
          ? `Unntak fra unntaket \`${symbol.parent.name}\` i regelen \`${symbol.rule.name}\``
          : `Unntak fra grunndefinisjonen av regelen \`${symbol.rule.name}\``,
      );
      break;
    case 'assumption':
      facts.push('Antakelse: noe kildene ikke avgjør, og som regelforfatterne har bestemt');
      break;
    case 'source':
      facts.push(symbol.url ? `[${escapeMarkdown(symbol.title)}](${linkTarget(symbol.url)})` : escapeMarkdown(symbol.title));
      break;
    case 'builtin':
      facts.push(kindLabel(symbol).charAt(0).toUpperCase() + kindLabel(symbol).slice(1));
      break;
    case 'module': {
      const module = moduleOfSymbol(program, symbol);
      if (module) facts.push(`Fil: \`${module.file.path}\``);
      if (module?.variantOf) facts.push(`Variant av \`${module.variantOf.name}\``);
      break;
    }
    default:
      break;
  }
  const module = moduleOfSymbol(program, symbol);
  if (symbol.kind !== 'module' && module && from && module !== from) facts.push(`Fra modulen \`${module.name}\``);
  if (symbol.kind === 'rule' || symbol.kind === 'discretion' || symbol.kind === 'table') {
    const replaced = [...program.modules.values()].find((m) => [...m.replacements.values()].includes(symbol));
    const original = replaced && [...replaced.replacements.entries()].find(([, r]) => r === symbol)?.[0];
    if (original?.module) facts.push(`Erstatter \`${original.name}\` i \`${original.module.name}\``);
  }
  if (facts.length > 0) sections.push([facts.join('  \n')]);
  if (symbol.doc) sections.push([symbol.doc]);
  switch (symbol.kind) {
    case 'rule':
    case 'discretion':
    case 'exception':
      sections.push(citationsOf(symbol));
      break;
    case 'table': {
      sections.push(citationsOf(symbol));
      const rows: Citation[] = [];
      const seen = new Set<CitableSymbol>(symbol.citations.map((c) => c.source));
      for (const entry of symbol.model?.entries ?? []) {
        for (const c of entry.citations) {
          if (seen.has(c.source)) continue;
          seen.add(c.source);
          rows.push(c);
        }
      }
      sections.push(citationSection('Kilder for radene', rows));
      break;
    }
    case 'assumption':
      sections.push(citationSection('Bygger på', symbol.citations));
      break;
    default:
      break;
  }
  return sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n');
}

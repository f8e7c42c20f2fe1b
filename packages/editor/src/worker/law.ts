/**
 * The law beside the code (docs/law-text.md): the stored text of every `kilde` and its
 * coverage by rules and tests, and the `kilde` named at a place in a file. Read from a
 * check result only, as `lovkode dekning` does.
 */
import type { CitationAt, LawView, Pos, ProvisionSourceView } from '../shared/protocol';
import { coverage, nodeAt, symbolAt, type Ast, type CheckResult, type ServiceSession } from './lib';

export function lawView(checked: CheckResult): LawView {
  const sources: ProvisionSourceView[] = [];
  for (const module of checked.program.modules.values()) {
    for (const decl of module.file.ast.declarations) {
      if (decl.kind !== 'Source' || decl.sentences.length === 0) continue;
      const at = module.file.source.positionAt(decl.name.span.start);
      sources.push({
        id: decl.name.text,
        module: module.name,
        title: decl.title.value,
        url: webLink(decl.url?.href),
        checked: decl.checked && { date: decl.checked.date.value, url: webLink(decl.checked.url.href) },
        location: { path: module.file.path, line: at.line, column: at.column },
      });
    }
  }
  const covered = coverage(checked);
  const titles: Record<string, string> = {};
  for (const id of new Set(covered.sentences.flatMap((s) => s.wordings.flatMap((w) => w.foundIn)))) {
    const found = [...checked.program.modules.values()].map((m) => m.sources.get(id)).find((s) => s !== undefined);
    if (found) titles[id] = found.title;
  }
  return { sources, coverage: covered, titles };
}

export function citationAt(session: ServiceSession, path: string, pos: Pos): CitationAt | undefined {
  const at = symbolAt(session, path, pos);
  if (at?.symbol.kind !== 'source') return undefined;
  const cited = [...(nodeAt(session, path, pos)?.path ?? [])].reverse().find((n): n is Ast.CitedSource => n.kind === 'CitedSource');
  const number = (locator: Ast.Locator | undefined) => locator?.value;
  const symbol = at.symbol;
  const file = symbol.module?.file;
  const declared = file?.source.positionAt(symbol.decl.name.span.start);
  return {
    id: symbol.name,
    module: symbol.module?.name ?? '',
    title: symbol.title,
    url: webLink(symbol.url),
    stored: symbol.decl.sentences.length > 0,
    location: { path: file?.path ?? path, line: declared?.line ?? 1, column: declared?.column ?? 1 },
    ledd: number(cited?.ledd),
    punktum: number(cited?.punktum),
  };
}

/** A link the editor may open: http or https only (never `javascript:` or a file). */
export function webLink(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

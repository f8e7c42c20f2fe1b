/** Labels from the rules' doc comments, as the justification uses them (docs/language.md). */
import { visibleModules, type ModuleInfo, type Type } from './lib';

/** The labels (doc comments) of the members of a `valg`, by member name: `barn_0_5` → «barn 0–5 år». */
export function memberLabels(type: Type | undefined): Record<string, string> {
  if (type?.kind !== 'enum') return {};
  return Object.fromEntries([...type.symbol.members.values()].filter((m) => m.doc).map((m) => [m.name, (m.doc as string).trim()]));
}

/** The labels of every `valg` a module sees, by the `valg`'s name: what «Prøv en sak» shows for a choice. */
export function choiceLabels(module: ModuleInfo): Record<string, Record<string, string>> {
  const labels: Record<string, Record<string, string>> = {};
  for (const seen of visibleModules(module)) {
    for (const symbol of seen.types.values()) {
      if (symbol.kind === 'enum') labels[symbol.name] = memberLabels({ kind: 'enum', symbol });
    }
  }
  return labels;
}

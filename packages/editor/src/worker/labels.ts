/** Labels from the rules' doc comments, as the justification uses them (docs/language.md). */
import { visibleModules, type CheckedProgram, type ModuleInfo, type Type } from './lib';

/** The labels (doc comments) of the members of a `valg`, by member name: `barn_0_5` → «barn 0–5 år». */
export function memberLabels(type: Type | undefined): Record<string, string> {
  if (type?.kind !== 'enum') return {};
  return Object.fromEntries([...type.symbol.members.values()].filter((m) => m.doc).map((m) => [m.name, (m.doc as string).trim()]));
}

/**
 * The labels of the keys of table `name` in module `module`, key by key: what the review
 * shows for a rate row (`barn_0_5` → «barn 0–5 år»). Empty where the rule set has no such table.
 */
export function tableKeyLabels(program: CheckedProgram, module: string, name: string): Array<Record<string, string>> {
  const symbol = program.modules.get(module)?.values.get(name);
  return symbol?.kind === 'table' ? symbol.params.map((p) => memberLabels(p.type)) : [];
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

/**
 * Known changes to the shipped rules, made on copies of the current rule files: the
 * 2023-07-01 rate change (+10 %), the 2022-09-01 barnetrygd exception, a change of layout
 * and comments only, and a renamed input. Each gives the old and new version of the state
 * rule set (everything under rules/ except kommuner/ and reformer/).
 */
import type { RuleSource } from '@lovkode/dsl';
import { fileURLToPath } from 'node:url';
import { findPopulationModule, type LoadedPopulationModule } from '../../src/review/population-module';
import { resolveSide } from '../../src/review/sides';

export const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The population module of the shipped rules (rules/befolkning.mjs). */
export async function shippedPopulation(): Promise<LoadedPopulationModule> {
  const module = await findPopulationModule(root, 'rules');
  if (!module) throw new Error('rules/befolkning.mjs is missing');
  return module;
}

/** The current state rule set (no variants), as `lovkode diff rules/sosialtjenesteloven …` reads it from the repository root. */
export async function currentRules(): Promise<RuleSource[]> {
  return [...(await resolveSide('rules/sosialtjenesteloven', { cwd: root })).files];
}

function edit(files: readonly RuleSource[], path: string, change: (text: string) => string): RuleSource[] {
  let found = false;
  const result = files.map((f) => {
    if (f.path !== path) return f;
    found = true;
    const text = change(f.text);
    if (text === f.text) throw new Error(`the edit of ${path} changed nothing: the rules are no longer as this test expects`);
    return { ...f, text };
  });
  if (!found) throw new Error(`no file ${path}`);
  return result;
}

function withoutLines(text: string, drop: (line: string) => boolean): string {
  return text
    .split('\n')
    .filter((line) => !drop(line))
    .join('\n');
}

export interface KnownChange {
  readonly old: RuleSource[];
  readonly new: RuleSource[];
}

/** The rates from 2023-07-01 (+10 % in the revised budget 2023): before, the table had no such row. */
export function rateChange2023(current: readonly RuleSource[]): KnownChange {
  const old = edit(current, 'rules/satser/veiledende-satser.lov', (t) => withoutLines(t, (l) => /^\s*\| 2023-07-01 \|/.test(l) || /^kilde satser_2023_07_01\b/.test(l)));
  return { old, new: [...current] };
}

/** Barnetrygd not counted from 2022-09-01 (§ 18 tredje ledd): before, the exception was not there. */
export function barnetrygd2022(current: readonly RuleSource[]): KnownChange {
  const old = edit(current, 'rules/sosialtjenesteloven/paragraf-18.lov', (t) => {
    const lines = t.split('\n');
    const start = lines.findIndex((l) => /^ {2}unntak barnetrygd\b/.test(l));
    if (start < 0) return t;
    let end = start + 1;
    while (end < lines.length && /^ {4}/.test(lines[end] as string)) end++;
    return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
  });
  return { old, new: [...current] };
}

/** Only layout, comments and doc comments change: table columns unaligned, comments added, a doc comment reworded. */
export function formattingOnly(current: readonly RuleSource[]): KnownChange {
  const neu = current.map((f) => {
    let text = f.text
      .split('\n')
      .map((line) => (/^\s*\|/.test(line) ? line.replace(/ {2,}/g, ' ') : line))
      .map((line) => line.replace(/(\S) {2,}\(kilde/g, '$1 (kilde'))
      .join('\n');
    text = text.replace(/^(modul [^\n]+\n)/m, '$1\n# En kommentar som ikke endrer noe.\n');
    text = text.replace(/^## /m, '## (Omformulert.) ');
    return { ...f, text: `${text}\n\n# Slutt på filen.\n` };
  });
  return { old: [...current], new: neu };
}

/** The input `tungtveiende_grunner_mot_aktivitetsvilkår` renamed to `tungtveiende_grunner` everywhere. */
export function renamedInput(current: readonly RuleSource[]): KnownChange {
  const neu = current.map((f) => ({ ...f, text: f.text.replaceAll('tungtveiende_grunner_mot_aktivitetsvilkår', 'tungtveiende_grunner') }));
  return { old: [...current], new: neu };
}

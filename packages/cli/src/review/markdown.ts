/**
 * The review report as Markdown for a pull request (`lovkode diff --format md`): breaking
 * changes first, then rates, rules (old and new expression, printed from the source text),
 * sources, types and modules, then the impact with the largest gains and losses and a
 * collapsed list of the changed cases. Deterministic: no times, no machine details.
 */
import type { CoverageCounts } from '@lovkode/dsl';
import { Decimal, formatNumber } from '@lovkode/engine';
import type { ChangedCase, CoverageChange, DeclarationChange, GroupImpact, ImpactReport, InterfaceChange, ReviewReport, SideInfo, StructuralDiff, TableChange } from './model.js';

export interface MarkdownOptions {
  /** Changed cases listed per group (the rest are in the JSON). Default 100. */
  readonly maxCases?: number;
}

const changeWord = { added: 'lagt til', removed: 'fjernet', changed: 'endret', moved: 'flyttet' } as const;

/*
 * Every text that comes from the rule files or the cases (names, titles, descriptions, test
 * names, table cells, messages, case ids) goes through `plain` or `code`, so that a
 * `forklaring` holding `<img onerror=…>` or `[x](javascript:…)` is shown as text by any
 * Markdown renderer and never becomes HTML or a link.
 */

/**
 * Raw text as Markdown text: HTML made inert as entities (so no tag, comment or `<…>` autolink
 * can form), and the characters of links, images and code spans escaped. Emphasis is left
 * alone: it cannot do harm, and `inntekt_regnet_med` stays readable in the raw Markdown.
 */
function plain(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')).replace(/[\\`[\]]/g, (c) => `\\${c}`);
}

/** Markdown (already escaped) in a table cell: `|` and line breaks would break the cell. */
function cell(markdown: string): string {
  return markdown.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}

/** Raw text in a table cell. */
function plainCell(text: string): string {
  return cell(plain(text));
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** Raw text as a code span: fenced by more backticks than it holds, so nothing inside is Markdown or HTML. */
function code(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n|\r/g, ' ')}${pad}${fence}`;
}

/** Raw lines as a fenced code block whose fence no line can close. */
function codeBlock(info: string, lines: readonly string[]): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines.join('\n')) + 1));
  return [`${fence}${info}`, ...lines, fence];
}

function money(amount: string | undefined): string {
  if (amount === undefined) return '—';
  return `${formatNumber(new Decimal(amount).toFixed(2), 2)} kr`;
}

/** A case's measure: an amount, or another value (an undetermined outcome) as the engine wrote it. */
function measureCell(value: string | undefined): string {
  if (value === undefined || /^-?\d+(\.\d+)?$/.test(value)) return money(value);
  return plainCell(value);
}

function signedMoney(amount: string | undefined): string {
  if (amount === undefined) return '—';
  const d = new Decimal(amount);
  return `${d.isPos() && !d.isZero() ? '+' : ''}${money(amount)}`;
}

function count(n: number): string {
  return formatNumber(String(n));
}

function sideLabel(side: SideInfo): string {
  const where = side.kind === 'git' ? `git ${side.commit ? side.commit.slice(0, 12) : ''}`.trim() : side.kind === 'directory' ? 'mappe' : 'filer';
  return `${code(side.spec)} (${where}, ${side.files} filer)`;
}

function entryLabel(side: SideInfo): string {
  return `${code(side.entry)}${side.variantOf ? ` (variant av ${code(side.variantOf)})` : ''}`;
}

export function renderMarkdown(report: ReviewReport, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const s = report.structural;
  out.push('## Lovkode: endringer i reglene', '');
  out.push('| | gammel | ny |', '|---|---|---|');
  out.push(`| regler | ${cell(sideLabel(report.old))} | ${cell(sideLabel(report.new))} |`);
  out.push(`| beregnes gjennom | ${cell(entryLabel(report.old))} | ${cell(entryLabel(report.new))} |`);
  out.push(`| regelsett | ${code(short(report.old.ruleset))} | ${code(short(report.new.ruleset))} |`, '');
  out.push(summaryLine(report), '');

  if (!s.semanticChange) {
    out.push(
      s.changedFiles.length > 0
        ? `**Ingen semantisk endring.** ${s.changedFiles.length === 1 ? 'Én fil er' : `${s.changedFiles.length} filer er`} endret i teksten (mellomrom, layout, kommentarer eller dokumentasjon), men reglene betyr det samme.`
        : '**Ingen endring.** Reglene er de samme.',
      '',
    );
    if (s.changedFiles.length > 0) out.push(details('Filer endret i teksten', s.changedFiles.map((f) => `- ${code(f)}`)), '');
  }

  const breaking = [...s.interface, ...s.types].filter((c) => c.breaking);
  if (breaking.length > 0) {
    out.push(`### ⚠️ Brytende endringer for systemer som bruker reglene (${breaking.length})`, '');
    for (const c of breaking) out.push(interfaceLine(c));
    out.push('');
  }
  const additive = s.interface.filter((c) => !c.breaking);
  if (additive.length > 0) {
    out.push('### Inndata og utdata (ikke brytende)', '');
    for (const c of additive) out.push(interfaceLine(c));
    out.push('');
  }
  if (s.tables.length > 0) {
    out.push('### Satser og tabeller', '');
    for (const t of s.tables) out.push(...tableSection(t), '');
    const ids = [...new Set(s.tables.flatMap((t) => t.rows.flatMap((r) => [...r.oldSources, ...r.newSources])))].sort();
    if (ids.length > 0) {
      out.push('Kilder i tabellene:', '');
      for (const id of ids) out.push(`- ${code(id)}: ${plain(s.sourceTitles[id] ?? '')}`);
      out.push('');
    }
  }
  if (s.declarations.length > 0) {
    out.push('### Regler og skjønn', '');
    for (const d of s.declarations) out.push(...declarationSection(d), '');
  }
  if (s.sources.length > 0) {
    out.push('### Kilder og antakelser', '');
    for (const c of s.sources) {
      const what = `${c.kind === 'source' ? 'kilde' : 'antakelse'} ${code(c.id)} (${plain(c.module)})`;
      if (c.change === 'changed' && c.old === c.new) out.push(`- ${changeWord[c.change]}: ${what}: lovteksten`);
      else if (c.change === 'changed') out.push(`- ${changeWord[c.change]}: ${what}: ${plain(c.old ?? '')} → ${plain(c.new ?? '')}`);
      else out.push(`- ${changeWord[c.change]}: ${what}: ${plain(c.new ?? c.old ?? '')}`);
      for (const w of c.wording ?? []) out.push(`  - ${plain(w.place)} ${changeWord[w.change]}: ${w.change === 'changed' ? `${plain(w.old ?? '')} → ${plain(w.new ?? '')}` : plain(w.new ?? w.old ?? '')}`);
    }
    out.push('');
  }
  if (s.coverage) out.push(...coverageSection(s.coverage), '');
  const otherTypes = s.types.filter((c) => !c.breaking);
  if (otherTypes.length > 0) {
    out.push('### Valg og typer', '');
    for (const c of otherTypes) out.push(interfaceLine(c));
    out.push('');
  }
  if (s.modules.length > 0) {
    out.push('### Moduler', '');
    for (const m of s.modules) out.push(`- ${plain(m.description)}`);
    out.push('');
  }
  const t = s.tests;
  if (t.added.length + t.removed.length + t.changed.length > 0) {
    out.push('### Tester', '');
    const lines = [
      ...t.added.map((n) => `- lagt til: ${plain(n)}`),
      ...t.removed.map((n) => `- fjernet: ${plain(n)}`),
      ...t.changed.map((n) => `- endret: ${plain(n)}`),
    ];
    out.push(details(`${t.added.length} lagt til, ${t.removed.length} fjernet, ${t.changed.length} endret`, lines), '');
  }
  if (report.impact) out.push(...impactSection(report.impact, options.maxCases ?? 100));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Coverage of the stored law text before and after (docs/law-text.md §3). */
function coverageSection(c: CoverageChange): string[] {
  const row = (label: string, key: keyof CoverageCounts) => `| ${label} | ${c.old[key]} | ${c.new[key]} |`;
  const out = [
    '### Dekning av lovteksten',
    '',
    '| | før | etter |',
    '|---|---:|---:|',
    row('punktum lagret', 'stored'),
    row('kodet og testet', 'covered'),
    row('kodet, ikke testet', 'untested'),
    row('ikke kodet', 'unencoded'),
    row('regler uten punktum', 'rulesWithoutSentence'),
    row('tester uten punktum', 'testsWithoutSentence'),
  ];
  if (c.sentences.length > 0) {
    out.push('');
    for (const p of c.sentences) out.push(`- ${code(p.source)} ledd ${p.ledd} punktum ${p.punktum} (${plain(p.module)}): ${plain(p.old ?? 'ikke lagret')} → ${plain(p.new ?? 'ikke lagret')}`);
  }
  return out;
}

function short(ruleset: string): string {
  return ruleset.length > 19 ? `${ruleset.slice(0, 19)}…` : ruleset;
}

function summaryLine(report: ReviewReport): string {
  const s = report.structural;
  const parts: string[] = [];
  const breaking = [...s.interface, ...s.types].filter((c) => c.breaking).length;
  if (breaking) parts.push(`**${breaking} brytende**`);
  const rows = s.tables.reduce((n, t) => n + t.rows.length, 0);
  if (s.tables.length) parts.push(`${s.tables.length === 1 ? '1 tabell' : `${s.tables.length} tabeller`} (${rows === 1 ? '1 satsrad' : `${rows} satsrader`})`);
  if (s.declarations.length) parts.push(`${s.declarations.length === 1 ? '1 regel/skjønn' : `${s.declarations.length} regler/skjønn`}`);
  if (s.sources.length) parts.push(`${s.sources.length === 1 ? '1 kilde/antakelse' : `${s.sources.length} kilder/antakelser`}`);
  const nonBreaking = s.interface.filter((c) => !c.breaking).length;
  if (nonBreaking) parts.push(`${nonBreaking} i inndata/utdata`);
  const types = s.types.filter((c) => !c.breaking).length;
  if (types) parts.push(types === 1 ? '1 valg/type' : `${types} valg/typer`);
  const structural = parts.length > 0 ? `**Endret:** ${parts.join(', ')}.` : s.semanticChange ? '**Endret:** moduler eller typer.' : '**Endret:** ingenting i betydning.';
  const population = report.impact?.groups.find((g) => g.group === 'population') ?? report.impact?.groups[report.impact.groups.length - 1];
  if (!population || !report.impact) return structural;
  const errors = population.errorOldOnly + population.errorNewOnly;
  return `${structural} **Virkning (${plain(population.description)}):** ${count(population.changed)} av ${count(population.cases)} endret, snitt ${signedMoney(population.average)} ${report.impact.measure} per husstand-måned${errors ? `, ${count(errors)} feiler i bare én versjon` : ''}.`;
}

function interfaceLine(c: InterfaceChange): string {
  const label = c.kind === 'input' ? 'inndata' : c.kind === 'output' ? 'utdata' : 'type';
  const values = c.change === 'changed' ? ` (${code(c.old ?? '')} → ${code(c.new ?? '')})` : c.change === 'added' ? ` (${code(c.new ?? '')})` : ` (var ${code(c.old ?? '')})`;
  return `- **${label} ${changeWord[c.change]}** ${code(c.name)} i ${plain(c.module)}: ${plain(c.description)}${values}`;
}

function replacedNote(r: TableChange['replacedIn']): string {
  if (!r) return '';
  if (r.old && r.new && r.old !== r.new) return ` — erstattet i ${code(r.old)} → ${code(r.new)}`;
  if (r.new) return ` — erstattet i ${code(r.new)}`;
  return ` — erstattet i ${code(r.old ?? '')} (gammel)`;
}

function tableSection(t: TableChange): string[] {
  const out: string[] = [`#### tabell ${code(t.name)} (${plain(t.module)})${t.change !== 'changed' ? `: ${changeWord[t.change]}` : ''}${replacedNote(t.replacedIn)}`, ''];
  if (t.header) out.push(...codeBlock('diff', [`- ${t.header.old}`, `+ ${t.header.new}`]), '');
  if (t.rows.length === 0) return out;
  out.push('| fra | nøkkel | endring | før | etter | % | kilde |', '|---|---|---|---|---|---|---|');
  for (const r of t.rows) {
    const change = r.change === 'added' ? 'ny rad' : r.change === 'removed' ? 'rad fjernet' : 'endret';
    const sources = r.oldSources.join(', ') === r.newSources.join(', ') ? r.newSources.join(', ') : `${r.oldSources.join(', ') || '—'} → ${r.newSources.join(', ') || '—'}`;
    const from = `${r.from ?? '(udatert)'}${r.to ? ` til ${r.to}` : ''}`;
    const note = r.note ? ` (${r.note})` : '';
    out.push(`| ${plainCell(from)} | ${plainCell(r.keys)} | ${change}${plainCell(note)} | ${plainCell(r.old ?? '—')} | ${plainCell(r.new ?? '—')} | ${plainCell(r.percent ?? '')} | ${plainCell(sources)} |`);
  }
  return out;
}

function partLabel(part: string): string {
  if (part === 'header') return 'overskrift';
  if (part === 'signature') return 'signatur';
  if (part === 'citations') return 'kilder';
  if (part === 'validity') return 'gyldighet';
  if (part === 'definition') return 'definisjon';
  if (part === 'guideline') return 'veiledende verdi';
  if (part === 'explanation') return 'forklaring';
  if (part === 'kind') return 'regel/skjønn';
  if (part.startsWith('exception:')) return `unntak «${part.slice('exception:'.length)}»`;
  return part;
}

function declarationSection(d: DeclarationChange): string[] {
  const keyword = d.kind === 'rule' ? 'regel' : d.kind === 'discretion' ? 'skjønn' : 'tabell';
  let what: string;
  if (d.change === 'moved') what = `flyttet fra ${plain(d.movedFrom ?? '')}`;
  else if (d.change !== 'changed') what = changeWord[d.change];
  else what = d.parts.map((p) => `${partLabel(p.part)} ${changeWord[p.change]}`).join(', ');
  const out = [`#### ${keyword} ${code(d.name)} (${plain(d.module)}): ${what}${replacedNote(d.replacedIn)}`, ''];
  out.push(...codeBlock('diff', d.lines.map((l) => `${l.op} ${l.text}`)));
  return out;
}

function details(summary: string, lines: readonly string[]): string {
  return ['<details>', `<summary>${summary}</summary>`, '', ...lines, '', '</details>'].join('\n');
}

function impactSection(impact: ImpactReport, maxCases: number): string[] {
  const out: string[] = ['### Virkning', ''];
  if (impact.groups.length === 0) {
    out.push('Ingen saker er beregnet.', '');
    return out;
  }
  const m = impact.measure || '(ingen beløpsutdata)';
  out.push(
    `Hver sak er beregnet med begge versjonene (den samme beregningen som \`lovkode run\`). Beløpene er endringen i ${code(m)} per måned (ny − gammel); en sak er én husstand i én måned.`,
    '',
  );
  out.push(
    '| saker | antall | endret | økt | redusert | feil bare i gammel | feil bare i ny | feil i begge | sum per måned | snitt per husstand-måned |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const g of impact.groups) {
    out.push(
      `| ${plainCell(g.description)} | ${count(g.cases)} | ${count(g.changed)} | ${count(g.increased)} | ${count(g.decreased)} | ${count(g.errorOldOnly)} | ${count(g.errorNewOnly)} | ${count(g.errorBoth)} | ${signedMoney(g.total)} | ${signedMoney(g.average)} |`,
    );
  }
  out.push('');
  for (const g of impact.groups) {
    if (g.changed === 0 && g.errorOldOnly + g.errorNewOnly === 0 && g.changedCases.length === 0) continue;
    out.push(...groupSection(g, m, maxCases), '');
  }
  return out;
}

function caseRow(c: ChangedCase): string {
  return `| ${plainCell(c.id)} | ${plainCell(c.householdType)} | ${plainCell(c.month ?? '')} | ${measureCell(c.old)} | ${measureCell(c.new)} | ${signedMoney(c.delta)} |`;
}

function groupSection(g: GroupImpact, measure: string, maxCases: number): string[] {
  const out: string[] = [`#### ${plain(g.description)}`, ''];
  if (g.changed > 0) {
    out.push(`Endret: ${count(g.changed)} av ${count(g.compared)} beregnede saker. Snitt for de ${count(g.increased + g.decreased)} der ${code(measure)} endret seg: ${signedMoney(g.averageChanged)}.`, '');
    out.push('| husstandstype | saker | endret | sum per måned | snitt per husstand-måned |', '|---|---|---|---|---|');
    for (const t of g.byHouseholdType) out.push(`| ${plainCell(t.householdType)} | ${count(t.cases)} | ${count(t.changed)} | ${signedMoney(t.total)} | ${signedMoney(t.average)} |`);
    out.push('');
    if (g.byField) {
      out.push(`| ${plainCell(g.byField.field)} | saker | endret | sum per måned | snitt per husstand-måned |`, '|---|---|---|---|---|');
      for (const t of g.byField.values) out.push(`| ${plainCell(t.value)} | ${count(t.cases)} | ${count(t.changed)} | ${signedMoney(t.total)} | ${signedMoney(t.average)} |`);
      out.push('');
    }
  }
  const header = ['| sak | husstandstype | måned | før | etter | endring |', '|---|---|---|---|---|---|'];
  if (g.largestGains.length > 0) out.push(`Største økninger i ${code(measure)}:`, '', ...header, ...g.largestGains.map(caseRow), '');
  if (g.largestLosses.length > 0) out.push(`Største reduksjoner i ${code(measure)}:`, '', ...header, ...g.largestLosses.map(caseRow), '');
  const failing = g.changedCases.filter((c) => c.oldError || c.newError);
  if (failing.length > 0) {
    // The same failure in many cases (a renamed input) is one line, with examples.
    const byFailure = new Map<string, ChangedCase[]>();
    for (const c of failing) {
      const key = `${errorText(c.oldError)}\u0000${errorText(c.newError)}`;
      const list = byFailure.get(key) ?? [];
      list.push(c);
      byFailure.set(key, list);
    }
    out.push(`Saker som feiler i bare én versjon, eller med ulike feil (${count(failing.length)}):`, '', '| saker | gammel | ny | for eksempel |', '|---|---|---|---|');
    for (const [key, cases] of [...byFailure].sort((a, b) => b[1].length - a[1].length || (a[1][0] as ChangedCase).index - (b[1][0] as ChangedCase).index)) {
      const [oldText, newText] = key.split('\u0000') as [string, string];
      const examples = cases.slice(0, 3).map((c) => c.id).join('; ');
      out.push(`| ${count(cases.length)} | ${plainCell(oldText)} | ${plainCell(newText)} | ${plainCell(examples)}${cases.length > 3 ? ' …' : ''} |`);
    }
    out.push('');
    const lines = ['| sak | husstandstype | måned | gammel | ny |', '|---|---|---|---|---|'];
    for (const c of failing.slice(0, maxCases)) lines.push(`| ${plainCell(c.id)} | ${plainCell(c.householdType)} | ${plainCell(c.month ?? '')} | ${plainCell(errorText(c.oldError))} | ${plainCell(errorText(c.newError))} |`);
    if (failing.length > maxCases) lines.push('', `… og ${count(failing.length - maxCases)} til (se \`--format json\`).`);
    out.push(details(`Saker med feil (${count(failing.length)})`, lines), '');
  }
  const changed = g.changedCases.filter((c) => !c.oldError && !c.newError);
  if (changed.length > 0) {
    const lines = ['| sak | husstandstype | måned | før | etter | endring | endrede utdata |', '|---|---|---|---|---|---|---|'];
    for (const c of changed.slice(0, maxCases)) {
      lines.push(`| ${plainCell(c.id)} | ${plainCell(c.householdType)} | ${plainCell(c.month ?? '')} | ${measureCell(c.old)} | ${measureCell(c.new)} | ${signedMoney(c.delta)} | ${plainCell(c.outputs.map((o) => o.name).join(', '))} |`);
    }
    if (changed.length > maxCases) lines.push('', `… og ${count(changed.length - maxCases)} til (se \`--format json\`).`);
    out.push(details(`Endrede saker (${count(changed.length)})`, lines));
  }
  return out;
}

function errorText(error: ChangedCase['oldError']): string {
  if (!error) return 'beregnet';
  const message = error.message.length > 240 ? `${error.message.slice(0, 237)}…` : error.message;
  return `${error.code}: ${message}`;
}

/** The report as JSON for tools (`--format json`). */
export function renderJson(report: ReviewReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export type { StructuralDiff };

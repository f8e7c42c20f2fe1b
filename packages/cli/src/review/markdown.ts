/**
 * The review report as Markdown for a pull request (`lovkode diff --format md`): breaking
 * changes first, then rates, rules (old and new expression, printed from the source text),
 * sources, types and modules, then the impact with the largest gains and losses and a
 * collapsed list of the changed cases. Deterministic: no times, no machine details.
 */
import { markdownCell, markdownCode, markdownCodeBlock, markdownText, markdownTextCell, type CoverageCounts } from '@lovkode/dsl';
import { Decimal, formatNumber } from '@lovkode/engine';
import type { ChangedCase, CoverageChange, DeclarationChange, GroupImpact, ImpactReport, InterfaceChange, OutsidePopulation, ReviewReport, SideInfo, StructuralDiff, TableChange } from './model.js';

export interface MarkdownOptions {
  /** Changed cases listed per group (the rest are in the JSON). Default 100. */
  readonly maxCases?: number;
}

const changeWord = { added: 'lagt til', removed: 'fjernet', changed: 'endret', moved: 'flyttet' } as const;

/*
 * Every text that comes from the rule files or the cases (names, titles, descriptions, test
 * names, table cells, messages, case ids) goes through `markdownText` or `markdownCode`
 * (@lovkode/dsl, shared with the coverage report), so that it is shown as text and never
 * becomes HTML or a link.
 */

function money(amount: string | undefined): string {
  if (amount === undefined) return '—';
  return `${formatNumber(new Decimal(amount).toFixed(2), 2)} kr`;
}

/** A case's measure: an amount, or another value (an undetermined outcome) as the engine wrote it. */
function measureCell(value: string | undefined): string {
  if (value === undefined || /^-?\d+(\.\d+)?$/.test(value)) return money(value);
  return markdownTextCell(value);
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
  return `${markdownCode(side.spec)} (${where}, ${side.files} filer)`;
}

function entryLabel(side: SideInfo): string {
  return `${markdownCode(side.entry)}${side.variantOf ? ` (variant av ${markdownCode(side.variantOf)})` : ''}`;
}

export function renderMarkdown(report: ReviewReport, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const s = report.structural;
  out.push('## Lovkode: endringer i reglene', '');
  out.push('| | gammel | ny |', '|---|---|---|');
  out.push(`| regler | ${markdownCell(sideLabel(report.old))} | ${markdownCell(sideLabel(report.new))} |`);
  out.push(`| beregnes gjennom | ${markdownCell(entryLabel(report.old))} | ${markdownCell(entryLabel(report.new))} |`);
  out.push(`| regelsett | ${markdownCode(short(report.old.ruleset))} | ${markdownCode(short(report.new.ruleset))} |`, '');
  out.push(summaryLine(report), '');

  if (!s.semanticChange) {
    out.push(
      s.changedFiles.length > 0
        ? `**Ingen semantisk endring.** ${s.changedFiles.length === 1 ? 'Én fil er' : `${s.changedFiles.length} filer er`} endret i teksten (mellomrom, layout, kommentarer eller dokumentasjon), men reglene betyr det samme.`
        : '**Ingen endring.** Reglene er de samme.',
      '',
    );
    if (s.changedFiles.length > 0) out.push(details('Filer endret i teksten', s.changedFiles.map((f) => `- ${markdownCode(f)}`)), '');
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
      for (const id of ids) out.push(`- ${markdownCode(id)}: ${markdownText(s.sourceTitles[id] ?? '')}`);
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
      const what = `${c.kind === 'source' ? 'kilde' : 'antakelse'} ${markdownCode(c.id)} (${markdownText(c.module)})`;
      if (c.change === 'changed' && c.old === c.new) out.push(`- ${changeWord[c.change]}: ${what}: lovteksten`);
      else if (c.change === 'changed') out.push(`- ${changeWord[c.change]}: ${what}: ${markdownText(c.old ?? '')} → ${markdownText(c.new ?? '')}`);
      else out.push(`- ${changeWord[c.change]}: ${what}: ${markdownText(c.new ?? c.old ?? '')}`);
      for (const w of c.wording ?? []) out.push(`  - ${markdownText(w.place)} ${changeWord[w.change]}: ${w.change === 'changed' ? `${markdownText(w.old ?? '')} → ${markdownText(w.new ?? '')}` : markdownText(w.new ?? w.old ?? '')}`);
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
    for (const m of s.modules) out.push(`- ${markdownText(m.description)}`);
    out.push('');
  }
  const t = s.tests;
  if (t.added.length + t.removed.length + t.changed.length > 0) {
    out.push('### Tester', '');
    const lines = [
      ...t.added.map((n) => `- lagt til: ${markdownText(n)}`),
      ...t.removed.map((n) => `- fjernet: ${markdownText(n)}`),
      ...t.changed.map((n) => `- endret: ${markdownText(n)}`),
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
    for (const p of c.sentences) out.push(`- ${markdownCode(p.source)} ledd ${p.ledd} punktum ${p.punktum} (${markdownText(p.module)}): ${markdownText(p.old ?? 'ikke lagret')} → ${markdownText(p.new ?? 'ikke lagret')}`);
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
  return `${structural} **Virkning (${markdownText(population.description)}):** ${count(population.changed)} av ${count(population.cases)} endret, snitt ${signedMoney(population.average)} ${report.impact.measure} per husstand-måned${errors ? `, ${count(errors)} feiler i bare én versjon` : ''}.${outsideLine(report.impact.outsidePopulation)}`;
}

/** « **Utenfor befolkningen:** …» when changed rate rows apply only outside the population's months. */
function outsideLine(outside: OutsidePopulation | undefined): string {
  if (!outside) return '';
  const rows = outside.rows.length === 1 ? '1 endret satsrad gjelder' : `${outside.rows.length} endrede satsrader gjelder`;
  const when = [...new Set(outside.rows.map((r) => (r.from !== undefined ? `fra ${r.from}` : `til ${r.to ?? ''}`)))].join(', ');
  return ` **Utenfor befolkningen:** ${rows} bare utenfor månedene ${outside.from} – ${outside.to} (${when}); det de gjør, er ikke med i virkningen. Velg månedene med --from og --to.`;
}

function interfaceLine(c: InterfaceChange): string {
  const label = c.kind === 'input' ? 'inndata' : c.kind === 'output' ? 'utdata' : 'type';
  const values = c.change === 'changed' ? ` (${markdownCode(c.old ?? '')} → ${markdownCode(c.new ?? '')})` : c.change === 'added' ? ` (${markdownCode(c.new ?? '')})` : ` (var ${markdownCode(c.old ?? '')})`;
  return `- **${label} ${changeWord[c.change]}** ${markdownCode(c.name)} i ${markdownText(c.module)}: ${markdownText(c.description)}${values}`;
}

function replacedNote(r: TableChange['replacedIn']): string {
  if (!r) return '';
  if (r.old && r.new && r.old !== r.new) return ` — erstattet i ${markdownCode(r.old)} → ${markdownCode(r.new)}`;
  if (r.new) return ` — erstattet i ${markdownCode(r.new)}`;
  return ` — erstattet i ${markdownCode(r.old ?? '')} (gammel)`;
}

function tableSection(t: TableChange): string[] {
  const out: string[] = [`#### tabell ${markdownCode(t.name)} (${markdownText(t.module)})${t.change !== 'changed' ? `: ${changeWord[t.change]}` : ''}${replacedNote(t.replacedIn)}`, ''];
  if (t.header) out.push(...markdownCodeBlock('diff', [`- ${t.header.old}`, `+ ${t.header.new}`]), '');
  if (t.rows.length === 0) return out;
  out.push('| fra | nøkkel | endring | før | etter | % | kilde |', '|---|---|---|---|---|---|---|');
  for (const r of t.rows) {
    const change = r.change === 'added' ? 'ny rad' : r.change === 'removed' ? 'rad fjernet' : 'endret';
    const sources = r.oldSources.join(', ') === r.newSources.join(', ') ? r.newSources.join(', ') : `${r.oldSources.join(', ') || '—'} → ${r.newSources.join(', ') || '—'}`;
    const from = `${r.from ?? '(udatert)'}${r.to ? ` til ${r.to}` : ''}`;
    const note = r.note ? ` (${r.note})` : '';
    out.push(`| ${markdownTextCell(from)} | ${markdownTextCell(r.keys)} | ${change}${markdownTextCell(note)} | ${markdownTextCell(r.old ?? '—')} | ${markdownTextCell(r.new ?? '—')} | ${markdownTextCell(r.percent ?? '')} | ${markdownTextCell(sources)} |`);
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
  if (d.change === 'moved') what = `flyttet fra ${markdownText(d.movedFrom ?? '')}`;
  else if (d.change !== 'changed') what = changeWord[d.change];
  else what = d.parts.map((p) => `${partLabel(p.part)} ${changeWord[p.change]}`).join(', ');
  const out = [`#### ${keyword} ${markdownCode(d.name)} (${markdownText(d.module)}): ${what}${replacedNote(d.replacedIn)}`, ''];
  out.push(...markdownCodeBlock('diff', d.lines.map((l) => `${l.op} ${l.text}`)));
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
    `Hver sak er beregnet med begge versjonene (den samme beregningen som \`lovkode run\`). Beløpene er endringen i ${markdownCode(m)} per måned (ny − gammel); en sak er én husstand i én måned.`,
    '',
  );
  out.push(
    '| saker | antall | endret | økt | redusert | feil bare i gammel | feil bare i ny | feil i begge | sum per måned | snitt per husstand-måned |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const g of impact.groups) {
    out.push(
      `| ${markdownTextCell(g.description)} | ${count(g.cases)} | ${count(g.changed)} | ${count(g.increased)} | ${count(g.decreased)} | ${count(g.errorOldOnly)} | ${count(g.errorNewOnly)} | ${count(g.errorBoth)} | ${signedMoney(g.total)} | ${signedMoney(g.average)} |`,
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
  return `| ${markdownTextCell(c.id)} | ${markdownTextCell(c.householdType)} | ${markdownTextCell(c.month ?? '')} | ${measureCell(c.old)} | ${measureCell(c.new)} | ${signedMoney(c.delta)} |`;
}

function groupSection(g: GroupImpact, measure: string, maxCases: number): string[] {
  const out: string[] = [`#### ${markdownText(g.description)}`, ''];
  if (g.changed > 0) {
    out.push(`Endret: ${count(g.changed)} av ${count(g.compared)} beregnede saker. Snitt for de ${count(g.increased + g.decreased)} der ${markdownCode(measure)} endret seg: ${signedMoney(g.averageChanged)}.`, '');
    out.push('| husstandstype | saker | endret | sum per måned | snitt per husstand-måned |', '|---|---|---|---|---|');
    for (const t of g.byHouseholdType) out.push(`| ${markdownTextCell(t.householdType)} | ${count(t.cases)} | ${count(t.changed)} | ${signedMoney(t.total)} | ${signedMoney(t.average)} |`);
    out.push('');
    if (g.byField) {
      out.push(`| ${markdownTextCell(g.byField.field)} | saker | endret | sum per måned | snitt per husstand-måned |`, '|---|---|---|---|---|');
      for (const t of g.byField.values) out.push(`| ${markdownTextCell(t.value)} | ${count(t.cases)} | ${count(t.changed)} | ${signedMoney(t.total)} | ${signedMoney(t.average)} |`);
      out.push('');
    }
  }
  const header = ['| sak | husstandstype | måned | før | etter | endring |', '|---|---|---|---|---|---|'];
  if (g.largestGains.length > 0) out.push(`Største økninger i ${markdownCode(measure)}:`, '', ...header, ...g.largestGains.map(caseRow), '');
  if (g.largestLosses.length > 0) out.push(`Største reduksjoner i ${markdownCode(measure)}:`, '', ...header, ...g.largestLosses.map(caseRow), '');
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
      out.push(`| ${count(cases.length)} | ${markdownTextCell(oldText)} | ${markdownTextCell(newText)} | ${markdownTextCell(examples)}${cases.length > 3 ? ' …' : ''} |`);
    }
    out.push('');
    const lines = ['| sak | husstandstype | måned | gammel | ny |', '|---|---|---|---|---|'];
    for (const c of failing.slice(0, maxCases)) lines.push(`| ${markdownTextCell(c.id)} | ${markdownTextCell(c.householdType)} | ${markdownTextCell(c.month ?? '')} | ${markdownTextCell(errorText(c.oldError))} | ${markdownTextCell(errorText(c.newError))} |`);
    if (failing.length > maxCases) lines.push('', `… og ${count(failing.length - maxCases)} til (se \`--format json\`).`);
    out.push(details(`Saker med feil (${count(failing.length)})`, lines), '');
  }
  const changed = g.changedCases.filter((c) => !c.oldError && !c.newError);
  if (changed.length > 0) {
    const lines = ['| sak | husstandstype | måned | før | etter | endring | endrede utdata |', '|---|---|---|---|---|---|---|'];
    for (const c of changed.slice(0, maxCases)) {
      lines.push(`| ${markdownTextCell(c.id)} | ${markdownTextCell(c.householdType)} | ${markdownTextCell(c.month ?? '')} | ${measureCell(c.old)} | ${measureCell(c.new)} | ${signedMoney(c.delta)} | ${markdownTextCell(c.outputs.map((o) => o.name).join(', '))} |`);
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

import { periodText } from '../check/wording.js';
import { markdownCode, markdownTextCell } from '../markdown/markdown.js';
import { coverageCounts, type Coverage, type CoveredSentence, type Linker, type Wording } from './coverage.js';

/** The coverage report as text (for a terminal) and as Markdown (for rules/README.md and reviews). */

export function coverageSummary(c: Coverage): string {
  const n = coverageCounts(c);
  return [
    `${n.stored} punktum lagret: ${n.covered} kodet og testet, ${n.untested} kodet uten test, ${n.unencoded} ikke kodet`,
    `${n.rulesWithoutSentence} regler, skjønn, tabeller og antakelser viser ikke til noe punktum; ${n.testsWithoutSentence} tester viser ikke til noe punktum`,
  ].join('\n');
}

export function coverageText(c: Coverage): string {
  const lines = [`Dekning av lovteksten\n${coverageSummary(c)}`];
  for (const group of bySource(c.sentences)) {
    const first = group[0] as CoveredSentence;
    lines.push('', `${first.source}  ${first.title}  (${first.module})`);
    for (const s of group) {
      lines.push(`  ledd ${s.ledd} punktum ${s.punktum}  ${s.status}`);
      for (const w of s.wordings) lines.push(`      ${wordingText(w)}`);
      if (s.encodedBy.length > 0) lines.push(`      kodet i: ${s.encodedBy.map(linkerText).join(', ')}`);
      if (s.testedBy.length > 0) lines.push(`      testet av: ${s.testedBy.map(linkerText).join(', ')}`);
    }
  }
  if (c.rulesWithoutSentence.length > 0) {
    lines.push('', 'Regler uten punktum:', ...c.rulesWithoutSentence.map((l) => `  ${l.at.file}:${l.at.line}: ${linkerText(l)}`));
  }
  if (c.testsWithoutSentence.length > 0) {
    lines.push('', 'Tester uten punktum:', ...c.testsWithoutSentence.map((l) => `  ${l.at.file}:${l.at.line}: ${linkerText(l)}`));
  }
  return `${lines.join('\n')}\n`;
}

export function coverageMarkdown(c: Coverage): string {
  const lines = ['## Dekning av lovteksten', '', ...coverageSummary(c).split('\n').map((l) => `- ${l}`)];
  for (const group of bySource(c.sentences)) {
    const first = group[0] as CoveredSentence;
    lines.push('', `### ${markdownTextCell(first.title)} (${markdownCode(first.source)})`, '', '| Ledd | Punktum | Status | Ordlyd | Kodet i | Testet av |', '|---:|---:|---|---|---|---|');
    for (const s of group) {
      const wordings = s.wordings.map((w) => markdownTextCell(wordingText(w))).join('<br>');
      lines.push(`| ${s.ledd} | ${s.punktum} | ${s.status} | ${wordings} | ${names(s.encodedBy)} | ${names(s.testedBy)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function bySource(sentences: readonly CoveredSentence[]): CoveredSentence[][] {
  const groups = new Map<string, CoveredSentence[]>();
  for (const s of sentences) {
    const key = `${s.module}\u0000${s.source}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(s);
  }
  return [...groups.values()];
}

function wordingText(w: Wording): string {
  const period = w.from ? `${periodText(w.from, w.to)}: ` : '';
  switch (w.status) {
    case 'ukjent':
      return `${period}ordlyden er ikke funnet; innholdet: ${w.text}`;
    case 'sekundærkilde':
      return `${period}«${w.text}» (ordlyden bare funnet i ${w.foundIn.join(', ')})`;
    case 'ikke kontrollert':
      return `${period}«${w.text}» (ikke kontrollert mot den offisielle teksten)`;
    case 'kontrollert':
      return `${period}«${w.text}»`;
  }
}

function linkerText(l: Linker): string {
  return l.kind === 'test' ? `test «${l.name}»` : `${l.kind} ${l.name}`;
}

function names(linkers: readonly Linker[]): string {
  return linkers.length === 0 ? '—' : linkers.map((l) => markdownTextCell(linkerText(l))).join(', ');
}

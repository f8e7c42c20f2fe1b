import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/check';
import { coverage } from '../../src/coverage/coverage';
import { coverageMarkdown, coverageText } from '../../src/coverage/report';

const path = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'conformance', 'lovtekst', 'good', 'lovtekst_og_lenker.lov');
const text = readFileSync(path, 'utf8');
const report = coverage(check([{ path: 'lenker.lov', text }]));
const place = (ledd: number, punktum: number) => report.sentences.find((s) => s.ledd === ledd && s.punktum === punktum);

describe('coverage of the stored law text (docs/law-text.md §3)', () => {
  it('lists every stored place once, with its dated wordings and their status', () => {
    expect(report.sentences.map((s) => `${s.source} ${s.ledd}.${s.punktum}`)).toEqual(['stl18 1.1', 'stl18 2.1', 'stl18 3.1']);
    expect(place(1, 1)?.wordings.map((w) => w.status)).toEqual(['kontrollert']);
    expect(place(2, 1)?.wordings.map((w) => [w.status, w.foundIn])).toEqual([['sekundærkilde', ['ks']]]);
    expect(place(3, 1)?.wordings.map((w) => [w.status, w.from, w.to])).toEqual([
      ['sekundærkilde', '2016-01-01', '2022-08-31'],
      ['ukjent', '2022-09-01', undefined],
    ]);
  });

  it('links rules (through their exceptions too), skjønn, tables, assumptions and tests; a ledd covers its punktum', () => {
    const names = (ledd: number, punktum: number) => place(ledd, punktum)?.encodedBy.map((l) => `${l.kind} ${l.name}`);
    // `stønad` cites ledd 1 punktum 1; the table and the assumption cite all of ledd 1; the table
    // `sats_per_rad` links through its rows' `kilde` cells.
    expect(names(1, 1)).toEqual(['antakelse første_dag', 'regel stønad', 'tabell sats', 'tabell sats_per_rad']);
    expect(names(2, 1)).toEqual(['skjønn tillegg', 'tabell sats_per_rad']);
    // Of `stønad`, only the exception `barnetrygd` cites ledd 3.
    expect(names(3, 1)).toEqual(['regel stønad', 'tabell sats_per_rad']);
    expect(place(1, 1)?.testedBy.map((l) => l.name)).toEqual(['§ 18 første ledd: stønaden dekker det inntekten ikke dekker']);
  });

  it('flags punktum without a rule or without a test, and rules and tests without a punktum', () => {
    expect(report.sentences.map((s) => s.status)).toEqual(['dekket', 'ikke testet', 'ikke testet']);
    const unlinked = coverage(check([{ path: 'u.lov', text: 'modul u\nkilde k "K"\nregel r: beløp  (kilde k)\n  = 1 kr\ntest "t" per 2024-01-01\n  forvent r = 1 kr\n' }]));
    expect(unlinked.sentences).toEqual([]);
    expect(unlinked.rulesWithoutSentence.map((l) => `${l.kind} ${l.name} ${l.at.file}:${l.at.line}`)).toEqual(['regel r u.lov:3']);
    expect(unlinked.testsWithoutSentence.map((l) => l.name)).toEqual(['t']);
  });

  it('reads as text and as Markdown', () => {
    const asText = coverageText(report);
    expect(asText).toContain('3 punktum lagret: 1 kodet og testet, 2 kodet uten test, 0 ikke kodet');
    expect(asText).toContain('  ledd 3 punktum 1  ikke testet');
    expect(asText).toContain('fra 2022-09-01: ordlyden er ikke funnet; innholdet: Barnetrygd holdes også utenfor (ordlyden er ikke funnet).');
    const markdown = coverageMarkdown(report);
    expect(markdown).toContain('| 2 | 1 | ikke testet | «Stønaden bør ta sikte på å gjøre vedkommende selvhjulpen.» (ordlyden bare funnet i ks) | skjønn tillegg, tabell sats_per_rad | — |');
  });
});

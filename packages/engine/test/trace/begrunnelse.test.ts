import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, evaluate, type EvaluationResult } from '../../src/index';
import { renderBegrunnelse, valueFormatter } from '../../src/trace/begrunnelse';
import type { Trace, TraceStep } from '../../src/trace/trace';

const example = (name: string) => ({ path: `docs/examples/${name}`, text: readFileSync(new URL(`../../../../docs/examples/${name}`, import.meta.url), 'utf8') });
const base = example('livsopphold.lov');
const variant = example('kommune-variant.lov');

function rules(files: Array<{ path: string; text: string }>, module?: string) {
  const compiled = compile(files, module ? { module } : {});
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  return compiled.rules;
}

const livsopphold = rules([base]);
const kommune = rules([base, variant], 'eksempel.kommune');

const enslig = {
  beregningsmåned: '2024-03',
  sivilstand: 'enslig',
  utgifter: [
    { art: 'husleie', beløp: 8000 },
    { art: 'strøm', beløp: 700 },
  ],
};

const familie = {
  beregningsmåned: '2024-03',
  sivilstand: 'enslig',
  særlige_behov: true,
  barn: [{ fødselsdato: '2019-11-30' }],
  inntekter: [
    { art: 'barnetrygd', beløp: 1510 },
    { art: 'lønn', beløp: '25000' },
  ],
  utgifter: [
    { art: 'husleie', beløp: 8000 },
    { art: 'strøm', beløp: 700 },
    { art: 'annen', beløp: 50 },
  ],
  overstyringer: [{ navn: 'boutgifter', verdi: '9000', begrunnelse: 'Dokumentert husleie i kommunal bolig' }],
};

const lines = (text: string) => text.split('\n');

describe('renderBegrunnelse for the example rules', () => {
  const text = renderBegrunnelse(evaluate(livsopphold, enslig, { trace: true }));

  it('starts with the month it is as of and lists every output with its value and explanation', () => {
    expect(lines(text)[0]).toBe('Begrunnelse for beregningen – mars 2024');
    expect(text).toContain('\nResultat\n  Stønad: 16 550,00 kr\n    Stønaden er behovet (16 550,00 kr) minus inntekt som regnes med (0,00 kr).\n');
    expect(text).toContain('\n  Behov: 16 550,00 kr\n    Behovet er satsen (7 850,00 kr) pluss boutgifter (8 700,00 kr).\n');
    expect(text).toContain('\n  Inntekt regnet med: 0,00 kr\n');
    expect(text).toContain('\n  Vurdering etter 19: nei\n');
  });

  it('shows how the amount is made up, table lookups with their period and source', () => {
    const walk = text.slice(text.indexOf('Slik er beløpet satt sammen'), text.indexOf('\nKilder'));
    // Each line cites its sources by their number in «Kilder».
    expect(walk).toContain(`- Stønad: 16 550,00 kr [${sourceNumber(text, 'Sosialtjenesteloven § 18')}]`);
    expect(walk).toContain(`- Veiledende sats for enslig fra 1. januar 2024: 7 850,00 kr [${sourceNumber(text, 'Rundskriv A-3/2023 Statlige veiledende retningslinjer for 2024')}]`);
    expect(walk).toContain('- art: husleie, beløp: 8 000,00 kr – tatt med: 8 000,00 kr');
    expect(walk).toContain('Den veiledende verdien er brukt; saksbehandleren har ikke vurdert dette skjønnet.');
    // Depth-first: what a step uses is indented below it.
    expect(walk.indexOf('- Behov:')).toBeLessThan(walk.indexOf('- Sats:'));
    expect(indentOf(walk, '- Sats:')).toBeGreaterThan(indentOf(walk, '- Behov:'));
    expect(indentOf(walk, '- Behov:')).toBeGreaterThan(indentOf(walk, '- Stønad:'));
  });

  it('ends with the sources, each once, and the rule set', () => {
    const sources = text.slice(text.indexOf('\nKilder\n'));
    expect(sources).toMatch(/\n {2}\[1\] /);
    expect(sources).toContain('] Sosialtjenesteloven § 18: https://lovdata.no/lov/2009-12-18-131/§18\n');
    expect(sources).toContain('] Rundskriv A-3/2023 Statlige veiledende retningslinjer for 2024: https://www.regjeringen.no/\n');
    expect(sources).toContain('] Sosialtjenesteloven § 19: https://lovdata.no/lov/2009-12-18-131/§19\n');
    expect(sources.match(/Sosialtjenesteloven § 18:/g)).toHaveLength(1);
    expect(text.trimEnd().split('\n').at(-1)).toBe(`Beregnet med regelsett ${livsopphold.ruleset}.`);
  });

  it('is plain text: no markdown tables, no tabs, one trailing newline', () => {
    expect(text).not.toMatch(/\|/);
    expect(text).not.toMatch(/\t/);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('is deterministic', () => {
    expect(renderBegrunnelse(evaluate(livsopphold, enslig, { trace: true }))).toBe(text);
  });
});

describe('renderBegrunnelse for a family with income, an override and an open question', () => {
  const result = evaluate(livsopphold, familie, { trace: true });
  const text = renderBegrunnelse(result);

  it('lists each income as counted or not, and the exception that applied', () => {
    expect(text).toContain('- art: barnetrygd, beløp: 1 510,00 kr – ikke tatt med');
    expect(text).toContain('- art: lønn, beløp: 25 000,00 kr – tatt med: 25 000,00 kr');
    expect(text).toContain(`- Teller som inntekt (art: barnetrygd, beløp: 1 510,00 kr): nei [${sourceNumber(text, 'Sosialtjenesteloven § 18 tredje ledd')}]`);
    expect(text).toContain('Unntak «barnetrygd» gjelder: går foran hovedregelen.');
    expect(text).toContain('- art: annen, beløp: 50,00 kr – ikke tatt med');
  });

  it('shows the override with its reason and the guideline', () => {
    expect(text).toContain('Satt etter skjønn: 9 000,00 kr (veiledende: 8 700,00 kr). Begrunnelse: Dokumentert husleie i kommunal bolig');
  });

  it('says what must be assessed individually', () => {
    expect(result.values['vurdering_etter_19']).toEqual({ ubestemt: ['Vurder om det skal gis stønad etter § 19'] });
    expect(text).toContain('Vurdering etter 19: ikke fastsatt (Vurder om det skal gis stønad etter § 19)');
  });

  it('lists each step once, though several outputs use it', () => {
    expect(text.match(/- Veiledende sats for enslig fra/g)).toHaveLength(1);
    expect(text.match(/- Behov:/g)).toHaveLength(1);
    expect(text.match(/- Første dag i måneden: 1\. mars 2024/g)).toHaveLength(1);
  });

  it('marks assumptions among the sources', () => {
    expect(text).toMatch(/\n {2}\[\d+\] Alder regnes i hele år den første dagen i beregningsmåneden \(forutsetning\)\n/);
    expect(text).toMatch(/\n {2}\[\d+\] Sosialtjenesteloven § 18 tredje ledd: https:\/\/lovdata\.no\/lov\/2009-12-18-131\/§18\n/);
  });

  it('lists the facts it used', () => {
    const facts = text.slice(text.indexOf('Opplysninger som er lagt til grunn'), text.indexOf('\nKilder'));
    expect(facts).toContain('  - Sivilstand: enslig\n');
    expect(facts).toContain('  - Barn:\n    - fødselsdato: 30. november 2019\n');
    expect(facts).toContain('  - Særlige behov: ja\n');
  });

  it('can justify chosen outputs only', () => {
    const only = renderBegrunnelse(result, { outputs: ['inntekt_regnet_med'] });
    expect(only).toContain('Resultat\n  Inntekt regnet med: 25 000,00 kr\n');
    expect(only).not.toContain('Stønad');
    expect(only).not.toContain('Sosialtjenesteloven § 19');
    expect(only).toContain('Sosialtjenesteloven § 18 tredje ledd');
  });
});

describe('renderBegrunnelse for the variant', () => {
  it('uses the variant’s table, rules and sources', () => {
    const text = renderBegrunnelse(
      evaluate(kommune, { beregningsmåned: '2024-03', sivilstand: 'enslig', barn: [{ fødselsdato: '2010-05-01' }, { fødselsdato: '2015-05-01' }, { fødselsdato: '2020-05-01' }] }, { trace: true }),
    );
    const eksempel = sourceNumber(text, 'Eksempel: kommunestyrevedtak om egne satser (oppdiktet)');
    expect(text).toContain(`- Veiledende sats for enslig fra 1. januar 2024: 8 100,00 kr [${eksempel}]`);
    expect(text).toContain('Unntak «fra tredje barn» gjelder: går foran hovedregelen.');
    expect(text).toContain(`- Sats: 19 125,00 kr [${eksempel}]\n`);
    expect(text).toContain(`- Barnesats (3; fødselsdato: 1. mai 2020): 1 925,00 kr [${eksempel}]\n`);
    // The outer sum shows each child's contribution; the nested `liste(…)` is not repeated per child.
    // In words, not rule code (issue 14: no «sum(barnesats(b) for b i barn)» in a justification).
    expect(text).toContain('Summen er regnet slik:\n');
    expect(text).toContain('  - fødselsdato: 1. mai 2020 – tatt med: 1 925,00 kr\n');
    expect(text).not.toContain('Listen er satt sammen slik');
    expect(text).not.toMatch(/\b(sum|liste|antall)\(/);
  });
});

/** The number a source has in the «Kilder» section (`  [3] Sosialtjenesteloven § 18: …`). */
function sourceNumber(text: string, title: string): number {
  const sources = text.slice(text.indexOf('\nKilder\n'));
  const match = new RegExp(`\\n {2}\\[(\\d+)\\] ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:| \\(forutsetning\\)|\\n)`).exec(sources);
  if (!match) throw new Error(`no source «${title}» in\n${sources}`);
  return Number(match[1]);
}

describe('renderBegrunnelse from a hand-made trace', () => {
  const step = (s: Partial<TraceStep> & Pick<TraceStep, 'id' | 'kind' | 'name'>): TraceStep => ({ value: null, citations: [], uses: [], ...s });
  const location = { file: 'x.lov', line: 1, column: 1 };
  const trace: Trace = {
    version: 1,
    asOf: '2024-07-15',
    asOfType: 'dato',
    types: { Gruppe: { kind: 'enum', members: ['voksen'] } },
    ruleset: 'sha256:00',
    outputs: { tillegg: 0 },
    steps: [
      step({
        id: 0,
        kind: 'rule',
        name: 'tillegg',
        type: 'beløp',
        value: '-120.50',
        uses: [1, 2],
        definition: { kind: 'exception', label: 'særskilt_unntak', overrode: ['base', 'første_unntak'], location },
        citations: [{ id: 'a', title: 'Antakelse A', assumption: true }],
        explanation: 'Tillegget er trukket.',
      }),
      step({ id: 1, kind: 'table', name: 'sats', type: 'tall', args: ['voksen', true], argTypes: ['Gruppe', 'sannhetsverdi'], value: '0.125', row: { keys: ['voksen', null], from: '2024-01-01', to: '2024-12-31', location }, citations: [{ id: 'a', title: 'Antakelse A', assumption: true }] }),
      step({ id: 2, kind: 'input', name: 'dato', type: 'dato', value: '2024-07-15' }),
    ],
  };
  const result: EvaluationResult = { values: { tillegg: '-120.50' }, complete: true, warnings: [], ruleset: 'sha256:00', trace };
  const text = renderBegrunnelse(result);

  it('names a day that is not the first of a month', () => {
    expect(lines(text)[0]).toBe('Begrunnelse for beregningen, vurdert per 15. juli 2024');
  });

  it('shows the exception chain, a bounded table period and a citation without a link once', () => {
    expect(text).toContain('Unntak «særskilt unntak» gjelder: går foran hovedregelen og unntaket «første unntak».');
    expect(text).toContain('- Sats for voksen, ja fra 1. januar 2024 til 31. desember 2024: 0,125 [1]');
    expect(text).toContain('Kilder\n  [1] Antakelse A (forutsetning)\n');
    expect(text).toContain('  - Tillegg: −120,50 kr [1]\n');
    expect(text).toContain('  - Dato: 15. juli 2024\n');
  });

  it('walks a long chain of rules without exhausting the stack', () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => step({ id: i, kind: 'rule', name: `r${i}`, type: 'beløp', value: '1.00', uses: i + 1 < n ? [i + 1] : [] }));
    const long = renderBegrunnelse({ values: { r0: '1.00' }, complete: true, warnings: [], ruleset: 'sha256:00', trace: { ...trace, outputs: { r0: 0 }, steps: chain } });
    expect(long).toContain('- R19999: 1,00 kr\n');
  });

  it('needs a trace', () => {
    expect(() => renderBegrunnelse({ values: {}, complete: true, warnings: [], ruleset: 'sha256:00' })).toThrow(/sporing/);
  });
});

describe('values are shown by their type, never by their shape', () => {
  const show = valueFormatter({
    'liste av beløp': { kind: 'list', element: 'beløp' },
    'liste av Inntekt': { kind: 'list', element: 'Inntekt' },
    Inntekt: { kind: 'record', fields: { art: 'Inntektsart', beløp: 'beløp' } },
    Inntektsart: { kind: 'enum', members: ['lønn', 'barns_arbeidsinntekt'] },
    Satskategori: { kind: 'enum', members: ['barn_0_5'] },
  });
  it.each([
    ['16550.00', 'beløp', '16 550,00 kr'],
    ['-5.10', 'beløp', '−5,10 kr'],
    ['7850', 'beløp', '7 850,00 kr'],
    // A `tall` with two decimals is not an amount (it was printed «0,25 kr»).
    ['0.25', 'tall', '0,25'],
    ['1234567', 'tall', '1 234 567'],
    [3, 'heltall', '3'],
    [true, 'sannhetsverdi', 'ja'],
    [false, 'sannhetsverdi', 'nei'],
    ['2024-03-01', 'dato', '1. mars 2024'],
    ['2024-03', 'måned', 'mars 2024'],
    ['barn_0_5', 'Satskategori', 'barn 0 5'],
    // A text is shown as written, even one that looks like an amount or a date.
    ['1.50', 'tekst', '1.50'],
    ['2024-03-01', 'tekst', '2024-03-01'],
    ['Fritekst med_understrek', 'tekst', 'Fritekst med_understrek'],
    [[], 'liste av beløp', 'ingen'],
    [['1.00', '2.00'], 'liste av beløp', '1,00 kr, 2,00 kr'],
    [{ ubestemt: ['grunn a', 'grunn b'] }, 'beløp', 'ikke fastsatt (grunn a; grunn b)'],
    [{ art: 'barns_arbeidsinntekt', beløp: '5000.00' }, 'Inntekt', 'art: barns arbeidsinntekt, beløp: 5 000,00 kr'],
    [{ art: 'lønn', beløp: '1.00', gjelder: [] }, 'Inntekt', 'art: lønn, beløp: 1,00 kr'],
    [[{ art: 'lønn', beløp: '1.00' }, { art: 'lønn', beløp: '2.00' }], 'liste av Inntekt', 'art: lønn, beløp: 1,00 kr; art: lønn, beløp: 2,00 kr'],
    [null, 'beløp', 'ingen verdi'],
    // Without a type (a trace from before types were recorded): as written.
    ['16550.00', undefined, '16550.00'],
  ] as const)('%j (%s) → %s', (value, type, expected) => {
    expect(show(value as never, type)).toBe(expected);
  });
});

function indentOf(text: string, marker: string): number {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(marker));
  if (!line) throw new Error(`no line with ${marker}`);
  return line.length - line.trimStart().length;
}

describe('types carried through the trace (issue 13, item 2)', () => {
  const typed = rules([
    {
      path: 'typer.lov',
      text: `modul typer

kilde k "Kilde"

inndata {
  måned: måned  (vurderingstidspunkt)
  sum:   beløp
}

utdata andel, justert

skjønn andel: tall  (kilde k)
  veiledende = 0,25

regel justert: beløp  (kilde k)
  = sum * (1 + andel)
`,
    },
  ]);

  it('a tall is not an amount: «Andel: 0,25», never «0,25 kr»', () => {
    const text = renderBegrunnelse(evaluate(typed, { måned: '2024-05', sum: '100.00' }, { trace: true }));
    expect(text).toContain('  Andel: 0,25\n');
    expect(text).toContain('  Justert: 125,00 kr\n');
    expect(text).not.toContain('0,25 kr');
  });

  it('the as-of given as a day is a day, given as a month a month (no guess from «-01»)', () => {
    expect(lines(renderBegrunnelse(evaluate(typed, { måned: '2024-05', sum: '1' }, { trace: true, asOf: '2024-05-01' })))[0]).toBe('Begrunnelse for beregningen, vurdert per 1. mai 2024');
    expect(lines(renderBegrunnelse(evaluate(typed, { måned: '2024-05', sum: '1' }, { trace: true })))[0]).toBe('Begrunnelse for beregningen – mai 2024');
  });

  it('every trace step names its type, and the trace describes its records, lists and enumerations', () => {
    const trace = evaluate(livsopphold, familie, { trace: true }).trace as Trace;
    expect(trace.steps.every((s) => typeof s.type === 'string')).toBe(true);
    expect(trace.types['liste av Barn']).toEqual({ kind: 'list', element: 'Barn' });
    expect(trace.types['Barn']).toEqual({ kind: 'record', fields: { fødselsdato: 'dato' } });
  });
});

describe('two records of the same name in one trace', () => {
  it('are told apart by their module, so each is shown by its own fields', () => {
    const compiled = rules([
      { path: 'x.lov', text: 'modul x\nkilde k "K"\ntype Barn { v: dato }\nregel bx: Barn  (kilde k)\n  = Barn { v: 2020-01-01 }\n' },
      { path: 'y.lov', text: 'modul y\nkilde k "K"\ntype Barn { v: beløp }\nregel by: Barn  (kilde k)\n  = Barn { v: 5 kr }\n' },
      { path: 'z.lov', text: 'modul z\nbruk x\nbruk y\nkilde kz "K"\ninndata S {\n  dag: dato  (vurderingstidspunkt)\n}\nregel r: sannhetsverdi  (kilde kz)\n  = bx.v > dag\nutdata bx, by, r\n' },
    ]);
    const result = evaluate(compiled, { dag: '2024-01-01' }, { trace: true });
    const text = renderBegrunnelse(result);
    expect(text).toContain('  Bx: v: 1. januar 2020\n');
    expect(text).toContain('  By: v: 5,00 kr\n');
    expect(Object.keys(result.trace?.types ?? {}).sort()).toEqual(['Barn', 'y.Barn']);
  });

  it('names the ledd and punktum a rule rests on and quotes a checked wording in force on the day (docs/law-text.md)', () => {
    const text = `modul lov
kilde stl18  "Sosialtjenesteloven § 18"  <https://lovdata.no/lov/2009-12-18-131/§18>
  kontrollert 2026-12-05 <https://lovdata.no/dokument/NL/lov/2009-12-18-131>
  ledd 1 punktum 1 "Gammel ordlyd."  (gjelder fra 2010-01-01 til 2022-08-31)
  ledd 1 punktum 1 "Ny ordlyd."  (gjelder fra 2022-09-01)
  ledd 2 punktum 1 "Bare funnet i et sammendrag."  (kilde ks)
kilde ks "KS"
inndata S {
  måned: måned  (vurderingstidspunkt)
}
utdata a, b
regel a: beløp  (kilde stl18 ledd 1 punktum 1)
  = 1 kr
regel b: beløp  (kilde stl18 ledd 2)
  = 2 kr
`;
    const compiled = compile([{ path: 'lov.lov', text }]);
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
    const result = evaluate(compiled.rules, { måned: '2024-03' }, { trace: true });
    const a = result.trace?.steps.find((s) => s.name === 'a');
    expect(a?.citations).toEqual([
      {
        id: 'stl18',
        title: 'Sosialtjenesteloven § 18',
        url: 'https://lovdata.no/lov/2009-12-18-131/§18',
        ledd: 1,
        punktum: 1,
        wordings: [
          { text: 'Gammel ordlyd.', from: '2010-01-01', to: '2022-08-31' },
          { text: 'Ny ordlyd.', from: '2022-09-01' },
        ],
      },
    ]);
    const justification = renderBegrunnelse(result);
    // One number for the source, its places named together; a whole ledd whose wording was found
    // only in a secondary source is named, never quoted.
    expect(justification).toContain('[1] Sosialtjenesteloven § 18, første ledd første punktum og andre ledd: https://lovdata.no/lov/2009-12-18-131/§18\n      første ledd første punktum: «Ny ordlyd.»\n');
    expect(justification).not.toContain('[2]');
    expect(justification).not.toContain('sammendrag');
  });

  it('quotes the punktum a rate row is pinned to, in force on the day, and only the row that applies (docs/law-text.md §2)', () => {
    const text = `modul lov
kilde satser  "Satsoversikt"  <https://example.no/satser>
  kontrollert 2026-12-06 <https://example.no/satser>
  ledd 1 punktum 1 "Fra 2024: 100 kr."  (gjelder fra 2024-01-01 til 2024-12-31)
  ledd 2 punktum 1 "Fra 2025: 200 kr."  (gjelder fra 2025-01-01)
inndata S {
  måned: måned  (vurderingstidspunkt)
}
utdata a
tabell sats(n: heltall): beløp
  | fra        | n | verdi | kilde                   |
  | 2024-01-01 | 1 |   100 | satser ledd 1 punktum 1 |
  | 2025-01-01 | 1 |   200 | satser ledd 2 punktum 1 |
regel a: beløp  (kilde satser ledd 2)
  = sats(1)
`;
    const compiled = compile([{ path: 'lov.lov', text }]);
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
    const in2024 = renderBegrunnelse(evaluate(compiled.rules, { måned: '2024-03' }, { trace: true }));
    expect(in2024).toContain('første ledd første punktum: «Fra 2024: 100 kr.»');
    expect(in2024).not.toContain('200 kr.»');
    const in2025 = renderBegrunnelse(evaluate(compiled.rules, { måned: '2025-03' }, { trace: true }));
    expect(in2025).toContain('«Fra 2025: 200 kr.»');
    expect(in2025).not.toContain('100 kr.»');
  });

  it('quotes a source\'s punktum in the order of the provision, not in the order the rules met them (docs/law-text.md §4)', () => {
    // The rule met first rests on andre ledd; the family reads første ledd first, as in the act.
    const text = `modul lov
kilde stl18  "Sosialtjenesteloven § 18"  <https://lovdata.no/lov/2009-12-18-131/§18>
  kontrollert 2026-12-05 <https://lovdata.no/dokument/NL/lov/2009-12-18-131>
  ledd 1 punktum 1 "Første ledd, første punktum."
  ledd 1 punktum 2 "Første ledd, andre punktum."
  ledd 2 punktum 1 "Andre ledd."
inndata S {
  måned: måned  (vurderingstidspunkt)
}
utdata a, b
regel a: beløp  (kilde stl18 ledd 2 punktum 1)
  = b
regel b: beløp  (kilde stl18 ledd 1 punktum 2, stl18 ledd 1 punktum 1)
  = 2 kr
`;
    const compiled = compile([{ path: 'lov.lov', text }]);
    if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
    const justification = renderBegrunnelse(evaluate(compiled.rules, { måned: '2024-03' }, { trace: true }));
    expect(justification).toContain(
      [
        '[1] Sosialtjenesteloven § 18, første ledd første og andre punktum og andre ledd første punktum: https://lovdata.no/lov/2009-12-18-131/§18',
        '      første ledd første punktum: «Første ledd, første punktum.»',
        '      første ledd andre punktum: «Første ledd, andre punktum.»',
        '      andre ledd første punktum: «Andre ledd.»',
      ].join('\n'),
    );
  });
});


/**
 * Generates realistic rule files for the benchmark and the robustness tests: modules with
 * sources, assumptions, enumerations, records, inputs, dated rate tables, rules with
 * exceptions and validity periods, discretionary values, aggregations and tests. The output
 * is deterministic for a given seed and checks without errors or warnings.
 */

export interface GenerateOptions {
  /** Approximate number of lines; the file is at least this long. */
  readonly lines: number;
  /** Module name; defaults to `generert.sosialhjelp`. */
  readonly module?: string;
  /** Seed of the pseudo-random numbers that vary amounts and dates. */
  readonly seed?: number;
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `12600` → `12 600` (grouped in threes, as rule authors write amounts). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

const header = (module: string): string[] => [
  '## Generert regelsett for ytelsesmåling. Strukturen følger eksemplet i docs/examples.',
  `modul ${module}`,
  '',
  'kilde stl18    "Sosialtjenesteloven § 18"  <https://lovdata.no/lov/2009-12-18-131/§18>',
  'kilde stl18_3  "Sosialtjenesteloven § 18 tredje ledd"',
  'kilde stl19    "Sosialtjenesteloven § 19"',
  'kilde rnb2023  "Revidert nasjonalbudsjett 2023"',
  'kilde a3_2023  "Rundskriv A-3/2023"  <https://www.regjeringen.no/>',
  'kilde a3_2024  "Rundskriv A-3/2024"',
  '',
  '## Alder i hele år regnes den første dagen i måneden det beregnes for.',
  'antakelse alder_første_dag "Alder regnes i hele år den første dagen i beregningsmåneden"  (kilde a3_2023)',
  '',
  'valg Sivilstand { enslig, ektepar_samboere, bofellesskap }',
  'valg Satskategori { enslig, ektepar_samboere, person_i_bofellesskap, barn_0_5, barn_6_10, barn_11_17 }',
  'valg Inntektsart { lønn, trygd, bostøtte, barnetrygd, barns_arbeidsinntekt, annen }',
  'valg Utgiftsart { husleie, strøm, annen }',
  '',
  'type Barn { fødselsdato: dato }',
  'type Inntekt { art: Inntektsart, beløp: beløp }',
  'type Utgift { art: Utgiftsart, beløp: beløp }',
  '',
  'inndata Søknad {',
  '  beregningsmåned: måned  (vurderingstidspunkt)',
  '  sivilstand:      Sivilstand',
  '  barn:            liste av Barn = []',
  '  inntekter:       liste av Inntekt = []',
  '  utgifter:        liste av Utgift = []',
  '  særlige_behov:   sannhetsverdi = usann',
  '}',
  '',
  'regel første_dag_i_måneden: dato  (kilde alder_første_dag)',
  '  = første_dag(beregningsmåned)',
  '',
  'regel aldersgruppe(b: Barn): Satskategori  (kilde a3_2023, alder_første_dag)',
  '  = hvis alder(b.fødselsdato, første_dag_i_måneden) < 6 så barn_0_5',
  '    ellers hvis alder(b.fødselsdato, første_dag_i_måneden) < 11 så barn_6_10',
  '    ellers barn_11_17',
  '',
];

const categories = ['enslig', 'ektepar_samboere', 'person_i_bofellesskap', 'barn_0_5', 'barn_6_10', 'barn_11_17'] as const;

/** One block of related declarations (about 75 lines), numbered `i`. */
function block(i: number, next: () => number): { lines: string[]; outputs: string[] } {
  const base = 6000 + Math.floor(next() * 3000);
  // Rates for 2023-07, 2024-01 and 2025-01 per category, rising a little each time.
  const rates = [0, 1, 2].map((step) =>
    categories.map((_, c) => Math.round((base * [1, 1.65, 0.85, 0.5, 0.52, 0.66][c]! * (1 + step * 0.04)) / 10) * 10),
  );
  const row = (date: string, values: number[], source: string): string =>
    `  | ${date} | ${values.map((v, c) => groupDigits(v).padStart((categories[c] as string).length)).join(' | ')} | ${source.padEnd(7)} |`;
  const s = `_${i}`;
  const limit = 20_000 + Math.floor(next() * 10_000);
  const rate2024 = rates[1] as number[];
  const lines = [
    `## Veiledende satser, blokk ${i}.`,
    `tabell sats${s}(kategori: Satskategori): beløp`,
    `  | fra        | ${categories.join(' | ')} | kilde   |`,
    row('2023-07-01', rates[0] as number[], 'rnb2023'),
    row('2024-01-01', rate2024, 'a3_2023'),
    row('2025-01-01', rates[2] as number[], 'a3_2024'),
    `  | 2026-01-01 | ukjent "Rundskriv for 2026 er ikke registrert" |`,
    '',
    `regel voksensats${s}: beløp  (kilde a3_2023)`,
    `  når sivilstand = enslig så sats${s}(enslig)`,
    `  når sivilstand = ektepar_samboere så sats${s}(ektepar_samboere)`,
    `  når sivilstand = bofellesskap så sats${s}(person_i_bofellesskap)`,
    `  forklaring "Satsen for voksne er {verdi}."`,
    '',
    `regel barnesats${s}(b: Barn, nr: heltall): beløp  (kilde a3_2023, alder_første_dag)`,
    `  = sats${s}(aldersgruppe(b))`,
    `  unntak mange_barn  (kilde stl18_3, gjelder fra 2024-01-01)`,
    `    når nr >= 3 så avrund(sats${s}(aldersgruppe(b)) * 90 %, 1 kr, halv_opp)`,
    `  unntak mange_barn_overgang til mange_barn  (kilde stl18_3, gjelder fra 2024-01-01 til 2024-06-30)`,
    `    når nr >= 5 så sats${s}(aldersgruppe(b))`,
    '',
    `skjønn boutgifter${s}: beløp  (kilde stl18)`,
    `  veiledende = sum(u.beløp for u i utgifter der u.art i [husleie, strøm])`,
    `  forklaring "Boutgiftene er satt til {verdi}."`,
    '',
    `regel teller_som_inntekt${s}(inntekt: Inntekt): sannhetsverdi  (kilde stl18)`,
    `  = sann`,
    `  unntak barns_arbeid  (kilde stl18_3)`,
    `    når inntekt.art = barns_arbeidsinntekt så usann`,
    `  unntak barnetrygd  (kilde stl18_3, gjelder fra 2022-09-01)`,
    `    når inntekt.art = barnetrygd så usann`,
    `  unntak stor_barneinntekt til barns_arbeid  (kilde stl18_3)`,
    `    når inntekt.beløp > ${groupDigits(limit)} kr så sann`,
    '',
    `regel inntekt${s}: beløp  (kilde stl18)`,
    `  = sum(x.beløp for x i inntekter der teller_som_inntekt${s}(x))`,
    '',
    `regel antall_små_barn${s}: heltall  (kilde a3_2023, alder_første_dag)`,
    `  = antall(b for b i barn der alder(b.fødselsdato, første_dag_i_måneden) < 6)`,
    '',
    `regel behov${s}: beløp  (kilde stl18)`,
    `  = voksensats${s} + boutgifter${s} + sum(sats${s}(aldersgruppe(b)) for b i barn)`,
    `  forklaring "Behovet er {verdi}: sats {voksensats${s}} og boutgifter {boutgifter${s}}."`,
    '',
    `regel stønad${s}: beløp  (kilde stl18)`,
    `  = maks(0 kr, behov${s} - inntekt${s})`,
    '',
    `regel vurdering_etter_19${s}: sannhetsverdi  (kilde stl19)`,
    `  = usann`,
    `  unntak særlige_behov  (kilde stl19)`,
    `    når stønad${s} = 0 kr og særlige_behov så ubestemt "Vurder om det skal gis stønad etter § 19"`,
    '',
    `test "Blokk ${i}: enslig uten inntekt, mars 2024"`,
    `  gitt beregningsmåned = 2024-03, sivilstand = enslig`,
    `       utgifter = [{ art: husleie, beløp: 8 000 kr }, { art: strøm, beløp: 700 kr }]`,
    `  forvent voksensats${s} = ${groupDigits(rate2024[0] as number)} kr`,
    `  forvent stønad${s} = ${groupDigits((rate2024[0] as number) + 8700)} kr`,
    '',
    `test "Blokk ${i}: lønn regnes med, barnetrygd ikke"`,
    `  gitt beregningsmåned = 2024-03, sivilstand = ektepar_samboere`,
    `       inntekter = [{ art: barnetrygd, beløp: 1 510 kr }, { art: lønn, beløp: 5 000 kr }]`,
    `  forvent inntekt${s} = 5 000 kr`,
    '',
    `test "Blokk ${i}: høyere boutgifter etter skjønn"`,
    `  gitt beregningsmåned = 2024-03, sivilstand = enslig`,
    `  overstyr boutgifter${s} = 9 000 kr  begrunnelse "Dokumentert husleie"`,
    `  forvent stønad${s} = ${groupDigits((rate2024[0] as number) + 9000)} kr`,
    '',
    `test "Blokk ${i}: satsene for 2026 er ikke registrert"`,
    `  gitt beregningsmåned = 2026-01, sivilstand = enslig`,
    `  forvent feil "ukjent"`,
    '',
  ];
  return { lines, outputs: [`stønad${s}`, `behov${s}`, `vurdering_etter_19${s}`] };
}

/** A rule file of at least `options.lines` lines that checks clean. */
export function generateRuleFile(options: GenerateOptions): string {
  const next = random(options.seed ?? 2024);
  const lines = header(options.module ?? 'generert.sosialhjelp');
  const outputs: string[] = [];
  const body: string[] = [];
  for (let i = 1; lines.length + body.length + 2 < options.lines; i++) {
    const b = block(i, next);
    body.push(...b.lines);
    outputs.push(...b.outputs);
  }
  return [...lines, `utdata ${outputs.join(', ')}`, '', ...body].join('\n');
}

/**
 * The same rule set split into `files` files: a base module with the shared declarations
 * and part modules that `bruk` it, each holding an equal share of the blocks. Together they
 * have at least `options.lines` lines.
 */
export function generateRuleSet(options: GenerateOptions & { readonly files: number }): Array<{ path: string; text: string }> {
  const next = random(options.seed ?? 2024);
  const module = options.module ?? 'generert.sosialhjelp';
  const base = header(module);
  const parts: Array<{ lines: string[]; outputs: string[] }> = Array.from({ length: Math.max(1, options.files - 1) }, () => ({ lines: [], outputs: [] }));
  let total = base.length;
  for (let i = 1; total < options.lines; i++) {
    const b = block(i, next);
    const part = parts[(i - 1) % parts.length] as { lines: string[]; outputs: string[] };
    part.lines.push(...b.lines);
    part.outputs.push(...b.outputs);
    total += b.lines.length;
  }
  return [
    { path: 'grunn.lov', text: base.join('\n') },
    ...parts.map((part, k) => ({
      path: `del_${k + 1}.lov`,
      text: [`modul ${module}_del_${k + 1}`, `bruk ${module}`, '', `utdata ${part.outputs.join(', ')}`, '', ...part.lines].join('\n'),
    })),
  ];
}

/**
 * The offset range of the first line of the value of `regel stønad_<n>` — a place for a
 * typical one-line edit in the incremental benchmark.
 */
export function editPoint(text: string, n = 1): { start: number; end: number } {
  const marker = `regel stønad_${n}: beløp  (kilde stl18)\n  = `;
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`no rule stønad_${n}`);
  const valueStart = start + marker.length;
  return { start: valueStart, end: text.indexOf('\n', valueStart) };
}

/** Deterministic synthetic households for benchmarks (a seeded PRNG, months 2018–2024 with known rates). */

export interface Household {
  beregningsmåned: string;
  sivilstand: 'enslig' | 'ektepar_samboere' | 'bofellesskap';
  voksne: Array<{ fødselsdato: string }>;
  barn: Array<{ fødselsdato: string }>;
  utgifter: Array<{ art: string; beløp: string }>;
  inntekter: Array<{ art: string; beløp: string }>;
  tungtveiende_grunner_mot_aktivitetsvilkår: boolean;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function households(count: number, seed = 1): Household[] {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)] as T;
  const kroner = (min: number, max: number) => `${int(min, max)}.${pad(int(0, 99))}`;
  const result: Household[] = [];
  for (let i = 0; i < count; i++) {
    const year = int(2018, 2024);
    const month = int(1, 12);
    const sivilstand = pick(['enslig', 'enslig', 'ektepar_samboere', 'bofellesskap'] as const);
    const adults = sivilstand === 'enslig' ? 1 : 2;
    const children = int(0, 4);
    const birth = (from: number, to: number) => ({ fødselsdato: `${int(from, to)}-${pad(int(1, 12))}-${pad(int(1, 28))}` });
    result.push({
      beregningsmåned: `${year}-${pad(month)}`,
      sivilstand,
      voksne: Array.from({ length: adults }, () => birth(year - 60, year - 19)),
      barn: Array.from({ length: children }, () => birth(year - 17, year - 1)),
      utgifter: [{ art: 'husleie', beløp: kroner(4000, 15000) }, { art: 'strøm', beløp: kroner(300, 2000) }, ...(next() < 0.3 ? [{ art: pick(['barnehage', 'sfo', 'tannbehandling', 'barns_fritid']), beløp: kroner(200, 3000) }] : [])],
      inntekter: Array.from({ length: int(0, 3) }, () => ({
        art: pick(['lønn', 'trygd', 'bostøtte', 'barnetrygd', 'utvidet_barnetrygd', 'kontantstøtte', 'barns_arbeidsinntekt', 'utenlandsk_barnetrygd']),
        beløp: kroner(500, 20000),
      })),
      tungtveiende_grunner_mot_aktivitetsvilkår: next() < 0.1,
    });
  }
  return result;
}

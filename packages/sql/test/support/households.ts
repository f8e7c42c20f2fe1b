import { household } from '../../../../rules/befolkning.mjs';

type Person = { fødselsdato: string; utdanning?: string };
type Household = {
  beregningsmåned: string;
  sivilstand: string;
  voksne: Person[];
  barn?: Person[];
  myndige_barn_i_skole?: Person[];
  utgifter?: Array<{ art: string; beløp: string; gjelder_barn?: Person[] }>;
  inntekter?: Array<{ art: string; beløp: string; tilhører?: Person[]; gjelder_barn?: Person[]; arbeidsart?: string }>;
  samboere?: boolean;
};

/**
 * A household of the population with what the population module does not vary: owners of
 * incomes (one of the adults or adult children, a stranger, two owners), expenses and work
 * income for a child (one child, a stranger, two children), adult children in school (some
 * under 18), students, a child born in the month, assets, foreign child benefit, cohabitants,
 * shared housing with adults born the same day and costs that do not divide in øre.
 */
export function enriched(seed: number, i: number): Household {
  const h = household(seed, i, { from: '2010-01', to: '2026-06' }) as Household;
  let state = (seed * 7919 + i * 104729) >>> 0;
  const random = () => ((state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) % 1000) / 1000;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const year = Number(h.beregningsmåned.slice(0, 4));
  const barn = (h.barn ??= []);
  const inntekter = (h.inntekter ??= []);
  const utgifter = (h.utgifter ??= []);
  const stranger = { fødselsdato: '1901-01-01' };
  if (random() < 0.3) h.myndige_barn_i_skole = Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({ fødselsdato: `${year - pick([17, 18, 19, 20])}-${pick(['01', '06', '12'])}-15` }));
  if (random() < 0.15) barn.push({ fødselsdato: `${h.beregningsmåned}-${pick(['02', '20'])}` });
  if (random() < 0.1) (h.voksne[0] as Person).utdanning = pick(['med_rett_til_støtte_fra_lånekassen', 'uten_rett_til_støtte_fra_lånekassen']);
  if (h.sivilstand === 'ektepar_samboere' && random() < 0.3) h.samboere = true;
  if (h.sivilstand === 'bofellesskap' && random() < 0.3) h.voksne.push({ fødselsdato: (h.voksne[0] as Person).fødselsdato });
  if (random() < 0.3) utgifter.push({ art: 'husleie', beløp: `${1000 + Math.floor(random() * 9000)}.${pick(['01', '33', '99'])}` });
  const owners = [...h.voksne, ...(h.myndige_barn_i_skole ?? [])];
  const someone = () => pick([[pick(owners)], [pick(owners)], [stranger], [pick(owners), pick(owners)], []]).map((p) => ({ fødselsdato: p.fødselsdato }));
  const child = () => (barn.length === 0 ? [stranger] : pick([[pick(barn)], [pick(barn)], [stranger], [pick(barn), pick(barn)]]));
  for (const x of inntekter) if (random() < 0.3) x.tilhører = someone();
  for (const art of ['formue', 'skatt_til_gode', 'utenlandsk_barnetrygd', 'kontantstøtte', 'barnetrygd', 'lønn']) {
    if (random() < 0.12) inntekter.push({ art, beløp: `${Math.floor(random() * 20000)}.00`, ...(random() < 0.5 ? { tilhører: someone() } : {}) });
  }
  if (random() < 0.25) inntekter.push({ art: 'barns_arbeidsinntekt', beløp: '1500.00', ...(random() < 0.7 ? { gjelder_barn: child() } : {}), arbeidsart: pick(['ikke_oppgitt', 'fritid_og_skoleferier', 'annet_arbeid']) });
  if (random() < 0.3) utgifter.push({ art: pick(['barnehage', 'barns_fritid', 'tannbehandling', 'annen']), beløp: `${Math.floor(random() * 3000)}.50`, ...(random() < 0.7 ? { gjelder_barn: child() } : {}) });
  return h;
}

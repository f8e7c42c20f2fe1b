/**
 * Seeded cases for the barnetrygd scheme (rules/barnetrygd): months across every period of the
 * rate table (before its first row, known rates, `ukjent` periods), children of every age, born
 * after the month or so late that `+ 18 år` leaves the calendar, the flags in every combination,
 * fields left out (their defaults), and now and then an invalid case. Case `i` of seed `s`
 * depends only on `(s, i)`.
 */
function random(seed: number, index: number): () => number {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function barnetrygdCase(seed: number, index: number, options: { invalid?: boolean } = {}): Record<string, unknown> {
  const next = random(seed, index);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const year = int(2002, 2026);
  const month = int(1, 12);
  const children = Array.from({ length: int(0, 4) }, () => {
    const roll = next();
    if (roll < 0.01) return { fødselsdato: `${int(9982, 9999)}-${pad(int(1, 12))}-${pad(int(1, 28))}` };
    const born = year - int(-1, 20);
    const day = next() < 0.05 ? 29 : int(1, 28);
    const bornMonth = day === 29 ? 2 : int(1, 12);
    return { fødselsdato: `${pad(born, 4)}-${pad(bornMonth)}-${pad(day === 29 && born % 4 !== 0 ? 28 : day)}` };
  });
  const c: Record<string, unknown> = { måned: `${year}-${pad(month)}` };
  if (children.length > 0 || next() < 0.5) c['barn'] = children;
  if (next() < 0.8) c['enslig_forsørger'] = next() < 0.4;
  if (next() < 0.8) c['rett_til_småbarnstillegg'] = next() < 0.3;
  if (options.invalid !== false && next() < 0.005) c['måned'] = `${year}-13`;
  if (options.invalid !== false && next() < 0.005) c['ukjent_felt'] = 1;
  return c;
}

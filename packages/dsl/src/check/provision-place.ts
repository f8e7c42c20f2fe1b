/**
 * A ledd and punktum as Norwegian legal writing names them: «tredje ledd første punktum»
 * (docs/law-text.md). Ordinals in words up to the tenth, numbers after that («ledd 12»).
 */
const ordinals = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende'];

function ordinal(n: number): string | undefined {
  return ordinals[n - 1];
}

function part(n: number, word: string): string {
  const o = ordinal(n);
  return o ? `${o} ${word}` : `${word} ${n}`;
}

export function provisionPlace(ledd: number, punktum?: number): string {
  return punktum === undefined ? part(ledd, 'ledd') : `${part(ledd, 'ledd')} ${part(punktum, 'punktum')}`;
}

/**
 * Several places of one provision in one phrase, in order: «første ledd første og tredje
 * punktum og tredje ledd». A whole ledd includes its punktum.
 */
export function provisionPlaces(places: ReadonlyArray<{ readonly ledd: number; readonly punktum?: number | undefined }>): string {
  const byLedd = new Map<number, Set<number> | 'whole'>();
  for (const { ledd, punktum } of places) {
    const known = byLedd.get(ledd);
    if (punktum === undefined || known === 'whole') byLedd.set(ledd, 'whole');
    else byLedd.set(ledd, (known ?? new Set<number>()).add(punktum));
  }
  const phrases = [...byLedd.keys()].sort((a, b) => a - b).map((ledd) => {
    const punktum = byLedd.get(ledd) as Set<number> | 'whole';
    if (punktum === 'whole') return part(ledd, 'ledd');
    const numbers = [...punktum].sort((a, b) => a - b);
    if (numbers.length === 1) return provisionPlace(ledd, numbers[0]);
    if (numbers.every((n) => ordinal(n))) return `${part(ledd, 'ledd')} ${andList(numbers.map((n) => ordinal(n) as string))} punktum`;
    return `${part(ledd, 'ledd')} ${andList(numbers.map((n) => part(n, 'punktum')))}`;
  });
  return andList(phrases);
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/**
 * A ledd and punktum as Norwegian legal writing names them: «tredje ledd første punktum»
 * (docs/law-text.md). Ordinals in words up to the tenth, numbers after that («ledd 12»).
 */
const ordinals = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende', 'tiende'];

export function provisionPlace(ledd: number, punktum?: number): string {
  const part = (n: number, word: string) => (ordinals[n - 1] ? `${ordinals[n - 1]} ${word}` : `${word} ${n}`);
  return punktum === undefined ? part(ledd, 'ledd') : `${part(ledd, 'ledd')} ${part(punktum, 'punktum')}`;
}

/**
 * Decimal numbers as a Norwegian reader and the rule language write them. No dependencies:
 * the editor's main thread uses these too (docs/formatting.md).
 */

/**
 * `16550.5` → `16 550,5`; with `decimals`, padded: `16 550,50`. Digits are grouped with
 * `group` (a space; the editor uses a no-break space so that an amount never wraps); a minus
 * is U+2212.
 */
export function formatNumber(text: string, decimals?: number, group = ' '): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = decimals === undefined ? fraction : fraction.padEnd(decimals, '0');
  return `${negative ? '−' : ''}${grouped}${digits ? `,${digits}` : ''}`;
}

/** A decimal text in rule syntax: `8 000`, `0,5`, `-12`. */
export function numberLiteral(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A decimal string that is not a number: with a hint when it is written the Norwegian way (`1 234,50`). */
export function isNorwegianNumber(text: string): boolean {
  return /^-?\d[\d  ]*(,\d+)?$/.test(text.trim());
}

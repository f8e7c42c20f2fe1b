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
  return written(text, decimals, group, '−');
}

/** A decimal text in rule syntax: `8 000`, `0,5`, `-12`. */
export function numberLiteral(text: string): string {
  return written(text, undefined, ' ', '-');
}

/** A decimal text (`-16550.5`) with its digits grouped by `group`, a decimal comma, and `minus` for its sign. */
function written(text: string, decimals: number | undefined, group: string, minus: string): string {
  const negative = text.charCodeAt(0) === 45; /* - */
  const start = negative ? 1 : 0;
  const point = text.indexOf('.', start);
  const whole = point < 0 ? text.slice(start) : text.slice(start, point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  const digits = decimals === undefined ? fraction : fraction.padEnd(decimals, '0');
  return `${negative ? minus : ''}${groupThousands(whole, group)}${digits ? `,${digits}` : ''}`;
}

/** `1234567` → `1 234 567`: groups of three digits from the right. */
function groupThousands(digits: string, group: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += group + digits.slice(at, at + 3);
  return grouped;
}

/** A decimal string that is not a number: with a hint when it is written the Norwegian way (`1 234,50`). */
export function isNorwegianNumber(text: string): boolean {
  return /^-?\d[\d  ]*(,\d+)?$/.test(text.trim());
}

/**
 * Numbers, dates and months as a Norwegian reader writes them (`16 550,50`, `1. mars 2024`,
 * `mars 2024`). No dependencies, so that the editor's main thread can use the same functions
 * as the justification text and the review without loading the evaluator.
 */

const months = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/**
 * `16550.5` → `16 550,5`; with `decimals`, padded: `16 550,50`. Digits are grouped with
 * `group` (a space; the editor uses a no-break space so that an amount never wraps).
 */
export function formatNumber(text: string, decimals?: number, group = ' '): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = decimals === undefined ? fraction : fraction.padEnd(decimals, '0');
  return `${negative ? '−' : ''}${grouped}${digits ? `,${digits}` : ''}`;
}

/** `2024-03-01` → `1. mars 2024`; anything that is not an ISO date is returned as it is. */
export function formatDate(iso: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(iso)) return iso;
  return `${Number(iso.slice(8, 10))}. ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** `2024-03` (or a day in it) → `mars 2024`; anything that is not an ISO month or date is returned as it is. */
export function formatMonth(iso: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(iso)) return iso;
  return `${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

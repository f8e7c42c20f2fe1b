import type * as A from '../ast/ast.js';
import type { CheckContext } from './context.js';
import type { ModuleInfo } from './program.js';
import { describeKeys, groupKey, type TableEntry } from './table-model.js';

/** How many times as large (or small) an amount may become from one period to the next without LK5014. */
const FACTOR = 5n;

/**
 * A dated table of amounts whose amount for the same keys grows more than fivefold, or falls
 * to less than a fifth, from one period to the next (LK5014, a warning): most likely a digit
 * too many or too few — `78 500` for `7 850`, or `7,85` — that the check cannot otherwise see,
 * and that would give every case of the period a wrong amount. Real changes stay well within
 * it (the largest in the shipped rules, utvidet barnetrygd in 2025, is 2.4-fold). The amounts
 * are compared exactly, in øre.
 */
export function checkRateJumps(ctx: CheckContext, module: ModuleInfo, entries: readonly TableEntry[]): void {
  const previous = new Map<string, { readonly ore: bigint; readonly entry: TableEntry }>();
  for (const entry of entries) {
    if (entry.validFrom === undefined || entry.value.kind !== 'value') continue;
    const ore = literalOre(entry.value.expr);
    if (ore === undefined) continue;
    const key = groupKey(entry.keys);
    const before = previous.get(key);
    previous.set(key, { ore, entry });
    if (!before || before.ore <= 0n || ore <= 0n || (before.entry.validFrom ?? '') >= entry.validFrom) continue;
    const grown = ore > FACTOR * before.ore;
    if (!grown && FACTOR * ore >= before.ore) continue;
    const text = (e: TableEntry) => (e.value.kind === 'value' ? module.file.source.text.slice(e.value.expr.span.start, e.value.expr.span.end).trim() : '');
    ctx.report('LK5014', module, entry.cell.span, `Beløpet${describeKeys(entry.keys)} går fra ${text(before.entry)} til ${text(entry)} fra ${entry.validFrom}: ${grown ? 'mer enn fem ganger så mye' : 'mindre enn en femdel'}`, {
      hint: 'Sjekk tallet mot kilden. Tusener skilles med mellomrom, desimaler med komma: 7 850 eller 7 850,50.',
      related: [ctx.related(module, before.entry.cell.span, 'forrige periodes beløp står her')],
    });
  }
}

/** A cell's amount in øre: a plain number or an amount literal with at most two decimals; undefined for anything else. */
function literalOre(expr: A.Expr): bigint | undefined {
  if (expr.kind !== 'Number' && expr.kind !== 'Money') return undefined;
  const [whole = '0', fraction = ''] = expr.value.split('.');
  if (fraction.length > 2 || !/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return undefined;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

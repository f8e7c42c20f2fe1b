import type { Decimal as DecimalBase } from 'decimal.js';
import { Decimal } from './values.js';

const modes: Record<string, DecimalBase.Rounding> = {
  halv_opp: Decimal.ROUND_HALF_UP,
  halv_ned: Decimal.ROUND_HALF_DOWN,
  halv_partall: Decimal.ROUND_HALF_EVEN,
  opp: Decimal.ROUND_UP,
  ned: Decimal.ROUND_DOWN,
};

/** `avrund(x, steg, modus)`: x rounded to a multiple of `step` in the named mode (see builtins). */
export function roundToStep(value: Decimal, step: Decimal, mode: string): Decimal {
  const rounding = modes[mode] ?? Decimal.ROUND_HALF_UP;
  return value.div(step).toDecimalPlaces(0, rounding).mul(step);
}

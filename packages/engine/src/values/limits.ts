/** Limits on input values (docs/engine.md §8). */

export const MAX_LIST_ITEMS = 1000;
export const MAX_TEXT_LENGTH = 10_000;
/** Decimal strings are read into 40-digit decimals; longer ones cannot be exact. */
export const MAX_DECIMAL_STRING_LENGTH = 40;
/** `heltall` is a JavaScript number at run time, so it must be a safe integer. */
export const MAX_INTEGER = Number.MAX_SAFE_INTEGER;

export const MONEY_DECIMALS = 2;
/**
 * Amounts are below 10¹² kr in absolute value: at most 12 digits before the point. With two
 * decimals that is at most 14 significant digits, so an amount sent as a JSON number is read
 * exactly (a double holds 15); a larger one is a mistake, not a case.
 */
export const MAX_AMOUNT_DIGITS = 12;
export const AMOUNT_LIMIT = 10 ** MAX_AMOUNT_DIGITS;
/** Vendor keyword on every `beløp` schema: `{ "maxDecimals": 2, "negativeAllowed": false }`. */
export const MONEY_KEYWORD = 'x-lovkode-money';

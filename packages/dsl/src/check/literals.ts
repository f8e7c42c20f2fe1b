import type * as A from '../ast/ast';
import type { CheckContext } from './context';
import type { ModuleInfo } from './program';

/** Days in a month, with leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Is `text` a date written `YYYY-MM-DD` that exists in the calendar? (What JSON Schema's
 * `date` format asks; the engine's input validator uses it.)
 */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const i of digitPositions) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return isValidDate(text);
}

const digitPositions = [0, 1, 2, 3, 5, 6, 8, 9];

export function isValidDate(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function isValidMonth(iso: string): boolean {
  const m = Number(iso.slice(5, 7));
  return m >= 1 && m <= 12;
}

/** Reports a date or month literal that names no real day or month (LK1006). */
export function checkCalendarLiteral(ctx: CheckContext, module: ModuleInfo, literal: A.DateLiteral | A.MonthLiteral): void {
  if (literal.kind === 'Date' ? isValidDate(literal.value) : isValidMonth(literal.value)) return;
  ctx.report('LK1006', module, literal.span, `${literal.value} er ikke en gyldig ${literal.kind === 'Date' ? 'dato' : 'måned'}`, {
    hint: literal.kind === 'Date' ? 'Datoer skrives år-måned-dag, for eksempel 2024-03-01.' : 'Måneder skrives år-måned, for eksempel 2024-03.',
  });
}

/** Reports an amount with more than two decimals (LK1008). */
export function checkMoneyLiteral(ctx: CheckContext, module: ModuleInfo, literal: A.MoneyLiteral): void {
  const decimals = literal.value.split('.')[1] ?? '';
  if (decimals.length <= 2) return;
  ctx.report('LK1008', module, literal.span, 'Et beløp kan ha høyst to desimaler (øre)', {
    hint: 'Bruk avrund(…) i en regel hvis et beløp skal rundes av.',
  });
}

import type * as A from '../ast/ast.js';
import type { CheckContext } from './context.js';
import type { ModuleInfo } from './program.js';
import { isValidDate, isValidMonth } from '../calendar.js';

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

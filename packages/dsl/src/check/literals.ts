import type * as A from '../ast/ast.js';
import type { CheckContext } from './context.js';
import type { ModuleInfo } from './program.js';
import { isValidDate, isValidMonth } from '../calendar.js';
import { thousandsGroup } from '../parser/typing-mistakes.js';

/** Reports a date or month literal that names no real day or month (LK1006). */
export function checkCalendarLiteral(ctx: CheckContext, module: ModuleInfo, literal: A.DateLiteral | A.MonthLiteral): void {
  if (literal.kind === 'Date' ? isValidDate(literal.value) : isValidMonth(literal.value)) return;
  ctx.report('LK1006', module, literal.span, `${literal.value} er ikke en gyldig ${literal.kind === 'Date' ? 'dato' : 'måned'}`, {
    hint: literal.kind === 'Date' ? 'Datoer skrives år-måned-dag, for eksempel 2024-03-01.' : 'Måneder skrives år-måned, for eksempel 2024-03.',
  });
}

/** Reports an amount with more than two decimals (LK1008): `7,855 kr`, or `7,850` in a table of amounts. */
export function checkMoneyLiteral(ctx: CheckContext, module: ModuleInfo, literal: A.MoneyLiteral | A.NumberLiteral): void {
  // As written: `7,850` has three decimals (a thousands separator typed as a comma, most
  // likely), though its value, 7.85, has two.
  const written = module.file.source.text.slice(literal.span.start, literal.span.end);
  const comma = written.indexOf(',');
  const decimals = comma < 0 ? '' : (/^\d*/.exec(written.slice(comma + 1))?.[0] ?? '');
  if (decimals.length <= 2) return;
  const whole = written.slice(0, comma);
  const thousands = thousandsGroup(whole.trim(), decimals);
  ctx.report('LK1008', module, literal.span, 'Et beløp kan ha høyst to desimaler (øre)', {
    hint: thousands
      ? `Mente du «${whole.trim()} ${decimals}»? Tusener skilles med mellomrom; komma er desimaltegn.`
      : 'Bruk avrund(…) i en regel hvis et beløp skal rundes av.',
  });
}

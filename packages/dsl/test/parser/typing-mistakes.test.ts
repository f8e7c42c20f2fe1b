import { describe, expect, it } from 'vitest';
import { check } from '../../src/index';

/** The errors of a rule whose body is `body`, with their hints. */
function errors(body: string): Array<{ message: string; hint: string | undefined; column: number; endColumn: number }> {
  const text = `modul a\n\nkilde k "Kilde"\n\ninndata {\n  husleie: beløp = 0 kr\n}\n\nregel r: beløp  (kilde k)\n${body}\n`;
  return check([{ path: 'a.lov', text }])
    .diagnostics.filter((d) => d.severity === 'error')
    .map(({ message, hint, column, endColumn }) => ({ message, hint, column, endColumn }));
}

describe('a slip of typing, said with what was meant', () => {
  it('a point as the thousands separator: the whole number is marked, and «7 850» offered', () => {
    expect(errors('  = 7.850 kr')).toEqual([
      { message: '«7.850» er ikke et tall: punktum brukes ikke i tall', hint: 'Tusener skilles med mellomrom og desimaler med komma: mente du «7 850»?', column: 5, endColumn: 10 },
    ]);
    expect(errors('  = 12.600,50 kr')[0]?.hint).toBe('Tusener skilles med mellomrom og desimaler med komma: mente du «12 600,50»?');
  });

  it('a point as the decimal sign: «7,85» offered; four digits and two a month or a date', () => {
    expect(errors('  = 7.85 kr')[0]?.hint).toBe('Tusener skilles med mellomrom og desimaler med komma: mente du «7,85»?');
    expect(errors('  = 2024.03')[0]?.hint).toBe('Tusener skilles med mellomrom og desimaler med komma: mente du «2024,03»? En måned skrives 2024-03, en dato 2024-03-01.');
  });

  it('a number with space before the point is not taken for one: `7 .850` keeps the parser’s words', () => {
    expect(errors('  = 7 .850 kr')[0]?.message).not.toMatch(/punktum brukes ikke/);
  });

  it('a keyword the parser expected, one letter off: «Mente du «når»?»', () => {
    const [error] = errors('  = 0 kr\n  unntak stor\n    nar husleie > 5 000 kr så 1 kr');
    expect(error?.message).toBe('Forventet «=» eller «når … så …», men fant navnet «nar»');
    expect(error?.hint).toBe('Mente du «når»?');
  });

  it('no keyword offered for a name far from every expected one, nor one the parser did not expect', () => {
    expect(errors('  = 0 kr\n  unntak stor\n    husleie > 5 000 kr så 1 kr')[0]?.hint).toBeUndefined();
    // «regel» is one letter from «regl», but the parser expects no declaration here.
    expect(errors('  = 0 kr\n  unntak stor\n    regl husleie > 5 000 kr så 1 kr')[0]?.hint).toBeUndefined();
  });
});

describe('a declaration that does not parse', () => {
  it('does not make the sources it may cite unused (LK2015)', () => {
    const diagnostics = check([{ path: 'a.lov', text: 'modul a\n\nkilde k "Kilde"\n\nregel r: beløp  (kilde k)\n  = 7.850 kr\n' }]).diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(['LK1003']);
    const clean = check([{ path: 'a.lov', text: 'modul a\n\nkilde k "Kilde"\n\nregel r: beløp\n  = 7 kr\n' }]).diagnostics;
    expect(clean.map((d) => d.code)).toContain('LK2015');
  });
});

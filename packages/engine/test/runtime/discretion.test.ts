import { describe, expect, it } from 'vitest';
import { evaluate, InputError } from '../../src/index';
import { rules } from '../support';

const compiled = rules(`
kilde k "Sosialtjenesteloven § 18"
inndata { dag: dato (vurderingstidspunkt), husleie: beløp }
utdata boutgifter, stønad
skjønn boutgifter: beløp (kilde k)
  veiledende = husleie
regel stønad: beløp (kilde k)
  = boutgifter + 100 kr
`);

describe('discretion (skjønn)', () => {
  it('uses the guideline value without an override', () => {
    expect(evaluate(compiled, { dag: '2024-01-01', husleie: 8000 }).values).toEqual({ boutgifter: '8000.00', stønad: '8100.00' });
  });

  it('uses an override with its reason, and reports it in warnings and trace', () => {
    const result = evaluate(
      compiled,
      { dag: '2024-01-01', husleie: 8000, overstyringer: [{ navn: 'boutgifter', verdi: '9000', begrunnelse: 'Dokumentert høyere husleie' }] },
      { trace: true },
    );
    expect(result.values).toEqual({ boutgifter: '9000.00', stønad: '9100.00' });
    expect(result.warnings).toEqual(['Skjønnet «boutgifter» er overstyrt til 9 000,00 kr: Dokumentert høyere husleie']);
    const step = result.trace?.steps.find((s) => s.name === 'boutgifter');
    expect(step?.override).toEqual({ value: '9000.00', reason: 'Dokumentert høyere husleie', guideline: '8000.00' });
    expect(step?.definition?.kind).toBe('override');
  });

  it('rejects an override without a reason, or of something that is not skjønn', () => {
    const attempt = (override: object) => {
      try {
        evaluate(compiled, { dag: '2024-01-01', husleie: 8000, overstyringer: [override] });
      } catch (error) {
        return error as InputError;
      }
      throw new Error('expected an input error');
    };
    expect(attempt({ navn: 'boutgifter', verdi: 9000, begrunnelse: '  ' }).violations.length).toBeGreaterThan(0);
    expect(attempt({ navn: 'boutgifter', verdi: 9000 }).violations.length).toBeGreaterThan(0);
    expect(attempt({ navn: 'stønad', verdi: 1, begrunnelse: 'x' }).violations.map((v) => v.path)).toContain('/overstyringer/0/navn');
  });
});

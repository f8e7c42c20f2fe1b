import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/index';
import { rules } from '../support';

const compiled = rules(`
kilde k "K"
inndata { dag: dato (vurderingstidspunkt), x: beløp (negativ_tillatt) }
utdata opp, ned, halv_opp_50, partall, tredjedel, tredjedel_avrundet
regel opp: beløp (kilde k) = avrund(x, 1 kr, opp)
regel ned: beløp (kilde k) = avrund(x, 1 kr, ned)
regel halv_opp_50: beløp (kilde k) = avrund(x, 50 kr, halv_opp)
regel partall: beløp (kilde k) = avrund(x, 1 kr, halv_partall)
regel tredjedel: beløp (kilde k) = x / 3
regel tredjedel_avrundet: beløp (kilde k) = avrund(x / 3, 0,01 kr, halv_opp)
`);

describe('exact money and explicit rounding', () => {
  it('rounds only where a rule calls avrund, in the stated mode', () => {
    const values = evaluate(compiled, { dag: '2024-01-01', x: '7825.50' }, { outputs: ['opp', 'ned', 'halv_opp_50', 'partall'] }).values;
    expect(values).toEqual({ opp: '7826.00', ned: '7825.00', halv_opp_50: '7850.00', partall: '7826.00' });
  });

  it('rounds halves away from zero with halv_opp, also for negative amounts', () => {
    expect(evaluate(compiled, { dag: '2024-01-01', x: '-7825' }, { outputs: ['halv_opp_50'] }).values['halv_opp_50']).toBe('-7850.00');
  });

  it('reads percentages exactly (3,8 % is 0.038), also as test values', () => {
    const percent = rules(`kilde k "K"\ninndata { dag: dato (vurderingstidspunkt) }\nutdata a, b, c\nregel a: tall (kilde k) = 3,8 %\nregel b: tall (kilde k) = 150 %\nregel c: tall (kilde k) = 10 %\n`);
    expect(evaluate(percent, { dag: '2024-01-01' }).values).toEqual({ a: '0.038', b: '1.5', c: '0.1' });
  });

  it('keeps 0.10 + 0.20 exact (no binary floating point)', () => {
    const sum = rules(`kilde k "K"\ninndata { dag: dato (vurderingstidspunkt), a: beløp, b: beløp }\nutdata s\nregel s: beløp (kilde k) = a + b\n`);
    expect(evaluate(sum, { dag: '2024-01-01', a: 0.1, b: 0.2 }).values['s']).toBe('0.30');
  });

  it('refuses an output amount that is not a whole number of øre (LK7008) instead of rounding silently', () => {
    expect(() => evaluate(compiled, { dag: '2024-01-01', x: '100' }, { outputs: ['tredjedel'] })).toThrow(/ikke et helt antall øre/);
    expect(evaluate(compiled, { dag: '2024-01-01', x: '100' }, { outputs: ['tredjedel_avrundet'] }).values['tredjedel_avrundet']).toBe('33.33');
  });
});

import { describe, expect, it } from 'vitest';
import { lovkode } from './lovkode';

// `lovkode run` with a variant folder among its paths computes through that variant, as
// `lovkode diff` reads such a side (docs/engine.md, CLI); before, it computed the state rules
// and gave the state's numbers without a word.
const timeout = 120_000;
const input = JSON.stringify({ beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1980-01-15' }], utgifter: [{ art: 'husleie', beløp: 6000 }] });
const state = ['rules/sosialtjenesteloven', 'rules/satser'];
const sats = async (args: string[]) => {
  const run = await lovkode(['run', ...args, '--input', '-'], { stdin: input });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout).values.sats as string;
};

describe('lovkode run with a variant folder', () => {
  it('computes through the variant the paths name, and through the state rules otherwise', { timeout }, async () => {
    // rules/kommuner/eksempel-egne-satser: the municipality's own single adult's rate, 8 200 kr in 2024 (the state's is 7 850).
    const [variant, file, all, explicit] = await Promise.all([
      sats([...state, 'rules/kommuner/eksempel-egne-satser']),
      sats([...state, 'rules/kommuner/eksempel-egne-satser/egne-satser.lov']),
      sats(['rules']),
      sats([...state, 'rules/kommuner/eksempel-egne-satser', '--module', 'sosialtjenesteloven.vedtak']),
    ]);
    expect(variant).toBe('8200.00');
    expect(file).toBe('8200.00');
    // The whole rule directory, and an explicit --module, keep the state rules.
    expect(all).toBe('7850.00');
    expect(explicit).toBe('7850.00');
  });

  it('two variant folders: a usage error that asks for --module', { timeout }, async () => {
    const run = await lovkode(['run', ...state, 'rules/kommuner/eksempel-egne-satser', 'rules/kommuner/eksempel-halv-barnesats', '--input', '-'], { stdin: input });
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/stiene har flere varianter \(kommuner\.eksempel_egne_satser, kommuner\.eksempel_halv_barnesats\); velg én med --module/);
  });
});

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { household, defaultPeriod } from '../../../../rules/befolkning.mjs';
import { compile, evaluate, evaluateToJson, EvaluationError, resultJson, type CompiledRules, type EvaluateOptions } from '../../src/index';
import { rules as compileText } from '../support';

/**
 * `evaluateToJson` writes a result as the JSON text the CLI and the HTTP service write (docs/
 * engine.md §6) — on the fast path straight from the values in øre, by a generated writer
 * (compile/result-writer.ts) — and must give the very bytes of `JSON.stringify` of the result
 * `evaluate` gives, without `complete`: key order, escapes, undetermined outcomes, errors, and
 * the cases that leave the fast path for the decimal path included.
 */

/** What `lovkode run` printed before `evaluateToJson`: the result object, stringified (or the error). */
function stringified(rules: CompiledRules, input: unknown, options: EvaluateOptions): string {
  try {
    const { values, warnings, ruleset, trace } = evaluate(rules, input, options);
    return JSON.stringify(options.trace ? { values, warnings, ruleset, trace } : { values, warnings, ruleset });
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    return JSON.stringify({ error: error.toJSON() });
  }
}

/** The whole result object `evaluate` gives (with `complete`), or the error, as JSON. */
function whole(rules: CompiledRules, input: unknown, options: EvaluateOptions): string {
  try {
    return JSON.stringify(evaluate(rules, input, options));
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    return JSON.stringify({ error: error.toJSON() });
  }
}

function written(rules: CompiledRules, input: unknown, options: EvaluateOptions): string {
  try {
    return evaluateToJson(rules, input, options);
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    return JSON.stringify({ error: error.toJSON() });
  }
}

const compiled = compile(ruleFiles('rules').filter((f) => !f.path.includes('/tester/')), { module: 'sosialtjenesteloven.vedtak' });
if (!compiled.ok) throw new Error('the shipped rules do not compile');
const shipped: CompiledRules = compiled.rules;
/** The outputs the benchmark evaluates (bench/hand-written.ts): amounts only. */
const handWrittenOutputs = ['stønad', 'behov', 'sats', 'boutgifter', 'særlige_utgifter', 'barnas_behov_utover_satsen', 'inntekt_regnet_med', 'inntekt_ikke_regnet_med', 'midler_regnet_med'];
const households = Array.from({ length: 2000 }, (_, i) => household(23, i, defaultPeriod) as unknown as Record<string, unknown>);

describe('the result as JSON text, on the shipped decision', () => {
  it('is the text of the result object for every generated household: all outputs, the benchmark outputs, the decimal path, the trace', { timeout: 120_000 }, () => {
    // The decimal path computes an output through its definition's `get`; the fast path never calls it.
    const spies = shipped.outputs.map((output) => vi.spyOn(output.definition, 'get'));
    let decimal = 0;
    let incomplete = 0;
    try {
      for (const [i, generated] of households.entries()) {
        // Every fifth a couple with one adult given: the rate cannot be chosen, and most outputs are undetermined.
        const input = i % 5 === 0 ? { ...generated, sivilstand: 'ektepar_samboere', voksne: (generated['voksne'] as unknown[]).slice(0, 1) } : generated;
        const before = spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
        expect(written(shipped, input, {})).toBe(stringified(shipped, input, {}));
        if (spies.reduce((n, spy) => n + spy.mock.calls.length, 0) > before) decimal++;
        if (!evaluate(shipped, input).complete) incomplete++;
        expect(written(shipped, input, { outputs: handWrittenOutputs })).toBe(stringified(shipped, input, { outputs: handWrittenOutputs }));
        if (i % 20 === 0) {
          expect(written(shipped, input, { fastPath: false })).toBe(stringified(shipped, input, {}));
          expect(written(shipped, input, { trace: true })).toBe(stringified(shipped, input, { trace: true }));
        }
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // The fast path wrote them (the decimal path, which the outputs of every kind below take too, hardly any).
    expect(decimal).toBeLessThan(households.length / 10);
    expect(incomplete).toBeGreaterThanOrEqual(households.length / 5);
  });

  it('is the text of the error when a case is refused, and of the result of a case with an override', () => {
    const input = households[0] as Record<string, unknown>;
    const refused: unknown[] = [
      { ...input, sivilstand: 'ukjent' },
      { ...input, utgifter: [{ art: 'husleie', beløp: '12.345' }] },
      { ...input, beregningsmåned: undefined },
      { ...input, ukjent_felt: 1 },
      null,
      [],
    ];
    for (const odd of refused) {
      expect(written(shipped, odd, {})).toMatch(/^\{"error":/);
      expect(written(shipped, odd, {})).toBe(stringified(shipped, odd, {}));
    }
    const undetermined = { ...input, voksne: [] };
    expect(written(shipped, undetermined, {})).toContain('"stønad":{"ubestemt":[');
    expect(written(shipped, undetermined, {})).toBe(stringified(shipped, undetermined, {}));
    expect(written(shipped, input, { outputs: ['finnes_ikke'] })).toBe(stringified(shipped, input, { outputs: ['finnes_ikke'] }));
    const overridden = { ...input, overstyringer: [{ navn: 'boutgifter', verdi: '9000.00', begrunnelse: 'Dokumentert husleie' }] };
    expect(written(shipped, overridden, {})).toContain('"warnings":["Skjønnet «boutgifter» er overstyrt');
    expect(written(shipped, overridden, {})).toBe(stringified(shipped, overridden, {}));
  });
});

/** Outputs of every kind the writer writes its own way, and texts from the case. */
const kinds = compileText(`
kilde k "Kilde"
valg Farge { rød, grønn, blå }
type Barn { navn: tekst, fødselsdato: dato, farge: Farge = blå, beløp: beløp = 0 kr }
inndata { dag: dato (vurderingstidspunkt), måned: måned, t: tekst, n: heltall, a: beløp, barn: liste av Barn = [] }
utdata fast_tekst, valgt_tekst, tekst_inn, antall, dobbel, tredel, delt_på_tall, stor, farge, måned_ut, navn, fødsler, barna, usikker, andel
regel fast_tekst: tekst  (kilde k)
  = "Du kan klage på vedtaket innen tre uker; «klagen» sendes til kontoret — æ, ø, å."
regel valgt_tekst: tekst  (kilde k)
  = hvis n > 0 så "Positivt" ellers t
regel tekst_inn: tekst  (kilde k)
  = t
regel antall: heltall  (kilde k)
  = n + 1
regel dobbel: beløp  (kilde k)
  = a + a
regel tredel: beløp  (kilde k)
  = a / 3
regel delt_på_tall: beløp  (kilde k)
  = avrund(a / 1,25, 0,01 kr, ned)
regel stor: sannhetsverdi  (kilde k)
  = a > 1000 kr
regel farge: Farge  (kilde k)
  = hvis n > 0 så rød ellers blå
regel måned_ut: måned  (kilde k)
  = måned
regel navn: liste av tekst  (kilde k)
  = liste(b.navn for b i barn)
regel fødsel(b: Barn): dato  (kilde k)
  = hvis b.navn = "?" så ubestemt "Fødselsdatoen er usikker" ellers b.fødselsdato
regel fødsler: liste av dato  (kilde k)
  = liste(fødsel(b) for b i barn)
regel barna: liste av Barn  (kilde k)
  = barn
regel usikker: beløp  (kilde k)
  = hvis n < 0 så ubestemt "Negativt antall" ellers a
regel andel: tall  (kilde k)
  = n / 4
`);

/** Texts a client may send: quotes, backslashes, control characters, line separators, lone surrogates, any Unicode. */
const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '"', '\\', '\n', '\u0000', '\u001f', '\u2028\u2029', '\ud800', 'a\udc00b', '«»', '</script>', '?', 'Positivt'),
);

const kindCases = fc.record({
  dag: fc.constantFrom('2024-01-01', '2024-02-29'),
  måned: fc.constantFrom('2024-01', '0001-12'),
  t: texts,
  n: fc.integer({ min: -5, max: 5 }),
  // Whole øre (some of them divide by three) and a few that are not.
  a: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map((øre) => (øre / 100).toFixed(2)), fc.constantFrom('0', '3', '0.03', '1000.00', '1000.01', 1000, 0.5)),
  barn: fc.array(fc.record({ navn: texts, fødselsdato: fc.constantFrom('2010-05-01', '2020-02-29') }, { requiredKeys: ['navn', 'fødselsdato'] }), { maxLength: 3 }),
});

describe('the result as JSON text, for outputs of every kind', () => {
  it('is the text of the result object: texts escaped, undetermined outcomes, lists, records, the decimal path and its errors', () => {
    const spies = kinds.outputs.map((output) => vi.spyOn(output.definition, 'get'));
    const seen = { decimal: 0, fast: 0, errors: 0, incomplete: 0 };
    try {
      fc.assert(
        fc.property(kindCases, fc.constantFrom(undefined, ['tekst_inn', 'fast_tekst', 'usikker', 'fødsler'], ['fast_tekst', 'dobbel']), (input, outputs) => {
          const options: EvaluateOptions = outputs ? { outputs } : {};
          const before = spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
          const text = written(kinds, input, options);
          seen[spies.reduce((n, spy) => n + spy.mock.calls.length, 0) > before ? 'decimal' : 'fast']++;
          if (text.startsWith('{"error":')) seen.errors++;
          if (text.includes('"ubestemt":')) seen.incomplete++;
          expect(text).toBe(stringified(kinds, input, options));
          // The result object the fast path's writer builds is the decimal path's, `complete` included.
          expect(whole(kinds, input, options)).toBe(whole(kinds, input, { ...options, fastPath: false }));
        }),
        { numRuns: 2000, seed: 15 },
      );
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // The outputs without a division take the fast path; with `a / 1,25` every case leaves it, and `a / 3` fails (LK7008) where it is not whole øre.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(100);
  });

  it('writes a result as resultJson writes the object evaluate gives', () => {
    const input = { dag: '2024-01-01', måned: '2024-01', t: 'x', n: -1, a: '30.00', barn: [{ navn: '?', fødselsdato: '2010-05-01' }] };
    const result = evaluate(kinds, input);
    expect(result.complete).toBe(false);
    expect(evaluateToJson(kinds, input)).toBe(resultJson(result));
    expect(resultJson(result)).toBe(JSON.stringify({ values: result.values, warnings: result.warnings, ruleset: result.ruleset }));
  });
});

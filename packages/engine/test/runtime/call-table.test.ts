/**
 * The calls of a rule with one argument in a trace (`CallTable`): docs/engine.md §7, «each rule,
 * `skjønn`, table lookup and input used appears once per distinct call (a function-like rule
 * once per argument list)». Distinct means distinct JSON: another value with the same data (twins
 * with the same birth date) is the same call, whether few or many calls were made before it.
 */
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../../../../test/support/rule-files';
import { CallTable, type TraceArgument, type TraceCall } from '../../src/runtime/context';
import { compile, evaluate } from '../../src/index';
import type { JsonValue } from '../../src/trace/trace';

const argument = (json: JsonValue): TraceArgument => ({ write: () => json, json, text: undefined });

describe('the calls of a rule with one argument', () => {
  it.each([3, 40])('finds a call by the very value, and by another value of the same JSON, after %i other calls', (others) => {
    const table = new CallTable();
    for (let i = 0; i < others; i++) table.add({ id: i, value: i, of: { n: i }, argument: argument({ n: i, navn: `p${i}` }) });
    const person = { fødselsdato: '2019-05-01', utdanning: 'ingen' };
    const call: TraceCall = { id: 99, value: 'verdi', of: person, argument: argument({ fødselsdato: '2019-05-01', utdanning: 'ingen' }) };
    table.add(call);
    expect(table.of(person)).toBe(call);
    const twin = { fødselsdato: '2019-05-01', utdanning: 'ingen' };
    expect(table.of(twin)).toBeUndefined();
    expect(table.equal(twin, argument({ fødselsdato: '2019-05-01', utdanning: 'ingen' }))).toBe(call);
    // Among many calls the twin is noted under its own value too; among few it is compared again.
    expect(table.of(twin)).toBe(others > 16 ? call : undefined);
    expect(table.equal(twin, argument({ fødselsdato: '2019-05-01', utdanning: 'ingen' }))).toBe(call);
    // Another JSON text is another call: a field more, the fields in another order, another value.
    expect(table.equal({}, argument({ fødselsdato: '2019-05-01', utdanning: 'ingen', x: null }))).toBeUndefined();
    expect(table.equal({}, argument({ utdanning: 'ingen', fødselsdato: '2019-05-01' }))).toBeUndefined();
    expect(table.equal({}, argument({ fødselsdato: '2019-05-02', utdanning: 'ingen' }))).toBeUndefined();
    expect(table.equal({}, argument([{ fødselsdato: '2019-05-01', utdanning: 'ingen' }]))).toBeUndefined();
  });

  it('traces twins with the same data as one call in the shipped rules', () => {
    const compiled = compile(ruleFiles('rules'));
    if (!compiled.ok) throw new Error(compiled.diagnostics[0]?.message);
    const twins = Array.from({ length: 20 }, (_, i) => ({ fødselsdato: i % 2 === 0 ? '2015-06-01' : `2016-01-${String(1 + i).padStart(2, '0')}` }));
    const result = evaluate(compiled.rules, { beregningsmåned: '2024-03', sivilstand: 'enslig', voksne: [{ fødselsdato: '1980-01-15' }], barn: twins }, { trace: true });
    const steps = (result.trace?.steps ?? []).filter((s) => s.name === 'barnesats');
    // Ten children born 2015-06-01 and ten each on their own day: eleven distinct calls.
    expect(steps.map((s) => JSON.stringify(s.args)).sort()).toEqual([...new Set(twins.map((t) => JSON.stringify([t])))].sort());
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompiledRules, evaluate, InputError, inputSchema, renderBegrunnelse } from '@lovkode/engine';
import { call, compileFiles, e1, e3, ENTRY, shippedFiles, start, unknownPeriod, type Running } from './support';

// Every route of the real server, started on an ephemeral port of 127.0.0.1.
let rules: CompiledRules;
let server: Running;

beforeAll(async () => {
  rules = compileFiles(shippedFiles());
  server = await start({ rulesets: [{ name: 'default', rules }] });
});
afterAll(() => server.close());

const plain = (input: unknown) => {
  const { values, warnings, ruleset } = evaluate(rules, input);
  return { values, warnings, ruleset };
};

describe('POST /v1/evaluate', () => {
  it('gives {values, warnings, ruleset} exactly as evaluate does, and names the rule set in a header', async () => {
    for (const input of [e1, e3]) {
      const answer = await call(server.url, '/v1/evaluate', { body: input });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.json).toEqual(plain(input));
      expect(Object.keys(answer.json)).toEqual(['values', 'warnings', 'ruleset']);
      expect(answer.headers.get('lovkode-ruleset')).toBe(rules.ruleset);
    }
    // E1 of the domain description: 7 850 + 8 000 + 700.
    expect((await call(server.url, '/v1/evaluate', { body: e1 })).json.values['stønad']).toBe(plain(e1).values['stønad']);
  });

  it('adds the trace with ?explain=true and the justification with ?begrunnelse=true', async () => {
    const traced = evaluate(rules, e3, { trace: true });
    const explained = await call(server.url, '/v1/evaluate?explain=true', { body: e3 });
    expect(explained.status).toBe(200);
    expect(explained.json.trace).toEqual(JSON.parse(JSON.stringify(traced.trace)));
    expect(explained.json.begrunnelse).toBeUndefined();

    const justified = await call(server.url, '/v1/evaluate?begrunnelse=true', { body: e3 });
    expect(justified.json.begrunnelse).toBe(renderBegrunnelse(traced));
    expect(justified.json.trace).toBeUndefined();

    const both = await call(server.url, '/v1/evaluate?explain=1&begrunnelse=1', { body: e3 });
    expect(Object.keys(both.json)).toEqual(['values', 'warnings', 'ruleset', 'trace', 'begrunnelse']);
    const neither = await call(server.url, '/v1/evaluate?explain=false&begrunnelse=0', { body: e3 });
    expect(neither.json).toEqual(plain(e3));
  });

  it('applies an override of skjønn and reports it in warnings', async () => {
    const input = { ...e1, overstyringer: [{ navn: 'boutgifter', verdi: '9000', begrunnelse: 'Dokumentert husleie' }] };
    const answer = await call(server.url, '/v1/evaluate', { body: input });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(plain(input));
    expect(answer.json.warnings.join('\n')).toMatch(/boutgifter.*Dokumentert husleie/);
  });

  it('accepts a charset parameter and a byte-order mark', async () => {
    const answer = await call(server.url, '/v1/evaluate', {
      body: `\ufeff${JSON.stringify(e1)}`,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(plain(e1));
  });
});

describe('POST /v1/evaluate/batch', () => {
  it('evaluates the cases in order, with an error in place of each case that fails', async () => {
    const cases = [e1, { beregningsmåned: '2024-03' }, e3, unknownPeriod, e1];
    const answer = await call(server.url, '/v1/evaluate/batch', { body: { cases } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('lovkode-ruleset')).toBe(rules.ruleset);
    expect(answer.json.ruleset).toBe(rules.ruleset);
    expect(answer.json.summary).toEqual({ cases: 5, ok: 3, failed: 2, timedOut: 0 });
    const [first, invalid, third, failed, fifth] = answer.json.results;
    expect(first).toEqual(plain(e1));
    expect(third).toEqual(plain(e3));
    expect(fifth).toEqual(plain(e1));

    let expected: InputError | undefined;
    try {
      evaluate(rules, cases[1]);
    } catch (error) {
      expected = error as InputError;
    }
    expect(invalid).toEqual({ error: { code: 'LK7005', message: expected?.message, violations: expected?.violations } });
    expect(failed.error).toMatchObject({ code: 'LK7003', message: expect.stringContaining('2011'), locations: [expect.objectContaining({ file: expect.any(String) })] });
  });

  it('adds traces and justifications per case on request, and takes an empty batch', async () => {
    const answer = await call(server.url, '/v1/evaluate/batch?explain=true&begrunnelse=true', { body: { cases: [e1, e3] } });
    expect(answer.json.results.map((r: { trace?: unknown; begrunnelse?: unknown }) => [typeof r.trace, typeof r.begrunnelse])).toEqual([
      ['object', 'string'],
      ['object', 'string'],
    ]);
    const empty = await call(server.url, '/v1/evaluate/batch', { body: { cases: [] } });
    expect(empty.json).toEqual({ ruleset: rules.ruleset, results: [], summary: { cases: 0, ok: 0, failed: 0, timedOut: 0 } });
  });
});

describe('GET /v1/schema, /v1/rules, /v1/health', () => {
  it('serves the input JSON Schema that lovkode schema prints and the engine validates with', async () => {
    const answer = await call(server.url, '/v1/schema');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(inputSchema(rules.inputs, { title: ENTRY }));
    expect(answer.headers.get('lovkode-ruleset')).toBe(rules.ruleset);
  });

  it('describes the rules: modules, outputs, sources, rate tables with their periods, and the hash', async () => {
    const answer = await call(server.url, '/v1/rules');
    expect(answer.status).toBe(200);
    const description = answer.json;
    expect(description).toMatchObject({ ruleset: rules.ruleset, default: true, entry: ENTRY, names: ['default'], available: [{ name: 'default', ruleset: rules.ruleset }] });
    expect(description.modules.map((m: { name: string }) => m.name)).toEqual([...rules.program.modules.keys()].sort());
    expect(description.outputs.map((o: { name: string }) => o.name)).toEqual(rules.outputs.map((o) => o.name));
    expect(description.outputs.find((o: { name: string }) => o.name === 'stønad')).toEqual({ name: 'stønad', type: 'beløp' });
    expect(description.inputs.find((i: { name: string }) => i.name === 'beregningsmåned')).toEqual({ name: 'beregningsmåned', type: 'måned', optional: false, asOf: true });
    expect(description.citations).toContainEqual(expect.objectContaining({ id: 'stl18', kind: 'source', url: expect.stringMatching(/^https:\/\/lovdata\.no/) }));
    expect(description.citations).toContainEqual(expect.objectContaining({ kind: 'assumption', cites: expect.any(Array) }));

    const table = description.tables.find((t: { name: string; module: string }) => t.name === 'veiledende_sats' && t.module === 'satser.veiledende');
    expect(table).toMatchObject({ module: 'satser.veiledende', type: 'beløp', dated: true, parameters: [{ name: 'kategori', type: 'Satskategori' }] });
    // A variant's table names the table it replaces.
    const tables = new Set(description.tables.map((t: { name: string; module: string }) => `${t.module}.${t.name}`));
    for (const t of description.tables) if (t.replaces !== undefined) expect(tables).toContain(t.replaces);
    const froms = table.periods.map((p: { from: string }) => p.from);
    expect(froms).toEqual([...froms].sort());
    expect(froms).toContain('2024-01-01');
    const unknown = table.periods.find((p: { from: string }) => p.from === '2011-01-01');
    expect(unknown.unknown).toMatch(/2011/);
    const period2024 = table.periods.find((p: { from: string }) => p.from === '2024-01-01');
    expect(period2024.rows).toContainEqual({ keys: ['enslig'], value: '7850.00', citations: ['satser_2024_01_01'] });
  });

  it('reports health with the versions it holds', async () => {
    const answer = await call(server.url, '/v1/health');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ status: 'ok', default: rules.ruleset, rulesets: [{ name: 'default', ruleset: rules.ruleset }], uptimeSeconds: expect.any(Number) });
  });

  it('echoes a plain X-Request-Id and replaces anything else with a new id', async () => {
    const given = await call(server.url, '/v1/health', { headers: { 'x-request-id': 'sak-4711.1' } });
    expect(given.headers.get('x-request-id')).toBe('sak-4711.1');
    const replaced = await call(server.url, '/v1/health', { headers: { 'x-request-id': 'a b<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers HEAD for the GET routes', async () => {
    const response = await fetch(`${server.url}/v1/health`, { method: 'HEAD' });
    expect(response.status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, compileFiles, e1, expectProblem, shippedFiles, start, type Running } from './support';

// The request body is read by the engine's strict JSON reader (docs/engine.md §8): a field
// given twice or a number that would not be read exactly is a 400 problem with LK7009,
// at its JSON path and position; never a silently chosen or rounded value.
let server: Running;

beforeAll(async () => {
  server = await start({ rulesets: [{ name: 'default', rules: compileFiles(shippedFiles()) }] });
});
afterAll(() => server.close());

const post = (path: string, body: string) => call(server.url, path, { body, headers: { 'content-type': 'application/json' } });
const e1With = (utgifter: string) => JSON.stringify({ ...e1, utgifter: [] }).replace('"utgifter":[]', `"utgifter":${utgifter}`);

describe('HTTP: the body is read strictly', () => {
  it('a field given twice: 400 problem, LK7009, at its path', async () => {
    const answer = await post('/v1/evaluate', '{"beregningsmåned":"2024-03","sivilstand":"enslig","voksne":[{"fødselsdato":"1980-01-15"}],"sivilstand":"ektepar_samboere"}');
    expectProblem(answer, 400, 'malformed-json');
    expect(answer.json).toMatchObject({
      code: 'LK7009',
      detail: 'Innholdet kan ikke leses entydig som JSON (én feil)',
      violations: [{ path: '/sivilstand', message: 'Feltet «sivilstand» er gitt flere ganger i samme objekt; bare én verdi kan gjelde (linje 1, kolonne 92)' }],
    });
  });

  it('an amount with more than 15 significant digits: 400, LK7009, telling the caller to send a decimal string', async () => {
    const answer = await post('/v1/evaluate', e1With('[{"art":"husleie","beløp":99999999999999.99}]'));
    expectProblem(answer, 400, 'malformed-json');
    expect(answer.json.code).toBe('LK7009');
    expect(answer.json.violations).toEqual([
      {
        path: '/utgifter/0/beløp',
        message: expect.stringMatching(/^Tallet 99999999999999\.99 har flere sifre .* ville blitt lest som 99999999999999\.98; send tallet som en desimaltekst i stedet: "99999999999999\.99" \(linje 1, kolonne \d+\)$/),
      },
    ]);
  });

  it('underflow and overflow, each at its path, in one answer', async () => {
    const answer = await post('/v1/evaluate', e1With('[{"art":"husleie","beløp":1e-400},{"art":"strøm","beløp":1e400}]'));
    expectProblem(answer, 400, 'malformed-json');
    expect(answer.json.detail).toBe('Innholdet kan ikke leses entydig som JSON (2 feil)');
    expect(answer.json.violations.map((v: { path: string }) => v.path)).toEqual(['/utgifter/0/beløp', '/utgifter/1/beløp']);
  });

  it('inside a batch, with the path into the batch', async () => {
    const answer = await post('/v1/evaluate/batch', `{"cases":[${JSON.stringify(e1)},{"beregningsmåned":"2024-03","beregningsmåned":"2024-04"}]}`);
    expectProblem(answer, 400, 'malformed-json');
    expect(answer.json).toMatchObject({ code: 'LK7009', violations: [{ path: '/cases/1/beregningsmåned' }] });
  });

  it('an amount over the limit sent as a decimal string: 422 invalid input; the largest allowed is exact', async () => {
    const tooLarge = await post('/v1/evaluate', e1With('[{"art":"husleie","beløp":"99999999999999.99"}]'));
    expectProblem(tooLarge, 422, 'invalid-input');
    expect(tooLarge.json.violations).toEqual([{ path: '/utgifter/0/beløp', message: 'Beløpet er for stort; høyst 999 999 999 999.99 kr er tillatt' }]);
    const largest = await post('/v1/evaluate', e1With('[{"art":"husleie","beløp":999999999999.99}]'));
    expect(largest.status, largest.text).toBe(200);
  });

  it('ordinary bodies are read as before', async () => {
    const answer = await post('/v1/evaluate', `\ufeff${JSON.stringify(e1)}`);
    expect(answer.status, answer.text).toBe(200);
  });
});

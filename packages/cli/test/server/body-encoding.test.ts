import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type CompiledRules } from '@lovkode/engine';
import { charsetOf } from '../../src/server/body-encoding';
import { compileFiles, e1, expectProblem, send, shippedFiles, start, type Running } from './support';

// A body is JSON in UTF-8 or it is refused with 415 (docs/http.md, "Errors"): a declared
// charset other than UTF-8, or bytes that are not UTF-8, never reach the parser to come back
// as a garbled field or a puzzling syntax error.
let rules: CompiledRules;
let server: Running;

beforeAll(async () => {
  rules = compileFiles(shippedFiles());
  server = await start({ rulesets: [{ name: 'default', rules }] });
});
afterAll(() => server.close());

const text = JSON.stringify(e1); // «beregningsmåned», «fødselsdato», «strøm»: not ASCII
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const post = (body: Uint8Array | string, contentType: string) => send(server.url, '/v1/evaluate', { body, headers: { 'content-type': contentType } });

describe('the charset of a JSON body', () => {
  it('UTF-8 is read, however it is written, or when no charset is given', async () => {
    const expected = evaluate(rules, e1).values;
    for (const contentType of ['application/json', 'application/json; charset=utf-8', 'application/json;charset=UTF-8', 'Application/JSON; Charset="utf-8"', 'application/json; charset=utf8']) {
      const answer = await post(Buffer.from(text, 'utf8'), contentType);
      expect(answer.status, contentType).toBe(200);
      expect(answer.json.values).toEqual(expected);
    }
  });

  it('another charset: 415 naming it, at the content-type header', async () => {
    for (const [charset, body] of [
      ['iso-8859-1', Buffer.from(text, 'latin1')],
      ['ISO-8859-1', Buffer.from(text, 'latin1')],
      ['utf-16', utf16le(`\ufeff${text}`)],
      ['utf-16le', utf16le(text)],
      ['windows-1252', Buffer.from(text, 'latin1')],
    ] as const) {
      const answer = await post(body, `application/json; charset=${charset}`);
      expectProblem(answer, 415, 'unsupported-media-type');
      expect(answer.json.detail).toContain(`«${charset.toLowerCase()}»`);
      expect(answer.json.violations).toEqual([{ path: 'header:content-type', message: expect.stringContaining('utf-8') }]);
    }
  });

  it('bytes that are not UTF-8 without a charset: 415, with a hint for UTF-16', async () => {
    const latin1 = await post(Buffer.from(text, 'latin1'), 'application/json');
    expectProblem(latin1, 415, 'unsupported-media-type');
    expect(latin1.json.detail).toBe('Innholdet er ikke gyldig UTF-8; send JSON som UTF-8');
    expect(latin1.json.violations).toEqual([{ path: '', message: 'Innholdet må være UTF-8' }]);
    for (const body of [utf16le(`\ufeff${text}`), utf16le(text), Buffer.from(`\ufeff${text}`, 'utf16le').swap16()]) {
      const answer = await post(body, 'application/json');
      expectProblem(answer, 415, 'unsupported-media-type');
      expect(answer.json.detail).toMatch(/ikke gyldig UTF-8 \(det ser ut som UTF-16 eller UTF-32\)/);
    }
  });

  it('a character split between two chunks of a body is read whole', async () => {
    // Large enough to arrive in several chunks, with «ø» at many offsets.
    const input = { ...e1, utgifter: Array.from({ length: 600 }, (_, i) => ({ art: i % 2 ? 'husleie' : 'strøm', beløp: 1 + i })) };
    const answer = await post(Buffer.from(JSON.stringify(input), 'utf8'), 'application/json');
    expect(answer.status).toBe(200);
    expect(answer.json.values).toEqual(evaluate(rules, input).values);
  });
});

describe('charsetOf', () => {
  it('reads the charset parameter, in lower case and without quotes', () => {
    expect(charsetOf('application/json')).toBeUndefined();
    expect(charsetOf('application/json; charset=UTF-8')).toBe('utf-8');
    expect(charsetOf('application/json ; foo=bar; CHARSET = "Latin1"')).toBe('latin1');
    expect(charsetOf('application/json; charsetx=utf-16')).toBeUndefined();
  });
});

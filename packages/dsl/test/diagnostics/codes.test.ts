import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../src/diagnostics/codes';

const doc = readFileSync(new URL('../../../../docs/diagnostics.md', import.meta.url), 'utf8');

describe('diagnostic codes', () => {
  it('are documented in docs/diagnostics.md with the same title, and nothing else is', () => {
    const documented = [...doc.matchAll(/^## (LK\d{4}) — (.+)$/gm)].map((m) => [m[1], m[2]]);
    const declared = Object.entries(diagnosticCodes).map(([code, info]) => [code, info.title]);
    expect(documented).toEqual(declared);
  });

  it('document the severity of each code', () => {
    for (const [code, info] of Object.entries(diagnosticCodes)) {
      const section = doc.slice(doc.indexOf(`## ${code}`)).split('\n').slice(2, 3)[0] ?? '';
      expect(section.startsWith(`*${info.severity}.*`), code).toBe(true);
    }
  });
});

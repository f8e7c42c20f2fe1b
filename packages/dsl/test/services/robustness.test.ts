import { describe, expect, it } from 'vitest';
import { check, type RuleSource } from '../../src/check/check';
import { complete } from '../../src/services/complete';
import { definition, references } from '../../src/services/definition';
import { documentSymbols } from '../../src/services/document-symbols';
import { hover } from '../../src/services/hover';
import { nodeAt } from '../../src/services/node-at';
import { rename } from '../../src/services/rename';
import { ServiceSession } from '../../src/services/session';
import { fixtureFiles } from './fixtures';
import { examplePath, exampleText, positionOf } from './helpers';

/** Files that do not parse, or parse into odd shapes: what an editor shows while typing. */
const broken: Record<string, string> = {
  'tom.lov': '',
  'mellomrom.lov': '  \n\t\n',
  'halv.lov': exampleText.slice(0, Math.floor(exampleText.length / 2)),
  'uten-parenteser.lov': exampleText.replace(/\)/g, ''),
  'uten-anførselstegn.lov': exampleText.replace(/"/g, ''),
  'crlf.lov': exampleText.replace(/\n/g, '\r\n'),
  'ufullstendig.lov': `modul
bruk .
kilde
regel x(: beløp (kilde
  = sum(x. for
  unntak til (kilde ,
tabell t(k: ): liste av
  | fra | k |
  | 2024-01-01 | ukjent
  | | |
type { a: , b: liste av }
inndata { : (vurderingstidspunkt, }
skjønn s: (kilde a, gjelder fra 2024-13-01 til
  veiledende = {
  forklaring "{verdi.x.} {s {} {ukjent.
test "t" per
  gitt a = [{ b: }, {
  overstyr = begrunnelse
  forvent feil
regel r(p: T): T (kilde k)
  = p.q.r(s).t + "tekst \\" {p}
  forklaring "a" "b {p.x}" # kommentar
`,
  'dyp.lov': `modul d\nkilde k "K"\nregel r: heltall  (kilde k)\n  = ${'('.repeat(120)}1${')'.repeat(120)}\nregel s: heltall  (kilde k)\n  = ${Array.from({ length: 400 }, () => '1').join(' + ')}\n`,
  'ukjente-tegn.lov': 'modul u\n§§§ regel € r: beløp\n  = @ + 1\n"uavsluttet\n',
};

function allPositions(text: string): Array<{ line: number; column: number }> {
  const positions = [];
  for (let offset = 0; offset <= text.length; offset++) positions.push(positionOf(text, offset));
  positions.push({ line: 0, column: 0 }, { line: 1, column: 10_000 }, { line: 10_000, column: 1 }, { line: -3, column: -7 });
  return positions;
}

function exercise(files: readonly RuleSource[], path: string): void {
  const text = files.find((f) => f.path === path)?.text ?? '';
  const session = new ServiceSession(check(files));
  expect(() => documentSymbols(session, path)).not.toThrow();
  for (const position of allPositions(text)) {
    const run = () => {
      nodeAt(session, path, position);
      complete(session, path, position);
      hover(session, path, position);
      definition(session, path, position);
      references(session, path, position);
      rename(session, path, position, 'nytt_navn');
    };
    try {
      run();
    } catch (error) {
      throw new Error(`${path} ${position.line}:${position.column}: ${(error as Error).stack}`);
    }
  }
}

describe('robustness: every service at every position never throws', { timeout: 120_000 }, () => {
  it('in the example', () => {
    exercise([{ path: examplePath, text: exampleText }], examplePath);
  });

  it('in two modules that use each other’s declarations', () => {
    const files = fixtureFiles();
    for (const file of files) exercise(files, file.path);
  });

  it.each(Object.keys(broken))('in the broken file %s', (path) => {
    exercise([{ path, text: broken[path] as string }], path);
  });
});

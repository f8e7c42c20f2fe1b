import type * as A from '../ast/ast.js';
import type { CheckResult } from '../check/check.js';
import type { ModuleInfo } from '../check/program.js';
import { wordingFoundIn, wordingPeriod, wordingStatus, type WordingStatus } from '../check/wording.js';

/**
 * Which punktum of the stored law text the rules encode and the tests check (docs/law-text.md
 * §3): every stored place (a source's ledd and punktum) with the rules and tests that link
 * to it, and the rules and tests that link to no punktum at all. Computed from a check result;
 * no evaluation.
 */

export type { WordingStatus } from '../check/wording.js';

export interface Wording {
  readonly text: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** `kontrollert` against the official text, found only in a `sekundærkilde`, `ikke kontrollert`, or `ukjent` (a summary). */
  readonly status: WordingStatus;
  /** The sources the wording was taken from when it is not the official text. */
  readonly foundIn: readonly string[];
  readonly at: Place;
}

export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type LinkKind = 'regel' | 'skjønn' | 'tabell' | 'antakelse' | 'utvid' | 'test';

/** A declaration that cites sources: a rule (with its exceptions), `skjønn`, table, assumption, `utvid valg` or test. */
export interface Linker {
  readonly kind: LinkKind;
  readonly name: string;
  readonly module: string;
  readonly at: Place;
}

export type SentenceStatus = 'ikke kodet' | 'ikke testet' | 'dekket';

export interface CoveredSentence {
  readonly source: string;
  readonly title: string;
  readonly module: string;
  readonly ledd: number;
  readonly punktum: number;
  readonly wordings: readonly Wording[];
  /** Rules, `skjønn`, tables, assumptions and `utvid` that link to the punktum (or to its whole ledd). */
  readonly encodedBy: readonly Linker[];
  readonly testedBy: readonly Linker[];
  readonly status: SentenceStatus;
}

export interface Coverage {
  readonly sentences: readonly CoveredSentence[];
  /** Rules, `skjønn`, tables and the like that cite no stored punktum. */
  readonly rulesWithoutSentence: readonly Linker[];
  readonly testsWithoutSentence: readonly Linker[];
}

/** How many stored punktum have each status, and how many rules and tests link to none. */
export interface CoverageCounts {
  readonly stored: number;
  readonly covered: number;
  readonly untested: number;
  readonly unencoded: number;
  readonly rulesWithoutSentence: number;
  readonly testsWithoutSentence: number;
}

export function coverageCounts(c: Coverage): CoverageCounts {
  const count = (status: SentenceStatus) => c.sentences.filter((s) => s.status === status).length;
  return {
    stored: c.sentences.length,
    covered: count('dekket'),
    untested: count('ikke testet'),
    unencoded: count('ikke kodet'),
    rulesWithoutSentence: c.rulesWithoutSentence.length,
    testsWithoutSentence: c.testsWithoutSentence.length,
  };
}

export function coverage(result: CheckResult): Coverage {
  const program = result.program;
  const sentences = new Map<string, { readonly decl: A.SourceDecl; readonly module: ModuleInfo; readonly ledd: number; readonly punktum: number; readonly wordings: Wording[]; readonly encodedBy: Linker[]; readonly testedBy: Linker[] }>();
  const modules = [...program.modules.values()];
  for (const module of modules) {
    for (const decl of module.file.ast.declarations) {
      if (decl.kind !== 'Source') continue;
      for (const sentence of decl.sentences) {
        const ledd = sentence.ledd.value;
        const punktum = sentence.punktum.value;
        const key = placeKey(decl, ledd, punktum);
        let entry = sentences.get(key);
        if (!entry) sentences.set(key, (entry = { decl, module, ledd, punktum, wordings: [], encodedBy: [], testedBy: [] }));
        entry.wordings.push(wordingOf(module, decl, sentence));
      }
    }
  }
  const rulesWithoutSentence: Linker[] = [];
  const testsWithoutSentence: Linker[] = [];
  for (const module of modules) {
    for (const decl of module.file.ast.declarations) {
      const linker = linkerOf(module, decl);
      if (!linker) continue;
      let linked = false;
      for (const cited of citationsOf(decl)) {
        const symbol = program.references.get(cited.name);
        if (symbol?.kind !== 'source' || !cited.ledd) continue;
        const ledd = cited.ledd.value;
        const punktum = cited.punktum?.value;
        for (const entry of sentences.values()) {
          if (entry.decl !== symbol.decl || entry.ledd !== ledd || (punktum !== undefined && entry.punktum !== punktum)) continue;
          const list: Linker[] = linker.kind === 'test' ? entry.testedBy : entry.encodedBy;
          if (!list.includes(linker)) list.push(linker);
          linked = true;
        }
      }
      if (!linked) (linker.kind === 'test' ? testsWithoutSentence : rulesWithoutSentence).push(linker);
    }
  }
  return {
    sentences: [...sentences.values()]
      .map((e) => ({
        source: e.decl.name.text,
        title: e.decl.title.value,
        module: e.module.name,
        ledd: e.ledd,
        punktum: e.punktum,
        wordings: e.wordings,
        encodedBy: e.encodedBy,
        testedBy: e.testedBy,
        status: e.encodedBy.length === 0 ? ('ikke kodet' as const) : e.testedBy.length === 0 ? ('ikke testet' as const) : ('dekket' as const),
      }))
      .sort((a, b) => a.module.localeCompare(b.module) || a.source.localeCompare(b.source) || a.ledd - b.ledd || a.punktum - b.punktum),
    rulesWithoutSentence,
    testsWithoutSentence,
  };
}

function placeKey(decl: A.SourceDecl, ledd: number, punktum: number): string {
  return `${decl.span.start}\u0000${decl.name.text}\u0000${ledd}\u0000${punktum}`;
}

function placeOf(module: ModuleInfo, span: A.Span): Place {
  const position = module.file.source.positionAt(span.start);
  return { file: module.file.path, line: position.line, column: position.column };
}

function wordingOf(module: ModuleInfo, decl: A.SourceDecl, sentence: A.SentenceDecl): Wording {
  return { text: sentence.text.value, ...wordingPeriod(sentence), status: wordingStatus(decl, sentence), foundIn: wordingFoundIn(sentence), at: placeOf(module, sentence.span) };
}

function linkerOf(module: ModuleInfo, decl: A.Declaration): Linker | undefined {
  const link = (kind: LinkKind, name: string): Linker => ({ kind, name, module: module.name, at: placeOf(module, decl.span) });
  switch (decl.kind) {
    case 'Rule':
      return link('regel', decl.name.text);
    case 'Discretion':
      return link('skjønn', decl.name.text);
    case 'Table':
      return link('tabell', decl.name.text);
    case 'Assumption':
      return link('antakelse', decl.name.text);
    case 'EnumExtension':
      return link('utvid', decl.name.text);
    case 'Test':
      return link('test', decl.name.value);
    default:
      return undefined;
  }
}

/** Every source a declaration cites, its exceptions' and its table rows' included. */
function citationsOf(decl: A.Declaration): readonly A.CitedSource[] {
  const own = 'annotation' in decl && decl.annotation ? decl.annotation.sources : [];
  if (decl.kind === 'Table') return [...own, ...decl.rows.flatMap((row) => row.cells.flatMap((cell) => (cell.content.kind === 'Citations' ? cell.content.sources : [])))];
  if (decl.kind !== 'Rule') return own;
  return [...own, ...decl.exceptions.flatMap((e) => e.annotation?.sources ?? [])];
}

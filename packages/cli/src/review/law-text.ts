/**
 * The law text in a review (docs/law-text.md, docs/review.md §2): the stored wording of a
 * source compared punktum by punktum, and coverage of the stored text before and after.
 */
import { coverage, coverageCounts, periodText, wordingFoundIn, wordingPeriod, wordingStatus, type Ast, type CheckResult, type Coverage } from '@lovkode/dsl';
import type { CoverageChange, WordingChange } from './model.js';

/** The changed punktum of two versions of a source's stored text; empty when the text is the same. */
export function wordingChanges(a: Ast.SourceDecl, b: Ast.SourceDecl): WordingChange[] {
  const before = wordings(a);
  const after = wordings(b);
  const changes: WordingChange[] = [];
  for (const place of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(place);
    const neu = after.get(place);
    if (old === neu) continue;
    changes.push({ place, change: old === undefined ? 'added' : neu === undefined ? 'removed' : 'changed', ...(old !== undefined ? { old } : {}), ...(neu !== undefined ? { new: neu } : {}) });
  }
  const checked = (d: Ast.SourceDecl) => (d.checked ? `${d.checked.date.value} <${d.checked.url.href}>` : undefined);
  if (checked(a) !== checked(b)) {
    const old = checked(a);
    const neu = checked(b);
    changes.push({ place: 'kontrollert', change: old === undefined ? 'added' : neu === undefined ? 'removed' : 'changed', ...(old ? { old } : {}), ...(neu ? { new: neu } : {}) });
  }
  return changes;
}

/** Each stored wording by its place and period, as a reader sees it. */
function wordings(decl: Ast.SourceDecl): Map<string, string> {
  const byPlace = new Map<string, string>();
  for (const s of decl.sentences) {
    const { from, to } = wordingPeriod(s);
    const period = from ? ` (${periodText(from, to)})` : '';
    const foundIn = wordingFoundIn(s);
    const text = wordingStatus(decl, s) === 'ukjent' ? `ukjent ordlyd: ${s.text.value}` : `«${s.text.value}»${foundIn.length > 0 ? ` (bare funnet i ${foundIn.join(', ')})` : ''}`;
    byPlace.set(`ledd ${s.ledd.value} punktum ${s.punktum.value}${period}`, text);
  }
  return byPlace;
}

/** Coverage before and after, or `undefined` when no punktum changed status and the counts are the same. */
export function coverageChange(old: CheckResult, neu: CheckResult): CoverageChange | undefined {
  const before = coverage(old);
  const after = coverage(neu);
  const key = (s: Coverage['sentences'][number]) => `${s.module}\u0000${s.source}\u0000${s.ledd}\u0000${s.punktum}`;
  const oldStatus = new Map(before.sentences.map((s) => [key(s), s]));
  const newStatus = new Map(after.sentences.map((s) => [key(s), s]));
  const sentences: CoverageChange['sentences'][number][] = [];
  for (const k of new Set([...oldStatus.keys(), ...newStatus.keys()])) {
    const a = oldStatus.get(k);
    const b = newStatus.get(k);
    if (a?.status === b?.status) continue;
    const sample = (b ?? a) as Coverage['sentences'][number];
    sentences.push({ source: sample.source, module: sample.module, ledd: sample.ledd, punktum: sample.punktum, ...(a ? { old: a.status } : {}), ...(b ? { new: b.status } : {}) });
  }
  const counts = [coverageCounts(before), coverageCounts(after)] as const;
  if (sentences.length === 0 && JSON.stringify(counts[0]) === JSON.stringify(counts[1])) return undefined;
  return { old: counts[0], new: counts[1], sentences };
}

import type * as A from '../ast/ast.js';
import { periodText, wordingFoundIn, wordingPeriod, wordingStatus } from '../check/wording.js';
import { escapeMarkdown, linkTarget } from './describe.js';

/**
 * The stored wording of a provision (docs/law-text.md) as markdown, for hovers: every
 * punktum of the `kilde`, or those of one ledd, or one punktum (each of its dated wordings),
 * with what is known about where the wording comes from. `undefined` when nothing is stored
 * for that place.
 */
export function provisionMarkdown(decl: A.SourceDecl, ledd?: number, punktum?: number): string | undefined {
  const sentences = decl.sentences.filter(
    (s) => (ledd === undefined || s.ledd.value === ledd) && (punktum === undefined || s.punktum.value === punktum),
  );
  if (sentences.length === 0) return undefined;
  const lines = sentences.map((s) => sentenceLine(decl, s));
  if (decl.checked) lines.push(`Ordlyden er kontrollert ${decl.checked.date.value} mot [${escapeMarkdown(decl.checked.url.href)}](${linkTarget(decl.checked.url.href)}).`);
  else lines.push('Ordlyden er ikke kontrollert mot den offisielle teksten.');
  return lines.join('\n\n');
}

function sentenceLine(decl: A.SourceDecl, sentence: A.SentenceDecl): string {
  const { from: start, to } = wordingPeriod(sentence);
  const period = start ? ` (${periodText(start, to)})` : '';
  const place = `**Ledd ${sentence.ledd.text}, punktum ${sentence.punktum.text}**${period}`;
  if (wordingStatus(decl, sentence) === 'ukjent') return `${place}: *ordlyden er ikke funnet; innholdet:* ${escapeMarkdown(sentence.text.value)}`;
  const secondary = wordingFoundIn(sentence);
  const from = secondary.length > 0 ? ` *(ordlyden bare funnet i ${secondary.map((n) => `\`${n}\``).join(', ')})*` : '';
  return `${place}: «${escapeMarkdown(sentence.text.value)}»${from}`;
}

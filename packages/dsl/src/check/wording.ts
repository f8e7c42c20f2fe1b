import type * as A from '../ast/ast.js';

/**
 * What is known of a stored punktum's wording (docs/law-text.md): checked against the
 * official text (`kontrollert`), found only in a secondary source, stored in a source that
 * was never checked, or not found at all (`ukjent`, a summary). One reading, for the
 * coverage, the hover, the review and the trace.
 */
export type WordingStatus = 'kontrollert' | 'sekundærkilde' | 'ikke kontrollert' | 'ukjent';

export function wordingStatus(decl: A.SourceDecl, sentence: A.SentenceDecl): WordingStatus {
  if (sentence.unknown) return 'ukjent';
  if ((sentence.annotation?.sources.length ?? 0) > 0) return 'sekundærkilde';
  return decl.checked ? 'kontrollert' : 'ikke kontrollert';
}

/** The sources a wording was found in instead of the official text. */
export function wordingFoundIn(sentence: A.SentenceDecl): string[] {
  return sentence.annotation?.sources.map((s) => s.name.text) ?? [];
}

/** The period a wording applies in (`gjelder fra … til …`), both ends inclusive and either open. */
export function wordingPeriod(sentence: A.SentenceDecl): { readonly from: string | undefined; readonly to: string | undefined } {
  const validity = sentence.annotation?.validity;
  return { from: validity?.from.value, to: validity?.to?.value };
}

/** A period as a reader sees it: «2016-01-01–2022-08-31», «fra 2022-09-01», or nothing. */
export function periodText(from: string | undefined, to: string | undefined): string {
  if (!from) return '';
  return to ? `${from}–${to}` : `fra ${from}`;
}

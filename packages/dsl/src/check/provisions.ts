import type * as A from '../ast/ast.js';
import type { CheckContext } from './context.js';
import { checkCalendarLiteral } from './literals.js';
import type { ModuleInfo } from './program.js';
import { overlaps, resolveCitations } from './rules.js';
import type { CitableSymbol } from './symbols.js';

/**
 * The stored text of a provision in a `kilde` (docs/law-text.md): its punktum lines, and
 * citations pinned to a ledd or punktum of it.
 */

/** Checks a `kilde`'s `kontrollert` line and punktum lines (LK2028, LK2029). */
export function checkProvisionText(ctx: CheckContext, module: ModuleInfo, decl: A.SourceDecl): void {
  if (decl.checked) checkCalendarLiteral(ctx, module, decl.checked.date);
  const seen: A.SentenceDecl[] = [];
  for (const sentence of decl.sentences) {
    const valid = checkLocator(ctx, module, 'ledd', sentence.ledd) && checkLocator(ctx, module, 'punktum', sentence.punktum);
    resolveCitations(ctx, module, sentence.annotation);
    if (!valid) continue;
    const clash = seen.find((other) => samePlace(other, sentence) && overlaps(from(other), to(other), from(sentence), to(sentence)));
    if (clash) {
      ctx.report('LK2028', module, sentence.span, `${place(sentence)} i «${decl.name.text}» er lagret to ganger for samme tid`, {
        hint: 'Et endret punktum skrives med én linje per ordlyd, hver med sin periode: (gjelder fra … til …) og (gjelder fra …).',
        related: [ctx.related(module, clash.span, 'den andre ordlyden står her')],
      });
    }
    seen.push(sentence);
  }
}

/**
 * Checks that a citation pinned to a ledd or punktum points at stored text (LK2026, LK2027):
 * true when it is pinned and the place exists.
 */
export function checkPinpoint(ctx: CheckContext, module: ModuleInfo, cited: A.CitedSource, source: CitableSymbol): boolean {
  if (!cited.ledd || !checkLocator(ctx, module, 'ledd', cited.ledd)) return false;
  if (cited.punktum && !checkLocator(ctx, module, 'punktum', cited.punktum)) return false;
  const sentences = source.kind === 'source' ? source.decl.sentences : [];
  if (sentences.length === 0) {
    const what = source.kind === 'source' ? `Kilden «${source.name}» har ingen lagret lovtekst` : `«${source.name}» er en antakelse og har ingen lovtekst`;
    ctx.report('LK2027', module, cited.span, `${what}, så det finnes ikke noe ledd ${cited.ledd.text} å vise til`, {
      hint: source.kind === 'source'
        ? `Lagre teksten i kilden (ledd … punktum … "…"), eller vis til hele kilden: (kilde ${source.name}).`
        : `Vis til antakelsen uten ledd: (kilde ${source.name}).`,
    });
    return false;
  }
  const ledd = cited.ledd.value;
  const inLedd = sentences.filter((s) => s.ledd.value === ledd);
  if (inLedd.length === 0) {
    ctx.report('LK2026', module, cited.span, `Kilden «${source.name}» har ikke noe ledd ${ledd} lagret`, {
      hint: `Lagrede ledd: ${numbers(sentences.map((s) => s.ledd))}.`,
    });
    return false;
  }
  if (cited.punktum && !inLedd.some((s) => s.punktum.value === cited.punktum?.value)) {
    ctx.report('LK2026', module, cited.span, `Ledd ${ledd} i «${source.name}» har ikke noe punktum ${cited.punktum.text} lagret`, {
      hint: `Lagrede punktum i ledd ${ledd}: ${numbers(inLedd.map((s) => s.punktum))}.`,
    });
    return false;
  }
  return true;
}

/** A ledd or punktum is a whole number from 1, written without grouping (LK2029). */
function checkLocator(ctx: CheckContext, module: ModuleInfo, what: 'ledd' | 'punktum', locator: A.Locator): boolean {
  if (/^[1-9]\d{0,2}$/.test(locator.text)) return true;
  ctx.report('LK2029', module, locator.span, `«${what} ${locator.text}» er ikke et gyldig nummer på et ${what}`, {
    hint: `Et ${what} nummereres med et helt tall fra 1: «${what} 1», «${what} 2» …`,
  });
  return false;
}

function samePlace(a: A.SentenceDecl, b: A.SentenceDecl): boolean {
  return a.ledd.value === b.ledd.value && a.punktum.value === b.punktum.value;
}

function place(sentence: A.SentenceDecl): string {
  return `Ledd ${sentence.ledd.text} punktum ${sentence.punktum.text}`;
}

function from(sentence: A.SentenceDecl): string | undefined {
  return sentence.annotation?.validity?.from.value;
}

function to(sentence: A.SentenceDecl): string | undefined {
  return sentence.annotation?.validity?.to?.value;
}

function numbers(locators: readonly A.Locator[]): string {
  return [...new Set(locators.filter((l) => /^[1-9]\d{0,2}$/.test(l.text)).map((l) => l.value))].sort((a, b) => a - b).join(', ');
}

/**
 * The VS Code extension's TextMate grammar (editors/vscode) is generated from the lexer's
 * token definitions and must be current; its patterns must highlight what the lexer reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grammarPath, renderGrammar } from '../../editors/vscode/scripts/generate-grammar.mjs';

interface Grammar {
  readonly scopeName: string;
  readonly patterns: ReadonlyArray<{ readonly name?: string; readonly match: string }>;
}

describe('TextMate grammar of the VS Code extension', () => {
  it('is up to date with the lexer (run `npx tsx editors/vscode/scripts/generate-grammar.mts`)', () => {
    expect(readFileSync(grammarPath, 'utf8')).toBe(renderGrammar());
  });

  const grammar = JSON.parse(readFileSync(grammarPath, 'utf8')) as Grammar;
  /** The scope of the first pattern that matches at the start of `text`, as a tokenizer takes the first match. */
  const scopeOf = (text: string): string | undefined => {
    for (const pattern of grammar.patterns) {
      const match = new RegExp(`^(?:${pattern.match})`, 'u').exec(text);
      if (match && match[0].length > 0) return pattern.name ?? 'identifier';
    }
    return undefined;
  };

  it('highlights what the lexer reads', () => {
    expect(grammar.scopeName).toBe('source.lovkode');
    expect(scopeOf('regel stønad')).toBe('storage.type.declaration.lovkode');
    expect(scopeOf('skjønn sats')).toBe('storage.type.declaration.lovkode');
    expect(scopeOf('når sivilstand')).toBe('keyword.control.lovkode');
    expect(scopeOf('regelen')).toBe('identifier');
    expect(scopeOf('når_det_passer')).toBe('identifier');
    expect(scopeOf('## doc')).toBe('comment.block.documentation.lovkode');
    expect(scopeOf('# merknad regel')).toBe('comment.line.number-sign.lovkode');
    expect(scopeOf('"tekst med regel"')).toBe('string.quoted.double.lovkode');
    expect(scopeOf('2024-03-01')).toBe('constant.other.date.lovkode');
    expect(scopeOf('12 600')).toBe('constant.numeric.lovkode');
  });
});

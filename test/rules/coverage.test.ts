/**
 * The coverage of the shipped rules (issue 18, docs/law-text.md §6): every rule, `skjønn`,
 * table, assumption and test links to a stored punktum, and the report in rules/README.md is
 * the one `lovkode dekning rules --format markdown` makes today, so it cannot go stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, coverage, coverageMarkdown } from '../../packages/dsl/src/index';
import { ruleFiles } from '../support/rule-files';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'rules', 'README.md'), 'utf8');
const report = coverage(check(ruleFiles('rules')));
const where = (l: { readonly kind: string; readonly name: string; readonly at: { readonly file: string; readonly line: number } }) => `${l.at.file}:${l.at.line}: ${l.kind} ${l.name}`;

describe('the coverage of the shipped rules', () => {
  it('links every rule, skjønn, table, assumption and test to at least one stored punktum', () => {
    expect(report.rulesWithoutSentence.map(where)).toEqual([]);
    expect(report.testsWithoutSentence.map(where)).toEqual([]);
  });

  it('has every punktum a rule encodes tested', () => {
    expect(report.sentences.filter((s) => s.status === 'ikke testet').map((s) => `${s.source} ${s.ledd}.${s.punktum}`)).toEqual([]);
  });

  it('is in rules/README.md as the report reads today', () => {
    const block = /<!-- dekning:start[^\n]*-->\n([\s\S]*?)<!-- dekning:slutt -->/.exec(readme)?.[1];
    expect(block, 'rules/README.md has the markers <!-- dekning:start … --> and <!-- dekning:slutt -->').toBeDefined();
    expect(block, 'regenerate it with «lovkode dekning rules --format markdown»').toBe(coverageMarkdown(report));
  });

  it('explains below the report each source with a punktum no rule encodes', () => {
    const explanation = readme.slice(readme.indexOf('<!-- dekning:slutt -->'));
    const unexplained = [...new Set(report.sentences.filter((s) => s.status === 'ikke kodet').map((s) => s.source))].filter((id) => !explanation.includes(`\`${id}\``));
    expect(unexplained).toEqual([]);
  });
});

/**
 * The law beside the code in a real browser, on a temporary copy of the shipped rules:
 * «Lovtekst» shows § 18 (stored in sosialtjenesteloven/soknad.lov) punktum by punktum with
 * each punktum's status; a pinned citation typed into a rule shows up beside its punktum at
 * once, and both ways work (the rule from the punktum, the punktum from a click on the
 * citation); links to Lovdata open in a new tab without a handle on the editor; a document
 * read word for word (the ministry's page on § 20 a) shows its checked wording and the rules
 * and tests pinned to it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openEditor, placeCursor, poll, screenshot, shippedRulesSession } from './harness';


const SOKNAD = 'sosialtjenesteloven/soknad.lov';
const PARAGRAF_18 = 'sosialtjenesteloven/paragraf-18.lov';
const PARAGRAF_20A = 'sosialtjenesteloven/paragraf-20a.lov';

const session = shippedRulesSession();

const punktum = (p: Page, ledd: number, n: number) => p.locator(`#panel-law .provision .punktum[data-ledd="${ledd}"][data-punktum="${n}"]`);

/** Clicks the editor's text at the first occurrence of `text` (its first character). */
async function clickText(p: Page, text: string): Promise<void> {
  const point = await p.evaluate((t) => {
    const editor = window.__lovkode?.app.editor;
    const model = editor?.getModel();
    const match = model?.findMatches(t, false, false, true, null, false)[0];
    if (!editor || !match) throw new Error(`finner ikke «${t}»`);
    // After a change of window size Monaco lays itself out a moment later: now, so the point is right.
    editor.layout();
    editor.revealRangeInCenter(match.range);
    const at = editor.getScrolledVisiblePosition({ lineNumber: match.range.startLineNumber, column: match.range.startColumn + 1 });
    const box = editor.getDomNode()?.getBoundingClientRect();
    if (!at || !box) throw new Error('ingen posisjon');
    return { x: box.left + at.left + 2, y: box.top + at.top + at.height / 2 };
  }, text);
  await p.mouse.click(point.x, point.y);
}

describe('the reading view («Lovtekst»)', { timeout: 90_000 }, () => {
  it('shows § 18 punktum by punktum with each punktum’s status', async () => {
    const page = (session.page = await openEditor(session.harness, `?fil=${encodeURIComponent(SOKNAD)}`));
    await page.setViewportSize({ width: 1440, height: 900 });
    const started = performance.now();
    await page.click('.panel-tabs [data-panel="law"]');
    await page.locator('#panel-law .provision[data-source="stl18"]').waitFor();
    console.log(`[lovtekst] reading view of stl18 shown in ${Math.round(performance.now() - started)} ms`);
    const places = await page.locator('#panel-law .provision .punktum').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset['ledd']}.${(e as HTMLElement).dataset['punktum']}`));
    expect(places).toEqual(['1.1', '2.1', '3.1']);
    expect(await punktum(page, 1, 1).textContent()).toContain('De som ikke kan sørge for sitt livsopphold');
    // The amended punktum: both dated wordings, the later one a summary (its wording not found).
    const third = punktum(page, 3, 1);
    expect(await third.locator('.wording').count()).toBe(2);
    expect(await third.textContent()).toContain('fra 1. september 2022');
    expect(await third.locator('.wording-summary').count()).toBe(1);
    // The shipped rules and tests are pinned to each punktum of § 18 (rules/README.md): «kodet og testet».
    for (const item of await page.locator('#panel-law .provision .punktum').all()) expect(await item.getAttribute('class')).toContain('status-dekket');
    expect(await punktum(page, 1, 1).locator('.linker-regel').allTextContents()).toContain('regel antall_barn');
    expect(await page.locator('#panel-law .coverage-summary').textContent()).toMatch(/^\d+ punktum lagret: \d+ kodet og testet, \d+ kodet uten test, \d+ ikke kodet\.$/);
    // The link to Lovdata opens in a new tab with no handle on the editor.
    const link = page.locator('#panel-law .provision-meta a.external-link').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/lovdata\.no\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await screenshot(page, 'lovtekst-1-paragraf-18');
  });

  it('shows a pinned citation typed into a rule beside its punktum, and goes from the punktum to the rule', async () => {
    const page = session.page;
    await page.click(`.tree .file-row[data-path="${PARAGRAF_18}"]`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(PARAGRAF_18);
    await placeCursor(page, 'heltall  (kilde stl18 ledd 1 punktum 1)', 'select');
    await page.keyboard.press('Delete');
    await page.keyboard.type('heltall  (kilde stl18 ledd 1 punktum 1, stl18 ledd 2 punktum 1)');
    const started = performance.now();
    expect(await page.evaluate(() => window.__lovkode?.app.editor.getModel()?.getLineContent(window.__lovkode.app.editor.getPosition()?.lineNumber ?? 1))).toMatch(/regel antall_barn: heltall {2}\(kilde stl18 ledd 1 punktum 1, stl18 ledd 2 punktum 1\)$/);
    const encoded = punktum(page, 2, 1).locator('.linker-regel', { hasText: 'regel antall_barn' });
    await expect.poll(() => encoded.count(), { timeout: 10_000 }).toBe(1);
    console.log(`[lovtekst] reading view updated ${Math.round(performance.now() - started)} ms after the last keystroke of the citation`);
    // Punktum → rule.
    await page.evaluate(() => window.__lovkode?.app.editor.setPosition({ lineNumber: 1, column: 1 }));
    await encoded.click();
    await expect.poll(() => page.evaluate(() => window.__lovkode?.app.editor.getModel()?.getLineContent(window.__lovkode.app.editor.getPosition()?.lineNumber ?? 1)), poll).toContain('regel antall_barn');
    await screenshot(page, 'lovtekst-2-kodet');
  });

  it('shows the punktum a citation points at when the citation is clicked in the editor', async () => {
    const page = session.page;
    await page.click('.panel-tabs [data-panel="tests"]');
    await clickText(page, 'stl18 ledd 2 punktum 1');
    await expect.poll(() => page.locator('.panel-tabs [data-panel="law"]').getAttribute('aria-selected'), poll).toBe('true');
    await expect.poll(() => punktum(page, 2, 1).getAttribute('class'), poll).toContain('cited');
    expect(await page.locator('#panel-law .provision .punktum.cited').count()).toBe(1);
    // A source without stored text: its title and link, and that its text is not stored.
    await clickText(page, 'r35)');
    await expect.poll(() => page.locator('#panel-law .provision').getAttribute('data-source'), poll).toBe('r35');
    expect(await page.locator('#panel-law .provision').textContent()).toContain('er ikke lagret i reglene');
    await screenshot(page, 'lovtekst-3-klikk-på-kilde');
    await page.setViewportSize({ width: 1024, height: 700 });
    await clickText(page, 'stl18 ledd 1 punktum 1');
    await expect.poll(() => punktum(page, 1, 1).getAttribute('class'), poll).toContain('cited');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'lovtekst-4-1024');
  });

  it('shows a kilde clicked in a rate table’s kilde column', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.click('.tree .file-row[data-path="satser/veiledende-satser.lov"]');
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe('satser/veiledende-satser.lov');
    // The row's kilde cell: the name with the column's padding after it (the declaration has none).
    await clickText(page, 'satser_2024_01_01                  |');
    await expect.poll(() => page.locator('#panel-law .provision').getAttribute('data-source'), poll).toBe('satser_2024_01_01');
    expect(await page.locator('#panel-law .provision h3').textContent()).toMatch(/\S/);
    await screenshot(page, 'lovtekst-5-tabellkilde');
  });

  it('shows a document read word for word (the ministry’s page on § 20 a): checked wording, and the rules and tests linked to it', async () => {
    const page = session.page;
    await page.click(`.tree .file-row[data-path="${PARAGRAF_20A}"]`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(PARAGRAF_20A);
    await clickText(page, 'asd_20a ledd 7 punktum 1');
    await expect.poll(() => page.locator('#panel-law .provision').getAttribute('data-source'), poll).toBe('asd_20a');
    const exception = punktum(page, 7, 1);
    await expect.poll(() => exception.getAttribute('class'), poll).toContain('cited');
    // Read in the page itself: a checked wording, quoted, and the day it was checked.
    expect(await exception.locator('.wording-kontrollert q').textContent()).toBe('Det skal ikke stilles vilkår om aktivitet dersom det er tungtveiende grunner for å ikke gjøre det.');
    expect(await page.locator('#panel-law .provision-meta').first().textContent()).toContain('Ordlyden er kontrollert');
    // Every shipped rule and test links to a punktum (rules/README.md): the skjønn and the tests of it are beside it.
    expect(await exception.getAttribute('class')).toContain('status-dekket');
    expect(await exception.locator('.linker-skjønn').allTextContents()).toContain('skjønn tungtveiende_grunner_mot_vilkår');
    expect(await exception.locator('.linker-test').count()).toBeGreaterThan(0);
    await screenshot(page, 'lovtekst-6-departementets-omtale');
  });
});

/**
 * Plain Norwegian in the panels, in a real browser on a temporary copy of the shipped rules:
 * the rate timeline, «Prøv en sak» and the review name choices by the rules' doc comments
 * («barn 0–5 år», «ektepar eller samboere», not «barn 0 5»), amounts read the Norwegian way, and
 * Monaco's own find widget, context menu, every command of the command palette and the
 * go-to-line input speak bokmål.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openEditor, placeCursor, screenshot, shippedRulesSession } from './harness';

const SATSER = 'satser/veiledende-satser.lov';

const session = shippedRulesSession();

/** Words of Monaco's English command names that are not Norwegian words too. */
const ENGLISH_WORDS = /\b(the|to|of|and|with|from|all|line|lines|selection|selected|go|show|toggle|add|delete|find|cursors?|next|previous|insert|remove|move|transform|open|indent|reset|trigger|select|sort|join|change|convert|create|expand|shrink|format|rename|undo|redo|replace|editor|hover|copy|paste|cut|comment|bracket|match|symbol|level|word)\b/i;

/** Every command the open command palette lists (its list is virtual: only the rows in view are in the page). */
async function paletteEntries(page: Page): Promise<{ id: string; label: string }[]> {
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  const size = Number(await rows.first().getAttribute('aria-setsize'));
  const seen = new Map<number, { id: string; label: string }>();
  // Down a few rows at a time (the palette takes no PageDown), until the last row was seen.
  for (let step = 0; seen.size < size && step <= size; step += 1) {
    const visible = await rows.evaluateAll((elements) =>
      elements.map((row) => ({
        index: Number(row.getAttribute('data-index')),
        id: row.querySelector('[data-quick-input-id]')?.getAttribute('data-quick-input-id') ?? '',
        label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
      })),
    );
    for (const { index, id, label } of visible) seen.set(index, { id, label });
    for (let row = 0; row < 8; row += 1) await page.keyboard.press('ArrowDown');
  }
  expect(seen.size).toBe(size);
  return [...seen.values()];
}

describe('plain Norwegian in every panel', { timeout: 90_000 }, () => {
  it('names the rate timeline’s lanes by the rules’ labels, with amounts the Norwegian way', async () => {
    const page = (session.page = await openEditor(session.harness, `?fil=${encodeURIComponent(SATSER)}`));
    await page.click('.panel-tabs [data-panel="tables"]');
    const table = page.locator('#panel-tables .rate-table[data-table="veiledende_sats"]');
    await table.waitFor();
    const lanes = await table.locator('.lane .lane-key').allTextContents();
    expect(lanes).toEqual(expect.arrayContaining(['barn 0–5 år', 'barn 6–10 år', 'ektepar eller samboere']));
    expect(lanes.join('|')).not.toMatch(/_|barn 0 5/);
    const values = (await table.locator('.period-value').allTextContents()).map((v) => v.replace(/\s/g, ' '));
    expect(values).toContain('7 850');
    expect(values.join('|')).not.toMatch(/\d\.\d\d/);
  });

  it('names the choices in «Prøv en sak» by their labels', async () => {
    const page = session.page;
    await page.click('.panel-tabs [data-panel="case"]');
    await page.locator('#panel-case tr[data-output="stønad"]').waitFor({ timeout: 30_000 });
    const options = await page.locator('#panel-case select[data-pointer="/sivilstand"] option').allTextContents();
    expect(options).toContain('ektepar eller samboere');
    const values = await page.locator('#panel-case tr[data-output] td').allTextContents();
    expect(values.join('|')).not.toMatch(/\d\.\d\d|[{}]/);
    await screenshot(page, 'norsk-1-prov-en-sak');
  });

  it('has Monaco’s find widget, context menu, suggestions and command palette in bokmål', async () => {
    const page = session.page;
    await placeCursor(page, 'tabell veiledende_sats');
    await page.keyboard.press('Control+F');
    const find = page.locator('.find-widget');
    await find.waitFor();
    expect(await find.locator('textarea, input').first().getAttribute('placeholder')).toBe('Søk');
    expect(await find.locator('[aria-label^="Skill mellom store og små bokstaver"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-lines').click({ button: 'right' });
    const menu = page.locator('.monaco-menu, .context-view .monaco-menu-container').first();
    await menu.waitFor();
    const items = (await page.locator('.context-view .action-label').allTextContents()).map((t) => t.trim()).filter(Boolean);
    expect(items).toEqual(expect.arrayContaining(['Gå til definisjonen', 'Klipp ut', 'Kopier', 'Lim inn']));
    await screenshot(page, 'norsk-2-monaco-meny');
    await page.keyboard.press('Escape');
    // The suggestion list and the command palette (F1).
    await placeCursor(page, '| 2024-01-01 | ', 'after');
    await page.evaluate(() => window.__lovkode?.app.editor.getAction('editor.action.triggerSuggest')?.run());
    await page.locator('.suggest-widget.visible [aria-label="Forslag"]').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget');
    await palette.waitFor();
    expect(await palette.locator('[aria-label="Skriv for å snevre inn treffene."]').count()).toBeGreaterThan(0);
    expect(await palette.innerText()).toMatch(/\d+ treff/);
    await screenshot(page, 'norsk-2b-kommandopalett');
    const entries = await paletteEntries(page);
    console.log(`[norsk] ${entries.length} commands in the palette`);
    expect(entries.length).toBeGreaterThan(100);
    // Each command's English text is its alias; the editor's own commands (lovkode.) have none.
    const english = new Map(await page.evaluate(() => window.__lovkode?.app.editor.getSupportedActions().map((a) => [a.id, a.alias] as const) ?? []));
    const untranslated = entries.filter(({ id, label }) => (label === english.get(id) && !id.includes('lovkode.')) || ENGLISH_WORDS.test(label));
    expect(untranslated).toEqual([]);
    await page.keyboard.type('linjen');
    await expect.poll(async () => (await palette.locator('.monaco-list-row .label-name').allTextContents()).join('|')).toMatch(/Kopier linjen ned|Flytt linjen opp|Slett linjen/);
    await page.keyboard.press('Escape');
  });

  it('has Monaco’s go-to-line input in bokmål', async () => {
    const page = session.page;
    await page.evaluate(() => window.__lovkode?.app.editor.focus());
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget');
    await expect.poll(async () => input.innerText()).toMatch(/Skriv linjenummeret du vil gå til \(fra 1 til \d+\)/);
    await page.keyboard.type('12');
    await expect.poll(async () => input.innerText()).toMatch(/Trykk Enter for å gå til linje 12/);
    await page.keyboard.press('Escape');
  });

  it('shows failing tests’ values and trace paths by type: no 7990.00, no JSON', async () => {
    const page = session.page;
    await page.click('.panel-tabs [data-panel="tests"]');
    await placeCursor(page, '7 850', 'select');
    const started = performance.now();
    await page.keyboard.type('7 990');
    await page.locator('#panel-tests .test-summary.fail').waitFor();
    // The value is typed a key at a time: wait for the tests of the whole new value.
    const paths = async () => (await page.locator('#panel-tests .trace-path').allTextContents()).map((t) => t.replace(/\s/g, ' '));
    await expect.poll(async () => (await paths()).some((p) => p.includes('7 990,00 kr')), { timeout: 15_000 }).toBe(true);
    console.log(`[norsk] failing tests with typed trace paths shown ${Math.round(performance.now() - started)} ms after the edit`);
    expect((await paths()).join('|')).not.toMatch(/\d\.\d\d|[{}"]/);
    const failures = (await page.locator('#panel-tests .failure').allTextContents()).join('|');
    expect(failures).not.toMatch(/\d\.\d\d\b|\{"/);
    await screenshot(page, 'norsk-3-feilende-tester');
  });

  it('names a changed rate’s category in the review by its label, not «barn 0 5»', async () => {
    const page = session.page;
    await placeCursor(page, '3 850', 'select');
    await page.keyboard.type('3 900');
    await page.click('#btn-diff');
    const rows = page.locator('.diff-side .review .table-change[data-table="veiledende_sats"] .rate-change');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2);
    const keys = (await rows.locator('.rate-key').allTextContents()).map((t) => t.replace(/\s/g, ' '));
    expect(keys).toEqual(expect.arrayContaining([expect.stringContaining('fra 1. januar 2024 · enslig voksen'), expect.stringContaining('fra 1. januar 2024 · barn 0–5 år')]));
    expect(keys.join('|')).not.toMatch(/_|barn 0 5/);
    await screenshot(page, 'norsk-4-gjennomgang');
  });
});

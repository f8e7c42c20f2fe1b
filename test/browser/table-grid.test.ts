/**
 * A rate table as a grid in a real browser, on a temporary copy of the shipped rules: every
 * column is in view at 1440 px (barn_6_10 and after were cut off in the text), the labels
 * come from the rules' doc comments, a cell edited in the grid writes the right text (the
 * table aligned again by the formatter, one undoable edit), and a new period asks for its
 * first day and source and copies the latest rates.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heldAnswers, holdAnswers, openEditor, poll, releaseAnswer, replaceInFile, screenshot, shippedRulesSession, stopHolding } from './harness';


const SATSER = 'satser/veiledende-satser.lov';

const session = shippedRulesSession();

const text = (p: Page) => p.evaluate((f) => window.__lovkode?.app.docs.get(f)?.model.getValue() ?? '', SATSER);

/** The rows of `veiledende_sats` as written. */
async function tableLines(p: Page): Promise<string[]> {
  const lines = (await text(p)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('tabell veiledende_sats'));
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  |')) break;
    rows.push(line);
  }
  return rows;
}

const cellSelector = (from: string, column: string) => `.rate-grid tr:has(th input[value="${from}"]) td:nth-child(${column}) input`;
const cell = (p: Page, from: string, column: string) => p.locator(cellSelector(from, column));

/** Types over `from` in the text of the rate file, as a keystroke in the text would (a change of the model). */
const typeInText = (p: Page, from: string, to: string) => replaceInFile(p, SATSER, from, to);

describe('a rate table as a grid', { timeout: 90_000 }, () => {
  it('shows every column at 1440 px, with sticky header and date column and the rules’ labels', async () => {
    const page = (session.page = await openEditor(session.harness, `?fil=${encodeURIComponent(SATSER)}`));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.click('.panel-tabs [data-panel="tables"]');
    const started = performance.now();
    await page.click('.rate-table[data-table="veiledende_sats"] .open-grid');
    await page.locator('.rate-grid').waitFor();
    console.log(`[rutenett] grid of veiledende_sats shown in ${Math.round(performance.now() - started)} ms`);
    const headers = await page.locator('.rate-grid thead th').allTextContents();
    expect(headers[0]).toBe('fra');
    expect(headers).toContain('barn 6–10 år');
    const scroller = await page.locator('.grid-scroll').boundingBox();
    console.log(`[rutenett] grid ${Math.round((await page.locator('.rate-grid').boundingBox())?.width ?? 0)} px wide in ${Math.round(scroller?.width ?? 0)} px`);
    for (const name of ['barn_6_10', 'barn_11_17', 'kilde']) {
      const box = await page.locator(`.rate-grid thead th[title="${name}"]`).boundingBox();
      expect(box && scroller && box.x + box.width <= scroller.x + scroller.width + 1, name).toBe(true);
    }
    expect(await page.locator('.rate-grid thead th').first().evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    expect(await page.locator('.rate-grid tbody th').first().evaluate((e) => getComputedStyle(e).position)).toBe('sticky');
    // The timeline stays beside the grid.
    expect(await page.locator('#panel-tables .rate-table[data-table="veiledende_sats"] .timeline').isVisible()).toBe(true);
    await screenshot(page, 'rutenett-1-1440');
  });

  it('writes an edited cell into the text, aligned by the formatter, as one undoable edit', async () => {
    const page = session.page;
    const before = await text(page);
    const started = performance.now();
    await cell(page, '2024-01-01', '2').fill('7 990');
    await cell(page, '2024-01-01', '2').press('Enter');
    await expect.poll(async () => (await tableLines(page)).find((l) => l.includes('2024-01-01')), poll).toBe('  | 2024-01-01 |  7 990 |           13 100 |                 6 600 |    3 850 |     3 950 |      5 150 | satser_2024_01_01                  |');
    console.log(`[rutenett] cell edit written to the text in ${Math.round(performance.now() - started)} ms`);
    // Only that line changed.
    const changed = (await text(page)).split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toHaveLength(1);
    // The focus moved down a row (Enter), and up again with the arrow key; the grid shows the new value.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('tr')?.querySelector('th input')?.getAttribute('value')), poll).toBe('2025-01-01');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value), poll).toBe('7 990');
    // A wider value re-aligns the whole column.
    await cell(page, '2023-07-01', '2').fill('17 550');
    await cell(page, '2023-07-01', '2').press('Enter');
    await expect.poll(async () => (await tableLines(page)).find((l) => l.includes('2023-07-01')), poll).toContain('| 17 550 |');
    const widths = new Set((await tableLines(page)).filter((l) => !l.includes('ukjent')).map((l) => l.length));
    expect(widths.size).toBe(1);
    // Each grid edit is one step of Ctrl+Z.
    await page.evaluate(async () => {
      const model = window.__lovkode?.app.docs.get('satser/veiledende-satser.lov')?.model;
      await model?.undo();
      await model?.undo();
    });
    await expect.poll(() => text(page), poll).toBe(before);
    await screenshot(page, 'rutenett-2-redigert');
  });

  it('keeps the selection and the typed text of the cell being typed in when the grid is read again under it', async () => {
    const page = session.page;
    const before = await text(page);
    // A cell selected whole, as Tab or a fill selects it, and the grid read again (another rate typed in the text) before a key is pressed.
    // Each cell is found, prepared and marked in one step, so that a render still on its way cannot come in between.
    const prepare = (from: string, column: string) =>
      page.evaluate((selector) => {
        const e = document.querySelector<HTMLInputElement>(selector);
        if (!e) throw new Error(`finner ikke ${selector}`);
        e.focus();
        e.select();
        e.dataset['prepared'] = '';
      }, cellSelector(from, column));
    const replaced = () => page.locator('.grid-cell[data-prepared]').count();
    await prepare('2023-07-01', '2');
    await typeInText(page, '13 100', '13 200');
    await expect.poll(replaced, poll).toBe(0);
    // What is typed replaces the value, as it would have without the render.
    await page.keyboard.insertText('17 550');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await tableLines(page)).find((l) => l.includes('2023-07-01')), poll).toContain('| 17 550 |');
    // Typed but not written, the caret in the middle: the new cell has the text and the caret where it was,
    // and the cell removed did not write it (Chromium fires `change` on a focused input as it removes it).
    await page.evaluate(() => {
      const client = window.__lovkode?.app.client;
      if (!client) throw new Error('editoren er ikke startet');
      const call = client.call.bind(client);
      const counted = { edits: 0, stop: () => Object.assign(client, { call }) };
      Object.assign(window, { __cellEdits: counted });
      client.call = ((name: string, ...args: unknown[]) => {
        if (name === 'editTableCell') counted.edits++;
        return (call as (m: string, ...a: unknown[]) => Promise<unknown>)(name, ...args);
      }) as typeof client.call;
    });
    await prepare('2024-01-01', '4');
    await page.keyboard.insertText('6 700');
    await page.evaluate(() => (document.activeElement as HTMLInputElement).setSelectionRange(2, 2));
    await typeInText(page, '13 200', '13 300');
    await expect.poll(replaced, poll).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __cellEdits: { edits: number; stop(): void } }).__cellEdits.edits)).toBe(0);
    await page.evaluate(() => (window as unknown as { __cellEdits: { stop(): void } }).__cellEdits.stop());
    expect(
      await page.evaluate(() => {
        const e = document.activeElement as HTMLInputElement;
        return [e.closest('tr')?.querySelector('th input')?.getAttribute('value'), e.value, e.selectionStart, e.selectionEnd];
      }),
    ).toEqual(['2024-01-01', '6 700', 2, 2]);
    await page.keyboard.press('Escape');
    await page.evaluate(({ file, text }) => window.__lovkode?.app.docs.get(file)?.model.setValue(text), { file: SATSER, text: before });
    await expect.poll(() => cell(page, '2024-01-01', '3').inputValue(), poll).toBe('13 100');
  });

  it('writes a cell edit only into the text it was computed from: computed again after a change on the way, else dropped with a notice', async () => {
    const page = session.page;
    const before = await text(page);
    await holdAnswers(page, 'editTableCell');
    // The grid shows the text as it is (the undo above read back), so no render replaces a cell while it is typed in.
    await expect.poll(() => cell(page, '2024-01-01', '2').inputValue(), poll).toBe('7 850');
    // The text changes (the 2024 couple rate typed in the text) while the cell edit is on its way.
    await cell(page, '2024-01-01', '2').fill('7 990');
    await cell(page, '2024-01-01', '2').press('Enter');
    await expect.poll(() => heldAnswers(page), poll).toBe(1);
    await typeInText(page, '13 100', '13 200');
    await releaseAnswer(page);
    // Computed again from the newer text: both changes are there.
    await releaseAnswer(page);
    await expect.poll(async () => (await tableLines(page)).find((l) => l.includes('2024-01-01')), poll).toBe('  | 2024-01-01 |  7 990 |           13 200 |                 6 600 |    3 850 |     3 950 |      5 150 | satser_2024_01_01                  |');
    // A text that keeps changing under the edit: the edit is dropped, with a notice, and nothing typed is lost.
    await expect.poll(() => cell(page, '2024-01-01', '3').inputValue(), poll).toBe('13 200');
    await cell(page, '2024-01-01', '5').fill('3 900');
    await cell(page, '2024-01-01', '5').press('Enter');
    for (const [from, to] of [['6 600', '6 610'], ['6 610', '6 620'], ['6 620', '6 630']] as const) {
      await expect.poll(() => heldAnswers(page), poll).toBe(1);
      await typeInText(page, from, to);
      await releaseAnswer(page);
    }
    await page.locator('.notice').filter({ hasText: 'Endringen i rutenettet ble ikke skrevet' }).waitFor({ timeout: poll.timeout });
    const row = (await tableLines(page)).find((l) => l.includes('2024-01-01'));
    expect(row).toContain('6 630');
    expect(row).toContain('3 850');
    expect(row).not.toContain('3 900');
    await screenshot(page, 'rutenett-2b-endret-underveis');
    // Back to the text the test began with (the grid reads it again), the answers no longer held.
    await stopHolding(page);
    await page.evaluate(({ file, text }) => window.__lovkode?.app.docs.get(file)?.model.setValue(text), { file: SATSER, text: before });
    await expect.poll(() => page.locator('.rate-grid tr:has(th input[value="2024-01-01"]) td:nth-child(3) input').inputValue(), poll).toBe('13 100');
  });

  it('adds a new period after asking for its first day and source', async () => {
    const page = session.page;
    await page.locator('.rate-grid').waitFor();
    await page.click('.grid-new-period');
    const dialog = page.locator('dialog.grid-period');
    await dialog.waitFor();
    await dialog.locator('input[type="date"]').fill('2026-01-01');
    await dialog.locator('input[aria-label="Kilde"]').fill('finnes_ikke');
    await dialog.locator('button[value="ok"]').click();
    expect(await dialog.locator('.grid-error').textContent()).toContain('«finnes_ikke» er ikke en kilde');
    await dialog.locator('input[aria-label="Kilde"]').fill('satser_2024_01_01');
    await screenshot(page, 'rutenett-3-ny-periode');
    // The new row copies the rates of the latest dated period as the text has them now (the
    // previous test's edits are undone, but this test does not lean on its timing).
    const latest = (await tableLines(page)).filter((l) => !l.includes('ukjent')).at(-1) as string;
    const copied = latest.replace(/^ {2}\| \d{4}-\d{2}-\d{2} \|/, '  | 2026-01-01 |').replace(/\| [^|]+\|$/, '| satser_2024_01_01                  |');
    await dialog.locator('button[value="ok"]').click();
    await expect.poll(async () => (await tableLines(page)).at(-1), poll).toBe(copied);
    expect(copied).toMatch(/^ {2}\| 2026-01-01 \| +\d[\d ]* \|/);
    await page.locator('.rate-grid tr:has(th input[value="2026-01-01"])').waitFor();
    await page.setViewportSize({ width: 1024, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'rutenett-4-1024');
    await page.click('.grid-close');
    expect(await page.locator('#editor').isVisible()).toBe(true);
  });
});

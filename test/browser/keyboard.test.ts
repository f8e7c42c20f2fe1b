/**
 * The editor by keyboard alone, in a real browser (the examples of docs/examples/ as the rule
 * set): the first Tab stop is a skip link to the rule text; inside the editor a visible
 * hint says how Ctrl+M lets Tab move the focus out; the file tabs, the tool tabs and the
 * file tree move with the arrow keys (one Tab stop each, ARIA roles).
 */
import path from 'node:path';
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openEditor, poll, repoRoot, rulesFixture, screenshot, startHarness } from './harness';


const BASE = 'sosialtjenesteloven/livsopphold.lov';
const VARIANT = 'kommuner/eksempel.lov';
const fixtures = path.join(repoRoot, 'test/browser/fixtures');

let harness: Harness;
let rulesDir: string;
let page: Page;

beforeAll(async () => {
  rulesDir = rulesFixture({ [BASE]: path.join(fixtures, BASE), [VARIANT]: path.join(fixtures, VARIANT) });
  harness = await startHarness(rulesDir);
}, 180_000);

afterAll(async () => {
  await page?.context().close().catch(() => undefined);
  await harness?.close();
  if (rulesDir) rmSync(rulesDir, { recursive: true, force: true });
});

/** What has the focus: an element's id, class, role and text, in short. */
function focused(p: Page): Promise<{ id: string; role: string | null; key: string | undefined; text: string; inEditor: boolean }> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      role: el?.getAttribute('role') ?? null,
      key: el?.dataset['key'] ?? el?.dataset['path'] ?? el?.dataset['panel'],
      text: (el?.textContent ?? '').trim().slice(0, 60),
      inEditor: window.__lovkode?.app.editor.hasTextFocus() ?? false,
    };
  });
}

describe('the editor by keyboard', { timeout: 60_000 }, () => {
  it('has a skip link to the rule text as the first Tab stop', async () => {
    page = await openEditor(harness);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ id: 'skip-link', text: 'Hopp til regelteksten' });
    expect(await page.locator('#skip-link').isVisible()).toBe(true);
    await screenshot(page, 'tastatur-1-hopp-til-regelteksten');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).inEditor, poll).toBe(true);
  });

  it('shows inside the editor how Ctrl+M lets Tab move the focus out, and Tab then does', async () => {
    const hint = page.locator('#tab-hint');
    await hint.waitFor({ state: 'visible' });
    expect(await hint.textContent()).toBe('Tab rykker inn · Ctrl+M: Tab flytter fokus ut av editoren');
    const box = await hint.boundingBox();
    const editor = await page.locator('#editor').boundingBox();
    expect(box && editor && box.x >= editor.x && box.y + box.height <= editor.y + editor.height).toBe(true);
    await screenshot(page, 'tastatur-2-ctrl-m');
    await page.keyboard.press('Control+m');
    await expect.poll(() => hint.textContent(), poll).toBe('Tab flytter fokus ut av editoren · Ctrl+M: Tab rykker inn igjen');
    const before = await page.evaluate(() => window.__lovkode?.app.editor.getValue());
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(page)).inEditor, poll).toBe(false);
    expect(await page.evaluate(() => window.__lovkode?.app.editor.getValue())).toBe(before);
    expect(await hint.isHidden()).toBe(true);
    // Back to Tab indenting, for the rest.
    await page.evaluate(() => window.__lovkode?.app.editor.focus());
    await page.keyboard.press('Control+m');
    await expect.poll(() => hint.textContent(), poll).toBe('Tab rykker inn · Ctrl+M: Tab flytter fokus ut av editoren');
  });

  it('moves between the open files with the arrow keys (a tab list with one Tab stop)', async () => {
    await page.click(`.tree .file-row[data-path="${VARIANT}"]`);
    await page.click(`.tree .file-row[data-path="${BASE}"]`);
    const tabs = page.locator('#tabs [role="tab"]');
    expect(await page.locator('#tabs').getAttribute('role')).toBe('tablist');
    expect(await tabs.count()).toBe(2);
    // The tabs in the order opened: the § 18 module, then the variant; one Tab stop, on the file shown.
    expect(await tabs.evaluateAll((els) => els.map((e) => [e.getAttribute('data-path'), e.getAttribute('tabindex')]))).toEqual([[BASE, '0'], [VARIANT, '-1']]);
    await page.locator(`#tabs [role="tab"][data-path="${BASE}"]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(VARIANT);
    expect(await focused(page)).toMatchObject({ role: 'tab', key: VARIANT });
    expect(await page.locator(`#tabs [role="tab"][data-path="${VARIANT}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(BASE);
    expect(await focused(page)).toMatchObject({ role: 'tab', key: BASE });
  });

  it('moves between the tool tabs with the arrow keys', async () => {
    await page.locator('#panel-tabs [data-panel="tests"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ role: 'tab', key: 'case' });
    await expect.poll(() => page.locator('#panel-case').isVisible(), poll).toBe(true);
    await page.keyboard.press('Home');
    expect(await focused(page)).toMatchObject({ role: 'tab', key: 'tests' });
    await expect.poll(() => page.locator('#panel-tests').isVisible(), poll).toBe(true);
  });

  it('walks the file tree with the arrow keys: down, into and out of folders, Enter opens', async () => {
    const item = (key: string) => page.locator(`#tree [role="treeitem"][data-key="${key}"]`);
    expect(await page.locator('#tree [role="treeitem"][tabindex="0"]').count()).toBe(1);
    await item(BASE).focus();
    await page.keyboard.press('Home');
    expect(await focused(page)).toMatchObject({ role: 'treeitem', key: 'kommuner/' });
    expect(await item('kommuner/').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ role: 'treeitem', key: VARIANT });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(VARIANT);
    expect(await focused(page)).toMatchObject({ role: 'treeitem', key: VARIANT });
    // Left: to the folder; Left again closes it, Right opens it, Right again goes into it.
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toMatchObject({ key: 'kommuner/' });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => item('kommuner/').getAttribute('aria-expanded'), poll).toBe('false');
    expect(await focused(page)).toMatchObject({ key: 'kommuner/' });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ key: 'sosialtjenesteloven/' });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => item('kommuner/').getAttribute('aria-expanded'), poll).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ key: VARIANT });
    await screenshot(page, 'tastatur-3-filtre');
  });
});

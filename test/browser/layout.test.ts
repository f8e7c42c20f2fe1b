/**
 * The layout at smaller windows, in a real browser on a temporary copy of the shipped rules:
 * at 1440×900, 1024×700 and 800×600 nothing sticks out sideways (no element past the window
 * or past a parent that does not scroll), «Prøv en sak» with its selects fits its column,
 * and every tool tab and the top bar's buttons («Endringer» too) stay in view. The file list
 * and the tools can be hidden and resized (by dragging and by the arrow keys), and a wide
 * enough «Prøv en sak» shows the form and the result side by side.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRules, repoRoot, screenshot, startHarness, type Harness } from './harness';

let harness: Harness;
let rulesDir: string;

beforeAll(async () => {
  rulesDir = copyRules(path.join(repoRoot, 'rules'));
  harness = await startHarness(rulesDir);
}, 180_000);

afterAll(async () => {
  await harness?.close();
  if (rulesDir) rmSync(rulesDir, { recursive: true, force: true });
});

/** Elements (outside Monaco, which scrolls its own content) that stick out of the window or of a parent that does not scroll. */
function overflowing(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.monaco-editor, .monaco-diff-editor, dialog, .notices')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const parent = el.parentElement;
      const parentBox = parent?.getBoundingClientRect();
      const clips = parent ? getComputedStyle(parent).overflowX !== 'visible' : false;
      const outOfParent = parentBox !== undefined && !clips && box.right > parentBox.right + 1;
      if (box.right > width + 1 || outOfParent) found.push(`${el.tagName.toLowerCase()}.${el.className || '-'} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
    }
    return found;
  });
}

/** True when the element lies wholly inside the window. */
async function inView(p: Page, selector: string): Promise<boolean> {
  const box = await p.locator(selector).first().boundingBox();
  const size = p.viewportSize();
  return box !== null && size !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 1 && box.y + box.height <= size.height + 1;
}

describe('the layout at smaller windows', { timeout: 90_000 }, () => {
  for (const [width, height] of [[1440, 900], [1024, 700], [800, 600]] as const) {
    it(`has nothing sticking out sideways at ${width}×${height}, and every tab and button in view`, async () => {
      const context = await harness.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
      try {
        const p = await context.newPage();
        p.on('pageerror', (error) => console.error('[browser]', error.message));
        await p.goto(harness.url);
        await p.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
        expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        for (const selector of ['#btn-files', '#btn-tools', '#btn-save', '#btn-save-all', '#btn-format', '#btn-diff', ...['tests', 'case', 'tables', 'law', 'problems'].map((n) => `.panel-tabs [data-panel="${n}"]`)]) {
          expect(await inView(p, selector), selector).toBe(true);
        }
        expect(await overflowing(p)).toEqual([]);
        await screenshot(p, `oppsett-${width}-tester`);
        // «Prøv en sak», with the shipped rules' long module names in its selects.
        await p.click('.panel-tabs [data-panel="case"]');
        await p.locator('#panel-case tr[data-output="stønad"]').waitFor({ timeout: 30_000 });
        const panel = await p.locator('#panel-case').boundingBox();
        for (const selector of ['#panel-case select[aria-label="Beregn gjennom modul"]', '#panel-case select[aria-label="Fyll ut fra en test"]']) {
          const box = await p.locator(selector).boundingBox();
          expect(box && panel && box.x >= panel.x && box.x + box.width <= panel.x + panel.width + 1, selector).toBe(true);
        }
        expect(await overflowing(p)).toEqual([]);
        await screenshot(p, `oppsett-${width}-prov-en-sak`);
        // «Endringer» opens at every size.
        await p.click('#btn-diff');
        await p.locator('.diff-side .change-set').waitFor();
        await screenshot(p, `oppsett-${width}-endringer`);
      } finally {
        await context.close();
      }
    });
  }

  it('hides and shows the file list and the tools, and resizes them by dragging or with the arrow keys', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    try {
      const p = await context.newPage();
      p.on('pageerror', (error) => console.error('[browser]', error.message));
      await p.goto(harness.url);
      await p.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      const width = async (selector: string) => (await p.locator(selector).boundingBox())?.width ?? 0;
      const editorBefore = await width('#editor');
      // Hidden and shown again.
      await p.click('#btn-files');
      expect(await p.locator('#btn-files').getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => p.locator('#sidebar').isHidden()).toBe(true);
      await expect.poll(() => width('#editor')).toBeGreaterThan(editorBefore + 150);
      await p.click('#btn-tools');
      await expect.poll(() => p.locator('#panel').isHidden()).toBe(true);
      await screenshot(p, 'oppsett-1024-skjult');
      expect(await overflowing(p)).toEqual([]);
      await p.click('#btn-files');
      await p.click('#btn-tools');
      await expect.poll(() => width('#editor')).toBe(editorBefore);
      // The file list is made wider with the arrow keys on its separator.
      const sidebar = await width('#sidebar');
      await p.locator('#separator-side').focus();
      await p.keyboard.press('ArrowRight');
      await p.keyboard.press('ArrowRight');
      await expect.poll(() => width('#sidebar')).toBe(sidebar + 32);
      expect(Number(await p.locator('#separator-side').getAttribute('aria-valuenow'))).toBe(sidebar + 32);
      // With the file list hidden, the tools are dragged wider (the editor keeps 280 px): «Prøv en sak» puts the form and the result side by side.
      await p.click('#btn-files');
      await p.click('.panel-tabs [data-panel="case"]');
      await p.locator('#panel-case tr[data-output="stønad"]').waitFor({ timeout: 30_000 });
      const form = async () => (await p.locator('#panel-case .case-form').boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
      const result = async () => (await p.locator('#panel-case .case-result').boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
      expect((await result()).y).toBeGreaterThan((await form()).y + (await form()).height - 1);
      const handle = (await p.locator('#separator-panel').boundingBox()) as { x: number; y: number; width: number; height: number };
      await p.mouse.move(handle.x + handle.width / 2, handle.y + 200);
      await p.mouse.down();
      await p.mouse.move(handle.x - 300, handle.y + 200, { steps: 5 });
      await p.mouse.up();
      await expect.poll(() => width('#panel')).toBeGreaterThan(690);
      expect(await width('#editor')).toBeGreaterThanOrEqual(279);
      await expect.poll(async () => (await result()).x).toBeGreaterThan((await form()).x + (await form()).width);
      expect(Math.abs((await result()).y - (await form()).y)).toBeLessThan(40);
      expect(await overflowing(p)).toEqual([]);
      await screenshot(p, 'oppsett-1024-side-om-side');
    } finally {
      await context.close();
    }
  });
});

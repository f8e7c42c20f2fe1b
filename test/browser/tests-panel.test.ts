/**
 * The tests panel in a real browser, on a temporary copy of the shipped rules: after a
 * deliberate rate change, failing groups come first and open; «Godta nye verdier» shows
 * each expected value old → new and writes the chosen ones into the `forvent` lines as one
 * undoable step per file, only while the texts are those the tests ran on; groups that turn
 * green fold again; an error in the rules gives one banner instead of a box per group.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openEditor, placeCursor, poll, replaceInFile, screenshot, shippedRulesSession } from './harness';


const SATSER = 'satser/veiledende-satser.lov';

const session = shippedRulesSession();

/** Are the test results shown those of the rate file's text as it is now? */
function testedVersion(p: Page): Promise<boolean> {
  return p.evaluate((f) => {
    const app = window.__lovkode?.app;
    return app?.tests?.versions[f] === app?.docs.get(f)?.model.getVersionId();
  }, SATSER);
}

/**
 * Holds the worker's test reports on their way (`releaseTestReports` lets them arrive): the
 * panel keeps showing the results of an older text while the test changes it.
 */
function holdTestReports(p: Page): Promise<void> {
  return p.evaluate(() => {
    const app = window.__lovkode?.app as unknown as { onTests: (report: unknown) => void };
    const held: unknown[] = [];
    Object.assign(window, { __heldReports: held, __onTests: app.onTests.bind(app) });
    app.onTests = (report) => void held.push(report);
  });
}

async function releaseTestReports(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = window as unknown as { __heldReports: unknown[]; __onTests: (report: unknown) => void };
    delete (window.__lovkode?.app as unknown as { onTests?: unknown }).onTests; // the App's own again
    for (const report of w.__heldReports.splice(0)) w.__onTests(report);
  });
}

const heldReports = (p: Page) => p.evaluate(() => (window as unknown as { __heldReports: unknown[] }).__heldReports.length);

/** Each group's colour in the order shown: `fail` or `ok`. */
function groupColours(p: Page): Promise<string[]> {
  return p.locator('#panel-tests .test-group .group-count').evaluateAll((els) => els.map((e) => (e.classList.contains('fail') ? 'fail' : 'ok')));
}

function textOf(p: Page, file: string): Promise<string> {
  return p.evaluate((f) => window.__lovkode?.app.docs.get(f)?.model.getValue() ?? '', file);
}

describe('the tests panel', { timeout: 90_000 }, () => {
  let failing: Array<{ name: string; path: string }> = [];
  let before: Map<string, string>;

  it('puts the groups with failing tests first after a rate change, and opens them', async () => {
    const page = (session.page = await openEditor(session.harness));
    await page.click(`.tree .file-row[data-path="${SATSER}"]`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(SATSER);
    await page.locator('#panel-tests .test-summary.ok').waitFor();
    await placeCursor(page, '7 850', 'select');
    await page.keyboard.type('7 990');
    await page.locator('#panel-tests .test-summary.fail').waitFor();
    // The results of the whole new value (typed a key at a time, «7 9» and «7 99» were tested too).
    await expect.poll(() => testedVersion(page), poll).toBe(true);
    await expect.poll(() => page.evaluate(() => window.__lovkode?.app.tests?.groups.flatMap((g) => g.results).filter((t) => !t.passed).length ?? 0), poll).toBeGreaterThan(1);
    failing = await page.evaluate(() => window.__lovkode?.app.tests?.groups.flatMap((g) => g.results).filter((t) => !t.passed).map((t) => ({ name: t.name, path: t.path })) ?? []);
    const colours = await groupColours(page);
    expect(colours).toContain('fail');
    expect(colours).toContain('ok');
    // Every red group before every green one.
    expect(colours.indexOf('ok')).toBeGreaterThan(colours.lastIndexOf('fail'));
    for (const group of await page.locator('#panel-tests .test-group').all()) {
      if ((await group.locator('.group-count.fail').count()) > 0) expect(await group.getAttribute('open')).not.toBeNull();
    }
    await screenshot(page, 'tester-1-satsendring');
  });

  it('offers «Godta nye verdier» with each value old → new, and writes the chosen ones as one undoable step per file', async () => {
    const page = session.page;
    const files = [...new Set(failing.map((t) => t.path))];
    before = new Map(await Promise.all(files.map(async (f) => [f, await textOf(page, f)] as const)));
    await page.locator('#panel-tests .accept-button').click();
    const dialog = page.locator('dialog.accept-values');
    await dialog.waitFor();
    expect(await dialog.locator('.accept-list > li').count()).toBe(failing.length);
    const first = (await dialog.locator('.accept-value').first().textContent())?.replace(/\s/g, ' ');
    expect(first).toMatch(/^[\wæøå_]+: \d{1,3}( \d{3})*,\d\d kr → \d{1,3}( \d{3})*,\d\d kr$/);
    // The enslig rate went up by 140 kr: some household's amount goes up by exactly that.
    const values = (await dialog.locator('.accept-value').allTextContents()).map((t) => t.replace(/\s/g, ' '));
    const amount = (t: string) => Number(t.replace(/ /g, '').replace(',', '.').replace('kr', ''));
    expect(values.some((v) => {
      const [, from, to] = /: (.+) → (.+)$/.exec(v) ?? [];
      return from !== undefined && to !== undefined && Math.abs(amount(to) - amount(from) - 140) < 0.001;
    })).toBe(true);
    await screenshot(page, 'tester-2-godta-nye-verdier');
    // «Velg ingen» and «Velg alle» choose every test at once.
    await dialog.getByRole('button', { name: 'Velg ingen' }).click();
    expect(await dialog.locator('button.primary').isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Velg alle' }).click();
    expect(await dialog.locator('button.primary').textContent()).toBe(`Godta ${failing.length} tester`);
    // Leave one test out.
    const left = failing[failing.length - 1] as { name: string; path: string };
    await dialog.locator(`.accept-list > li[data-test="${left.name}"] input[type="checkbox"]`).uncheck();
    expect(await dialog.locator('button.primary').textContent()).toBe(`Godta ${failing.length - 1} tester`);
    const started = performance.now();
    await dialog.locator('button.primary').click();
    await page.locator('.notice').filter({ hasText: 'Ctrl+Z angrer' }).waitFor();
    // Only the test left out still fails.
    await expect
      .poll(() => page.evaluate(() => window.__lovkode?.app.tests?.groups.flatMap((g) => g.results).filter((t) => !t.passed).map((t) => t.name) ?? []), { timeout: 15_000 })
      .toEqual([left.name]);
    // Measured, not asserted: click → the tests run again on the new values.
    console.log(`[måling] «Godta nye verdier» for ${failing.length - 1} tester → testene kjørt på nytt: ${Math.round(performance.now() - started)} ms`);
    for (const file of files) expect(await textOf(page, file)).not.toBe(before.get(file));
    await screenshot(page, 'tester-3-godtatt');

    // Ctrl+Z in a file undoes all of its accepted values at once.
    const file = failing[0]?.path as string;
    await page.click(`.tree .file-row[data-path="${file}"]`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(file);
    await page.evaluate(() => window.__lovkode?.app.editor.focus());
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, file), poll).toBe(before.get(file));
  });

  it('accepts values only into the texts the tests ran on: a rate changed since refuses them, and the newer text stays', async () => {
    const page = session.page;
    // The file undone above fails again; its tests are of the rate file as it is.
    await expect.poll(() => testedVersion(page), poll).toBe(true);
    await page.locator('#panel-tests .accept-button').waitFor();
    const file = failing[0]?.path as string;
    const testText = await textOf(page, file);
    await holdTestReports(page);
    // The rate changes again; the tests of the new rate are held on their way.
    await replaceInFile(page, SATSER, '7 990', '7 995');
    await expect.poll(() => heldReports(page), poll).toBeGreaterThan(0);
    await page.locator('#panel-tests .accept-button').click();
    await page.locator('dialog.accept-values button.primary').click();
    await page.locator('.notice').filter({ hasText: 'Testene er endret siden de ble kjørt' }).waitFor({ timeout: poll.timeout });
    expect(await textOf(page, file)).toBe(testText);
    expect(await textOf(page, SATSER)).toContain('7 995');
    await screenshot(page, 'tester-3b-endret-underveis');
    // The tests of the new rate arrive: their values are accepted.
    await releaseTestReports(page);
    await expect.poll(() => testedVersion(page), poll).toBe(true);
    await page.locator('#panel-tests .accept-button').click();
    await page.locator('dialog.accept-values button.primary').click();
    await page.locator('.notice').filter({ hasText: 'Ctrl+Z angrer' }).last().waitFor();
    await expect.poll(() => textOf(page, file), poll).not.toBe(testText);
    await expect.poll(() => page.evaluate(() => window.__lovkode?.app.tests?.groups.flatMap((g) => g.results).some((t) => !t.passed) ?? true), poll).toBe(false);
    // Back to the text the tests began with.
    await page.evaluate(() => window.__lovkode?.app.editor.focus());
    await page.keyboard.press('Control+z');
    await expect.poll(() => textOf(page, file), poll).toBe(testText);
    await replaceInFile(page, SATSER, '7 995', '7 990');
  });

  it('folds a group again once it turns green', async () => {
    const page = session.page;
    await page.click(`.tree .file-row[data-path="${SATSER}"]`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(SATSER);
    // Back to the old rate: every test passes again, and the groups that were red and open fold.
    await placeCursor(page, '7 990', 'select');
    await page.keyboard.type('7 850');
    for (const file of new Set(failing.map((t) => t.path))) {
      await page.evaluate(({ f, text }) => {
        const model = window.__lovkode?.app.docs.get(f)?.model;
        if (model && model.getValue() !== text) model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      }, { f: file, text: before.get(file) as string });
    }
    await page.locator('#panel-tests .test-summary.ok').waitFor({ timeout: 15_000 });
    // (The open module's own group stays open.)
    const own = await page.evaluate(() => window.__lovkode?.app.tests?.module);
    const open = await page.locator('#panel-tests .test-group[open]').evaluateAll((els) => els.map((e) => e.getAttribute('data-module')));
    expect(open.filter((m) => m !== own)).toEqual([]);
    await screenshot(page, 'tester-4-gronne-grupper');
  });

  it('shows one banner, not a box per group, when an error blocks the tests', async () => {
    const page = session.page;
    await placeCursor(page, '7 850', 'select');
    await page.keyboard.type('7 850 +');
    const banner = page.locator('#panel-tests .tests-blocked');
    // Polled, not read once: typed a key at a time, the text passes through other errors and
    // valid states (`7 8`, `7 850`), whose panels come and go before the last one.
    await expect.poll(() => page.locator('#panel-tests .callout').count(), poll).toBe(1);
    await expect.poll(() => banner.locator('strong').textContent(), poll).toMatch(/^Testene i \d+ moduler venter på at feilene blir rettet$/);
    await screenshot(page, 'tester-5-blokkert');
    await page.evaluate(() => window.__lovkode?.app.editor.setPosition({ lineNumber: 1, column: 1 }));
    await banner.getByRole('button', { name: 'Gå til den første feilen' }).click();
    // To the first error in the file being edited.
    const error = await page.evaluate((f) => window.__lovkode?.app.diagnosticsOf(f).find((d) => d.severity === 'error')?.line, SATSER);
    expect(await page.locator('.tab.active').getAttribute('data-path')).toBe(SATSER);
    await expect.poll(() => page.evaluate(() => window.__lovkode?.app.editor.getPosition()?.lineNumber), poll).toBe(error);
  });
});

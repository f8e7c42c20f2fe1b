/**
 * The editor in a real browser (Debian's Chromium via playwright-core), against a temporary
 * copy of test/browser/fixtures/ (the examples of docs/examples/) as the rule set: editor
 * services from the worker, errors as squiggles with their message, live tests turning red
 * with expected and actual values, traces, a case, the rate timeline and the diff, unsaved
 * work surviving a reload, and a save conflict; then the shipped rules (rules/): load and
 * keystroke times, and the review of a rate change in the diff view. Screenshots of each
 * state go to test-artifacts/browser/, timings to test-artifacts/browser/metrics.json.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, copyRules, draftWritten, editorText, marks, openBlankPage, openEditor, openTab, placeCursor, poll, reloadEditor, repoRoot, rulesFixture, screenshot, startHarness, waitForClosedTabs, type Harness } from './harness';

const BASE = 'sosialtjenesteloven/livsopphold.lov';
const fixtures = path.join(repoRoot, 'test/browser/fixtures');
const TEST = 'Enslig uten inntekt, mars 2024';

let harness: Harness;
let rulesDir: string;
let page: Page;
const metrics: Record<string, unknown> = {};

beforeAll(async () => {
  rulesDir = rulesFixture({
    [BASE]: path.join(fixtures, BASE),
    'kommuner/eksempel.lov': path.join(fixtures, 'kommuner/eksempel.lov'),
  });
  harness = await startHarness(rulesDir);
  metrics['buildMs'] = Math.round(harness.buildMs);
}, 180_000);

afterAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
  await page?.context().close().catch(() => undefined);
  await harness?.close();
  if (rulesDir) rmSync(rulesDir, { recursive: true, force: true });
});

async function appMetrics(p: Page) {
  return p.evaluate(() => {
    const m = window.__lovkode?.metrics;
    return m ? JSON.parse(JSON.stringify(m)) as typeof m : undefined;
  });
}

/** Opens the editor on a temporary copy of the shipped rules (rules/). */
async function withShippedRules(run: (p: Page) => Promise<void>): Promise<void> {
  const shipped = copyRules(path.join(repoRoot, 'rules'));
  process.env['LOVKODE_RULES_DIR'] = shipped;
  try {
    const p = await openEditor(harness);
    try {
      await run(p);
    } finally {
      await p.context().close();
    }
  } finally {
    process.env['LOVKODE_RULES_DIR'] = rulesDir;
    rmSync(shipped, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
}

describe('Lovkode editor in the browser', { timeout: 60_000 }, () => {
  it('loads the rule set with the § 18 module open', async () => {
    page = await openEditor(harness);
    await page.waitForSelector(`.test[data-test="${TEST}"].passed`);
    expect(await page.locator('.tree .file-row').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('livsopphold.lov'), expect.stringContaining('eksempel.lov')]));
    expect(await page.locator('.tab.active').getAttribute('data-path')).toBe(BASE);
    expect(await editorText(page)).toContain('modul eksempel.livsopphold');
    // Highlighting comes from the generated tokenizer.
    expect(await page.locator('.view-lines .mtk1, .view-lines span[class^="mtk"]').count()).toBeGreaterThan(10);
    const m = await appMetrics(page);
    metrics['initialLoadMs'] = m?.initialLoadMs && Math.round(m.initialLoadMs);
    metrics['loadMarks'] = await marks(page);
    expect(m?.initialLoadMs).toBeLessThan(15_000);
    await screenshot(page, '01-lastet');
  });

  it('offers completion, go to definition and rename from the worker', async () => {
    await placeCursor(page, 'sats + boutgifter', 'select');
    await page.keyboard.type('sats + bout');
    await page.evaluate(() => window.__lovkode?.app.editor.getAction('editor.action.triggerSuggest')?.run());
    await page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'boutgifter' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page)).toContain('= sats + boutgifter\n');
    await placeCursor(page, 'så veiledende_sats', 'after');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('F12');
    await expect
      .poll(() => page.evaluate(() => {
        const editor = window.__lovkode?.app.editor;
        return editor?.getModel()?.getLineContent(editor.getPosition()?.lineNumber ?? 1);
      }))
      .toContain('tabell veiledende_sats');
    await placeCursor(page, 'regel voksensats', 'after');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor();
    await input.fill('voksen_sats');
    await input.press('Enter');
    await expect.poll(() => editorText(page)).toContain('regel voksen_sats');
    expect(await editorText(page)).toContain('voksen_sats + sum(');
    // The variant in kommuner/ uses it too; undo the rename in both files.
    const otherText = () => page.evaluate(() => window.__lovkode?.app.docs.get('kommuner/eksempel.lov')?.model.getValue() ?? '');
    expect(await otherText()).toContain('voksen_sats');
    await page.locator('.notice .notice-action').filter({ hasText: 'Angre i alle filene' }).click();
    await expect.poll(() => editorText(page)).toContain('regel voksensats');
    expect(await otherText()).not.toContain('voksen_sats');
    await page.waitForSelector(`.test[data-test="${TEST}"].passed`);
  });

  it('shows a typing error as a squiggle with its message, and clears it when fixed', async () => {
    await placeCursor(page, '= sats + boutgifter');
    await page.keyboard.type(' + 5');
    await page.waitForSelector('.squiggly-error');
    const diagnostic = await page.evaluate(() => {
      const app = window.__lovkode?.app;
      return app?.analysis?.diagnostics['sosialtjenesteloven/livsopphold.lov']?.find((d) => d.severity === 'error');
    });
    expect(diagnostic?.code).toMatch(/^LK\d{4}$/);
    // The message on hover at the error.
    await page.evaluate((d) => {
      const editor = window.__lovkode?.app.editor;
      editor?.setPosition({ lineNumber: d.line, column: d.column + 1 });
      editor?.getAction('editor.action.showHover')?.run();
    }, diagnostic as NonNullable<typeof diagnostic>);
    const hover = page.locator('.monaco-hover').filter({ hasText: diagnostic?.message ?? '' });
    await hover.first().waitFor({ state: 'visible' });
    expect(await hover.first().textContent()).toContain(diagnostic?.code ?? '');
    // The tests wait for the fix.
    await page.waitForSelector('#panel-tests .tests-blocked');
    expect(await page.locator('#panel-tests .callout.warning').count()).toBe(1);
    await screenshot(page, '02-feil-i-regelen');
    // And in the problem list.
    await page.keyboard.press('Escape');
    await page.click('.panel-tabs [data-panel="problems"]');
    await page.locator('.problem.error').filter({ hasText: diagnostic?.message ?? '' }).first().waitFor();
    await screenshot(page, '03-problemer');
    await page.click('.panel-tabs [data-panel="tests"]');

    await placeCursor(page, '= sats + boutgifter + 5');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.waitForSelector('.squiggly-error', { state: 'detached' });
    await page.waitForSelector(`.test[data-test="${TEST}"].passed`);
    expect(await page.locator('.test.failed').count()).toBe(0);
    await screenshot(page, '04-rettet');
  });

  it('turns a test red with the right expected and actual values when a rate changes', async () => {
    await placeCursor(page, '7 850', 'select');
    await page.keyboard.type('7 950');
    const failed = page.locator(`.test[data-test="${TEST}"].failed`);
    await failed.waitFor();
    const failure = failed.locator('.failure').filter({ hasText: 'stønad' }).first();
    expect((await failure.locator('.expected').textContent())?.replace(/\s/g, ' ')).toBe('16 550,00 kr');
    // The test may first fail on a half-typed rate (7 9 → 8 707 kr); the result of the whole edit follows.
    await expect.poll(async () => (await failure.locator('.actual').textContent())?.replace(/\s/g, ' ')).toBe('16 650,00 kr');
    // The trace path follows the result.
    await expect.poll(async () => (await failure.locator('.trace-path').count()) > 0 && (await failure.locator('.trace-path').textContent())).toContain('stønad');
    await screenshot(page, '05-test-rod');
  });

  it('opens the trace of a failure; a step jumps to its rule', async () => {
    const failed = page.locator(`.test[data-test="${TEST}"].failed`);
    await failed.locator('.failure').first().click();
    const trace = failed.locator('.test-trace .trace');
    await trace.waitFor();
    await expect.poll(() => trace.locator('.trace-summary').count()).toBeGreaterThan(1);
    // Open the steps down to the rate table lookup.
    for (let depth = 0; depth < 6; depth++) {
      const table = trace.locator('.trace-summary .kind-table');
      if ((await table.count()) > 0) break;
      const closed = trace.locator('details.trace-node:not([open]):not(.leaf) > summary');
      const n = await closed.count();
      for (let i = 0; i < n; i++) await closed.nth(0).click();
    }
    const lookup = trace.locator('.trace-summary').filter({ has: page.locator('.kind-table') }).first();
    expect((await lookup.textContent())?.replace(/\s/g, ' ')).toContain('7 950');
    await lookup.locator('.trace-name').click();
    const line = await page.evaluate(() => window.__lovkode?.app.editor.getPosition()?.lineNumber);
    const lineText = await page.evaluate((n) => window.__lovkode?.app.editor.getModel()?.getLineContent(n ?? 1), line);
    expect(lineText).toContain('7 950');
    await screenshot(page, '06-forklaring-av-feil');
  });

  it('tries a case: results, explanation tree and justification, and makes a test of it', async () => {
    await page.click('.panel-tabs [data-panel="case"]');
    const form = page.locator('#panel-case .input-form');
    await form.waitFor();
    // The form starts from the first test's case; start afresh.
    await page.locator('#panel-case .case-tools .link-button').filter({ hasText: 'Tøm skjemaet' }).click();
    await expect.poll(() => page.locator('#panel-case [data-field="utgifter"] .list-item').count()).toBe(0);
    await page.selectOption('#panel-case select[data-pointer="/sivilstand"]', 'enslig');
    await page.fill('#panel-case input[data-pointer="/beregningsmåned"]', '2024-03');
    await page.locator('#panel-case input[data-pointer="/beregningsmåned"]').dispatchEvent('change');
    await page.locator('#panel-case [data-field="utgifter"] .add-button').click();
    await page.fill('#panel-case input[data-pointer="/utgifter/0/beløp"]', '8 000');
    const stønad = page.locator('#panel-case tr[data-output="stønad"] td');
    await expect.poll(async () => (await stønad.textContent())?.replace(/\s/g, ' ')).toBe('15 950,00 kr');
    await page.locator('#panel-case .case-result .trace').waitFor();
    expect(await page.locator('#panel-case .begrunnelse').textContent()).toMatch(/Stønad/);
    await screenshot(page, '07-prov-en-sak');
    await page.fill('#panel-case .test-name-input', 'Enslig med husleie 8 000 kr');
    await page.click('#panel-case .make-test button');
    await expect.poll(() => editorText(page)).toContain('test "Enslig med husleie 8 000 kr"');
    const text = await editorText(page);
    expect(text).toContain('utgifter = [{ art: husleie, beløp: 8 000 kr }]');
    expect(text).toContain('forvent stønad = 15 950 kr');
    await page.click('.panel-tabs [data-panel="tests"]');
    await page.locator('.test[data-test="Enslig med husleie 8 000 kr"].passed').waitFor();
    await screenshot(page, '08-test-fra-saken');
  });

  it('keeps the field being typed in, and its caret, when the form is made again under it', async () => {
    await page.click('.panel-tabs [data-panel="case"]');
    const rent = '#panel-case input[data-pointer="/utgifter/0/beløp"]';
    // The case of the test before: the rent is 8 000. The caret after its first digit, the field marked.
    await page.evaluate((selector) => {
      const field = document.querySelector<HTMLInputElement>(selector);
      if (!field) throw new Error(`finner ikke ${selector}`);
      field.focus();
      field.setSelectionRange(1, 1);
      field.dataset['before'] = '';
    }, rent);
    // Another field changes without taking the focus (the month emptied: a violation), and the form is made again.
    await page.evaluate(() => {
      const month = document.querySelector<HTMLInputElement>('#panel-case input[data-pointer="/beregningsmåned"]');
      if (!month) throw new Error('finner ikke beregningsmåneden');
      month.value = '';
      month.dispatchEvent(new Event('input', { bubbles: true }));
      month.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => page.locator(`${rent}[data-before]`).count(), poll).toBe(0);
    expect(await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return [field.dataset['pointer'], field.selectionStart, field.selectionEnd];
    })).toEqual(['/utgifter/0/beløp', 1, 1]);
    // Typing goes on where it was.
    await page.keyboard.type('5');
    expect(await page.locator(rent).inputValue()).toBe('85 000');
  });

  it('says plainly when the month tried lies in a period whose rates are not known', async () => {
    await page.click('.panel-tabs [data-panel="case"]');
    await page.locator('#panel-case .case-tools .link-button').filter({ hasText: 'Tøm skjemaet' }).click();
    await page.selectOption('#panel-case select[data-pointer="/sivilstand"]', 'enslig');
    await page.fill('#panel-case input[data-pointer="/beregningsmåned"]', '2025-03');
    await page.locator('#panel-case input[data-pointer="/beregningsmåned"]').dispatchEvent('change');
    // The fixture's rate table has `ukjent` from 2025-01-01: no amount, and a banner that says why.
    // (An emptied form starts in the current month, which may itself lie in the unknown period: wait for March 2025.)
    const banner = page.locator('#panel-case .callout.unknown-period');
    await expect.poll(async () => ((await banner.count()) > 0 ? banner.textContent() : '')).toMatch(/enslig 2025-03-01 \(perioden fra 2025-01-01\): Rundskriv for 2025 er ikke registrert/);
    expect(await banner.locator('strong').textContent()).toBe('Satsene for denne perioden er ikke kjent');
    expect(await page.locator('#panel-case tr[data-output="stønad"]').count()).toBe(0);
    await screenshot(page, '08a-ukjent-periode');
    await page.fill('#panel-case input[data-pointer="/beregningsmåned"]', '2024-03');
    await page.locator('#panel-case input[data-pointer="/beregningsmåned"]').dispatchEvent('change');
    await page.locator('#panel-case tr[data-output="stønad"]').waitFor();
    expect(await banner.count()).toBe(0);
  });

  it("starts a new child's birth date empty and reports it missing, instead of guessing a date", async () => {
    await page.click('.panel-tabs [data-panel="case"]');
    await page.locator('#panel-case .case-tools .link-button').filter({ hasText: 'Tøm skjemaet' }).click();
    await expect.poll(() => page.locator('#panel-case [data-field="barn"] .list-item').count()).toBe(0);
    await page.fill('#panel-case input[data-pointer="/beregningsmåned"]', '2024-03');
    await page.locator('#panel-case input[data-pointer="/beregningsmåned"]').dispatchEvent('change');
    await page.locator('#panel-case [data-field="barn"] .add-button').click();
    const birthDate = page.locator('#panel-case input[data-pointer="/barn/0/fødselsdato"]');
    await birthDate.waitFor();
    expect(await birthDate.inputValue()).toBe('');
    // The required field is shown as missing, and there is no result until it is filled in.
    const field = page.locator('#panel-case .list-item [data-field="fødselsdato"]');
    await expect.poll(async () => (await field.locator('.field-error').count()) > 0 ? field.locator('.field-error').textContent() : '').toMatch(/fødselsdato.*mangler/);
    expect(await field.getAttribute('class')).toContain('required');
    expect(await page.locator('#panel-case tr[data-output="stønad"]').count()).toBe(0);
    await screenshot(page, '08b-fodselsdato-mangler');
    await birthDate.fill('2019-11-30');
    await birthDate.dispatchEvent('change');
    await page.locator('#panel-case tr[data-output="stønad"]').waitFor();
    expect(await field.locator('.field-error').count()).toBe(0);
    await page.click('.panel-tabs [data-panel="tests"]');
  });

  it('shows the rate table as a timeline, and the diff with changed tests', async () => {
    await page.click('.panel-tabs [data-panel="tables"]');
    await page.locator('#panel-tables .timeline').waitFor();
    expect(await page.locator('#panel-tables .period.unknown').count()).toBeGreaterThan(0);
    await screenshot(page, '09-satstabell');
    await page.click('#btn-diff');
    await page.locator('.diff-tests .change').first().waitFor();
    expect(await page.locator('.diff-tests').textContent()).toContain(TEST);
    // The review of the whole rule set: the rate row, and the tests it changes (these example
    // rules do not take the synthetic population's inputs, so none of it is computed).
    const review = page.locator('.diff-side .review');
    await review.locator('.impact-group[data-group="tests"]').waitFor();
    expect((await review.locator('.rate-change .rate-values').textContent())?.replace(/\s/g, ' ')).toContain('7 850 kr → 7 950 kr');
    expect(Number(await review.locator('.impact-group[data-group="tests"]').getAttribute('data-changed'))).toBeGreaterThan(0);
    expect(await review.locator('.impact-group[data-group="population"]').textContent()).toContain('Ingen av sakene kunne beregnes');
    await screenshot(page, '10-endringer');
    await page.click('#btn-diff');
    await page.click('.panel-tabs [data-panel="tests"]');
  });

  it('measures keystroke → diagnostics and test results', async () => {
    await placeCursor(page, 'modul eksempel.livsopphold');
    await page.keyboard.press('Enter');
    const before = (await appMetrics(page))?.keystrokeToDiagnostics.length ?? 0;
    for (const ch of '# notat') {
      await page.keyboard.type(ch);
      await page.waitForTimeout(350);
    }
    const m = await appMetrics(page);
    const diagnostics = m?.keystrokeToDiagnostics.slice(before) ?? [];
    const tests = m?.keystrokeToTests.slice(-5) ?? [];
    metrics['examples'] = {
      keystrokeToDiagnosticsMs: { median: Math.round(median(diagnostics)), max: Math.round(Math.max(...diagnostics)), samples: diagnostics.map(Math.round) },
      keystrokeToTestsMs: { median: Math.round(median(tests)), samples: tests.map(Math.round) },
      workerCheckMs: m?.checkMs.slice(-7).map((x) => Math.round(x)),
      workerTestMs: m?.testMs.slice(-7).map((x) => Math.round(x)),
      showAnalysisMs: m?.showAnalysisMs.slice(-7).map((x) => Math.round(x)),
      showTestsMs: m?.showTestsMs.slice(-7).map((x) => Math.round(x)),
    };
    expect(diagnostics.length).toBeGreaterThan(3);
    expect(median(diagnostics)).toBeLessThan(1000);
  });

  it('keeps unsaved work across a reload', async () => {
    await page.waitForFunction(() => document.body.dataset['draft']?.startsWith('sosialtjenesteloven/livsopphold.lov@'));
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await editorText(page)).toContain('|  7 950 |');
    expect(await editorText(page)).toContain('test "Enslig med husleie 8 000 kr"');
    await page.locator('.notice').filter({ hasText: 'hentet tilbake' }).waitFor();
    expect(await page.locator('.save-state').textContent()).toBe('Ulagrede endringer');
    await page.locator(`.test[data-test="${TEST}"].failed`).waitFor();
    await screenshot(page, '11-gjenopprettet');
  });

  it('reports a save conflict when the file changed on disk, and never overwrites it', async () => {
    const file = path.join(rulesDir, BASE);
    const theirs = `${readFileSync(file, 'utf8')}\n# endret av noen andre\n`;
    writeFileSync(file, theirs);
    await page.evaluate(() => window.__lovkode?.app.editor.focus());
    await page.keyboard.press('Control+s');
    const dialog = page.locator('dialog.conflict');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('endret på disken');
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    await screenshot(page, '12-lagringskonflikt');
    // Overwriting is an explicit choice.
    await dialog.getByRole('button', { name: 'Overskriv med mine endringer' }).click();
    await expect.poll(() => readFileSync(file, 'utf8')).toContain('|  7 950 |');
    await page.locator('.save-state.clean').waitFor();
    expect(readFileSync(file, 'utf8')).not.toContain('endret av noen andre');
    // A normal save after that goes through without a conflict.
    await placeCursor(page, '# notat');
    await page.keyboard.type('er');
    await page.keyboard.press('Control+s');
    await expect.poll(() => readFileSync(file, 'utf8')).toContain('# notater');
    await screenshot(page, '13-lagret');
  });

  it('keeps what was typed just before an immediate reload', async () => {
    const p = await openEditor(harness);
    try {
      await placeCursor(p, 'modul eksempel.livsopphold');
      await p.keyboard.press('Enter');
      await p.keyboard.type('# skrevet rett før omlasting');
      await reloadEditor(p);
      expect(await editorText(p)).toContain('# skrevet rett før omlasting');
      await p.locator('.notice').filter({ hasText: 'hentet tilbake' }).waitFor();
    } finally {
      await p.context().close();
    }
  });

  it('keeps what was typed just before the tab was closed, for the next tab', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    try {
      const closing = await openTab(harness, context);
      await placeCursor(closing, 'modul eksempel.livsopphold');
      await closing.keyboard.press('Enter');
      await closing.keyboard.type('# skrevet rett før fanen ble lukket');
      await closing.close();
      await waitForClosedTabs(harness, context);
      const next = await openTab(harness, context);
      expect(await editorText(next)).toContain('# skrevet rett før fanen ble lukket');
      await next.locator('.notice').filter({ hasText: 'hentet tilbake' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("keeps each tab's unsaved work when two tabs edit the same file and one reloads; the other's stays reachable", async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    try {
      const a = await openTab(harness, context);
      const b = await openTab(harness, context);
      for (const [p, line] of [[a, '# fra fane A'], [b, '# fra fane B']] as const) {
        await placeCursor(p, 'modul eksempel.livsopphold');
        await p.keyboard.press('Enter');
        await p.keyboard.type(line);
        await draftWritten(p);
      }
      // A reloads: its own work, not B's (which was written last) …
      await reloadEditor(a);
      expect(await editorText(a)).toContain('# fra fane A');
      expect(await editorText(a)).not.toContain('# fra fane B');
      // … and it is told about B's, which B still has.
      const offer = a.locator('.notice').filter({ hasText: 'fra en annen fane som er åpen' });
      await offer.waitFor();
      expect(await offer.textContent()).toContain(BASE);
      // Only B may throw its own work away.
      expect(await offer.getByRole('button', { name: 'Forkast utkastet' }).count()).toBe(0);
      expect(await editorText(b)).toContain('# fra fane B');
      await screenshot(a, '13b-utkast-fra-annen-fane');
      // B reloads too and keeps its own.
      await reloadEditor(b);
      expect(await editorText(b)).toContain('# fra fane B');
      expect(await editorText(b)).not.toContain('# fra fane A');
      // B is closed; A reloads and can still open what B left.
      await b.close();
      await waitForClosedTabs(harness, context);
      await reloadEditor(a);
      expect(await editorText(a)).toContain('# fra fane A');
      const left = a.locator('.notice').filter({ hasText: 'fra en fane som er lukket' });
      await left.getByRole('button', { name: 'Åpne utkastet' }).click();
      await expect.poll(() => editorText(a)).toContain('# fra fane B');
      expect(await a.locator('.save-state').textContent()).toBe('Ulagrede endringer');
    } finally {
      await context.close();
    }
  });

  it('brings back the drafts kept by the previous version of the editor (one per file)', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1500, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    try {
      // A blank page of the same origin writes a draft as version 1 of the database did.
      const blank = await openBlankPage(harness, context);
      const disk = readFileSync(path.join(rulesDir, BASE), 'utf8');
      await blank.evaluate(
        ({ path, text, baseHash }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('lovkode-editor', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'path' });
            open.onsuccess = () => {
              const tx = open.result.transaction('drafts', 'readwrite');
              tx.objectStore('drafts').put({ path, text, baseHash, updated: Date.now() });
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
        { path: BASE, text: disk.replace('modul eksempel.livsopphold', 'modul eksempel.livsopphold\n# fra forrige versjon'), baseHash: `sha256-${createHash('sha256').update(disk).digest('hex')}` },
      );
      await blank.close();
      const p = await openTab(harness, context);
      expect(await editorText(p)).toContain('# fra forrige versjon');
      await p.locator('.notice').filter({ hasText: 'hentet tilbake' }).waitFor();
      // Based on the version on disk: it saves without a conflict.
      await p.evaluate(() => window.__lovkode?.app.editor.focus());
      await p.keyboard.press('Control+s');
      await expect.poll(() => readFileSync(path.join(rulesDir, BASE), 'utf8')).toContain('# fra forrige versjon');
    } finally {
      await context.close();
    }
  });

  it('shows a rule file that is not UTF-8 as unreadable, with its diagnostic, and never opens or saves over it', async () => {
    const file = path.join(rulesDir, 'kommuner/latin1.lov');
    const latin1 = Buffer.from('modul kommuner.latin1\n# \xa7 18 St\xf8nad\n', 'latin1');
    writeFileSync(file, latin1);
    const p = await openEditor(harness);
    try {
      const row = p.locator('.tree .file-row.unreadable[data-path="kommuner/latin1.lov"]');
      await row.waitFor();
      expect(await row.getAttribute('title')).toMatch(/LK1009.*ikke UTF-8: byte 24/);
      expect(await p.locator('.notice.error').filter({ hasText: 'kommuner/latin1.lov kan ikke leses' }).textContent()).toContain('LK1009');
      await row.click();
      await p.locator('.notice').filter({ hasText: 'kan ikke åpnes i editoren' }).filter({ hasText: 'byte 24' }).waitFor();
      expect(await p.evaluate(() => window.__lovkode?.app.docs.has('kommuner/latin1.lov'))).toBe(false);
      expect(await p.locator('.tab[data-path="kommuner/latin1.lov"]').count()).toBe(0);
      await p.click('.panel-tabs [data-panel="problems"]');
      expect(await p.locator('.problem-file.unreadable .problem[data-path="kommuner/latin1.lov"]').textContent()).toContain('LK1009');
      await screenshot(p, '13c-fil-som-ikke-kan-leses');
      // Nor can a new file take its place.
      expect(await p.evaluate(() => window.__lovkode?.app.createFile('kommuner/latin1.lov'))).toMatch(/finnes allerede/);
      expect(readFileSync(file).equals(latin1)).toBe(true);
    } finally {
      await p.context().close();
      rmSync(file);
    }
  });

  it('loads the shipped rules (rules/) and measures load and keystroke times', async () => {
    await withShippedRules(async (p) => {
      const files = await p.locator('.tree .file-row').count();
      const m0 = await appMetrics(p);
      const result: Record<string, unknown> = { files, initialLoadMs: m0?.initialLoadMs && Math.round(m0.initialLoadMs), loadMarks: await marks(p), open: await p.locator('.tab.active').getAttribute('data-path') };
      if (files > 0) {
        await p.evaluate(() => {
          const editor = window.__lovkode?.app.editor;
          editor?.setPosition({ lineNumber: 1, column: 1 });
          editor?.focus();
        });
        await p.keyboard.press('End');
        await p.keyboard.press('Enter');
        const before = (await appMetrics(p))?.keystrokeToDiagnostics.length ?? 0;
        for (const ch of '# nota') {
          await p.keyboard.type(ch);
          await p.waitForTimeout(500);
        }
        const m = await appMetrics(p);
        const diagnostics = m?.keystrokeToDiagnostics.slice(before) ?? [];
        const tests = m?.keystrokeToTests.slice(-5) ?? [];
        result['keystrokeToDiagnosticsMs'] = { median: Math.round(median(diagnostics)), samples: diagnostics.map(Math.round) };
        result['keystrokeToTestsMs'] = { median: Math.round(median(tests)), samples: tests.map(Math.round) };
        result['workerCheckMs'] = m?.checkMs.slice(-7).map((x) => Math.round(x));
        result['workerTestMs'] = m?.testMs.slice(-7).map((x) => Math.round(x));
        result['showAnalysisMs'] = m?.showAnalysisMs.slice(-7).map((x) => Math.round(x));
        result['showTestsMs'] = m?.showTestsMs.slice(-7).map((x) => Math.round(x));
        result['tests'] = await p.evaluate(() => window.__lovkode?.app.tests?.groups.reduce((n, g) => n + g.results.length, 0));
      }
      await screenshot(p, '14-regelsettet-i-rules');
      metrics['shippedRules'] = result;
    });
  });

  it('starts «Prøv en sak» in the shipped rules from a test of the scheme computed, not from a variant that adds values', async () => {
    await withShippedRules(async (p) => {
      await p.click('.panel-tabs [data-panel="case"]');
      // The first case is a valid case of the standard scheme: a result, no field refused.
      await p.locator('#panel-case tr[data-output="stønad"]').waitFor();
      expect(await p.locator('#panel-case .field-error').count()).toBe(0);
      // A test written in a variant (Eksempeldal's bus ticket, `utvid valg`) is computed through that variant.
      const fill = p.locator('#panel-case select[aria-label="Fyll ut fra en test"]');
      const option = fill.locator('optgroup[label="kommuner.eksempel_bussbillett"] option').first();
      await fill.selectOption({ value: (await option.getAttribute('value')) ?? '' });
      await expect.poll(() => p.locator('#panel-case select[aria-label="Beregn gjennom modul"]').inputValue()).toBe('kommuner.eksempel_bussbillett');
      await p.locator('#panel-case tr[data-output="stønad"]').waitFor();
      expect(await p.locator('#panel-case .field-error').count()).toBe(0);
      await screenshot(p, '14b-prov-en-sak-i-rules');
    });
  });

  it('reviews a rate change in the shipped rules: the row old → new, and whom it affects', async () => {
    await withShippedRules(async (p) => {
      const SATSER = 'satser/veiledende-satser.lov';
      await p.click(`.tree .file-row[data-path="${SATSER}"]`);
      await expect.poll(() => p.locator('.tab.active').getAttribute('data-path')).toBe(SATSER);
      await placeCursor(p, '7 850', 'select');
      await p.keyboard.type('7 950');
      await p.click('#btn-diff');
      const review = p.locator('.diff-side .review');
      // Structure: the single rate row, old → new.
      const row = review.locator('.table-change[data-table="veiledende_sats"] .rate-change');
      await row.first().waitFor({ timeout: 30_000 });
      expect(await row.count()).toBe(1);
      expect((await row.locator('.rate-key').textContent())?.replace(/\s/g, ' ')).toContain('fra 1. januar 2024 · enslig');
      expect((await row.locator('.rate-values').textContent())?.replace(/\s/g, ' ')).toMatch(/^7 850 kr → 7 950 kr \(\+1,3 %\)$/);
      expect(await review.locator('.review-breaking').count()).toBe(0);
      // Impact: the synthetic population, and how much more single people get.
      const population = review.locator('.impact-group[data-group="population"]');
      expect(await population.locator('h5').textContent()).toContain('2 000 syntetiske husstander');
      const changed = Number(await population.getAttribute('data-changed'));
      expect(changed).toBeGreaterThan(0);
      expect((await population.locator('[data-stat="changed"]').textContent())?.replace(/\s/g, ' ')).toMatch(/^[1-9][\d ]* av 2 000 saker$/);
      expect((await population.locator('[data-stat="average"]').textContent())?.replace(/\s/g, ' ')).toMatch(/^\+\d+,\d\d kr$/);
      expect(await population.locator('.review-types').textContent()).toContain('enslig uten barn');
      expect((await population.locator('.review-cases.gains li').first().textContent())?.replace(/\s/g, ' ')).toContain('+100,00 kr');
      // A 2024 row is inside the population's months: no notice that the figures leave it out.
      expect(await review.locator('.review-outside').count()).toBe(0);
      expect(await review.locator('.impact-group[data-group="tests"]').getAttribute('data-changed')).not.toBe('0');
      const reviewMs = async () => Number(/(\d+) ms$/.exec((await review.locator('.review-sides').textContent()) ?? '')?.[1]);
      const first = await reviewMs();
      await screenshot(p, '15-gjennomgang');
      // An edit (here through the model, as the diff editor would make it) refreshes the review after a pause.
      await p.evaluate((file) => {
        const model = window.__lovkode?.app.docs.get(file)?.model;
        const match = model?.findMatches('7 950', false, false, true, null, false)[0];
        if (!model || !match) throw new Error('finner ikke 7 950');
        model.pushEditOperations([], [{ range: match.range, text: '8 050' }], () => null);
      }, SATSER);
      await expect.poll(async () => (await row.locator('.rate-values').textContent())?.replace(/\s/g, ' '), { timeout: 15_000 }).toMatch(/^7 850 kr → 8 050 kr/);
      await expect.poll(async () => (await population.locator('.review-cases.gains li').first().textContent())?.replace(/\s/g, ' ')).toContain('+200,00 kr');
      metrics['reviewMs'] = { first, afterEdit: await reviewMs(), note: 'worker time of diffRuleSets (shipped rules, rule tests and 2 000 households, both versions); the first includes checking the files on disk' };
      await population.scrollIntoViewIfNeeded();
      await screenshot(p, '16-gjennomgang-virkning');
      // The same review as Markdown, for a pull request.
      await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(harness.url).origin });
      await review.locator('.copy-markdown').click();
      await p.locator('.notice').filter({ hasText: 'kopiert som Markdown' }).waitFor();
      const markdown = await p.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toContain('## Lovkode: endringer i reglene');
      expect(markdown).toContain('| 2024-01-01 | enslig | endret | 7 850 kr | 8 050 kr |');
      // A working copy with an error: its diagnostics instead of a review; one leads to the place.
      await p.evaluate((file) => {
        const model = window.__lovkode?.app.docs.get(file)?.model;
        const match = model?.findMatches('modul satser.veiledende', false, false, true, null, false)[0];
        if (!model || !match) throw new Error('finner ikke modullinjen');
        model.pushEditOperations([], [{ range: match.range, text: 'modul satser.veiledende\nregel x: beløp = y' }], () => null);
      }, SATSER);
      const failed = review.locator('.review-failed');
      await failed.waitFor({ timeout: 15_000 });
      expect(await failed.textContent()).toContain('Arbeidskopien har feil');
      const diagnostic = failed.locator('li button').first();
      expect(await diagnostic.textContent()).toMatch(new RegExp(`^LK\\d{4} ${SATSER}:7:`));
      await screenshot(p, '17-gjennomgang-feil');
      await diagnostic.click();
      await expect.poll(() => p.locator('#diff').isHidden()).toBe(true);
      expect(await p.evaluate(() => window.__lovkode?.app.editor.getPosition()?.lineNumber)).toBe(7);
    });
  });

  it('says when a changed rate row lies outside the population’s months, instead of a silent «0 av 2 000»', async () => {
    await withShippedRules(async (p) => {
      const SATSER = 'satser/veiledende-satser.lov';
      await p.click(`.tree .file-row[data-path="${SATSER}"]`);
      await expect.poll(() => p.locator('.tab.active').getAttribute('data-path')).toBe(SATSER);
      await p.evaluate((file) => {
        const model = window.__lovkode?.app.docs.get(file)?.model;
        const match = model?.findMatches('satsene for 2025 er ikke registrert', false, false, true, null, false)[0];
        if (!model || !match) throw new Error('finner ikke 2025-raden');
        model.pushEditOperations([], [{ range: match.range, text: 'satsene for 2025 er ikke funnet' }], () => null);
      }, SATSER);
      await p.click('#btn-diff');
      const review = p.locator('.diff-side .review');
      const outside = review.locator('.review-outside');
      await outside.waitFor({ timeout: 30_000 });
      expect((await outside.textContent())?.replace(/\s/g, ' ')).toBe(
        'Utenfor befolkningen: 6 endrede satsrader gjelder bare utenfor månedene befolkningen har (2018-01 – 2024-12): fra 1. januar 2025. Det de gjør, er ikke med i tallene nedenfor.',
      );
      expect(await review.locator('.impact-group[data-group="population"]').getAttribute('data-changed')).toBe('0');
      await outside.scrollIntoViewIfNeeded();
      await screenshot(p, '15b-gjennomgang-utenfor-befolkningen');
    });
  });
});

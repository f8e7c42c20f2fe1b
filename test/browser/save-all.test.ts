/**
 * «Lagre alle» in a real browser, on a temporary copy of the shipped rules: a rename across
 * files (F2 on § 18's `antall_barn`) saved as one change leaves the rules on disk checking
 * (the checker is run over the files on disk here); a conflict in one file writes none of
 * them; a change set with errors is saved only after a warning; «Endringer» lists the set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { check } from '../../packages/dsl/src/index';
import { ruleFiles } from '../support/rule-files';
import { editorText, heldAnswers, holdAnswers, openEditor, placeCursor, poll, releaseAnswer, screenshot, shippedRulesSession, stopHolding } from './harness';


const PARAGRAF_18 = 'sosialtjenesteloven/paragraf-18.lov';

const session = shippedRulesSession();

/** Every rule file on disk, by its path in the rules folder. */
function onDisk(): Map<string, string> {
  return new Map(ruleFiles(session.rulesDir, session.rulesDir).map((f) => [f.path, f.text]));
}

/** The errors the checker finds in the rules on disk. */
function errorsOnDisk(): string[] {
  const files = ruleFiles(session.rulesDir, session.rulesDir);
  return check(files)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.file}:${d.line}: ${d.message}`);
}

function fileText(p: Page, file: string): Promise<string> {
  return p.evaluate((f) => window.__lovkode?.app.docs.get(f)?.model.getValue() ?? '', file);
}

/** Replaces the whole text of `file`, as an edit in that file would. */
function setFileText(p: Page, file: string, text: string): Promise<void> {
  return p.evaluate(({ file, text }) => {
    const model = window.__lovkode?.app.docs.get(file)?.model;
    model?.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  }, { file, text });
}

function changeSet(p: Page): Promise<string[]> {
  return p.evaluate(() => window.__lovkode?.app.changeSet().map((d) => d.path) ?? []);
}

async function rename(p: Page, declaration: string, to: string): Promise<void> {
  await p.click(`.tree .file-row[data-path="${PARAGRAF_18}"]`);
  await expect.poll(() => p.locator('.tab.active').getAttribute('data-path'), poll).toBe(PARAGRAF_18);
  await placeCursor(p, declaration, 'after');
  await p.keyboard.press('ArrowLeft');
  await p.keyboard.press('F2');
  const input = p.locator('.rename-box input, .rename-box textarea').first();
  await input.waitFor();
  await input.fill(to);
  await input.press('Enter');
  await expect.poll(() => editorText(p), poll).toContain(`regel ${to}:`);
}

describe('«Lagre alle»', { timeout: 90_000 }, () => {
  it('saves a rename across files as one change, and the rules on disk check', async () => {
    expect(errorsOnDisk()).toEqual([]);
    const page = (session.page = await openEditor(session.harness));
    await rename(page, 'regel antall_barn', 'barn_i_husstanden');
    const files = await changeSet(page);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files).toContain(PARAGRAF_18);
    expect(await page.locator('#btn-save-all').textContent()).toBe(`Lagre alle (${files.length})`);
    // Ctrl+S alone would save one file and leave the rules on disk broken; «Lagre alle» saves them all.
    await screenshot(page, 'lagre-alle-1-endret');
    // The notice about the rename offers it too.
    await page.locator('.notice').filter({ hasText: 'er endret til «barn_i_husstanden»' }).getByRole('button', { name: 'Lagre alle' }).waitFor();
    const started = performance.now();
    await page.click('#btn-save-all');
    await expect.poll(() => changeSet(page), poll).toEqual([]);
    await page.locator('.notice').filter({ hasText: `Lagret ${files.length} filer som én endring` }).waitFor();
    // Measured, not asserted: click → every file saved and shown as saved.
    console.log(`[måling] «Lagre alle» av ${files.length} filer: ${Math.round(performance.now() - started)} ms`);
    const disk = onDisk();
    for (const file of files) expect(disk.get(file), file).toContain('barn_i_husstanden');
    expect(errorsOnDisk()).toEqual([]);
    expect(await page.locator('#btn-save-all').isDisabled()).toBe(true);
    await screenshot(page, 'lagre-alle-2-lagret');
  });

  it('applies no edit of a rename when a file changed while the edits were computed: the newer text stays', async () => {
    const page = session.page;
    const files = [...onDisk()].filter(([, text]) => text.includes('barn_i_husstanden')).map(([file]) => file);
    const changed = files.find((f) => f !== PARAGRAF_18) as string;
    expect(changed).toBeDefined();
    await page.click(`.tree .file-row[data-path="${PARAGRAF_18}"]`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(PARAGRAF_18);
    const before = await editorText(page);
    await holdAnswers(page, 'rename');
    await placeCursor(page, 'regel barn_i_husstanden', 'after');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor();
    await input.fill('barn_i_hjemmet');
    await input.press('Enter');
    await expect.poll(() => heldAnswers(page), poll).toBe(1);
    // Another file of the rename changes (a line above every use) while the edits are on their way.
    const newer = `# lagt til underveis\n${await fileText(page, changed)}`;
    await setFileText(page, changed, newer);
    await releaseAnswer(page);
    await page.locator('.notice').filter({ hasText: '«barn_i_husstanden» ble ikke endret fordi teksten endret seg' }).waitFor();
    expect(await fileText(page, changed)).toBe(newer);
    expect(await editorText(page)).toBe(before);
    await screenshot(page, 'lagre-alle-1b-endret-underveis');
    // Back to the text on disk; the rename goes through once nothing changes on the way.
    await stopHolding(page);
    await setFileText(page, changed, onDisk().get(changed) ?? '');
    await expect.poll(() => changeSet(page), poll).toEqual([]);
  });

  it('shows the change set as one in «Endringer», and writes none of it when one file changed on disk', async () => {
    const page = session.page;
    await rename(page, 'regel barn_i_husstanden', 'antall_barn');
    const files = await changeSet(page);
    await page.click('#btn-diff');
    const set = page.locator('.diff-side .change-set');
    await expect.poll(() => set.locator('.change-set-files li').count(), poll).toBe(files.length);
    expect(await set.locator('h3').textContent()).toBe(`Endringssett: ${files.length} filer`);
    // A file of the set opens its diff.
    const other = files.find((f) => f !== PARAGRAF_18) as string;
    await set.locator(`li[data-path="${other}"] button`).click();
    await expect.poll(() => page.locator('.diff-title').textContent(), poll).toContain(other);
    await page.locator('.diff-side .review .rule-change, .diff-side .review-section, .diff-side .review h4').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    await screenshot(page, 'lagre-alle-3-endringssett');

    // Someone else changes one of the files on disk.
    const theirs = `${readFileSync(path.join(session.rulesDir, other), 'utf8')}\n# endret av noen andre\n`;
    writeFileSync(path.join(session.rulesDir, other), theirs);
    const before = onDisk();
    await set.locator('button.save-all').click();
    await page.locator('dialog.conflict').waitFor();
    expect(await page.locator('dialog.conflict').textContent()).toContain(other);
    await page.locator('.notice.error').filter({ hasText: 'Ingen filer er lagret' }).filter({ hasText: other }).waitFor();
    expect(onDisk()).toEqual(before);
    expect(await changeSet(page)).toEqual(files);
    await screenshot(page, 'lagre-alle-4-konflikt');
    await page.locator('dialog.conflict').getByRole('button', { name: 'Avbryt' }).click();
  });

  it('warns before saving a change set whose rules do not check, and saves nothing when the user cancels', async () => {
    const page = session.page;
    // Drop the line someone else added, so only the error below stands in the way.
    const before = onDisk();
    await page.evaluate(() => window.__lovkode?.app.open('sosialtjenesteloven/paragraf-18.lov'));
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const model = window.__lovkode?.app.editor.getModel();
      const match = model?.findMatches('regel antall_barn', false, false, true, null, false)[0];
      if (!model || !match) throw new Error('finner ikke regel antall_barn');
      model.pushEditOperations([], [{ range: match.range, text: 'regel antall_barnn' }], () => null);
    });
    await page.keyboard.press('Control+Shift+S');
    const dialog = page.locator('dialog.unchecked');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toMatch(/^Reglene har \d+ feil$/);
    expect(await dialog.locator('.unchecked-errors li').first().textContent()).toMatch(/^LK\d{4} /);
    await screenshot(page, 'lagre-alle-5-advarsel');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => dialog.count(), poll).toBe(0);
    expect(onDisk()).toEqual(before);
  });
});

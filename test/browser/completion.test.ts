/**
 * Completion by the type the checker expects at the cursor, in a real browser on a temporary
 * copy of the shipped rules: after `og` the conditions first, inside a table call the members
 * of its key's `valg`, after `forvent` the module's outputs; and a type error in a comparison
 * whose left side is in parentheses is underlined from its first parenthesis to its end.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, openEditor, poll, screenshot, shippedRulesSession } from './harness';

const PARAGRAF_18 = 'sosialtjenesteloven/paragraf-18.lov';

const session = shippedRulesSession();

/** Writes `text` at the end of the open file, on new lines, and puts the cursor after it. */
async function appendLines(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const editor = window.__lovkode?.app.editor;
    const model = editor?.getModel();
    if (!editor || !model) throw new Error('ingen fil er åpen');
    const line = model.getLineCount();
    const column = model.getLineMaxColumn(line);
    editor.executeEdits('test', [{ range: { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }, text: t }]);
    const end = model.getLineCount();
    editor.setPosition({ lineNumber: end, column: model.getLineMaxColumn(end) });
    editor.revealLine(end);
    editor.focus();
  }, text);
}

/** Opens Monaco's suggestions at the cursor and returns the labels of the rows it shows (the first dozen), in order. */
async function suggestions(page: Page): Promise<string[]> {
  await page.evaluate(() => window.__lovkode?.app.editor.getAction('editor.action.triggerSuggest')?.run());
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor({ timeout: poll.timeout });
  return rows.evaluateAll((els) =>
    els
      .map((e) => ({ index: Number(e.getAttribute('data-index')), label: e.querySelector('.label-name')?.textContent ?? '' }))
      .sort((a, b) => a.index - b.index)
      .map((r) => r.label),
  );
}

async function closeSuggestions(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });
}

describe('completion from the checker', { timeout: 120_000 }, () => {
  it('after «og» offers the conditions first', async () => {
    const page = (session.page = await openEditor(session.harness, `?fil=${encodeURIComponent(PARAGRAF_18)}`));
    await page.setViewportSize({ width: 1440, height: 900 });
    await appendLines(page, '\n\nregel prøve: sannhetsverdi  (kilde stl18)\n  = antall_barn > 0 og ');
    const labels = await suggestions(page);
    await screenshot(page, 'fullføring-1-etter-og');
    console.log(`[fullføring] etter «og»: ${labels.slice(0, 6).join(', ')}`);
    // The rows Monaco shows first are the conditions (the boolean rules of the file first), not the amounts, numbers or dates declared before them.
    expect(labels[0]).toBe('født_i_måneden');
    for (const other of ['første_dag_i_måneden', 'antall_barn', 'barnesats', 'alder_i_måneden', 'aldersgruppe']) expect(labels).not.toContain(other);
    await closeSuggestions(page);
  });

  it('inside a table call offers the members of the key’s «valg» first', async () => {
    const page = session.page;
    await appendLines(page, '\n\nregel prøve_sats: beløp  (kilde stl18)\n  = veiledende_sats(');
    const labels = await suggestions(page);
    await screenshot(page, 'fullføring-2-tabellkall');
    console.log(`[fullføring] i veiledende_sats(: ${labels.slice(0, 6).join(', ')}`);
    expect(labels.slice(0, 3)).toEqual(expect.arrayContaining(['enslig']));
    expect(labels[0]).toBe('enslig');
    await closeSuggestions(page);
  });

  it('after «forvent» offers the module’s outputs', async () => {
    const page = session.page;
    await appendLines(page, '\n\ntest "fullføring"\n  gitt beregningsmåned = 2025-01\n  forvent ');
    const labels = await suggestions(page);
    console.log(`[fullføring] etter «forvent»: ${labels.slice(0, 6).join(', ')}`);
    // Rules with parameters and inputs are not what a test can expect.
    for (const absent of ['aldersgruppe', 'barnesats', 'beregningsmåned', 'sum']) expect(labels).not.toContain(absent);
    expect(labels.slice(0, 2)).toEqual(['første_dag_i_måneden', 'antall_barn']);
    // Monaco shows the rows that fit; «feil» is further down the list.
    await page.keyboard.type('fei');
    await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'feil' }).first().waitFor({ timeout: poll.timeout });
    await closeSuggestions(page);
  });

  it('underlines a type error in a comparison from its first parenthesis', async () => {
    const page = session.page;
    await appendLines(page, '\n\nregel prøve_sammenligning: sannhetsverdi  (kilde stl18)\n  = (antall_barn + 1) > 2 kr');
    const text = await editorText(page);
    const line = text.split('\n').length;
    const marker = () =>
      page.evaluate((l) => {
        const lk = window.__lovkode;
        const model = lk?.app.editor.getModel();
        const markers = model ? lk?.monaco.editor.getModelMarkers({ resource: model.uri }) : [];
        const m = markers?.find((x) => x.startLineNumber === l);
        return m && { code: typeof m.code === 'string' ? m.code : m.code?.value, from: m.startColumn, to: m.endColumn };
      }, line);
    await expect.poll(marker, poll).toMatchObject({ code: 'LK3002' });
    const lineText = text.split('\n')[line - 1] as string;
    expect(await marker()).toEqual({ code: 'LK3002', from: lineText.indexOf('(') + 1, to: lineText.length + 1 });
    await screenshot(page, 'fullføring-3-typefeil');
  });
});

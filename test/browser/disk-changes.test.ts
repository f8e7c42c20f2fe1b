/**
 * Rule files changed on disk by someone else, in a real browser against the built editor
 * (the server `pnpm editor` runs): the server streams the change (`GET /api/rules/changes`),
 * a file without unsaved edits is read again, and one with unsaved edits keeps them and says
 * so (docs/editor-files.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEditor, placeCursor, poll, screenshot, shippedRulesSession } from './harness';

const SATSER = 'satser/veiledende-satser.lov';
const PARAGRAF_18 = 'sosialtjenesteloven/paragraf-18.lov';

const session = shippedRulesSession();

describe('rule files changed on disk', { timeout: 90_000 }, () => {
  it('reads a file without unsaved edits again when it changes on disk', async () => {
    const page = (session.page = await openEditor(session.harness, `?fil=${encodeURIComponent(PARAGRAF_18)}`));
    const file = path.join(session.rulesDir, SATSER);
    const changed = readFileSync(file, 'utf8').replace('## Veiledende sats per måned for en kategori.', '## Veiledende sats per måned for en kategori (endret på disken).');
    writeFileSync(file, changed);
    const text = () => page.evaluate((f) => window.__lovkode?.app.docs.get(f)?.model.getValue(), SATSER);
    await expect.poll(text, poll).toBe(changed);
    expect(await page.evaluate((f) => window.__lovkode?.app.docs.get(f)?.dirty, SATSER)).toBe(false);
  });

  it('keeps unsaved edits in a file that changes on disk, and says so', async () => {
    const page = session.page;
    await placeCursor(page, 'regel antall_barn: heltall');
    await page.keyboard.type('  # ulagret');
    const file = path.join(session.rulesDir, PARAGRAF_18);
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Barnets alder i hele år', '## Barnets alder (endret på disken) i hele år'));
    await page.locator('.notice').filter({ hasText: PARAGRAF_18 }).first().waitFor({ timeout: poll.timeout });
    expect(await page.evaluate(() => window.__lovkode?.app.editor.getValue())).toContain('# ulagret');
    await screenshot(page, 'disk-1-endret-med-ulagrede-endringer');
  });
});

/**
 * How fast the editor is with the shipped rules, measured in a real browser and recorded in
 * this test's output and in test-artifacts/browser/speed.json (figures, not timed
 * assertions; the machine's load is recorded beside them):
 *
 * - cold page load to the first test results shown: a fresh browser context (no cache, no
 *   IndexedDB) per load, from navigation start to `lk:ready` (diagnostics and the open
 *   module's test results drawn), with the editor's marks on the way;
 * - keystroke → test results visible: one keystroke at a time (each waits for its own
 *   results), in paragraf-18.lov (an age limit edited) and in the rate file (a rate edited),
 *   the median of 24 keystrokes each, with the worker's check and test times and the time
 *   the page took to show the results.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createServer } from 'vite';
import { artifacts, editorRoot, marks, openEditor, placeCursor, poll, shippedRulesSession, type Harness } from './harness';

const PARAGRAF_18 = 'sosialtjenesteloven/paragraf-18.lov';
const SATSER = 'satser/veiledende-satser.lov';
const KEYSTROKES = 24;

const session = shippedRulesSession();
const figures: Record<string, unknown> = {};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

function record(name: string, value: unknown): void {
  figures[name] = value;
  console.log(`[fart] ${name}: ${JSON.stringify(value)}`);
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, 'speed.json');
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // The first figures of this run.
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
}

const keystrokeSamples = (p: Page) => p.evaluate(() => window.__lovkode?.metrics.keystrokeToTests.length ?? 0);

/**
 * Types `keys` one at a time (each waiting for the test results of its version) and returns
 * the keystroke → test results times, with the worker's check and test times of the same edits.
 */
async function typeMeasured(p: Page, keys: readonly string[]): Promise<{ keystrokeToTestsMs: number[]; checkMs: number[]; testMs: number[]; showTestsMs: number[] }> {
  const from = await p.evaluate(() => ({ checks: window.__lovkode?.metrics.checkMs.length ?? 0, tests: window.__lovkode?.metrics.testMs.length ?? 0 }));
  const samples: number[] = [];
  for (const key of keys) {
    const before = await keystrokeSamples(p);
    await p.keyboard.press(key);
    await expect.poll(() => keystrokeSamples(p), poll).toBeGreaterThan(before);
    samples.push(await p.evaluate(() => window.__lovkode?.metrics.keystrokeToTests.at(-1) ?? NaN));
  }
  const worker = await p.evaluate(
    ({ checks, tests }) => {
      const m = window.__lovkode?.metrics;
      return { checkMs: m?.checkMs.slice(checks) ?? [], testMs: m?.testMs.slice(tests) ?? [], showTestsMs: m?.showTestsMs.slice(tests) ?? [] };
    },
    from,
  );
  return { keystrokeToTestsMs: samples.map(Math.round), checkMs: worker.checkMs.map(Math.round), testMs: worker.testMs.map(Math.round), showTestsMs: worker.showTestsMs.map(Math.round) };
}

describe('speed with the shipped rules', { timeout: 240_000 }, () => {
  it('cold page load to the first test results', async () => {
    const loads: Array<{ readyMs: number; marks: Record<string, number> }> = [];
    for (let i = 0; i < 3; i++) {
      const page = await openEditor(session.harness, `?fil=${encodeURIComponent(PARAGRAF_18)}`);
      loads.push({ readyMs: Math.round((await page.evaluate(() => window.__lovkode?.metrics.initialLoadMs)) ?? NaN), marks: await marks(page) });
      expect(await page.locator('#panel-tests .test-group').count()).toBeGreaterThan(0);
      await page.context().close();
    }
    record('coldLoad', { server: 'the built bundle (vite build + vite preview)', buildMs: Math.round(session.harness.buildMs), medianMs: median(loads.map((l) => l.readyMs)), loads, loadavg: load() });
  });

  it('cold page load on the dev server (pnpm dev)', async () => {
    const dev = await createServer({ root: editorRoot, configFile: path.join(editorRoot, 'vite.config.ts'), logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await dev.listen();
    try {
      const address = dev.httpServer?.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
      const harness = { ...session.harness, url } as Harness;
      const loads: Array<{ readyMs: number; marks: Record<string, number> }> = [];
      // The first load after the server starts transforms the sources; the next ones find them transformed.
      for (let i = 0; i < 2; i++) {
        const page = await openEditor(harness, `?fil=${encodeURIComponent(PARAGRAF_18)}`);
        loads.push({ readyMs: Math.round((await page.evaluate(() => window.__lovkode?.metrics.initialLoadMs)) ?? NaN), marks: await marks(page) });
        await page.context().close();
      }
      record('coldLoadDevServer', { server: 'the Vite dev server (pnpm dev), its first and second page load', loads, loadavg: load() });
    } finally {
      await dev.close();
    }
  });

  it('keystroke → test results in paragraf-18.lov', async () => {
    const page = (session.page = await openEditor(session.harness, `?fil=${encodeURIComponent(PARAGRAF_18)}`));
    await placeCursor(page, 'alder_i_måneden(b) < 6', 'after');
    // An age limit made 60 and 6 again, a keystroke at a time: the tests of § 18 run after each.
    const keys = Array.from({ length: KEYSTROKES }, (_, i) => (i % 2 === 0 ? '0' : 'Backspace'));
    const measured = await typeMeasured(page, keys);
    record('keystrokeToTests.paragraf18', { medianMs: median(measured.keystrokeToTestsMs), ...measured, loadavg: load() });
  });

  it('keystroke → test results in the rate file', async () => {
    const page = session.page;
    await page.click(`.tree .file-row[data-path="${SATSER}"]`);
    await expect.poll(() => page.locator('.tab.active').getAttribute('data-path'), poll).toBe(SATSER);
    await page.locator('#panel-tests .test-group').first().waitFor({ timeout: poll.timeout });
    await placeCursor(page, '| 2024-01-01 |  ', 'after');
    // The 2024 rate for a single adult made 17 850 and 7 850 again.
    const keys = Array.from({ length: KEYSTROKES }, (_, i) => (i % 2 === 0 ? '1' : 'Backspace'));
    const measured = await typeMeasured(page, keys);
    record('keystrokeToTests.satser', { medianMs: median(measured.keystrokeToTestsMs), ...measured, loadavg: load() });
  });
});

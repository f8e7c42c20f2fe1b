/**
 * Browser-test harness: builds the editor once (`vite build` into a temporary directory),
 * serves it with `vite preview` on 127.0.0.1 and an ephemeral port against a TEMPORARY rules
 * directory (LOVKODE_RULES_DIR), and drives Chromium with playwright-core (Debian's when the
 * machine has it, else the one from the npm registry: `browser-binary.ts`).
 * Saves in the tests therefore never touch the repository's rules/.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { browserBinary } from './browser-binary';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const editorRoot = path.join(repoRoot, 'packages/editor');
export const artifacts = path.join(repoRoot, 'test-artifacts/browser');

export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  readonly server: PreviewServer;
  readonly buildMs: number;
  close(): Promise<void>;
}

/** A fresh temporary rules directory with the given files (relative path → source file). */
export function rulesFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lovkode-rules-'));
  for (const [relative, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    cpSync(source, path.join(dir, relative));
  }
  return dir;
}

/** A temporary copy of a whole rules directory (the shipped rules), `.lov` files only. */
export function copyRules(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lovkode-shipped-'));
  const walk = (src: string, dst: string) => {
    let names: string[];
    try {
      names = readdirSync(src);
    } catch {
      return;
    }
    for (const name of names) {
      const s = path.join(src, name);
      const d = path.join(dst, name);
      if (statSync(s).isDirectory()) walk(s, d);
      else if (name.endsWith('.lov')) {
        mkdirSync(dst, { recursive: true });
        cpSync(s, d);
      }
    }
  };
  walk(from, dir);
  return dir;
}

export async function startHarness(rulesDir: string): Promise<Harness> {
  process.env['LOVKODE_RULES_DIR'] = rulesDir;
  process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';
  const outDir = mkdtempSync(path.join(tmpdir(), 'lovkode-editor-dist-'));
  const configFile = path.join(editorRoot, 'vite.config.ts');
  const started = performance.now();
  await build({ root: editorRoot, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const buildMs = performance.now() - started;
  const server = await preview({ root: editorRoot, configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}/`;
  const binary = await browserBinary();
  const browser = await chromium.launch({ executablePath: binary.executablePath, args: [...binary.args] });
  return {
    url,
    browser,
    server,
    buildMs,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The editor served on a temporary copy of the shipped rules for a test file, and the page its tests share. */
/**
 * Options for `expect.poll` on what the page does after an edit (through the worker and back):
 * generous, since the suite runs browser files side by side on a busy machine.
 */
export const poll = { timeout: 15_000 };

export interface ShippedRulesSession {
  harness: Harness;
  page: Page;
  /** The temporary copy of rules/ the editor serves (saves land here). */
  rulesDir: string;
}

/**
 * Serves the editor on a temporary copy of the shipped rules (rules/) for the test file that
 * calls it (before its first test), and afterwards closes the page the tests set and removes
 * the copy.
 */
export function shippedRulesSession(): ShippedRulesSession {
  const session = {} as Partial<ShippedRulesSession>;
  beforeAll(async () => {
    session.rulesDir = copyRules(path.join(repoRoot, 'rules'));
    session.harness = await startHarness(session.rulesDir);
  }, 180_000);
  afterAll(async () => {
    await session.page?.context().close().catch(() => undefined);
    await session.harness?.close();
    if (session.rulesDir) rmSync(session.rulesDir, { recursive: true, force: true });
  });
  return session as ShippedRulesSession;
}

/** Opens the editor in a fresh browser context (its own IndexedDB) and waits until it is ready. */
export async function openEditor(harness: Harness, query = ''): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width: 1500, height: 900 }, deviceScaleFactor: 1, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  return openTab(harness, context, query);
}

/** Opens the editor in another tab of `context` (sharing its IndexedDB and localStorage) and waits until it is ready. */
export async function openTab(harness: Harness, context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[browser]', error.message));
  page.on('console', (message) => {
    // A 409 is the conflict a test provokes on purpose.
    if (message.type() === 'error' && !message.text().includes('409 (Conflict)')) console.error('[browser console]', message.text());
  });
  await page.goto(`${harness.url}${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return page;
}

/** A blank page of the editor's origin (its storage, without the editor), e.g. to prepare or inspect IndexedDB. */
export async function openBlankPage(harness: Harness, context: BrowserContext): Promise<Page> {
  const blank = await context.newPage();
  await blank.route(`${harness.url}tom.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>tom</title>' }));
  await blank.goto(`${harness.url}tom.html`);
  return blank;
}

/**
 * Waits until the browser has let go of every editor tab of `context` that was closed (a
 * closed tab's Web Lock is released a moment after `page.close()` returns; until then its
 * drafts count as an open tab's). Asks from a blank page of the same origin.
 */
export async function waitForClosedTabs(harness: Harness, context: BrowserContext): Promise<void> {
  const blank = await openBlankPage(harness, context);
  try {
    const openTabs = () => blank.evaluate(async () => ((await navigator.locks.query()).held ?? []).filter((lock) => lock.name?.startsWith('lovkode-fane:')).length);
    const stillOpen = context.pages().filter((p) => p !== blank && !p.isClosed()).length;
    await expect.poll(openTabs).toBe(stillOpen);
  } finally {
    await blank.close();
  }
}

/** Reloads the editor and waits until it is ready again. */
export async function reloadEditor(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

/** Waits until the draft of the open file's current version is in IndexedDB. */
export async function draftWritten(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = window.__lovkode?.app;
    const doc = app?.active ? app.docs.get(app.active) : undefined;
    return doc !== undefined && document.body.dataset['draft'] === `${doc.path}@${doc.model.getVersionId()}`;
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Holds the worker's answers to `method` until the test lets each go (`releaseAnswer`): an
 * edit computed by the worker stays on its way while the test changes the text.
 * `stopHolding` ends it and lets every held answer go.
 */
export function holdAnswers(page: Page, method: string): Promise<void> {
  return page.evaluate((method) => {
    const client = window.__lovkode?.app.client;
    if (!client) throw new Error('editoren er ikke startet');
    const held: Array<() => void> = [];
    const call = client.call.bind(client);
    Object.assign(window, { __heldAnswers: held, __stopHolding: () => Object.assign(client, { call }) });
    client.call = ((name: string, ...args: unknown[]) => {
      const answer = (call as (m: string, ...a: unknown[]) => Promise<unknown>)(name, ...args);
      return name === method ? answer.then((value) => new Promise<unknown>((resolve) => held.push(() => resolve(value)))) : answer;
    }) as typeof client.call;
  }, method);
}

export async function stopHolding(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __heldAnswers: Array<() => void>; __stopHolding: () => void };
    w.__stopHolding();
    for (const release of w.__heldAnswers.splice(0)) release();
  });
}

export const heldAnswers = (page: Page) => page.evaluate(() => (window as unknown as { __heldAnswers: unknown[] }).__heldAnswers.length);

/** Lets the oldest held answer go. */
export async function releaseAnswer(page: Page): Promise<void> {
  await expect.poll(() => heldAnswers(page), poll).toBeGreaterThan(0);
  await page.evaluate(() => (window as unknown as { __heldAnswers: Array<() => void> }).__heldAnswers.shift()?.());
}

/** Replaces the first `from` in the text of `file` by `to`, as a keystroke in that file would (a change of its model). */
export function replaceInFile(page: Page, file: string, from: string, to: string): Promise<void> {
  return page.evaluate(
    ({ file, from, to }) => {
      const model = window.__lovkode?.app.docs.get(file)?.model;
      const match = model?.findMatches(from, false, false, true, null, false)[0];
      if (!model || !match) throw new Error(`finner ikke «${from}» i ${file}`);
      model.pushEditOperations([], [{ range: match.range, text: to }], () => null);
    },
    { file, from, to },
  );
}

/** The editor's current text, through Monaco's model. */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.__lovkode?.app.editor.getValue() ?? '');
}

/** Puts the cursor at the end of the first line containing `text` (or just after `text` with `after`). */
export async function placeCursor(page: Page, text: string, where: 'end-of-line' | 'after' | 'select' = 'end-of-line'): Promise<number> {
  const line = await page.evaluate(
    ({ text, where }) => {
      const lk = window.__lovkode;
      if (!lk) throw new Error('editoren er ikke startet');
      const editor = lk.app.editor;
      const model = editor.getModel();
      if (!model) throw new Error('ingen fil er åpen');
      const match = model.findMatches(text, false, false, true, null, false)[0];
      if (!match) throw new Error(`finner ikke «${text}»`);
      const r = match.range;
      if (where === 'select') editor.setSelection(r);
      else if (where === 'after') editor.setPosition({ lineNumber: r.endLineNumber, column: r.endColumn });
      else editor.setPosition({ lineNumber: r.startLineNumber, column: model.getLineMaxColumn(r.startLineNumber) });
      editor.revealLineInCenter(r.startLineNumber);
      editor.focus();
      return r.startLineNumber;
    },
    { text, where },
  );
  return line;
}

/** The editor's performance marks (navigation start = 0), rounded to ms. */
export function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('lk:') && !m.name.startsWith('lk:edit'))
        .map((m) => [m.name, Math.round(m.startTime)]),
    ),
  );
}

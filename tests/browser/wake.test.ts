// The wake message (entrypoints/wake.content.ts, issue 21) in the built extension in Chromium: a
// page opened after the browser stopped the idle service worker starts it with `{ type: 'wake' }`
// at document start, before the page's own `analyze`; the message carries its type and nothing
// else (nothing about the page); a page where the extension does not run automatically wakes
// nothing; a cold start restores the candidates' sentence features an earlier life kept on disk
// (store derivedData); and no request leaves 127.0.0.1. Firefox (a persistent background page): wake-firefox.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BrowserContext, type Page } from 'playwright-core';
import { type FixtureServer, recordOffHost, SEED_IDS, startFixtureServer } from './fixtures';
import { pageState } from './probes';
import { extensionWorker, launchChromium } from './shared';

describe('wake at document start (Chromium)', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const offHost: string[] = [];
  const pageErrors: string[] = [];

  /** Runs `fn` in the extension's worker (woken if need be). */
  const inWorker = async <T>(fn: () => T | Promise<T>): Promise<T> => (await extensionWorker(context)).evaluate(fn);
  const settled = () =>
    page.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', null, { timeout: 60_000 });
  /** Stops the extension's service worker as Chrome does after 30 s idle (a mark left in this life shows whether the next is another). */
  const stopWorker = async () => {
    await inWorker(() => void ((globalThis as any).__lifeBeforeStop = true));
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    profile = mkdtempSync(`${tmpdir()}/sc-wake-`);
    context = await launchChromium(profile);
    recordOffHost(context, offHost);
    await extensionWorker(context);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('a page opened with the worker stopped wakes it before asking for its analysis, with a message that is its type alone', async () => {
    // The first page stores the seeds and builds the first index.
    await page.goto(`${server.origin}/article/${SEED_IDS[0]}`);
    await settled();
    await stopWorker();
    await page.goto(`${server.origin}/article/${SEED_IDS[1]}`);
    await settled();
    const state = await page.evaluate(pageState);
    expect(state.status).toBe('ready');
    expect(state.highlights).toBeGreaterThan(0);
    // Another background life than the one stopped, started by this page.
    expect(await inWorker(() => (globalThis as any).__lifeBeforeStop ?? false)).toBe(false);
    const marks = await inWorker(() => (globalThis as any).__sourceCompare.startMarks());
    // This background life began with the page's wake, which came before its analyze.
    expect(marks.wakeReceived).toBeGreaterThan(0);
    expect(marks.wakeReceived).toBeLessThanOrEqual(marks.analyzeReceived);
    // Every wake this life received (the page's): the field `type`, nothing else.
    const fields: string[][] = await inWorker(() => (globalThis as any).__sourceCompare.wakeFields());
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(f).toEqual(['type']);
  });

  it('a cold start loads its documents with the sentence features an earlier background life kept on disk', async () => {
    // What the last pages' analyses derived is written after their answers (store derivedData).
    const kept = () =>
      inWorker(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('source-compare-corpus');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result.transaction('derivedData').objectStore('derivedData').count();
              count.onsuccess = () => {
                resolve(count.result);
                open.result.close();
              };
              count.onerror = () => reject(count.error);
            };
          }),
      );
    await expect.poll(kept, { timeout: 30_000, interval: 100 }).toBeGreaterThan(0);
    await stopWorker();
    await page.goto(`${server.origin}/article/${SEED_IDS[3]}`);
    await settled();
    const state = await page.evaluate(pageState);
    expect(state.status).toBe('ready');
    expect(state.highlights).toBeGreaterThan(0);
    expect(await inWorker(() => (globalThis as any).__lifeBeforeStop ?? false)).toBe(false);
    // The page's candidates (the other seeds, all on its story) came from the store with their features.
    const lastPage = await inWorker(async () => (await (globalThis as any).__sourceCompare.indexLoad())?.lastPage);
    expect(lastPage.loaded).toBeGreaterThan(0);
    expect(lastPage.restored).toBeGreaterThan(0);
    expect(lastPage.restored).toBeLessThanOrEqual(lastPage.loaded);
  });

  it('a page where the extension does not run automatically wakes nothing', async () => {
    await inWorker(() => (globalThis as any).chrome.storage.local.set({ settings: { mode: 'click', sites: [] }, settings$: { v: 1 } }));
    const before = (await inWorker(() => (globalThis as any).__sourceCompare.wakeFields())).length;
    await page.goto(`${server.origin}/article/${SEED_IDS[2]}`);
    // The reader asks (the toolbar button): the page is read and answered now, long after its
    // document start, when a wake would have been sent.
    expect(await inWorker(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(true);
    await settled();
    expect((await page.evaluate(pageState)).status).toBe('ready');
    expect((await inWorker(() => (globalThis as any).__sourceCompare.wakeFields())).length).toBe(before);
    await inWorker(() => (globalThis as any).chrome.storage.local.set({ settings: { mode: 'auto', sites: [] }, settings$: { v: 1 } }));
  });

  it('no page error, and no request beyond 127.0.0.1', () => {
    expect(pageErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(server.requests.length).toBeGreaterThan(0);
  });
});

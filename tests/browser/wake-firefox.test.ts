// The wake message (entrypoints/wake.content.ts) in Firefox ESR, whose background is a persistent
// page: already awake, so a wake only finds the library open. Harmless: pages are analysed as
// before, every wake the background received is `{ type }` alone (read from the background page
// through an extension tab), and no request leaves 127.0.0.1. Chromium: wake.test.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'puppeteer-core';
import { type FixtureServer, recordOffHost, SEED_IDS, startFixtureServer } from './fixtures';
import { pageState } from './probes';
import { launchFirefox, openMatchInReader, requireBuild } from './shared';

describe('wake at document start (Firefox ESR)', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  const offHost: string[] = [];
  const pageErrors: string[] = [];

  const settle = (p: Page) =>
    p.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', { timeout: 60_000 });

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchFirefox();
    page = await browser.newPage();
    recordOffHost(page, offHost);
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the build wakes at document start, top frame only', () => {
    const manifest = JSON.parse(readFileSync(`${requireBuild('firefox-mv2')}/manifest.json`, 'utf8')) as { content_scripts: { js: string[]; run_at: string; all_frames: boolean }[] };
    const wake = manifest.content_scripts.find((c) => c.js.some((j) => j.includes('wake')));
    expect(wake).toMatchObject({ run_at: 'document_start', all_frames: false });
  });

  it('pages are analysed as before, and every wake the background page received is its type alone', async () => {
    for (const id of [SEED_IDS[0]!, SEED_IDS[1]!]) {
      await page.goto(`${server.origin}/article/${id}`);
      await settle(page);
      const state = await page.evaluate(pageState);
      expect(state.status).toBe('ready');
      expect(state.highlights).toBeGreaterThan(0);
    }
    // An extension tab (a seed match opens the extension's reader), from which the background
    // page is reachable.
    const { reader } = await openMatchInReader(browser, page);
    await reader.waitForFunction(() => location.pathname === '/reader.html', { timeout: 15_000 });
    const fields = await reader.evaluate(async () => {
      const bg = (await (globalThis as any).browser.runtime.getBackgroundPage()) as any;
      return bg.__sourceCompare.wakeFields() as string[][];
    });
    // One per page opened (the reader tab is an extension page: no content script, no wake).
    expect(fields).toEqual([['type'], ['type']]);
    await reader.close();
  });

  it('no page error, and no request beyond 127.0.0.1', () => {
    expect(pageErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(server.requests.length).toBeGreaterThan(0);
  });
});

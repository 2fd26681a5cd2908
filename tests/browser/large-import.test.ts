// After a large import (issue 21), in the built extension in Debian's Chromium with its real
// IndexedDB: the imported articles are indexed in the background, a page opened meanwhile is
// answered at once from the articles searchable so far and the sidebar says so, and once the
// indexing is done the same page is compared with the whole library and the notice is gone.
// The library is the bench's synthetic corpus (scripts/bench/synthetic-corpus.ts), imported
// through the options page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BrowserContext, type Page } from 'playwright-core';
import { type FixtureServer, recordOffHost, SEED_IDS, startFixtureServer } from './fixtures';
import { extensionWorker, launchChromium } from './shared';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../utils/storage/export-format';

const SIDEBAR = '[role="complementary"][aria-label*="Source comparison"]';
/** Enough articles that indexing them takes seconds (~150–260 a second here), well over what a page waits for (200). */
const IMPORTED = 1500;

describe('a large import in Chromium', () => {
  let server: FixtureServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const offHost: string[] = [];
  const seeds = loadSeedDocs();
  const pageUrl = () => `${server.origin}/article/${SEED_IDS[0]}`;

  const indexLoad = async (): Promise<{ docs: number; pending?: number; persisted: boolean } | null> =>
    (await extensionWorker(context)).evaluate(() => (globalThis as any).__sourceCompare.indexLoad());

  async function openWithSidebar() {
    await page.goto(pageUrl());
    await page.waitForFunction(() => !['loading', undefined].includes(document.documentElement.dataset.sourceCompare), null, { timeout: 60_000 });
    if (!(await page.locator(SIDEBAR).count())) {
      expect(await (await extensionWorker(context)).evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(true);
    }
    await page.locator(SIDEBAR).waitFor({ timeout: 10_000 });
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    profile = mkdtempSync(`${tmpdir()}/sc-large-import-`);
    context = await launchChromium(profile, { viewport: { width: 1280, height: 860 } });
    recordOffHost(context, offHost);
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('answers a page during the indexing from what is searchable, says so, and compares with everything once done', async () => {
    // The seeds alone first (few enough that the first page waits for them to be indexed).
    await openWithSidebar();
    expect(await page.locator(`${SIDEBAR} [data-testid="indexing-notice"]`).count()).toBe(0);

    const documents = generateCorpus({ size: IMPORTED + seeds.length, seeds })
      .docs.filter((d) => !seeds.some((s) => s.id === d.id))
      .map((d) => ({ ...d, addedAt: '2025-05-01T00:00:00.000Z', source: 'user', hidden: false }));
    const options = await context.newPage();
    const extId = new URL((await extensionWorker(context)).url()).host;
    await options.goto(`chrome-extension://${extId}/options.html`);
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2025-05-02T00:00:00.000Z', documents });
    await options.locator('[data-testid="import-file"]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await options.locator('[data-testid="import-result"]').filter({ hasText: /Imported/ }).waitFor({ timeout: 120_000 });
    await options.close();

    await openWithSidebar();
    const notice = page.locator(`${SIDEBAR} [data-testid="indexing-notice"]`);
    await notice.waitFor({ timeout: 10_000 });
    const text = (await notice.textContent())!.replace(/\s+/g, ' ');
    const m = /compared with ([\d,]+) of its ([\d,]+) articles/.exec(text);
    expect(m, text).not.toBeNull();
    const [searchable, total] = [Number(m![1].replace(/,/g, '')), Number(m![2].replace(/,/g, ''))];
    expect(searchable).toBeLessThan(total);
    // The import stored most of the file (the store refuses the generator's near-duplicates).
    expect(total).toBeGreaterThan(IMPORTED * 0.8);
    const coverageDuring = (await page.evaluate(() => document.documentElement.dataset.sourceCompareHighlights)) ?? '';

    // The indexing goes on in the background, batch by batch, until every article is searchable.
    await expect.poll(async () => (await indexLoad())?.persisted, { timeout: 180_000, interval: 500 }).toBe(true);
    // Every article the notice counted is searchable now.
    expect(await indexLoad()).toMatchObject({ pending: 0, docs: total });
    await openWithSidebar();
    expect(await page.locator(`${SIDEBAR} [data-testid="indexing-notice"]`).count()).toBe(0);
    expect(Number(await page.evaluate(() => document.documentElement.dataset.sourceCompareHighlights))).toBeGreaterThanOrEqual(Number(coverageDuring || 0));
  }, 420_000);

  it('made no request beyond 127.0.0.1', () => {
    expect(offHost).toEqual([]);
  });
});

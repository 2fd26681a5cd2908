// A new reader grows the corpus from the sidebar (CONTRACT §4), in the built extension in
// Debian's Chromium with its real IndexedDB: open an article on the story that is not in the
// corpus, add it, open a related article and find the added one among the outlets there —
// also after the browser restarts on the same profile, when the background reads the search
// index kept in IndexedDB (schema v6) and has nothing to index again (read from the service
// worker's indexLoad test hook). The article is written for this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BrowserContext, type Page, type Worker } from 'playwright-core';
import { type FixtureServer, recordOffHost, SEED_IDS, startFixtureServer } from './fixtures';
import { probeSidebar } from './probes';
import { artifactsDir, extensionWorker, launchChromium, ROOT } from './shared';

const SIDEBAR = '[role="complementary"][aria-label*="Source comparison"]';
const OUTLET = 'Pacific Ledger';
const RELATED_SEED = SEED_IDS.find((id) => id.startsWith('004'))!;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The test article as a small news page whose metadata names its outlet and date. */
function newOutletPage(): string {
  const [title, ...paragraphs] = readFileSync(`${ROOT}tests/fixtures/articles/pacific-ledger-fentanyl.txt`, 'utf8').trim().split('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title!)} | ${OUTLET}</title>
<meta property="og:site_name" content="${OUTLET}"><meta property="article:published_time" content="2025-05-09T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${esc(title!)}</h1><p class="byline">By a staff writer</p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><aside><h2>More news</h2><ul><li><a href="/x">Rain expected this weekend</a></li></ul></aside></main>
<footer>© ${OUTLET}</footer></body></html>`;
}

describe('adding a page to the corpus in Chromium', () => {
  let server: FixtureServer;
  let profile: string;
  let context: BrowserContext;
  let worker: Worker;
  let page: Page;
  const offHost: string[] = [];

  async function launch() {
    context = await launchChromium(profile, {
      viewport: { width: 1280, height: 860 },
    });
    recordOffHost(context, offHost);
    worker = await extensionWorker(context);
    page = context.pages()[0] ?? (await context.newPage());
  }

  async function openWithSidebar(path: string) {
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => !['loading', undefined].includes(document.documentElement.dataset.sourceCompare), null, { timeout: 60_000 });
    if (!(await page.locator(SIDEBAR).count())) {
      expect(await (await extensionWorker(context)).evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(true);
    }
    await page.locator(SIDEBAR).waitFor({ timeout: 10_000 });
  }

  /** Corpus ids of every match in the sidebar. */
  const matchedSources = async () => new Set((await page.evaluate(probeSidebar)).cards.flatMap((c) => c.matches.map((m) => m.source)));

  beforeAll(async () => {
    server = await startFixtureServer();
    server.pages.set('/news/pacific-ledger-fentanyl', newOutletPage());
    profile = mkdtempSync(`${tmpdir()}/sc-add-`);
    await launch();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  let addedId = '';

  /** How the background's current life loaded its index (the service worker's test hook). */
  const indexLoad = async (): Promise<{ docs: number; fromEntries: number; reindexed: number; persisted: boolean; indexed?: number; pending?: number } | null> =>
    (await extensionWorker(context)).evaluate(() => (globalThis as any).__sourceCompare.indexLoad());

  it('compares the new article with the seeds, then stores it from the sidebar', async () => {
    await openWithSidebar('/news/pacific-ledger-fentanyl');
    expect(await page.evaluate(() => document.documentElement.dataset.sourceCompare)).toBe('ready');
    // A new profile: the seeds were just stored, with no index entries yet, so they were indexed
    // from their texts, before this first page was answered (few enough to wait for).
    expect(await indexLoad()).toMatchObject({ docs: SEED_IDS.length, fromEntries: 0, reindexed: SEED_IDS.length, pending: 0, persisted: true });
    const before = await matchedSources();
    expect(before.size).toBeGreaterThan(0);
    for (const s of before) expect(SEED_IDS).toContain(s);

    await page.locator('[data-testid="add-page"]').click();
    // The outcome, not the pending line ("Storing this article…") the sidebar shows meanwhile:
    // storing now indexes the article in the same transaction, long enough to be seen.
    const status = page.locator(`${SIDEBAR} [role="status"], ${SIDEBAR} [role="alert"]`).filter({ hasText: /\S/ }).filter({ hasNotText: /^Storing this article/ });
    await status.first().waitFor({ timeout: 15_000 });
    expect(await status.first().getAttribute('role')).toBe('status');
    expect(await status.first().textContent()).toMatch(/Stored/);
  });

  it('shows the added article among the outlets of a related seed article', async () => {
    await openWithSidebar(`/article/${RELATED_SEED}`);
    const sources = await matchedSources();
    const added = [...sources].filter((s) => !SEED_IDS.includes(s));
    expect(added).toHaveLength(1);
    addedId = added[0]!;
    expect((await page.evaluate(probeSidebar)).text).toContain(OUTLET);
    await page.screenshot({ path: `${artifactsDir()}chromium-added-outlet.png` });
  });

  it('does not offer to store the article again: the sidebar says it is already in the library', async () => {
    await openWithSidebar('/news/pacific-ledger-fentanyl');
    const stored = page.locator(`${SIDEBAR} [data-testid="already-stored"]`);
    await stored.waitFor({ timeout: 15_000 });
    expect(await stored.textContent()).toMatch(/Already in your library/);
    expect(await page.locator(`${SIDEBAR} [data-testid="add-page"]`).count()).toBe(0);
    // Its button opens the library (the options page) in a new tab.
    const [options] = await Promise.all([context.waitForEvent('page'), stored.locator('[data-testid="open-library"]').click()]);
    await options.waitForURL(/\/options\.html/);
    await options.close();
  });

  it('still has the added article, matched, after the browser restarts on the same profile, with nothing to index again', async () => {
    // The seeds were made searchable at the first start; the added page when it was stored.
    await expect.poll(async () => (await indexLoad())?.persisted, { timeout: 15_000 }).toBe(true);
    await context.close();
    await launch();
    await openWithSidebar(`/article/${RELATED_SEED}`);
    expect(await matchedSources()).toContain(addedId);
    expect(await indexLoad()).toMatchObject({ docs: SEED_IDS.length + 1, indexed: 0, pending: 0, persisted: true });
    const extId = new URL(worker.url()).host;
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.locator(`[data-testid="corpus-row"][data-doc-id="${addedId}"]`).waitFor({ timeout: 15_000 });
  });

  it('made no request beyond 127.0.0.1', () => {
    expect(offHost).toEqual([]);
  });
});

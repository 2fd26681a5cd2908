// Remember as you read, follow a match, and page furniture (issues 12 and 13) in the built
// extension in Debian's Chromium with its real IndexedDB. Pages are written for the test
// (remember-fixtures.ts). Settings are changed through the options page as a reader would;
// the background's in-memory remember log (a test hook on the service worker) says what it did
// with each page, so "nothing stored" is checked on an event, not after a sleep.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BrowserContext, type Page } from 'playwright-core';
import { isLocalUrl, SEED_IDS, startFixtureServer, type FixtureServer } from './fixtures';
import { probeRanges, probeSidebar, probeStoredDocs } from './probes';
import { extensionWorker, launchChromium } from './shared';
import { articleLines, CHANNEL_A, CHANNEL_B, dateLine, FURNITURE, furniturePage, outletPage } from './remember-fixtures';

const SIDEBAR = '[role="complementary"][aria-label*="Source comparison"]';

interface LogEntry {
  url: string;
  status: string;
  detail: string;
}


describe('remember as you read, and following a match, in Chromium', () => {
  let server: FixtureServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let options: Page;
  let extId: string;
  const offHost: string[] = [];

  const log = async (): Promise<LogEntry[]> => (await extensionWorker(context)).evaluate(() => (globalThis as any).__sourceCompare.rememberLog());
  /** Waits for the background's decision on the `n`-th page it saw (1-based) and returns it. */
  const decision = async (n: number): Promise<LogEntry> => {
    await expect.poll(async () => (await log()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(n);
    return (await log())[n - 1]!;
  };
  const settle = () => page.waitForFunction(() => !['loading', undefined].includes(document.documentElement.dataset.sourceCompare), null, { timeout: 60_000 });
  const open = async (url: string) => {
    await page.goto(url);
    await settle();
  };
  const openSidebar = async () => {
    // The toolbar hook acts on the active tab; the options page is open beside the article.
    await page.bringToFront();
    if (!(await page.locator(SIDEBAR).count())) {
      expect(await (await extensionWorker(context)).evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(true);
    }
    await page.locator(SIDEBAR).waitFor({ timeout: 10_000 });
  };
  const docs = () => options.evaluate(probeStoredDocs);
  const optionsPage = async () => {
    await options.goto(`chrome-extension://${extId}/options.html`);
    await options.locator('[data-testid="corpus-row"]').first().waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const a of [CHANNEL_A, CHANNEL_B]) server.pages.set(a.path, outletPage(a, server.origin));
    server.pages.set('/furniture', furniturePage(SEED_IDS[1]!));
    profile = mkdtempSync(`${tmpdir()}/sc-remember-`);
    context = await launchChromium(profile, { viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    context.on('request', (r) => {
      // localhost is this machine too: it stands for a second site (a site left out).
      if (!isLocalUrl(r.url()) && new URL(r.url()).hostname !== 'localhost') offHost.push(r.url());
    });
    const worker = await extensionWorker(context);
    extId = new URL(worker.url()).host;
    page = context.pages()[0] ?? (await context.newPage());
    options = await context.newPage();
    await optionsPage();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('is off by default, and with the switch off an article page is not stored', async () => {
    expect(await options.locator('[data-testid="remember-reading"]').isChecked()).toBe(false);
    await open(`${server.origin}${CHANNEL_A.path}`);
    expect(await decision(1)).toMatchObject({ url: `${server.origin}${CHANNEL_A.path}`, status: 'not-remembered', detail: 'off' });
    expect((await docs()).filter((d) => d.source !== 'seed')).toEqual([]);
    // The sidebar offers no pause while remembering is off.
    await openSidebar();
    expect(await page.locator('[data-testid="remember-pause"]').count()).toBe(0);
  });

  it('with the switch on, stores the article with outlet, date, author and URL from its metadata, once', async () => {
    await options.locator('[data-testid="remember-reading"]').check();
    await options.locator('[data-testid="remember-message"]').filter({ hasText: 'will be remembered' }).waitFor();
    await options.locator('[data-testid="remember-sites-except"]').check();
    await options.locator('[data-testid="remember-site-input"]').fill('localhost');
    await options.locator('[data-testid="remember-site-input"]').press('Enter');
    await options.locator('[data-testid="remember-site-row"]').filter({ hasText: 'localhost' }).waitFor();

    await open(`${server.origin}${CHANNEL_A.path}?utm_source=feed`);
    const stored = await decision(2);
    expect(stored.status).toBe('stored');
    const doc = (await docs()).find((d) => d.id === stored.detail)!;
    expect(doc).toMatchObject({ outlet: CHANNEL_A.outlet, date: '2025-05-09', author: CHANNEL_A.author, url: `${server.origin}${CHANNEL_A.path}`, remembered: true, source: 'user' });
    // The page prints a date line under its headline; the stored text is the headline and the
    // article's paragraphs, without it (the date is kept from the metadata, above).
    const { title, paragraphs } = articleLines(CHANNEL_A);
    expect(await page.evaluate(() => document.body.innerText)).toContain(dateLine(CHANNEL_A.published));
    expect(doc.text).not.toContain(dateLine(CHANNEL_A.published));
    expect(doc.text.split('\n')).toEqual([title, ...paragraphs]);

    await open(`${server.origin}${CHANNEL_A.path}`);
    expect(await decision(3)).toMatchObject({ status: 'duplicate', detail: stored.detail });
    expect((await docs()).filter((d) => d.remembered)).toHaveLength(1);

    // Listed on the options page once (not also in a list of its own), with outlet, date and
    // URL, and under "Show: Remembered as you read" with the other remembered articles.
    await optionsPage();
    expect(await options.locator(`[data-doc-id="${stored.detail}"]`).count()).toBe(1);
    await options.locator('[data-testid="library-show"]').selectOption('remembered');
    await expect.poll(() => options.locator('[data-testid="corpus-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')))).toEqual([stored.detail]);
    const row = options.locator(`[data-testid="corpus-row"][data-doc-id="${stored.detail}"]`);
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(CHANNEL_A.outlet);
    expect(text).toContain('2025');
    expect(text).toContain(`${server.origin}${CHANNEL_A.path}`);
  });

  it('matches the next article on the story against it, and its open-source link goes to the stored URL with a text fragment', async () => {
    const aId = (await log())[1]!.detail;
    await open(`${server.origin}${CHANNEL_B.path}`);
    expect(await page.evaluate(() => document.documentElement.dataset.sourceCompare)).toBe('ready');
    await openSidebar();
    const matches = page.locator(`${SIDEBAR} [data-testid="match"][data-source="${aId}"]`);
    expect(await matches.count()).toBeGreaterThan(3);
    const first = matches.first();
    const sentence = (await first.locator('.sc-quote').textContent())!.trim();
    expect(articleLines(CHANNEL_A).paragraphs.join('\n')).toContain(sentence);
    const link = first.locator('[data-testid="open-source"]');
    const href = (await link.getAttribute('href'))!;
    const [base, directive] = href.split('#:~:text=');
    expect(base).toBe(`${server.origin}${CHANNEL_A.path}`);
    const words = sentence.split(/\s+/);
    const terms = directive!.split(',').map(decodeURIComponent);
    expect(sentence.startsWith(terms[0]!)).toBe(true);
    if (terms.length === 2) expect(sentence.endsWith(terms[1]!)).toBe(true);
    else expect(terms[0]).toBe(words.join(' '));
    expect(directive).not.toMatch(/[\s-]/);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    // B itself is remembered after its analysis.
    expect(await decision(4)).toMatchObject({ url: `${server.origin}${CHANNEL_B.path}`, status: 'stored' });
  });

  it('never stores a page on a site left out', async () => {
    const port = new URL(server.origin).port;
    await open(`http://localhost:${port}${CHANNEL_B.path}?again`);
    expect(await decision(5)).toMatchObject({ status: 'not-remembered', detail: 'site left out' });
    expect((await docs()).filter((d) => d.remembered)).toHaveLength(2);
  });

  it('"Paused on this site" in the sidebar stops remembering there', async () => {
    await open(`${server.origin}/article/${SEED_IDS[2]}`);
    expect(await decision(6)).toMatchObject({ status: 'duplicate' });
    await openSidebar();
    const pause = page.locator('[data-testid="remember-pause"]');
    await pause.check();
    await optionsPage();
    await options.locator('[data-testid="remember-paused-row"]').filter({ hasText: '127.0.0.1' }).waitFor();
    await open(`${server.origin}/article/${SEED_IDS[3]}`);
    expect(await decision(7)).toMatchObject({ status: 'not-remembered', detail: 'paused on this site' });
    await openSidebar();
    await page.locator('[data-testid="remember-pause"]').uncheck();
    await expect.poll(async () => (await options.evaluate(() => new Promise((r) => (globalThis as any).chrome.storage.local.get('rememberReading', r)))) as any).toMatchObject({ rememberReading: { paused: [] } });
  });

  it('expiry removes only unpinned remembered articles (clock passed to the test hook)', async () => {
    const [aId, bId] = [(await log())[1]!.detail, (await log())[3]!.detail];
    await optionsPage();
    // A hand-imported article, which must never expire.
    const text = `${articleLines(CHANNEL_A).title} (reader's copy)\n${articleLines(CHANNEL_B).paragraphs.map((p) => p.replace('the', 'that')).join('\n')}`;
    await options.locator('[data-testid="import-file"]').setInputFiles({ name: 'my-notes.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await options.locator('[data-testid="import-result"]').filter({ hasText: /Imported 1 document/ }).waitFor();
    const imported = (await docs()).find((d) => d.source === 'user' && !d.remembered)!;
    expect(imported).toBeDefined();
    await options.locator(`[data-testid="corpus-row"][data-doc-id="${aId}"] [data-testid="pin-doc"]`).click();
    await expect.poll(async () => (await docs()).find((d) => d.id === aId)?.pinned).toBe(true);

    const in200Days = new Date(Date.now() + 200 * 86_400_000).toISOString();
    const gone = await (await extensionWorker(context)).evaluate((at) => (globalThis as any).__sourceCompare.expireRemembered(at), in200Days);
    expect(gone).toEqual([bId]);
    const left = (await docs()).map((d) => d.id);
    expect(left).toContain(aId);
    expect(left).toContain(imported.id);
    for (const s of SEED_IDS) expect(left).toContain(s);
    expect(left).not.toContain(bId);
    await optionsPage();
    await options.locator('[data-testid="library-show"]').selectOption('remembered');
    await expect.poll(() => options.locator('[data-testid="corpus-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')))).toEqual([aId]);
    expect(await options.locator(`[data-testid="corpus-row"][data-doc-id="${aId}"] [data-testid="pin-doc"]`).getAttribute('aria-pressed')).toBe('true');
  });

  it('a match of a document without a URL opens the extension’s reader at that sentence, marked', async () => {
    await open(`${server.origin}/article/${SEED_IDS[0]}`);
    await openSidebar();
    const match = page.locator(`${SIDEBAR} [data-testid="match"]`).first();
    const sentence = (await match.locator('.sc-quote').textContent())!.trim();
    const button = match.locator('[data-testid="open-source"]');
    expect(await button.evaluate((el) => el.tagName)).toBe('BUTTON');
    const [reader] = await Promise.all([context.waitForEvent('page'), button.click()]);
    await reader.locator('[data-testid="reader-mark"]').waitFor({ timeout: 15_000 });
    expect(new URL(reader.url()).pathname).toBe('/reader.html');
    expect((await reader.locator('[data-testid="reader-mark"]').textContent())!.replace(/\s+/g, ' ').trim()).toBe(sentence.replace(/\s+/g, ' '));
    // Plain text only: the marked sentence is the one element inside its paragraph.
    expect(await reader.locator('[data-testid="reader-text"] *:not(p):not(mark)').count()).toBe(0);
    const inView = await reader.locator('[data-testid="reader-mark"]').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await reader.close();
  });

  it('makes no claim, card or highlight of page furniture', async () => {
    await open(`${server.origin}/furniture`);
    expect(await page.evaluate(() => document.documentElement.dataset.sourceCompare)).toBe('ready');
    await openSidebar();
    // Every claim, matched or not, gets a card and a highlight (unmatched claims shown).
    const all = page.locator(`${SIDEBAR} [data-testid="unmatched-toggle"]`);
    if ((await all.getAttribute('aria-pressed')) !== 'true') await all.click();
    await page.locator(`${SIDEBAR} [data-testid="unmatched-toggle"][aria-pressed="true"]`).waitFor();
    // (the cards are drawn at once from the report: wait for them, whether any claim is unmatched or not)
    await expect.poll(async () => (await page.evaluate(probeSidebar)).cards.length).toBeGreaterThan(3);
    const sb = await page.evaluate(probeSidebar);
    const ranges = (await page.evaluate(probeRanges)).texts;
    expect(ranges.length).toBeGreaterThan(0);
    for (const f of FURNITURE) {
      // The page does print it…
      expect(await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))).toContain(f.replace(/\s+/g, ' '));
      // …but no card or highlight is made of it.
      for (const c of sb.cards) expect(c.text).not.toContain(f);
      for (const r of ranges) expect(r).not.toContain(f);
    }
  });

  it('groups the corpus by story with the engine, and exports one story alone', async () => {
    await optionsPage();
    const ids = (await docs()).map((d) => d.id);
    const aId = (await log())[1]!.detail;
    const copy = (await docs()).find((d) => d.source === 'user' && !d.remembered)!.id;
    await options.locator('[data-testid="group-toggle"]').check();
    const headings = options.locator('[data-testid="story-heading"]');
    await expect.poll(() => headings.count(), { timeout: 60_000 }).toBe(2);
    const texts = await headings.allTextContents();
    expect(texts.some((t) => /5 articles/.test(t))).toBe(true);
    const harbour = headings.filter({ hasText: /2 articles/ });
    expect(await harbour.textContent()).toContain(CHANNEL_A.outlet);
    const [download] = await Promise.all([options.waitForEvent('download'), harbour.locator('[data-testid="export-story"]').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('source-compare-corpus');
    expect(exported.documents.map((d: { id: string }) => d.id).sort()).toEqual([aId, copy].sort());
    expect(ids).toHaveLength(7);
  });

  it('made no request beyond this machine', () => {
    expect(offHost).toEqual([]);
  });
});

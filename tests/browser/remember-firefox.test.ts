// Remember as you read and following a match, in Debian's Firefox ESR (puppeteer-core over
// WebDriver BiDi): the switch on the options page, a page remembered with its metadata (and one
// opened while the switch was off, not), and a match's links (text fragment to the stored URL,
// and the extension's reader for a document without a URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'puppeteer-core';
import { type FixtureServer, recordOffHost, SEED_IDS, startFixtureServer } from './fixtures';
import { probeHighlights } from './probes';
import { launchFirefox, openMatchInReader } from './shared';
import { articleLines, CHANNEL_A, CHANNEL_B, outletPage } from './remember-fixtures';

/** Fixed so the test can open moz-extension:// pages (Firefox gives each install a random one otherwise). */
const UUID = '5b7a3c1e-0d2f-4e6a-9c8b-1a2b3c4d5e6f';
const EXT_ID = 'source-compare@news-tools.local';
const sel = (inner: string) => `source-compare-sidebar >>> ${inner}`;

describe('remember as you read in Firefox ESR', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  let options: Page;
  const offHost: string[] = [];

  const settle = (p: Page) =>
    p.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', { timeout: 60_000 });
  const open = async (path: string) => {
    await page.bringToFront();
    await page.goto(`${server.origin}${path}`);
    await settle(page);
  };
  /**
   * Remembered rows as the options page lists them, re-read on each call. The options page is an
   * extension tab the extension itself opened (WebDriver BiDi may not navigate a tab to a
   * moz-extension:// URL, but the page may navigate itself).
   */
  const rememberedRows = async () => {
    await options.evaluate(() => {
      (window as { __stale?: boolean }).__stale = true;
      location.reload();
    });
    await options.waitForFunction(() => !(window as { __stale?: boolean }).__stale && document.querySelectorAll('[data-testid="corpus-row"]').length > 0, { timeout: 30_000 });
    // Remembered articles are listed once, in the library, each with a Pin button (no other row has one).
    return options.$$eval('[data-testid="corpus-row"]', (rows) =>
      rows.filter((r) => r.querySelector('[data-testid="pin-doc"]')).map((r) => ({ id: r.getAttribute('data-doc-id')!, text: r.textContent ?? '' })),
    );
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const a of [CHANNEL_A, CHANNEL_B]) server.pages.set(a.path, outletPage(a, server.origin));
    browser = await launchFirefox({ 'extensions.webextensions.uuids': JSON.stringify({ [EXT_ID]: UUID }) });
    page = await browser.newPage();
    recordOffHost(page, offHost);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a match of a seed (no URL) opens the extension’s reader at the sentence, marked', async () => {
    await open(`/article/${SEED_IDS[1]}`);
    const { reader, sentence } = await openMatchInReader(browser, page);
    await reader.waitForSelector('[data-testid="reader-mark"]', { timeout: 15_000 });
    expect(await reader.evaluate(() => location.href)).toMatch(new RegExp(`^moz-extension://${UUID}/reader\\.html\\?doc=`));
    expect((await reader.$eval('[data-testid="reader-mark"]', (m) => m.textContent))!.replace(/\s+/g, ' ').trim()).toBe(sentence.replace(/\s+/g, ' '));
    // The same tab becomes the options page for the tests below.
    await reader.evaluate(() => void (location.href = 'options.html'));
    options = reader;
    await options.waitForFunction(() => location.pathname === '/options.html' && document.querySelectorAll('[data-testid="corpus-row"]').length > 0, { timeout: 30_000 });
  });

  it('the switch is off by default; an article opened while it is off is not remembered, one opened after it is on is', async () => {
    expect(await rememberedRows()).toEqual([]);
    expect(await options.$eval('[data-testid="remember-reading"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
    await open(CHANNEL_A.path);

    await options.bringToFront();
    await options.click('[data-testid="remember-reading"]');
    await options.waitForFunction(() => /will be remembered/.test(document.querySelector('[data-testid="remember-message"]')?.textContent ?? ''));
    await open(CHANNEL_B.path);
    await expect.poll(async () => (await rememberedRows()).length, { timeout: 30_000 }).toBe(1);
    const [row] = await rememberedRows();
    expect(row!.text).toContain(CHANNEL_B.outlet);
    expect(row!.text).toContain(`${server.origin}${CHANNEL_B.path}`);
    // A was seen (and analysed) before B while the switch was off: it is not there.
    expect(row!.text).not.toContain(CHANNEL_A.outlet);
  });

  it('stores the article with its metadata once on, and the next article’s match links to it with a text fragment', async () => {
    await open(CHANNEL_A.path);
    await expect.poll(async () => (await rememberedRows()).length, { timeout: 30_000 }).toBe(2);
    const aRow = (await rememberedRows()).find((r) => r.text.includes(CHANNEL_A.outlet))!;
    expect(aRow.text).toContain(`${server.origin}${CHANNEL_A.path}`);
    expect(aRow.text).toMatch(/2025/);

    await open(`${CHANNEL_B.path}?again`);
    const hl = await page.evaluate(probeHighlights);
    expect(hl.target).not.toBeNull();
    await page.mouse.click(hl.target!.x, hl.target!.y);
    const link = await page.waitForSelector(sel(`[data-testid="match"][data-source="${aRow.id}"] a[data-testid="open-source"]`), { timeout: 15_000 });
    const [href, target, rel, sentence] = await link!.evaluate((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel'), a.closest('[data-testid="match"]')!.querySelector('.sc-quote')!.textContent!.trim()]);
    const [base, directive] = href!.split('#:~:text=');
    expect(base).toBe(`${server.origin}${CHANNEL_A.path}`);
    expect(sentence!.startsWith(decodeURIComponent(directive!.split(',')[0]!))).toBe(true);
    expect(articleLines(CHANNEL_A).paragraphs.join('\n')).toContain(sentence);
    expect([target, rel]).toEqual(['_blank', 'noopener']);
    // Opening B again stored nothing new.
    expect(await rememberedRows()).toHaveLength(2);
  });

  it('made no request beyond 127.0.0.1', () => {
    expect(offHost).toEqual([]);
  });
});

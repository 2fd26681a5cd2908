// The built extension (.output/firefox-mv2) in Debian's Firefox ESR, driven by puppeteer-core
// over WebDriver BiDi. Same contract checks as the Chromium test; `>>>` pierces the shadow root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { isLocalUrl, SEED_IDS, startFixtureServer, type FixtureServer } from './fixtures';
import { bodyTextOf, pageState, probeDiff, probeHighlights, probeSidebar } from './probes';
import { artifactsDir, INSTALL_BROWSERS, normalize, requireBuild, requireFile } from './shared';

const FIREFOX = '/usr/bin/firefox-esr';
// A different seed from the Chromium test, so both browsers together cover two pages.
const OWN = SEED_IDS[3]!;
const SIDEBAR = 'source-compare-sidebar >>> [role="complementary"]';

describe('extension in Firefox ESR', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  const offHost: string[] = [];

  beforeAll(async () => {
    requireFile(FIREFOX, 'Firefox ESR', INSTALL_BROWSERS);
    const ext = requireBuild('firefox-mv2');
    server = await startFixtureServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1280, height: 860 },
      extraPrefsFirefox: {
        // Keep Firefox itself off the network (telemetry, update and safe-browsing pings).
        'network.proxy.type': 0,
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    await browser.installExtension(ext);
    page = await browser.newPage();
    page.on('request', (r) => {
      if (!isLocalUrl(r.url())) offHost.push(r.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const waitSettled = (p: Page) =>
    p.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', {
      timeout: 60_000,
    });

  it('analyses an article page, highlights claims and shows other outlets in the sidebar', async () => {
    await page.goto(`${server.origin}/article/${OWN}`);
    await waitSettled(page);
    const state = await page.evaluate(pageState);
    expect(state.status).toBe('ready');
    expect(state.highlights).toBeGreaterThan(0);

    const hl = await page.evaluate(probeHighlights);
    expect(hl.names.length).toBeGreaterThan(0);
    expect(hl.ranges).toBe(state.highlights);
    const before = await page.evaluate(bodyTextOf, server.pages.get(`/article/${OWN}`)!);
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);

    expect(hl.target).not.toBeNull();
    await page.mouse.click(hl.target!.x, hl.target!.y);
    await page.waitForSelector(SIDEBAR, { timeout: 10_000 });
    await page.waitForSelector('source-compare-sidebar >>> [aria-current="true"]');
    const sb = await page.evaluate(probeSidebar);
    expect(sb.label).toContain('Source comparison');
    const current = sb.cards.filter((c) => c.current);
    expect(current).toHaveLength(1);
    expect(normalize(current[0]!.text)).toContain(normalize(hl.target!.text));
    expect(current[0]!.inView).toBe(true);
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);

    // Every claim with matches (one card each, by default) was found in the page and highlighted.
    expect(sb.cards.length).toBe(state.highlights);
    const matches = sb.cards.flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(SEED_IDS).toContain(m.source);
      expect(m.source).not.toBe(OWN);
      expect(['agree', 'adds', 'contradicts']).toContain(m.relation);
    }

    const toggleSel = 'source-compare-sidebar >>> [aria-current="true"] [data-testid="diff-toggle"]';
    const toggle = await page.waitForSelector(toggleSel);
    expect(await toggle!.evaluate((b) => b.getAttribute('aria-pressed'))).toBe('false');
    await toggle!.click();
    await page.waitForSelector(`${toggleSel}[aria-pressed="true"]`);
    const diff = await page.evaluate(probeDiff);
    expect(diff.diffs).toBe(1);
    expect(diff.ins + diff.del).toBeGreaterThan(0);

    await page.screenshot({ path: `${artifactsDir()}firefox.png` });

    // "Add to my corpus": this page is a seed, so the store refuses it as a duplicate and says why.
    await (await page.waitForSelector('source-compare-sidebar >>> [data-testid="add-page"]'))!.click();
    const status = await page.waitForFunction(
      () => {
        const text = document.querySelector('source-compare-sidebar')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
        return /stored/i.test(text) ? text : null;
      },
      { timeout: 15_000 },
    );
    expect(await status.jsonValue()).toMatch(/^Not stored again: /);

    await page.keyboard.press('Escape');
    await page.waitForSelector(SIDEBAR, { hidden: true });
  });

  it('marks a page without an article and draws nothing on it', async () => {
    await page.goto(`${server.origin}/no-article`);
    await waitSettled(page);
    expect(await page.evaluate(pageState)).toEqual({ status: 'no-article', highlights: 0 });
    expect(await page.evaluate(() => (globalThis as any).CSS.highlights.size)).toBe(0);
  });

  it('made no request beyond 127.0.0.1', () => {
    expect(offHost).toEqual([]);
    expect(server.requests.length).toBeGreaterThan(0);
  });
});

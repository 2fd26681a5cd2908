// The built extension (.output/chrome-mv3) in Debian's Chromium, driven by playwright-core.
// Asserts only through CONTRACT §2's hooks. One browser launch for the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { isLocalUrl, SEED_IDS, startFixtureServer, type FixtureServer } from './fixtures';
import { bodyTextOf, pageState, probeDiff, probeHighlights, probeSidebar } from './probes';
import { artifactsDir, INSTALL_BROWSERS, normalize, requireBuild, requireFile } from './shared';

const CHROMIUM = '/usr/lib/chromium/chromium';
const OWN = SEED_IDS[0]!;
const SIDEBAR = '[role="complementary"][aria-label*="Source comparison"]';

describe('extension in Chromium', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let worker: Worker;
  let page: Page;
  let profile: string;
  const offHost: string[] = [];

  beforeAll(async () => {
    requireFile(CHROMIUM, 'Chromium', INSTALL_BROWSERS);
    const ext = requireBuild('chrome-mv3');
    server = await startFixtureServer();
    profile = mkdtempSync(`${tmpdir()}/sc-chromium-`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context.on('request', (r) => {
      if (!isLocalUrl(r.url())) offHost.push(r.url());
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('analyses an article page, highlights claims and shows other outlets in the sidebar', async () => {
    const url = `${server.origin}/article/${OWN}`;
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.sourceCompare !== undefined && document.documentElement.dataset.sourceCompare !== 'loading', null, { timeout: 60_000 });
    const state = await page.evaluate(pageState);
    expect(state.status).toBe('ready');
    expect(state.highlights).toBeGreaterThan(0);

    // Highlights are drawn with the Custom Highlight API, without touching the page's text.
    const hl = await page.evaluate(probeHighlights);
    expect(hl.names.length).toBeGreaterThan(0);
    expect(hl.ranges).toBe(state.highlights);
    const before = await page.evaluate(bodyTextOf, server.pages.get(`/article/${OWN}`)!);
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);

    // Clicking highlighted text opens the sidebar on that claim's card.
    expect(hl.target).not.toBeNull();
    await page.mouse.click(hl.target!.x, hl.target!.y);
    await page.locator(SIDEBAR).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => !!document.querySelector('source-compare-sidebar')?.shadowRoot?.querySelector('[aria-current="true"]'));
    const sb = await page.evaluate(probeSidebar);
    expect(sb.label).toContain('Source comparison');
    const current = sb.cards.filter((c) => c.current);
    expect(current).toHaveLength(1);
    expect(normalize(current[0]!.text)).toContain(normalize(hl.target!.text));
    expect(current[0]!.inView).toBe(true);
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);

    // Cards carry matches from the other seed documents, never from the page's own.
    // Every claim with matches (one card each, by default) was found in the page and highlighted.
    expect(sb.cards.length).toBe(state.highlights);
    const matches = sb.cards.flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(SEED_IDS).toContain(m.source);
      expect(m.source).not.toBe(OWN);
      expect(['agree', 'adds', 'contradicts']).toContain(m.relation);
    }
    expect(sb.cards.every((c) => c.matches.length > 0)).toBe(true);

    // The word diff of a match shows insertions and deletions.
    const toggle = page.locator('[data-testid="claim-card"][aria-current="true"] [data-testid="diff-toggle"]').first();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const diff = await page.evaluate(probeDiff);
    expect(diff.diffs).toBe(1);
    expect(diff.ins + diff.del).toBeGreaterThan(0);

    // Playwright scrolled the toggle into view to click it; bring the card's claim back for the screenshot.
    await page.evaluate(() =>
      document.querySelector('source-compare-sidebar')?.shadowRoot?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'start' }),
    );
    await page.screenshot({ path: `${artifactsDir()}chromium.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${artifactsDir()}chromium-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });

    // "Add to my corpus": this page is a seed, so the store refuses it as a duplicate and says why.
    await page.locator('[data-testid="add-page"]').click();
    const status = page.locator('source-compare-sidebar [role="status"]').filter({ hasText: /stored/i });
    await status.waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toMatch(/^Not stored again: /);

    // The toolbar button (through the service worker's hook) closes and reopens the sidebar; Escape closes it.
    expect(await worker.evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(false);
    await page.locator(SIDEBAR).waitFor({ state: 'detached' });
    expect(await worker.evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(true);
    await page.locator(SIDEBAR).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(SIDEBAR).waitFor({ state: 'detached' });

    // The badge counts contradicted claims in this tab.
    const badge = await worker.evaluate(async () => {
      const api = (globalThis as any).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return api.action.getBadgeText({ tabId: tab.id });
    });
    const contradicted = sb.cards.filter((c) => c.matches.some((m) => m.relation === 'contradicts')).length;
    expect(badge).toBe(contradicted > 0 ? String(contradicted) : '');
  });

  it('says plainly that a page without an article has none', async () => {
    await page.goto(`${server.origin}/no-article`);
    await page.waitForFunction(() => document.documentElement.dataset.sourceCompare === 'no-article', null, { timeout: 30_000 });
    expect(await page.evaluate(pageState)).toEqual({ status: 'no-article', highlights: 0 });
    expect(await page.evaluate(() => (globalThis as any).CSS.highlights.size)).toBe(0);
    expect(await worker.evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(true);
    await page.locator(SIDEBAR).waitFor();
    expect((await page.evaluate(probeSidebar)).text).toContain('No article found on this page');
    await page.screenshot({ path: `${artifactsDir()}chromium-no-article.png` });
  });

  it('made no request beyond 127.0.0.1', () => {
    expect(offHost).toEqual([]);
    expect(server.requests.length).toBeGreaterThan(0);
  });
});

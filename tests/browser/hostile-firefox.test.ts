// Hostile and odd pages in Firefox ESR (puppeteer-core over WebDriver BiDi), with the built
// extension. One browser launch. The sidebar is opened by clicking a highlighted claim (tests
// cannot press Firefox's toolbar button); states are read from CONTRACT §2's <html> hooks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { type Browser, type Page } from 'puppeteer-core';
import { recordOffHost } from './fixtures';
import { pageState, probeHighlights } from './probes';
import { artifactsDir, launchFirefox } from './shared';
import { isPagesOwnCspError, PAYLOADS, probeHighlightStyle, probeInjection, probeSidebarStyles, startHostileServer, type HostileServer } from './hostile-fixtures';

const SIDEBAR = 'source-compare-sidebar >>> [role="complementary"]';

describe('hostile pages in Firefox ESR', () => {
  let server: HostileServer;
  let browser: Browser;
  let page: Page;
  const offHost: string[] = [];
  const pageErrors: string[] = [];
  const figures: Record<string, unknown> = {};

  beforeAll(async () => {
    server = await startHostileServer();
    browser = await launchFirefox();
    page = await browser.newPage();
    recordOffHost(page, offHost);
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });

  afterAll(async () => {
    writeFileSync(`${artifactsDir()}hostile-firefox.json`, JSON.stringify(figures, null, 2));
    console.log('hostile-firefox figures', JSON.stringify(figures, null, 2));
    await browser?.close();
    await server?.close();
  });

  const visit = async (path: string) => {
    const t0 = Date.now();
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', {
      timeout: 60_000,
    });
    return { ms: Date.now() - t0, state: await page.evaluate(pageState) };
  };
  /** Opens the sidebar the way a reader does: a click on a highlighted claim. */
  const openByClick = async () => {
    const hl = await page.evaluate(probeHighlights);
    expect(hl.target).not.toBeNull();
    await page.mouse.click(hl.target!.x, hl.target!.y);
    await page.waitForSelector(SIDEBAR, { timeout: 10_000 });
  };

  it('shows markup and script-like article text as text and runs none of it', async () => {
    const { state } = await visit('/hostile/script-text');
    expect(state.status).toBe('ready');
    await openByClick();
    for (const t of await page.$$('source-compare-sidebar >>> [data-testid="diff-toggle"][aria-pressed="false"]')) await t.click();
    const probe = await page.evaluate(probeInjection);
    expect(probe.pwned).toBeUndefined();
    expect(probe.liveElements).toEqual([]);
    const shown = PAYLOADS.filter((p) => probe.sidebarText.includes(p));
    figures.scriptText = { payloadsInCards: shown.length, of: PAYLOADS.length };
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(probe.diffText).toMatch(/onerror|<\/style>|javascript:|onload/);
  });

  it('a page whose CSS targets aside, mark and * with !important: the sidebar looks the same', async () => {
    const styles: ReturnType<typeof probeSidebarStyles>[] = [];
    for (const path of ['/plain/css', '/hostile/css']) {
      expect((await visit(path)).state.status).toBe('ready');
      await openByClick();
      await new Promise((r) => setTimeout(r, 300));
      styles.push(await page.evaluate(probeSidebarStyles));
    }
    expect(styles[0]!.every((s) => s.found)).toBe(true);
    // Firefox reports inner boxes to fractions that depend on the scroll position: compare styles and the fixed aside's box.
    expect(styles[1]!.map((s) => s.style)).toEqual(styles[0]!.map((s) => s.style));
    expect(styles[1]![0]!.rect).toEqual(styles[0]![0]!.rect);
  });

  it('pages with Content-Security-Policy headers: sidebar and highlights still work', async () => {
    const out: Record<string, unknown> = {};
    for (const path of ['/hostile/csp-strict', '/hostile/csp-noscript']) {
      const { state } = await visit(path);
      expect(state.status).toBe('ready');
      expect(state.highlights).toBeGreaterThan(0);
      const hs = await page.evaluate(probeHighlightStyle);
      expect(hs.adopted + hs.element).toBeGreaterThan(0);
      await openByClick();
      const styles = await page.evaluate(probeSidebarStyles);
      expect(styles[0]!.style.position).toBe('fixed');
      out[path] = { highlights: state.highlights, highlightStyle: hs.adopted ? 'adoptedStyleSheets' : '<style>' };
      await page.keyboard.press('Escape');
    }
    figures.csp = out;
  });

  it('a 5 MB page bails with a message; a 20,000-element page is analysed in bounded time', async () => {
    const big = await visit('/hostile/big');
    expect(big.state.status).toBe('too-large');
    const many = await visit('/hostile/many');
    expect(many.state.status).toBe('ready');
    expect(many.ms).toBeLessThan(30_000);
    const t = Date.now();
    await page.evaluate(() => 1);
    figures.large = { big: { bytes: server.sizes['/hostile/big'], ...big }, many: { bytes: server.sizes['/hostile/many'], ...many }, roundTripMs: Date.now() - t };
  });

  it('deep nesting, an empty page, non-English pages', async () => {
    const deep = await visit('/hostile/deep');
    expect(['ready', 'no-article', 'no-coverage']).toContain(deep.state.status);
    expect((await visit('/hostile/empty')).state).toEqual({ status: 'no-article', highlights: 0 });
    for (const path of ['/hostile/french', '/hostile/chinese']) {
      expect((await visit(path)).state).toEqual({ status: 'unsupported-language', highlights: 0 });
    }
    figures.deep = deep;
  });

  it('an article in an iframe: top frame only, no sidebar inside the frame', async () => {
    await visit('/hostile/iframe');
    await new Promise((r) => setTimeout(r, 1500));
    const frame = page.frames().find((f) => f.url().includes('/article/'));
    expect(frame).toBeTruthy();
    expect(await frame!.evaluate(() => [document.documentElement.dataset.sourceCompare ?? null, !!document.querySelector('source-compare-sidebar')])).toEqual([
      null,
      false,
    ]);
    expect((await page.evaluate(pageState)).status).toBe('no-article');
  });

  it('no page error (beyond CSP pages blocking their own inline style and favicon), no request beyond 127.0.0.1', () => {
    expect(pageErrors.filter((e) => !isPagesOwnCspError(e, server))).toEqual([]);
    expect(offHost).toEqual([]);
    expect(server.requests.length).toBeGreaterThan(0);
  });
});

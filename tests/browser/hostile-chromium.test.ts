// Hostile and odd pages in Debian's Chromium (playwright-core), with the built extension.
// One browser launch for the file. Figures (times, long tasks, sizes) are printed and written
// to test-artifacts/hostile-chromium.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BrowserContext, type Page } from 'playwright-core';
import { recordOffHost, SEED_IDS } from './fixtures';
import { pageState, probeHighlights } from './probes';
import { artifactsDir, extensionWorker, launchChromium } from './shared';
import {
  PAYLOADS,
  probeHighlightStyle,
  probeInjection,
  probeSidebarStyles,
  replacementArticle,
  sidebarText,
  startHostileServer,
  type HostileServer,
} from './hostile-fixtures';

const SIDEBAR = '[role="complementary"][aria-label*="Source comparison"]';

/**
 * Long tasks the extension may add on the 20,000-element page. Readability (on a clone of the
 * page) and anchoring are separate tasks (utils/page/guard.ts yields between them); measured
 * here at 220-290 ms each, about 500 ms in all, with nothing else running. The bound is about 4x
 * that, for the shared 2-core machine (load average 4-8 while other suites run): no single task
 * over 1 s (a tab that stops answering for longer feels frozen), at most 2.5 s in long tasks.
 */
const MAX_ADDED_TASK_MS = 1000;
const MAX_ADDED_TOTAL_MS = 2500;

/** Runs in every page before its own scripts: records long tasks and when our status changes. */
function recorder() {
  const w = window as unknown as { __sc: { long: { start: number; dur: number }[]; marks: Record<string, number> } };
  w.__sc = { long: [], marks: {} };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__sc.long.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API.
  }
  new MutationObserver(() => {
    const s = document.documentElement?.dataset.sourceCompare;
    if (s && !(s in w.__sc.marks)) w.__sc.marks[s] = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-source-compare'] });
}

const recorded = () => (window as unknown as { __sc: { long: { start: number; dur: number }[]; marks: Record<string, number> } }).__sc;

describe('hostile pages in Chromium', () => {
  let server: HostileServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const offHost: string[] = [];
  const pageErrors: string[] = [];
  const consoleLines: string[] = [];
  const figures: Record<string, unknown> = {};

  const getWorker = () => extensionWorker(context);
  const setSettings = async (settings: { mode: string; sites: string[] }) => {
    await (await getWorker()).evaluate((s) => (globalThis as any).chrome.storage.local.set({ settings: s, settings$: { v: 1 } }), settings);
  };
  const toggle = async () => (await getWorker()).evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar());
  const settled = (p: Page = page, timeout = 60_000) =>
    p.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', null, {
      timeout,
    });
  const openSidebar = async () => {
    if (!(await page.locator(SIDEBAR).count())) expect(await toggle()).toBe(true);
    await page.locator(SIDEBAR).waitFor();
  };
  /** Loads a page and returns how long the extension took to settle, with its long tasks. */
  const visit = async (path: string) => {
    const t0 = Date.now();
    await page.goto(`${server.origin}${path}`);
    await settled();
    const ms = Date.now() - t0;
    await page.waitForTimeout(300);
    const rec = await page.evaluate(recorded);
    return { ms, state: await page.evaluate(pageState), rec };
  };

  beforeAll(async () => {
    server = await startHostileServer();
    profile = mkdtempSync(`${tmpdir()}/sc-hostile-chromium-`);
    context = await launchChromium(profile, {
      viewport: { width: 1280, height: 860 },
    });
    recordOffHost(context, offHost);
    await context.addInitScript(recorder);
    await getWorker();
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  });

  afterAll(async () => {
    figures.sizes = server?.sizes;
    writeFileSync(`${artifactsDir()}hostile-chromium.json`, JSON.stringify(figures, null, 2));
    console.log('hostile-chromium figures', JSON.stringify(figures, null, 2));
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows markup and script-like article text as text, in cards and diffs, and runs none of it', async () => {
    const { state } = await visit('/hostile/script-text');
    expect(state.status).toBe('ready');
    await openSidebar();
    // Open every diff, so the payloads reach the diff view too.
    const toggles = page.locator('[data-testid="diff-toggle"][aria-pressed="false"]');
    for (let i = await toggles.count(); i > 0; i--) await toggles.first().click();
    const probe = await page.evaluate(probeInjection);
    expect(probe.pwned).toBeUndefined();
    expect(probe.liveElements).toEqual([]);
    const shown = PAYLOADS.filter((p) => probe.sidebarText.includes(p));
    const inDiffs = PAYLOADS.filter((p) => probe.diffText.includes(p.split(' ')[0]!.slice(0, 12)));
    figures.scriptText = { payloadsInCards: shown.length, payloadsInDiffs: inDiffs.length, of: PAYLOADS.length };
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(inDiffs.length).toBeGreaterThanOrEqual(1);
    // The page's own text still holds the payloads exactly as text (highlights add no markup).
    expect(await page.evaluate(() => document.body.textContent)).toContain(PAYLOADS[0]);
  });

  it('a page whose CSS targets aside, mark and * with !important: the sidebar looks the same', async () => {
    const styles: ReturnType<typeof probeSidebarStyles>[] = [];
    for (const path of ['/plain/css', '/hostile/css']) {
      await visit(path);
      expect((await page.evaluate(pageState)).status).toBe('ready');
      await openSidebar();
      await page.waitForTimeout(200);
      styles.push(await page.evaluate(probeSidebarStyles));
      await page.locator(SIDEBAR).screenshot({ path: `${artifactsDir()}hostile-css-${path.split('/')[1]}.png` });
    }
    expect(styles[0]!.every((s) => s.found)).toBe(true);
    expect(styles[1]).toEqual(styles[0]);
    figures.hostileCss = { elementsCompared: styles[0]!.length, propertiesEach: Object.keys(styles[0]![0]!.style).length };
  });

  it('a 5 MB page and a 20,000-element page: bounded time, no freezing', async () => {
    const runs: Record<string, unknown> = {};
    for (const path of ['/hostile/many', '/hostile/big']) {
      // Baseline: the same page with the extension switched to on-click (it reads nothing).
      await setSettings({ mode: 'click', sites: [] });
      await page.goto(`${server.origin}${path}`);
      await page.waitForTimeout(2000);
      const base = { state: await page.evaluate(pageState), rec: await page.evaluate(recorded) };
      expect(base.state.status).toBeUndefined();
      await setSettings({ mode: 'auto', sites: [] });
      const run = await visit(path);
      const after = (r: typeof run.rec) => r.long.filter((t) => t.start + t.dur >= (r.marks.loading ?? Infinity));
      const sum = (l: { dur: number }[]) => Math.round(l.reduce((a, t) => a + t.dur, 0));
      const baseAll = sum(base.rec.long);
      const runAll = sum(run.rec.long);
      const ours = after(run.rec);
      runs[path] = {
        bytes: server.sizes[path],
        status: run.state.status,
        settleMs: run.ms,
        extensionLongTasks: ours.map((t) => Math.round(t.dur)),
        longTaskMsWithExtension: runAll,
        longTaskMsBaseline: baseAll,
      };
      expect(run.ms).toBeLessThan(30_000);
      expect(Math.max(0, ...ours.map((t) => t.dur))).toBeLessThan(MAX_ADDED_TASK_MS);
      expect(sum(ours)).toBeLessThan(MAX_ADDED_TOTAL_MS);
      await openSidebar();
      const text = await page.evaluate(sidebarText);
      if (path === '/hostile/big') {
        expect(run.state.status).toBe('too-large');
        expect(text).toMatch(/too large to compare/);
      } else {
        expect(run.state.status).toBe('ready');
        expect(run.state.highlights).toBeGreaterThan(0);
      }
      // The page still answers: a script round trip is quick.
      const t = Date.now();
      await page.evaluate(() => 1);
      expect(Date.now() - t).toBeLessThan(1000);
    }
    figures.large = runs;
  });

  it('deeply nested markup (5,000 levels) does not break the page or the extension', async () => {
    const { ms, state } = await visit('/hostile/deep');
    expect(await page.evaluate(() => (window as any).__scDepth)).toBe(5000);
    expect(['ready', 'no-article', 'no-coverage']).toContain(state.status);
    figures.deep = { status: state.status, settleMs: ms, highlights: state.highlights };
    await openSidebar();
    expect(await page.evaluate(sidebarText)).toContain('Source comparison');
  });

  it('an empty page and a page with no article: a plain message, nothing drawn', async () => {
    const { state } = await visit('/hostile/empty');
    expect(state).toEqual({ status: 'no-article', highlights: 0 });
    await openSidebar();
    expect(await page.evaluate(sidebarText)).toContain('No article found on this page');
  });

  it('non-English pages: "language not supported yet", no matches, nothing highlighted', async () => {
    for (const path of ['/hostile/french', '/hostile/chinese']) {
      const { state } = await visit(path);
      expect(state).toEqual({ status: 'unsupported-language', highlights: 0 });
      expect(await page.evaluate(() => (globalThis as any).CSS.highlights.size)).toBe(0);
      await openSidebar();
      const text = await page.evaluate(sidebarText);
      expect(text).toContain('Language not supported yet');
      expect(text).not.toMatch(/claim by claim/i);
    }
  });

  it('an article in an iframe: the top frame only, no sidebar inside the frame', async () => {
    await visit('/hostile/iframe');
    const frame = page.frames().find((f) => f.url().includes('/article/'));
    expect(frame).toBeTruthy();
    await frame!.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect((await page.evaluate(pageState)).status).toBe('no-article');
    const inFrame = await frame!.evaluate(() => ({
      status: document.documentElement.dataset.sourceCompare ?? null,
      sidebar: !!document.querySelector('source-compare-sidebar'),
      text: document.body.innerText.length,
    }));
    expect(inFrame).toMatchObject({ status: null, sidebar: false });
    expect(inFrame.text).toBeGreaterThan(1000);
    await openSidebar();
    expect(await frame!.evaluate(() => !!document.querySelector('source-compare-sidebar'))).toBe(false);
  });

  it('a page that replaces its article while the sidebar is open keeps working', async () => {
    const { state } = await visit('/hostile/spa');
    expect(state.status).toBe('ready');
    await openSidebar();
    const next = replacementArticle();
    await page.evaluate((html) => {
      const art = document.querySelector('article')!;
      art.innerHTML = html;
    }, next.html);
    // Whatever the re-render logic decides (re-anchor or re-analyse), it settles and the sidebar works.
    await page.waitForTimeout(1000);
    await settled();
    const after = await page.evaluate(pageState);
    expect(['ready', 'no-coverage']).toContain(after.status);
    expect(await page.locator(SIDEBAR).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('article h1')?.textContent)).toBe(next.title);
    expect(await toggle()).toBe(false);
    await page.locator(SIDEBAR).waitFor({ state: 'detached' });
    expect(await toggle()).toBe(true);
    await page.locator(SIDEBAR).waitFor();
    figures.spa = { statusAfterReplace: after.status, highlightsAfterReplace: after.highlights };
  });

  it('pages with Content-Security-Policy headers: sidebar and highlights still work', async () => {
    const out: Record<string, unknown> = {};
    for (const path of ['/hostile/csp-strict', '/hostile/csp-noscript']) {
      const { state } = await visit(path);
      expect(state.status).toBe('ready');
      expect(state.highlights).toBeGreaterThan(0);
      const hs = await page.evaluate(probeHighlightStyle);
      expect(hs.ranges).toBe(state.highlights);
      expect(hs.adopted + hs.element).toBeGreaterThan(0);
      // A click on a highlighted claim opens its card.
      const hl = await page.evaluate(probeHighlights);
      expect(hl.target).not.toBeNull();
      await page.mouse.click(hl.target!.x, hl.target!.y);
      await page.locator(SIDEBAR).waitFor({ timeout: 10_000 });
      const styles = await page.evaluate(probeSidebarStyles);
      expect(styles[0]!.style.position).toBe('fixed');
      expect(styles[0]!.style['z-index']).toBe('2147483647');
      out[path] = { highlights: state.highlights, highlightStyle: hs.adopted ? 'adoptedStyleSheets' : '<style>' };
      await page.keyboard.press('Escape');
    }
    figures.csp = out;
  });

  it('a crash in the analysis shows an error with Retry, and Retry recovers', async () => {
    await (await getWorker()).evaluate(() => (globalThis as any).__sourceCompare.failNextAnalyses(1));
    const { state } = await visit(`/article/${SEED_IDS[2]}`);
    expect(state.status).toBe('error');
    await openSidebar();
    expect(await page.evaluate(sidebarText)).toMatch(/Something went wrong.*Simulated failure/s);
    await page.locator('[data-testid="retry"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.sourceCompare === 'ready', null, { timeout: 60_000 });
    expect((await page.evaluate(pageState)).highlights).toBeGreaterThan(0);
  });

  it('the rest of a report lost between its two steps: the page asks for the report whole and shows all of it', async () => {
    await (await getWorker()).evaluate(() => (globalThis as any).__sourceCompare.loseNextDetails(1));
    const { state } = await visit(`/article/${SEED_IDS[3]}`);
    expect(state.status).toBe('ready');
    expect(state.highlights).toBeGreaterThan(0);
    await openSidebar();
    // what only the second step brings: the facts other outlets add
    expect(await page.locator(`${SIDEBAR} [data-testid="addition"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${SIDEBAR} [data-testid="details-pending"]`).count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('the service worker stopped mid-analysis: the content script retries and gets results', async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const attempts: { status: string | undefined; retried: boolean; ms: number }[] = [];
    for (let i = 0; i < 4 && !attempts.some((a) => a.retried); i++) {
      // A stopped worker must first reopen the corpus and rebuild its index: stop it again while it does.
      await cdp.send('ServiceWorker.stopAllWorkers');
      const before = consoleLines.length;
      const t0 = Date.now();
      await page.goto(`${server.origin}/article/${SEED_IDS[i % SEED_IDS.length]}`);
      await page.waitForFunction(() => document.documentElement.dataset.sourceCompare === 'loading', null, { timeout: 30_000, polling: 10 });
      await page.waitForTimeout(120 + 80 * i);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await settled();
      const state = await page.evaluate(pageState);
      attempts.push({ status: state.status, retried: consoleLines.slice(before).some((l) => /retrying once/.test(l)), ms: Date.now() - t0 });
      expect(state.status).toBe('ready');
      expect(state.highlights).toBeGreaterThan(0);
    }
    figures.serviceWorkerStop = attempts;
    await cdp.detach();
  });

  it("'Where it runs': on-click mode reads nothing until the toolbar button; a site list allows only its sites", async () => {
    // Start from a stopped service worker, as after 30 s idle: the test hooks must wake it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The options page's section saves the mode.
    const options = await context.newPage();
    const id = new URL((await getWorker()).url()).host;
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('[data-testid="mode-click"]').check();
    await options.locator('[data-testid="settings-message"]').filter({ hasText: 'Saved' }).waitFor();
    await options.close();

    await page.goto(`${server.origin}/article/${SEED_IDS[1]}`);
    await page.waitForTimeout(1500);
    expect((await page.evaluate(pageState)).status).toBeUndefined();
    expect(await toggle()).toBe(true);
    await settled();
    expect((await page.evaluate(pageState)).status).toBe('ready');

    await setSettings({ mode: 'sites', sites: ['news.example'] });
    await page.goto(`${server.origin}/article/${SEED_IDS[1]}`);
    await page.waitForTimeout(1500);
    expect((await page.evaluate(pageState)).status).toBeUndefined();
    await setSettings({ mode: 'sites', sites: ['127.0.0.1'] });
    await page.goto(`${server.origin}/article/${SEED_IDS[1]}`);
    await settled();
    expect((await page.evaluate(pageState)).status).toBe('ready');
    await setSettings({ mode: 'auto', sites: [] });
  });

  it('no page error, and no request beyond 127.0.0.1', () => {
    expect(pageErrors).toEqual([]);
    expect(offHost).toEqual([]);
    expect(server.requests.length).toBeGreaterThan(0);
  });
});

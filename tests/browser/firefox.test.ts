// The built extension (.output/firefox-mv2) in Debian's Firefox ESR, driven by puppeteer-core
// over WebDriver BiDi. Same contract checks as the Chromium test; `>>>` pierces the shadow root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'puppeteer-core';
import { type FixtureServer, recordOffHost, SEED_IDS, startFixtureServer } from './fixtures';
import { bodyTextOf, pageState, probeCards, probeClaimMatches, probeDiff, probeFocus, probeHighlights, probeProofs, probeRanges, probeSidebar, runAxeOnSidebar } from './probes';
import { artifactsDir, docsScreenshotsDir, launchFirefox, normalize, ROOT } from './shared';
import { comparableProofs, expectedCards, expectedProofs, checkUnprovenFigure, expectedUnprovenFigure } from './engine-expect';

// A different seed from the Chromium test, so both browsers together cover two pages.
const OWN = SEED_IDS[3]!;
/** A seed the engine finds contradicted ("cancel its tariffs" against "slash" and "lower" them). */
const CONTRADICTED = '003_48a0785e15c454a3';
const SIDEBAR = 'source-compare-sidebar >>> [role="complementary"]';

describe('extension in Firefox ESR', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  const offHost: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchFirefox();
    page = await browser.newPage();
    recordOffHost(page, offHost);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const waitSettled = (p: Page) =>
    p.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', {
      timeout: 60_000,
    });

  // First in the file: the profile is fresh, so this is the reader's first visit (the hint shows).
  it('screenshots: first visit (with the hint) and after a click, at 1280 and 820 px', async () => {
    const shots = docsScreenshotsDir();
    await page.setViewport({ width: 1280, height: 860 });
    await page.goto(`${server.origin}/article/${OWN}`);
    await waitSettled(page);
    await page.waitForSelector('source-compare-hint >>> [data-testid="first-run-hint"]');
    await page.mouse.move(2, 850);
    await page.screenshot({ path: `${shots}firefox-wide-first-visit.png` });
    // The same first visit in a narrower window (the hint stays until it is dismissed).
    await page.setViewport({ width: 820, height: 900 });
    await page.waitForFunction(() => window.innerWidth === 820);
    await page.screenshot({ path: `${shots}firefox-narrow-first-visit.png` });
    for (const [name, width, height] of [['narrow', 820, 900], ['wide', 1280, 860]] as const) {
      await page.setViewport({ width, height });
      await page.goto(`${server.origin}/article/${OWN}`);
      await waitSettled(page);
      const hl = await page.evaluate(probeHighlights);
      expect(hl.target).not.toBeNull();
      await page.mouse.click(hl.target!.x, hl.target!.y);
      await page.waitForSelector(SIDEBAR);
      await page.waitForSelector('source-compare-sidebar >>> [aria-current="true"]');
      // Clicking a claim is finding the sidebar: the hint is gone and stays gone.
      await page.waitForSelector('source-compare-hint >>> [data-testid="first-run-hint"]', { hidden: true });
      if (name === 'narrow') {
        await (await page.waitForSelector('source-compare-sidebar >>> [aria-current="true"] [data-testid="diff-toggle"]'))!.click();
        await page.evaluate(() => document.querySelector('source-compare-sidebar')?.shadowRoot?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'start' }));
      }
      await page.mouse.move(2, height - 2);
      // The sidebar's slide-in (160 ms) has ended once its animation reports finished.
      await page.evaluate(() => Promise.all(document.querySelector('source-compare-sidebar')!.shadowRoot!.getAnimations().map((a) => a.finished)));
      await page.screenshot({ path: `${shots}firefox-${name}-after-click.png` });
      await page.keyboard.press('Escape');
      await page.waitForSelector(SIDEBAR, { hidden: true });
    }
    await page.setViewport({ width: 1280, height: 860 });
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

    // This page is a seed, stored already: no "Add this article to my library", and the sidebar says so.
    const stored = await page.waitForSelector('source-compare-sidebar >>> [data-testid="already-stored"]', { timeout: 15_000 });
    expect(await stored!.evaluate((el) => el.textContent)).toMatch(/Already in your library/);
    expect(await page.$('source-compare-sidebar >>> [data-testid="add-page"]')).toBeNull();

    await page.keyboard.press('Escape');
    await page.waitForSelector(SIDEBAR, { hidden: true });
  });

  const sel = (inner: string) => `source-compare-sidebar >>> ${inner}`;
  const click = async (inner: string) => (await page.waitForSelector(sel(inner)))!.click();
  const count = (inner: string) => page.$$(sel(inner)).then((els) => els.length);
  const cards = () => page.evaluate(probeCards);
  /** Opens the sidebar on the first card by clicking a highlighted claim in the page. */
  const openByClick = async () => {
    const hl = await page.evaluate(probeHighlights);
    expect(hl.target).not.toBeNull();
    await page.mouse.click(hl.target!.x, hl.target!.y);
    await page.waitForSelector(SIDEBAR);
    return hl;
  };

  it('filters, the global diff switch, keyboard navigation and axe on the sidebar', async () => {
    await page.goto(`${server.origin}/article/${OWN}`);
    await waitSettled(page);
    await openByClick();
    const all = await cards();
    expect(all.ids.length).toBeGreaterThan(2);

    // Global diff switch.
    const matchCount = all.relations.flat().length;
    await click('[data-testid="all-diffs-toggle"]');
    await expect.poll(() => count('[data-testid="diff"]')).toBe(matchCount);
    expect(await count('[data-testid="diff-toggle"][aria-pressed="false"]')).toBe(0);
    expect((await count('[data-testid="diff"] ins')) + (await count('[data-testid="diff"] del'))).toBeGreaterThan(0);
    await click('[data-testid="all-diffs-toggle"]');
    await expect.poll(() => count('[data-testid="diff"]')).toBe(0);

    // Relation filter.
    const keep = all.relations.some((r) => r.includes('contradicts')) ? 'contradicts' : 'adds';
    const others = ['contradicts', 'adds', 'agree'].filter((r) => r !== keep);
    for (const rel of others) await click(`[data-testid="relation-filter"][data-relation="${rel}"]`);
    await expect.poll(async () => (await cards()).ids).toEqual(all.ids.filter((_, i) => all.relations[i]!.includes(keep)));
    expect((await cards()).relations.flat().every((r) => r === keep)).toBe(true);
    for (const rel of others) await click(`[data-testid="relation-filter"][data-relation="${rel}"]`);
    await expect.poll(async () => (await cards()).ids).toEqual(all.ids);

    // Outlet filter.
    const outlet = all.sources.flat()[0]!;
    await (await page.waitForSelector(sel('[data-testid="outlet-filter"]')))!.select(outlet);
    await expect.poll(async () => (await cards()).ids).toEqual(all.ids.filter((_, i) => all.sources[i]!.includes(outlet)));
    expect((await cards()).sources.flat().every((s) => s === outlet)).toBe(true);
    await (await page.waitForSelector(sel('[data-testid="outlet-filter"]')))!.select('');
    await expect.poll(async () => (await cards()).ids).toEqual(all.ids);

    // Keyboard: j / k and Alt+Shift+. / , move aria-current.
    const focusTitle = () => page.evaluate(() => (document.querySelector('source-compare-sidebar')!.shadowRoot!.querySelector('.sc-title') as HTMLElement).focus());
    await focusTitle();
    const start = (await cards()).current;
    const at = (id: string | null) => (id === null ? -1 : all.ids.indexOf(id));
    const after = (i: number, d: number) => all.ids[(i + d + all.ids.length) % all.ids.length];
    await page.keyboard.press('j');
    const first = start === null ? all.ids[0] : after(at(start), 1);
    await expect.poll(async () => (await cards()).current).toBe(first);
    await page.keyboard.press('j');
    await expect.poll(async () => (await cards()).current).toBe(after(at(first!), 1));
    await page.keyboard.press('k');
    await expect.poll(async () => (await cards()).current).toBe(first);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Period');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await expect.poll(async () => (await cards()).current).toBe(after(at(first!), 1));
    expect((await page.evaluate(probeRanges)).focus).toBe(1);
    // Navigating moves keyboard focus onto the current card itself.
    await expect.poll(async () => (await page.evaluate(probeFocus)).testid).toBe('claim-card');

    // Tab reaches the controls with a visible focus ring (starting from the title, once it holds focus).
    await focusTitle();
    await expect.poll(async () => (await page.evaluate(probeFocus)).tag).toBe('h2');
    const reached: string[] = [];
    // (Firefox also stops on the scrolling list itself, which is how keyboard users scroll it.)
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(probeFocus);
      expect(f.inSidebar).toBe(true);
      expect(f.ring, `focus ring on ${f.tag} ${f.testid}`).toBe(true);
      reached.push(f.testid ?? f.tag);
    }
    expect(reached).toEqual(expect.arrayContaining(['close', 'highlights-toggle', 'relation-filter', 'outlet-filter']));

    // axe-core on the sidebar in its shadow root.
    await page.addScriptTag({ path: `${ROOT}node_modules/axe-core/axe.min.js` });
    const violations = await page.evaluate(runAxeOnSidebar);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.screenshot({ path: `${artifactsDir()}firefox-sidebar.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector(SIDEBAR, { hidden: true });
  });

  it('shows each contradiction\'s proof in words, as the engine computed it', async () => {
    expect(SEED_IDS).toContain(CONTRADICTED);
    const path = `/article/${CONTRADICTED}`;
    const want = expectedProofs(server.pages.get(path)!);
    expect(want.length).toBeGreaterThan(0);
    await page.goto(`${server.origin}${path}`);
    await waitSettled(page);
    await openByClick();
    await page.waitForFunction(
      (n: number) => document.querySelector('source-compare-sidebar')?.shadowRoot?.querySelectorAll('[data-testid="proof"]').length === n,
      { timeout: 15_000 },
      want.length,
    );
    const proofs = comparableProofs(await page.evaluate(probeProofs), want);
    expect(proofs.shown).toEqual(proofs.want);
    expect(proofs.unmarked).toEqual([]);
    await page.evaluate(() => Promise.all(document.querySelector('source-compare-sidebar')!.shadowRoot!.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: `${artifactsDir()}firefox-proof.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector(SIDEBAR, { hidden: true });
  });

  it('shows a figure that differs without proof as added detail, never in red, beside a proved contradiction', async () => {
    const path = '/article/unproven-figure';
    const source = SEED_IDS[0]!;
    const want = expectedUnprovenFigure(server.pages.get(path)!, source);
    expect(want.planned.relation).toBe('adds');
    expect(want.planned.proof).toBeNull();
    await page.goto(`${server.origin}${path}`);
    await waitSettled(page);
    await openByClick();
    await page.waitForFunction(
      (starts: string[], src: string) => {
        const root = document.querySelector('source-compare-sidebar')?.shadowRoot;
        const cards = root ? [...root.querySelectorAll('[data-testid="claim-card"]')] : [];
        return starts.every((start) => cards.some((c) => (c.querySelector('.sc-claim')?.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(start) && c.querySelector(`[data-testid="match"][data-source="${src}"]`)));
      },
      { timeout: 15_000 },
      want.starts,
      source,
    );
    // The planned levy: added detail, no proof, no red; the levy in force: red, with its proof.
    checkUnprovenFigure(await page.evaluate(probeClaimMatches, { starts: want.starts, source }), want);
    await page.keyboard.press('Escape');
    await page.waitForSelector(SIDEBAR, { hidden: true });
  });

  it('keyboard route with the sidebar closed: Tab to the skip button, Enter, focus on the first claim card', async () => {
    await page.goto(`${server.origin}/article/${OWN}`);
    await waitSettled(page);
    expect(await page.$(SIDEBAR)).toBeNull();
    const deepFocus = () =>
      page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return { testid: el?.getAttribute('data-testid') ?? null, claimId: el?.getAttribute('data-claim-id') ?? null };
      });
    await page.keyboard.press('Tab');
    expect((await deepFocus()).testid).toBe('skip-to-claims');
    await page.keyboard.press('Enter');
    await page.waitForSelector(SIDEBAR);
    await expect.poll(async () => (await deepFocus()).testid).toBe('claim-card');
    const { ids, current } = await cards();
    expect(current).toBe(ids[0]);
    expect((await deepFocus()).claimId).toBe(ids[0]);
    await page.keyboard.press('Escape');
    await page.waitForSelector(SIDEBAR, { hidden: true });
  });

  it('keeps its highlights when the page re-renders the article, and the page text is unchanged', async () => {
    const path = `/rerender/${SEED_IDS[1]}`;
    await page.goto(`${server.origin}${path}`);
    await waitSettled(page);
    const n = (await page.evaluate(pageState)).highlights;
    expect(n).toBeGreaterThan(0);
    await page.waitForFunction(() => document.documentElement.dataset.rerendered === '1', { timeout: 30_000 });
    await page.waitForFunction(
      (k: number) => {
        const reg = (globalThis as any).CSS.highlights as Map<string, Set<Range>>;
        const rs = ['source-compare-contradicts', 'source-compare-adds', 'source-compare-agree'].flatMap((x) => [...(reg.get(x) ?? [])]);
        return rs.length === k && rs.every((r) => !r.collapsed && r.startContainer.isConnected);
      },
      { timeout: 10_000 },
      n,
    );
    expect(await page.evaluate(() => document.body.textContent)).toBe(await page.evaluate(bodyTextOf, server.pages.get(path)!));
    const hl = await openByClick();
    await page.waitForSelector(sel('[aria-current="true"]'));
    const current = (await page.evaluate(probeSidebar)).cards.filter((c) => c.current);
    expect(normalize(current[0]!.text)).toContain(normalize(hl.target!.text));
    await page.keyboard.press('Escape');
  });

  it('re-analyses when a single-page site pushes to another article', async () => {
    const b = SEED_IDS[2]!;
    await page.goto(`${server.origin}/spa/${SEED_IDS[0]}`);
    await page.waitForFunction(() => document.documentElement.dataset.spa === 'swapped', { timeout: 60_000 });
    const cli = expectedCards(server.pages.get(`/spa/${b}`)!);
    await page.waitForFunction(
      (k: number) => document.documentElement.dataset.sourceCompare === 'ready' && Number(document.documentElement.dataset.sourceCompareHighlights) === k,
      { timeout: 30_000 },
      cli.length,
    );
    expect([...(await page.evaluate(probeRanges)).texts].sort()).toEqual(cli.map((c) => c.text).sort());
    await openByClick();
    await expect
      .poll(async () => (await page.evaluate(probeSidebar)).cards.map((c) => ({ text: normalize(c.text), matches: c.matches.map((m) => `${m.source} ${m.relation}`).sort() })), { timeout: 15_000 })
      .toEqual(cli);
    await page.keyboard.press('Escape');
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

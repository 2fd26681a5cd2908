// Following outlets' feeds (issue 22, CONTRACT §5) in the built extension in Debian's Chromium,
// against the fixture web of follow-fixtures.ts on 127.0.0.1. Everything is done as a reader
// would: sources are followed and unfollowed on the options page, "Fetch now" is pressed there,
// the fetched articles are read in the library list and in the sidebar of a page on the same
// story that is in no feed. Requests are checked at three places: the fixture server's log (every
// request that reached it, with its Cookie and Referer headers), Playwright's request events (the
// pages' and the service worker's), and a recording proxy that receives every request for any
// other host. Tests wait for states (a row, a status line), never for time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BrowserContext, type Page } from 'playwright-core';
import { isLocalUrl, SEED_IDS } from './fixtures';
import { probeStoredDocs } from './probes';
import { artifactsDir, extensionWorker, launchChromium } from './shared';
import {
  breakHostileFeeds,
  FEEDS,
  HOSTILE,
  LAKESIDE,
  LIBRARY,
  NORTHERN,
  NORTHERN_SITE,
  PAYWALL_PATH,
  PAYWALL_SUMMARY,
  publishedAt,
  PWNED_FLAG,
  RIVERSIDE,
  startFollowServer,
  notBrowsersOwn,
  startRecordingProxy,
  storyLines,
  VALLEY,
  type FollowServer,
} from './follow-fixtures';

const SIDEBAR = '[role="complementary"][aria-label*="Source comparison"]';



describe('following outlets’ feeds in Chromium', () => {
  let server: FollowServer;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let options: Page;
  let extId: string;
  const published = publishedAt(20);
  /** Every request Playwright saw (pages and the extension's service worker). */
  const seen: { url: string; fromWorker: boolean }[] = [];

  const url = (path: string) => `${server.origin}${path}`;
  const docs = () => options.evaluate(probeStoredDocs);
  const settle = () => page.waitForFunction(() => !['loading', undefined].includes(document.documentElement.dataset.sourceCompare), null, { timeout: 60_000 });
  const open = async (path: string) => {
    await page.bringToFront();
    await page.goto(url(path));
    await settle();
  };
  const openSidebar = async () => {
    await page.bringToFront();
    if (!(await page.locator(SIDEBAR).count())) {
      expect(await (await extensionWorker(context)).evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar())).toBe(true);
    }
    await page.locator(SIDEBAR).waitFor({ timeout: 10_000 });
  };
  const optionsPage = async () => {
    // The reader acts on the tab in front (a tab behind has its animation frames throttled, which
    // Playwright's clicks wait on). A real load each time (the same address with the same
    // fragment would not reload the page).
    await options.bringToFront();
    await options.goto('about:blank');
    await options.goto(`chrome-extension://${extId}/options.html#follow`);
    await options.locator('[data-testid="follow-settings"]').waitFor({ timeout: 30_000 });
    await options.locator('[data-testid="corpus-row"]').first().waitFor({ timeout: 30_000 });
  };
  const row = (address: string) => options.locator(`[data-testid="source-row"][data-url="${address}"]`);
  const follow = async (address: string) => {
    await options.locator('[data-testid="follow-source"]').fill(address);
    await options.locator('[data-testid="follow-add"]').click();
  };
  /** Presses "Fetch now" and waits for the run's outcome line (status or alert); returns it. */
  const fetchNow = async (): Promise<{ role: string | null; text: string }> => {
    const status = options.locator('[data-testid="fetch-status"]');
    const before = await status.getAttribute('data-finished-at');
    await options.locator('[data-testid="fetch-now"]').click();
    // Done: an alert, or a status line of a run that finished after this one started.
    await options.waitForFunction(
      (prev) => {
        const el = document.querySelector('[data-testid="fetch-status"]');
        const at = el?.getAttribute('data-finished-at');
        return el?.getAttribute('role') === 'alert' || (el?.getAttribute('aria-busy') === 'false' && !!at && at !== prev && !(document.querySelector('[data-testid="fetch-now"]') as HTMLButtonElement).disabled);
      },
      before,
      { timeout: 120_000 },
    );
    return { role: await status.getAttribute('role'), text: ((await status.textContent()) ?? '').trim() };
  };

  beforeAll(async () => {
    server = await startFollowServer(published);
    proxy = await startRecordingProxy();
    profile = mkdtempSync(`${tmpdir()}/sc-follow-`);
    // Reports the service worker's own requests as context request events (older Playwright
    // releases needed this switch; newer ones report them anyway).
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    // Every host but loopback goes to the recording proxy (Chromium never proxies loopback).
    context = await launchChromium(profile, { viewport: { width: 1280, height: 860 }, args: [`--proxy-server=http://127.0.0.1:${proxy.port}`] });
    context.on('request', (r) => seen.push({ url: r.url(), fromWorker: !!r.serviceWorker() }));
    const worker = await extensionWorker(context);
    extId = new URL(worker.url()).host;
    page = context.pages()[0] ?? (await context.newPage());
    options = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await proxy?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('with no source followed, makes no request at all: the page has no coverage and the hint says to follow outlets', async () => {
    await optionsPage();
    expect(await options.locator('[data-testid="follow-none"]').count()).toBe(1);
    expect(await options.locator('[data-testid="source-row"]').count()).toBe(0);
    expect(await options.locator('[data-testid="fetch-now"]').isDisabled()).toBe(true);
    expect((await options.locator('#fs-what').textContent())!.replace(/\s+/g, ' ')).toMatch(/no cookies.*nothing about what you read is sent anywhere/);

    await open(RIVERSIDE.path);
    expect(await page.evaluate(() => document.documentElement.dataset.sourceCompare)).toBe('no-coverage');
    await openSidebar();
    const hint = page.locator(`${SIDEBAR} [data-testid="coverage-hint"]`);
    await page.locator(SIDEBAR).screenshot({ path: `${artifactsDir()}chromium-follow-no-coverage.png` });
    expect((await hint.textContent())!.replace(/\s+/g, ' ')).toMatch(/follow outlets' feeds/);
    // "Follow outlets" opens the options page at its "Sources you follow" section.
    const [opened] = await Promise.all([context.waitForEvent('page'), page.locator(`${SIDEBAR} [data-testid="follow-outlets"]`).click()]);
    await opened.waitForURL(/options\.html#follow$/);
    await opened.locator('#follow [data-testid="follow-source"]').waitFor();
    await opened.close();

    // The server saw the test's own page load and nothing else; no other host was asked for
    // anything; the extension's worker requested nothing; no fetch is scheduled.
    expect(server.log.map((r) => r.path).filter((p) => p !== '/favicon.ico')).toEqual([RIVERSIDE.path]);
    expect(notBrowsersOwn(proxy.seen)).toEqual([]);
    expect(seen.filter((r) => r.fromWorker)).toEqual([]);
    const alarms = await (await extensionWorker(context)).evaluate(() => (globalThis as any).chrome.alarms.getAll());
    expect(alarms).toEqual([]);
  });

  it('follows an RSS feed, a site whose page names its Atom feed, and a JSON feed on the options page (no permission prompt); Fetch now stores their articles', async () => {
    await optionsPage();
    /** [the address the reader enters, the feed fetched, the outlet]. */
    const expected = [
      [FEEDS.rss, FEEDS.rss, VALLEY.outlet],
      [NORTHERN_SITE, FEEDS.atom, NORTHERN.outlet],
      [FEEDS.json, FEEDS.json, LAKESIDE.outlet],
    ] as const;
    for (const [path, feed, name] of expected) {
      await follow(url(path));
      await row(url(path)).waitFor({ timeout: 30_000 });
      expect(await options.locator('[data-testid="follow-message"]').getAttribute('role')).toBe('status');
      expect((await row(url(path)).locator('[data-testid="source-name"]').textContent())!.trim()).toBe(name);
      expect(await row(url(path)).locator('[data-testid="source-last-fetch"]').textContent()).toBe('Not fetched yet');
      // A site's address: the row says which feed was found there.
      if (feed !== path) expect(await row(url(path)).textContent()).toContain(`(feed found there: ${url(feed)})`);
    }
    // Following reads the address once (to check it is a feed) and fetches no article yet.
    expect(server.log.filter((r) => [VALLEY, NORTHERN, LAKESIDE].some((a) => r.path.startsWith(a.path)))).toEqual([]);

    const outcome = await fetchNow();
    expect(outcome.role).toBe('status');
    expect(outcome.text).toMatch(/Fetched/);
    for (const [path] of expected) {
      const r = row(url(path));
      expect(await r.locator('[data-testid="source-last-fetch"]').textContent()).toMatch(/^Last fetched just now \(.+\)$/);
      expect(await r.locator('[data-testid="source-error"]').count()).toBe(0);
      expect(await r.locator('[data-testid="source-articles"]').textContent()).toMatch(/^[1-9]\d* articles? stored from it$/);
    }

    // Every article page of the feeds was requested once, without the cookie the server set on
    // the reader's own visit, and without a Referer.
    for (const a of [VALLEY, NORTHERN, LAKESIDE]) expect(server.log.filter((r) => r.path.split('?')[0] === a.path)).toHaveLength(1);
    const extensionRequests = server.log.filter((r) => r.path !== RIVERSIDE.path && r.path !== '/favicon.ico');
    expect(extensionRequests.length).toBeGreaterThanOrEqual(6);
    for (const r of extensionRequests) expect({ path: r.path, cookie: r.cookie, referer: r.referer }).toEqual({ path: r.path, cookie: null, referer: null });

    // Stored like remembered articles: outlet and date from the page, the URL, the feed as origin.
    const fetched = (await docs()).filter((d) => d.fetchedFrom);
    const byUrl = new Map(fetched.map((d) => [d.url, d]));
    for (const [[, feed, outlet], article] of expected.map((e, i) => [e, [VALLEY, NORTHERN, LAKESIDE][i]!] as const)) {
      // The tracking parameter of the RSS item's link is not part of the stored address.
      const d = byUrl.get(url(article.path))!;
      expect(d, outlet).toBeDefined();
      expect(d.outlet).toBe(outlet);
      expect(d.fetchedFrom).toBe(url(feed));
      expect(d.date).toBe(published.slice(0, 10));
      expect(d.summaryOnly ?? false).toBe(false);
    }
    expect(byUrl.get(url(NORTHERN.path))!.text).toContain(storyLines(NORTHERN).paragraphs[3]!);

    // The paywalled page gave no article: its feed summary is kept, marked as a summary.
    const summary = fetched.find((d) => d.url === url(PAYWALL_PATH));
    expect(summary?.summaryOnly).toBe(true);
    expect(summary?.text).toContain(PAYWALL_SUMMARY);

    // For review: the section after a run (test-artifacts/chromium-follow-sources.png).
    await options.locator('#follow').screenshot({ path: `${artifactsDir()}chromium-follow-sources.png` });

    // Listed in the library, under Show: Fetched from sources, with outlet, date and URL.
    await optionsPage();
    await options.locator('[data-testid="library-show"]').selectOption('fetched');
    await expect.poll(() => options.locator('[data-testid="corpus-row"]').count()).toBe(fetched.length);
    for (const d of fetched) {
      const r = options.locator(`[data-testid="corpus-row"][data-doc-id="${d.id}"]`);
      const text = (await r.textContent())!;
      expect(text).toContain(d.outlet);
      expect(text).toContain(published.slice(0, 4));
      expect(await r.locator('[data-testid="doc-url"]').getAttribute('href')).toBe(d.url);
      expect(await r.locator('[data-testid="fetched-badge"]').count()).toBe(1);
      expect(await r.locator('[data-testid="summary-only"]').count()).toBe(d.summaryOnly ? 1 : 0);
    }
  });

  it('a page of the same story that is in no feed is compared with the fetched articles, with links to them', async () => {
    const fetched = (await docs()).filter((d) => d.fetchedFrom && !d.summaryOnly);
    const fetchedIds = new Set(fetched.map((d) => d.id));
    const before = server.log.length;
    await open(`${RIVERSIDE.path}?again`);
    expect(await page.evaluate(() => document.documentElement.dataset.sourceCompare)).toBe('ready');
    // Reading the page caused no request of the extension's (fetches are never caused by reading).
    expect(server.log.slice(before).map((r) => r.path).filter((p) => p !== '/favicon.ico')).toEqual([`${RIVERSIDE.path}?again`]);
    await openSidebar();
    const matches = page.locator(`${SIDEBAR} [data-testid="match"]`);
    const sources = await matches.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')!));
    expect(sources.length).toBeGreaterThan(5);
    // Every match is a fetched article (the seeds are on another story), and all three outlets matched.
    for (const s of sources) expect(fetchedIds.has(s) || (await docs()).find((d) => d.id === s)?.fetchedFrom, s).toBeTruthy();
    expect(new Set(sources.filter((s) => fetchedIds.has(s))).size).toBe(3);
    expect(sources.some((s) => SEED_IDS.includes(s))).toBe(false);
    // Each links to its fetched article's page with a text fragment.
    for (const d of fetched) {
      const link = page.locator(`${SIDEBAR} [data-testid="match"][data-source="${d.id}"] [data-testid="open-source"]`).first();
      expect((await link.getAttribute('href'))!.split('#:~:text=')[0]).toBe(d.url);
    }
    await page.locator(`${SIDEBAR} [data-testid="summary"]`).screenshot({ path: `${artifactsDir()}chromium-follow-summary.png` });
    // The summary says where the comparison came from and how fresh it is.
    expect(await page.locator(`${SIDEBAR} [data-testid="freshness"]`).textContent()).toMatch(/^Compared with \d+ articles from 3 sources you follow, fetched (just now|\d+ min ago)\.$/);
  });

  it('hostile feeds: a clear message in the source row (or the follow form), nothing stored, no script run', async () => {
    await optionsPage();
    // An HTML page with no feed in it cannot be followed.
    await follow(url(HOSTILE.html));
    const refused = options.locator('[data-testid="follow-message"][role="alert"]');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toMatch(/^Not followed: .*(feed|web page)/);
    expect(await row(url(HOSTILE.html)).count()).toBe(0);
    // Three feeds that are fine when followed; two then break (malformed XML, 6.5 MB of JSON).
    for (const path of [HOSTILE.malformed, HOSTILE.huge, HOSTILE.markup]) {
      await follow(url(path));
      await row(url(path)).waitFor({ timeout: 30_000 });
    }
    breakHostileFeeds(server);
    const countBefore = (await docs()).length;
    await fetchNow();
    expect(await row(url(HOSTILE.malformed)).locator('[data-testid="source-error"]').textContent()).toMatch(/^Last fetch failed: .*malformed XML/);
    expect(await row(url(HOSTILE.huge)).locator('[data-testid="source-error"]').textContent()).toMatch(/^Last fetch failed: .*larger than/);
    const after = await docs();
    expect(after.filter((d) => d.fetchedFrom === url(HOSTILE.malformed) || d.fetchedFrom === url(HOSTILE.huge))).toEqual([]);
    // The markup feed's article is stored (it is an ordinary page); its titles stay text.
    const notes = after.filter((d) => d.fetchedFrom === url(HOSTILE.markup));
    expect(notes.map((d) => d.url)).toEqual([url(LIBRARY.path)]);
    expect(after.length).toBe(countBefore + 1);
    await options.locator('[data-testid="library-show"]').selectOption('fetched');
    await options.locator(`[data-testid="corpus-row"][data-doc-id="${notes[0]!.id}"]`).waitFor();
    expect(await options.locator('#follow script, #follow img, #follow b, #library script, #library img').count()).toBe(0);
    expect(await row(url(HOSTILE.markup)).locator('[data-testid="source-name"]').textContent()).not.toBe('');
    expect(await options.evaluate((flag) => (window as any)[flag], PWNED_FLAG)).toBeUndefined();
  });

  it('unfollowing stops the requests: the next run asks nothing of the unfollowed feeds', async () => {
    await optionsPage();
    for (const path of [FEEDS.rss, NORTHERN_SITE, FEEDS.json]) {
      await row(url(path)).locator('[data-testid="unfollow"]').click();
      await row(url(path)).waitFor({ state: 'detached' });
    }
    expect(await options.locator('[data-testid="follow-message"]').textContent()).toMatch(/^Stopped following .*stay in your library/);
    const mark = server.log.length;
    await fetchNow();
    const during = server.log.slice(mark).map((r) => r.path);
    // A run did happen (the sources still followed were fetched) but none of the unfollowed feeds was asked for.
    expect(during.some((p) => p.startsWith('/hostile/'))).toBe(true);
    expect(during.filter((p) => p.startsWith('/feeds/') || p.startsWith(NORTHERN_SITE))).toEqual([]);
    // With nothing followed, nothing is scheduled.
    for (const path of [HOSTILE.malformed, HOSTILE.huge, HOSTILE.markup]) {
      await row(url(path)).locator('[data-testid="unfollow"]').click();
      await row(url(path)).waitFor({ state: 'detached' });
    }
    await options.locator('[data-testid="follow-none"]').waitFor();
    expect(await options.locator('[data-testid="fetch-now"]').isDisabled()).toBe(true);
    const alarms = await (await extensionWorker(context)).evaluate(() => (globalThis as any).chrome.alarms.getAll());
    expect(alarms).toEqual([]);
    // What was fetched stays until it expires or is deleted.
    expect((await docs()).filter((d) => d.fetchedFrom).length).toBeGreaterThanOrEqual(4);
  });

  it('a fetched article is deleted like any other row', async () => {
    await optionsPage();
    await options.locator('[data-testid="library-show"]').selectOption('fetched');
    const first = options.locator('[data-testid="corpus-row"]').first();
    const id = (await first.getAttribute('data-doc-id'))!;
    await first.locator('[data-testid="delete-doc"]').click();
    await options.locator(`[data-testid="corpus-row"][data-doc-id="${id}"]`).waitFor({ state: 'detached' });
    expect((await docs()).some((d) => d.id === id)).toBe(false);
  });

  it('every request went to 127.0.0.1: nothing reached the recording proxy', () => {
    expect(notBrowsersOwn(proxy.seen)).toEqual([]);
    expect(seen.filter((r) => !isLocalUrl(r.url))).toEqual([]);
    // The extension's own requests were seen by Playwright too (the worker's fetches).
    expect(seen.some((r) => r.fromWorker && r.url.includes('/feeds/'))).toBe(true);
  });
});

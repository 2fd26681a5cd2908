// Following outlets' feeds (issue 22, CONTRACT §5) in Debian's Firefox ESR (puppeteer-core over
// WebDriver BiDi), against the fixture web of follow-fixtures.ts on 127.0.0.1: nothing requested
// while nothing is followed; three feeds (RSS, Atom, JSON Feed) followed on the options page and
// fetched with "Fetch now"; their articles in the library; a page of the same story in no feed
// compared with them; hostile feeds refused (at follow, or in their rows); unfollowing stops the requests. Firefox
// sends every request for another host to a recording proxy (loopback is never proxied), and the
// fixture server logs every request with its Cookie and Referer headers. Tests wait for states.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'puppeteer-core';
import { articlePage, recordOffHost, SEED_IDS } from './fixtures';
import { probeHighlights } from './probes';
import { launchFirefox, openMatchInReader } from './shared';
import { breakHostileFeeds, FEEDS, HOSTILE, LAKESIDE, NORTHERN, publishedAt, RIVERSIDE, startFollowServer, notBrowsersOwn, startRecordingProxy, VALLEY, type FollowServer } from './follow-fixtures';

/** Fixed so the test can recognise moz-extension:// pages (Firefox gives each install a random one otherwise). */
const UUID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const EXT_ID = 'source-compare@news-tools.local';
const sel = (inner: string) => `source-compare-sidebar >>> ${inner}`;

describe('following outlets’ feeds in Firefox ESR', () => {
  let server: FollowServer;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let browser: Browser;
  let page: Page;
  let options: Page;
  const published = publishedAt(20);
  const offHost: string[] = [];
  const url = (path: string) => `${server.origin}${path}`;

  const settle = (p: Page) =>
    p.waitForFunction(() => !!document.documentElement.dataset.sourceCompare && document.documentElement.dataset.sourceCompare !== 'loading', { timeout: 60_000 });
  const open = async (path: string) => {
    await page.bringToFront();
    await page.goto(url(path));
    await settle(page);
  };
  /** The options page reloaded (WebDriver BiDi may not navigate a tab to moz-extension://, but the page may reload itself). */
  const reloadOptions = async () => {
    await options.bringToFront();
    await options.evaluate(() => {
      (window as { __stale?: boolean }).__stale = true;
      location.reload();
    });
    await options.waitForFunction(() => !(window as { __stale?: boolean }).__stale && !!document.querySelector('[data-testid="follow-settings"]') && document.querySelectorAll('[data-testid="corpus-row"]').length > 0, { timeout: 30_000 });
  };
  const rowSel = (address: string) => `[data-testid="source-row"][data-url="${address}"]`;
  const follow = async (address: string) => {
    // The reader acts on the tab in front (a tab behind has its animation frames throttled).
    await options.bringToFront();
    // As a paste: the whole address in one input event. (puppeteer's fill over BiDi types key by
    // key, about 100 ms each, and after what the field holds: a refused address stays there so
    // the reader can correct it.)
    await options.$eval(
      '[data-testid="follow-source"]',
      (i, value) => {
        (i as HTMLInputElement).value = value;
        i.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }));
      },
      address,
    );
    await options.click('[data-testid="follow-add"]');
  };
  const fetchNow = async () => {
    await options.bringToFront();
    const before = await options.$eval('[data-testid="fetch-status"]', (el) => el.getAttribute('data-finished-at'));
    await options.click('[data-testid="fetch-now"]');
    await options.waitForFunction(
      (prev) => {
        const el = document.querySelector('[data-testid="fetch-status"]');
        const at = el?.getAttribute('data-finished-at');
        return el?.getAttribute('role') === 'alert' || (el?.getAttribute('aria-busy') === 'false' && !!at && at !== prev && !(document.querySelector('[data-testid="fetch-now"]') as HTMLButtonElement).disabled);
      },
      { timeout: 120_000 },
      before,
    );
    return options.$eval('[data-testid="fetch-status"]', (el) => ({ role: el.getAttribute('role'), text: (el.textContent ?? '').trim() }));
  };
  /** Fetched articles as the library lists them (Show: Fetched from sources). */
  const fetchedRows = async () => {
    await reloadOptions();
    await options.select('[data-testid="library-show"]', 'fetched');
    await options.waitForFunction(() => /^Fetched from sources/.test(document.querySelector('[data-testid="library-show"] option:checked')?.textContent ?? ''));
    return options.$$eval('[data-testid="corpus-row"]', (rows) =>
      rows.map((r) => ({ id: r.getAttribute('data-doc-id')!, text: r.textContent ?? '', href: r.querySelector('[data-testid="doc-url"]')?.getAttribute('href') ?? null, summary: !!r.querySelector('[data-testid="summary-only"]'), fetched: !!r.querySelector('[data-testid="fetched-badge"]') })),
    );
  };

  beforeAll(async () => {
    server = await startFollowServer(published);
    server.routes.set(`/article/${SEED_IDS[1]}`, { type: 'text/html; charset=utf-8', body: articlePage(SEED_IDS[1]!) });
    proxy = await startRecordingProxy();
    browser = await launchFirefox({
      'extensions.webextensions.uuids': JSON.stringify({ [EXT_ID]: UUID }),
      // Every request for another host goes to the recording proxy; loopback is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own background connections (not the extension's): off, so the proxy hears only the test's.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'dom.push.connection.enabled': false,
      'browser.region.network.url': '',
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'extensions.systemAddon.update.enabled': false,
      'browser.newtabpage.activity-stream.feeds.system.topstories': false,
      'browser.ping-centre.telemetry': false,
    });
    page = await browser.newPage();
    recordOffHost(page, offHost);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await proxy?.close();
  });

  it('with no source followed, makes no request at all (the story page has no coverage)', async () => {
    await open(RIVERSIDE.path);
    expect(await page.evaluate(() => document.documentElement.dataset.sourceCompare)).toBe('no-coverage');
    // An extension tab for the options page: a seed's match opens the extension's reader, which then goes to the options page.
    await open(`/article/${SEED_IDS[1]}`);
    options = (await openMatchInReader(browser, page)).reader;
    await options.waitForFunction(() => location.pathname === '/reader.html', { timeout: 15_000 });
    await options.evaluate(() => void (location.href = 'options.html#follow'));
    await options.waitForFunction(() => location.pathname === '/options.html' && !!document.querySelector('[data-testid="follow-settings"]'), { timeout: 30_000 });
    expect(await options.$('[data-testid="follow-none"]')).not.toBeNull();
    expect(await options.$eval('[data-testid="fetch-now"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);

    expect(server.log.map((r) => r.path).filter((p) => p !== '/favicon.ico')).toEqual([RIVERSIDE.path, `/article/${SEED_IDS[1]}`]);
    expect(notBrowsersOwn(proxy.seen)).toEqual([]);
  });

  it('follows an RSS, an Atom and a JSON feed; Fetch now stores their articles, listed with outlet, date and URL', async () => {
    for (const path of [FEEDS.rss, FEEDS.atom, FEEDS.json]) {
      await follow(url(path));
      await options.waitForSelector(rowSel(url(path)), { timeout: 30_000 });
    }
    const names = await options.$$eval('[data-testid="source-row"] [data-testid="source-name"]', (els) => els.map((e) => e.textContent!.trim()));
    expect(names).toEqual([VALLEY.outlet, NORTHERN.outlet, LAKESIDE.outlet]);
    const outcome = await fetchNow();
    expect(outcome.role).toBe('status');
    for (const path of [FEEDS.rss, FEEDS.atom, FEEDS.json]) {
      expect(await options.$eval(`${rowSel(url(path))} [data-testid="source-last-fetch"]`, (e) => e.textContent)).toMatch(/^Last fetched just now/);
      expect(await options.$(`${rowSel(url(path))} [data-testid="source-error"]`)).toBeNull();
    }
    // No cookie (the server set one on the reader's visits) and no Referer on any of the extension's requests.
    const extension = server.log.filter((r) => !r.path.startsWith(RIVERSIDE.path) && !r.path.startsWith('/article/') && r.path !== '/favicon.ico');
    expect(extension.length).toBeGreaterThanOrEqual(6);
    for (const r of extension) expect({ path: r.path, cookie: r.cookie, referer: r.referer }).toEqual({ path: r.path, cookie: null, referer: null });

    const rows = await fetchedRows();
    for (const a of [VALLEY, NORTHERN, LAKESIDE]) {
      const r = rows.find((x) => x.href === url(a.path));
      expect(r, a.outlet).toBeDefined();
      expect(r!.text).toContain(a.outlet);
      expect(r!.text).toContain(published.slice(0, 4));
      expect(r!.fetched).toBe(true);
      expect(r!.summary).toBe(false);
    }
    expect(rows.filter((r) => r.summary)).toHaveLength(1);
  });

  it('a page of the same story in no feed shows matches from the fetched articles, linking to them', async () => {
    const rows = await fetchedRows();
    const byId = new Map(rows.map((r) => [r.id, r]));
    await open(`${RIVERSIDE.path}?again`);
    expect(await page.evaluate(() => document.documentElement.dataset.sourceCompare)).toBe('ready');
    const hl = await page.evaluate(probeHighlights);
    expect(hl.target).not.toBeNull();
    await page.mouse.click(hl.target!.x, hl.target!.y);
    await page.waitForSelector(sel('[data-testid="match"]'), { timeout: 15_000 });
    const matches = await page.$$eval(sel('[data-testid="match"]'), (els) =>
      els.map((e) => ({ source: e.getAttribute('data-source')!, href: e.querySelector('a[data-testid="open-source"]')?.getAttribute('href') ?? null })),
    );
    expect(matches.length).toBeGreaterThan(5);
    for (const m of matches) {
      expect(byId.has(m.source), m.source).toBe(true);
      expect(m.href!.split('#:~:text=')[0]).toBe(byId.get(m.source)!.href);
    }
    expect(new Set(matches.map((m) => m.source)).size).toBeGreaterThanOrEqual(3);
    expect(await page.$eval(sel('[data-testid="freshness"]'), (e) => e.textContent)).toMatch(/^Compared with \d+ articles from 3 sources you follow, fetched (just now|\d+ min ago)\.$/);
  });

  it('hostile feeds: an HTML page is refused; malformed XML and an oversized feed fail in their rows; nothing of theirs is stored', async () => {
    await reloadOptions();
    await follow(url(HOSTILE.html));
    await options.waitForSelector('[data-testid="follow-message"][role="alert"]', { timeout: 30_000 });
    expect(await options.$eval('[data-testid="follow-message"]', (e) => e.textContent)).toMatch(/^Not followed: .*(feed|web page)/);
    expect(await options.$(rowSel(url(HOSTILE.html)))).toBeNull();
    // Beside them, a feed that stays well-formed (with markup in its titles): the next runs fetch it.
    for (const path of [HOSTILE.malformed, HOSTILE.huge, HOSTILE.markup]) {
      await follow(url(path));
      await options.waitForSelector(rowSel(url(path)), { timeout: 30_000 });
    }
    breakHostileFeeds(server);
    const before = (await fetchedRows()).length;
    await fetchNow();
    expect(await options.$eval(`${rowSel(url(HOSTILE.malformed))} [data-testid="source-error"]`, (e) => e.textContent)).toMatch(/^Last fetch failed: .*malformed XML/);
    expect(await options.$eval(`${rowSel(url(HOSTILE.huge))} [data-testid="source-error"]`, (e) => e.textContent)).toMatch(/^Last fetch failed: .*larger than/);
    // Nothing from the broken feed; the one article of the markup feed, its titles as text.
    expect((await fetchedRows()).length).toBe(before + 1);
    expect(await options.$$('#follow script, #follow img, #library script, #library img')).toHaveLength(0);
  });

  it('unfollowing stops the requests: the next run asks nothing of the unfollowed feeds', async () => {
    await reloadOptions();
    for (const path of [FEEDS.rss, FEEDS.atom, FEEDS.json]) {
      await options.click(`${rowSel(url(path))} [data-testid="unfollow"]`);
      await options.waitForSelector(rowSel(url(path)), { hidden: true });
    }
    const mark = server.log.length;
    await fetchNow();
    const during = server.log.slice(mark).map((r) => r.path);
    // A run did happen (the feed still followed was asked for; the broken one waits out its
    // back-off) but none of the unfollowed feeds was.
    expect(during).toContain(HOSTILE.markup);
    expect(during.filter((p) => p.startsWith('/feeds/'))).toEqual([]);
    await options.click(`${rowSel(url(HOSTILE.markup))} [data-testid="unfollow"]`);
    await options.waitForSelector(rowSel(url(HOSTILE.markup)), { hidden: true });
    for (const path of [HOSTILE.malformed, HOSTILE.huge]) {
      await options.click(`${rowSel(url(path))} [data-testid="unfollow"]`);
      await options.waitForSelector(rowSel(url(path)), { hidden: true });
    }
    await options.waitForSelector('[data-testid="follow-none"]');
    expect(await options.$eval('[data-testid="fetch-now"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });

  it('every request went to 127.0.0.1: nothing reached the recording proxy', () => {
    expect(notBrowsersOwn(proxy.seen)).toEqual([]);
    expect(offHost).toEqual([]);
  });
});

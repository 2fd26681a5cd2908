// One fetch run against a real HTTP server on 127.0.0.1 with Node's real fetch, a real
// IndexedDB corpus (fake-indexeddb's CorpusStore) and the extension's own extraction on linkedom.
// Every test asserts the exact requests the server received.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb } from '../storage/helpers';
import { stripTrailingBoilerplate } from '../../utils/corpus/article-text';
import { StorageQuotaError } from '../../utils/storage/errors';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { createFetchRunner, recoverInterruptedRun, runFetch, MAX_FEED_BYTES, type FetchRunDeps } from '../../utils/follow/fetch-run';
import { memoryFollowState, type FollowState } from '../../utils/follow/sources-store';
import type { FollowedSource, FollowSettings } from '../../utils/follow/types';
import type { StoredDoc } from '../../utils/storage/types';
import { startServer, send, type TestServer } from './server';
import { PAYWALL_PAGE, WRITTEN, atom, jsonFeed, linkedomExtract, rss, seedPage, SEEDS, source, writtenPage, type Item } from './fixtures';

useFreshIndexedDb();

const NOW = new Date('2026-03-10T12:00:00.000Z');
const RSS = 'application/rss+xml; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

let server: TestServer;
let other: TestServer | null = null;
let store: CorpusStore;
let clock: Date;

beforeEach(async () => {
  server = await startServer();
  store = await CorpusStore.open('follow-test');
  clock = NOW;
});
afterEach(async () => {
  store.close();
  await server.close();
  await other?.close();
  other = null;
});

function setup(sources: FollowedSource[], settings: Partial<FollowSettings> = {}, extra: Partial<FetchRunDeps> = {}) {
  const state = memoryFollowState({ sources, settings });
  const stored: StoredDoc[] = [];
  const deps: FetchRunDeps = {
    fetch: (url, init) => fetch(url, init),
    extract: linkedomExtract,
    store,
    state,
    now: () => clock,
    onStored: (d) => void stored.push(d),
    ...extra,
  };
  return { state, deps, stored, run: () => runFetch(deps) };
}

/** Waits for a state (not for a time), checking every few milliseconds. */
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
}

const docs = async () => (await store.listDocuments()).sort((a, b) => (a.url ?? '').localeCompare(b.url ?? ''));
const only = async (state: FollowState) => (await state.loadSources())[0];

describe('a fetch run', () => {
  it('stores each new article of an RSS feed with outlet, headline, date, URL, origin feed and expiry, asking only for the feed and its pages', async () => {
    const a = seedPage(SEEDS[0]);
    const b = seedPage(SEEDS[3], 'Seed Daily');
    server.route('/rss.xml', send(rss('The Test Outlet', [
      { title: a.headline, link: `${server.base}/a/1?utm_source=rss`, summary: 'First.', published: hoursAgo(2) },
      { title: b.headline, link: `${server.base}/a/2#top`, published: hoursAgo(30) },
    ]), RSS));
    server.route('/a/1', send(a.html, HTML));
    server.route('/a/2', send(b.html, HTML));
    const { state, run, stored } = setup([source(`${server.base}/rss.xml`)]);
    const progress = await run();

    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /a/1', 'GET /a/2']);
    for (const r of server.received) {
      // No cookie, no referrer, nothing naming the reader or the extension.
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
      expect(Object.keys(r.headers).filter((h) => /^x-|origin/.test(h))).toEqual([]);
    }
    const all = await docs();
    expect(all.map((d) => [d.url, d.outlet, d.headline, d.date, d.fetchedFrom, d.summaryOnly])).toEqual([
      [`${server.base}/a/1`, 'Test Outlet', a.headline, '2026-03-10', `${server.base}/rss.xml`, undefined],
      [`${server.base}/a/2`, 'Seed Daily', b.headline, '2026-03-09', `${server.base}/rss.xml`, undefined],
    ]);
    for (const d of all) {
      expect(d.id.startsWith('f_')).toBe(true);
      expect(d.expiryKey).toBe(NOW.toISOString());
      expect(d.text.split('\n')[0]).toBe(d.headline);
    }
    // The seed's text, as extracted from its page, is the stored text (the headline line included,
    // the trailing "log in to comment" lines dropped as for every stored article).
    expect(all[0].text).toBe(stripTrailingBoilerplate(a.text).text);
    expect(all[0].text).not.toContain('log in');
    expect(stored.map((d) => d.id).sort()).toEqual(all.map((d) => d.id).sort());
    expect(progress).toMatchObject({ running: false, sourcesDone: 1, sourcesTotal: 1, stored: 2, error: null, message: 'Fetched 1 source: 2 new articles.' });
    // The progress line moved while the run went: per source, and per article stored.
    expect(state.progressLog.map((p) => [p.running, p.sourcesDone, p.stored, p.message])).toEqual([
      [true, 0, 0, 'Fetching 1 of 1 source…'],
      [true, 0, 0, 'Fetching 1 of 1 source…'],
      [true, 0, 1, 'Fetching 1 of 1 source: 1 new article so far…'],
      [true, 0, 2, 'Fetching 1 of 1 source: 2 new articles so far…'],
      [true, 1, 2, 'Fetching 1 of 1 source: 2 new articles so far…'],
      [false, 1, 2, 'Fetched 1 source: 2 new articles.'],
    ]);
    const s = await only(state);
    expect(s).toMatchObject({ lastFetchAt: NOW.toISOString(), lastError: null, articlesStored: 2, failures: 0, notBefore: null });
    expect(s.history).toEqual([{ at: NOW.toISOString(), items: 2, stored: 2, summaries: 0, duplicates: 0, skipped: 0, error: null }]);
  });

  it('reads Atom and JSON Feed too; a second run asks only for the feeds (stored articles are not fetched again)', async () => {
    server.route('/atom.xml', send(atom('Atom Outlet', [{ title: WRITTEN[0].headline, link: `${server.base}/w/0`, published: hoursAgo(1) }]), 'application/atom+xml'));
    server.route('/feed.json', send(jsonFeed('Json Outlet', [{ title: WRITTEN[1].headline, link: `${server.base}/w/1`, published: hoursAgo(1) }]), 'application/feed+json'));
    server.route('/w/0', send(writtenPage(0), HTML));
    server.route('/w/1', send(writtenPage(1), HTML));
    const { run, state } = setup([source(`${server.base}/atom.xml`), source(`${server.base}/feed.json`, { name: 'Json Outlet' })]);
    expect((await run()).stored).toBe(2);
    expect(server.requests()).toEqual(['GET /atom.xml', 'GET /w/0', 'GET /feed.json', 'GET /w/1']);
    expect((await docs()).map((d) => [d.outlet, d.headline])).toEqual([
      ['Test Outlet', WRITTEN[0].headline],
      ['Json Outlet', WRITTEN[1].headline],
    ]);
    clock = new Date(NOW.getTime() + 3_600_000);
    expect((await run()).stored).toBe(0);
    expect(server.requests().slice(4)).toEqual(['GET /atom.xml', 'GET /feed.json']);
    expect((await state.loadSources()).map((s) => s.history[0].duplicates)).toEqual([1, 1]);
  });

  it('keeps the summary of an item whose page is a paywall, marked as a summary; skips and counts one without a summary', async () => {
    server.route('/rss.xml', send(rss('Paper', [
      { title: 'Exclusive: the harbour deal', link: `${server.base}/p/1`, summary: 'The port authority signed a ten-year lease with a shipping group, the paper reports.', published: hoursAgo(1) },
      { title: 'Exclusive: the rail deal', link: `${server.base}/p/2`, published: hoursAgo(1) },
    ]), RSS));
    server.route('/p/1', send(PAYWALL_PAGE, HTML));
    server.route('/p/2', send(PAYWALL_PAGE, HTML));
    const { run, state } = setup([source(`${server.base}/rss.xml`)]);
    const progress = await run();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /p/1', 'GET /p/2']);
    const [d] = await docs();
    expect(d).toMatchObject({
      url: `${server.base}/p/1`,
      headline: 'Exclusive: the harbour deal',
      text: 'Exclusive: the harbour deal\nThe port authority signed a ten-year lease with a shipping group, the paper reports.',
      summaryOnly: true,
      fetchedFrom: `${server.base}/rss.xml`,
    });
    expect((await docs()).length).toBe(1);
    expect(progress.stored).toBe(1);
    expect((await only(state)).history[0]).toMatchObject({ items: 2, stored: 0, summaries: 1, skipped: 1, duplicates: 0, error: null });
  });

  it('stores titles and summaries carrying script and markup as plain text', async () => {
    server.route('/rss.xml', send(rss('Paper', [
      { title: '<script>alert(1)</script>Budget <b>passes</b> <img src=x onerror=alert(2)>', link: `${server.base}/p/1`, summary: '<p onclick="x()">The vote was <i>close</i>.</p><script>steal()</script>', published: hoursAgo(1) },
    ]), RSS));
    server.route('/p/1', send(PAYWALL_PAGE, HTML));
    const { run } = setup([source(`${server.base}/rss.xml`)]);
    await run();
    const [d] = await docs();
    expect(d.headline).toBe('Budget passes');
    expect(d.text).toBe('Budget passes\nThe vote was close.');
    expect(d.text).not.toMatch(/[<>]/);
  });

  it('keeps the items before an XML error and says the feed is malformed', async () => {
    const good = rss('Half', [{ title: 'Kept', link: `${server.base}/k/1`, published: hoursAgo(1) }]).replace('</channel></rss>', '');
    server.route('/half.xml', send(`${good}<item><title>Lost</title><link>${server.base}/k/2</link></item><item><title>broken</titl></channel></rss>`, RSS));
    server.route('/k/1', send(writtenPage(0), HTML));
    const { run, state } = setup([source(`${server.base}/half.xml`)]);
    await run();
    expect(server.requests()).toEqual(['GET /half.xml', 'GET /k/1', 'GET /k/2']);
    const s = await only(state);
    expect(s.lastError).toMatch(/^the feed has malformed XML at line \d+.*nothing after it was read$/);
    expect(s.failures).toBe(0);
  });

  it('says the feed is malformed, or a web page, in plain words, and requests nothing more', async () => {
    server.route('/bad.xml', send('<?xml version="1.0"?><rss><channel><title>Broken</title><item><title>x</titl></item></channel></rss>', RSS));
    server.route('/page.html', send(writtenPage(0), HTML));
    const { run, state } = setup([source(`${server.base}/bad.xml`), source(`${server.base}/page.html`)]);
    const progress = await run();
    expect(server.requests()).toEqual(['GET /bad.xml', 'GET /page.html']);
    const [bad, page] = await state.loadSources();
    expect(bad.lastError).toMatch(/malformed|not a feed|no item/i);
    expect(page.lastError).toBe('this address is a web page, not a feed');
    expect(page.history[0].error).toBe('this address is a web page, not a feed');
    expect([bad.failures, page.failures]).toEqual([1, 1]);
    expect(await store.count()).toBe(0);
    expect(progress.error).toBeNull();
  });

  it('cuts a feed over the size limit while streaming: the server sees the connection closed, the error says why', async () => {
    let written = 0;
    let closedEarly = false;
    let closed = false;
    server.route('/huge.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': RSS });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>');
      const chunk = `<item><title>${'x'.repeat(900)}</title></item>`.repeat(64); // ~60 KB, no links
      const more = () => {
        while (written < 50_000_000) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('</channel></rss>');
      };
      res.on('close', () => {
        closed = true;
        closedEarly = written < 50_000_000;
      });
      more();
    });
    const { run, state } = setup([source(`${server.base}/huge.xml`)]);
    await run();
    await until(() => closed); // the client's close reaches the server
    expect(server.requests()).toEqual(['GET /huge.xml']);
    expect(closedEarly).toBe(true);
    expect(written).toBeLessThan(MAX_FEED_BYTES + 4_000_000); // the socket buffers, not 50 MB
    const s = await only(state);
    expect(s.lastError).toBe('the feed is larger than 5 MB: only its start was read');
    expect(await store.count()).toBe(0);
  });

  it('reads at most 500 of 10,000 items and requests no more pages than the run cap', async () => {
    const items: Item[] = Array.from({ length: 10_000 }, (_, i) => ({ title: `Story ${i}`, link: `${server.base}/s/${i}`, published: hoursAgo(1) }));
    server.route('/big.xml', send(rss('Big', items), RSS));
    for (let i = 0; i < 3; i++) server.route(`/s/${i}`, send(writtenPage(i), HTML));
    const { run, state } = setup([source(`${server.base}/big.xml`)], { perRunCap: 3 });
    await run();
    expect(server.requests()).toEqual(['GET /big.xml', 'GET /s/0', 'GET /s/1', 'GET /s/2']);
    expect((await only(state)).history[0]).toMatchObject({ items: 500, stored: 3, skipped: 497 });
  });

  it('never expands entities (billion laughs) and stores the item as written', async () => {
    const decls = ['<!ENTITY lol "lol">'];
    for (let k = 2; k <= 9; k++) decls.push(`<!ENTITY lol${k} "${`&lol${k === 2 ? '' : k - 1};`.repeat(10)}">`);
    const feed = `<?xml version="1.0"?><!DOCTYPE rss [${decls.join('')}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>Laugh &lol9; &xxe;</title><link>${server.base}/l/1</link><description>&lol9;</description></item></channel></rss>`;
    server.route('/laughs.xml', send(feed, RSS));
    server.route('/l/1', send(PAYWALL_PAGE, HTML));
    const { run } = setup([source(`${server.base}/laughs.xml`)]);
    await run();
    expect(server.requests()).toEqual(['GET /laughs.xml', 'GET /l/1']);
    const [d] = await docs();
    expect(d.text).toBe('Laugh &lol9; &xxe;\n&lol9;');
  });

  it('does not follow a redirect to another origin: the other server receives nothing', async () => {
    other = await startServer({ '/elsewhere': send(writtenPage(2), HTML), '/feed.xml': send(rss('Other', []), RSS) });
    server.route('/rss.xml', send(rss('Paper', [
      { title: 'Moved story', link: `${server.base}/moved`, summary: 'A short summary of the moved story.', published: hoursAgo(1) },
      { title: 'Same-site move', link: `${server.base}/old`, published: hoursAgo(1) },
    ]), RSS));
    server.route('/moved', send('', HTML, 302, { location: `${other.base}/elsewhere` }));
    server.route('/old', send('', HTML, 301, { location: '/new' }));
    server.route('/new', send(writtenPage(0), HTML));
    server.route('/redirected-feed', send('', RSS, 302, { location: `${other.base}/feed.xml` }));
    const { run, state } = setup([source(`${server.base}/rss.xml`), source(`${server.base}/redirected-feed`)]);
    await run();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /moved', 'GET /old', 'GET /new', 'GET /redirected-feed']);
    expect(other.requests()).toEqual([]);
    expect((await docs()).map((d) => [d.url, d.summaryOnly ?? false])).toEqual([
      [`${server.base}/moved`, true],
      [`${server.base}/old`, false],
    ]);
    expect((await state.loadSources())[1].lastError).toBe(`the feed redirects to another site (${other.origin}), which is not followed`);
  });

  it('stores the same article in two feeds once, and requests its page once', async () => {
    server.route('/one.xml', send(rss('One', [{ title: 'Shared', link: `${server.base}/shared?utm_medium=feed`, published: hoursAgo(1) }]), RSS));
    server.route('/two.xml', send(rss('Two', [
      { title: 'Shared', link: `${server.base}/shared#comments`, published: hoursAgo(1) },
      { title: 'Shared again', link: `${server.base}/shared`, published: hoursAgo(1) },
    ]), RSS));
    server.route('/shared', send(writtenPage(1), HTML));
    const { run, state } = setup([source(`${server.base}/one.xml`), source(`${server.base}/two.xml`)]);
    const progress = await run();
    expect(server.requests()).toEqual(['GET /one.xml', 'GET /shared', 'GET /two.xml']);
    expect(await store.count()).toBe(1);
    expect(progress.stored).toBe(1);
    expect((await state.loadSources()).map((s) => [s.history[0].stored, s.history[0].duplicates])).toEqual([[1, 0], [0, 2]]);
  });

  it('counts an article the library already has (same text at another address) as a duplicate', async () => {
    await store.addDocument({ outlet: 'Mine', outletNamed: true, headline: WRITTEN[2].headline, date: null, lang: 'en', text: [WRITTEN[2].headline, ...WRITTEN[2].paragraphs].join('\n') });
    server.route('/rss.xml', send(rss('Paper', [{ title: 'x', link: `${server.base}/copy`, published: hoursAgo(1) }]), RSS));
    server.route('/copy', send(writtenPage(2), HTML));
    const { run, state } = setup([source(`${server.base}/rss.xml`)]);
    await run();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /copy']);
    expect(await store.count()).toBe(1);
    expect((await only(state)).history[0]).toMatchObject({ stored: 0, duplicates: 1 });
  });

  it('skips an article that 404s and one that times out, and says so when the feed itself times out', async () => {
    server.route('/rss.xml', send(rss('Paper', [
      { title: 'Gone', link: `${server.base}/gone`, summary: 'It was here.', published: hoursAgo(1) },
      { title: 'Slow', link: `${server.base}/slow`, published: hoursAgo(1) },
      { title: 'Fine', link: `${server.base}/fine`, published: hoursAgo(1) },
    ]), RSS));
    server.route('/slow', () => undefined); // never answers
    server.route('/fine', send(writtenPage(0), HTML));
    server.route('/slow.xml', () => undefined);
    const { run, state } = setup([source(`${server.base}/rss.xml`), source(`${server.base}/slow.xml`)], {}, { timeoutMs: 300 });
    await run();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /gone', 'GET /slow', 'GET /fine', 'GET /slow.xml']);
    expect((await docs()).map((d) => d.url)).toEqual([`${server.base}/fine`]);
    const [feed, slow] = await state.loadSources();
    expect(feed.history[0]).toMatchObject({ stored: 1, skipped: 2, error: null });
    expect(slow.lastError).toBe('the feed did not answer within 0.3 seconds');
  });

  it('backs off after 429 with Retry-After (seconds or a date) and exponentially on consecutive failures', async () => {
    let answer: { status: number; retryAfter?: string } = { status: 429, retryAfter: '7200' };
    server.route('/rss.xml', (_req, res) => {
      if (answer.status !== 200) {
        res.writeHead(answer.status, answer.retryAfter ? { 'retry-after': answer.retryAfter } : {});
        return void res.end();
      }
      res.writeHead(200, { 'content-type': RSS });
      res.end(rss('Paper', []));
    });
    const { run, state } = setup([source(`${server.base}/rss.xml`)]);
    await run();
    let s = await only(state);
    expect(s).toMatchObject({ lastError: 'the feed answered 429', failures: 1, notBefore: new Date(NOW.getTime() + 7_200_000).toISOString() });
    // An hour later: still asked to wait, so not one request.
    clock = new Date(NOW.getTime() + 3_600_000);
    expect((await run()).message).toBe('Fetched 0 sources: 0 new articles. 1 source asked to wait and was not fetched.');
    expect(server.requests()).toEqual(['GET /rss.xml']);
    // After the date it names: asked again; a 503 with an HTTP date in the past → back-off alone (2nd failure: 30 min).
    clock = new Date(NOW.getTime() + 7_200_001);
    answer = { status: 503, retryAfter: new Date(NOW.getTime()).toUTCString() };
    await run();
    s = await only(state);
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /rss.xml']);
    expect(s).toMatchObject({ lastError: 'the feed answered 503', failures: 2, notBefore: new Date(clock.getTime() + 30 * 60_000).toISOString() });
    clock = new Date(clock.getTime() + 30 * 60_000);
    answer = { status: 200 };
    await run();
    s = await only(state);
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /rss.xml', 'GET /rss.xml']);
    expect(s).toMatchObject({ lastError: null, failures: 0, notBefore: null });
    expect(s.history.map((h) => h.error)).toEqual([null, 'the feed answered 503', 'the feed answered 429']);
  });

  it('stops asking a site for pages when one answers 429, and backs the source off', async () => {
    server.route('/rss.xml', send(rss('Paper', [1, 2, 3].map((i) => ({ title: `S${i}`, link: `${server.base}/r/${i}`, published: hoursAgo(1) }))), RSS));
    server.route('/r/1', send(writtenPage(0), HTML));
    server.route('/r/2', send('slow down', 'text/plain', 429, { 'retry-after': '600' }));
    server.route('/r/3', send(writtenPage(1), HTML));
    const { run, state } = setup([source(`${server.base}/rss.xml`)]);
    await run();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /r/1', 'GET /r/2']);
    const s = await only(state);
    expect(s.history[0]).toMatchObject({ stored: 1, skipped: 2, error: 'an article page answered 429: the source is asked again later' });
    expect(s.notBefore).toBe(new Date(NOW.getTime() + 15 * 60_000).toISOString()); // back-off (15 min) beats Retry-After (10 min)
  });

  it('shares the per-run cap over all sources, fairly', async () => {
    for (const f of ['a', 'b']) {
      server.route(`/${f}.xml`, send(rss(f, [0, 1, 2].map((i) => ({ title: `${f}${i}`, link: `${server.base}/${f}/${i}`, published: hoursAgo(1) }))), RSS));
      for (let i = 0; i < 3; i++) server.route(`/${f}/${i}`, send(writtenPage(i), HTML));
    }
    const { run, state } = setup([source(`${server.base}/a.xml`), source(`${server.base}/b.xml`)], { perRunCap: 3 });
    await run();
    // a gets ceil(3/2) = 2 pages, b the 1 left. b's pages repeat a's texts: duplicates by text.
    expect(server.requests()).toEqual(['GET /a.xml', 'GET /a/0', 'GET /a/1', 'GET /b.xml', 'GET /b/0']);
    expect((await state.loadSources()).map((s) => s.history[0].skipped)).toEqual([1, 2]);
  });

  it('an interrupted run leaves only whole documents and no source status; the next run does the rest', async () => {
    const ctrl = new AbortController();
    server.route('/rss.xml', send(rss('Paper', [0, 1].map((i) => ({ title: `S${i}`, link: `${server.base}/i/${i}`, published: hoursAgo(1) }))), RSS));
    server.route('/i/0', send(writtenPage(0), HTML));
    let hang = true;
    server.route('/i/1', (_req, res) => {
      if (hang) return void ctrl.abort(); // the browser closes while this page loads
      res.writeHead(200, { 'content-type': HTML });
      res.end(writtenPage(1));
    });
    const first = setup([source(`${server.base}/rss.xml`)], {}, { signal: ctrl.signal });
    await expect(first.run()).rejects.toThrow();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /i/0', 'GET /i/1']);
    expect((await docs()).map((d) => d.url)).toEqual([`${server.base}/i/0`]);
    const s = await only(first.state);
    expect(s.lastFetchAt).toBeNull();
    expect((await first.state.loadProgress())).toMatchObject({ running: false, error: 'the fetch was stopped before it finished' });
    hang = false;
    const again = await runFetch({ ...first.deps, signal: undefined });
    expect(server.requests().slice(3)).toEqual(['GET /rss.xml', 'GET /i/1']);
    expect((await docs()).map((d) => d.url)).toEqual([`${server.base}/i/0`, `${server.base}/i/1`]);
    expect(again.stored).toBe(1);
    expect((await only(first.state)).history[0]).toMatchObject({ stored: 1, duplicates: 1 });
  });

  it('stops the run with the storage error when the browser has no space left, and writes no half source', async () => {
    server.route('/rss.xml', send(rss('Paper', [0, 1].map((i) => ({ title: `S${i}`, link: `${server.base}/q/${i}`, published: hoursAgo(1) }))), RSS));
    for (let i = 0; i < 2; i++) server.route(`/q/${i}`, send(writtenPage(i), HTML));
    const full = { ...store, findByUrl: store.findByUrl.bind(store), getDocument: store.getDocument.bind(store), listTrash: store.listTrash.bind(store), addDocument: async () => { throw new StorageQuotaError('storing the document'); } };
    const { state, deps } = setup([source(`${server.base}/rss.xml`)]);
    const error = await runFetch({ ...deps, store: full as unknown as CorpusStore }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /q/0']);
    expect(await state.loadProgress()).toMatchObject({ running: false, error: (error as Error).message, message: 'The fetch failed.' });
    expect((await only(state)).lastFetchAt).toBeNull();
    expect(await store.count()).toBe(0);
  });

  it('stops requesting a source the reader unfollows during the run', async () => {
    server.route('/a.xml', send(rss('A', [0, 1, 2].map((i) => ({ title: `A${i}`, link: `${server.base}/u/${i}`, published: hoursAgo(1) }))), RSS));
    server.route('/b.xml', send(rss('B', []), RSS));
    const { state, run } = setup([source(`${server.base}/a.xml`), source(`${server.base}/b.xml`)]);
    server.route('/u/0', send(writtenPage(0), HTML));
    server.route('/u/1', (req, res) => {
      // The reader unfollows both while this page loads.
      void state.updateSources(() => []).then(() => send(writtenPage(1), HTML)(req, res));
    });
    await run();
    expect(server.requests()).toEqual(['GET /a.xml', 'GET /u/0', 'GET /u/1']);
    expect(await state.loadSources()).toEqual([]);
  });

  it('a progress left "running" by a run the browser cut short is said to be interrupted at the next start', async () => {
    const state = memoryFollowState();
    await state.saveProgress({ running: true, startedAt: NOW.toISOString(), finishedAt: null, sourcesDone: 1, sourcesTotal: 3, stored: 4, message: 'Fetching 2 of 3 sources…', error: null });
    expect(await recoverInterruptedRun(state, NOW)).toBe(true);
    expect(await state.loadProgress()).toMatchObject({ running: false, error: 'the last fetch was interrupted before it finished' });
    expect(await recoverInterruptedRun(state, NOW)).toBe(false);
  });

  it('never runs twice at once: a second call joins the run in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.route('/rss.xml', (_req, res) => void gate.then(() => send(rss('Paper', []), RSS)(_req, res)));
    const { deps } = setup([source(`${server.base}/rss.xml`)]);
    const runner = createFetchRunner(() => runFetch(deps));
    const a = runner.run();
    const b = runner.run();
    expect(runner.running()).toBe(true);
    expect(b).toBe(a);
    await until(() => server.received.length === 1);
    release();
    await Promise.all([a, b]);
    expect(server.requests()).toEqual(['GET /rss.xml']);
    expect(runner.running()).toBe(false);
  });

  it('skips items older than the days articles are kept, without requesting them', async () => {
    server.route('/rss.xml', send(rss('Paper', [
      { title: 'Old', link: `${server.base}/old`, published: hoursAgo(24 * 15) },
      { title: 'New', link: `${server.base}/new`, published: hoursAgo(24 * 13) },
    ]), RSS));
    server.route('/new', send(writtenPage(0), HTML));
    const { run, state } = setup([source(`${server.base}/rss.xml`)], { keepDays: 14 });
    await run();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /new']);
    expect((await only(state)).history[0]).toMatchObject({ stored: 1, skipped: 1 });
  });

  it('does not bring back an article the reader deleted (in the trash), nor request it', async () => {
    server.route('/rss.xml', send(rss('Paper', [0, 1].map((i) => ({ title: `S${i}`, link: `${server.base}/d/${i}`, published: hoursAgo(1) }))), RSS));
    for (let i = 0; i < 2; i++) server.route(`/d/${i}`, send(writtenPage(i), HTML));
    const { run, state } = setup([source(`${server.base}/rss.xml`)]);
    await run();
    const [first] = await docs();
    expect(await store.deleteDocument(first.id)).toBe(true);
    clock = new Date(NOW.getTime() + 3_600_000);
    await run();
    expect(server.requests()).toEqual(['GET /rss.xml', 'GET /d/0', 'GET /d/1', 'GET /rss.xml']);
    expect((await docs()).map((d) => d.url)).toEqual([`${server.base}/d/1`]);
    expect((await only(state)).history[0]).toMatchObject({ stored: 0, duplicates: 1, skipped: 1 });
  });

  it('fetched articles expire after keepDays by the remembered-article expiry; pinned ones stay', async () => {
    server.route('/rss.xml', send(rss('Paper', [0, 1].map((i) => ({ title: `S${i}`, link: `${server.base}/e/${i}`, published: hoursAgo(1) }))), RSS));
    for (let i = 0; i < 2; i++) server.route(`/e/${i}`, send(writtenPage(i), HTML));
    const { run } = setup([source(`${server.base}/rss.xml`)]);
    await run();
    const [keep, drop] = await docs();
    await store.setPinned(keep.id, true);
    const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
    expect(await store.expireRemembered({ now: later(13), keepDays: 90, maxDocs: 2000, fetchedKeepDays: 14 })).toEqual([]);
    expect(await store.expireRemembered({ now: later(15), keepDays: 90, maxDocs: 0, fetchedKeepDays: 14 })).toEqual([drop.id]);
    expect((await docs()).map((d) => d.id)).toEqual([keep.id]);
  });
});

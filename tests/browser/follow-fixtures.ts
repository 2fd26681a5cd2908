// The web the "follow outlets" browser tests run against (issue 22), all on 127.0.0.1:
// - three outlets' feeds, one per format (RSS 2.0, Atom 1.0, JSON Feed 1.1), each listing an
//   article page on one story (tests/fixtures/follow/*.txt, written for these tests: the seeds
//   are about another story, so any match on that story comes from a fetched article);
// - a fourth article on that story that is in no feed: the page the reader opens afterwards;
// - a paywalled article (a teaser and a subscribe box) whose feed item carries a summary;
// - hostile feeds: malformed XML, an HTML page where a feed should be, a feed larger than any
//   limit, markup and script in titles;
// - a recording proxy: the browsers send every request for another host to it (loopback goes
//   direct), so a request that would leave this machine is recorded instead of made.
// Every response of the fixture server is recorded with its path, in order.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { ROOT } from './shared';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface StoryArticle {
  outlet: string;
  path: string;
  file: string;
  author: string;
}

/** The three fetched outlets, in feed order (RSS, Atom, JSON Feed), and the page opened afterwards. */
export const VALLEY: StoryArticle = { outlet: 'Valley Courier', path: '/valley-courier/news/ferris-street-bridge', file: 'valley-courier-bridge.txt', author: 'Ana Lindqvist' };
export const NORTHERN: StoryArticle = { outlet: 'Northern Post', path: '/northern-post/local/cracked-beams-bridge', file: 'northern-post-bridge.txt', author: 'Tom Okafor' };
export const LAKESIDE: StoryArticle = { outlet: 'Lakeside Herald', path: '/lakeside-herald/2026/bridge-repair-bill', file: 'lakeside-herald-bridge.txt', author: 'June Park' };
export const RIVERSIDE: StoryArticle = { outlet: 'Riverside Gazette', path: '/riverside-gazette/bridge-what-drivers-need-to-know', file: 'riverside-gazette-bridge.txt', author: 'Sam Ortiz' };
/** Linked from the hostile feed with markup in its titles: an article unrelated to the bridge. */
export const LIBRARY: StoryArticle = { outlet: 'Millbrook Notes', path: '/notes/library-sundays', file: 'library-hours.txt', author: 'Lee Chan' };
export const PAYWALL_PATH = '/valley-courier/news/traders-count-the-cost';
export const PAYWALL_SUMMARY =
  'Shop owners on Ferris Street say their takings fell by a third in the first week of the bridge closure, and they want the town to waive parking charges until it reopens.';

/** The Northern Post's home page: its feed is named only by a <link rel="alternate"> in its head. */
export const NORTHERN_SITE = '/northern-post/';

export const FEEDS = {
  rss: '/feeds/valley-courier.rss',
  atom: '/feeds/northern-post.atom',
  json: '/feeds/lakeside-herald.json',
} as const;

export const HOSTILE = {
  malformed: '/hostile/malformed.xml',
  html: '/hostile/not-a-feed.html',
  huge: '/hostile/huge.json',
  markup: '/hostile/markup-titles.rss',
} as const;

/** The script a hostile title carries: it would set this flag if it ever ran. */
export const PWNED_FLAG = '__followPwned';
export const SCRIPT_TITLE = `<script>window.${PWNED_FLAG}=1</script><img src=x onerror="window.${PWNED_FLAG}=2">Library opens on Sundays`;

export function storyLines(a: StoryArticle): { title: string; paragraphs: string[] } {
  const [title, ...paragraphs] = readFileSync(`${ROOT}tests/fixtures/follow/${a.file}`, 'utf8').trim().split('\n');
  return { title: title!, paragraphs };
}

/** Every article was published the day before the test runs (expiry counts from today). */
export function publishedAt(hoursAgo: number, now = Date.now()): string {
  return new Date(now - hoursAgo * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** An outlet's article page: its metadata in the head (outlet, date, author, canonical URL) and site furniture around it. */
export function storyPage(a: StoryArticle, origin: string, published: string): string {
  const { title, paragraphs } = storyLines(a);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(a.outlet)}</title>
<meta property="og:site_name" content="${esc(a.outlet)}"><meta property="article:published_time" content="${published}">
<meta name="author" content="${esc(a.author)}"><link rel="canonical" href="${origin}${a.path}"></head>
<body><header><strong>${esc(a.outlet)}</strong> <nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By ${esc(a.author)}</p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><aside><h2>Most read</h2><ul><li><a href="/weather">Frost expected overnight</a></li></ul></aside></main>
<footer>© ${esc(a.outlet)}</footer></body></html>`;
}

/** A paywalled article: a headline, one teaser line and a subscribe box (no article to extract). */
export function paywallPage(origin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Traders count the cost | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"><link rel="canonical" href="${origin}${PAYWALL_PATH}"></head>
<body><header><strong>Valley Courier</strong></header><main><h1>Ferris Street traders count the cost of the bridge closure</h1>
<p>Subscribe to keep reading.</p><div class="paywall"><button>Subscribe</button> <a href="/login">Sign in</a></div></main></body></html>`;
}

const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function rssFeed(origin: string, published: string): string {
  const a = storyLines(VALLEY);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Valley Courier</title><link>${origin}/valley-courier/</link><description>Local news from the valley</description>
<item><title>${esc(a.title)}</title><link>${origin}${VALLEY.path}?utm_source=rss</link><guid isPermaLink="false">vc-1001</guid>
<pubDate>${rfc822(published)}</pubDate><dc:creator>${VALLEY.author}</dc:creator>
<description><![CDATA[<p>${esc(a.paragraphs[0]!)}</p>]]></description></item>
<item><title>Ferris Street traders count the cost of the bridge closure</title><link>${origin}${PAYWALL_PATH}</link><guid isPermaLink="false">vc-1002</guid>
<pubDate>${rfc822(published)}</pubDate><description>${esc(PAYWALL_SUMMARY)}</description></item>
</channel></rss>`;
}

export function atomFeed(origin: string, published: string): string {
  const a = storyLines(NORTHERN);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Northern Post</title><id>urn:example:northern-post</id>
<link rel="self" href="${origin}${FEEDS.atom}"/><updated>${published}</updated>
<entry><title type="text">${esc(a.title)}</title><id>urn:example:northern-post:2001</id>
<link rel="alternate" type="text/html" href="${NORTHERN.path}"/><published>${published}</published><updated>${published}</updated>
<author><name>${NORTHERN.author}</name></author><summary type="html">${esc(`<p>${a.paragraphs[0]}</p>`)}</summary></entry>
</feed>`;
}

export function jsonFeed(origin: string, published: string): string {
  const a = storyLines(LAKESIDE);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Lakeside Herald',
    home_page_url: `${origin}/lakeside-herald/`,
    feed_url: `${origin}${FEEDS.json}`,
    items: [{ id: 'lh-3001', url: `${origin}${LAKESIDE.path}`, title: a.title, summary: a.paragraphs[0], date_published: published, authors: [{ name: LAKESIDE.author }] }],
  });
}

/** Markup and script in the feed's title and its item's title and summary; the item's article is ordinary. */
export function markupFeed(origin: string, published: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(`Notes <b>bold</b> ${SCRIPT_TITLE}`)}</title><link>${origin}/notes/</link><description>x</description>
<item><title>${esc(SCRIPT_TITLE)}</title><link>${origin}${LIBRARY.path}</link><guid>notes-1</guid><pubDate>${rfc822(published)}</pubDate>
<description><![CDATA[<script>window.${PWNED_FLAG}=3</script><p onclick="x()">Sunday hours</p>]]></description></item>
</channel></rss>`;
}

/** Valid at first (so it can be followed), broken when the test flips it: an item that never closes. */
export function malformedFeed(origin: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken Wire</title><link>${origin}/</link>
<item><title>Half an item<link>${origin}/broken/1</link></channel>`;
}

export function validSmallFeed(origin: string, title: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(title)}</title><link>${origin}/</link><description>x</description></channel></rss>`;
}

/** A JSON Feed over 6 MB: larger than the 5,000,000 characters the parser reads (a JSON document cannot be read in part). */
export function hugeJsonFeed(origin: string): string {
  const item = (i: number) => ({ id: `huge-${i}`, url: `${origin}/huge/${i}`, title: `Item ${i}`, content_text: 'padding '.repeat(120) });
  const items = Array.from({ length: 6_500 }, (_, i) => item(i));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Huge Feed', items });
}

export interface Served {
  status?: number;
  type: string;
  body: string;
}

export interface FollowServer {
  origin: string;
  /** Every path asked for (query included), in order, with the time it arrived and its headers. */
  log: { path: string; at: number; cookie: string | null; referer: string | null }[];
  /** The live routes: a test may change a response (a feed that breaks) while the server runs. */
  routes: Map<string, Served>;
  close(): Promise<void>;
}

/** The fixture web, on 127.0.0.1 at an ephemeral port. `published`: the articles' time. */
export async function startFollowServer(published: string): Promise<FollowServer> {
  const routes = new Map<string, Served>();
  const log: FollowServer['log'] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    log.push({ path: url, at: Date.now(), cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
    const r = routes.get(url.split('?')[0]!);
    // Cookies are offered on every answer: a request that sent them back would show it in the log.
    res.writeHead(r?.status ?? (r ? 200 : 404), { 'content-type': r?.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': 'reader=tracked; Path=/; SameSite=Lax' });
    res.end(r?.body ?? '<!doctype html><title>Not found</title><p>Not found</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const html = (body: string): Served => ({ type: 'text/html; charset=utf-8', body });
  for (const a of [VALLEY, NORTHERN, LAKESIDE, RIVERSIDE, LIBRARY]) routes.set(a.path, html(storyPage(a, origin, published)));
  routes.set(PAYWALL_PATH, html(paywallPage(origin)));
  routes.set(
    NORTHERN_SITE,
    html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northern Post</title>
<link rel="alternate" type="application/atom+xml" title="Northern Post" href="${FEEDS.atom}"></head>
<body><h1>Northern Post</h1><ul><li><a href="${NORTHERN.path}">${esc(storyLines(NORTHERN).title)}</a></li></ul></body></html>`),
  );
  routes.set(FEEDS.rss, { type: 'application/rss+xml; charset=utf-8', body: rssFeed(origin, published) });
  routes.set(FEEDS.atom, { type: 'application/atom+xml; charset=utf-8', body: atomFeed(origin, published) });
  routes.set(FEEDS.json, { type: 'application/feed+json; charset=utf-8', body: jsonFeed(origin, published) });
  routes.set(HOSTILE.markup, { type: 'application/rss+xml', body: markupFeed(origin, published) });
  routes.set(HOSTILE.malformed, { type: 'application/rss+xml', body: validSmallFeed(origin, 'Broken Wire') });
  routes.set(HOSTILE.huge, { type: 'application/feed+json', body: validSmallFeedJson('Huge Feed') });
  routes.set(HOSTILE.html, html('<!doctype html><html><head><title>Just a page</title></head><body><h1>Welcome</h1><p>No feed here.</p></body></html>'));
  const sockets = new Set<Socket>();
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  return {
    origin,
    log,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function validSmallFeedJson(title: string): string {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: [] });
}

/** Turns the two "valid at first" hostile feeds bad: malformed XML, and a feed over every size limit. */
export function breakHostileFeeds(s: FollowServer): void {
  s.routes.set(HOSTILE.malformed, { type: 'application/rss+xml', body: malformedFeed(s.origin) });
  s.routes.set(HOSTILE.huge, { type: 'application/feed+json', body: hugeJsonFeed(s.origin) });
}

/**
 * Hosts the browsers contact on their own, whatever the page or the extension does, measured by
 * sending both browsers through the recording proxy with the extension idle (one local page and
 * one `fetch` of example.com): Firefox ESR's remote settings; Chromium's account service and its
 * extension/component updater (which asks about every installed extension). They are the
 * browser's, not the test's: any other request the proxy hears fails a test.
 */
export const BROWSER_OWN_HOSTS = new Set(['firefox.settings.services.mozilla.com', 'accounts.google.com', 'update.googleapis.com']);

/** The host a proxied request was for: "CONNECT host:443" or "GET http://host/path". */
const proxiedHost = (line: string) => {
  const target = line.slice(line.indexOf(' ') + 1);
  try {
    return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  } catch {
    return target;
  }
};

/** What the recording proxy heard, less the browser's own connections. */
export const notBrowsersOwn = (seen: readonly string[]) => seen.filter((r) => !BROWSER_OWN_HOSTS.has(proxiedHost(r)));

/**
 * An HTTP proxy that records every request sent to it and answers none (403; CONNECT refused).
 * The browsers are pointed at it for every host but loopback, so a request meant for another
 * machine lands here, recorded, instead of anywhere else.
 */
export async function startRecordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

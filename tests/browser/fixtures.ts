// Test pages for the browser tests: a realistic news-site shell (nav, ads, related links,
// comments, footer) around a seed article, served from 127.0.0.1 on an ephemeral port.
// Every request the server sees is recorded; the pages reference nothing off this host.
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
export const SEED_IDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shell(title: string, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} | The Daily Ledger</title>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: #222; background: #fff; }
  .masthead { display: flex; align-items: center; gap: 24px; padding: 12px 32px; border-bottom: 3px solid #111; font-family: Arial, sans-serif; }
  .masthead .logo { font: 700 28px Georgia, serif; }
  .masthead nav a { margin-right: 16px; color: #333; text-decoration: none; font-size: 14px; }
  .layout { display: grid; grid-template-columns: minmax(0, 680px) 280px; gap: 40px; max-width: 1060px; margin: 24px 32px; }
  h1 { font-size: 34px; line-height: 1.2; margin: 0 0 8px; }
  .byline { color: #666; font: 14px Arial, sans-serif; margin-bottom: 24px; }
  .ad { background: #f1f1f1; color: #888; font: 12px Arial, sans-serif; text-align: center; padding: 40px 8px; margin: 16px 0; border: 1px dashed #ccc; }
  aside.rail h2, .comments h2 { font: 700 16px Arial, sans-serif; text-transform: uppercase; }
  aside.rail li { font: 14px Arial, sans-serif; margin-bottom: 8px; }
  .comments { border-top: 1px solid #ddd; margin-top: 32px; font: 15px Arial, sans-serif; }
  .comment { padding: 8px 0; border-bottom: 1px solid #eee; }
  footer { background: #111; color: #bbb; padding: 24px 32px; font: 13px Arial, sans-serif; }
  footer a { color: #ddd; }
</style>
</head>
<body>
<header class="masthead">
  <span class="logo">The Daily Ledger</span>
  <nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><a href="/politics">Politics</a><a href="/opinion">Opinion</a><a href="/subscribe">Subscribe</a></nav>
  <button type="button">Sign in</button>
</header>
<div class="layout">
${main}
  <aside class="rail">
    <div class="ad">Advertisement</div>
    <h2>Most read</h2>
    <ol>
      <li><a href="/story/markets-rally">Markets rally as earnings beat forecasts</a></li>
      <li><a href="/story/storm-season">Forecasters expect a busy storm season</a></li>
      <li><a href="/story/city-budget">City council passes a leaner budget</a></li>
    </ol>
    <div class="ad">Advertisement</div>
  </aside>
</div>
<footer>
  <p>© The Daily Ledger. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></p>
  <p>Newsletter: <input type="email" placeholder="you@example.com" aria-label="Email address"> <button type="button">Sign up</button></p>
</footer>
</body>
</html>`;
}

/** A seed's text: first line is the headline, the rest are paragraphs. */
export function seedArticle(id: string): { title: string; paragraphs: string[] } {
  const lines = readFileSync(`${SEEDS_DIR}${id}.txt`, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return { title: lines[0]!, paragraphs: lines.slice(1) };
}

/** Inline markup as news sites have it (topic links, emphasis), so claims span several text nodes. */
function inlineMarkup(escaped: string): string {
  return escaped
    .replace(/\bChina\b/, '<a href="/topic/china">China</a>')
    .replace(/\bfentanyl\b/, '<em>fentanyl</em>')
    .replace(/\bTrump\b/, '<a href="/topic/trump"><strong>Trump</strong></a>');
}

/** The article element of a fixture page: headline, byline, then the given paragraph markup. */
function articleBlock(title: string, body: string): string {
  return `  <article>
    <h1>${esc(title)}</h1>
    <div class="byline">By Staff Reporters · <a href="/world">World</a></div>
${body}  </article>`;
}

export function articlePage(id: string): string {
  const { title, paragraphs } = seedArticle(id);
  const body = paragraphs
    .map((p, i) => `    <p>${inlineMarkup(esc(p))}</p>\n${i === 2 ? '    <div class="ad">Advertisement · <a href="/ads">Why this ad?</a></div>\n' : ''}`)
    .join('');
  return shell(
    title,
    `  <main>
${articleBlock(title, body)}
  <section class="comments">
    <h2>Comments (3)</h2>
    <div class="comment"><b>reader42</b>: Interesting read, thanks.</div>
    <div class="comment"><b>mk_ny</b>: Will be watching the talks closely.</div>
    <div class="comment"><b>anon</b>: Where is the rest of the story?</div>
  </section>
  </main>`,
  );
}

/**
 * A page written for the tests (not a seed) on the seed story, with two claims about the US levy
 * on Chinese goods: one that Washington *could* raise it to 160 per cent (a plan: no proof that
 * it is the levy in force, so a seed's 145 per cent is a figure that differs, not a
 * contradiction) and one that it *stands at* 160 per cent (the levy in force: a proved clash with
 * the seeds' 145 per cent).
 */
export const UNPROVEN_FIGURE_PARAGRAPHS = [
  'Beijing weighs an offer on fentanyl to open trade talks with Washington.',
  'Chinese officials have been looking for a way to start talks without appearing to give in to pressure, people briefed on the discussions said.',
  'Washington could raise its import duties on Chinese goods to 160 per cent.',
  'US import duties on Chinese goods stand at 160 per cent, officials said.',
  'Neither government has said when negotiators might meet, and both sides have kept their public statements short.',
  'Analysts said a narrow deal on the drug trade would leave most of the disputes between the two economies untouched.',
];

export function unprovenFigurePage(): string {
  const title = 'Fentanyl offer could open the door to tariff talks';
  return shell(title, `  <main>\n${articleBlock(title, UNPROVEN_FIGURE_PARAGRAPHS.map((p) => `    <p>${esc(p)}</p>\n`).join(''))}\n  </main>`);
}

/** Inline JSON inside <script>: nothing in the text can close the element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/**
 * A site that re-renders its article after load (as hydrating frameworks do): once the
 * extension has drawn its highlights, every paragraph is replaced by an identical new node.
 * `<html data-rerendered="1">` says it happened.
 */
export function rerenderPage(id: string): string {
  const script = `<script>
(function () {
  var t = setInterval(function () {
    if (document.documentElement.dataset.sourceCompare !== 'ready') return;
    clearInterval(t);
    document.querySelectorAll('article p').forEach(function (p) { p.replaceWith(p.cloneNode(true)); });
    document.documentElement.dataset.rerendered = '1';
  }, 100);
})();
</script>`;
  return articlePage(id).replace('</body>', `${script}\n</body>`);
}

/**
 * A single-page site: article `a` loads; once the extension is ready, the site pushState's to
 * /spa/<b> and, a moment later (as after a fetch), swaps the headline and paragraphs for
 * article `b`'s. `<html data-spa="swapped">` says it happened.
 */
export function spaPage(a: string, b: string): string {
  const next = seedArticle(b);
  const script = `<script>
(function () {
  var next = ${scriptJson(next)};
  var t = setInterval(function () {
    if (document.documentElement.dataset.sourceCompare !== 'ready') return;
    clearInterval(t);
    history.pushState({}, '', '/spa/${b}');
    setTimeout(function () {
      var article = document.querySelector('article');
      article.querySelector('h1').textContent = next.title;
      document.title = next.title + ' | The Daily Ledger';
      article.querySelectorAll('p, .ad').forEach(function (el) { el.remove(); });
      next.paragraphs.forEach(function (text) {
        var p = document.createElement('p');
        p.textContent = text;
        article.appendChild(p);
      });
      document.documentElement.dataset.spa = 'swapped';
    }, 250);
  }, 100);
})();
</script>`;
  return articlePage(a).replace('</body>', `${script}\n</body>`);
}

/** The article on a site with a dark theme of its own. */
export function darkPage(id: string): string {
  return articlePage(id).replace('color: #222; background: #fff;', 'color: #ddd; background: #15171a;');
}

/** The article in one wide centred column (the rail below it): a sidebar on the right would cover its text. */
export function centredPage(id: string): string {
  return articlePage(id).replace(
    '.layout { display: grid; grid-template-columns: minmax(0, 680px) 280px; gap: 40px; max-width: 1060px; margin: 24px 32px; }',
    '.layout { display: block; max-width: 760px; margin: 24px auto; padding: 0 16px; }',
  );
}

/** A section front: headlines and teasers, no article. */
export function noArticlePage(): string {
  const teasers = ['Markets rally as earnings beat forecasts', 'Forecasters expect a busy storm season', 'City council passes a leaner budget', 'Local team wins in overtime']
    .map((t, i) => `<li><a href="/story/${i}">${esc(t)}</a> <span class="byline">${i + 1}h ago</span></li>`)
    .join('\n      ');
  return shell('World news', `  <main>\n    <h1>World</h1>\n    <ul>\n      ${teasers}\n    </ul>\n  </main>`);
}

export interface FixtureServer {
  origin: string;
  /** Paths the server was asked for, in order. */
  requests: string[];
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  for (const id of SEED_IDS) pages.set(`/article/${id}`, articlePage(id));
  pages.set('/no-article', noArticlePage());
  pages.set('/article/unproven-figure', unprovenFigurePage());
  pages.set(`/rerender/${SEED_IDS[1]}`, rerenderPage(SEED_IDS[1]!));
  pages.set(`/dark/${SEED_IDS[4]}`, darkPage(SEED_IDS[4]!));
  pages.set(`/centred/${SEED_IDS[0]}`, centredPage(SEED_IDS[0]!));
  // After the swap the URL is /spa/<second>; a reload there serves the second article itself.
  pages.set(`/spa/${SEED_IDS[0]}`, spaPage(SEED_IDS[0]!, SEED_IDS[2]!));
  pages.set(`/spa/${SEED_IDS[2]}`, articlePage(SEED_IDS[2]!));
  // The lookup reads the live map: a test may add a page after the server started.
  return { ...(await servePages((path) => (pages.has(path) ? { html: pages.get(path)! } : undefined))), pages };
}

/** A page a fixture server answers with: its HTML and any extra response headers (a CSP). */
export interface ServedPage {
  html: string;
  headers?: Record<string, string>;
}

/**
 * A local HTTP server on 127.0.0.1 that answers each path with `lookup(path)` (query string
 * ignored), 404 otherwise, never cached, and records every path asked for.
 */
export async function servePages(lookup: (path: string) => ServedPage | undefined): Promise<{ origin: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const p = lookup((req.url ?? '').split('?')[0]!);
    res.writeHead(p ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(p?.headers ?? {}) });
    res.end(p?.html ?? '<!doctype html><title>Not found</title><p>Not found</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Records in `offHost` every request a page or browser context makes beyond this machine
 * (isLocalUrl), for the privacy assertion each browser test ends with.
 */
export function recordOffHost(target: { on(event: 'request', listener: (request: { url(): string }) => void): unknown }, offHost: string[]): void {
  target.on('request', (r) => {
    if (!isLocalUrl(r.url())) offHost.push(r.url());
  });
}

/** True for URLs a test page may load: this machine's loopback, extension and inline resources. */
export function isLocalUrl(url: string): boolean {
  if (/^(data|blob|about|chrome-extension|moz-extension|chrome|edge):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

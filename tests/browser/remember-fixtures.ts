// Pages for the "remember as you read" browser tests: two outlets' articles on one story (written
// for these tests: tests/fixtures/articles/harbour-channel-*.txt), each with its metadata in the
// page, and a seed article dressed with page furniture (breadcrumbs, a captioned photo, a credit
// line, a tag list, a share bar, a date line) that must never become a claim.
import { readFileSync } from 'node:fs';
import { articlePage, seedArticle } from './fixtures';
import { ROOT } from './shared';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface OutletArticle {
  path: string;
  outlet: string;
  published: string;
  author: string;
  file: string;
}

export const CHANNEL_A: OutletArticle = { path: '/harbour-times/2025/05/09/channel', outlet: 'Harbour Times', published: '2025-05-09T07:30:00Z', author: 'Dana Reyes', file: 'harbour-channel-a.txt' };
export const CHANNEL_B: OutletArticle = { path: '/coastal-daily/port-kellan-dredging', outlet: 'Coastal Daily', published: '2025-05-10T12:00:00Z', author: 'Sam Ortiz', file: 'harbour-channel-b.txt' };

export function articleLines(a: OutletArticle): { title: string; paragraphs: string[] } {
  const [title, ...paragraphs] = readFileSync(`${ROOT}tests/fixtures/articles/${a.file}`, 'utf8').trim().split('\n');
  return { title: title!, paragraphs };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The date line a page prints under its headline: "May 9, 2025" (in UTC, so the test does not depend on the machine's zone). */
export function dateLine(iso: string): string {
  const d = new Date(iso);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** The article as its outlet's page: metadata in the head, canonical URL on `origin`, a date line and furniture around it. */
export function outletPage(a: OutletArticle, origin: string): string {
  const { title, paragraphs } = articleLines(a);
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, author: { '@type': 'Person', name: a.author }, publisher: { '@type': 'Organization', name: a.outlet } }).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(a.outlet)}</title>
<meta property="og:site_name" content="${esc(a.outlet)}"><meta property="article:published_time" content="${a.published}">
<link rel="canonical" href="${origin}${a.path}"><script type="application/ld+json">${ld}</script></head>
<body><header><strong>${esc(a.outlet)}</strong><nav><a href="/">Home</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By ${esc(a.author)}</p>
<p><time datetime="${a.published}">${dateLine(a.published)}</time></p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="article-tags">Topics: Ports · Shipping</div></article>
<aside><h2>Most read</h2><ul><li><a href="/x">Rain expected this weekend</a></li></ul></aside></main>
<footer>© ${esc(a.outlet)}</footer></body></html>`;
}

/** Furniture that the page prints and that must be no claim's text. */
export const FURNITURE = ['Home › World › Asia', 'Officials leave the talks in Geneva on Saturday.', 'File photo.', '(Reuters)', 'Topics: China · Trade · Fentanyl', 'Share this article', 'May 12, 2025', 'Monday 12 May 2025 08.30 BST'];

/** A seed article (on the story the seeds cover, so claims are matched) with furniture inside the article. */
export function furniturePage(seedId: string): string {
  const { title } = seedArticle(seedId);
  const crumbs = '<ol class="breadcrumbs"><li><a href="/">Home</a> › </li><li><a href="/world">World</a> › </li><li>Asia</li></ol>';
  const figure = '<figure><div class="ad">Photo</div><figcaption>Officials leave the talks in Geneva on Saturday. <span class="credit">File photo.</span></figcaption></figure><p>(Reuters)</p>';
  const share = '<ul class="share-tools"><li><button type="button">Share this article</button></li></ul>';
  // Two date lines: a <time> alone in its paragraph, and a plain one with no markup to go by.
  const dates = '<p><time datetime="2025-05-12T07:30:00Z">May 12, 2025</time></p><div class="when">Monday 12 May 2025 08.30 BST</div>';
  return articlePage(seedId)
    .replace(`<h1>${esc(title)}</h1>`, `${crumbs}\n    <h1>${esc(title)}</h1>\n    ${dates}\n    ${share}\n    ${figure}`)
    .replace('  </article>', '    <p class="tags">Topics: China · Trade · Fentanyl</p>\n  </article>');
}

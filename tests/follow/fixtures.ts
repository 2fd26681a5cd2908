// Feeds and article pages for the follow tests, built around the seed texts and text written
// here. Every address points at the local test server.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractFromHtml } from '../../utils/follow/extract-html';
import { newSource } from '../../utils/follow/follow-source';
import type { ExtractHtml } from '../../utils/follow/fetch-run';
import type { FollowedSource } from '../../utils/follow/types';

export interface Item {
  title: string;
  link: string;
  summary?: string;
  /** ISO time. */
  published?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(title: string, items: Item[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link>` +
        (i.summary !== undefined ? `<description>${esc(i.summary)}</description>` : '') +
        (i.published ? `<pubDate>${new Date(i.published).toUTCString()}</pubDate>` : '') +
        '</item>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://outlet.example/</link>\n${body}\n</channel></rss>`;
}

export function atom(title: string, items: Item[]): string {
  const body = items
    .map(
      (i) =>
        `<entry><title>${esc(i.title)}</title><link rel="alternate" href="${esc(i.link)}"/><id>${esc(i.link)}</id>` +
        (i.summary !== undefined ? `<summary>${esc(i.summary)}</summary>` : '') +
        (i.published ? `<updated>${i.published}</updated>` : '') +
        '</entry>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:test:feed</id>\n${body}\n</feed>`;
}

export function jsonFeed(title: string, items: Item[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((i) => ({ id: i.link, url: i.link, title: i.title, summary: i.summary, date_published: i.published })),
  });
}

/** An article page: the outlet's name in its metadata, a headline, the paragraphs, some furniture. */
export function articlePage(opts: { headline: string; paragraphs: string[]; siteName?: string; published?: string }): string {
  const meta = [
    opts.siteName ? `<meta property="og:site_name" content="${esc(opts.siteName)}">` : '',
    opts.published ? `<meta property="article:published_time" content="${opts.published}">` : '',
  ].join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(opts.headline)}</title>${meta}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${esc(opts.headline)}</h1>${opts.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<footer>© Test outlet</footer></body></html>`;
}

/** A seed (seeds/*.txt) as an article page: first line the headline, the rest its paragraphs. */
export function seedPage(file: string, siteName?: string): { headline: string; html: string; text: string } {
  const lines = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline, ...paragraphs] = lines;
  return { headline, html: articlePage({ headline, paragraphs, siteName }), text: lines.join('\n') };
}

export const SEEDS = ['000_603276615ce932ed.txt', '001_6126d935732da1c5.txt', '002_f728da95f6310340.txt', '003_48a0785e15c454a3.txt', '004_d9d90d85d9b168a8.txt'];

/** Articles written for these tests (not from anywhere else): each well over 80 words. */
export const WRITTEN = [
  {
    headline: 'Harbour town opens its new flood barrier after six years of work',
    paragraphs: [
      'The council of the small harbour town switched on its new flood barrier on Monday morning, six years after the first stone was laid and two years later than planned.',
      'Engineers said the barrier can hold back a surge two metres higher than the storm that flooded the old quay, and that it closes in eleven minutes when the river rises.',
      'The project cost forty million euros, most of it paid by the regional government, while local shops raised a further half a million through a public appeal.',
      'Residents who had to leave their homes after the last flood said they would sleep better, although some fishermen complained that the gates slow boats leaving the harbour at low tide.',
    ],
  },
  {
    headline: 'Rail workers agree to a pay deal that ends a month of strikes',
    paragraphs: [
      'Rail workers voted to accept a new pay offer on Thursday, ending a month of strikes that had cut services on most regional lines by half.',
      'The union said its members would receive a rise of six percent this year and four percent next year, along with a shorter working week for night crews.',
      'The operator said trains would run to the normal timetable from Saturday, and that tickets bought for cancelled journeys would be refunded in full until the end of the month.',
      'Passenger groups welcomed the deal but asked for a review of how the dispute was handled, saying commuters had paid for a conflict they could do nothing about.',
    ],
  },
  {
    headline: 'Village school reopens after a roof collapse during the winter storm',
    paragraphs: [
      'Pupils returned to the village school on Tuesday, three months after part of its roof fell in during the winter storm, injuring no one because the building was closed for the holiday.',
      'The head teacher said lessons had been held in the church hall and in two portable classrooms lent by a neighbouring town while builders replaced the beams.',
      'Inspectors found that water had rotted the timber for years before the storm, and the county has ordered checks of eleven other schools built in the same decade.',
      'Parents thanked the builders, who worked through the weekends, and the children painted a banner that now hangs over the new entrance of the school.',
    ],
  },
];

export function writtenPage(i: number, siteName?: string): string {
  return articlePage({ ...WRITTEN[i], siteName });
}

/** A paywall: a teaser and a subscribe box, far too short to be an article. */
export const PAYWALL_PAGE = `<!doctype html><html lang="en"><head><title>Subscribe to keep reading</title></head>
<body><article><h1>Exclusive story</h1><p>The first lines of the story are here.</p>
<div class="paywall"><p>Subscribe to keep reading. Already a subscriber? Log in.</p></div></article></body></html>`;

/** Extraction in Node: linkedom's document through the extension's own extract (Readability + furniture). */
export const linkedomExtract: ExtractHtml = async (html, url) => extractFromHtml(html, url, (h) => parseHTML(h).document as unknown as Document);

/** A followed source as the product makes one (newSource), with the test's changes. */
export function source(url: string, patch: Partial<FollowedSource> = {}): FollowedSource {
  return { ...newSource(url, url, 'Test Outlet', new Date('2026-03-01T00:00:00.000Z')), ...patch };
}

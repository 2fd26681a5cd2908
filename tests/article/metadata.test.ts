// Page metadata, read from pages written for this test: each row is a page's <head> (and a bit
// of body) and what must be read from it.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPageMetadata, type PageMetadata } from '../../utils/article/metadata';
import { extractArticle } from '../../utils/article/extract';
import { docFromPage } from '../../utils/storage/page-doc';

const PAGE_URL = 'https://www.harbour-times.example/news/2025/05/09/channel-plan?utm_source=feed';

function doc(head: string, body = '<p>Nothing here.</p>'): Document {
  return parseHTML(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;
const none: PageMetadata = { outlet: null, published: null, author: null, canonicalUrl: null };

const CASES: { name: string; head: string; body?: string; expected: Partial<PageMetadata> }[] = [
  { name: 'a page with no metadata', head: '', expected: {} },
  {
    name: 'Open Graph and article:published_time',
    head: '<meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2025-05-09T08:30:00+02:00">',
    expected: { outlet: 'Harbour Times', published: '2025-05-09T08:30:00+02:00' },
  },
  {
    name: 'JSON-LD NewsArticle: publisher, datePublished, author as an object',
    head: ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Coastal Daily' }, datePublished: '2025-05-10', author: { '@type': 'Person', name: 'Mara Quint' } }),
    expected: { outlet: 'Coastal Daily', published: '2025-05-10', author: 'Mara Quint' },
  },
  {
    name: 'JSON-LD in an @graph with several authors and a typed array',
    head: ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Not the article' }, { '@type': ['Article', 'NewsArticle'], author: [{ name: 'Ada Brook' }, { name: 'Tom Vell' }], datePublished: '2025-04-30T22:10:00Z', publisher: { name: 'The Ridge Post' } }] }),
    expected: { outlet: 'The Ridge Post', published: '2025-04-30T22:10:00Z', author: 'Ada Brook, Tom Vell' },
  },
  {
    name: 'og:site_name wins over the JSON-LD publisher; article:published_time over datePublished',
    head: `<meta property="og:site_name" content="Harbour Times">${ld({ '@type': 'NewsArticle', publisher: { name: 'Harbour Times Media Group' }, datePublished: '2025-01-01' })}<meta property="article:published_time" content="2025-05-09">`,
    expected: { outlet: 'Harbour Times', published: '2025-05-09' },
  },
  {
    name: 'broken JSON-LD is skipped, the rest still read',
    head: '<script type="application/ld+json">{"@type": "NewsArticle", "author": </script><meta name="author" content="Lee Harlow">',
    expected: { author: 'Lee Harlow' },
  },
  {
    name: 'an author that is only a profile URL is not a name',
    head: '<meta property="article:author" content="https://social.example/lee">',
    expected: {},
  },
  {
    name: '<time datetime> inside the article when nothing else gives a date',
    head: '',
    body: '<header><time datetime="2024-12-31">Site updated</time></header><article><p>By Lee · <time datetime="2025-05-08T06:00:00Z">8 May</time></p></article>',
    expected: { published: '2025-05-08T06:00:00Z' },
  },
  {
    name: '<time datetime> anywhere on a page without <article>',
    head: '',
    body: '<div><time datetime="2025-03-02">2 March</time></div>',
    expected: { published: '2025-03-02' },
  },
  {
    name: 'canonical link, relative, resolved against the page',
    head: '<link rel="canonical" href="/news/2025/05/09/channel-plan">',
    expected: { canonicalUrl: 'https://www.harbour-times.example/news/2025/05/09/channel-plan' },
  },
  {
    name: 'og:url when there is no canonical link',
    head: '<meta property="og:url" content="https://harbour-times.example/a/channel">',
    expected: { canonicalUrl: 'https://harbour-times.example/a/channel' },
  },
  {
    name: 'a canonical that is not http(s) is ignored',
    head: '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="ftp://x.example/a">',
    expected: {},
  },
  {
    name: 'markup-like values stay plain text and over-long values are dropped',
    head: `<meta property="og:site_name" content="&lt;b&gt;Bold&lt;/b&gt; News"><meta name="author" content="${'x'.repeat(400)}">`,
    expected: { outlet: '<b>Bold</b> News' },
  },
];

describe('readPageMetadata', () => {
  it.each(CASES)('$name', ({ head, body, expected }) => {
    expect(readPageMetadata(doc(head, body), PAGE_URL)).toEqual({ ...none, ...expected });
  });
});

const PARAGRAPHS = [
  'The harbour authority approved a plan on Tuesday to deepen the main shipping channel by four metres.',
  'Officials said the work would start in the spring and take about two years, with most of it done at night.',
  'Fishermen, who use the channel every morning, asked for a schedule that keeps at least one lane open.',
  'The council will hold a public hearing next month, and residents can send written comments until then.',
  'A spokesperson for the port said the cost, estimated at 120 million dollars, would be shared with the state.',
  'Ship owners welcomed the decision, saying larger vessels had waited offshore for the tide several times this year.',
];

describe('an added page gets its metadata', () => {
  it('extractArticle reads it before Readability, and docFromPage stores outlet, day, author and canonical URL', () => {
    const page = doc(
      `<meta property="og:site_name" content="Harbour Times"><link rel="canonical" href="https://harbour-times.example/channel-plan">${ld({ '@type': 'NewsArticle', datePublished: '2025-05-09T23:30:00Z', author: { name: 'Mara Quint' } })}`,
      `<article><h1>Channel plan approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const article = extractArticle(page, { url: PAGE_URL })!;
    expect(article).toMatchObject({ siteName: 'Harbour Times', publishedTime: '2025-05-09T23:30:00Z', author: 'Mara Quint', canonicalUrl: 'https://harbour-times.example/channel-plan' });
    const stored = docFromPage({ ...article, url: PAGE_URL });
    expect(stored).toMatchObject({ outlet: 'Harbour Times', outletNamed: true, date: '2025-05-09', author: 'Mara Quint', url: 'https://harbour-times.example/channel-plan' });
  });

  it('without metadata the outlet is the host, the URL the page’s own, and no author is made up', () => {
    const stored = docFromPage({ title: 'Channel plan approved', text: PARAGRAPHS.join('\n'), url: PAGE_URL });
    expect(stored.outlet).toBe('harbour-times.example');
    expect(stored.outletNamed).toBe(false);
    expect(stored.url).toBe(PAGE_URL);
    expect(stored.author).toBeUndefined();
  });
});

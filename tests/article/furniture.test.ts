// Page furniture out of claims (issue 12 item 5), on news pages written for this test: what
// survives extraction is the article's sentences, and none of the breadcrumbs, captions,
// credits, bylines, tag lists, share bars, related links, ads or comments around them.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/article/extract';
import { furnitureKind, isDateLine, removeFurniture } from '../../utils/article/furniture';

const PARAGRAPHS = [
  'TIANJIN (Reuters) - Port officials said on Monday that container traffic fell 12% in April from a year earlier as new tariffs took effect.',
  'The port handled 1.6 million containers last month, according to figures released by the city government.',
  'Shipping agents said several lines had cut sailings to the United States and moved vessels to routes in Southeast Asia.',
  'A file photo shown at the briefing compared the crowded quays of last spring with the half-empty berths of this week.',
  'By Thursday, officials said, the port expects to publish a plan to help exporters find new buyers.',
  'Traders said the fall was steeper than the national figure, which showed a 7% drop in exports to the United States.',
];

const FURNITURE = [
  'Home › World › Asia',
  'A crane lifts a container at the port of Tianjin on Monday.',
  'Photo: Lin Ma / Harbour Times',
  'File photo.',
  '(Reuters)',
  'By Mara Quint',
  'Updated 9 May 2025, 10:02',
  'Topics: China · Trade · Shipping',
  'Share this article',
  'Read more: Markets rally as earnings beat forecasts',
  'Forecasters expect a busy storm season',
  'Advertisement',
  'Great piece, thanks',
];

/** A news page with its furniture marked up as sites do (classes, figure, nav, aside). */
function markedUpPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tianjin port traffic falls as tariffs bite | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"></head><body>
<header class="masthead"><a href="/">Harbour Times</a><nav><a href="/world">World</a> <a href="/business">Business</a></nav></header>
<ol class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/">Home</a> › </li><li><a href="/world">World</a> › </li><li>Asia</li></ol>
<main><article>
  <h1>Tianjin port traffic falls as tariffs bite</h1>
  <div class="byline">By Mara Quint</div> <span class="dateline-published">Updated 9 May 2025, 10:02</span>
  <ul class="share-bar"><li><button>Share this article</button></li><li><a href="/share/mail">Email</a></li></ul>
  <figure><img src="/img/crane.jpg" alt=""><figcaption>A crane lifts a container at the port of Tianjin on Monday. <span class="credit">Photo: Lin Ma / Harbour Times</span></figcaption></figure>
  <p>${PARAGRAPHS[0]}</p>
  <p>${PARAGRAPHS[1]}</p>
  <div class="ad">Advertisement</div>
  <p>${PARAGRAPHS[2]}</p>
  <figure><img src="/img/quay.jpg" alt=""><figcaption>File photo. (Reuters)</figcaption></figure>
  <p>${PARAGRAPHS[3]}</p>
  <p>${PARAGRAPHS[4]}</p>
  <p>${PARAGRAPHS[5]}</p>
  <div class="article-tags">Topics: <a rel="tag" href="/t/china">China</a> · <a rel="tag" href="/t/trade">Trade</a> · <a rel="tag" href="/t/shipping">Shipping</a></div>
  <div class="related-links"><h2>Related</h2><ul><li><a href="/a">Read more: Markets rally as earnings beat forecasts</a></li><li><a href="/b">Forecasters expect a busy storm season</a></li></ul></div>
</article>
<section id="comments"><h2>Comments (1)</h2><p>Great piece, thanks</p></section>
</main>
<aside><h2>Most read</h2><ol><li><a href="/b">Forecasters expect a busy storm season</a></li></ol></aside>
<footer>© Harbour Times</footer></body></html>`;
}

/** The same furniture as bare paragraphs inside the article (no classes to go by): the line rules. */
function plainPage(): string {
  const p = (t: string) => `<p>${t}</p>`;
  return `<!doctype html><html lang="en"><head><title>Tianjin port traffic falls as tariffs bite</title></head><body><article>
  <h1>Tianjin port traffic falls as tariffs bite</h1>
  ${p('Home › World › Asia')}${p('By Mara Quint')}${p('Updated 9 May 2025, 10:02')}${p('Share this article')}
  ${p(PARAGRAPHS[0]!)}${p(PARAGRAPHS[1]!)}${p('Photo: Lin Ma / Harbour Times')}${p(PARAGRAPHS[2]!)}${p('File photo.')}${p('(Reuters)')}
  ${PARAGRAPHS.slice(3).map(p).join('')}
  ${p('Topics: China · Trade · Shipping')}${p('Read more: Markets rally as earnings beat forecasts')}${p('Advertisement')}
</article></body></html>`;
}

const extract = (html: string) => extractArticle(parseHTML(html).document as unknown as Document)!;

/** What the plain page prints: no caption sentence, rail or comments. */
const PLAIN_FURNITURE = FURNITURE.filter((f) => !['A crane lifts a container at the port of Tianjin on Monday.', 'Forecasters expect a busy storm season', 'Great piece, thanks'].includes(f));

describe.each([
  ['furniture marked up (figure, nav, classes)', markedUpPage, FURNITURE],
  ['furniture as bare paragraphs', plainPage, PLAIN_FURNITURE],
])('%s', (_name, page, furniture) => {
  it('prints every piece of furniture it is tested for', () => {
    const text = parseHTML(page()).document.body.textContent!.replace(/\s+/g, ' ');
    for (const f of furniture) expect(text).toContain(f);
  });

  const article = extract(page());
  const lines = article.text.split('\n');

  it('keeps every sentence of the article, datelines and "file photo" inside sentences included', () => {
    expect(lines[0]).toBe('Tianjin port traffic falls as tariffs bite');
    for (const p of PARAGRAPHS) expect(lines).toContain(p);
  });

  it.each(furniture)('leaves out “%s”', (f) => {
    expect(lines).not.toContain(f);
    // "(Reuters)" also opens a sentence, where it stays.
    if (!PARAGRAPHS.some((p) => p.includes(f))) expect(article.text).not.toContain(f);
  });

  it('has nothing but the headline and the article’s paragraphs', () => {
    expect(lines).toEqual([lines[0], ...PARAGRAPHS]);
  });
});

describe('the byline still names the author when the metadata does not', () => {
  it('reads it before the byline element is removed', () => {
    expect(extract(markedUpPage()).author).toBe('Mara Quint');
  });
});

describe('furnitureKind', () => {
  it.each([
    ['Home › World › Asia', 'breadcrumb'],
    ['News / Business / Markets / Asia', 'breadcrumb'],
    ['Topics: China · Trade', 'tag list'],
    ['Tags: tariffs, ports, shipping', 'tag list'],
    ['Filed under: Business', 'tag list'],
    ['File photo.', 'standalone credit'],
    ['(Reuters)', 'standalone credit'],
    ['AP Photo/Andy Lee', 'standalone credit'],
    ['Photo: Harbour Times', 'standalone credit'],
    ['Image by Lin Ma', 'standalone credit'],
    ['© Harbour Times 2025', 'standalone credit'],
    ['Getty Images', 'standalone credit'],
    ['By Mara Quint', 'byline'],
    ['By Mara Quint and Tom Vell, Harbour Times', 'byline'],
    ['Published 9 May 2025', 'publication time'],
    ['Share this story', 'share or related links'],
    ['Follow us on Mastodon', 'share or related links'],
    ['4 min read', 'share or related links'],
    ['Read more: Ports brace for a slow summer', 'share or related links'],
    ['May 12, 2025', 'date line'],
    ['Monday, May 12, 2025', 'date line'],
    ['12 May 2025', 'date line'],
    ['Mon 12 May 2025 14.32 BST', 'date line'],
    ['Sept. 3, 2025 at 4:15 p.m. EDT', 'date line'],
    ['May 12, 2025 | 10:32 AM ET', 'date line'],
    ['2025-05-12', 'date line'],
    ['12/05/2025', 'date line'],
    ['2025-05-12T07:30:00Z', 'date line'],
    ['10:32 GMT+8', 'date line'],
    ['March 2025', 'date line'],
  ])('“%s” is a %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    'TIANJIN (Reuters) - Port officials said on Monday that traffic fell.',
    'By Thursday, officials said, the port expects to publish a plan.',
    'By 2030 the port hopes to double its capacity.',
    'A file photo shown at the briefing compared the quays.',
    'Reuters reported that the talks would resume in June.',
    'Photographers were kept away from the quay, officials said.',
    'Exports fell 7% / imports fell 3% in April, the agency said.',
    'Updated figures released on Friday showed a smaller fall than expected.',
    'Share prices of shipping firms fell 4% on Monday.',
    'Topics discussed at the meeting included tariffs and fentanyl, officials said.',
    'The board voted on May 12, 2025 to deepen the channel.',
    'On May 12, 2025, the board voted.',
    'May Day rallies drew thousands',
    'May 12: the day the board voted',
    'March 2025 was the wettest month on record.',
    'Monday was quiet.',
    '2025',
    '12.50',
    '145%',
  ])('“%s” is article text', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });

  it('takes a line for a date only with a date’s shape and nothing else on it', () => {
    // A weekday, a zone or "at" alone is no date; a month needs a day or a year beside it.
    expect(isDateLine('Monday')).toBe(false);
    expect(isDateLine('May')).toBe(false);
    expect(isDateLine('EDT')).toBe(false);
    expect(isDateLine('14.32')).toBe(false);
    expect(isDateLine('14.32 BST, 12 May')).toBe(true);
    expect(isDateLine('12 May 2025 and 13 May 2025 and 14 May 2025 and 15 May 2025')).toBe(false);
  });
});

describe('removeFurniture', () => {
  it('leaves a container that merely has a furniture class when it holds the article', () => {
    const long = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const { document } = parseHTML(`<html><body><div class="share-enabled">${long}</div><p class="photo-credit">Photo: Lin Ma</p></body></html>`);
    const r = removeFurniture(document as unknown as Document);
    expect(r.removed).toBe(1);
    expect(document.body.textContent).toContain(PARAGRAPHS[5]);
    expect(document.body.textContent).not.toContain('Lin Ma');
  });
});

describe('a date line under the headline is furniture, a date in a sentence is not', () => {
  const remove = (body: string) => {
    const { document } = parseHTML(`<html><body><article>${body}</article></body></html>`);
    const r = removeFurniture(document as unknown as Document);
    return { removed: r.removed, text: document.body.textContent!.replace(/\s+/g, ' ').trim(), times: document.querySelectorAll('time').length };
  };

  it.each([
    ['a <time> alone in a paragraph', '<p><time datetime="2025-05-12">May 12, 2025</time></p>'],
    ['a <time> that does not read as a date', '<div class="meta"><time datetime="2025-05-12T07:30:00Z">3 hours ago</time></div>'],
    ['a <time> between separators, inside a span', '<p><span class="when">· <time datetime="2025-05-12">Mon 12 May</time> ·</span></p>'],
    ['a <time> on its own line before a <br>', '<p><time datetime="2025-05-12">May 12, 2025</time><br>Officials met again.</p>'],
  ])('removes %s', (_name, html) => {
    const r = remove(html);
    expect(r.times).toBe(0);
    expect(r.removed).toBe(1);
    expect(r.text).not.toMatch(/May 12|12 May|hours ago/);
  });

  it.each([
    ['a <time> inside a sentence', '<p>The board voted on <time datetime="2025-05-12">May 12, 2025</time> to deepen the channel.</p>'],
    ['a <time> beside a byline', '<p><span>Dana Reyes</span> · <time datetime="2025-05-12">May 12, 2025</time></p>'],
    ['a long <time>', `<p><time datetime="2025-05-12">${'word '.repeat(13)}</time></p>`],
  ])('keeps %s', (_name, html) => {
    const r = remove(html);
    expect(r.times).toBe(1);
    expect(r.removed).toBe(0);
  });

  const page = `<!doctype html><html lang="en"><head><title>Tianjin port traffic falls as tariffs bite</title></head><body><article>
  <h1>Tianjin port traffic falls as tariffs bite</h1>
  <p><time datetime="2025-05-09T07:30:00Z">May 9, 2025</time></p>
  <p class="date">Friday 9 May 2025 08.30 BST</p>
  ${PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}
  <p>The next figures are due on <time datetime="2025-06-09">June 9</time>, the port said.</p>
  ${PARAGRAPHS.slice(3).map((p) => `<p>${p}</p>`).join('')}
</article></body></html>`;

  it('leaves the date lines out of the extracted text, keeps the sentence with a date, and still reads the page’s date', () => {
    const article = extract(page);
    expect(article.text.split('\n')).toEqual([
      'Tianjin port traffic falls as tariffs bite',
      ...PARAGRAPHS.slice(0, 3),
      'The next figures are due on June 9, the port said.',
      ...PARAGRAPHS.slice(3),
    ]);
    expect(article.publishedTime).toBe('2025-05-09T07:30:00Z');
  });
});

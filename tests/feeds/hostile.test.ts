// Bad input from the network (issue 22 item 5): each case gets a clear error or a counted skip,
// and nothing valid is lost.
import { describe, expect, it } from 'vitest';
import { MAX_FEED_CHARS, MAX_ITEMS, MAX_SUMMARY, MAX_TITLE, parseFeed, WEB_PAGE_ERROR, type Feed, type FeedResult } from '../../utils/feeds';
import { MAX_DEPTH } from '../../utils/feeds/xml';
import { billionLaughs, generatedRss } from './fixtures';

function ok(r: FeedResult): Feed {
  if (!r.ok) throw new Error(`expected a feed, got: ${r.error}`);
  return r.feed;
}
const URL_ = 'https://hostile.example/feed.xml';

describe('size limit', () => {
  it(`cuts an XML feed at ${MAX_FEED_CHARS.toLocaleString('en-US')} characters, keeps the items complete before the cut, and says so`, () => {
    const text = generatedRss(12_000, 'x'.repeat(300)); // ~6 MB
    expect(text.length).toBeGreaterThan(6_000_000);
    const f = ok(parseFeed(text, URL_));
    expect(f.items).toHaveLength(MAX_ITEMS);
    const cut = f.skipped.find((s) => s.reason.startsWith('the feed is larger than 5,000,000 characters'));
    expect(cut).toEqual({ reason: 'the feed is larger than 5,000,000 characters: it was cut there and nothing after the cut was read', count: 1 });
    // The item the cut went through is counted, and so are the complete items past the cap.
    expect(f.skipped).toContainEqual({ reason: 'item cut off by the size limit', count: 1 });
    const beyond = f.skipped.find((s) => s.reason === `beyond the first ${MAX_ITEMS} items`)!;
    expect(beyond.count).toBeGreaterThan(8000);
    expect(beyond.count).toBeLessThan(12_000 - MAX_ITEMS); // the ones after the cut were never read
  });
  it('refuses a JSON feed over the limit (half a JSON document cannot be read)', () => {
    const big = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', url: 'https://a.example/1', title: 'x'.repeat(MAX_FEED_CHARS) }] });
    expect(parseFeed(big, URL_)).toEqual({ ok: false, error: expect.stringContaining('larger than 5,000,000 characters and was refused') });
  });
});

describe('item cap', () => {
  it(`reads the first ${MAX_ITEMS} items of a 10,000-item feed and counts the other 9,500`, () => {
    const f = ok(parseFeed(generatedRss(10_000), URL_));
    expect(f.items).toHaveLength(MAX_ITEMS);
    expect(f.items[0].url).toBe('https://gen.example/story/0');
    expect(f.items[MAX_ITEMS - 1].url).toBe(`https://gen.example/story/${MAX_ITEMS - 1}`);
    expect(f.skipped).toEqual([{ reason: `beyond the first ${MAX_ITEMS} items`, count: 9500 }]);
  });
  it('caps a JSON feed the same way', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `j${i}`, url: `https://j.example/${i}` }));
    const f = ok(parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }), URL_));
    expect(f.items).toHaveLength(MAX_ITEMS);
    expect(f.skipped).toEqual([{ reason: `beyond the first ${MAX_ITEMS} items`, count: 9500 }]);
  });
});

describe('entity expansion', () => {
  it('never expands DOCTYPE entities ("billion laughs") nor resolves external ones, and returns', () => {
    const r = parseFeed(billionLaughs(), URL_);
    const f = ok(r);
    expect(JSON.stringify(r).length).toBeLessThan(2000); // 10^9 "lol"s would be 3 GB
    expect(JSON.stringify(r)).not.toContain('lollol');
    expect(JSON.stringify(r)).not.toContain('root:'); // /etc/passwd
    expect(f.title).toBe('&lol9;'); // left as written: visibly unexpanded
    expect(f.items).toEqual([{ id: 'https://laughs.example/1', url: 'https://laughs.example/1', title: 'Laugh &lol9; &xxe;', summary: '&lol9;', published: null }]);
    expect(f.skipped).toEqual([{ reason: expect.stringContaining('entity declarations in the DOCTYPE were ignored'), count: 10 }]);
  });
  it('a DOCTYPE whose quoted values hold ">" and "]" is skipped whole', () => {
    const xml = `<!DOCTYPE rss [<!ENTITY a "]>"> <!-- ]> --> ]><rss><channel><title>ok</title></channel></rss>`;
    expect(ok(parseFeed(xml, URL_)).title).toBe('ok');
  });
});

describe('malformed XML', () => {
  it('names the first problem with its line and column when no item could be read', () => {
    const xml = `<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>T</titel>\n</channel></rss>`;
    expect(parseFeed(xml, URL_)).toEqual({ ok: false, error: 'malformed XML at line 3, column 9: expected </title> (opened at line 3, column 1), found </titel>' });
  });
  it('keeps the items complete before the problem, and counts the problem', () => {
    const xml = `<rss><channel><title>T</title>
<item><title>good</title><link>https://m.example/1</link></item>
<item><title>broken</title><link>https://m.example/2</link></itme>
<item><title>after</title><link>https://m.example/3</link></item>
</channel></rss>`;
    const f = ok(parseFeed(xml, URL_));
    expect(f.items.map((i) => i.title)).toEqual(['good']);
    expect(f.skipped).toEqual([
      { reason: 'malformed XML at line 3, column 60: expected </item> (opened at line 3, column 1), found </itme>; nothing after it was read', count: 1 },
      { reason: 'item cut off by the XML error', count: 1 },
    ]);
  });
  it.each([
    ['<rss><channel>', 'the text ends before </channel>'],
    ['<rss><channel><title a=1>x</title></channel></rss>', 'the value of the attribute a of <title> is not quoted'],
    ['<rss></rss><rss></rss>', 'a second root element <rss>'],
    ['<rss><channel><title>a <!-- never closed', 'a comment (<!--) is never closed'],
    ['<rss><channel><![CDATA[ never closed', 'a CDATA section is never closed'],
    ['<rss><channel></rss>', 'expected </channel>'],
    ['<rss><channel><title>1 < 2</title></channel></rss>', "'<' is not followed by a name"],
    [`<rss><channel>${'<a>'.repeat(MAX_DEPTH)}`, `elements nested deeper than ${MAX_DEPTH} levels`],
  ])('%s → %s', (xml, message) => {
    const r = parseFeed(xml, URL_);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(new RegExp(`^malformed XML at line \\d+, column \\d+: .*${message.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&')}`));
  });
  it('is lenient where intent is plain: a bare "&" and an undeclared &nbsp; are read as text', () => {
    const f = ok(parseFeed('<rss><channel><title>Q&A&nbsp;desk</title></channel></rss>', URL_));
    expect(f.title).toBe('Q&A desk');
  });
  it('a document that is XML but not a feed', () => {
    expect(parseFeed('<svg xmlns="http://www.w3.org/2000/svg"></svg>', URL_)).toEqual({ ok: false, error: expect.stringContaining("not a feed: the document's root element is <svg>") });
    expect(parseFeed('hello', URL_)).toEqual({ ok: false, error: expect.stringContaining('not a feed') });
    expect(parseFeed('  \n ', URL_)).toEqual({ ok: false, error: 'the feed is empty' });
  });
});

describe('a web page instead of a feed', () => {
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
</head><body><p>Hello<br></body></html>`;
  it('says it is a web page and passes on the feeds it announces', () => {
    expect(parseFeed(page, 'https://site.example/news/')).toEqual({ ok: false, error: WEB_PAGE_ERROR, feedUrls: ['https://site.example/rss.xml'] });
  });
  it('also without a DOCTYPE, and for well-formed XHTML', () => {
    expect(parseFeed('<html><head></head><body>x</body></html>', URL_)).toMatchObject({ ok: false, error: WEB_PAGE_ERROR });
    expect(parseFeed('<?xml version="1.0"?><!-- x --><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', URL_)).toMatchObject({ ok: false, error: WEB_PAGE_ERROR });
    expect(parseFeed('<HTML><BODY>x', URL_)).toMatchObject({ ok: false, error: WEB_PAGE_ERROR, feedUrls: [] });
  });
});

describe('script and markup in titles and summaries come back as plain text', () => {
  const xml = `<rss><channel><title>&lt;script&gt;alert(1)&lt;/script&gt;Feed</title>
<item>
  <title><![CDATA[<script>alert("t")</script>Headline <img src=x onerror="alert(2)">]]></title>
  <link>https://x.example/1</link>
  <description>&lt;p onclick="alert(3)"&gt;Body&lt;/p&gt;&lt;img src=x onerror=alert(4)&gt;&lt;style&gt;p{}&lt;/style&gt;&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;</description>
</item>
<item>
  <title>Escaped twice: &amp;lt;script&amp;gt;alert(5)&amp;lt;/script&amp;gt;</title>
  <link>https://x.example/2</link>
  <description><![CDATA[Unclosed <script>alert(6)]]></description>
</item>
<item>
  <title>Controls&#0;&#x1;&#x202E; and &#xD800; too</title>
  <link>javascript:alert(7)</link>
</item>
</channel></rss>`;
  const f = ok(parseFeed(xml, URL_));
  it('markup is stripped: no tag, no script body, no handler survives', () => {
    expect(f.title).toBe('Feed');
    expect(f.items[0].title).toBe('Headline');
    expect(f.items[0].summary).toBe('Body');
    expect(f.items[1].summary).toBe('Unclosed');
    for (const s of [f.title, ...f.items.flatMap((i) => [i.title, i.summary])]) {
      expect(s).not.toMatch(/onerror|onclick|alert\([1-46]\)|<img|<iframe|<p/i);
    }
  });
  it('text the author escaped twice is shown as the characters, inert as text', () => {
    expect(f.items[1].title).toBe('Escaped twice: <script>alert(5)</script>');
  });
  it('javascript: links are not kept; control characters and lone surrogates are removed or replaced', () => {
    expect(f.items).toHaveLength(2);
    expect(f.skipped).toEqual([{ reason: 'no http(s) link (another scheme, or not a URL)', count: 1 }]);
    const g = ok(parseFeed(xml.replace('javascript:alert(7)', 'https://x.example/3'), URL_));
    expect(g.items[2].title).toBe('Controls\ufffd and \ufffd too');
  });
});

describe('long text', () => {
  it(`cuts titles at ${MAX_TITLE} and summaries at ${MAX_SUMMARY} characters, at a word, with an ellipsis`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const xml = `<rss><channel><title>${words(2000)}</title><item><title>${words(2000)}</title><link>https://l.example/1</link><description>${words(5000)}</description></item></channel></rss>`;
    const f = ok(parseFeed(xml, URL_));
    for (const [s, max] of [[f.title, MAX_TITLE], [f.items[0].title, MAX_TITLE], [f.items[0].summary, MAX_SUMMARY]] as const) {
      expect(s.length).toBeLessThanOrEqual(max);
      expect(s.length).toBeGreaterThan(max * 0.8);
      expect(s).toMatch(/word\d+…$/);
    }
  });
  it('one 1 MB word is cut too', () => {
    const f = ok(parseFeed(`<rss><channel><title>${'A'.repeat(1_000_000)}</title></channel></rss>`, URL_));
    expect(f.title).toHaveLength(MAX_TITLE);
  });
});

describe('encodings', () => {
  it('reads text already decoded by the caller; the prolog\'s encoding is not re-applied', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café Zürich — 東京</title></channel></rss>`;
    expect(ok(parseFeed(xml, URL_)).title).toBe('Café Zürich — 東京');
  });
  it('a byte-order mark at the start is ignored', () => {
    expect(ok(parseFeed('\ufeff<rss><channel><title>B</title></channel></rss>', URL_)).title).toBe('B');
  });
});

describe('shapes that would make a careless reader slow or confused', () => {
  it('a 1 MB description of unclosed tags ("<a <a <a …") is read in one pass', () => {
    const junk = '<a '.repeat(350_000);
    const f = ok(parseFeed(`<rss><channel><item><link>https://q.example/1</link><description><![CDATA[before ${junk}]]></description></item></channel></rss>`, URL_));
    expect(f.items[0].summary).toBe('before');
  });
  it('names that are Object.prototype keys are ordinary names', () => {
    const xml = `<rss xmlns:constructor="urn:x"><channel><title constructor="1" __proto__="2">P</title><constructor:item/><item><link>https://q.example/2</link><title>ok</title></item></channel></rss>`;
    const f = ok(parseFeed(xml, URL_));
    expect(f.title).toBe('P');
    expect(f.items.map((i) => i.title)).toEqual(['ok']);
  });
});

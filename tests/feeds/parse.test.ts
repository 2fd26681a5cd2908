import { describe, expect, it } from 'vitest';
import { parseFeed, type Feed, type FeedResult } from '../../utils/feeds';
import { ATOM, JSON_FEED, RDF, RSS2 } from './fixtures';

function ok(r: FeedResult): Feed {
  if (!r.ok) throw new Error(`expected a feed, got: ${r.error}`);
  return r.feed;
}

describe('parseFeed: RSS 2.0', () => {
  const feed = ok(parseFeed(RSS2, 'https://gazette.example/feed.xml'));
  it('reads the channel', () => {
    expect(feed).toMatchObject({ format: 'rss', title: 'The Harbour Gazette', siteUrl: 'https://gazette.example/' });
  });
  it('reads items: guid as id, CDATA description as text, RFC 822 date with its offset, author name from "email (Name)"', () => {
    expect(feed.items[0]).toEqual({
      id: 'gazette-1001',
      url: 'https://gazette.example/news/ferry-fares',
      title: 'Ferry fares rise by 4%',
      summary: 'The council approved the rise on Monday.',
      published: '2025-06-02T08:30:00.000Z',
      author: 'Mara Quill',
    });
  });
  it('resolves a relative link against the feed address; an escaped HTML entity is decoded once as HTML', () => {
    expect(feed.items[1]).toMatchObject({
      id: 'https://gazette.example/news/harbour-wall',
      url: 'https://gazette.example/news/harbour-wall',
      summary: 'Work finished — a week early.',
      author: 'Tom Ashby',
      published: '2025-06-01T18:00:00.000Z',
    });
  });
  it('uses a permalink guid when there is no <link>', () => {
    expect(feed.items[2]).toMatchObject({ url: 'https://gazette.example/news/permalink-only', published: null, summary: '' });
    expect(feed.items[2].author).toBeUndefined();
    expect(feed.skipped).toEqual([]);
  });
  it('does not use a guid marked isPermaLink="false" as a link', () => {
    const f = ok(parseFeed('<rss><channel><item><title>x</title><guid isPermaLink="false">https://a.example/x</guid></item></channel></rss>', 'https://a.example/f'));
    expect(f.items).toEqual([]);
    expect(f.skipped).toEqual([{ reason: 'no link', count: 1 }]);
  });
});

describe('parseFeed: Atom 1.0', () => {
  const feed = ok(parseFeed(ATOM, 'https://wire.example/atom.xml'));
  it('reads the feed: a type="text" title keeps "<World>" as text; the alternate link is the site', () => {
    expect(feed).toMatchObject({ format: 'atom', title: 'Wire <World>', siteUrl: 'https://wire.example/' });
  });
  it('reads entries: xml:base resolves relative links, html and xhtml texts become plain text, published before updated', () => {
    expect(feed.items).toEqual([
      {
        id: 'urn:uuid:entry-1',
        url: 'https://wire.example/world/talks-resume',
        title: 'Talks resume in Geneva',
        summary: 'Delegates met again.',
        published: '2025-06-03T06:15:00.000Z',
        author: 'Ines Bauer',
      },
      {
        id: 'urn:uuid:entry-2',
        url: 'https://wire.example/business/markets-close',
        title: 'Markets close higher',
        summary: 'Stocks rose 1.2%.',
        published: '2025-06-02T17:30:00.000Z',
        author: 'Wire Staff', // the feed's author stands for entries without one
      },
    ]);
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  const feed = ok(parseFeed(RDF, 'https://old.example/rss'));
  it('reads the channel and the items beside it; rdf:about stands in for a missing <link>', () => {
    expect(feed).toMatchObject({ format: 'rdf', title: 'Old Press', siteUrl: 'https://old.example/' });
    expect(feed.items).toEqual([
      { id: 'https://old.example/a', url: 'https://old.example/a', title: 'Bridge opens', summary: 'The bridge opened to traffic.', published: '2025-05-30T10:00:00.000Z', author: 'Ola Berg' },
      { id: 'https://old.example/b', url: 'https://old.example/b', title: 'No link element', summary: '', published: null },
    ]);
  });
});

describe('parseFeed: JSON Feed 1.1', () => {
  const feed = ok(parseFeed(JSON_FEED, 'https://pocket.example/feed.json'));
  it('reads the feed and its items, resolving relative URLs; wrong types are ignored field by field', () => {
    expect(feed).toMatchObject({ format: 'json', title: 'Pocket Post', siteUrl: 'https://pocket.example/' });
    expect(feed.items).toEqual([
      { id: 'p-1', url: 'https://pocket.example/p/1', title: 'Rail strike called off', summary: 'Unions agreed.', published: '2025-06-01T11:00:00.000Z', author: 'Pocket Desk' },
      { id: '2', url: 'https://pocket.example/p/2', title: 'Relative URL', summary: 'Short summary', published: null, author: 'Lee Park' },
      { id: 'https://pocket.example/p/5', url: 'https://pocket.example/p/5', title: '', summary: '', published: null, author: 'Pocket Desk' },
    ]);
  });
  it('counts what it skipped, by reason', () => {
    expect(feed.skipped).toEqual(
      expect.arrayContaining([
        { reason: 'item is not an object', count: 1 },
        { reason: 'no link', count: 1 },
        { reason: 'no http(s) link (another scheme, or not a URL)', count: 1 },
      ]),
    );
    expect(feed.skipped).toHaveLength(3);
  });
  it('accepts version 1 as well; refuses JSON that is not a JSON Feed', () => {
    expect(parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', items: [] }), 'https://a.example/f').ok).toBe(true);
    expect(parseFeed('{"hello": 1}', 'https://a.example/f')).toEqual({ ok: false, error: expect.stringContaining('JSON without a JSON Feed version') });
    expect(parseFeed('[1,2]', 'https://a.example/f')).toEqual({ ok: false, error: 'not a feed: JSON, but not an object' });
    expect(parseFeed('{"version": ', 'https://a.example/f')).toEqual({ ok: false, error: expect.stringMatching(/^malformed JSON: /) });
  });
});

describe('parseFeed: duplicates', () => {
  it('keeps an item once by id and once by normalised URL (host case, fragment, tracking parameters)', () => {
    const xml = `<rss version="2.0"><channel><title>D</title>
      <item><title>one</title><link>https://Dup.example/a?id=1&amp;utm_source=rss</link><guid>x-1</guid></item>
      <item><title>same guid</title><link>https://dup.example/other</link><guid>x-1</guid></item>
      <item><title>same article</title><link>https://dup.example/a?id=1#comments</link><guid>x-2</guid></item>
      <item><title>other article</title><link>https://dup.example/a?id=2</link><guid>x-3</guid></item>
    </channel></rss>`;
    const f = ok(parseFeed(xml, 'https://dup.example/feed'));
    expect(f.items.map((i) => i.title)).toEqual(['one', 'other article']);
    expect(f.skipped).toEqual([{ reason: 'duplicate (same id or same article URL as an earlier item)', count: 2 }]);
  });
});

describe('parseFeed: the feed address', () => {
  it('must be http(s): relative links need it', () => {
    expect(parseFeed(RSS2, 'file:///etc/feed.xml')).toEqual({ ok: false, error: expect.stringContaining('is not an http(s) URL') });
    expect(parseFeed(RSS2, 'not a url').ok).toBe(false);
  });
  it('titles a feed without one by its host', () => {
    expect(ok(parseFeed('<rss><channel></channel></rss>', 'https://untitled.example/rss')).title).toBe('untitled.example');
  });
});

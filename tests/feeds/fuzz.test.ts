// parseFeed and discoverFeeds return a typed result for any text: they never throw, and what
// they return is plain text and http(s) URLs within the limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverFeeds, MAX_ITEMS, MAX_SUMMARY, MAX_TITLE, parseFeed } from '../../utils/feeds';
import { ATOM, JSON_FEED, RDF, RSS2 } from './fixtures';

const pieces = ['<', '>', '/', '</item>', '<item>', '<title>', '</title>', '<link>', 'https://f.example/x', '</link>', '<![CDATA[', ']]>', '<!--', '-->',
  '&amp;', '&lt;script&gt;', '&#0;', '&#x1F600;', '&lol;', '<!DOCTYPE x [<!ENTITY lol "a">]>', '"', "'", '=', ' ', '\n', '<script>', 'javascript:', '{', '}', '"url":', '<html>', '\u202e', '\ud800'];
const soup = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(''));
/** A valid feed with a random slice replaced: most of it still parses, some of it breaks. */
const mutated = fc.tuple(fc.constantFrom(RSS2, ATOM, RDF, JSON_FEED), fc.nat(), fc.nat({ max: 40 }), soup).map(([f, at, n, ins]) => {
  const i = at % f.length;
  return f.slice(0, i) + ins + f.slice(i + n);
});

function check(text: string): void {
  const r = parseFeed(text, 'https://f.example/feed');
  if (!r.ok) {
    expect(typeof r.error).toBe('string');
    expect(r.error.length).toBeGreaterThan(0);
    return;
  }
  expect(r.feed.items.length).toBeLessThanOrEqual(MAX_ITEMS);
  expect(r.feed.title.length).toBeLessThanOrEqual(MAX_TITLE);
  const ids = new Set<string>();
  for (const item of r.feed.items) {
    expect(item.url).toMatch(/^https?:\/\//);
    expect(item.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(item.summary.length).toBeLessThanOrEqual(MAX_SUMMARY);
    expect(item.title + item.summary).not.toMatch(/[\u0000-\u0008\u202e]/);
    expect(ids.has(item.id)).toBe(false);
    ids.add(item.id);
  }
  for (const s of r.feed.skipped) expect(s.count).toBeGreaterThan(0);
}

describe('parseFeed on arbitrary text', () => {
  it('never throws; results stay inside the limits', () => {
    fc.assert(fc.property(fc.oneof(soup, mutated, fc.string({ maxLength: 200 })), (t) => check(t)), { numRuns: 1500 });
  });
});

describe('discoverFeeds on arbitrary text', () => {
  it('never throws and gives only absolute http(s) URLs, each once', () => {
    fc.assert(
      fc.property(soup, (t) => {
        const out = discoverFeeds(`<link rel="alternate" type="application/rss+xml" href="/a">${t}`, 'https://f.example/p');
        expect(new Set(out).size).toBe(out.length);
        for (const u of out) expect(u).toMatch(/^https?:\/\//);
      }),
      { numRuns: 1000 },
    );
  });
});

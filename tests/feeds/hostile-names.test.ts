// Feeds whose element names, attribute names, namespace prefixes, entity names and JSON keys are
// Object.prototype's members ("constructor", "__proto__", "toString"…), and feeds nested or
// stretched past reason. Each gets a correct result or a short, clear error; never a throw, never
// a polluted prototype. Deterministic: text written for this test, a seeded generator.
import { describe, expect, it } from 'vitest';
import { discoverFeeds, htmlToText, parseFeed, parseFeedDate, type FeedResult } from '../../utils/feeds';

const MEMBERS = Object.getOwnPropertyNames(Object.prototype);
const FEED_URL = 'https://hostile.example/feed.xml';
/** No error is longer than this: the options page shows it on one line of a source's history. */
const MAX_ERROR = 300;

function items(r: FeedResult): { title: string; url: string; id: string; summary: string; author?: string }[] {
  if (!r.ok) throw new Error(`expected a feed, got: ${r.error}`);
  return r.feed.items;
}

function notPolluted(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.title).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(typeof probe.constructor).toBe('function');
}

describe.each(MEMBERS)('the name %s', (m) => {
  it('as an RSS element, attribute, prefix and entity name is an ordinary name', () => {
    const rss =
      `<rss version="2.0" xmlns:${m}="urn:${m}"><channel><title ${m}="1">${m} &${m}; news</title><${m}>x</${m}>` +
      `<item ${m}="1"><${m}:title>not the title</${m}:title><title>${m} said &${m}; &amp; more</title>` +
      `<link ${m}="x">https://hostile.example/${m}</link><guid ${m}="y">${m}</guid>` +
      `<pubDate>Mon, 02 Jun 2025 10:00:00 ${m}</pubDate><description>&lt;p ${m}="1"&gt;${m} text&lt;/p&gt;</description></item>` +
      `<item><title>second</title><link>https://hostile.example/${m}/2</link></item></channel></rss>`;
    const r = parseFeed(rss, FEED_URL);
    expect(r.ok && r.feed.title).toBe(`${m} &${m}; news`);
    expect(items(r).map((i) => [i.title, i.url, i.id])).toEqual([
      [`${m} said &${m}; & more`, `https://hostile.example/${m}`, m],
      ['second', `https://hostile.example/${m}/2`, `https://hostile.example/${m}/2`],
    ]);
    expect(items(r)[0].summary).toBe(`${m} text`);
    notPolluted();
  });

  it('as an Atom element, attribute and type is an ordinary name', () => {
    const atom =
      `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:${m}="urn:x"><title type="${m}">T</title>` +
      `<entry><id>${m}</id><title type="${m}">${m}</title><link rel="${m}" href="https://hostile.example/other"/>` +
      `<link href="https://hostile.example/${m}"/><updated>${m}</updated><content type="xhtml"><div><${m}>body</${m}></div></content>` +
      `<author><name>${m}</name></author></entry></feed>`;
    expect(items(parseFeed(atom, FEED_URL)).map((i) => [i.id, i.title, i.url, i.author])).toEqual([[m, m, `https://hostile.example/${m}`, m]]);
    notPolluted();
  });

  it('as a JSON Feed key gives nothing that was not written, and pollutes nothing', () => {
    const json = `{"version":"https://jsonfeed.org/version/1.1","title":"J","${m}":{"polluted":1},"__proto__":{"polluted":1,"title":"P"},
      "items":[{"${m}":{"title":"no"},"__proto__":{"title":"inherited","url":"https://hostile.example/proto"},"id":"${m}",
      "url":"https://hostile.example/${m}","title":"${m}","author":{"__proto__":{"name":"inherited"}},"authors":[{"${m}":"x"}]},
      {"__proto__":{"url":"https://hostile.example/only-proto","title":"only"}}]}`;
    const r = parseFeed(json, FEED_URL);
    expect(r.ok && r.feed.title).toBe('J');
    // The second item has a url only through "__proto__": none of its own, so it is skipped.
    expect(items(r).map((i) => [i.id, i.title, i.url, i.author])).toEqual([[m, m, `https://hostile.example/${m}`, undefined]]);
    notPolluted();
  });

  it('in a web page’s feed links and in HTML is an ordinary name', () => {
    const page = `<html><head><link rel="alternate" ${m}="1" type="application/rss+xml" href="/${m}.xml"><link rel="${m}" type="${m}" href="/no.xml"></head></html>`;
    expect(discoverFeeds(page, 'https://hostile.example/')).toEqual([`https://hostile.example/${m}.xml`]);
    // An HTML tag name starts with a letter: "<__proto__>" is text, as a browser shows it.
    const tag = /^[a-z]/i.test(m);
    expect(htmlToText(`<p ${m}="1">a &${m}; b</p><${m}>c</${m}>`)).toBe(`a &${m}; b ${tag ? 'c' : `<${m}>c</${m}>`}`);
    expect(parseFeedDate(`Mon, 02 Jun 2025 10:00:00 ${m}`)).toBeNull();
  });
});

describe('feeds nested or stretched past reason', () => {
  it.each([
    ['a JSON Feed whose items are nested 100,000 levels deep', `{"version":"https://jsonfeed.org/version/1","items":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['a JSON Feed whose author is nested 100,000 levels deep', `{"version":"https://jsonfeed.org/version/1","items":[{"url":"https://hostile.example/1","title":"t","author":${'{"name":'.repeat(100_000)}"x"${'}'.repeat(100_000)}}]}`],
    ['a JSON document nested 100,000 levels deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['XML nested 100,000 levels deep', `<rss><channel>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</channel></rss>`],
    ['an element name of 1,000,000 characters', `<rss><channel><item><${'n'.repeat(1_000_000)}>`],
    ['an unclosed element of 1,000,000 characters', `<rss><${'n'.repeat(1_000_000)}`],
    ['a mismatched end tag of 1,000,000 characters', `<rss></${'n'.repeat(1_000_000)}>`],
    ['an attribute name of 1,000,000 characters', `<rss ${'a'.repeat(1_000_000)}></rss>`],
    ['a JSON key of 1,000,000 characters', `{"version":"https://jsonfeed.org/version/1","${'k'.repeat(1_000_000)}":1,"items":[{"url":"https://hostile.example/1","title":"t"}]}`],
    ['a JSON version of 1,000,000 characters', `{"version":"${'v'.repeat(1_000_000)}"}`],
    ['broken JSON at 1,000,000 characters', `{"version":"https://jsonfeed.org/version/1","items":[{"title":"${'x'.repeat(1_000_000)}"`],
    ['NUL characters and lone surrogates everywhere', `<rss>\u0000<channel><title>\ud800T\u0000</title><item><title>\udfff\u0000x</title><link>https://hostile.example/\ud800</link></item></channel></rss>`],
  ])('%s: a feed or a short error, never a throw', (_name, text) => {
    const r = parseFeed(text, FEED_URL);
    if (r.ok) {
      for (const i of r.feed.items) expect(i.url).toMatch(/^https?:\/\//);
      expect(JSON.stringify(r).length).toBeLessThan(200_000);
    } else expect(r.error.length).toBeLessThanOrEqual(MAX_ERROR);
    notPolluted();
  });
});

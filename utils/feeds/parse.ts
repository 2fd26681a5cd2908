// parseFeed: RSS 2.0 (and 0.9x), Atom 1.0, RSS 1.0 (RDF) and JSON Feed 1.x into one plain-text
// shape. The text is untrusted: everything that comes out is plain text or an http(s) URL, every
// limit is counted in `skipped`, and a document that is not a feed gets an error saying what it is.
//
// Encodings: the caller passes text already decoded (fetch's response.text() decodes by the
// HTTP charset, else UTF-8). An encoding declared in the XML prolog (<?xml encoding="…"?>) is
// ignored here, since the bytes are gone; a caller that wants to honour it must decode the bytes
// with TextDecoder(label) before calling.
import { discoverFeeds } from './discover';
import { parseFeedDate } from './dates';
import { cutText } from '../text-cut';
import { cleanText, cutAtWord, htmlToText } from './text';
import { normaliseArticleUrl, resolveHttpUrl } from './url';
import { attrNS, childElements, firstChild, innerMarkup, parseXml, textContent, type XmlElement } from './xml';

export interface FeedItem {
  /** The feed's own id for the item (guid, Atom id, JSON id), else its normalised URL. */
  id: string;
  /** Absolute http(s) URL of the article. */
  url: string;
  title: string;
  /** Plain text; '' when the item has none. */
  summary: string;
  /** ISO 8601 in UTC, or null when the item has no readable date. */
  published: string | null;
  author?: string;
}

export interface Skipped {
  reason: string;
  count: number;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  /** The site the feed belongs to (absolute http(s)), or null when it names none. */
  siteUrl: string | null;
  items: FeedItem[];
  /** What was not kept and why, one entry per reason. Empty when everything was read. */
  skipped: Skipped[];
}

export type FeedResult =
  | { ok: true; feed: Feed }
  | {
      ok: false;
      error: string;
      /** For a web page: the feeds it announces (discoverFeeds), possibly empty. */
      feedUrls?: string[];
    };

/**
 * Text past this is not read (5 MB of ASCII; UTF-16 units, since the caller gives decoded text).
 * Real feeds are far smaller (tens to hundreds of KB); a 50 MB "feed" is a mistake or an attack.
 * An XML feed is cut here and the items complete before the cut are kept, since they are valid
 * on their own; a JSON feed is refused, since half a JSON document cannot be read.
 * A caller should also stop downloading at this size rather than read 50 MB to cut it.
 */
export const MAX_FEED_CHARS = 5_000_000;
/** Items read per feed, in document order (feeds list newest first). The rest are counted. */
export const MAX_ITEMS = 500;
export const MAX_TITLE = 300;
export const MAX_SUMMARY = 1000;
export const MAX_AUTHOR = 200;
/** An id longer than this is junk; the item falls back to its URL as its id. */
const MAX_ID = 2048;

export const WEB_PAGE_ERROR = 'this address is a web page, not a feed';
/** The `skipped` reason of an item repeating an earlier one (a caller counts these as duplicates). */
export const DUPLICATE_ITEM_REASON = 'duplicate (same id or same article URL as an earlier item)';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
};

/** An item as read from any format, before URLs are checked and duplicates dropped. */
interface RawItem {
  id: string | null;
  link: string | null;
  /** Base for a relative link (xml:base, else the feed's address). */
  base: string;
  title: string;
  summary: string;
  published: string | null;
  author: string | null;
}

class Skips {
  private counts = new Map<string, number>();
  add(reason: string, n = 1): void {
    if (n > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }
  list(): Skipped[] {
    return [...this.counts].map(([reason, count]) => ({ reason, count }));
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------

export function parseFeed(text: string, url: string): FeedResult {
  if (typeof text !== 'string') return { ok: false, error: 'no feed text was given' };
  const feedUrl = resolveHttpUrl(typeof url === 'string' ? url : '', null);
  if (!feedUrl) return { ok: false, error: `the feed address ${JSON.stringify(String(url).slice(0, 200))} is not an http(s) URL` };
  const skips = new Skips();
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.search(/\S/);
  if (start < 0) return { ok: false, error: 'the feed is empty' };
  const first = body[start];
  let cut = false;
  if (body.length > MAX_FEED_CHARS) {
    if (first === '{' || first === '[') {
      return { ok: false, error: `the JSON feed is larger than ${plural(MAX_FEED_CHARS, 'character')} and was refused: a JSON document cannot be read in part` };
    }
    body = cutText(body, MAX_FEED_CHARS);
    cut = true;
  }
  if (first === '{' || first === '[') return parseJsonFeed(body, feedUrl, skips);
  if (first !== '<') return { ok: false, error: 'not a feed: the text starts with neither "<" (XML) nor "{" (JSON Feed)' };
  if (looksLikeHtml(body)) return webPage(body, feedUrl.href);

  const doc = parseXml(body);
  const root = doc.root;
  if (root && root.local.toLowerCase() === 'html') return webPage(body, feedUrl.href);
  const where = doc.error ? `line ${doc.error.line}, column ${doc.error.column}` : '';
  if (!root) return { ok: false, error: `malformed XML at ${where}: ${doc.error?.message ?? 'no root element'}` };

  let format: Feed['format'];
  if (root.local === 'rss') format = 'rss'; // RSS 2.0 has no namespace; a few feeds give it one, read below
  else if (root.local === 'feed' && (root.ns === NS.atom || !root.ns)) format = 'atom';
  else if (root.local === 'RDF' && root.ns === NS.rdf) format = 'rdf';
  else return { ok: false, error: `not a feed: the document's root element is <${root.name.slice(0, 100)}>, not <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0)` };

  if (doc.entityDeclarations > 0) {
    skips.add('entity declarations in the DOCTYPE were ignored (never expanded; such names are left as written)', doc.entityDeclarations);
  }
  const raw = format === 'rss' ? readRss(root, feedUrl) : format === 'atom' ? readAtom(root, feedUrl) : readRdf(root, feedUrl);
  if (doc.error) {
    // The structure broke (or the text was cut) after the feed began: what was complete before
    // that point is valid and is kept; the problem is reported and nothing after it is read.
    const complete = raw.entries.filter((e) => e.closed).length;
    if (!cut && complete === 0) return { ok: false, error: `malformed XML at ${where}: ${doc.error.message}` };
    if (cut) skips.add(`the feed is larger than ${plural(MAX_FEED_CHARS, 'character')}: it was cut there and nothing after the cut was read`);
    else skips.add(`malformed XML at ${where}: ${doc.error.message}; nothing after it was read`);
  }
  const candidates: RawItem[] = [];
  let read = 0;
  for (const e of raw.entries) {
    if (!e.closed) {
      skips.add(cut ? 'item cut off by the size limit' : 'item cut off by the XML error');
      continue;
    }
    // Past the cap items are only counted, not read: the work stays bounded by MAX_ITEMS.
    if (read >= MAX_ITEMS) {
      skips.add(`beyond the first ${MAX_ITEMS} items`);
      continue;
    }
    read++;
    candidates.push(raw.read(e));
  }
  const items = finishItems(candidates, skips);
  return {
    ok: true,
    feed: { format, title: feedTitle(raw.title, feedUrl), siteUrl: raw.siteUrl, items, skipped: skips.list() },
  };
}

/** The prolog, comments and a DOCTYPE, then `<html`; or a DOCTYPE naming html. */
function looksLikeHtml(body: string): boolean {
  const head = body.slice(0, 4096);
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html\b|<html[\s>])/i.test(head);
}

function webPage(body: string, pageUrl: string): FeedResult {
  return { ok: false, error: WEB_PAGE_ERROR, feedUrls: discoverFeeds(body, pageUrl) };
}

function feedTitle(title: string, feedUrl: URL): string {
  // A feed without a title is still a source; its host is the name a reader recognises.
  return cutAtWord(title, MAX_TITLE) || feedUrl.hostname;
}

// ---------------------------------------------------------------------------------------------
// Common to every format

/** An item that has a URL, each once, in feed order. */
function finishItems(raw: RawItem[], skips: Skips): FeedItem[] {
  const items: FeedItem[] = [];
  const ids = new Set<string>();
  const urls = new Set<string>();
  for (const r of raw) {
    const u = r.link ? resolveHttpUrl(r.link, r.base) : null;
    if (!u) {
      skips.add(r.link ? 'no http(s) link (another scheme, or not a URL)' : 'no link');
      continue;
    }
    const key = normaliseArticleUrl(u.href) ?? u.href;
    const id = r.id && r.id.length <= MAX_ID ? r.id : key;
    if (ids.has(id) || urls.has(key)) {
      skips.add(DUPLICATE_ITEM_REASON);
      continue;
    }
    ids.add(id);
    urls.add(key);
    const item: FeedItem = {
      id,
      url: u.href,
      title: cutAtWord(r.title, MAX_TITLE),
      summary: cutAtWord(r.summary, MAX_SUMMARY),
      published: r.published,
    };
    const author = r.author ? cutAtWord(r.author, MAX_AUTHOR) : '';
    if (author) item.author = author;
    items.push(item);
  }
  return items;
}

/** One format's reading of a document: its item elements, and how to read one. */
interface Reading {
  title: string;
  siteUrl: string | null;
  entries: XmlElement[];
  read(e: XmlElement): RawItem;
}

/** Text of a child as plain text, reading it as HTML (RSS titles and descriptions often carry markup). */
function childHtmlText(el: XmlElement, local: string, ns?: string): string {
  const c = firstChild(el, local, ns);
  return c ? htmlToText(textContent(c)) : '';
}

function childPlain(el: XmlElement, local: string, ns?: string): string {
  const c = firstChild(el, local, ns);
  return c ? cleanText(textContent(c)) : '';
}

/** "jane@example.com (Jane Doe)" → "Jane Doe": RSS's author is an address, the name is what a reader wants. */
function rssAuthor(s: string): string {
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(s);
  if (m) return m[1].trim();
  return /^\S+@\S+$/.test(s) ? '' : s;
}

function siteOf(link: string | null, base: string): string | null {
  return link ? resolveHttpUrl(link, base)?.href ?? null : null;
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0 / 0.9x

function readRss(root: XmlElement, feedUrl: URL): Reading {
  const ns = root.ns; // '' in RSS 2.0; the rare feed with a default namespace puts every element in it
  const channel = firstChild(root, 'channel', ns) ?? root;
  const base = channel.base ?? feedUrl.href;
  // Items belong in <channel>; some generators put them beside it, under <rss>.
  const entries = [...childElements(channel, 'item', ns), ...(channel === root ? [] : childElements(root, 'item', ns))];
  return {
    title: childHtmlText(channel, 'title', ns),
    siteUrl: siteOf(childPlain(channel, 'link', ns), base),
    entries,
    read(e) {
      const guidEl = firstChild(e, 'guid', ns);
      const guid = guidEl ? cleanText(textContent(guidEl)) : '';
      let link = childPlain(e, 'link', ns);
      // A guid is the item's permalink unless it says isPermaLink="false".
      if (!link && guid && guidEl?.attrs.isPermaLink?.trim().toLowerCase() !== 'false') link = guid;
      const summary = childHtmlText(e, 'description', ns) || childHtmlText(e, 'encoded', NS.content);
      return {
        id: guid || null,
        link: link || null,
        base: e.base ?? base,
        title: childHtmlText(e, 'title', ns),
        summary,
        published: parseFeedDate(childPlain(e, 'pubDate', ns) || childPlain(e, 'date', NS.dc)),
        author: rssAuthor(childPlain(e, 'author', ns)) || childPlain(e, 'creator', NS.dc) || null,
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Atom 1.0

/** An Atom text construct: type="text" (the default) is plain, "html" is escaped HTML, "xhtml" is markup. */
function atomText(el: XmlElement | null): string {
  if (!el) return '';
  const type = (el.attrs.type ?? 'text').trim().toLowerCase();
  if (type === 'xhtml') return htmlToText(innerMarkup(el));
  if (type === 'html' || type === 'text/html') return htmlToText(textContent(el));
  // Plain text: entities were decoded by the XML reader; a literal "<b>" is text and stays.
  return cleanText(textContent(el));
}

/** The entry's article link: rel="alternate" (or no rel), preferring an HTML type. */
function atomLink(el: XmlElement, ns: string): { href: string; base: string | null } | null {
  const links = childElements(el, 'link', ns).filter((l) => {
    const rel = (l.attrs.rel ?? 'alternate').trim().toLowerCase();
    return rel === 'alternate' || rel === 'http://www.iana.org/assignments/relation/alternate';
  });
  const best = links.find((l) => /html/i.test(l.attrs.type ?? 'text/html')) ?? links[0];
  return best && best.attrs.href !== undefined ? { href: best.attrs.href, base: best.base } : null;
}

function atomAuthor(el: XmlElement, ns: string): string {
  const a = firstChild(el, 'author', ns);
  return a ? childPlain(a, 'name', ns) : '';
}

function readAtom(root: XmlElement, feedUrl: URL): Reading {
  const ns = root.ns; // the Atom namespace, or '' for the odd feed that forgot it
  const base = root.base ?? feedUrl.href;
  const site = atomLink(root, ns);
  const feedAuthor = atomAuthor(root, ns);
  return {
    title: atomText(firstChild(root, 'title', ns)),
    siteUrl: site ? siteOf(site.href, site.base ?? base) : null,
    entries: childElements(root, 'entry', ns),
    read(e) {
      const link = atomLink(e, ns);
      return {
        id: childPlain(e, 'id', ns) || null,
        link: link?.href ?? null,
        base: link?.base ?? e.base ?? base,
        title: atomText(firstChild(e, 'title', ns)),
        summary: atomText(firstChild(e, 'summary', ns)) || atomText(firstChild(e, 'content', ns)),
        published: parseFeedDate(childPlain(e, 'published', ns) || childPlain(e, 'updated', ns)),
        author: atomAuthor(e, ns) || feedAuthor || null,
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// RSS 1.0 (RDF): items are siblings of <channel>, in the RSS 1.0 namespace.

function readRdf(root: XmlElement, feedUrl: URL): Reading {
  const channel = firstChild(root, 'channel', NS.rss1);
  const base = root.base ?? feedUrl.href;
  return {
    title: channel ? childHtmlText(channel, 'title', NS.rss1) : '',
    siteUrl: channel ? siteOf(childPlain(channel, 'link', NS.rss1), base) : null,
    entries: childElements(root, 'item', NS.rss1),
    read(e) {
      const about = attrNS(e, 'about', NS.rdf)?.trim() ?? '';
      const link = childPlain(e, 'link', NS.rss1) || about;
      return {
        id: about || null,
        link: link || null,
        base: e.base ?? base,
        title: childHtmlText(e, 'title', NS.rss1),
        summary: childHtmlText(e, 'description', NS.rss1) || childHtmlText(e, 'encoded', NS.content),
        published: parseFeedDate(childPlain(e, 'date', NS.dc)),
        author: childPlain(e, 'creator', NS.dc) || null,
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON Feed 1.x (https://jsonfeed.org/version/1.1). Every field is checked for its type: a
// hostile feed can put an object where a string belongs.

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function jsonAuthor(o: Record<string, unknown>): string {
  const list = Array.isArray(o.authors) ? o.authors : o.author !== undefined ? [o.author] : [];
  for (const a of list) {
    if (a && typeof a === 'object' && typeof (a as Record<string, unknown>).name === 'string') {
      const n = cleanText((a as Record<string, unknown>).name as string);
      if (n) return n;
    }
  }
  return '';
}

function parseJsonFeed(body: string, feedUrl: URL, skips: Skips): FeedResult {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    // JSON.parse's message names the position ("Unexpected token } in JSON at position 41").
    return { ok: false, error: `malformed JSON: ${e instanceof Error ? e.message.slice(0, 200) : 'unreadable'}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'not a feed: JSON, but not an object' };
  const o = data as Record<string, unknown>;
  if (!str(o.version).startsWith('https://jsonfeed.org/version/1')) {
    return { ok: false, error: 'not a feed: JSON without a JSON Feed version ("version": "https://jsonfeed.org/version/1.1")' };
  }
  const list = Array.isArray(o.items) ? o.items : [];
  if (!Array.isArray(o.items)) skips.add('"items" is not a list');
  const candidates: RawItem[] = [];
  let read = 0;
  for (const it of list) {
    if (!it || typeof it !== 'object' || Array.isArray(it)) {
      skips.add('item is not an object');
      continue;
    }
    if (read >= MAX_ITEMS) {
      skips.add(`beyond the first ${MAX_ITEMS} items`);
      continue;
    }
    read++;
    const i = it as Record<string, unknown>;
    // An id may be a number in older feeds; the spec says string.
    const id = typeof i.id === 'string' || typeof i.id === 'number' ? String(i.id).trim() : '';
    const summary = cleanText(str(i.summary)) || cleanText(str(i.content_text)) || htmlToText(str(i.content_html));
    candidates.push({
      id: id || null,
      link: str(i.url) || str(i.external_url) || null,
      base: feedUrl.href,
      title: cleanText(str(i.title)),
      summary,
      published: parseFeedDate(str(i.date_published) || str(i.date_modified)),
      author: jsonAuthor(i) || jsonAuthor(o) || null,
    });
  }
  const items = finishItems(candidates, skips);
  const siteUrl = str(o.home_page_url) ? resolveHttpUrl(str(o.home_page_url), feedUrl)?.href ?? null : null;
  return { ok: true, feed: { format: 'json', title: feedTitle(cleanText(str(o.title)), feedUrl), siteUrl, items, skipped: skips.list() } };
}

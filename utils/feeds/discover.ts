// Feed addresses announced by a web page: <link rel="alternate" type="…feed type…" href="…"> in
// its head. No DOM (the background has none in Chrome): a tolerant tag scan is enough, since
// only <link> and <base> tags of the head matter.
import { readTag, skipNonTag } from './text';
import { resolveHttpUrl } from './url';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml']);
/** Elements whose content is not markup: a "<link" inside a script's string is not a link. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template']);
/** Past this a page's head is over in any real page; a bound on the work for a huge page. */
const MAX_SCAN = 1_000_000;

/**
 * WordPress announces its REST API for every page as rel="alternate" type="application/json"
 * (/wp-json/…, ?rest_route=…): JSON, but one post's record, not a feed.
 */
function isWordPressApi(u: URL): boolean {
  return u.pathname.includes('/wp-json/') || u.searchParams.has('rest_route');
}

/** Feed URLs a page links to, absolute http(s), in page order, each once. */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  let base: string | URL | null = resolveHttpUrl(pageUrl, null);
  if (!base || typeof html !== 'string') return [];
  const text = html.length > MAX_SCAN ? html.slice(0, MAX_SCAN) : html;
  const out: string[] = [];
  const seen = new Set<string>();
  let baseSeen = false;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    const skip = skipNonTag(text, lt);
    if (skip >= 0) {
      i = skip;
      continue;
    }
    const tag = readTag(text, lt);
    if (tag === 'eof') break;
    if (!tag) {
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (tag.closing) {
      if (tag.name === 'head') break;
      continue;
    }
    if (tag.name === 'body') break; // the head is over (browsers close it here too)
    if (RAW.has(tag.name)) {
      const close = new RegExp(`</${tag.name}`, 'ig');
      close.lastIndex = i;
      i = close.exec(text)?.index ?? text.length;
      continue;
    }
    if (tag.name === 'base' && !baseSeen && tag.attrs.href !== undefined) {
      // Only the first <base href> counts, as in a browser; relative to the page's address.
      baseSeen = true;
      base = resolveHttpUrl(tag.attrs.href, base) ?? base;
      continue;
    }
    if (tag.name !== 'link') continue;
    const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate')) continue;
    const type = (tag.attrs.type ?? '').toLowerCase().split(';')[0].trim();
    if (!FEED_TYPES.has(type)) continue;
    const u = resolveHttpUrl(tag.attrs.href ?? '', base);
    if (!u || (type === 'application/json' && isWordPressApi(u))) continue;
    u.hash = '';
    if (seen.has(u.href)) continue;
    seen.add(u.href);
    out.push(u.href);
  }
  return out;
}

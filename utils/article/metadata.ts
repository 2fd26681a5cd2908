// What a page says about itself: outlet, publication date, author and canonical address, read
// from its own metadata (Open Graph, article:*, JSON-LD, <time datetime>, <link rel=canonical>).
// Pure functions over a Document (a live page's clone, DOMParser's output or linkedom's), run
// before Readability, which rewrites the document it is given. Nothing here is ever rendered as
// HTML: every value is a trimmed, length-capped plain string.

export interface PageMetadata {
  /** The outlet's own name: og:site_name, else the JSON-LD article's publisher.name. */
  outlet: string | null;
  /** Publication time as the page wrote it (ISO 8601 in practice). */
  published: string | null;
  /** The article's author(s), comma-joined. */
  author: string | null;
  /** The page's canonical http(s) address (absolute), else null. */
  canonicalUrl: string | null;
}

/** Longer values are not metadata but something pasted into a field (or an attack on our UI). */
const MAX_VALUE_CHARS = 300;
/** JSON-LD blocks larger than this are skipped: real article metadata is a few KB. */
const MAX_JSON_LD_CHARS = 200_000;

/** Schema.org types whose properties describe the article itself. */
const ARTICLE_TYPE = /^(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report)$/;

function clean(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s && s.length <= MAX_VALUE_CHARS ? s : null;
}

function attr(doc: Document, selector: string, name: string): string | null {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const v = clean(el.getAttribute(name));
    if (v) return v;
  }
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = attr(doc, `meta[property="${k}"]`, 'content') ?? attr(doc, `meta[name="${k}"]`, 'content') ?? attr(doc, `meta[itemprop="${k}"]`, 'content');
    if (v) return v;
  }
  return null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

/** Every object of a JSON-LD value that is an article, looking inside arrays and @graph. */
function articleNodes(value: unknown, out: Json[] = [], depth = 0): Json[] {
  // Real pages nest two or three levels (array → @graph → node); deeper is not metadata.
  if (depth > 4) return out;
  if (Array.isArray(value)) {
    for (const v of value) articleNodes(v, out, depth + 1);
  } else if (isObject(value)) {
    if (types(value).some((t) => ARTICLE_TYPE.test(t))) out.push(value);
    if (value['@graph'] !== undefined) articleNodes(value['@graph'], out, depth + 1);
  }
  return out;
}

/** The JSON-LD article objects of the page; a block that does not parse is skipped. */
export function jsonLdArticles(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_JSON_LD_CHARS) continue;
    try {
      articleNodes(JSON.parse(text), out);
    } catch {
      // Broken JSON on a page is common; the other sources of metadata still apply.
    }
  }
  return out;
}

/** A schema.org name: a plain string, or an object with `name`; arrays are joined. */
function names(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map((x) => (isObject(x) ? clean(x.name) : clean(x))).filter((x): x is string => !!x);
  const unique = [...new Set(list)];
  return unique.length ? clean(unique.join(', ')) : null;
}

/** An author field that is a profile URL says who, but not in words a reader can use. */
const notUrl = (v: string | null) => (v && !/^https?:\/\//i.test(v) ? v : null);

function absoluteHttp(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The first <time datetime> that is the article's (inside <article> if there is one), else the page's. */
function timeElement(doc: Document): string | null {
  return attr(doc, 'article time[datetime]', 'datetime') ?? attr(doc, 'time[datetime]', 'datetime');
}

/**
 * Reads the page's metadata. `pageUrl` resolves a relative canonical link (a Document from
 * DOMParser or linkedom has no base of its own); without it, only absolute links are kept.
 */
export function readPageMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const ld = jsonLdArticles(doc);
  const fromLd = <T>(read: (n: Json) => T | null): T | null => {
    for (const n of ld) {
      const v = read(n);
      if (v) return v;
    }
    return null;
  };
  const outlet = meta(doc, 'og:site_name') ?? fromLd((n) => names(n.publisher));
  const published =
    meta(doc, 'article:published_time') ??
    fromLd((n) => clean(n.datePublished)) ??
    meta(doc, 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date') ??
    timeElement(doc);
  const author = fromLd((n) => notUrl(names(n.author))) ?? notUrl(meta(doc, 'author', 'article:author'));
  const base = pageUrl ?? (doc.baseURI && /^https?:/i.test(doc.baseURI) ? doc.baseURI : undefined);
  const canonicalUrl = absoluteHttp(attr(doc, 'link[rel~="canonical"]', 'href'), base) ?? absoluteHttp(meta(doc, 'og:url'), base);
  return { outlet, published, author, canonicalUrl };
}

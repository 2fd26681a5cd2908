// Article addresses from feeds: resolved, http(s) only, and normalised so that one article
// linked from two feeds (or twice in one) is recognised as one.

/**
 * Query parameters that only say where a click came from. They differ between two feeds' links
 * to the same article, and never select different content.
 */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'rb_clickid', 'wt.mc_id', 'cmpid', 'ocid', 'smid', 'ncid',
]);
const TRACKING_PREFIX = ['utm_'];

/** `s` resolved against `base` when it is relative; an absolute http(s) URL or null. */
export function resolveHttpUrl(s: string, base: string | URL | null): URL | null {
  const t = s.trim();
  if (!t) return null;
  let u: URL;
  try {
    u = base ? new URL(t, base) : new URL(t);
  } catch {
    return null;
  }
  // Checked on the parsed URL rather than through httpUrl(href), which would parse it again.
  return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
}

/**
 * One article's address as a de-duplication key: the host lower-cased (and a default port
 * dropped, which URL does), the fragment dropped, tracking parameters dropped, every other
 * parameter kept in its order (they can select the article). null for anything not http(s).
 */
export function normaliseArticleUrl(url: string): string | null {
  const u = resolveHttpUrl(url, null);
  if (!u) return null;
  u.hash = '';
  const keep: [string, string][] = [];
  for (const [k, v] of u.searchParams) {
    const lk = k.toLowerCase();
    if (TRACKING_EXACT.has(lk) || TRACKING_PREFIX.some((p) => lk.startsWith(p))) continue;
    keep.push([k, v]);
  }
  // Rebuild the query only when something was dropped: URLSearchParams re-encodes values, and an
  // untouched query should stay byte for byte as the outlet wrote it.
  if (keep.length !== [...u.searchParams].length) u.search = keep.length ? new URLSearchParams(keep).toString() : '';
  return u.href;
}

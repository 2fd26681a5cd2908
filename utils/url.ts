// One parser for the addresses the extension accepts: only http(s) pages are articles.

/** `s` parsed as an http(s) URL, or null for anything else (another scheme, not a URL at all). */
export function httpUrl(s: string): URL | null {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
}

// "Follow this address" (the follow-source message): the address the reader pasted is fetched
// once. A feed is the source; a web page's announced feeds (discoverFeeds) are tried in page order
// and the first that parses is the source. Anything else is a plain-words error, and nothing is
// stored. The requests are the same privacy-safe ones as a run's (http.ts).
import { parseFeed, type Feed } from '../feeds';
import { httpUrl } from '../url';
import { FetchFailure, fetchText, type FetchFn } from './http';
import { MAX_FEED_BYTES, REQUEST_TIMEOUT_MS } from './fetch-run';
import { MAX_SOURCES } from './sources-store';
import type { FollowedSource } from './types';

export const NO_FEED_ERROR = 'no feed found at this address';
/** At most this many of a page's announced feeds are tried (a page announcing 50 is not a guide). */
const MAX_DISCOVERED_TRIED = 3;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5';

export interface FollowDeps {
  fetch: FetchFn;
  now?: () => Date;
  timeoutMs?: number;
}

/** The reader's input as an http(s) address: "example.com/news" → "https://example.com/news". */
export function addressOf(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  const u = httpUrl(withScheme);
  if (!u || !u.hostname) return null;
  u.hash = '';
  return u.href;
}

/** True when two inputs name the same address ("example.com/feed" and "https://example.com/feed"). */
export function sameAddress(a: string, b: string): boolean {
  return a.trim() === b.trim() || (addressOf(a) !== null && addressOf(a) === addressOf(b));
}

type Found = { ok: true; feedUrl: string; feed: Feed } | { ok: false; error: string };

async function readFeed(deps: FollowDeps, url: string, what: string): Promise<{ ok: true; feedUrl: string; result: ReturnType<typeof parseFeed> } | { ok: false; error: string }> {
  try {
    const got = await fetchText(deps.fetch, url, { what, maxBytes: MAX_FEED_BYTES, overLimit: 'cut', timeoutMs: deps.timeoutMs ?? REQUEST_TIMEOUT_MS, now: deps.now, accept: FEED_ACCEPT });
    return { ok: true, feedUrl: got.url, result: parseFeed(got.text, got.url) };
  } catch (e) {
    return { ok: false, error: e instanceof FetchFailure ? e.message : `the ${what} could not be read` };
  }
}

/** Finds the feed at `address` (a feed, or a page announcing one). */
export async function findFeed(deps: FollowDeps, address: string): Promise<Found> {
  const first = await readFeed(deps, address, 'address');
  if (!first.ok) return first;
  if (first.result.ok) return { ok: true, feedUrl: first.feedUrl, feed: first.result.feed };
  const announced = first.result.feedUrls;
  if (!announced) return { ok: false, error: `${NO_FEED_ERROR}: ${first.result.error}` };
  if (!announced.length) return { ok: false, error: `${first.result.error}, and it names no feed` };
  const errors: string[] = [];
  for (const url of announced.slice(0, MAX_DISCOVERED_TRIED)) {
    const r = await readFeed(deps, url, 'feed');
    if (r.ok && r.result.ok) return { ok: true, feedUrl: r.feedUrl, feed: r.result.feed };
    errors.push(r.ok ? (r.result.ok ? '' : r.result.error) : r.error);
  }
  return { ok: false, error: `${NO_FEED_ERROR}: the page names ${announced.length === 1 ? 'a feed' : 'feeds'}, but ${errors[0]}` };
}

/**
 * The new source for `input`, or why it cannot be followed. `current` is the list followed now:
 * the same address or the same feed twice is refused (the first before any request).
 */
export async function resolveNewSource(deps: FollowDeps, input: string, current: readonly FollowedSource[]): Promise<{ ok: true; source: FollowedSource } | { ok: false; error: string }> {
  const address = addressOf(input);
  if (!address) return { ok: false, error: 'this is not a web address (http or https)' };
  const same = current.find((s) => sameAddress(s.url, input) || s.feedUrl === address);
  if (same) return { ok: false, error: `you already follow this address (${same.name})` };
  if (current.length >= MAX_SOURCES) return { ok: false, error: `you follow ${MAX_SOURCES} sources, the most this extension fetches; unfollow one first` };
  const found = await findFeed(deps, address);
  if (!found.ok) return found;
  const twin = current.find((s) => s.feedUrl === found.feedUrl);
  if (twin) return { ok: false, error: `you already follow this feed (${twin.name})` };
  const host = new URL(found.feedUrl).hostname;
  const title = found.feed.title.trim();
  return {
    ok: true,
    // As entered (the options page shows it and unfollows by it); fetched as `address`.
    source: newSource(input.trim(), found.feedUrl, (title || host).slice(0, 200), (deps.now ?? (() => new Date()))()),
  };
}

/** A source just followed: never fetched, nothing stored, no back-off. */
export function newSource(url: string, feedUrl: string, name: string, addedAt: Date): FollowedSource {
  return { url, feedUrl, name, addedAt: addedAt.toISOString(), lastFetchAt: null, lastError: null, articlesStored: 0, failures: 0, notBefore: null, history: [] };
}

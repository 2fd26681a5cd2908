// How the sidebar says where a comparison's coverage came from and how fresh the library is
// (issue 22 item 3): "compared with 23 articles from 6 sources you follow, fetched 20 min ago".
// Pure: the background passes the report's coverage, which covering documents were fetched (and
// from which feed), and the followed sources; the sidebar turns the result into words.
import type { LibraryFreshness, StoryDoc } from '../engine/types';
import type { FollowedSource } from './types';
import { plural } from '../page/summary';
import { timeAgo } from './time-words';

/**
 * `fetchedFrom(id)`: the feed a covering document was fetched from, undefined for every other
 * document (seeds, pages added or remembered). Syndicated copies folded into a covering document
 * count as the document they are folded into, as the summary counts them.
 */
export function libraryFreshness(coverage: readonly Pick<StoryDoc, 'source'>[], fetchedFrom: (id: string) => string | undefined, sources: readonly FollowedSource[]): LibraryFreshness {
  const feeds = new Set<string>();
  let fetchedArticles = 0;
  for (const d of coverage) {
    const feed = fetchedFrom(d.source);
    if (!feed) continue;
    fetchedArticles++;
    feeds.add(feed);
  }
  return { fetchedArticles, fetchedSources: feeds.size, following: sources.length, lastFetchAt: lastGoodFetch(sources) };
}

/** The latest run of any source that did not fail: a failing source does not make the library fresher. */
export function lastGoodFetch(sources: readonly FollowedSource[]): string | null {
  let last: string | null = null;
  for (const s of sources) {
    const good = s.lastFetchAt && !s.lastError ? s.lastFetchAt : s.history.find((r) => !r.error)?.at;
    if (good && (!last || good > last)) last = good;
  }
  return last;
}

/**
 * The sidebar's freshness line, or null when the reader follows nothing and nothing covering was
 * fetched (then the summary's own sentence says it all). `others`: covering articles not fetched.
 */
export function freshnessSentence(f: LibraryFreshness, covering: number, now: Date): string | null {
  const when = f.lastFetchAt ? `fetched ${timeAgo(f.lastFetchAt, now)}` : 'not fetched yet';
  const others = covering - f.fetchedArticles;
  if (f.fetchedArticles > 0) {
    // Sources unfollowed since: their articles stay in the library until they expire.
    const from = `${plural(f.fetchedArticles, 'article', 'articles')} from ${plural(f.fetchedSources, 'source', 'sources')} you ${f.following > 0 ? 'follow' : 'followed'}`;
    const fresh = f.following > 0 ? `, ${when}` : '';
    const rest = others > 0 ? `${fresh ? ` (${when})` : ''} and ${plural(others, 'other article', 'other articles')} in your library` : fresh;
    return `Compared with ${from}${rest}.`;
  }
  if (f.following > 0) return `None of the articles from the ${plural(f.following, 'source', 'sources')} you follow covers this story (${when}).`;
  return null;
}

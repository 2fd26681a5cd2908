// The sidebar's freshness line (issue 22 item 3) from a report's coverage and the followed sources.
import { describe, expect, it } from 'vitest';
import { freshnessSentence, lastGoodFetch, libraryFreshness } from '../../utils/follow/freshness';
import type { FollowedSource } from '../../utils/follow/types';

const NOW = new Date('2026-12-06T12:00:00Z');
const src = (feedUrl: string, lastFetchAt: string | null, lastError: string | null = null, history: FollowedSource['history'] = []): FollowedSource => ({
  url: feedUrl, feedUrl, name: feedUrl, addedAt: '2026-12-01T00:00:00Z', lastFetchAt, lastError, articlesStored: 0, failures: 0, notBefore: null, history,
});

describe('library freshness', () => {
  const fetched: Record<string, string> = { f_1: 'http://a/feed', f_2: 'http://a/feed', f_3: 'http://b/feed' };
  const coverage = ['f_1', 'f_2', 'f_3', 'seed-1'].map((source) => ({ source }));

  it('counts covering articles fetched from followed feeds, and their distinct feeds', () => {
    const f = libraryFreshness(coverage, (id) => fetched[id], [src('http://a/feed', '2026-12-06T11:40:00Z'), src('http://b/feed', '2026-12-06T11:00:00Z')]);
    expect(f).toEqual({ fetchedArticles: 3, fetchedSources: 2, following: 2, lastFetchAt: '2026-12-06T11:40:00Z' });
    expect(freshnessSentence(f, coverage.length, NOW)).toBe('Compared with 3 articles from 2 sources you follow (fetched 20 min ago) and 1 other article in your library.');
    expect(freshnessSentence({ ...f, fetchedArticles: 3 }, 3, NOW)).toBe('Compared with 3 articles from 2 sources you follow, fetched 20 min ago.');
  });

  it('a failing source does not make the library fresher; its last good run does count', () => {
    const failing = src('http://c/feed', '2026-12-06T11:59:00Z', 'the feed answered 503', [
      { at: '2026-12-06T11:59:00Z', items: 0, stored: 0, summaries: 0, duplicates: 0, skipped: 0, error: 'the feed answered 503' },
      { at: '2026-12-06T10:00:00Z', items: 3, stored: 1, summaries: 0, duplicates: 2, skipped: 0, error: null },
    ]);
    expect(lastGoodFetch([failing])).toBe('2026-12-06T10:00:00Z');
    expect(lastGoodFetch([failing, src('http://a/feed', '2026-12-06T10:30:00Z')])).toBe('2026-12-06T10:30:00Z');
    expect(lastGoodFetch([src('http://a/feed', null)])).toBeNull();
  });

  it('says nothing when nothing is followed or fetched; says "none covers" when following', () => {
    const none = libraryFreshness(coverage, () => undefined, []);
    expect(freshnessSentence(none, 4, NOW)).toBeNull();
    const following = libraryFreshness(coverage, () => undefined, [src('http://a/feed', '2026-12-06T09:00:00Z')]);
    expect(freshnessSentence(following, 4, NOW)).toBe('None of the articles from the 1 source you follow covers this story (fetched 3 h ago).');
    // Fetched articles whose source was unfollowed since: no freshness, the articles still count.
    expect(freshnessSentence(libraryFreshness(coverage, (id) => fetched[id], []), 4, NOW)).toBe('Compared with 3 articles from 2 sources you followed and 1 other article in your library.');
  });
});

// Followed sources (issue 22): the shapes shared by the background (which fetches), the options
// page (which shows and edits) and the tests. Stored in browser.storage.local by
// utils/follow/sources-store.ts, never in the corpus database: the list is small, read whole,
// and has its own versioned item so the corpus schema does not change for it.

/** One followed outlet: a feed the reader chose (directly, or discovered from a site's address). */
export interface FollowedSource {
  /** The address exactly as the reader entered it (CONTRACT §5 `source-row[data-url]`); the key. */
  url: string;
  /** The feed fetched on each run: `url` itself, or the feed discovered from the page at `url`. */
  feedUrl: string;
  /** The feed's own title, else its host name. Untrusted text: rendered as text only. */
  name: string;
  /** ISO time the reader followed it. */
  addedAt: string;
  /** ISO time of the last attempt (successful or not), null before the first. */
  lastFetchAt: string | null;
  /** The last attempt's error in plain words ("the feed answered 503"), null when it went well. */
  lastError: string | null;
  /** Articles stored from this source over its life (duplicates and skips not counted). */
  articlesStored: number;
  /** Consecutive failed runs; drives the back-off. */
  failures: number;
  /** ISO time before which the source is not fetched again (Retry-After or back-off), or null. */
  notBefore: string | null;
  /** The most recent runs, newest first, at most FETCH_HISTORY_LENGTH. */
  history: FetchRunRecord[];
}

/** What one run did for one source: shown as the source's history on the options page. */
export interface FetchRunRecord {
  at: string;
  /** Items in the feed (after the parser's own limits). */
  items: number;
  /** New articles stored (full text extracted from the article page). */
  stored: number;
  /** New items stored from the feed's own summary because the page gave no article. */
  summaries: number;
  /** Items already in the library (same URL or same text), including those seen in another feed. */
  duplicates: number;
  /** Items neither stored nor duplicates, with why (a 404, a paywall with no summary, the run cap). */
  skipped: number;
  /** The run's error for the whole source (feed unreachable, not a feed), or null. */
  error: string | null;
}

export const FETCH_HISTORY_LENGTH = 10;

/** The reader's choices for followed sources. */
export interface FollowSettings {
  /** Minutes between scheduled runs (browser.alarms); default 60. */
  intervalMinutes: number;
  /** Days a fetched article is kept; pinned articles never expire. Default 14. */
  keepDays: number;
  /** At most this many article pages fetched per run, over all sources. Default 50. */
  perRunCap: number;
}

/** Progress of the run in flight (or the last one), for the options page's `role="status"` line. */
export interface FetchProgress {
  running: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  /** Sources done / to do in this run. */
  sourcesDone: number;
  sourcesTotal: number;
  /** Articles stored so far in this run. */
  stored: number;
  /** One line in plain words: "Fetching 2 of 3 sources…", "Fetched 3 sources: 12 new articles." */
  message: string;
  /** Set when the whole run failed (for `role="alert"`). */
  error: string | null;
}

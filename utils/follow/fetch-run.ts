// One fetch run over the followed sources (issue 22): each source's feed, then each new item's
// article page, extracted and stored like a remembered article. Every dependency is injected
// (fetch, extraction, the corpus store, the followed-sources state, the clock), so the same code
// runs in the extension's background and in Node tests against a real local HTTP server.
//
// What a run never does: request anything of a source in back-off (notBefore), request an
// article already stored (same URL) or seen earlier in the run (in this feed or another), request
// more article pages than the run's cap over all sources, follow a redirect to another origin
// (http.ts), or leave anything half-written: each document is one addDocument transaction, and a
// source's status is written after the source is done, so a run cut short (the browser closed,
// the worker stopped) leaves only whole documents, and the next run finds them stored (by URL)
// and simply does what is missing.
import type { ExtractedArticle } from '../article/extract';
import { parseFeed, DUPLICATE_ITEM_REASON, MAX_FEED_CHARS, type FeedItem } from '../feeds';
import { normaliseArticleUrl } from '../feeds/url';
import { FETCHED_ID_PREFIX } from '../remember/expiry';
import type { CorpusStore } from '../storage/corpus-store';
import { hash53, urlKey } from '../storage/fingerprint';
import { docFromPage, isoDay, UNKNOWN_LANG } from '../storage/page-doc';
import { MAX_OUTLET_CHARS, MAX_TEXT_CHARS } from '../storage/limits';
import type { NewDoc, StoredDoc } from '../storage/types';
import { StorageQuotaError } from '../storage/errors';
import { notBeforeAfterFailure } from './backoff';
import { FetchFailure, fetchText, megabytes, type FetchFn } from './http';
import { IDLE_PROGRESS, type FollowState } from './sources-store';
import { FETCH_HISTORY_LENGTH, type FetchProgress, type FetchRunRecord, type FollowedSource } from './types';
import { cutText } from '../text-cut';

/** Extracts the article of a fetched page (Readability + furniture rules), or null when it has none. */
export type ExtractHtml = (html: string, url: string) => Promise<ExtractedArticle | null>;

/**
 * Article pages are cut at 4 MB: a news article's HTML, with the app state some sites inline as
 * JSON, is tens of KB to about 2 MB; past 4 MB it is not an article page, and extraction time
 * grows with the page (scripts/bench.ts' ingest row measures one page).
 */
export const MAX_PAGE_BYTES = 4_000_000;
/**
 * Feeds are read up to the parser's own limit (MAX_FEED_CHARS, counted in bytes here: a character
 * is at least one byte, so the parser never sees more than it reads). Past it the feed is cut and
 * the items before the cut are kept (the parser's rule for a cut XML feed).
 */
export const MAX_FEED_BYTES = MAX_FEED_CHARS;
/**
 * 20 seconds per request, body included: a working outlet answers in a few; a run of 50 pages
 * whose every page times out still ends within ~17 minutes, and one request never leaves the
 * MV3 worker without an event for its 30-second idle limit.
 */
export const REQUEST_TIMEOUT_MS = 20_000;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export interface FetchRunDeps {
  fetch: FetchFn;
  extract: ExtractHtml;
  store: Pick<CorpusStore, 'addDocument' | 'findByUrl' | 'getDocument' | 'listTrash'>;
  state: FollowState;
  now?: () => Date;
  /** Called with each stored document (the background adds it to its live index). Errors are ignored. */
  onStored?: (doc: StoredDoc) => Promise<void> | void;
  /** Aborting it stops the run at once: the request in flight is aborted and nothing more is written. */
  signal?: AbortSignal;
  /** Tests shorten these; the extension uses the defaults above. */
  timeoutMs?: number;
  maxPageBytes?: number;
  maxFeedBytes?: number;
}

/** What a run did for one source: the record shown in its history plus the new back-off state. */
interface SourceOutcome {
  record: FetchRunRecord;
  /** Whether the source failed this run (drives failures / notBefore). */
  failed: boolean;
  retryAfter: Date | null;
  /** A warning that is not a failure (the feed was cut at the size limit). */
  warning: string | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const DAY_MS = 86_400_000;

/** The id of a fetched document: FETCHED_ID_PREFIX marks it for expiry by FollowSettings.keepDays. */
function fetchedId(urlKey: string, now: Date): string {
  return `${FETCHED_ID_PREFIX}${now.getTime().toString(36)}_${hash53(urlKey).slice(-10)}`;
}

const isBackOffStatus = (f: FetchFailure) => f.kind === 'status' && (f.status === 429 || (f.status !== null && f.status >= 500));

class RunAborted extends Error {}

/**
 * Runs once over every followed source and returns the final progress (also saved in the
 * state). Never throws for a source's failure (it is that source's lastError); rejects only when
 * `signal` aborts the run (nothing half-written; the progress says it was stopped).
 */
export async function runFetch(deps: FetchRunDeps): Promise<FetchProgress> {
  const now = deps.now ?? (() => new Date());
  const settings = await deps.state.loadSettings();
  const sources = await deps.state.loadSources();
  const startedAt = now();
  const progress: FetchProgress = {
    ...IDLE_PROGRESS,
    running: true,
    startedAt: startedAt.toISOString(),
    sourcesTotal: sources.length,
    message: sources.length ? `Fetching 1 of ${plural(sources.length, 'source')}…` : 'No source is followed: nothing was fetched.',
  };
  await deps.state.saveProgress(progress);
  // Article keys seen in this run, over every feed: the same article in two feeds is fetched once.
  const seen = new Set<string>();
  // Articles the reader deleted (still in the trash): a feed that still lists one does not bring it back.
  const deleted = new Set((await deps.store.listTrash()).map((t) => urlKey(t.doc.url)).filter((k): k is string => k !== null));
  let pagesLeft = settings.perRunCap;
  let waiting = 0;
  const due = (s: FollowedSource) => !s.notBefore || Date.parse(s.notBefore) <= startedAt.getTime();
  let dueLeft = sources.filter(due).length;
  try {
    for (const [i, source] of sources.entries()) {
      if (deps.signal?.aborted) throw new RunAborted();
      progress.message = `Fetching ${i + 1} of ${plural(sources.length, 'source')}…`;
      await deps.state.saveProgress(progress);
      // Unfollowed since the run began (or re-followed: another addedAt): not one more request.
      const stillFollowed = async () => (await deps.state.loadSources()).some((s) => s.url === source.url && s.addedAt === source.addedAt);
      if (!(await stillFollowed())) {
        progress.sourcesDone++;
        continue;
      }
      if (!due(source)) {
        // Back-off or the outlet's Retry-After: not one request until then.
        waiting++;
        progress.sourcesDone++;
        continue;
      }
      // A fair share of the pages left, so the first source cannot use the whole cap; what a
      // source does not use goes to the ones after it.
      const budget = Math.ceil(pagesLeft / dueLeft);
      dueLeft--;
      const onArticle = async () => {
        progress.stored++;
        progress.message = `Fetching ${i + 1} of ${plural(sources.length, 'source')}: ${plural(progress.stored, 'new article')} so far…`;
        await deps.state.saveProgress(progress);
      };
      const outcome = await fetchSource(deps, source, { budget, seen, deleted, keepDays: settings.keepDays, at: now(), onArticle, stillFollowed });
      pagesLeft -= outcome.pagesRequested;
      const at = outcome.record.at;
      await deps.state.updateSources((list) =>
        list.map((s) => {
          // Unfollowed meanwhile: nothing to update. Re-followed (another addedAt): a new source.
          if (s.url !== source.url || s.addedAt !== source.addedAt) return s;
          const failures = outcome.failed ? s.failures + 1 : 0;
          return {
            ...s,
            lastFetchAt: at,
            lastError: outcome.record.error ?? outcome.warning,
            articlesStored: s.articlesStored + outcome.record.stored + outcome.record.summaries,
            failures,
            notBefore: outcome.failed ? notBeforeAfterFailure(failures, new Date(at), outcome.retryAfter) : null,
            history: [outcome.record, ...s.history].slice(0, FETCH_HISTORY_LENGTH),
          };
        }),
      );
      progress.sourcesDone++;
      await deps.state.saveProgress(progress);
    }
  } catch (e) {
    const stopped = e instanceof RunAborted || (e instanceof FetchFailure && e.kind === 'aborted');
    Object.assign(progress, {
      running: false,
      finishedAt: now().toISOString(),
      message: stopped ? `The fetch was stopped after ${plural(progress.sourcesDone, 'source')}; the next run fetches the rest.` : 'The fetch failed.',
      error: stopped ? 'the fetch was stopped before it finished' : e instanceof Error ? e.message : String(e),
    });
    await deps.state.saveProgress(progress).catch(() => undefined);
    throw e;
  }
  progress.running = false;
  progress.finishedAt = now().toISOString();
  if (sources.length) {
    const fetched = sources.length - waiting;
    progress.message =
      `Fetched ${plural(fetched, 'source')}: ${plural(progress.stored, 'new article')}.` +
      (waiting ? ` ${plural(waiting, 'source')} asked to wait and ${waiting === 1 ? 'was' : 'were'} not fetched.` : '');
  }
  await deps.state.saveProgress(progress);
  return { ...progress };
}

/** Fetches one source's feed and its new items' pages. Throws only when the run is aborted. */
async function fetchSource(
  deps: FetchRunDeps,
  source: FollowedSource,
  run: {
    budget: number;
    seen: Set<string>;
    deleted: Set<string>;
    keepDays: number;
    at: Date;
    onArticle: () => Promise<void>;
    stillFollowed: () => Promise<boolean>;
  },
): Promise<SourceOutcome & { pagesRequested: number }> {
  const record: FetchRunRecord = { at: run.at.toISOString(), items: 0, stored: 0, summaries: 0, duplicates: 0, skipped: 0, error: null };
  const failedWith = (f: FetchFailure | string) => {
    record.error = typeof f === 'string' ? f : f.message;
    return { record, failed: true, retryAfter: typeof f === 'string' ? null : f.retryAfter, warning: null, pagesRequested: 0 };
  };
  let feedText;
  try {
    feedText = await fetchText(deps.fetch, source.feedUrl, {
      what: 'feed',
      maxBytes: deps.maxFeedBytes ?? MAX_FEED_BYTES,
      overLimit: 'cut',
      timeoutMs: deps.timeoutMs ?? REQUEST_TIMEOUT_MS,
      signal: deps.signal,
      now: deps.now,
      accept: FEED_ACCEPT,
    });
  } catch (e) {
    const f = e as FetchFailure;
    if (f.kind === 'aborted') throw new RunAborted();
    return failedWith(f);
  }
  const parsed = parseFeed(feedText.text, feedText.url);
  if (!parsed.ok) return failedWith(feedText.truncated ? `the feed is larger than ${megabytes(deps.maxFeedBytes ?? MAX_FEED_BYTES)} and what was read of it is not a feed (${parsed.error})` : parsed.error);
  const feed = parsed.feed;
  // Not failures (the items read are good), but the reader should know: a cut or broken feed.
  const malformed = feed.skipped.find((s) => s.reason.startsWith('malformed XML'));
  const warning = feedText.truncated
    ? `the feed is larger than ${megabytes(deps.maxFeedBytes ?? MAX_FEED_BYTES)}: only its start was read`
    : malformed
      ? `the feed has ${malformed.reason}`
      : null;
  record.items = feed.items.length;
  // Items the parser dropped as repeats of earlier ones in the same feed.
  record.duplicates = feed.skipped.find((s) => s.reason === DUPLICATE_ITEM_REASON)?.count ?? 0;
  const cutoff = run.at.getTime() - run.keepDays * DAY_MS;
  let pagesRequested = 0;
  let backOff: FetchFailure | null = null;
  for (const item of feed.items) {
    if (deps.signal?.aborted) throw new RunAborted();
    const key = normaliseArticleUrl(item.url);
    if (!key) {
      record.skipped++;
      continue;
    }
    if (run.seen.has(key)) {
      record.duplicates++;
      continue;
    }
    run.seen.add(key);
    // Older than it would be kept (not worth a request; a feed's archive is not news), or deleted by the reader.
    if ((item.published && Date.parse(item.published) < cutoff) || run.deleted.has(urlKey(key) ?? key)) {
      record.skipped++;
      continue;
    }
    if (await deps.store.findByUrl(key)) {
      record.duplicates++;
      continue;
    }
    if (backOff || pagesRequested >= run.budget) {
      record.skipped++;
      continue;
    }
    // The reader may unfollow while this source's pages are fetched: its requests stop there.
    if (!(await run.stillFollowed())) break;
    pagesRequested++;
    const outcome = await ingestItem(deps, source, item, key, run.at);
    if (outcome instanceof FetchFailure) {
      if (outcome.kind === 'aborted') throw new RunAborted();
      // The site says to slow down (429) or is failing (5xx): no more of its pages this run.
      if (isBackOffStatus(outcome)) backOff = outcome;
      record.skipped++;
      continue;
    }
    record[outcome]++;
    if (outcome === 'stored' || outcome === 'summaries') await run.onArticle();
  }
  if (backOff) {
    record.error = `an article page answered ${backOff.status}: the source is asked again later`;
    return { record, failed: true, retryAfter: backOff.retryAfter, warning, pagesRequested };
  }
  return { record, failed: false, retryAfter: null, warning, pagesRequested };
}

/** Fetches, extracts and stores one item; what happened, or the page's failure. */
async function ingestItem(
  deps: FetchRunDeps,
  source: FollowedSource,
  item: FeedItem,
  key: string,
  at: Date,
): Promise<'stored' | 'summaries' | 'duplicates' | 'skipped' | FetchFailure> {
  let article: ExtractedArticle | null = null;
  try {
    const page = await fetchText(deps.fetch, key, {
      what: 'article page',
      maxBytes: deps.maxPageBytes ?? MAX_PAGE_BYTES,
      overLimit: 'error',
      timeoutMs: deps.timeoutMs ?? REQUEST_TIMEOUT_MS,
      signal: deps.signal,
      now: deps.now,
      accept: PAGE_ACCEPT,
    });
    article = await deps.extract(page.text, page.url).catch(() => null);
  } catch (e) {
    const f = e as FetchFailure;
    // A page that is missing, unreachable or failing is skipped (and retried next run); one that
    // answered with something that is no article to us (a redirect to a login or consent site,
    // an oversized page) is treated like a paywall below: the item's summary, if any.
    if (f.kind !== 'redirect' && f.kind !== 'too-large') return f;
  }
  if (deps.signal?.aborted) return new FetchFailure('the fetch was stopped', 'aborted');
  const outlet = cutText(source.name, MAX_OUTLET_CHARS);
  const date = isoDay(item.published);
  let doc: NewDoc;
  let kind: 'stored' | 'summaries';
  if (article) {
    doc = docFromPage({
      title: article.title || item.title,
      text: article.text,
      url: key,
      siteName: (article.siteName && cutText(article.siteName, MAX_OUTLET_CHARS)) || outlet,
      publishedTime: date ?? article.publishedTime,
      author: article.author ?? item.author ?? null,
      // The feed's address for the article, not the page's canonical one: the next run looks
      // the item up by it (findByUrl) and must find it.
      canonicalUrl: null,
      lang: article.lang,
    });
    kind = 'stored';
  } else if (item.summary.trim()) {
    const headline = item.title || item.summary.split(/(?<=[.!?])\s/, 1)[0];
    doc = {
      outlet,
      outletNamed: true,
      headline: headline.slice(0, 300),
      date,
      lang: UNKNOWN_LANG,
      url: key,
      text: cutText(`${headline}\n${item.summary}`, MAX_TEXT_CHARS),
      summaryOnly: true,
    };
    if (item.author) doc.author = item.author;
    kind = 'summaries';
  } else {
    return 'skipped';
  }
  doc.id = fetchedId(key, at);
  doc.addedAt = at.toISOString();
  doc.fetchedFrom = source.feedUrl;
  try {
    const r = await deps.store.addDocument(doc);
    if (r.status === 'duplicate') return 'duplicates';
    const stored = await deps.store.getDocument(r.id);
    if (stored) await Promise.resolve(deps.onStored?.(stored)).catch(() => undefined);
    return kind;
  } catch (e) {
    // No space left: every later article would fail the same way, so the run stops and says so
    // (the reader can act on it). Nothing of this one was written (one transaction).
    if (e instanceof StorageQuotaError) throw e;
    // An invalid field: this item only.
    return 'skipped';
  }
}

/**
 * Runs one fetch at a time: a second call while a run is in flight gets that run's result
 * instead of starting another (the alarm and "Fetch now" never overlap).
 */
export function createFetchRunner(start: () => Promise<FetchProgress>) {
  let inFlight: Promise<FetchProgress> | null = null;
  return {
    run(): Promise<FetchProgress> {
      if (!inFlight) {
        inFlight = start().finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
    running: () => inFlight !== null,
  };
}

/**
 * At a background's start: a progress still saying "running" belongs to a run the browser cut
 * short (a worker stopped, the browser closed), since no run survives its background. Says so.
 */
export async function recoverInterruptedRun(state: FollowState, now: Date = new Date()): Promise<boolean> {
  const p = await state.loadProgress();
  if (!p.running) return false;
  await state.saveProgress({
    ...p,
    running: false,
    finishedAt: now.toISOString(),
    message: `The last fetch was interrupted after ${plural(p.sourcesDone, 'source')}; the next run fetches the rest.`,
    error: 'the last fetch was interrupted before it finished',
  });
  return true;
}

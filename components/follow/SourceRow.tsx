// One followed source on the options page (CONTRACT §5 `source-row`): its name, the address as
// the reader entered it, the last fetch (how long ago and when exactly), the articles it gave,
// the last error in plain words and the last runs. Every string here may come from the feed
// (its title) or the network (an error), so each is a Preact text node, never HTML.
import type { FetchRunRecord, FollowedSource } from '../../utils/follow/types';
import { exactTime, timeAgo } from '../../utils/follow/time-words';
import { plural } from '../corpus/format';

/** Runs listed under a source: enough to see a pattern (a feed failing since Tuesday), short enough to scan. */
export const HISTORY_SHOWN = 5;

/** "12 items: 3 new, 1 summary only, 8 already stored" or the run's error. */
export function runSummary(run: FetchRunRecord): string {
  if (run.error) return `Failed: ${run.error}`;
  const parts = [`${run.stored} new`];
  if (run.summaries) parts.push(`${run.summaries} summary only`);
  if (run.duplicates) parts.push(`${run.duplicates} already stored`);
  if (run.skipped) parts.push(`${run.skipped} skipped`);
  return `${plural(run.items, 'item')}: ${parts.join(', ')}`;
}

export function SourceRow({ source, now, busy, onUnfollow }: { source: FollowedSource; now: Date; busy: boolean; onUnfollow(url: string): void }) {
  const lastRuns = source.history.slice(0, HISTORY_SHOWN);
  return (
    <li class="fs-row" data-testid="source-row" data-url={source.url}>
      <div class="fs-row-head">
        <h3 class="fs-name" data-testid="source-name">
          {source.name}
        </h3>
        <button type="button" class="cp-button cp-button-quiet" data-testid="unfollow" disabled={busy} aria-label={`Stop following ${source.name}`} onClick={() => onUnfollow(source.url)}>
          Unfollow
        </button>
      </div>
      <p class="cp-note fs-url">
        {source.url}
        {source.feedUrl !== source.url && <> (feed found there: {source.feedUrl})</>}
      </p>
      <p class="fs-facts">
        <span data-testid="source-last-fetch">
          {source.lastFetchAt ? (
            <>
              Last fetched {timeAgo(source.lastFetchAt, now)} (<time dateTime={source.lastFetchAt}>{exactTime(source.lastFetchAt)}</time>)
            </>
          ) : (
            'Not fetched yet'
          )}
        </span>
        {' · '}
        <span data-testid="source-articles">{plural(source.articlesStored, 'article')} stored from it</span>
        {source.notBefore && Date.parse(source.notBefore) > now.getTime() && (
          <>
            {' · '}
            <span>
              Next try after <time dateTime={source.notBefore}>{exactTime(source.notBefore)}</time>
            </span>
          </>
        )}
      </p>
      {source.lastError && (
        <p class="cp-error fs-error" data-testid="source-error">
          Last fetch failed: {source.lastError}
        </p>
      )}
      {lastRuns.length > 0 && (
        <details class="fs-history">
          <summary>{lastRuns.length === 1 ? 'Last run' : `Last ${lastRuns.length} runs`}</summary>
          <ol data-testid="source-history">
            {lastRuns.map((run) => (
              <li key={run.at} class={run.error ? 'cp-error' : undefined}>
                <time dateTime={run.at}>{exactTime(run.at)}</time> — {runSummary(run)}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

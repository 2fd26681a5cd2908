// The "Fetch now" button and the one line that says what fetching is doing or did (CONTRACT §5:
// `fetch-now`, and the progress and outcome in `role="status"`, `role="alert"` for a failure).
import type { FetchProgress } from '../../utils/follow/types';
import { exactTime, timeAgo } from '../../utils/follow/time-words';

export interface FetchStatusProps {
  progress: FetchProgress | null;
  /** A failure of the request itself (no reply, or the background refused), shown as an alert. */
  failure: string | null;
  /** Nothing followed: nothing to fetch, and the button says so. */
  sources: number;
  waiting: boolean;
  now: Date;
  onFetchNow(): void;
}

/** The background's message as a sentence followed by a space ("" when it said nothing). */
const sentence = (m: string) => (!m.trim() ? '' : /[.!?…]$/.test(m.trim()) ? `${m.trim()} ` : `${m.trim()}. `);

export function FetchStatus({ progress, failure, sources, waiting, now, onFetchNow }: FetchStatusProps) {
  const running = waiting || !!progress?.running;
  const alert = failure ?? (!progress?.running ? progress?.error : null) ?? null;
  const line = alert
    ? alert
    : progress?.running
      ? progress.message || `Fetching ${progress.sourcesDone + 1} of ${progress.sourcesTotal} sources…`
      : waiting
        ? 'Fetching…'
        : progress?.finishedAt
          ? `${sentence(progress.message)}Finished ${timeAgo(progress.finishedAt, now)} (${exactTime(progress.finishedAt)}).`
          : '';
  return (
    <div class="fs-fetch">
      <button type="button" class="cp-button" data-testid="fetch-now" disabled={running || sources === 0} onClick={onFetchNow} title={sources === 0 ? 'Follow a source first' : undefined}>
        {running ? 'Fetching…' : 'Fetch now'}
      </button>
      {alert ? (
        <p role="alert" class="cp-notice cp-notice-alert" data-testid="fetch-status">
          {line}
        </p>
      ) : (
        <p role="status" class="fs-status" data-testid="fetch-status" aria-busy={running ? 'true' : 'false'} data-finished-at={running ? undefined : progress?.finishedAt ?? undefined}>
          {line}
        </p>
      )}
    </div>
  );
}

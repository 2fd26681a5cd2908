import type { Report } from '../../utils/engine/types';
import { plural as countOf } from '../../utils/page/summary';
import { timeAgo } from '../../utils/follow/time-words';
import type { SidebarActions } from './actions';

/**
 * How to get coverage for a story the library does not cover: follow outlets (their new articles
 * are fetched on a schedule), add articles, or remember what you read. A reader who follows
 * sources already is told how fresh they are, so "not covered" is not mistaken for "not fetched".
 */
export function CoverageHint({ report, actions }: { report: Report | null; actions: SidebarActions }) {
  const f = report?.freshness;
  return (
    <>
      <p class="sc-muted" data-testid="coverage-hint">
        {f && f.following > 0 ? (
          <>
            None of the articles fetched from the {countOf(f.following, 'source', 'sources')} you follow is about this story
            {f.lastFetchAt ? ` (last fetched ${timeAgo(f.lastFetchAt, new Date())})` : ' (not fetched yet)'}. Follow more outlets that
            report on it, add other outlets' articles on this story to your library, or turn on “Remember what you read”.
          </>
        ) : (
          <>
            To compare it, follow outlets' feeds: their new articles are fetched into your library on a schedule, and the next article you
            open on a story they covered is compared with them. You can also add other outlets' articles on this story to your library, or
            turn on “Remember what you read” so that the articles you read are kept for the next one.
          </>
        )}
      </p>
      {actions.openOptions && (
        <div class="sc-buttons">
          <button type="button" class="sc-button" data-testid="follow-outlets" onClick={() => actions.openOptions?.('follow')}>
            Follow outlets
          </button>{' '}
          <button type="button" class="sc-button" data-testid="open-library" onClick={() => actions.openOptions?.()}>
            Open your library
          </button>
        </div>
      )}
    </>
  );
}

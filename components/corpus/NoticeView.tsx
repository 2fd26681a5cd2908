// A message of the library section: role="status" or role="alert" (CONTRACT §4), with an
// optional Undo and a list of details. A long list (an import that left out hundreds of files)
// sits in a closed <details>: the live region then announces the summary, not 268 reasons.
import type { Notice } from './notice';

/** Up to this many details are shown open; more are behind a "Show …" disclosure. */
const OPEN_DETAILS = 8;

export function NoticeView({ notice, onUndo, onDismiss, testid }: { notice: Notice; onUndo?: () => void; onDismiss?: () => void; testid: string }) {
  const details = notice.details ?? [];
  const list = (
    <ul data-testid={`${testid}-details`}>
      {details.map((d, i) => (
        <li key={i}>{d}</li>
      ))}
    </ul>
  );
  return (
    <div class={`cp-notice cp-notice-${notice.kind}`} role={notice.kind} data-testid={testid}>
      <p>
        {notice.text}{' '}
        {onUndo && (
          <button type="button" class="cp-button" onClick={onUndo} data-testid="undo">
            Undo
          </button>
        )}
        {onDismiss && (
          <button type="button" class="cp-button cp-button-quiet" onClick={onDismiss} aria-label="Dismiss this message">
            ×
          </button>
        )}
      </p>
      {details.length > 0 &&
        (details.length <= OPEN_DETAILS ? (
          list
        ) : (
          <details>
            <summary>Show all {details.length.toLocaleString()}</summary>
            {list}
          </details>
        ))}
    </div>
  );
}

// The sidebar's body for the states where there is nothing to compare, or comparing failed:
// a page in another language, a page too large to analyse safely, and an error with Retry.
// Messages are Preact text nodes: nothing from the page is ever parsed as markup.

export type NoticeStatus = 'unsupported-language' | 'too-large' | 'error';

export function StatusNotice({ status, message, onRetry }: { status: NoticeStatus; message: string | null; onRetry?: () => void }) {
  if (status === 'error') {
    return (
      <div class="sc-state" role="alert" data-testid="error-state">
        <p class="sc-error">Something went wrong while comparing this page{message ? `: ${message}` : '.'}</p>
        <p class="sc-muted">The page itself is unaffected.</p>
        {onRetry && (
          <button type="button" class="sc-button" data-testid="retry" onClick={() => onRetry()}>
            Retry
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="sc-state" role="status" data-testid={status}>
      <p>{status === 'unsupported-language' ? 'Language not supported yet.' : 'This page is too large to compare.'}</p>
      {message && <p class="sc-muted">{message}</p>}
    </div>
  );
}

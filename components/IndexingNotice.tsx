// Said above a comparison made while the reader's library is still being indexed (after an
// import, or the first start after an upgrade): the page was compared with part of the library.
import type { Report } from '../utils/engine/types';

export function IndexingNotice({ report }: { report: Report | null | undefined }) {
  const indexing = report?.indexing;
  if (!indexing) return null;
  const total = indexing.searchable + indexing.pending;
  return (
    <p class="sc-muted sc-small" role="status" data-testid="indexing-notice">
      Your library is still being indexed: this page was compared with {indexing.searchable.toLocaleString('en')} of its{' '}
      {total.toLocaleString('en')} articles. Open it again in a moment for a comparison with all of them.
    </p>
  );
}

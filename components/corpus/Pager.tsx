// Previous / next through the library list, one page (PAGE_SIZE rows) at a time, and where the
// reader is in it. Only one page of rows is ever in the DOM, so 10,000 documents cost what 50 do.
import type { PageWindow } from '../../utils/corpus/library-list';

export function Pager({ win, total, onPage, noun }: { win: PageWindow; total: number; onPage(page: number): void; noun: string }) {
  if (win.pages <= 1) return null;
  return (
    <nav class="cp-pager" aria-label="Pages of the list" data-testid="pager">
      <button type="button" class="cp-button cp-button-quiet" data-testid="page-prev" disabled={win.page === 0} onClick={() => onPage(win.page - 1)}>
        ← Previous
      </button>
      <span data-testid="page-status">
        Page {win.page + 1} of {win.pages.toLocaleString()} ({noun} {(win.start + 1).toLocaleString()}–{win.end.toLocaleString()} of {total.toLocaleString()})
      </span>
      <button type="button" class="cp-button cp-button-quiet" data-testid="page-next" disabled={win.page >= win.pages - 1} onClick={() => onPage(win.page + 1)}>
        Next →
      </button>
    </nav>
  );
}

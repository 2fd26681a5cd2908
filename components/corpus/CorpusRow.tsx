// One stored document in the list.
import { useEffect, useState } from 'preact/hooks';
import type { Row } from './format';
import { formatDay } from './format';

export interface RowActions {
  open(id: string): void;
  remove(id: string): void;
  setHidden(id: string, hidden: boolean): void;
}

export function CorpusRow({ row, actions, busy }: { row: Row; actions: RowActions; busy: boolean }) {
  const { doc } = row;
  const label = `“${doc.headline}”`;
  return (
    <tr data-testid="corpus-row" data-doc-id={doc.id} class={doc.hidden ? 'cp-row cp-row-hidden' : 'cp-row'}>
      <td class="cp-outlet">
        {doc.outlet}
        {doc.source === 'seed' && <span class="cp-badge">Seed</span>}
        {doc.hidden && <span class="cp-badge cp-badge-muted">Hidden — not compared</span>}
      </td>
      <td class="cp-date">{formatDay(doc.date)}</td>
      <th scope="row" class="cp-headline">
        <button type="button" class="cp-link" onClick={() => actions.open(doc.id)} data-testid="open-doc">
          {doc.headline}
        </button>
      </th>
      <td class="cp-words">{row.words.toLocaleString()}</td>
      <td class="cp-actions">
        {doc.source === 'seed' ? (
          <button
            type="button"
            class="cp-button cp-button-quiet"
            disabled={busy}
            onClick={() => actions.setHidden(doc.id, !doc.hidden)}
            aria-label={`${doc.hidden ? 'Show' : 'Hide'} seed ${label}`}
            data-testid={doc.hidden ? 'show-doc' : 'hide-doc'}
          >
            {doc.hidden ? 'Show' : 'Hide'}
          </button>
        ) : (
          <button
            type="button"
            class="cp-button cp-button-quiet"
            disabled={busy}
            onClick={() => actions.remove(doc.id)}
            aria-label={`Delete ${label}`}
            data-testid="delete-doc"
          >
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}

/** Rows rendered at once; the rest follow a chunk per frame so a large corpus never freezes the page. */
const FIRST_ROWS = 300;
const ROWS_PER_FRAME = 700;

function useProgressive(count: number): number {
  const [shown, setShown] = useState(Math.min(count, FIRST_ROWS));
  useEffect(() => {
    setShown((s) => Math.min(count, Math.max(s, FIRST_ROWS)));
    if (count <= FIRST_ROWS) return;
    let frame = 0;
    const step = () => {
      setShown((s) => {
        const next = Math.min(count, s + ROWS_PER_FRAME);
        if (next < count) frame = requestAnimationFrame(step);
        return next;
      });
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [count]);
  return Math.min(shown, count);
}

export function CorpusTable({ rows, actions, busy, caption }: { rows: Row[]; actions: RowActions; busy: boolean; caption: string }) {
  const shown = useProgressive(rows.length);
  return (
    <table class="cp-table">
      <caption class="cp-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col">Date</th>
          <th scope="col">Headline</th>
          <th scope="col" class="cp-words">Words</th>
          <th scope="col">
            <span class="cp-sr">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, shown).map((r) => (
          <CorpusRow key={r.doc.id} row={r} actions={actions} busy={busy} />
        ))}
      </tbody>
    </table>
  );
}

// One stored document in the list.
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

export function CorpusTable({ rows, actions, busy, caption }: { rows: Row[]; actions: RowActions; busy: boolean; caption: string }) {
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
        {rows.map((r) => (
          <CorpusRow key={r.doc.id} row={r} actions={actions} busy={busy} />
        ))}
      </tbody>
    </table>
  );
}

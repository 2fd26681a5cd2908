// The list of stored documents, one page of it at a time (CorpusPage pages it, PAGE_SIZE rows).
// A row is plain markup: its derived data (word count, date) is computed once per document
// (format.ts), it has no handlers or effects of its own (one delegated click handler on the
// table), and it re-renders only when its Row object changes. A remembered article is listed
// here like any other, with its Pin button: it is not listed a second time elsewhere. "Busy" disables every button at once through
// the surrounding <fieldset disabled>, not by re-rendering each row. The table is laid out as
// grid rows (corpus.css), so its ARIA roles are stated explicitly.
import { Component } from 'preact';
import type { Row } from './format';

export interface RowActions {
  open(id: string): void;
  remove(id: string): void;
  setHidden(id: string, hidden: boolean): void;
  /** Pins a remembered article (the limits never remove it) or unpins it. */
  setPinned(id: string, pinned: boolean): void;
  /** Opens the form that renames the document's outlet. */
  editOutlet(id: string): void;
  /** Exports one story's documents (grouped by story: the heading's `exportKey`). */
  exportStory?(key: string): void;
}

/** One item of the list: a document, or (grouped by story) the heading of a group. */
export type ListItem = { row: Row; heading?: undefined } | { heading: string; key: string; exportKey?: string; row?: undefined };

export class CorpusRow extends Component<{ row: Row }> {
  override shouldComponentUpdate(next: { row: Row }): boolean {
    return next.row !== this.props.row;
  }

  render({ row }: { row: Row }) {
    const { doc } = row;
    const seed = doc.source === 'seed';
    // Fetched and remembered articles expire unless pinned; the reader's own never do.
    const expires = doc.remembered || !!doc.fetchedFrom;
    return (
      <tr role="row" data-testid="corpus-row" data-doc-id={doc.id} class={doc.hidden ? 'cp-row cp-row-hidden' : 'cp-row'}>
        <td role="cell" class="cp-outlet">
          {doc.outlet}
          {seed && <span class="cp-badge">Seed</span>}
          {doc.fetchedFrom ? (
            <span class="cp-badge cp-badge-muted" data-testid="fetched-badge" title={`Fetched from the feed ${doc.fetchedFrom}`}>
              {doc.pinned ? 'Fetched, pinned' : 'Fetched'}
            </span>
          ) : (
            doc.remembered && <span class="cp-badge cp-badge-muted">{doc.pinned ? 'Remembered, pinned' : 'Remembered'}</span>
          )}
          {doc.summaryOnly && (
            <span class="cp-badge cp-badge-muted" data-testid="summary-only" title="The article’s page gave no article (a paywall or a consent wall): only the feed’s summary is stored and compared">
              Summary only
            </span>
          )}
          {doc.hidden && <span class="cp-badge cp-badge-muted">Hidden — not compared</span>}
          <button type="button" class="cp-link cp-small" data-action="edit-outlet" data-testid="edit-outlet" aria-label={`Edit the outlet of “${doc.headline}”`}>
            Edit
          </button>
        </td>
        <td role="cell" class="cp-date">{row.day}</td>
        <th role="rowheader" scope="row" class="cp-headline">
          <button type="button" class="cp-link" data-action="open" data-testid="open-doc">
            {doc.headline}
          </button>
          {row.href && (
            <a class="cp-url" href={row.href} target="_blank" rel="noopener noreferrer" data-testid="doc-url">
              {row.href}
            </a>
          )}
        </th>
        <td role="cell" class="cp-words">{row.words.toLocaleString()}</td>
        <td role="cell" class="cp-actions">
          {seed ? (
            <button
              type="button"
              class="cp-button cp-button-quiet"
              data-action={doc.hidden ? 'show' : 'hide'}
              aria-label={`${doc.hidden ? 'Show' : 'Hide'} seed “${doc.headline}”`}
              data-testid={doc.hidden ? 'show-doc' : 'hide-doc'}
            >
              {doc.hidden ? 'Show' : 'Hide'}
            </button>
          ) : (
            <>
              {expires && (
                <button
                  type="button"
                  class="cp-button cp-button-quiet"
                  data-action={doc.pinned ? 'unpin' : 'pin'}
                  data-testid="pin-doc"
                  aria-pressed={doc.pinned ? 'true' : 'false'}
                  aria-label={`${doc.pinned ? 'Unpin' : 'Pin'} “${doc.headline}”`}
                  title="A pinned article is kept whatever the limits on remembered and fetched articles say"
                >
                  {doc.pinned ? 'Pinned' : 'Pin'}
                </button>
              )}
              <button type="button" class="cp-button cp-button-quiet" data-action="delete" aria-label={`Delete “${doc.headline}”`} data-testid="delete-doc">
                Delete
              </button>
            </>
          )}
        </td>
      </tr>
    );
  }
}

class GroupHeading extends Component<{ text: string; exportKey?: string }> {
  override shouldComponentUpdate(next: { text: string; exportKey?: string }): boolean {
    return next.text !== this.props.text || next.exportKey !== this.props.exportKey;
  }

  render({ text, exportKey }: { text: string; exportKey?: string }) {
    return (
      <tr role="row" class="cp-group-head" data-testid={exportKey ? 'story-heading' : undefined}>
        <th role="rowheader" scope="colgroup" colSpan={5}>
          {text}
          {exportKey && (
            <button type="button" class="cp-button cp-button-quiet cp-small" data-action="export-story" data-story={exportKey} data-testid="export-story">
              Export this story
            </button>
          )}
        </th>
      </tr>
    );
  }
}

/** The one click handler of the table: finds the row's id and the button's action. */
function onTableClick(e: MouseEvent, actions: RowActions) {
  const button = (e.target as Element | null)?.closest?.('button[data-action]') as HTMLButtonElement | null;
  const story = button?.getAttribute('data-story');
  if (button && story && !button.disabled && button.getAttribute('data-action') === 'export-story') return actions.exportStory?.(story);
  const id = button?.closest('tr')?.getAttribute('data-doc-id');
  if (!button || !id || button.disabled) return;
  const action = button.getAttribute('data-action');
  if (action === 'open') actions.open(id);
  else if (action === 'delete') actions.remove(id);
  else if (action === 'hide' || action === 'show') actions.setHidden(id, action === 'hide');
  else if (action === 'edit-outlet') actions.editOutlet(id);
  else if (action === 'pin' || action === 'unpin') actions.setPinned(id, action === 'pin');
}

export function CorpusTable({ items, actions, busy, caption }: { items: readonly ListItem[]; actions: RowActions; busy: boolean; caption: string }) {
  return (
    // A disabled fieldset disables every button inside it in one attribute change.
    <fieldset class="cp-fieldset" disabled={busy}>
      <table role="table" class="cp-table" onClick={(e) => onTableClick(e, actions)}>
        <caption class="cp-caption">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">Outlet</th>
            <th role="columnheader" scope="col">Date</th>
            <th role="columnheader" scope="col">Headline</th>
            <th role="columnheader" scope="col" class="cp-words">
              Words
            </th>
            <th role="columnheader" scope="col">
              <span class="cp-sr">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">{items.map((it) => (it.row ? <CorpusRow key={it.row.doc.id} row={it.row} /> : <GroupHeading key={it.key} text={it.heading} exportKey={it.exportKey} />))}</tbody>
      </table>
    </fieldset>
  );
}

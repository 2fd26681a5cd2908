// "Remembered articles" on the options page: what "remember as you read" stored, newest first,
// with outlet, date and address, each pinnable (never expires) and deletable. Text is untrusted
// and rendered as text only; links only when http(s).
import type { Row } from './format';
import { plural } from './format';

export interface RememberedActions {
  setPinned(id: string, pinned: boolean): void;
  remove(id: string): void;
}

export function RememberedList({ rows, actions, busy }: { rows: readonly Row[]; actions: RememberedActions; busy: boolean }) {
  const sorted = [...rows].sort((a, b) => b.doc.addedAt.localeCompare(a.doc.addedAt) || (a.doc.id < b.doc.id ? -1 : 1));
  return (
    <section class="cp-remembered" aria-labelledby="cp-remembered-h" data-testid="remembered">
      <h2 id="cp-remembered-h">Remembered articles</h2>
      {sorted.length === 0 ? (
        <p class="cp-note">Nothing remembered yet. Turn on “Remember what you read” below, and articles you open are kept here.</p>
      ) : (
        <>
          <p class="cp-note">{plural(sorted.length, 'article')}, newest first. Pinned ones are never removed by the limits below.</p>
          <fieldset class="cp-fieldset" disabled={busy}>
            <ul class="cp-remembered-list">
              {sorted.map(({ doc, day, href }) => (
                <li key={doc.id} data-testid="remembered-row" data-doc-id={doc.id}>
                  <span>
                    <strong>{doc.outlet}</strong> · {day} · remembered {doc.addedAt.slice(0, 10)}
                  </span>
                  <span>{doc.headline}</span>
                  {href && (
                    <a class="cp-url" href={href} target="_blank" rel="noopener noreferrer">
                      {href}
                    </a>
                  )}
                  <span>
                    <button
                      type="button"
                      class="cp-button cp-button-quiet"
                      data-testid="pin-doc"
                      aria-pressed={doc.pinned ? 'true' : 'false'}
                      aria-label={`${doc.pinned ? 'Unpin' : 'Pin'} “${doc.headline}”`}
                      onClick={() => actions.setPinned(doc.id, !doc.pinned)}
                    >
                      {doc.pinned ? 'Pinned' : 'Pin'}
                    </button>{' '}
                    <button type="button" class="cp-button cp-button-quiet" data-testid="delete-remembered" aria-label={`Delete “${doc.headline}”`} onClick={() => actions.remove(doc.id)}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
        </>
      )}
    </section>
  );
}

// The sidebar's footer: "Add this article to my library" (CONTRACT §4), offered only when the
// background says the article is not stored yet. On a stored page the button could only answer
// "Not stored again", so the footer says the article is in the library and opens it instead.
import type { SidebarState } from '../utils/page/store';
import type { SidebarActions } from './sidebar/actions';

export function AddToLibrary({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  if (state.status === 'loading') return null;
  const outcome = state.addPage;
  // After a press the outcome says what happened; before, a stored page is said to be stored.
  const alreadyStored = state.pageStored === true && !outcome;
  return (
    <footer class="sc-footer">
      {state.pageStored === false && (
        <button type="button" class="sc-button" data-testid="add-page" disabled={outcome?.state === 'pending'} onClick={() => void actions.addPage()}>
          Add this article to my library
        </button>
      )}
      {alreadyStored && (
        <p class="sc-stored" data-testid="already-stored">
          Already in your library.{' '}
          {actions.openOptions && (
            <button type="button" class="sc-button" data-testid="open-library" onClick={() => actions.openOptions?.()}>
              Open your library
            </button>
          )}
        </p>
      )}
      {/* The live regions exist before they are filled, so the outcome is announced. */}
      <p class="sc-outcome" role="status">
        {outcome && outcome.state !== 'error' ? outcome.message : ''}
      </p>
      <p class="sc-outcome sc-error" role="alert">
        {outcome?.state === 'error' ? outcome.message : ''}
      </p>
    </footer>
  );
}

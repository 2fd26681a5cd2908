// The in-page helpers, in their own shadow root at the very start of the document so they come
// first in the page's tab order: a skip button (visible only when focused) that opens the sidebar
// on the first claim, and the first-run hint that says what the highlights mean and how to open
// the sidebar. Both are fixed-position: they never move the page's own content.
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState, Store } from '../utils/page/store';
import { plural } from '../utils/page/summary';

export interface PageHintActions {
  focusFirstClaim(): boolean;
  dismissHint(): void;
}

function useStore<T extends object>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

export function PageHint({ store, actions }: { store: Store<SidebarState>; actions: PageHintActions }) {
  const s = useStore(store);
  const n = s.highlightedIds.size;
  if (s.status !== 'ready' || n === 0) return null;
  const theme = s.pageDark ? 'dark' : undefined;
  return (
    <div class="sch-root" data-theme={theme}>
      {!s.open && (
        <button type="button" class="sch-skip" data-testid="skip-to-claims" onClick={() => actions.focusFirstClaim()}>
          Source comparison: go to the first of {plural(n, 'claim', 'claims')} other outlets report
        </button>
      )}
      {s.hintVisible && (
        <section class="sch-hint" role="region" aria-labelledby="sch-hint-h" data-testid="first-run-hint">
          <h2 id="sch-hint-h" class="sch-title">
            Source Compare marked {plural(n, 'sentence', 'sentences')} that other outlets also report
          </h2>
          <ul class="sch-legend">
            <li>
              <span class="sch-sample sch-contradicts">wavy red</span>: another outlet says otherwise
            </li>
            <li>
              <span class="sch-sample sch-adds">solid orange</span>: others add detail
            </li>
            <li>
              <span class="sch-sample sch-agree">dotted green</span>: others agree
            </li>
          </ul>
          <p class="sch-text">
            Click a marked sentence, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd>, to see what they say.
          </p>
          <div class="sch-buttons">
            <button type="button" class="sch-button sch-primary" data-testid="hint-open" onClick={() => actions.focusFirstClaim()}>
              Show the first claim
            </button>
            <button type="button" class="sch-button" data-testid="hint-dismiss" onClick={() => actions.dismissHint()}>
              Got it
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

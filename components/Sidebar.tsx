// The sidebar, rendered into a shadow root. It reads the content script's store and never
// touches the page; every string from the page or the corpus is a Preact text node. Its parts
// are in components/sidebar/, one per file.
import { useState } from 'preact/hooks';
import type { SidebarState, Store } from '../utils/page/store';
import type { Report } from '../utils/engine/types';
import { sidebarMode } from '../utils/page/layout';
import { shownRelation } from '../utils/page/proof-view';
import { RememberPause } from './RememberPause';
import { AddToLibrary } from './AddToLibrary';
import type { SidebarActions } from './sidebar/actions';
import { useFocusOnOpen, usePagePush, useStore, useWindowWidth } from './sidebar/hooks';
import { ResizeHandle } from './sidebar/ResizeHandle';
import { Toolbar } from './sidebar/Toolbar';
import { Help } from './sidebar/Help';
import { SidebarBody } from './sidebar/SidebarBody';

export type { SidebarActions } from './sidebar/actions';
export { PUSH_STYLE_ID } from './sidebar/hooks';
export { ADDITIONS_SHOWN } from './sidebar/Additions';
export { NARROW_PX, MIN_PAGE_PX } from '../utils/page/layout';

function contradictedTotal(report: Report | null): number {
  return report ? report.claims.filter((c) => c.matches.some((m) => shownRelation(m) === 'contradicts')).length : 0;
}

export function Sidebar({ store, actions }: { store: Store<SidebarState>; actions: SidebarActions }) {
  const state = useStore(store);
  const title = useFocusOnOpen(state.open && !state.collapsed, state.currentClaimId !== null);
  const windowWidth = useWindowWidth();
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const width = Math.min(dragWidth ?? state.prefs.width, windowWidth);
  const mode = sidebarMode(windowWidth, width, state.articleRight);
  usePagePush(state.open && !state.collapsed && mode === 'push' ? width : 0);
  if (!state.open) return null;
  const theme = state.pageDark ? 'dark' : undefined;
  if (state.collapsed) {
    const n = contradictedTotal(state.report);
    return (
      <aside class="sc-root sc-collapsed" data-theme={theme} role="complementary" aria-label="Source comparison (collapsed)">
        <button type="button" class="sc-expand" data-testid="expand" aria-expanded="false" onClick={() => actions.setCollapsed(false)}>
          <span aria-hidden="true">‹</span>
          <span class="sc-expand-label">Sources{n > 0 ? ` · ${n} contradicted` : ''}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside
      class={`sc-root sc-${mode}${dragWidth !== null ? ' sc-resizing' : ''}`}
      data-theme={theme}
      role="complementary"
      aria-label="Source comparison"
      style={{ width: `${width}px` }}
    >
      <ResizeHandle
        width={width}
        onResize={setDragWidth}
        onCommit={(w) => {
          setDragWidth(null);
          actions.setPrefs({ width: w });
        }}
      />
      <header class="sc-header">
        <h2 class="sc-title" ref={title} tabIndex={-1}>
          Source comparison
        </h2>
        <div class="sc-header-buttons">
          {actions.openOptions && (
            <button type="button" class="sc-icon-button sc-settings" data-testid="open-options" aria-label="Settings and your library (opens the options page)" title="Settings and your library" onClick={() => actions.openOptions?.()}>
              <span aria-hidden="true">⚙</span>
            </button>
          )}
          <button type="button" class="sc-icon-button" data-testid="collapse" aria-label="Collapse the sidebar" aria-expanded="true" onClick={() => actions.setCollapsed(true)}>
            <span aria-hidden="true">›</span>
          </button>
          <button type="button" class="sc-icon-button sc-close" data-testid="close" aria-label="Close source comparison" onClick={() => actions.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </header>
      {state.status === 'ready' && <Toolbar prefs={state.prefs} actions={actions} />}
      <div class="sc-scroll">
        <SidebarBody state={state} actions={actions} />
        <Help />
      </div>
      <AddToLibrary state={state} actions={actions} />
      <RememberPause />
    </aside>
  );
}

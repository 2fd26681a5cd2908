// The sidebar's hooks: its store, keyboard focus on open and close, the window's width, and
// the page's margin in push mode.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Store } from '../../utils/page/store';
import { removePageStyle, setPageStyle } from '../../utils/page/page-style';

export function useStore<T extends object>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

/**
 * Keyboard focus: opening the sidebar moves focus into it (a focused card takes it over), and
 * closing gives it back to whatever had it in the page.
 */
export function useFocusOnOpen(open: boolean, hasCurrentClaim: boolean) {
  const title = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    const active = document.activeElement as HTMLElement | null;
    returnTo.current = active && active !== document.body ? active : null;
    if (!hasCurrentClaim) title.current?.focus({ preventScroll: true });
    return () => returnTo.current?.focus?.({ preventScroll: true });
    // Only on open/close: later card picks manage their own focus.
  }, [open]);
  return title;
}

export function useWindowWidth(): number {
  const [w, setW] = useState(() => window.innerWidth);
  useEffect(() => {
    const on = () => setW(window.innerWidth);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return w;
}

export const PUSH_STYLE_ID = 'source-compare-push-style';

/**
 * Push mode: on a wide window where the sidebar would cover the article, the page gets a right
 * margin on <html> as wide as the sidebar, so the article reflows beside it instead of under it. Only on windows of NARROW_PX and more, and
 * only when MIN_PAGE_PX of page width is left: narrower than that, many sites switch to their
 * mobile layout or overflow sideways, so the sidebar overlays instead. The margin is the only change to the page's
 * layout (a page stylesheet, CSP-safe, removed on close); fixed-position page bars keep their place.
 */
export function usePagePush(px: number) {
  useEffect(() => {
    if (px <= 0) removePageStyle(document, PUSH_STYLE_ID);
    else setPageStyle(document, PUSH_STYLE_ID, `html { margin-right: ${px}px !important; }`);
  }, [px]);
  useEffect(() => () => removePageStyle(document, PUSH_STYLE_ID), []);
}

// Where the sidebar goes on the page: over it, beside the article, or pushing the page aside.

/** Below this window width the sidebar overlays the page; above it, it may push the page aside. */
export const NARROW_PX = 900;
/** Push mode leaves the page at least this wide; otherwise the sidebar overlays. */
export const MIN_PAGE_PX = 720;

export type SidebarMode = 'overlay' | 'beside' | 'push';

/**
 * 'overlay' on a narrow window (or when pushing would leave the page under MIN_PAGE_PX);
 * 'beside' when the article's text already ends left of where the sidebar starts, so the sidebar
 * covers only the page's margin or rail and the article neither moves nor reflows (no layout
 * shift: pushing a left-aligned article made every paragraph rewrap, a CLS of 0.22 at 1280 px);
 * otherwise 'push' (a right margin on <html>), so the sidebar never covers the article.
 * `articleRight` is the right edge of the article's claims in the unpushed page, null if unknown.
 */
export function sidebarMode(windowWidth: number, width: number, articleRight: number | null): SidebarMode {
  if (windowWidth < NARROW_PX || windowWidth - width < MIN_PAGE_PX) return 'overlay';
  if (articleRight !== null && articleRight <= windowWidth - width) return 'beside';
  return 'push';
}

/** The rightmost edge of a set of ranges in viewport pixels (the article's claims), or null when none has a box. */
export function rightEdge(ranges: readonly Range[]): number | null {
  let right: number | null = null;
  for (const r of ranges) {
    const box = r.getBoundingClientRect();
    if (box.width > 0 && (right === null || box.right > right)) right = box.right;
  }
  return right;
}

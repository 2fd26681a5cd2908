// Which highlighted claim, if any, a click landed on. Highlights are not elements, so the
// click target is the paragraph; the caret position under the pointer tells the text node
// and offset, which we test against the claims' ranges.

/** Elements whose clicks belong to the page (navigation, forms), never to us. */
const INTERACTIVE = 'a[href], button, input, textarea, select, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';

export function isInteractiveTarget(target: EventTarget | null): boolean {
  // nodeType, not instanceof: the target may come from another realm (page vs. content script).
  const node = target as Node | null;
  const el = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  return !!el?.closest(INTERACTIVE);
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  // caretPositionFromPoint is the standard (Firefox, Chromium 128+); caretRangeFromPoint is WebKit's older one.
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The id of the first anchored claim whose range contains the point. */
export function claimAtPoint(
  anchors: ReadonlyArray<{ claimId: string; range: Range }>,
  node: Node,
  offset: number,
): string | null {
  for (const a of anchors) {
    try {
      if (a.range.isPointInRange(node, offset)) return a.claimId;
    } catch {
      // A node from another document or a detached one: not ours.
    }
  }
  return null;
}

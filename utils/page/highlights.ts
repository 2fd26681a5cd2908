// Draws claim highlights with the CSS Custom Highlight API: the page's DOM and text are
// never touched (no wrapper elements), only a registry entry per relation and one <style>.
import type { Relation } from '../engine/types';
import { RELATION_ORDER } from './report-view';
import { removePageStyle, setPageStyle } from './page-style';

export const HIGHLIGHT_STYLE_ID = 'source-compare-highlight-style';
export const highlightName = (r: Relation) => `source-compare-${r}`;
/** Claims not found in the library's articles on the story, drawn only on request (Preferences.showUnmatched). */
export const UNMATCHED_HIGHLIGHT = 'source-compare-unmatched';
/** The claim whose card the reader hovers or picked. */
export const FOCUS_HIGHLIGHT = 'source-compare-focus';

// ::highlight() accepts only colour and decoration properties, which is what we want:
// nothing that could reflow the page. Colours are translucent so any page theme shows through;
// each relation also has its own underline style, so colour is never the only signal.
function css(dark: boolean): string {
  // On a dark page the same tints read heavier: a little more than on light, not much.
  const a = dark ? 1.2 : 1;
  return `
::highlight(${highlightName('contradicts')}) { background-color: rgba(220, 38, 38, ${0.2 * a}); text-decoration: underline wavy ${dark ? 'rgb(252, 129, 129)' : 'rgba(185, 28, 28, 0.9)'}; text-decoration-thickness: 1px; }
::highlight(${highlightName('adds')}) { background-color: rgba(217, 119, 6, ${0.16 * a}); text-decoration: underline solid ${dark ? 'rgb(246, 173, 85)' : 'rgba(180, 83, 9, 0.8)'}; }
::highlight(${highlightName('agree')}) { background-color: rgba(22, 163, 74, ${0.1 * a}); text-decoration: underline dotted ${dark ? 'rgb(104, 211, 145)' : 'rgba(21, 128, 61, 0.85)'}; }
::highlight(${UNMATCHED_HIGHLIGHT}) { text-decoration: underline dashed ${dark ? 'rgba(200, 200, 210, 0.6)' : 'rgba(100, 110, 125, 0.55)'}; }
::highlight(${FOCUS_HIGHLIGHT}) { background-color: ${dark ? 'rgba(96, 165, 250, 0.45)' : 'rgba(59, 130, 246, 0.28)'}; }
`;
}

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

type Win = Window & typeof globalThis;
const winOf = (doc: Document) => {
  const win = doc.defaultView as Win | null;
  return win && highlightsSupported(win) ? win : null;
};

/** A constructable stylesheet (not subject to the page's CSP style-src), else a <style> in <head>. */
function ensureStyle(doc: Document, dark: boolean) {
  setPageStyle(doc, HIGHLIGHT_STYLE_ID, css(dark));
}

/**
 * Registers one highlight per relation (plus the subtle one for unmatched claims when given).
 * Returns how many relation ranges were drawn.
 */
export function drawHighlights(doc: Document, byRelation: Map<Relation, Range[]>, unmatched: Range[] = [], dark = false): number {
  const win = winOf(doc);
  if (!win) return 0;
  ensureStyle(doc, dark);
  let drawn = 0;
  for (const r of RELATION_ORDER) {
    const ranges = byRelation.get(r) ?? [];
    win.CSS.highlights.delete(highlightName(r));
    if (!ranges.length) continue;
    const h = new win.Highlight(...ranges);
    // Later relations in RELATION_ORDER are less important: lower priority paints underneath.
    h.priority = RELATION_ORDER.length - RELATION_ORDER.indexOf(r);
    win.CSS.highlights.set(highlightName(r), h);
    drawn += ranges.length;
  }
  win.CSS.highlights.delete(UNMATCHED_HIGHLIGHT);
  if (unmatched.length) {
    const h = new win.Highlight(...unmatched);
    h.priority = 0;
    win.CSS.highlights.set(UNMATCHED_HIGHLIGHT, h);
  }
  return drawn;
}

/** Marks one claim (or none) as the focused one, above every relation colour. */
export function drawFocus(doc: Document, range: Range | null, dark = false): void {
  const win = winOf(doc);
  if (!win) return;
  win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
  if (!range) return;
  ensureStyle(doc, dark);
  const h = new win.Highlight(range);
  h.priority = RELATION_ORDER.length + 1;
  win.CSS.highlights.set(FOCUS_HIGHLIGHT, h);
}

export function clearHighlights(doc: Document): void {
  const win = winOf(doc);
  if (win) {
    for (const r of RELATION_ORDER) win.CSS.highlights.delete(highlightName(r));
    win.CSS.highlights.delete(UNMATCHED_HIGHLIGHT);
    win.CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }
  removePageStyle(doc, HIGHLIGHT_STYLE_ID);
}

/** Relation highlights off (the reader's switch), keeping the style for the focus mark. */
export function hideHighlights(doc: Document): void {
  const win = winOf(doc);
  if (!win) return;
  for (const r of RELATION_ORDER) win.CSS.highlights.delete(highlightName(r));
  win.CSS.highlights.delete(UNMATCHED_HIGHLIGHT);
}

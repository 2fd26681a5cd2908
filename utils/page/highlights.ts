// Draws claim highlights with the CSS Custom Highlight API: the page's DOM and text are
// never touched (no wrapper elements), only a registry entry per relation and one <style>.
import type { Relation } from '../engine/types';
import { RELATION_ORDER } from './report-view';

export const HIGHLIGHT_STYLE_ID = 'source-compare-highlight-style';
export const highlightName = (r: Relation) => `source-compare-${r}`;

// ::highlight() accepts only colour and decoration properties, which is what we want:
// nothing that could reflow the page. Colours are translucent so any page theme shows through.
const CSS = `
::highlight(${highlightName('contradicts')}) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline wavy rgba(185, 28, 28, 0.9); }
::highlight(${highlightName('adds')}) { background-color: rgba(217, 119, 6, 0.20); text-decoration: underline rgba(180, 83, 9, 0.8); }
::highlight(${highlightName('agree')}) { background-color: rgba(22, 163, 74, 0.16); text-decoration: underline dotted rgba(21, 128, 61, 0.8); }
`;

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

/** Registers one highlight per relation. Returns how many ranges were drawn. */
export function drawHighlights(doc: Document, byRelation: Map<Relation, Range[]>): number {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !highlightsSupported(win)) return 0;
  if (!doc.getElementById(HIGHLIGHT_STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = HIGHLIGHT_STYLE_ID;
    style.textContent = CSS;
    // In <head>, so the body's text content is untouched.
    (doc.head ?? doc.documentElement).append(style);
  }
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
  return drawn;
}

export function clearHighlights(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && highlightsSupported(win)) for (const r of RELATION_ORDER) win.CSS.highlights.delete(highlightName(r));
  doc.getElementById(HIGHLIGHT_STYLE_ID)?.remove();
}

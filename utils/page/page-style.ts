// A stylesheet the content script adds to the page (the ::highlight() colours) that works under
// any Content-Security-Policy: a constructable stylesheet in document.adoptedStyleSheets is not
// subject to style-src, unlike a <style> element. Where adopting fails (an old engine, or a
// cross-compartment quirk), it falls back to a <style> in <head>.
// The page's text and element tree are untouched either way (adopted sheets are not elements).

interface Owned {
  sheet: CSSStyleSheet;
  text: string;
}
const owned = new WeakMap<Document, Map<string, Owned>>();

function constructSheet(doc: Document): CSSStyleSheet | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    // The page window's constructor: a sheet must be constructed in the document's own realm.
    const Ctor = (win?.CSSStyleSheet ?? globalThis.CSSStyleSheet) as typeof CSSStyleSheet | undefined;
    if (!Ctor || !('adoptedStyleSheets' in doc)) return null;
    const sheet = new Ctor();
    return typeof sheet.replaceSync === 'function' ? sheet : null;
  } catch {
    return null;
  }
}

/** Adds or updates the page stylesheet `id` with `css`. Returns how it was applied. */
export function setPageStyle(doc: Document, id: string, css: string): 'adopted' | 'element' {
  let map = owned.get(doc);
  const mine = map?.get(id);
  if (mine) {
    if (mine.text !== css) {
      mine.sheet.replaceSync(css);
      mine.text = css;
    }
    return 'adopted';
  }
  const sheet = constructSheet(doc);
  if (sheet) {
    try {
      sheet.replaceSync(css);
      // Keep the page's own adopted sheets; ours goes last.
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (!map) owned.set(doc, (map = new Map()));
      map.set(id, { sheet, text: css });
      doc.getElementById(id)?.remove();
      return 'adopted';
    } catch {
      // Fall through to a <style> element.
    }
  }
  let style = doc.getElementById(id);
  if (!style) {
    style = doc.createElement('style');
    style.id = id;
    // In <head>, so the body's text content is untouched.
    (doc.head ?? doc.documentElement).append(style);
  }
  if (style.textContent !== css) style.textContent = css;
  return 'element';
}

export function removePageStyle(doc: Document, id: string): void {
  const mine = owned.get(doc)?.get(id);
  if (mine) {
    try {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== mine.sheet);
    } catch {
      // The document is going away; nothing to undo.
    }
    owned.get(doc)!.delete(id);
  }
  doc.getElementById(id)?.remove();
}

// A whitespace-normalised view of a live page's text, with a map from every character back
// to the DOM text node and offset it came from (the approach Hypothesis uses to anchor
// quotes). Anchors are stored as offsets into `text`; DOM Ranges are made only when drawing,
// so nothing here ever mutates the page.

/** Elements whose text is never shown as prose (or is not the page's own text). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS']);

/** Elements that start a new line of text: a virtual space separates their text from the previous text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const WS = /[\s\u00a0\u200b\ufeff]/;

export interface TextMap {
  /** Normalised text: whitespace runs are one space, blocks are separated by one space. */
  text: string;
  nodes: Text[];
  /** For each char of `text`: index into `nodes`, or -1 for a virtual separator. */
  nodeOf: Int32Array;
  /** For each char of `text`: offset inside its node (for -1 chars: unused). */
  offsetOf: Int32Array;
}

export interface TextMapOptions {
  /** Subtrees to leave out (e.g. the extension's own UI host). */
  exclude?: (el: Element) => boolean;
}

/** Collapses whitespace the same way `buildTextMap` does; used on quotes before searching. */
export function normalizeText(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const nodes: Text[] = [];
  // Whether the last emitted char is a space (real or virtual); starts true so leading space is dropped.
  let lastSpace = true;
  let pendingBreak = false;

  const pushSpace = (node: number, offset: number) => {
    if (lastSpace) return;
    chars.push(' ');
    nodeOf.push(node);
    offsetOf.push(offset);
    lastSpace = true;
  };

  const visit = (n: Node): void => {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (!data) return;
      const idx = nodes.length;
      nodes.push(n as Text);
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (WS.test(ch)) {
          pushSpace(idx, i);
          continue;
        }
        if (pendingBreak) {
          pushSpace(-1, 0);
          pendingBreak = false;
        }
        chars.push(ch);
        nodeOf.push(idx);
        offsetOf.push(i);
        lastSpace = false;
      }
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || el.hasAttribute('hidden') || opts.exclude?.(el)) return;
      if (BLOCK.has(tag)) pendingBreak = true;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
    if (n.nodeType === 1 && BLOCK.has((n as Element).tagName.toUpperCase())) pendingBreak = true;
  };
  visit(root);

  // Drop a trailing space so `text` is trimmed like normalizeText's output.
  if (chars.length && chars[chars.length - 1] === ' ') {
    chars.pop();
    nodeOf.pop();
    offsetOf.pop();
  }
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** DOM position of a normalised span's boundaries, skipping virtual separators. Null when empty. */
export function resolveSpan(
  map: TextMap,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(map.text.length, end);
  while (s < e && map.nodeOf[s] === -1) s++;
  while (e > s && map.nodeOf[e - 1] === -1) e--;
  if (s >= e) return null;
  const startNode = map.nodes[map.nodeOf[s]!]!;
  const endNode = map.nodes[map.nodeOf[e - 1]!]!;
  return { startNode, startOffset: map.offsetOf[s]!, endNode, endOffset: map.offsetOf[e - 1]! + 1 };
}

/** A live DOM Range for a normalised span; null if the span is empty or the nodes changed length. */
export function rangeForSpan(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const pos = resolveSpan(map, start, end);
  if (!pos) return null;
  // The page may have edited its text since the map was built; an out-of-bounds offset means
  // the anchor is stale, and drawing nothing beats drawing on the wrong words.
  if (pos.startOffset > pos.startNode.length || pos.endOffset > pos.endNode.length) return null;
  const range = doc.createRange();
  range.setStart(pos.startNode, pos.startOffset);
  range.setEnd(pos.endNode, pos.endOffset);
  return range;
}

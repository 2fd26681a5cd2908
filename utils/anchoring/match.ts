// Finds quotes (the engine's claims, taken from Readability's text) in a page's normalised
// text. Exact search first, in reading order so repeated sentences land on the right copy;
// a fuzzy fallback (diff-match-patch's Bitap on the quote's head and tail) covers text that
// Readability or the page rendered slightly differently.
import DiffMatchPatch from 'diff-match-patch';
import { normalizeText } from './text-map';

export interface AnchorSpan {
  start: number;
  end: number;
  /** How the quote was found. */
  how: 'exact' | 'fuzzy';
}

/** Bitap (match_main) works on patterns of at most 32 characters. */
const BITAP_MAX = 32;

/**
 * Anchors each quote in `haystack` (already normalised with normalizeText / buildTextMap).
 * Quotes are expected roughly in document order: each search starts where the previous
 * anchor ended and falls back to the whole text.
 */
export function anchorQuotes(haystack: string, quotes: readonly string[]): (AnchorSpan | null)[] {
  let cursor = 0;
  let dmp: DiffMatchPatch | null = null;
  return quotes.map((raw) => {
    const quote = normalizeText(raw);
    if (!quote) return null;
    let at = haystack.indexOf(quote, cursor);
    if (at < 0) at = haystack.indexOf(quote);
    if (at >= 0) {
      cursor = at + quote.length;
      return { start: at, end: at + quote.length, how: 'exact' };
    }
    dmp ??= new DiffMatchPatch();
    const found = fuzzyFind(dmp, haystack, quote, cursor);
    if (found) cursor = found.end;
    return found;
  });
}

/** Fuzzy search: Bitap for head and tail, then a check that the whole span is close to the quote. */
export function fuzzyFind(dmp: DiffMatchPatch, haystack: string, quote: string, expected: number): AnchorSpan | null {
  // Short quotes carry too little signal to place fuzzily without false hits.
  if (quote.length < 20 || haystack.length === 0) return null;
  dmp.Match_Threshold = 0.35;
  // Location only breaks ties: a whole article's length keeps far matches allowed.
  dmp.Match_Distance = Math.max(1000, haystack.length);
  const head = quote.slice(0, BITAP_MAX);
  const tail = quote.slice(-BITAP_MAX);
  const loc = Math.min(Math.max(0, expected), haystack.length);
  const s = dmp.match_main(haystack, head, loc);
  if (s < 0) return null;
  const e = dmp.match_main(haystack, tail, Math.min(haystack.length, s + quote.length - tail.length));
  if (e < s) return null;
  // Bitap's locations are approximate when words were dropped or added; a diff of the quote
  // against a window around them gives exact edges: text before the first and after the
  // last aligned char shows up as leading/trailing insertions.
  const slack = Math.ceil(quote.length * 0.25);
  const w0 = Math.max(0, s - slack);
  const w1 = Math.min(haystack.length, e + tail.length + slack);
  const diffs = dmp.diff_main(quote, haystack.slice(w0, w1), false);
  dmp.diff_cleanupSemantic(diffs);
  let lead = 0;
  let trail = 0;
  if (diffs.length && diffs[0]![0] === DiffMatchPatch.DIFF_INSERT) lead = diffs.shift()![1].length;
  if (diffs.length && diffs[diffs.length - 1]![0] === DiffMatchPatch.DIFF_INSERT) trail = diffs.pop()![1].length;
  const start = w0 + lead;
  const end = w1 - trail;
  if (end - start < quote.length * 0.75 || end - start > quote.length * 1.25) return null;
  if (dmp.diff_levenshtein(diffs) > quote.length * 0.2) return null;
  return { start, end, how: 'fuzzy' };
}

// Links to the other outlet's article at the matched sentence, with a text fragment
// (https://wicg.github.io/scroll-to-text-fragment/): URL#:~:text=[prefix-,]start[,end][,-suffix].
// Browsers that support it (Chromium, Firefox 131+) scroll to and mark the sentence; others
// just open the page.
import { httpUrl } from '../url';

/**
 * Sentences of at most this many words are quoted whole. Longer ones are given as their first
 * and last words (`textStart,textEnd`): a long exact quote fails on any small difference between
 * our extracted text and the live page (a reworded caption, a soft hyphen), and makes a long URL.
 */
const WHOLE_SENTENCE_WORDS = 10;
/** Words at each end of a long sentence: enough to be unique in an article, short enough to survive. */
const EDGE_WORDS = 4;

/**
 * Percent-encodes a fragment term: everything encodeURIComponent encodes, plus '-' (the prefix/
 * suffix marker); ',' and '&' (the spec's separators) are encoded by encodeURIComponent already.
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(wellFormed(term)).replace(/-/g, '%2D');
}

/** Half of a surrogate pair with no other half: UTF-8, and so a URL, cannot hold it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `s` with each lone surrogate made U+FFFD, as a browser decoding the page would show it.
 * encodeURIComponent throws a URIError on a lone surrogate, and a stored article's text may hold
 * one (an import file's "\ud800", a page cut at a length limit inside an emoji): the match's link
 * then threw while the sidebar rendered it.
 */
function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/** The `text=` directive's value for `sentence` (already encoded). */
export function textDirective(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length <= WHOLE_SENTENCE_WORDS) return encodeFragmentTerm(words.join(' '));
  return `${encodeFragmentTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentTerm(words.slice(-EDGE_WORDS).join(' '))}`;
}

/** `url` (its own fragment dropped) pointing at `sentence`; null when `url` is not http(s). */
export function textFragmentUrl(url: string, sentence: string): string | null {
  const u = httpUrl(url);
  if (!u) return null;
  u.hash = '';
  const directive = textDirective(sentence);
  return directive ? `${u.href}#:~:text=${directive}` : u.href;
}

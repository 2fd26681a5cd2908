// Page furniture: what a news page prints around and inside its article that is not a claim of
// the article — breadcrumbs, photo captions and credits, bylines and datelines of publication,
// "Topics: …" tag lists, share buttons and related-links lists. Readability keeps some of it (a
// <figcaption>, a tag list inside <article>), and the engine would split it into claims, highlight
// it and store it with an added page. Two passes, both pure:
//  1. removeFurniture(doc): on the clone, before Readability, elements marked up as furniture;
//  2. isFurnitureLine(line): on the extracted text, lines that read as furniture whatever their
//     markup (a <p>Topics: China · Trade</p>).
// A credit inside a sentence stays: "BEIJING (Reuters) - China said …" is the sentence's dateline,
// and only a line that is nothing but a credit is furniture.

/**
 * Elements whose markup says they are furniture. Class and id matches are substrings, so
 * `article-tags` and `share-bar` are caught; the word limit below keeps a container that merely
 * has such a class (`<div class="share-enabled">` around the whole article) from being removed.
 */
const FURNITURE_SELECTORS = [
  'nav',
  '[itemtype*="BreadcrumbList"]',
  '[aria-label*="readcrumb"]',
  '[class*="breadcrumb"]',
  '[id*="breadcrumb"]',
  'figcaption',
  '[class*="caption"]',
  '[class*="credit"]',
  '[class*="byline"]',
  '[rel="author"]',
  '[class*="dateline-published"]',
  '[class*="tag-list"]',
  '[class*="tags"]',
  '[class*="topics"]',
  '[rel="tag"]',
  '[class*="share"]',
  '[class*="social"]',
  '[class*="related"]',
  '[class*="newsletter"]',
  '[class*="comments"]',
  '[id*="comments"]',
].join(',');

/**
 * Furniture is short: a caption or tag list is a line or two. 60 words is about three lines of a
 * caption; anything longer that matched a selector is a container holding article text.
 */
const MAX_FURNITURE_WORDS = 60;

/** Always furniture, whatever its length: a caption describes a picture, not the story. */
const ALWAYS = new Set(['FIGCAPTION']);

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export interface FurnitureRemoval {
  /** Elements removed. */
  removed: number;
  /** The first byline's text, before it was removed (an author when the metadata names none). */
  byline: string | null;
}

/** Removes furniture elements from `doc` (a clone: it is changed in place). */
export function removeFurniture(doc: Document): FurnitureRemoval {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { removed: 0, byline: null };
  let removed = 0;
  let byline: string | null = null;
  for (const el of Array.from(root.querySelectorAll(FURNITURE_SELECTORS))) {
    // Inside an element removed before it (document order puts ancestors first).
    if (!root.contains(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!ALWAYS.has(el.tagName.toUpperCase()) && words(text) > MAX_FURNITURE_WORDS) continue;
    if (byline === null && /byline/i.test(el.getAttribute('class') ?? '') && text) byline = text;
    el.remove();
    removed++;
  }
  return { removed, byline };
}

/** Breadcrumb separators, between spaces: "Home › World › Asia". */
const CRUMB_SEPARATOR = /\s+[›»>/|·•]\s+/;
/** A breadcrumb's steps are section names: a few words each. */
const MAX_CRUMB_WORDS = 4;
/** Lines of these kinds are at most this long; a longer line is prose that happens to start alike. */
const MAX_LABEL_LINE_WORDS = 20;
const MAX_BYLINE_WORDS = 12;

const ENDS_SENTENCE = /[.!?]["”’)]?$/;

/** Names of news agencies and photo services whose bare credit is a line of its own under a picture. */
const CREDIT_NAMES = 'reuters|ap|afp|dpa|xinhua|bloomberg|getty images|ap photo|epa|anadolu|file photo|file|photo|handout';

const RULES: { name: string; test: (line: string, n: number) => boolean }[] = [
  {
    name: 'breadcrumb',
    test: (line) => {
      if (ENDS_SENTENCE.test(line)) return false;
      const steps = line.split(CRUMB_SEPARATOR);
      return steps.length >= 3 && steps.every((s) => s.trim() && words(s) <= MAX_CRUMB_WORDS);
    },
  },
  {
    name: 'tag list',
    test: (line, n) => n <= MAX_LABEL_LINE_WORDS && /^(topics?|tags?|tagged|filed under|related topics|categories|keywords|more (on|about))\s*:/i.test(line),
  },
  {
    name: 'standalone credit',
    test: (line, n) =>
      n <= 8 &&
      (new RegExp(`^[(\\[]?\\s*(${CREDIT_NAMES})\\s*[)\\]]?\\.?$`, 'i').test(line) ||
        /^[(\[]?\s*(photo|photos|photograph|image|images|picture|illustration|graphic|video|credit|source: [\w .]+ photo)\s*(:|by\b|©|\/)/i.test(line) ||
        /^©/.test(line) ||
        /^[\w .&-]*\b(photo|images?)\s*\/\s*[\w .&-]+$/i.test(line)),
  },
  {
    name: 'byline',
    test: (line, n) =>
      n <= MAX_BYLINE_WORDS &&
      !ENDS_SENTENCE.test(line) &&
      /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&)\s*[^.!?]*)?$/u.test(line),
  },
  {
    name: 'publication time',
    test: (line, n) => n <= MAX_BYLINE_WORDS && !ENDS_SENTENCE.test(line) && /^(published|updated|last updated|posted|first published)\b/i.test(line),
  },
  {
    name: 'share or related links',
    test: (line, n) =>
      (n <= 6 &&
        /^(share( this( article| story)?)?( on [\w ]+)?|follow us( on [\w ]+)?|listen to this article|\d+\s*min(ute)?s? read|comments?( \(\d+\))?|advertisement|sign up|subscribe|print|email|copy link)\s*:?$/i.test(line)) ||
      (n <= MAX_LABEL_LINE_WORDS && /^(read more|related( articles| stories| coverage)?|see also|more on this story|also read|recommended)\s*:/i.test(line)),
  },
];

/** Which kind of furniture `line` is, or null when it is (or may be) article text. */
export function furnitureKind(line: string): string | null {
  const s = line.replace(/\s+/g, ' ').trim();
  if (!s) return null;
  const n = words(s);
  return RULES.find((r) => r.test(s, n))?.name ?? null;
}

export const isFurnitureLine = (line: string): boolean => furnitureKind(line) !== null;

/** The lines of `text` that are not furniture, in order. */
export function dropFurnitureLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => !isFurnitureLine(l))
    .join('\n');
}

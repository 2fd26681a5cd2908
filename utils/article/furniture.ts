// Page furniture: what a news page prints around and inside its article that is not a claim of
// the article — breadcrumbs, photo captions and credits, bylines and datelines of publication,
// "Topics: …" tag lists, share buttons and related-links lists. Readability keeps some of it (a
// <figcaption>, a tag list inside <article>), and the engine would split it into claims, highlight
// it and store it with an added page. Two passes, both pure:
//  1. removeFurniture(doc): on the clone, before Readability, elements marked up as furniture;
//  2. isFurnitureLine(line): on the extracted text, lines that read as furniture whatever their
//     markup (a <p>Topics: China · Trade</p>).
// A credit inside a sentence stays: "BEIJING (Reuters) - China said …" is the sentence's dateline,
// and only a line that is nothing but a credit is furniture. The same holds for dates: "The board
// voted on May 12, 2025" is a claim, while a line under the headline that holds only "May 12, 2025"
// (or only a <time> element, whatever it says: "3 hours ago") tells when the page was published.
import { BLOCK_TAGS, SKIP_TAGS } from './blocks';

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

/** A date line is a line or two of a byline block at most: anything longer holds more than the date. */
const MAX_DATE_WORDS = 12;

const isElement = (n: Node): n is Element => n.nodeType === 1;
const tagOf = (el: Element) => el.tagName.toUpperCase();
const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');
/** A node that ends blockText's line: a block element, or an inline one wrapping a block. */
const breaksLine = (n: Node) => isElement(n) && (BLOCK_TAGS.has(tagOf(n)) || n.querySelector(BLOCK_SELECTOR) !== null);
/** Text as blockText reads it: nothing from <script>, <style>, buttons and the like. */
function readableText(n: Node): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (!isElement(n) || SKIP_TAGS.has(tagOf(n))) return '';
  let out = '';
  for (let c = n.firstChild; c; c = c.nextSibling) out += readableText(c);
  return out;
}

/**
 * The text of the line `el` will be on once blockText has read the article: its inline ancestors
 * up to the nearest block, and the inline siblings next to them up to the next line break.
 */
function lineOf(el: Element, root: Element): string {
  let top: Node = el;
  while (top.parentNode && top.parentNode !== root && isElement(top.parentNode) && !BLOCK_TAGS.has(tagOf(top.parentNode))) top = top.parentNode;
  let text = readableText(top);
  for (let n = top.previousSibling; n && !breaksLine(n); n = n.previousSibling) text = readableText(n) + text;
  for (let n = top.nextSibling; n && !breaksLine(n); n = n.nextSibling) text += readableText(n);
  return text;
}

/**
 * A <time> element alone on its line (nothing beside it but punctuation) is the page's date
 * line, whatever it says; a <time> inside a sentence is part of the claim and stays. Its text
 * is what would become a claim, so it goes (the page's date is read from the metadata first).
 */
function isLoneTime(el: Element, root: Element): boolean {
  const own = readableText(el).replace(/\s+/g, ' ').trim();
  if (!own || words(own) > MAX_DATE_WORDS || el.querySelector(BLOCK_SELECTOR)) return false;
  const rest = lineOf(el, root).replace(/\s+/g, ' ').replace(own, '');
  return !/[\p{L}\p{N}]/u.test(rest);
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
  for (const el of Array.from(root.querySelectorAll('time'))) {
    if (!root.contains(el) || !isLoneTime(el, root)) continue;
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

const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
const WEEKDAY = /^(mon(day)?|tues?(day)?|wed(nesday)?|thu(rs?)?(day)?|fri(day)?|sat(urday)?|sun(day)?)$/;
/** A day of the month (with its ordinal) or a year. */
const DAY_OR_YEAR = /^(\d{1,2}(st|nd|rd|th)?|(19|20)\d{2})$/;
/** 2025-05-12, 12/05/2025, 12.05.25; an ISO timestamp. */
const NUMERIC_DATE = /^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{4}-\d{2}-\d{2}t[\d:.]+(z|[+-]\d{2}:?\d{2})?)$/;
/** 10:32, 10:32:05, 10:32am, 10am. */
const CLOCK = /^(\d{1,2}:\d{2}(:\d{2})?(am|pm)?|\d{1,2}(am|pm))$/;
/** 14.32 (British style): a time beside a date, but alone it may as well be a price. */
const DOTTED_CLOCK = /^\d{1,2}\.\d{2}(am|pm)?$/;
/** What may sit beside a date on its line: am/pm, a time zone (with an offset), "at". */
const DATE_FILLER = /^(am|pm|at|z|utc|gmt|et|ct|mt|pt|[ecmp][sd]t|bst|cet|cest|eet|eest|ist|jst|kst|hkt|sgt|aest|aedt|awst|nzst|nzdt|msk)([+-]\d{1,2}(:?\d{2})?)?$/;

/**
 * A line that is nothing but a date and/or a time ("May 12, 2025", "Mon 12 May 2025 14.32 BST",
 * "2025-05-12", "10:32 a.m. ET"). It needs a date's shape (a month with a number, a numeric date
 * or a clock time), so a bare number or a heading like "May Day" is not one; and every word must
 * be part of it, so a sentence that gives a date is never one.
 */
export function isDateLine(line: string): boolean {
  const tokens = line
    .toLowerCase()
    .replace(/\b([ap])\.\s?m\.?/g, '$1m')
    .split(/[\s,|·•–—()[\]]+/)
    .map((t) => t.replace(/^[.:-]+|[.:-]+$/g, ''))
    .filter(Boolean);
  if (!tokens.length || tokens.length > MAX_DATE_WORDS) return false;
  let month = false;
  let number = false;
  let shaped = false;
  for (const t of tokens) {
    if (MONTH.test(t)) month = true;
    else if (DAY_OR_YEAR.test(t)) number = true;
    else if (NUMERIC_DATE.test(t) || CLOCK.test(t)) shaped = true;
    else if (!WEEKDAY.test(t) && !DATE_FILLER.test(t) && !DOTTED_CLOCK.test(t)) return false;
  }
  return shaped || (month && number);
}

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
    name: 'date line',
    test: (line) => isDateLine(line),
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

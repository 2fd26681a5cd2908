// Sentence segmentation with exact offsets.
//
// Rules (each one is about English news prose in general, not about a given text):
// - A line break is a hard boundary: headlines, subheads and bylines carry no final period.
// - A sentence ends at `.`, `!`, `?` or `…` (or `...`), optionally followed by closing quotes or
//   brackets, when whitespace follows and the next word can start a sentence (an upper-case
//   letter, a digit or an opening quote).
// - A period does NOT end a sentence after a title that always precedes a name ("Mr.", "Sen.",
//   "Gov."), after a single-letter initial ("Joseph R. Biden", "J. Trump"), inside a decimal
//   ("2.5", no whitespace follows) or after a dotted acronym such as "U.S." unless the next word
//   is one that typically opens a sentence ("U.S. officials" vs "...in the U.S. The talks").
// - Suffixes and state/month abbreviations ("Jr.", "Calif.", "Jan.") can end a sentence, so they
//   do so only when the next word typically opens one (a pronoun, article, title such as "Mr.").
// - A closing quote directly followed by an opening quote starts a new sentence.
import type { Sentence } from '../types';

/** Abbreviations that always precede a name or number, so never end a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'reps', 'sens', 'gov', 'gen', 'lt', 'col', 'capt',
  'cmdr', 'adm', 'sgt', 'maj', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'no', 'vs', 'v', 'cf', 'approx',
  'dept', 'fig', 'sec', 'supt', 'atty', 'insp',
]);

/** Abbreviations that may end a sentence (suffixes, states, months, companies, e.g./etc.). */
const SOFT_ABBREVIATIONS = new Set([
  'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'etc', 'al', 'eg', 'ie',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Words that typically open a sentence: after an ambiguous abbreviation ("U.S.", "Jr.") they tell
 * us that the period also ended the sentence.
 */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'his', 'her', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after',
  'before', 'since', 'when', 'while', 'as', 'if', 'however', 'meanwhile', 'still', 'now', 'then',
  'there', 'some', 'many', 'most', 'both', 'officials', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov',
  'president', 'last', 'earlier', 'later', 'according', 'asked', 'under', 'with', 'without',
]);

const OPEN_QUOTES = '“‘"\'«(';
const CLOSE_QUOTES = '”’"\'»)]';

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) splitLine(text, m.index, m.index + m[0].length, out);
  return out;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i];
    let end = -1; // exclusive end of the sentence when a boundary is found at i
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
      while (j < to && CLOSE_QUOTES.includes(text[j])) j++;
      if (j >= to || /\s/.test(text[j])) {
        if (isBoundary(text, i, j, to)) end = j;
      }
      i = j;
    } else if (isClosingQuote(text, i) && i + 2 < to && /\s/.test(text[i + 1]) && '“"'.includes(text[i + 2])) {
      // `…tone.” “Both parties…` is handled above; this covers `…said,” “Both…` (a quoted run-on).
      const prev = text[i - 1];
      if (prev === '.' || prev === '!' || prev === '?') end = i + 1;
      i++;
    } else {
      i++;
    }
    if (end > 0) {
      push(text, start, end, out);
      start = end;
    }
  }
  push(text, start, to, out);
}

function isClosingQuote(text: string, i: number): boolean {
  return text[i] === '”' || (text[i] === '"' && i > 0 && !/\s/.test(text[i - 1]));
}

/** Is the terminator at `dot` (run ending at `after`) the end of a sentence? */
function isBoundary(text: string, dot: number, after: number, lineEnd: number): boolean {
  // The next word (skipping whitespace and opening quotes).
  let k = after;
  while (k < lineEnd && /\s/.test(text[k])) k++;
  if (k >= lineEnd) return true;
  const nextCh = text[k];
  const nextWordMatch = /^[“‘"'«(]*([\p{L}\p{N}][\p{L}\p{N}’'-]*)/u.exec(text.slice(k, k + 40));
  const nextWord = nextWordMatch ? nextWordMatch[1] : '';
  const nextIsUpper = /^[\p{Lu}\p{N}]/u.test(nextWord) || OPEN_QUOTES.includes(nextCh);
  if (!nextIsUpper) return false; // "… and 2.5 … e.g. this" or an ellipsis inside a sentence
  if (text[dot] !== '.') return true;
  if (after - dot > 1 && text[dot + 1] === '.') return true; // "..." before a capital: new sentence
  // The token ending with this period.
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const token = text.slice(w, dot); // e.g. "Mr", "U.S", "R", "Calif"
  if (!token) return true;
  const bare = token.replace(/\./g, '').toLowerCase();
  const opener = SENTENCE_OPENERS.has(nextWord.toLowerCase().replace(/[’'].*$/, ''));
  if (TITLES.has(bare) && !token.includes('.')) return false;
  if (/^\p{Lu}$/u.test(token)) return false; // an initial: "Joseph R. Biden"
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return opener; // dotted acronym: "U.S", "D.C"
  if (SOFT_ABBREVIATIONS.has(bare) && /^\p{Lu}?\p{Ll}+$/u.test(token)) return opener;
  return true;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) {
    out.push({ start, end, text: text.slice(start, end) });
  }
}

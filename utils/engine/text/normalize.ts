// Tokens, stems, aliases and concepts: the word-level normal form every comparison is made on.
import {
  ATTRIBUTION_WORDS, CONCEPTS, IRREGULAR, MONTHS, OUTLET_NAMES, PHRASE_ALIASES, PLACE_KEYS, STOPWORDS, WEEKDAYS,
} from './lexicon';

export interface Token {
  /** Surface form, e.g. "Beijing’s" → "Beijing" (possessive removed). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/** A normalized content term with its position among the sentence's tokens. */
export interface Term {
  /** Canonical form: a concept ("tariff"), an alias ("usa") or a stem ("fentanyl"). */
  key: string;
  /** Index of the first token the term covers. */
  tok: number;
  /** Number of tokens covered (phrases cover several). */
  len: number;
  /** Attribution / reporting word: kept for scope, never counted as a match or a detail. */
  attribution: boolean;
}

/**
 * Punctuation that ends a clause, tested on the raw text between two tokens: a comma, a
 * semicolon, a colon, a bracket or a dash ("the toll, now 12, …", "— a figure officials later
 * revised —"). Every reader of a figure's or a predicate's clause uses this one definition.
 */
export const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

/** A clause break, or a quote mark (a quotation opens or closes): where a name or a predicate's words stop. */
export const CLAUSE_OR_QUOTE = new RegExp(CLAUSE_BREAK.source.slice(0, -1) + '“”"]');

// A word: dotted acronyms (U.S.), ordinals in digits (21st, 104th: one word, a position and not
// a count), numbers with separators (450,000 / 2.5), words with inner apostrophes or hyphens, or
// a currency/percent sign.
const WORD_RE = /(?:\p{L}\.){2,}|\p{N}+(?:st|nd|rd|th)(?![\p{L}\p{N}])|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:[’'][\p{L}]+)*|[$€£¥%]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let m: RegExpExecArray | null;
  WORD_RE.lastIndex = 0;
  while ((m = WORD_RE.exec(text))) {
    let word = m[0];
    const start = m.index;
    // "Beijing’s" → "Beijing"; "wasn’t" → "was" + "n’t"; "won’t" → "will" + "n’t".
    const apos = /^(.*?)([’']s|[’'])$/u.exec(word);
    if (apos && apos[1]) word = apos[1];
    const neg = /^(.+?)(n[’']t)$/iu.exec(word);
    if (neg) {
      const base = neg[1].toLowerCase();
      const fixed = base === 'wo' ? 'will' : base === 'ca' ? 'can' : base === 'sha' ? 'shall' : neg[1];
      out.push(mk(fixed, start, start + neg[1].length));
      out.push(mk('n’t', start + neg[1].length, start + word.length));
      continue;
    }
    out.push(mk(word, start, start + word.length));
  }
  // Prefix "de-" keeps its meaning: "de-escalate" must not become "escalate".
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i].lower === 'de' && text[out[i].end] === '-' && out[i + 1].start === out[i].end + 1) {
      out.splice(i, 2, mk(out[i].text + out[i + 1].text, out[i].start, out[i + 1].end));
    }
  }
  return out;
}

function mk(text: string, start: number, end: number): Token {
  return { text, lower: text.toLowerCase(), start, end, cap: /^\p{Lu}/u.test(text) };
}

/**
 * A light English stemmer (suffix stripping in the spirit of Porter, much smaller): enough to
 * make "tariffs"/"tariff", "negotiations"/"negotiating"/"negotiate", "reduced"/"reducing" meet.
 */
export function stem(word: string): string {
  let v = STEM_MEMO.get(word);
  if (v === undefined) {
    if (STEM_MEMO.size >= WORD_MEMO_MAX) STEM_MEMO.clear();
    STEM_MEMO.set(word, (v = stemUncached(word)));
  }
  return v;
}

/**
 * Bound of the stem and word-key memos. English news uses some tens of thousands of distinct
 * word forms (the 10,000-document bench corpus: ~30,000); 200,000 entries (~20 MB at worst)
 * hold any realistic vocabulary, and a pathological input (random strings) only makes the memo
 * start over, never grow without bound. The memos also intern the keys: every sentence holding
 * "tariff" shares one string.
 */
const WORD_MEMO_MAX = 200_000;
const STEM_MEMO = new Map<string, string>();
const WORD_KEY_MEMO = new Map<string, string>();

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (IRREGULAR[w]) w = IRREGULAR[w];
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  // "hoped", "taking": a short stem ending consonant-vowel-consonant had an "e" ("hope", "take"),
  // which the rule below keeps; a doubled consonant had none ("planned" is "plan", not "plane").
  if (w.endsWith('ing') && w.length > 5) w = restoreE(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = restoreE(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  if (w.endsWith('ment') && w.length > 7) w = w.slice(0, -4);
  // "inflationary"/"inflation", "revolutionary"/"revolution": the adjective meets its noun
  if (w.endsWith('ionary') && w.length > 8) w = w.slice(0, -3);
  if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -5) + 'at';
  else if (w.endsWith('ion') && w.length > 6 && /[st]ion$/.test(w)) w = w.slice(0, -3);
  if (w.endsWith('ate') && w.length > 5) w = w.slice(0, -1);
  // A final "e" goes ("balance"/"balanced" meet at "balanc"), except after one short syllable
  // ending consonant-vowel-consonant, where it tells two words apart: "plane" / "plan", "hope" /
  // "hop", "rate" / "rat", "cane" / "can" (Porter's rule 5a).
  if (w.endsWith('e') && w.length > 3 && !shortCvc(w.slice(0, -1))) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  return w;
}

function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** After "-ed" / "-ing": undouble ("planned" → "plan"), or give a short CVC stem its "e" back ("hoped" → "hope"). */
function restoreE(w: string): string {
  const u = undouble(w);
  if (u !== w) return u;
  return shortCvc(w) ? w + 'e' : w;
}

/**
 * One vowel group and ending consonant-vowel-consonant, the last consonant not w, x or y:
 * "plan", "hop", "tak", "vot"; not "crash", "kill", "balanc", "rain".
 */
function shortCvc(w: string): boolean {
  return /[^aeiou][aeiou][^aeiouwxy]$/.test(w) && (w.match(/[aeiou]+/g) ?? []).length === 1;
}

/** The canonical key of one word (no phrase context): concept, or stem. */
export function wordKey(lower: string): string {
  let v = WORD_KEY_MEMO.get(lower);
  if (v === undefined) {
    if (WORD_KEY_MEMO.size >= WORD_MEMO_MAX) WORD_KEY_MEMO.clear();
    WORD_KEY_MEMO.set(lower, (v = wordKeyUncached(lower)));
  }
  return v;
}

function wordKeyUncached(lower: string): string {
  const irregular = IRREGULAR[lower];
  const base = irregular ?? lower;
  const s = stem(base);
  return CONCEPTS[s] ?? CONCEPTS[base] ?? s;
}

// Phrase aliases indexed by their first word, longest first.
const ALIAS_BY_FIRST = new Map<string, [string[], string][]>();
// Outlet names ("the Wall Street Journal said") are attribution, never content.
const OUTLET_PHRASES: [string[], string][] = [...OUTLET_NAMES].map((o) => [o.split(' '), 'outlet']);
for (const entry of [...PHRASE_ALIASES, ...OUTLET_PHRASES]) {
  const list = ALIAS_BY_FIRST.get(entry[0][0]) ?? [];
  list.push(entry);
  list.sort((a, b) => b[0].length - a[0].length);
  ALIAS_BY_FIRST.set(entry[0][0], list);
}

function aliasLower(t: Token): string {
  // "US" in capitals is the country; "us" the pronoun.
  if (t.text === 'US' || t.text === 'U.S' || t.text === 'U.S.') return 'usa';
  return t.lower;
}

/** Content terms of a token sequence: aliases, concepts and stems; stopwords dropped. */
export function termsOf(tokens: Token[]): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = aliasLower(tokens[i]);
    const candidates = ALIAS_BY_FIRST.get(lower);
    let matched = false;
    if (candidates) {
      for (const [words, key] of candidates) {
        if (i + words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) ok = aliasLower(tokens[i + k]) === words[k];
        if (ok) {
          out.push({ key, tok: i, len: words.length, attribution: key === 'people' || key === 'outlet' });
          i += words.length - 1;
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    if (STOPWORDS.has(lower) || lower.length < 2 && !/\d/.test(lower)) continue;
    if (/^[$€£¥%]$/.test(lower)) continue;
    const attribution = ATTRIBUTION_WORDS.has(lower) || ATTRIBUTION_WORDS.has(stem(lower));
    out.push({ key: wordKey(lower), tok: i, len: 1, attribution });
  }
  return out;
}

/** Title words: a title variant ("President", "Vice Premier") is never a material detail. */
const TITLE_WORDS = new Set(
  ('president premier vice minister secretary leader chief director spokesman spokeswoman ' +
    'spokesperson ambassador representative senator sen rep gov governor chairman chair official ' +
    'officials administration former then deputy head czar tsar mr mrs ms dr prime general ' +
    'state department ministry commerce treasury trade house speaker adviser advisor envoy aide ' +
    'economist analyst negotiator counterpart ' +
    // bodies named after their office: "the State Council", "the National Narcotic Control Committee"
    'council committee commission bureau agency').split(' '),
);

/** Verbs of an outlet or source publishing (not of a newsmaker stating). */
const REPORTING_VERBS = new Set(['reported', 'reports', 'told', 'wrote', 'published', 'cited']);

export type DetailKind = 'name' | 'place' | 'date' | 'number';

export interface Detail {
  kind: DetailKind;
  /** Canonical key used for comparison ("usa", "wang xiaohong", "friday"). */
  key: string;
  /** How a reader sees it. */
  label: string;
  /** For a name: the whole name it is part of ("Xi Jinping" for "Jinping"). */
  name?: string;
}


/**
 * Material details a sentence states: proper names (runs of capitalised words that are not
 * titles, outlets or attribution), places, dates (weekdays, months, years, "weekend").
 * Numbers come from numbers.ts.
 */
export function detailsOf(tokens: Token[], text: string): Detail[] {
  const out: Detail[] = [];
  const seen = new Set<string>();
  const add = (d: Detail) => {
    if (!seen.has(d.kind + ':' + d.key)) {
      seen.add(d.kind + ':' + d.key);
      out.push(d);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (WEEKDAYS.includes(t.lower) || (MONTHS.includes(t.lower) && t.cap && t.lower !== 'may')) {
      // "the Journal reported on Friday", "sources told Reuters last month": when a report came
      // out is attribution, not a detail of the event.
      const before = tokens.slice(Math.max(0, i - 2), i).map((u) => u.lower);
      if (!before.some((w) => REPORTING_VERBS.has(w))) add({ kind: 'date', key: t.lower, label: t.text });
      continue;
    }
    if (/^(1[89]|20)\d\d$/.test(t.text)) {
      add({ kind: 'date', key: t.text, label: t.text });
      continue;
    }
    if (/^(weekend|yesterday|tomorrow|tonight)$/.test(t.lower)) {
      add({ kind: 'date', key: t.lower, label: t.text });
      continue;
    }
    if (!t.cap || /^\p{N}/u.test(t.text)) continue;
    // Letters glued to a figure are its unit symbol, not a name: "1,100MW", "5GW", "12kV".
    if (i > 0 && tokens[i - 1].end === t.start && /^\p{N}/u.test(tokens[i - 1].text)) continue;
    // Run of capitalised words (allowing "of"/"for"/"the" inside: "Ministry of Public Security").
    let j = i;
    const words: Token[] = [];
    while (j < tokens.length) {
      const u = tokens[j];
      const gap = u.start - (j > i ? tokens[j - 1].end : u.start);
      if (j > i && (gap > 1 || CLAUSE_OR_QUOTE.test(text.slice(tokens[j - 1].end, u.start)))) break;
      if (u.cap) words.push(u);
      else if (!(j > i && /^(of|for|de|van|von|al|bin)$/.test(u.lower) && tokens[j + 1]?.cap)) break;
      j++;
    }
    i = j - 1;
    // The sentence's first word is capitalised anyway: it is a name only when the next word
    // is capitalised too ("Wang Xiaohong said"), not across a connector ("Part of Beijing"),
    // or when it is a place the lexicon knows ("China said", "Beijing wants": no other word
    // is spelled so).
    const knownPlace = (w: Token) => PLACE_KEYS.has(aliasKeyOf([w]) ?? '');
    if (words[0] === tokens[0] && !(tokens[1]?.cap && words[1] === tokens[1]) && !knownPlace(words[0])) {
      words.shift();
      if (!words.length) continue;
    }
    // A name inside a title is a title variant: "Chinese leader Xi Jinping’s security czar".
    const after = text.slice(tokens[j - 1].end, tokens[j - 1].end + 40);
    const possessive = /^[’']s\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+)/u.exec(after);
    if (possessive && TITLE_WORDS.has(possessive[1])) continue;
    const phrase = words.map((w) => w.lower).join(' ');
    // Whole words: "AP" is an outlet, "Japan" and "Chapman" are not.
    if ([...OUTLET_NAMES].some((o) => ` ${phrase} `.includes(` ${o} `))) continue;
    // Words up to the last title word are the title and its modifiers ("Minister for Public
    // Security", "Treasury Secretary"); the words after it are the name ("… Scott Bessent").
    let lastTitle = -1;
    words.forEach((w, k) => {
      if (TITLE_WORDS.has(aliasLower(w))) lastTitle = k;
    });
    const names: Detail[] = [];
    for (const term of termsOf(words)) {
      if (PLACE_KEYS.has(term.key)) {
        add({ kind: 'place', key: term.key, label: words.slice(term.tok, term.tok + term.len).map((w) => w.text).join(' ') });
        continue;
      }
      const w = words[term.tok];
      const l = aliasLower(w);
      if (term.tok <= lastTitle || term.attribution || TITLE_WORDS.has(l) || STOPWORDS.has(l)) continue;
      names.push({ kind: 'name', key: l, label: w.text });
    }
    const name = names.map((d) => d.label).join(' ');
    for (const d of names) add(names.length > 1 ? { ...d, name } : d);
  }
  return out;
}

function aliasKeyOf(words: Token[]): string | null {
  if (!words.length) return null;
  const terms = termsOf(words);
  if (terms.length === 1 && terms[0].len === words.length) return terms[0].key;
  return null;
}

/** Lower-case, quote-folded text for exact comparisons (self detection, dedup). */
export function foldText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

// Per-sentence features, computed once (at `CorpusIndex.add` for stored documents, once per
// page for the page). Plain data only, so an index serialises with JSON.stringify.
import { DECISION_STEMS, IRREALIS_MARKERS, MODAL_HEDGES, NEGATED_ADJECTIVES, NEGATION_PHRASES, NEGATIONS, PRECONDITION_MARKERS, SPEECH_NOUNS } from './lexicon';
import { CLAUSE_BREAK, detailsOf, termsOf, tokenize, type Detail, type Term, type Token } from './normalize';
import { quantitiesOf, type Quantity } from './numbers';
import { perSentence } from './memo';
import type { Sentence } from '../types';

export interface QuoteSpan {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
}

export interface SentenceFeatures extends Sentence {
  /** Content term keys in sentence order (attribution words excluded), with token positions. */
  seq: [key: string, tok: number][];
  /** Unique content keys plus number keys ("#145%"): what retrieval and the pair score use. */
  terms: string[];
  /** Keys of attribution words ("said", "sources"): not content, but kept for the reader. */
  attribution: string[];
  quantities: Quantity[];
  details: Detail[];
  /** Term keys inside the scope of a negation ("wasn’t willing to reduce tariffs"). */
  negated: string[];
  /** Hedged (considering, may, could) rather than asserted. */
  hedged: boolean;
  /** Token index of the first want/demand/whether marker (see IRREALIS_MARKERS), or -1. */
  irrealisFrom: number;
  /** States a precondition ("before", "as a condition for", "unless"). */
  precondition: boolean;
  quotes: QuoteSpan[];
  /** Number of tokens (for length normalisation). */
  length: number;
  /**
   * For a sentence that opens with a subject pronoun ("He has been found guilty …"): the term keys
   * of the subject it refers to, from the sentence before (text/anaphora.ts), when not already in
   * `terms`. The pair score counts them only when the other sentence has them.
   */
  subject?: string[];
}

/**
 * An act under discussion is not done: "officials have discussed lowering the rate", "talked
 * about cutting", "debated raising" read as "considered lowering".
 */
const DELIBERATED_ACT = /\b(?:discuss(?:ed|es|ing)?|debat(?:e|ed|es|ing)|talk(?:ed|s|ing)?\s+about)\s+\p{L}+ing\b/iu;

/** How many content terms after a negation cue are in its scope ("not yet reached a conclusion"). */
const NEGATION_SCOPE_TERMS = 3;

export function sentenceFeatures(s: Sentence): SentenceFeatures {
  const tokens = tokenize(s.text);
  const terms = termsOf(tokens);
  const content = terms.filter((t) => !t.attribution);
  const quantities = quantitiesOf(tokens, terms, s.text);
  const negated = negatedKeys(tokens, content, s.text);
  const keys = termKeys(content, quantities, negated);
  const hedged =
    tokens.some((t) => MODAL_HEDGES.has(t.lower)) || content.some((t) => t.key === 'consider' || t.key === 'propose') ||
    DELIBERATED_ACT.test(s.text);
  return {
    start: s.start,
    end: s.end,
    text: s.text,
    seq: content.map((t) => [t.key, t.tok]),
    terms: [...keys],
    attribution: [...new Set(terms.filter((t) => t.attribution).map((t) => t.key))],
    quantities,
    details: detailsOf(tokens, s.text),
    negated: [...negated],
    hedged,
    // "would like to see" wants as "wants to see" does ("like" alone is a preposition).
    irrealisFrom: tokens.findIndex((t, i) => IRREALIS_MARKERS.has(t.lower) || (t.lower === 'like' && /^(would|’d|'d)$/.test(tokens[i - 1]?.lower ?? ''))),
    precondition: tokens.some((t) => PRECONDITION_MARKERS.has(t.lower)),
    quotes: quotesOf(s.text),
    length: tokens.length,
  };
}

const NONE: ReadonlySet<string> = new Set();

/**
 * A sentence's tokens, made once per sentence object: the cue tests (relations.ts, the frames,
 * event days and places) read the words around a term, for many pairs of the same sentences.
 * Read-only for callers.
 */
export const tokensOf: (s: SentenceFeatures) => Token[] = perSentence((s) => tokenize(s.text));

/** Words after a negation that make it "none besides": "no further", "no more", "no new", "no other". */
const NOT_BESIDES = new Set(['further', 'more', 'additional', 'new', 'other']);
/**
 * Where a negation's scope ends: English verbs of saying (a closed class; "comment" and "confirm"
 * are content words and stay in the scope, as the denied act) and the complementisers of an open
 * question ("whether", "if").
 */
const UNSAID = /^(?:say|says|said|saying|tell|tells|told|disclose[sd]?|disclosing|specif(?:y|ies|ied|ying)|reveal(?:s|ed|ing)?|elaborate[sd]?|elaborating|whether|if)$/;

/** The negation cues that are verbs (or their adjectives) and negate an infinitive after "to". */
const NEGATING_VERBS = /^(?:fail|fails|failed|failing|refuse|refuses|refused|refusing|decline|declines|declined|declining|unable|unwilling)$/;

/**
 * Is the "no" at token i part of a description, not a denial: joined by a hyphen to the word
 * after it, a compound ("a no-confidence vote", "a no-fly zone", "a no-deal exit"), or after "of",
 * what the noun before is of ("a vote of no confidence", "a matter of no consequence")? English
 * writes a determiner "no" before its noun with a space, and denies with it in a clause ("there
 * were no survivors", "no talks were held"), never inside a compound or an "of" phrase.
 */
export function describingNo(tokens: readonly Token[], i: number, text: string): boolean {
  if (tokens[i].lower !== 'no') return false;
  return (!!tokens[i + 1] && /^[-‐‑]$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) || tokens[i - 1]?.lower === 'of';
}

/** Negation scope: the next few content terms after a negation cue, in the same clause. */
function negatedKeys(tokens: Token[], content: Term[], text: string): Set<string> {
  const negated = new Set<string>();
  tokens.forEach((tok, i) => {
    const neg =
      NEGATIONS.has(tok.lower) ||
      NEGATIONS.has(tok.lower.replace(/(ed|s|ing)$/, '')) ||
      (i > 0 && NEGATION_PHRASES.some(([first, second]) => tok.lower === second && first.test(tokens[i - 1].lower)));
    if (!neg) return;
    // A verb of failing or refusing negates its infinitive ("failed to win", "refused to say"),
    // not what follows otherwise ("would have failed despite its national majority").
    if (NEGATING_VERBS.test(tok.lower) && tokens[i + 1]?.lower !== 'to') return;
    // "no further arrests", "no more talks", "no new cases": none besides those already told of,
    // which the sentence presupposes; it denies nothing another report states.
    if (NOT_BESIDES.has(tokens[i + 1]?.lower ?? '')) return;
    // "said no to the merger", "a resounding no to the plan": "no" as the answer is a noun (a
    // determiner "no" comes before its noun, never before "to"); what follows is not denied.
    if (tok.lower === 'no' && tokens[i + 1]?.lower === 'to') return;
    if (describingNo(tokens, i, text)) return;
    if (NEGATED_ADJECTIVES[tok.lower]) negated.add(NEGATED_ADJECTIVES[tok.lower] === 'willing' ? 'willing' : NEGATED_ADJECTIVES[tok.lower]);
    // "declined to say whether her crash is among the 23", "did not confirm how many died": a
    // negated verb of saying denies the saying, and what follows "whether" is not asserted.
    const unsaid = tokens.findIndex((w, k) => k > i && UNSAID.test(w.lower));
    let n = 0;
    for (const t of content) {
      if (t.tok <= i) continue;
      // stop at clause punctuation between the cue and the term
      const between = text.slice(tok.end, tokens[t.tok].start);
      if (CLAUSE_BREAK.test(between) || /\bbut\b/.test(between)) break;
      if (unsaid >= 0 && unsaid < t.tok) break;
      negated.add(t.key);
      if (SPEECH_NOUNS.has(t.key) || ++n >= NEGATION_SCOPE_TERMS) break;
    }
  });
  return negated;
}

/** The unique content keys plus number keys of a sentence, in order (`SentenceFeatures.terms`). */
function termKeys(content: Term[], quantities: Quantity[], negated: ReadonlySet<string>): Set<string> {
  // Number keys for retrieval: only figures written in digits or with a unit; a spelled-out
  // "two countries" is grammar, not a figure worth matching on.
  // Nor an age ("the 52-year-old"): it describes a person, as a title does, and is no fact
  // two sentences could share.
  const figures = quantities.filter((q) => q.unit !== 'year' && q.unit !== 'age' && (q.unit !== 'count' || /\d/.test(q.label)));
  // A figure's digits are in its number key ("#145%"); as a word too, one shared figure would
  // count twice in the pair score.
  const figureToks = new Set(quantities.filter((q) => figures.includes(q) || q.unit === 'age').map((q) => q.tok));
  const keys = new Set(content.filter((t) => !(figureToks.has(t.tok) && /^\p{N}/u.test(t.key))).map((t) => t.key));
  // A negated decision is a deliberation still open (see DECISION_STEMS).
  for (const k of negated) if (DECISION_STEMS.has(k)) keys.add('undecided');
  for (const q of figures) keys.add(quantityKey(q));
  return keys;
}

/**
 * Only `sentenceFeatures(s).terms`, without the rest (details, negation, quotes): what the
 * index keeps for every stored sentence.
 */
export function sentenceTerms(text: string): string[] {
  const tokens = tokenize(text);
  const terms = termsOf(tokens);
  const content = terms.filter((t) => !t.attribution);
  // The negation scope only matters here for a decision word (see termKeys); most sentences
  // have none, and the index is built from every stored sentence.
  const negated = content.some((t) => DECISION_STEMS.has(t.key)) ? negatedKeys(tokens, content, text) : NONE;
  return [...termKeys(content, quantitiesOf(tokens, terms, text), negated)];
}

/** A retrieval key for a quantity: "#145%", "#10%x2", "#46000000000USD". */
export function quantityKey(q: Quantity): string {
  return `#${q.value}${q.unit === 'count' ? '' : q.unit}${q.times > 1 ? 'x' + q.times : ''}`;
}

/** Quoted spans: “…” pairs (curly or straight), at least two words long. */
export function quotesOf(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const re = /[“"”]([^“”"]{2,}?)[”"“]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const inner = m[1];
    if (inner.trim().split(/\s+/).length < 2) continue; // scare quotes around one word are not speech
    out.push({ text: inner.trim(), start: m.index + 1, end: m.index + 1 + inner.length });
  }
  return out;
}

/**
 * A sentence that ends in a question mark (closing quotes aside) asks; it asserts nothing, so it
 * cannot agree with, add to or contradict a claim, nor restate a story's claim ("When will the
 * defendant be sentenced?" is a headline about a verdict, not a report of it). English grammar,
 * not a fitted cue: no labelled counterpart on any set is a question.
 */
export function asksQuestion(s: { text: string }): boolean {
  // Read from the end (trailing space, then closing quotes and brackets): a regular expression
  // anchored at the end scanned the whole sentence, once per candidate pair (~4% of an analysis
  // at 10,000 documents in a profile).
  const t = s.text;
  let i = t.length - 1;
  while (i >= 0 && WHITESPACE.test(t[i])) i--;
  while (i >= 0 && CLOSERS.includes(t[i])) i--;
  return t[i] === '?';
}
const WHITESPACE = /\s/;
const CLOSERS = '"”’\')]';

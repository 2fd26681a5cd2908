// Who does an act and what the act is on, read from English word order around a predicate
// (issue 20 item 1): a polarity or antonym clash needs the same predicate with the same subject
// and the same object, asserted on the other side. These tests say when the sentences show that
// the subject or the object differs; when they do not show it (a pronoun, a passive, no subject
// before the verb), they claim nothing, and the cue keeps its own tests.
import { tokensOf, type SentenceFeatures } from '../text/features';
import { MONTHS, NEGATIONS, WEEKDAYS } from '../text/lexicon';
import { wordKey, type Token } from '../text/normalize';
import { perSentence } from '../text/memo';

/**
 * Words that open a clause, so that what is before them is not the clause's subject:
 * complementisers and relative words ("said that troops…", "the firm, which…"), subordinators
 * ("after", "because", "while"), and verbs of saying, after which English drops "that"
 * ("officials said the company did not…").
 */
const CLAUSE_OPENERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'because', 'since', 'although', 'though',
  'if', 'unless', 'whether', 'after', 'before', 'until', 'as',
  'said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'announced', 'reported', 'according',
]);
/** Subject pronouns (and the expletive "there"): the sentence does not name its subject here. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'this', 'these', 'those', 'one', 'someone', 'nobody', 'everyone']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', 'get', 'got', 'gets', 'gotten']);
const AUXILIARIES = new Set([
  ...BE_FORMS, 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'wo', 'ca', // "won't", "can't" tokenise as "wo" / "ca" + "n't"
]);
const NEGATION_TOKENS = new Set(['not', 'never', "n't", 'n’t', 'no']);
/** Between a subject and its verb English puts auxiliaries, negation and adverbs ("also", "quickly"). */
const isAdverb = (w: string) => /^\p{L}+ly$/u.test(w) || ['also', 'still', 'yet', 'just', 'even', 'already', 'now', 'then', 'again', 'later', 'first'].includes(w);
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS, 'weekend', 'today', 'yesterday', 'tomorrow', 'tonight'].map(wordKey));

/** Is the text between two tokens a clause break (a comma, a semicolon, a dash, a bracket, a quote mark)? */
function breakBetween(s: SentenceFeatures, tokens: Token[], i: number): boolean {
  return /[,;:—–()“”"]/.test(s.text.slice(tokens[i - 1].end, tokens[i].start));
}

/**
 * The subject the predicate at token `tok` has before it in its own clause, as content term
 * keys ("The lower house approved" → lower, house), or null when the sentence does not name one
 * there: a subject pronoun ("he did not", "there was"), a passive or copular predicate ("were
 * not affected": the subject is what the act is done to), an infinitive or participle with no
 * subject in its clause, or no words at all before the verb in its clause.
 */
export function subjectBefore(s: SentenceFeatures, tok: number): string[] | null {
  const tokens = tokensOf(s);
  // the verb group: auxiliaries, negation and adverbs right before the predicate
  let i = verbGroupStart(s, tokens, tok);
  if (i === null) return null; // passive or copula
  // An infinitive ("refused to sign", "was not willing to cut") has the subject of the word it
  // completes when that word is a negation verb or an adjective after a verb group; another word
  // before "to" may be the infinitive's own subject ("wants Washington to cut"), so none is read.
  if (i > 0 && tokens[i].lower === 'to' && !breakBetween(s, tokens, i)) {
    const x = i - 1, w = tokens[x].lower;
    const before = verbGroupStart(s, tokens, x, true);
    if (tokens[x].cap || before === null || (before === x - 1 && !NEGATIONS.has(w) && !NEGATIONS.has(w.replace(/(?:ed|s|ing)$/, '')))) return null;
    i = before;
  }
  if (i < 0 || breakBetween(s, tokens, i + 1) || tokens[i].lower === 'to') return null;
  // the subject: back to the clause's start
  let start = i;
  while (start > 0 && !breakBetween(s, tokens, start) && !CLAUSE_OPENERS.has(tokens[start - 1].lower)) start--;
  const words = tokens.slice(start, i + 1);
  if (words.some((t) => SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_OPENERS.has(t.lower))) return null;
  const keys = s.seq.filter(([k, t]) => t >= start && t <= i && !k.startsWith('#') && !CALENDAR.has(k)).map(([k]) => k);
  return keys.length ? keys : null;
}

/**
 * The token before the verb group that ends before token `tok` (auxiliaries, negation and
 * adverbs), or null when the group holds a form of "be" and `copula` is not allowed (a passive
 * or a copula: "were not affected").
 */
function verbGroupStart(s: SentenceFeatures, tokens: Token[], tok: number, copula = false): number | null {
  let i = tok - 1;
  while (i >= 0 && !breakBetween(s, tokens, i + 1) && (AUXILIARIES.has(tokens[i].lower) || NEGATION_TOKENS.has(tokens[i].lower) || isAdverb(tokens[i].lower))) {
    if (BE_FORMS.has(tokens[i].lower) && !copula) return null;
    i--;
  }
  return i;
}

/** The first token of the term in the sentence, or -1. */
function tokenOf(s: SentenceFeatures, key: string): number {
  return s.seq.find(([k]) => k === key)?.[1] ?? -1;
}

/**
 * Do the two sentences name different subjects for their predicates (`pa` in `a`, `pb` in
 * `b`): both name one before the verb (subjectBefore) and the two share no term ("The lower
 * house approved the budget" / "The senate rejected the budget", "Nurses did not join the
 * strike" / "Doctors joined the strike")? Then the act is told of two actors, and neither side
 * denies what the other asserts. Not when both subjects name one of the story's main actors
 * (`background`, story/background.ts): a story's main party goes by several names ("Trump", "the
 * US", "Washington"), so two of those names do not show two actors.
 */
export function subjectsApart(a: SentenceFeatures, pa: string, b: SentenceFeatures, pb: string, background: ReadonlySet<string> = new Set()): boolean {
  const ta = tokenOf(a, pa), tb = tokenOf(b, pb);
  if (ta < 0 || tb < 0) return false;
  const sa = subjectBefore(a, ta);
  if (!sa) return false;
  const sb = subjectBefore(b, tb);
  if (!sb || sa.some((k) => sb.includes(k))) return false;
  return !(sa.some((k) => background.has(k)) && sb.some((k) => background.has(k)));
}

/** Words of a clause that carry no content of its own: determiners, auxiliaries, the complementiser. */
const CLAUSE_GRAMMAR = new Set([...AUXILIARIES, 'the', 'a', 'an', 'that', 'this', 'its', 'their', 'his', 'her', 'to', 'of']);

/**
 * The clause a predicate takes as its object, as word keys, or null when its object is no
 * clause. A clause follows when the verb is followed by "that" ("denied that troops had
 * crossed"), or when an auxiliary or a form of "be" follows a word after the verb ("denied the
 * meeting was about …"): a noun phrase and then a finite verb.
 */
const clauseObjects = perSentence((s: SentenceFeatures) => new Map<string, string[] | null>());
function clauseObject(s: SentenceFeatures, predicate: string): string[] | null {
  const memo = clauseObjects(s);
  if (memo.has(predicate)) return memo.get(predicate)!;
  const tokens = tokensOf(s);
  const at = tokenOf(s, predicate);
  let out: string[] | null = null;
  if (at >= 0) {
    let end = at + 1;
    while (end < tokens.length && !breakBetween(s, tokens, end)) end++;
    const rest = tokens.slice(at + 1, end);
    const finite = rest.findIndex((t, k) => k > 0 && AUXILIARIES.has(t.lower));
    if (rest.length > 1 && (rest[0].lower === 'that' || finite > 0)) {
      out = rest.filter((t) => !CLAUSE_GRAMMAR.has(t.lower) && /\p{L}/u.test(t.lower)).map((t) => wordKey(t.lower));
    }
  }
  memo.set(predicate, out);
  return out;
}

/** Every word key of the sentence (a clause's words are compared with the other sentence's words). */
const wordKeys = perSentence((s: SentenceFeatures) => new Set(tokensOf(s).map((t) => wordKey(t.lower))));

/**
 * Do two reports about a clause report different clauses? When either predicate's object is a
 * clause (clauseObject: "denied that troops had crossed the border", "confirmed the meeting took
 * place"), what is confirmed or denied is that clause, its subject and its own predicate: each
 * side's clause holding a word the other sentence lacks ("crossed" / "near", "took place" /
 * "about the merger") makes two statements, and confirming one does not contradict denying the
 * other.
 */
export function clausesApart(a: SentenceFeatures, pa: string, b: SentenceFeatures, pb: string): boolean {
  const ca = clauseObject(a, pa), cb = clauseObject(b, pb);
  if (!ca && !cb) return false;
  const wa = wordKeys(a), wb = wordKeys(b);
  const own = (c: string[] | null, s: SentenceFeatures, p: string) => c ?? objectWords(s, p);
  return own(ca, a, pa).some((k) => !wb.has(k)) && own(cb, b, pb).some((k) => !wa.has(k));
}

/** The words after a predicate up to the clause's end, when its object is not a clause. */
function objectWords(s: SentenceFeatures, predicate: string): string[] {
  const tokens = tokensOf(s);
  const at = tokenOf(s, predicate);
  if (at < 0) return [];
  const out: string[] = [];
  for (let i = at + 1; i < tokens.length && !breakBetween(s, tokens, i); i++) {
    if (!CLAUSE_GRAMMAR.has(tokens[i].lower) && /\p{L}/u.test(tokens[i].lower)) out.push(wordKey(tokens[i].lower));
  }
  return out;
}

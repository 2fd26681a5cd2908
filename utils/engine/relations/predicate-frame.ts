// Who does an act and what the act is on, read from English word order around a predicate
// (issue 20 item 1): a polarity or antonym clash needs the same predicate with the same subject
// and the same object, asserted on the other side. These tests say when the sentences show that
// the subject or the object differs; when they do not show it (a pronoun, a passive, no subject
// before the verb), they claim nothing, and the cue keeps its own tests.
import { tokensOf, type SentenceFeatures } from '../text/features';
import { ATTRIBUTION_WORDS, IRREGULAR, MONTHS, NEGATIONS, WEEKDAYS } from '../text/lexicon';
import { CLAUSE_OR_QUOTE, wordKey, type Token } from '../text/normalize';
import { perSentence } from '../text/memo';
import { CHANGE_VERBS, isNumberWord, type Quantity } from '../text/numbers';
import { DETERMINERS, measuresOf } from '../facts/measure';
import { tokenOf } from './cue-support';

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
/** Of those, the words that are also determiners: before a noun they open the subject's noun phrase. */
const DETERMINER_PRONOUNS = new Set(['this', 'these', 'those', 'one']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', 'get', 'got', 'gets', 'gotten']);
const AUXILIARIES = new Set([
  ...BE_FORMS, 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'wo', 'ca', // "won't", "can't" tokenise as "wo" / "ca" + "n't"
]);
const NEGATION_TOKENS = new Set(['not', 'never', "n't", 'n’t', 'no']);
/** Between a subject and its verb English puts auxiliaries, negation and adverbs ("also", "quickly"). */
const isAdverb = (w: string) => /^\p{L}+ly$/u.test(w) || ['also', 'still', 'yet', 'just', 'even', 'already', 'now', 'then', 'again', 'later', 'first'].includes(w);
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS, 'weekend', 'today', 'yesterday', 'tomorrow', 'tonight'].map(wordKey));

/** Is the text between two tokens a clause break or a quote mark (CLAUSE_OR_QUOTE)? */
function breakBetween(s: SentenceFeatures, tokens: Token[], i: number): boolean {
  return CLAUSE_OR_QUOTE.test(s.text.slice(tokens[i - 1].end, tokens[i].start));
}

/**
 * The subject the predicate at token `tok` has before it in its own clause, as content term
 * keys ("The lower house approved" → lower, house), or null when the sentence does not name one
 * there: a subject pronoun ("he did not", "there was"), a passive or copular predicate ("were
 * not affected": the subject is what the act is done to), an infinitive or participle with no
 * subject in its clause, or no words at all before the verb in its clause.
 */
export function subjectBefore(s: SentenceFeatures, tok: number): string[] | null {
  const span = subjectSpan(s, tok);
  return span && keysIn(s, span[0], span[1]);
}

/** The content term keys of tokens `from` to `to` (days and months aside), or null when none. */
function keysIn(s: SentenceFeatures, from: number, to: number): string[] | null {
  const keys = s.seq.filter(([k, t]) => t >= from && t <= to && !k.startsWith('#') && !CALENDAR.has(k)).map(([k]) => k);
  return keys.length ? keys : null;
}

/** The tokens [first, last] of the subject subjectBefore reads, or null (see there). */
function subjectSpan(s: SentenceFeatures, tok: number, determiners = false): [number, number] | null {
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
  // A non-restrictive relative clause ("The rover, which weighs 28 kg, …", "Ms Ortiz, who
  // did not attend, …"): its subject is the noun phrase the comma sets it after.
  const relative = i > 0 && (tokens[i].lower === 'which' || tokens[i].lower === 'who') && s.text.slice(tokens[i - 1].end, tokens[i].start).trim() === ',';
  if (relative) i--;
  if (i < 0 || (!relative && breakBetween(s, tokens, i + 1)) || tokens[i].lower === 'to') return null;
  // the subject: back to the clause's start
  let start = i;
  while (start > 0 && !breakBetween(s, tokens, start) && !CLAUSE_OPENERS.has(tokens[start - 1].lower)) start--;
  const words = tokens.slice(start, i + 1);
  // With `determiners`, a demonstrative or "one" before another word of the subject is its
  // determiner, not the subject itself ("one dose was", "these firms made" against "this was").
  // Only figureHolder reads so: for a polarity clash, "one proposal involves …" is as vague an
  // actor as a pronoun (measured: reading it as a subject lost a true clash of the heldout set).
  const pronoun = (t: Token, k: number) => SUBJECT_PRONOUNS.has(t.lower) && !(determiners && DETERMINER_PRONOUNS.has(t.lower) && k < words.length - 1);
  if (words.some((t, k) => pronoun(t, k) || CLAUSE_OPENERS.has(t.lower))) return null;
  return [start, i];
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
  if (!sb) return false;
  if (countedApart(a, ta, b, tb)) return true;
  if (sa.some((k) => sb.includes(k))) return false;
  return !(sa.some((k) => background.has(k)) && sb.some((k) => background.has(k)));
}

/**
 * Do both subjects open on a count, and the counts differ ("Eight of the 211 members did not
 * vote" / "203 members voted")? Then they are two groups of one kind, and what one group did not
 * do the other may have done. Not when either counts every member ("all 12 crew", "each of the
 * five"): that group holds the other.
 */
function countedApart(a: SentenceFeatures, ta: number, b: SentenceFeatures, tb: number): boolean {
  const sa = subjectSpan(a, ta), sb = subjectSpan(b, tb);
  if (!sa || !sb) return false;
  const count = (s: SentenceFeatures, [from, to]: [number, number]) => {
    const tokens = tokensOf(s);
    if (tokens.slice(from, to + 1).some((t) => WHOLE_GROUP.has(t.lower))) return null;
    return s.quantities.find((q) => q.unit === 'count' && !q.range && q.tok >= from && q.tok <= to) ?? null;
  };
  const ca = count(a, sa), cb = count(b, sb);
  return !!ca && !!cb && ca.value !== cb.value;
}
/** English determiners of a whole group. */
const WHOLE_GROUP = new Set(['all', 'every', 'each', 'both', 'entire', 'whole']);

/**
 * Do the two sentences tell an act of two things of one kind: both subjects end in one noun and
 * each has a word the other sentence never uses ("The European regulator approved it in May" /
 * "The US regulator approved it in August")? Then two days are two acts, not one act's day told
 * two ways. Not when those words name one of the story's main actors (`background`): "the US
 * delegation" and "Trump's delegation" in a story about Trump's trade talks are one delegation.
 */
export function subjectsRestrictedApart(a: SentenceFeatures, pa: string, b: SentenceFeatures, pb: string, background: ReadonlySet<string> = new Set()): boolean {
  const ta = tokenOf(a, pa), tb = tokenOf(b, pb);
  if (ta < 0 || tb < 0) return false;
  const sa = subjectBefore(a, ta), sb = subjectBefore(b, tb);
  if (!sa || !sb || sa[sa.length - 1] !== sb[sb.length - 1]) return false;
  const termsA = new Set(a.seq.map(([k]) => k)), termsB = new Set(b.seq.map(([k]) => k));
  const ownA = sa.filter((k) => !termsB.has(k)), ownB = sb.filter((k) => !termsA.has(k));
  return ownA.length > 0 && ownB.length > 0 && !ownA.some((k) => background.has(k)) && !ownB.some((k) => background.has(k));
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

/**
 * Words between a figure and the verb it is the object or complement of: hedges, bounds, "to"
 * and "by" of a change, signs, "worth" ("costs about $799", "rose by 3%", "closed down 4%", "is
 * worth $3 billion").
 */
const FIGURE_LEAD = new Set(['more', 'than', 'for', 'over', 'least', 'at', 'about', 'nearly', 'around', 'some', 'under', 'fewer', 'less', 'up', 'down', 'to', 'by', 'almost', 'roughly', 'approximately', 'just', 'only', 'a', 'an', 'the', 'worth', 'all', 'both']);
/**
 * Tokens of the object between a verb and the "at" or "by" of the figure it is set at or carried
 * by ("valued Tenby at", "put the total at", "approved the 48-turbine scheme by"). A noun
 * phrase's reach, not fitted: a determiner, a number, a modifier and the noun; 3 missed that
 * object, and on 103 stories 4 changes only that one pair.
 */
const VALUED_OBJECT = 4;
/** Prepositions and conjunctions: where a subject's first noun phrase ends ("the death toll | from the quake"). */
const PREPOSITIONS = new Set(['of', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'after', 'since', 'near', 'under', 'over', 'between', 'among', 'including', 'against', 'about', 'across', 'than', 'as', 'per', 'into', 'during', 'and', 'or', 'but']);

/**
 * The token of the verb a figure is the object or complement of, read back from the figure:
 * past its hedges and sign ("costs $799", "rose by 3%", "is 38%"), or past the noun a figure
 * measures with "of" ("has a range of 480 km", "reported revenue of $4.2 billion"). Null when
 * the word there is no verb (a determiner, a preposition, a name: "gave Korr 44%"), or nothing
 * is before the figure in its clause (the figure is in the subject: "About 5,000 people attended").
 */
function figureVerb(s: SentenceFeatures, q: Quantity): number | null {
  const tokens = tokensOf(s);
  let i = q.tok - 1;
  // whether a "to" or "by" of a change was passed: then only a verb form, not an "-s" word, is
  // the verb ("rose to 9", not "Chinese imports to 104%")
  let reaching = false;
  // and an adverb between the verb and its figure ("is now 3.75%", "weighs just 26kg")
  const skipLead = () => {
    while (i >= 0 && !breakBetween(s, tokens, i + 1) && (!/\p{L}/u.test(tokens[i].lower) || FIGURE_LEAD.has(tokens[i].lower) || (i > 0 && isAdverb(tokens[i].lower)))) {
      if (tokens[i].lower === 'to' || tokens[i].lower === 'by') reaching = true;
      i--;
    }
  };
  skipLead();
  // "valued Tenby at $7.1 billion", "put the figure at 10,000": a verb, its object, then "at" and
  // the figure the object is set at; "backed the scheme by five votes to two": "by" and the
  // tally the act was carried by. The object is a name or a short noun phrase (VALUED_OBJECT
  // tokens, to its determiner).
  if (i > 0 && (tokens[i + 1]?.lower === 'at' || tokens[i + 1]?.lower === 'by') && !verbForm(tokens[i].lower, tokens[i - 1].lower, reaching)) {
    for (let j = i - 1; j >= Math.max(0, i - VALUED_OBJECT) && !breakBetween(s, tokens, j + 1); j--) {
      const w = tokens[j];
      if (/^\p{L}+$/u.test(w.lower) && !w.cap && !DETERMINERS.has(w.lower) && verbForm(w.lower, j > 0 ? tokens[j - 1].lower : null, false)) return j;
    }
  }
  if (i > 0 && tokens[i].lower === 'of' && !breakBetween(s, tokens, i + 1)) {
    // "a range of", "a net loss of", "revenue of": the noun, its modifiers back to a determiner
    i--;
    let j = i;
    while (j > 0 && i - j < 2 && !DETERMINERS.has(tokens[j].lower) && !breakBetween(s, tokens, j)) j--;
    i = DETERMINERS.has(tokens[j].lower) ? j - 1 : i - 1;
    skipLead();
  }
  if (i < 0 || breakBetween(s, tokens, i + 1)) return null;
  const w = tokens[i];
  if (!/^\p{L}+$/u.test(w.lower) || (w.cap && i > 0)) return null;
  return verbForm(w.lower, i > 0 ? tokens[i - 1].lower : null, reaching) ? i : null;
}

/**
 * English verbs that take a figure and whose past is their base form ("the mission cost $75
 * million", "shed 1,200 jobs"), which the stemming table IRREGULAR (lexicon.ts) does not list.
 */
const UNCHANGED_PASTS = new Set(['cost', 'shed', 'spread', 'bet', 'quit']);

/**
 * Is the word a finite verb by its form, as English marks one: an auxiliary ("is", "has"), a word
 * after one ("will cost", "has risen"), a verb of change ("rose", "cut"), a past in "-ed", an
 * irregular past, or a present in "-s" ("costs", "earns"; not where a "to" of a change was passed).
 * A word in "-ing" is a verb only after "be" ("is costing"): otherwise a participle ("…,
 * leaving 7 dead") whose subject is not before it in its clause.
 */
function verbForm(w: string, prev: string | null, reaching: boolean): boolean {
  if (AUXILIARIES.has(w) || CHANGE_VERBS.has(wordKey(w)) || IRREGULAR[w] || UNCHANGED_PASTS.has(w)) return true;
  if (prev !== null && AUXILIARIES.has(prev) && !BE_FORMS.has(prev)) return true;
  if (/ing$/.test(w)) return prev !== null && BE_FORMS.has(prev);
  if (w.length > 4 && /[^e]ed$|eed$/.test(w)) return true;
  return !reaching && w.length > 3 && /[^s']s$/.test(w);
}

/**
 * Whose figure it is, as the sentence words it: the noun phrase of the subject of the verb the
 * figure follows (figureVerb, subjectBefore), up to its first preposition ("the death toll" of
 * "the death toll from the quake"), as term keys, and the keys of its possessor when it has one
 * ("Korr" of "Korr’s party"). Null when the figure has no such subject (a pronoun, a passive, a
 * figure in the subject).
 */
export function figureHolder(s: SentenceFeatures, q: Quantity): { keys: string[]; possessor: string[]; restriction: string[]; numerals: string[]; indefinite: boolean; alterity: string } | null {
  const verb = figureVerb(s, q);
  if (verb === null) return null;
  const span = subjectSpan(s, verb, true);
  if (!span) return null;
  const tokens = tokensOf(s);
  let [first, last] = span;
  const end = last;
  for (let t = first + 1; t <= last; t++) {
    if (PREPOSITIONS.has(tokens[t].lower)) {
      last = t - 1;
      break;
    }
  }
  const keys = keysIn(s, first, last);
  if (!keys) return null;
  // "Korr’s party", "the prime minister's approval rating", "the workers’ union": the word
  // before the possessive ends the possessor
  let owner = -1;
  for (let t = first; t < last; t++) {
    const next = s.text.slice(tokens[t].end);
    if (/^['’]s\b/.test(next) || (tokens[t].lower.endsWith('s') && /^['’]\s/.test(next))) owner = t;
  }
  const restriction = last < end ? keysIn(s, last + 1, end) ?? [] : [];
  // the numbers the subject counts its head with ("one dose", "the 12 jurors"), as written
  const numerals = tokens.slice(first, end + 1).map((t) => t.lower).filter((w) => /^\d/.test(w) || isNumberWord(w));
  // "a similar mission", "the previous record", "its former chief": a word that says the holder
  // is another thing of its kind than one the story has named
  const alterity = tokens.slice(first, last + 1).map((t) => t.lower).filter((w) => ALTERITY.has(w)).sort().join(' ');
  return { keys, possessor: owner >= 0 ? keysIn(s, first, owner) ?? [] : [], restriction, numerals, indefinite: INDEFINITE_ARTICLES.has(tokens[first].lower), alterity };
}

/**
 * Does the sentence go on, after its figure `q`, to name `key` as a thing of its own ("the rover,
 * which weighs 28 kg, left the lander")? Not as what the figure measures, and not as a report's
 * source (an attribution word within two words: "…, the commission said"). Only after the figure:
 * a name before it may be the figure's own holder that figureHolder did not reach ("Canada's levy
 * is 115%").
 */
function namedApart(s: SentenceFeatures, q: Quantity, key: string): boolean {
  const m = measuresOf(s)[s.quantities.indexOf(q)];
  if (m && (m.key === key || m.about.includes(key))) return false;
  const tokens = tokensOf(s);
  return s.seq.some(([k, tok]) => k === key && tok > q.tok && ![tok - 2, tok - 1, tok + 1, tok + 2].some((j) => ATTRIBUTION_WORDS.has(tokens[j]?.lower ?? '')));
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** English adjectives and determiners of otherness: the thing is not the one named elsewhere. */
const ALTERITY = new Set(['another', 'other', 'similar', 'rival', 'previous', 'earlier', 'former', 'prior', 'comparable', 'separate', 'different']);

/** The keys of the words right after "than" ("four more than Brenton"): what a figure is set against. */
function comparedWith(s: SentenceFeatures): Set<string> {
  const tokens = tokensOf(s);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.lower !== 'than') return;
    for (const [k, at] of s.seq) if (at > i && at <= i + COMPARED_REACH) out.add(k);
  });
  return out;
}
/** How many tokens after "than" name what is compared: "than the Pro model", "than Brenton". */
const COMPARED_REACH = 3;

/**
 * Are two figures held by two different things, as their sentences word it (issue 20 item 1: a
 * figure contradiction needs the same measure of the same holder)? Three shapes, each read from
 * the holders (figureHolder):
 * - one head or one possessor restricted two ways: the holders end in one noun or open with
 *   one possessor, and each has a word the other sentence lacks entirely ("the base model" /
 *   "the Pro model", "factory output" / "services output", "Aldor’s chief executive" /
 *   "Aldor’s finance chief"). Not when either side's own words name one of the story's main
 *   actors (`background`): the other side may name the same party another way ("Dahl’s
 *   approval rating" / "the premier’s approval rating"). A restriction may also follow the
 *   head as a prepositional phrase ("support among nurses" / "support among doctors"), and a
 *   head counted by two different numbers is two sets ("one dose" / "two doses");
 * - a possessor and what it owns: one holder is the other's possessor alone, and what the other
 *   owns is nowhere in the first sentence ("Korr won 44%" / "Korr’s party won 31%");
 * - a holder one sentence sets its own against: the other's holder is what this sentence
 *   compares its figure with ("City have 74 points, four more than Brenton" / "Brenton have 70
 *   points"), and this one's holder is not in the other sentence.
 * Holders that merely differ are not told apart: one thing goes by several names ("the death
 * toll" / "the quake", "police" / "officers", "the plane" / "the flight").
 */
export function holdersApart(a: SentenceFeatures, qa: Quantity, b: SentenceFeatures, qb: Quantity, background: ReadonlySet<string> = new Set()): boolean {
  const ha = figureHolder(a, qa);
  if (!ha) return false;
  const hb = figureHolder(b, qb);
  if (!hb) return false;
  const ta = new Set(a.seq.map(([k]) => k)), tb = new Set(b.seq.map(([k]) => k));
  // A head is restricted before it ("youth unemployment") or after it, by a prepositional phrase
  // ("uptake among over-65s"): English puts one restriction either side.
  const ownA = [...ha.keys, ...ha.restriction].filter((k) => !tb.has(k)), ownB = [...hb.keys, ...hb.restriction].filter((k) => !ta.has(k));
  const sameHead = ha.keys[ha.keys.length - 1] === hb.keys[hb.keys.length - 1];
  const samePossessor = ha.possessor.length > 0 && ha.possessor.join(' ') === hb.possessor.join(' ');
  // One kind of thing, one side marked as another of its kind ("the mission" / "a similar
  // mission", "the record" / "the previous record", "the bridge" / "another bridge upstream"):
  // two things.
  if (ha.alterity !== hb.alterity && ha.keys.some((k) => hb.keys.includes(k))) return true;
  // Two heads, and one sentence names the other's head as something else than its own holder
  // ("the lander weighed 1,840 kg" / "the rover, which weighs 28 kg, left the lander"): two
  // things. Not as the source of a report ("…, the commission said"): a source is no thing held.
  const headA = ha.keys[ha.keys.length - 1], headB = hb.keys[hb.keys.length - 1];
  if (!sameHead && !ha.keys.includes(headB) && !hb.keys.includes(headA) && (namedApart(b, qb, headA) || namedApart(a, qa, headB))) return true;
  // One head counted two ways ("one dose" / "two doses"): two sets of what the head names.
  if (sameHead && ha.numerals.length && hb.numerals.length && ha.numerals.join(' ') !== hb.numerals.join(' ')) return true;
  if ((sameHead || samePossessor) && ownA.length && ownB.length) {
    return !ownA.some((k) => background.has(k)) && !ownB.some((k) => background.has(k));
  }
  // Two subjects with an indefinite article ("A train driver earns …" / "A station cleaner earns
  // …"): each brings in a thing of its own kind, not one the story has named; with no word of
  // either in the other sentence, they are two kinds, not one thing told two ways.
  if (ha.indefinite && hb.indefinite && ha.keys.every((k) => !tb.has(k)) && hb.keys.every((k) => !ta.has(k))) {
    return !ha.keys.some((k) => background.has(k)) && !hb.keys.some((k) => background.has(k));
  }
  // x's holder is y's possessor ("the council" / "the council's planning committee": its heads),
  // and what y's possessor owns is not in x's sentence: the owner against what it owns
  const ownerAlone = (x: { keys: string[] }, tx: Set<string>, y: { keys: string[]; possessor: string[] }) => {
    const owned = y.keys.filter((k) => !y.possessor.includes(k));
    return y.possessor.length > 0 && x.keys[x.keys.length - 1] === y.possessor[y.possessor.length - 1] && owned.length > 0 && !tx.has(y.keys[y.keys.length - 1]);
  };
  if (ownerAlone(ha, ta, hb) || ownerAlone(hb, tb, ha)) return true;
  const setAgainst = (x: { keys: string[] }, sx: SentenceFeatures, y: { keys: string[] }, ty: Set<string>) => {
    const compared = comparedWith(sx);
    return y.keys.every((k) => compared.has(k) && !x.keys.includes(k)) && x.keys.every((k) => !ty.has(k));
  };
  return setAgainst(ha, a, hb, tb) || setAgainst(hb, b, ha, ta);
}

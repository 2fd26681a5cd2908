// Polarity, antonym and precondition cues: one side negates, states the opposite of, or sets
// another condition for a predicate the other asserts, with one subject and one object
// (predicate-frame.ts). `contradiction` (relations.ts) asks them after the figure cue.
import { describingNo, tokensOf, type SentenceFeatures } from '../text/features';
import { ANTONYMS, DETERMINER_NEGATORS, IRREGULAR, PLACE_KEYS, PRECONDITION_MARKERS, VERB_NEGATORS } from '../text/lexicon';
import { CLAUSE_OR_QUOTE, wordKey, type Token } from '../text/normalize';
import { measuresOf } from '../facts/measure';
import { termSet } from '../index/similarity';
import { perSentence } from '../text/memo';
import { leadingName } from '../text/names';
import { wordTable } from '../text/word-table';
import { clausesApart, subjectsApart } from './predicate-frame';
import { type ContradictionCue, proofOf, PREDICATE_WINDOW, fullNames, daysApart, PERIOD, inOrder, tokenOf, word } from './cue-support';

/**
 * Terms that do not make a polarity conflict on their own: places and actors (every sentence of
 * a story names them) and modal adjectives ("willing", "able": the predicate is what follows).
 */
const POLARITY_NEUTRAL = new Set(['willing', 'able', 'abl', 'clear', 'likely', 'sure']);

/**
 * Opposite polarity of a shared predicate: one sentence negates (not / unable / unwilling /
 * refused / never) two or more content terms, predicate and object (e.g. "reduce" + "tariff"),
 * that the other asserts. Asserts means: outside a negation and not inside a want/demand/whether
 * clause ("demanded that Washington slash tariffs" asserts nothing about slashing).
 */
export function polarityConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string, background: ReadonlySet<string>): ContradictionCue | null {
  // Most pairs negate nothing: the cheap test first (this runs for every candidate pair).
  if (!a.negated.length && !b.negated.length) return null;
  // "Until recently, no talks could begin …" and "the ministry is weighing talks" tell a change,
  // not a conflict: a former state does not contradict the present one.
  if (formerState(a) !== formerState(b)) return null;
  // "He Lifeng is set to hold talks" / "Navarro won't attend the talks": one person does what
  // another does not.
  if (namesOnlyOthers(a, b)) return null;
  // "did not cut jobs in May" / "cut jobs in June", "did not pay a dividend last year" / "will
  // pay one this year": two dates or two periods, two events (as for antonyms).
  if (daysApart(a, b)) return null;
  const pa = PERIOD.exec(a.text)?.[0].toLowerCase(), pb = PERIOD.exec(b.text)?.[0].toLowerCase();
  if (pa && pb && pa !== pb) return null;
  // A negation bounded in time or in number says the act happened at the bound or for some:
  // "has not reached the final since 2011" (it last did in 2011), "had never won in Madrid
  // before Sunday", "had not won in 20 years", "no longer owns" (it did), "not all passengers
  // were evacuated" (most may have been).
  if (BOUNDED_NEGATION.test(a.negated.length ? a.text : '') || BOUNDED_NEGATION.test(b.negated.length ? b.text : '')) return null;
  // "Navarro won't attend the talks" says what Navarro does: it contradicts only a sentence that
  // is about him too.
  if (namesSomeoneMissing(a, b) || namesSomeoneMissing(b, a)) return null;
  // "The US will not lower its tariffs on its own" refuses to act alone, not to act: it does
  // not contradict a report that the cut is being weighed.
  if (conditionalRefusal(a) || conditionalRefusal(b)) return null;
  // `about` is the predicate in the page's words, without the negation
  const one = negatedAsserted(a, b, background);
  if (one) return { kind: 'polarity', strong: true, why: `${outlet}: ${one.pos}; this page: not ${one.neg}`, proof: proofOf('polarity', one.neg, a, `not ${one.neg}`, b, one.pos) };
  const two = negatedAsserted(b, a, background);
  if (two) return { kind: 'polarity', strong: true, why: `${outlet}: not ${two.neg}; this page: ${two.pos}`, proof: proofOf('polarity', two.pos, a, two.pos, b, `not ${two.neg}`) };
  return null;
}

const BOUNDED_NEGATION =
  /\b(?:not|never|n['’]t)\b[^,;.:—]*?\b(?:since|before)\b|\b(?:not|never|n['’]t)\b[^,;.:—]*?\bin (?:the (?:last|past) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|several|many) (?:years?|decades?|months?|weeks?|days?|games?|matches|seasons?)\b|\b(?:not|never|n['’]t)\b[^,;.:—]*?\buntil\b|\bno longer\b|\bnot (?:all|every|everyone|everything|always)\b/i;

/**
 * A refusal to act alone: a negation and, later in its clause, "on its own", "unilaterally", "by
 * itself" or "unless": "will not lower its tariffs on its own", "wouldn't act unilaterally".
 * ("Offering unilaterally to do more" is an offer: no negation governs it.)
 */
const CONDITIONAL_REFUSAL =
  /\b(?:not|never|won['’]t|wouldn['’]t|isn['’]t|aren['’]t|doesn['’]t|don['’]t|refuse[sd]?|refusing)\b[^,;.:—]*?\b(?:on (?:its|their|his|her|our) own|unilaterally|by (?:itself|themselves)|unless)\b/i;
export const conditionalRefusal = perSentence((s: SentenceFeatures): boolean => s.negated.length > 0 && CONDITIONAL_REFUSAL.test(s.text));

/** Does the negating sentence name a person (a full name) the other sentence does not mention? */
function namesSomeoneMissing(neg: SentenceFeatures, other: SentenceFeatures): boolean {
  if (!neg.negated.length) return false;
  const keys = new Set(other.details.filter((d) => d.kind === 'name').map((d) => d.key));
  return fullNames(neg).some((n) => !n.key.split(' ').some((k) => keys.has(k)));
}

/**
 * Is each sentence about a different named person: the first name each gives (usually its
 * subject) occurs nowhere in the other? Places that are names ("talks in Oslo") may be shared.
 */
function namesOnlyOthers(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const fa = firstName(a);
  if (!fa.length) return false;
  const fb = firstName(b);
  return fb.length > 0 && !namesAny(b, fa) && !namesAny(a, fb);
}

/**
 * Keys of the first name a sentence gives (all words of it: "he lifeng" → ["lifeng"]); the name
 * or the country it opens with when it opens with one ("Hansen said…", "Germany did not sign…":
 * its subject, text/names.ts).
 */
const firstName = perSentence((s): string[] => {
  const lead = leadingName(s);
  if (lead) return [lead];
  const names = s.details.filter((d) => d.kind === 'name');
  return names.length ? names.filter((d) => d === names[0] || (d.name && d.name === names[0].name)).map((d) => d.key) : [];
});

function namesAny(s: SentenceFeatures, keys: string[]): boolean {
  return s.details.some((d) => (d.kind === 'name' || d.kind === 'place') && keys.includes(d.key)) || keys.includes(leadingName(s) ?? '');
}

/** Markers of a state that no longer holds: "until recently", "previously", "used to". */
const FORMER_STATE = /\b(until recently|previously|formerly|used to)\b/i;
const formerState = perSentence((s) => FORMER_STATE.test(s.text));

/**
 * The predicate one sentence negates and the other asserts, as each words it, in its own word
 * order ("tariff relief" / "reduce tariffs"), or null.
 */
function negatedAsserted(neg: SentenceFeatures, pos: SentenceFeatures, background: ReadonlySet<string>): { neg: string; pos: string } | null {
  if (!neg.negated.length) return null;
  const posNegated = new Set(pos.negated);
  const places = new Set(pos.details.filter((d) => d.kind === 'place').map((d) => d.key));
  const usable = (t: string) => !t.startsWith('#') && !POLARITY_NEUTRAL.has(t) && !places.has(t) && !PLACE_KEYS.has(t);
  const shape = negationShape(neg);
  // "warned him not to talk": an order or a wish, not a report that he did not talk; "patients
  // who have not had a heart attack": which patients, not a report that no one had one.
  if (shape.wanted || shape.defining) return null;
  // "pleaded not guilty": the verb before the cue governs it; "found guilty" is another act.
  if (shape.governor && !asserted(pos, shape.governor)) return null;
  // The predicate is the first term the negation governs ("won't attend the coming talks":
  // attend); a term further on is its object or a modifier, whose polarity is not negated. In
  // "none of the jurors looked at him" the first term is the subject: the predicate follows it.
  // A possessive is a determiner of the subject, never its head ("none of the opposition's 41
  // amendments survived": the subject is the amendments, the predicate "survived").
  const tokenFor = (t: string) => tokensOf(neg)[tokenOf(neg, t)];
  const possessive = (t: string) => /^['’](?:s\b|\s)/.test(neg.text.slice(tokenFor(t)?.end ?? 0));
  const predicate = neg.negated.filter((t) => usable(t) && !(shape.subjectFirst && possessive(t)))[shape.subjectFirst ? 1 : 0];
  if (!predicate || posNegated.has(predicate) || !asserted(pos, predicate)) return null;
  // A name is never what a negation denies: after a negated subject, a capitalised word is still
  // the subject ("No mayor of Kell, serving or former, had been convicted": the appositive ends
  // the negation's reach before its verb, and "Kell" is no predicate for "Kell's mayor" to assert).
  if (shape.subjectFirst && tokenFor(predicate)?.cap) return null;
  // What something is, denied after "be" ("drivers who are not members of the union"), is stated
  // only as what something is ("they are members"), never by a noun that opens a clause as its
  // subject ("Members of the union voted …"): that names them, it says nothing of anyone's being.
  if (isPredicative(neg, tokenOf(neg, predicate)) && !isPredicative(pos, tokenOf(pos, predicate))) return null;
  // A verb denied ("will not run another marathon") is asserted by the verb, not by the noun of
  // the same spelling after a determiner ("produced the quickest run"): English marks the noun.
  // (A noun denied, "ruled out the power line", is asserted by the noun: "looking at a line".)
  if (!shape.subjectFirst && !DETERMINER_NEGATORS.has(shape.word) && !nounAfterDeterminer(neg, tokenOf(neg, predicate)) && nounAfterDeterminer(pos, tokenOf(pos, predicate))) return null;
  const shared = neg.negated.filter((t) => usable(t) && !posNegated.has(t) && asserted(pos, t));
  if (shared.length < 2) return null;
  // "did not find a link between salt and cancer" / "found a link between salt and stroke",
  // "did not raise prices in Europe" / "raised prices in the US": one act on two objects.
  if (objectsApart(neg, pos, predicate) || ofObjectApart(neg, predicate, pos) || ofObjectApart(pos, predicate, neg)) return null;
  // "Nurses did not join the strike" / "Doctors joined the strike": one act of two actors;
  // "did not confirm that the coach had resigned" / "confirmed that he was on leave": two clauses.
  if (subjectsApart(neg, predicate, pos, predicate, background) || clausesApart(neg, predicate, pos, predicate)) return null;
  // A wish or a possibility asserts nothing a negation can clash with: "would like some
  // softening" / "wasn't willing to reduce" (a wish against a stance). The same modal on both
  // sides is one stance ("is willing to lower" / "wasn't willing to reduce"), and a plain
  // statement against a refusal is a clash ("is exploring tariff relief").
  // Either way round: "pledged he would not raise taxes" / "raised taxes last year" is a pledge
  // against a deed, not one report denied by another.
  const posModal = modalBefore(pos, predicate);
  const negModal = WEAK_MODALS.has(posModal) || neg.hedged || neg.irrealisFrom >= 0 || WEAK_MODAL_NEAR.test(neg.text) ? modalBefore(neg, predicate) : '';
  if ((WEAK_MODALS.has(posModal) || WEAK_MODALS.has(negModal)) && posModal !== negModal) return null;
  // "has never hosted the Cup" (up to now) is contradicted by "hosted it in 1990", not by "named
  // 2034 host" or "a bid to host": a base form or a noun reports no act done.
  if (shape.perfect && !pastForm(pos, predicate)) return null;
  // told as the predicate and its object, the first two of the shared terms in the negated order
  // ("survivor", "plane": not every word the negation reached)
  const told = shared.slice(0, 2);
  return { neg: inOrder(neg, told), pos: inOrder(pos, told) };
}

/**
 * How a sentence's first negation cue is built, from the words right around it (English grammar,
 * not any story's words):
 * - `wanted`: "not to" after an object or a verb ("warned him not to talk", "asked not to be
 *   named"): an order or a wish; nothing is reported as not done.
 * - `governor`: a lexical verb right before "not" ("pleaded not guilty"): the negation is inside
 *   that verb's complement, so a clash needs the same verb on the other side.
 * - `subjectFirst`: a determiner cue in subject position ("none of the jurors looked", "no talks
 *   were held"): its noun is the subject, and the predicate is the term after it. After a form of
 *   "be" or "have" ("there were no survivors", "had no choice") the noun is the predicate.
 * - `defining`: inside a relative clause that says which people are meant (definingClause):
 *   nothing is reported as not done.
 * - `word`: the cue itself, lower case ("not", "no", "never"; '' when there is none).
 * - `perfect`: after a form of "have" ("has never hosted", "had not been found"): the act is
 *   denied up to a moment, which only a report that it happened (a past form) contradicts.
 */
const negationShape = perSentence((s: SentenceFeatures): { word: string; perfect: boolean; wanted: boolean; governor: string | null; subjectFirst: boolean; defining?: boolean } => {
  if (!s.negated.length) return { word: '', perfect: false, wanted: false, governor: null, subjectFirst: false };
  const tokens = tokensOf(s);
  const cue = tokens.findIndex((t, i) => NEGATION_WORDS.has(t.lower) && !describingNo(tokens, i, s.text));
  if (cue < 0) return { word: '', perfect: false, wanted: false, governor: null, subjectFirst: false };
  const word = tokens[cue].lower;
  let before = cue - 1;
  while (before >= 0 && /^(?:\p{L}+ly|still|also|yet|just|even)$/u.test(tokens[before].lower)) before--;
  const prev = tokens[before]?.lower ?? '';
  // (a perfect is "have" with a verb's negation: "had no power" is "have" the verb, owning nothing)
  const none = { word, perfect: HAVE_FORMS.has(prev) && !DETERMINER_NEGATORS.has(word), wanted: false, governor: null, subjectFirst: false };
  if (word === 'not' && tokens[cue + 1]?.lower === 'to') return { ...none, wanted: true };
  if (definingClause(s, tokens, cue) || relativeOfThing(s, tokens, cue)) return { ...none, defining: true };
  if (word === 'not' && /^\p{L}{3,}$/u.test(prev) && !AUXILIARY_VERBS.has(prev) && !FUNCTION_WORDS.has(prev)) {
    return { ...none, governor: wordKey(prev) };
  }
  if (DETERMINER_NEGATORS.has(word) && !BE_OR_HAVE.has(prev)) return { ...none, subjectFirst: true };
  return none;
});
/**
 * Is the cue inside a relative clause about a thing ("six recommendations, two of which had not
 * been carried out", "the firm, which did not comment")? Its subject is the thing the clause
 * hangs on, named before it, which the other sentence's subject of the same verb seldom is ("the
 * assessment, carried out in March"): nothing the clause denies is compared.
 */
function relativeOfThing(s: SentenceFeatures, tokens: Token[], cue: number): boolean {
  for (let i = cue - 1; i >= 0; i--) {
    if (/^(?:which|whom)$/.test(tokens[i].lower)) return true;
    if (/[,;:—–]/.test(s.text.slice(tokens[i].end, tokens[i + 1].start))) return false;
  }
  return false;
}

/**
 * Is the cue inside a relative clause that says which people are meant ("patients who have high
 * Lp(a) but have not yet had a heart attack", "voters who did not turn out")? No comma before
 * "who" (that would add a fact about people already named) and none between it and the cue
 * ("but", "and" and a word's own brackets continue the clause). Only "who": "that" and "which"
 * also open what a verb reports ("said that it did not").
 */
function definingClause(s: SentenceFeatures, tokens: Token[], cue: number): boolean {
  for (let i = cue - 1; i > 0; i--) {
    const between = s.text.slice(tokens[i].end, tokens[cue].start).replace(/\p{L}\([\p{L}\d]+\)/gu, '');
    if (/[,;:—–]/.test(between)) return false;
    if (tokens[i].lower === 'who') return /^\p{L}+$/u.test(tokens[i - 1].text) && !/[,;:—–(]/.test(s.text.slice(tokens[i - 1].end, tokens[i].start));
  }
  return false;
}

const NEGATION_WORDS = new Set([...VERB_NEGATORS, ...DETERMINER_NEGATORS]);

/**
 * Does the sentence word `term` (a stem key) in a past form: regular ("hosted") or irregular,
 * spelled apart from its stem ("won" of "win", "held" of "hold")? Not a base form, a plural or
 * an "-ing" ("host", "hosts", "hosting"), which say nothing of an act done.
 */
function pastForm(s: SentenceFeatures, term: string): boolean {
  const tokens = tokensOf(s);
  return s.seq.some(([k, tok]) => {
    if (k !== term) return false;
    const w = tokens[tok].lower;
    // "-en" only as a listed participle ("taken", "given"): "open" and "happen" are base forms
    return /ed$/.test(w) || (/en$/.test(w) && w in IRREGULAR) || !w.startsWith(k.slice(0, 3));
  });
}

/**
 * Is the word at `tok` a noun by its determiner: right after one ("the run", "her bid") or after
 * one and a superlative or comparative ("the quickest run", "a better offer")?
 */
function nounAfterDeterminer(s: SentenceFeatures, tok: number): boolean {
  const tokens = tokensOf(s);
  const at = (i: number) => tokens[i]?.lower ?? '';
  return DETERMINERS.has(at(tok - 1)) || (DETERMINERS.has(at(tok - 2)) && /^\p{L}{2,}(?:est|er)$/u.test(at(tok - 1)));
}
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s']);
const HAVE_FORMS = new Set(['has', 'have', 'had', 'hasn', 'haven', 'hadn', "'ve", '’ve', "'d", '’d']);
const BE_OR_HAVE = new Set([...BE_FORMS, 'has', 'have', 'had', 'having']);
const AUXILIARY_VERBS = new Set([...BE_OR_HAVE, 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'need', 'dare']);
/** Words before "not" that are not a verb governing it: "but not", "whether or not", "if not". */
const FUNCTION_WORDS = new Set(['and', 'but', 'or', 'nor', 'if', 'whether', 'that', 'who', 'which', 'why', 'how', 'what', 'the', 'and', 'are', 'for', 'from', 'with', 'said', 'says']);

/**
 * Words that put a predicate in a mood other than a plain statement: will and wish ("willing
 * to", "would like", "open to", "ready to"), possibility ("could", "may", "might"), intention
 * ("plans to", "hopes to"). Each maps to its class; a predicate's class is the first such word
 * within MODAL_WINDOW tokens before it.
 */
const MODAL_WORDS: Record<string, string> = wordTable({
  willing: 'will', unwilling: 'will', ready: 'will', prepared: 'will', open: 'will', refused: 'will', refuse: 'will', refuses: 'will',
  would: 'would', wouldn: 'would', like: 'would', 'd': 'would',
  could: 'may', may: 'may', might: 'may', can: 'may', couldn: 'may',
  plan: 'plan', plans: 'plan', planned: 'plan', hope: 'plan', hopes: 'plan', wants: 'plan', want: 'plan', intends: 'plan', aims: 'plan',
  hinted: 'may', signaled: 'may', signalled: 'may',
});
const MODAL_WINDOW = 4;
/** Modal classes under which a predicate is wished, possible or planned, not stated. */
const WEAK_MODALS = new Set(['would', 'may', 'plan']);

/** A cheap test before modalBefore on the negated side: any word of a weak modal class at all. */
const WEAK_MODAL_NEAR = new RegExp(`\\b(?:${Object.entries(MODAL_WORDS).filter(([, c]) => WEAK_MODALS.has(c)).map(([w]) => w).join('|')})\\b`, 'i');

function modalBefore(s: SentenceFeatures, term: string): string {
  const at = tokenOf(s, term);
  if (at < 0) return '';
  const tokens = tokensOf(s);
  for (let i = at - 1; i >= Math.max(0, at - MODAL_WINDOW); i--) {
    const m = MODAL_WORDS[tokens[i].lower];
    if (m) return m;
  }
  return '';
}

/**
 * Is the term stated: outside a want/demand/whether clause, and not within a few words after
 * "any" ("any cut to the tariffs would have to be matched", "before any deal to cut tariffs":
 * a cut nobody has made) or "rather than" / "instead of" ("political rather than technical":
 * not technical)?
 */
/**
 * Is the word at `tok` a predicate noun or adjective: a form of "be" at most PREDICATIVE_REACH
 * words before it in its clause ("are not members", "is the sole survivor"; not the existential
 * "there were no survivors")? A participle after "be" is an act ("were not injured", "would not
 * be lodging"), not what something is.
 */
function isPredicative(s: SentenceFeatures, tok: number): boolean {
  if (tok < 1) return false;
  const tokens = tokensOf(s);
  const w = tokens[tok].lower;
  if (/(?:ed|en|ing)$/.test(w) || IRREGULAR[w]) return false;
  for (let i = tok - 1; i >= Math.max(0, tok - PREDICATIVE_REACH); i--) {
    // a clause break, or "to" (an infinitive's verb: "was not willing to reduce"), ends the search
    if (CLAUSE_OR_QUOTE.test(s.text.slice(tokens[i].end, tokens[i + 1].start)) || tokens[i].lower === 'to') return false;
    // "there were no survivors", "there appears to be no survivor" deny that any exist: any
    // mention of them asserts they do
    if (BE_FORMS.has(tokens[i].lower)) return !tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'there');
  }
  return false;
}
/** Words between "be" and its predicate: "is the sole survivor", "are not all members". */
const PREDICATIVE_REACH = 4;

function asserted(s: SentenceFeatures, term: string): boolean {
  const unstated = unstatedFrom(s);
  return s.seq.some(
    ([k, tok]) => k === term && (s.irrealisFrom < 0 || tok < s.irrealisFrom) && !unstated.some((a) => tok > a && tok - a <= UNSTATED_SCOPE),
  );
}

/** How many tokens after the marker are not stated: "any deal to cut" (3). */
const UNSTATED_SCOPE = 3;

/**
 * Token indexes of "any", of the last word of "rather than" / "instead of", and of the words of
 * lack ("without power", "lacked clean water": what follows them is not had; they are no
 * negation of a verb, so "without" stays out of NEGATIONS, but they assert nothing either).
 */
const unstatedFrom = perSentence((s): number[] => {
  if (!/\b(?:any|rather than|instead of|without|lack|lacks|lacked|lacking)\b/i.test(s.text)) return [];
  const tokens = tokensOf(s);
  return tokens.flatMap((t, i) => {
    const prev = tokens[i - 1]?.lower;
    return t.lower === 'any' || LACK_WORDS.has(t.lower) || (t.lower === 'than' && prev === 'rather') || (t.lower === 'of' && prev === 'instead') ? [i] : [];
  });
});
const LACK_WORDS = new Set(['without', 'lack', 'lacks', 'lacked', 'lacking']);

/**
 * Two preconditions that require different things of the same object: "cancel its tariffs
 * before talks" vs "lower its tariffs as a condition for negotiations". Both sentences state a
 * precondition, and the predicates on the shared object are antonymous or of a different degree
 * (remove vs reduce).
 */
export function preconditionConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string): ContradictionCue | null {
  if (!a.precondition || !b.precondition) return null;
  const hit = antonymOnObject(a, b, inPrecondition);
  return hit ? { kind: 'precondition', strong: true, why: `different precondition: ${outlet} says ${hit.other}; this page: ${hit.page}`, proof: proofOf('precondition', `the condition on ${hit.object}`, a, hit.page, b, hit.other) } : null;
}

/**
 * Antonymous predicates on the same object, both asserted and neither hedged: "raised tariffs"
 * vs "lowered tariffs", "confirmed" vs "denied".
 */
export function antonymConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string, background: ReadonlySet<string>): ContradictionCue | null {
  if (a.hedged || b.hedged) return null;
  // Opposite acts by two actors ("the ECB raised rates" / "the Fed cut rates"), or on two dates
  // ("raised rates on Tuesday" / "cut rates in March"), are two events, as for polarity.
  if (namesOnlyOthers(a, b) || daysApart(a, b)) return null;
  const hit = antonymOnObject(a, b, asserted, background);
  // Opposite acts on sets counted differently ("approved 3 measures" / "rejected 5 measures")
  // are acts on two sets, not one act told two ways.
  if (hit && countedApart(a, b, hit.key)) return null;
  // A figure is no object of the act: "dropped back to 213.1 metres" / "eased to 213.1 metres"
  // move one level to one value (different values are the figure cue's to tell).
  if (hit && /^#|^\p{N}/u.test(hit.key)) return null;
  return hit ? { kind: 'antonym', strong: false, why: `${outlet}: ${hit.other}; this page: ${hit.page}`, proof: proofOf('polarity', `what is done to ${hit.object}`, a, hit.page, b, hit.other) } : null;
}

/**
 * Is the term part of what a precondition requires? "cancel its tariffs before talks" and "slash
 * its tariffs first as a condition for negotiations" (the term before the marker), "unless
 * Washington cancels" (after it); not "wants action on fentanyl before it eases tariffs", where
 * easing is what the condition leads to.
 */
function inPrecondition(s: SentenceFeatures, term: string): boolean {
  const tokens = tokensOf(s);
  // "until recently" dates a state; it states no condition
  const markers = tokens.flatMap((t, i) => (PRECONDITION_MARKERS.has(t.lower) && !(t.lower === 'until' && tokens[i + 1]?.lower === 'recently') ? [i] : []));
  if (!markers.length) return true;
  return markers.some((m) => {
    // "no talks until Washington scrapped its tariffs", "unless Washington cancels": the
    // condition follows the marker; "cancel its tariffs before talks", "as a condition": it precedes.
    const after = CONDITION_FOLLOWS.has(tokens[m].lower);
    return s.seq.some(([k, tok]) => k === term && (after ? tok > m : tok < m));
  });
}

const CONDITION_FOLLOWS = new Set(['unless', 'until']);

function antonymOnObject(
  a: SentenceFeatures, b: SentenceFeatures, holds: ((s: SentenceFeatures, term: string) => boolean), background: ReadonlySet<string> = new Set(),
): { page: string; other: string; object: string; key: string } | null {
  const aTerms = termSet(a), bTerms = termSet(b);
  for (const [x, y] of ANTONYMS) {
    for (const [p, q] of [[x, y], [y, x]] as const) {
      // Without the predicates there are no objects (objectsOf reads terms of the sentences'
      // sequences, a subset of their terms): a cheap early exit, same result.
      if (!aTerms.has(p) || !bTerms.has(q)) continue;
      // each side must lack the other's predicate, otherwise the sentences discuss both options
      if (aTerms.has(q) || bTerms.has(p)) continue;
      if (!holds(a, p) || !holds(b, q)) continue;
      // a plain statement against a wish or a possibility is no clash ("has raised tariffs" /
      // "would like some softening", "is willing to lower")
      if (holds === asserted && modalBefore(a, p) !== modalBefore(b, q)) continue;
      const objA = objectsOf(a, p), objB = objectsOf(b, q);
      const common = objA.find((o) => objB.includes(o) && !PLACE_KEYS.has(o));
      // "raised its deposit rate" / "cut its lending rate", "approved the drug for adults" /
      // "rejected the drug for children": opposite acts on two things.
      if (common && objectsApart(a, b, p, q)) continue;
      // "The lower house approved the budget" / "The senate rejected the budget": two actors;
      // "denied that troops had crossed the border" / "confirmed that troops were near the
      // border": two statements confirmed and denied (predicate-frame.ts).
      if (common && (subjectsApart(a, p, b, q, background) || clausesApart(a, p, b, q))) continue;
      if (common) return { page: `${word(a, p)} ${word(a, common)}`, other: `${word(b, q)} ${word(b, common)}`, object: word(a, common), key: common };
    }
  }
  return null;
}

/** Do both sentences count `key` ("3 measures" / "5 measures"), with no count in common? */
function countedApart(a: SentenceFeatures, b: SentenceFeatures, key: string): boolean {
  const counts = (s: SentenceFeatures) => {
    const ms = measuresOf(s);
    return s.quantities.flatMap((q, k) => (q.unit === 'count' && ms[k].key === key ? [q.value] : []));
  };
  const ca = counts(a), cb = counts(b);
  return ca.length > 0 && cb.length > 0 && !ca.some((v) => cb.includes(v));
}

/**
 * Is `predicate` in `s` a noun whose "of" phrase names what it acts on, a thing the other
 * sentence never names ("a marked softening of tone" / "not willing to reduce tariffs": the tone
 * softens, not the tariffs)? English's object of a nominalised act follows it with "of".
 */
function ofObjectApart(s: SentenceFeatures, predicate: string, other: SentenceFeatures): boolean {
  const at = tokenOf(s, predicate);
  if (at < 0) return false;
  const tokens = tokensOf(s);
  if (tokens[at + 1]?.lower !== 'of' || /[,;:.!?()—–]/.test(s.text.slice(tokens[at].end, tokens[at + 1].start))) return false;
  const object = s.seq.filter(([, t]) => t > at + 1 && t <= at + 1 + OF_OBJECT_REACH).map(([k]) => k).filter((k) => !k.startsWith('#'));
  if (!object.length) return false;
  const theirs = termSet(other);
  return object.every((k) => !theirs.has(k));
}
/** Tokens of an "of" object's noun phrase read after "of": "of tone", "of the levy", "of its tariffs". */
const OF_OBJECT_REACH = 3;

/**
 * Do the two acts (`pa` in `a`, `pb` in `b`; the same term when not given) have different
 * objects: each side's object phrase holds a word the other sentence does not have at all? The
 * object phrase runs from the verb to the end of its noun phrase, with the complement of "for",
 * "between", "against", "among", "in" or "on" after it ("the drug for adults", "a link between
 * salt and cancer", "prices in Europe"), not a "to" (a purpose or a new level: "reduce tariffs
 * to 80%", "to spur talks"). A word only one side has is detail; a word on each side that the
 * other lacks is a second thing.
 */
export function objectsApart(a: SentenceFeatures, b: SentenceFeatures, pa: string, pb = pa): boolean {
  const ta = termSet(a), tb = termSet(b);
  const shared = new Set([...ta].filter((t) => tb.has(t)));
  return objectPhrase(a, pa, shared).some((k) => !tb.has(k)) && objectPhrase(b, pb, shared).some((k) => !ta.has(k));
}

/**
 * The term keys of the object phrase after the first occurrence of `predicate` (see
 * objectsApart): its noun phrase up to its head, and the complement after it. The head is the
 * phrase's last word both sentences have ("its full-year revenue forecast" / "its profit
 * forecast"); words between the head and a complement are left out, as after a noun English
 * puts adverbs ("scrapped its tariffs altogether", "first"), not modifiers of it.
 */
function objectPhrase(s: SentenceFeatures, predicate: string, shared: ReadonlySet<string>): string[] {
  const at = tokenOf(s, predicate);
  if (at < 0) return [];
  const tokens = tokensOf(s);
  const keyAt = new Map(s.seq.map(([k, t]) => [t, k] as const));
  const phrase: { k: string; inComplement: boolean }[] = [];
  let complement = false;
  for (let i = at + 1; i < tokens.length; i++) {
    const between = s.text.slice(tokens[i - 1].end, tokens[i].start);
    if (/[,;:.!?()—–]/.test(between)) break;
    const w = tokens[i].lower;
    if (OBJECT_COMPLEMENTS.has(w)) {
      if (complement) break;
      complement = true;
      continue;
    }
    // "between salt and cancer": within a complement "and" joins its nouns
    if (OBJECT_ENDS.has(w) && !(complement && w === 'and')) break;
    const k = keyAt.get(i);
    if (k && !k.startsWith('#')) phrase.push({ k, inComplement: complement });
  }
  let head = -1;
  phrase.forEach((p, i) => {
    if (!p.inComplement && shared.has(p.k)) head = i;
  });
  return phrase.filter((p, i) => i !== head && (p.inComplement || head < 0 || i < head)).map((p) => p.k);
}
/** Prepositions whose phrase says which thing an act is on or for. */
const OBJECT_COMPLEMENTS = new Set(['for', 'between', 'against', 'among', 'in', 'on']);
/** Words that end an object phrase: other prepositions, conjunctions, relative words, verbs' helpers. */
const OBJECT_ENDS = new Set(['to', 'at', 'by', 'from', 'with', 'after', 'before', 'since', 'until', 'as', 'and', 'or', 'but', 'that', 'which', 'who', 'while', 'because', 'if', 'than', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'will', 'would']);

function objectsOf(s: SentenceFeatures, predicate: string): string[] {
  const out: string[] = [];
  s.seq.forEach(([k], i) => {
    if (k !== predicate) return;
    for (let j = i + 1; j < Math.min(s.seq.length, i + 1 + PREDICATE_WINDOW); j++) out.push(s.seq[j][0]);
  });
  return out;
}

// Relation of an aligned pair (page claim, other outlet's sentence): contradicts / adds / agree,
// with a short reason a reader understands.
//
// Contradiction needs an explicit cue; absent one, "adds" when the other sentence carries a
// material detail (number, name, place, date) the claim lacks, otherwise "agree".
import { tokensOf, type SentenceFeatures } from '../text/features';
import { ANTONYMS, EVENT_CLASSES, MONTHS, STOPWORDS, WEEKDAYS } from '../text/lexicon';
import { CLAUSE_BREAK, termsOf, tokenize, wordKey, type Detail } from '../text/normalize';
import { calendarWord, changeReaches, estimateRange, formatQuantity, numberWordValue, isTimeStamp, labelStart, sameQuantity, sameValue, SCORE_UNIT, type Quantity } from '../text/numbers';
import { datingOf, eventClocks, exactClock, isEventCount, isNamedMeasure, measuresOf, SAME_MOMENT_MINUTES, sameDating, sameMeasure, sameMeasureAnyStatus, sizedApart, sizeNamesHolder, UNNAMED_EXTENT, valuesConflict, verbByForm, yearsDating, type Measure } from '../facts/measure';
import type { ContradictionProof, Relation } from '../types';
import { qualified } from '../text/clauses';
import { termSet } from '../index/similarity';
import { perSentence } from '../text/memo';
import { MIN_QUOTE_WORDS, otherSpeaker, quoteOverlap, SAME_QUOTE_OVERLAP, speakerOf } from '../text/speaker';
import { actDaysConflict, countsOfDays, eventDays, type EventDays } from './event-days';
import { placesConflict } from './event-place';
import { eventClasses } from './event-frame';
import { wordTable } from '../text/word-table';
import { holdersApart, subjectsRestrictedApart } from './predicate-frame';
import { type ContradictionCue, proofOf, fullNames, daysApart, PERIOD, inOrder, tokenOf, word } from './cue-support';
import { polarityConflict, preconditionConflict, antonymConflict, conditionalRefusal, objectsApart } from './polarity-cues';

export interface RelationResult {
  relation: Relation;
  why: string;
  /** Material details the other sentence adds (for "adds" and for ranking additions). */
  added: Detail[];
  /** For "contradicts": what both sides state and each side's value (see ContradictionProof). */
  proof?: ContradictionProof;
}

export function classify(
  claim: SentenceFeatures,
  other: SentenceFeatures,
  otherOutlet: string,
  background: ReadonlySet<string> = new Set(),
): RelationResult {
  const contra = contradiction(claim, other, otherOutlet, background);
  if (contra) return { relation: 'contradicts', why: contra.why, added: [], proof: contra.proof };
  return agreesOrAdds(claim, other, otherOutlet, background);
}

/**
 * The relation of a pair that is not told as a clash: agree, or adds with what the other side
 * adds. classify() after its contradiction cue; also used alone for pairs too weak to carry a
 * clash (match-claim.ts, the loose pair).
 */
export function agreesOrAdds(
  claim: SentenceFeatures,
  other: SentenceFeatures,
  otherOutlet: string,
  background: ReadonlySet<string> = new Set(),
): RelationResult {
  const added = addedDetails(claim, other, background);
  const counted = differentlyCounted(claim, other, otherOutlet, added) ?? figuresDiffer(claim, other, otherOutlet);
  if (added.length) return { relation: 'adds', why: counted ?? 'adds: ' + added.map((d) => d.label).slice(0, 4).join(', '), added };
  // A purpose or a condition the claim does not state is a material detail too.
  if (qualified(other) && !qualified(claim)) {
    return { relation: 'adds', why: counted ?? 'adds: a purpose or condition', added };
  }
  // One side refuses only to act alone ("will not cut fees on its own"), the other reports the
  // act or its weighing: not the same report, and not a clash either (polarityConflict).
  if (conditionalRefusal(claim) !== conditionalRefusal(other)) return { relation: 'adds', why: counted ?? 'adds: a condition', added };
  // Both quote someone, in other words ("called the response “fast and efficient”" / "“slow and
  // chaotic”"): not the same report, and not a clash the engine can prove.
  const quoted = otherQuotation(claim, other);
  if (quoted) return { relation: 'adds', why: counted ?? `quotes other words: “${quoted}”`, added };
  // Numbers the figures leave out (an identifier's, a scale's: "a Category 3 storm" / "a
  // Category 4 storm"): each side has one the other lacks, so the two do not report the same,
  // whatever else they share.
  const numbers = numbersDiffer(claim, other, otherOutlet);
  if (numbers) return { relation: 'adds', why: counted ?? numbers, added };
  // Two members of one series ("the second row" / "the third row", "Game 3" / "Game 4"): not
  // the same report, and no clash the engine can prove (they may be two events).
  const members = seriesDifference(claim, other);
  if (members) return { relation: 'adds', why: counted ?? `numbers differ: ${members[0]} here, ${members[1]} in ${otherOutlet}`, added };
  // Figures that differ with no proof they are one quantity: not a clash, but not the same report either.
  return { relation: counted ? 'adds' : 'agree', why: counted ?? agreeWhy(claim, other), added };
}

/** "numbers differ: Category 3 here, Category 4 in X" when each sentence has a number the other lacks. */
function numbersDiffer(claim: SentenceFeatures, other: SentenceFeatures, outlet: string): string | null {
  const na = numeralsOf(claim), nb = numeralsOf(other);
  const a = na.find((n) => !nb.some((m) => m.value === n.value)), b = nb.find((n) => !na.some((m) => m.value === n.value));
  return a && b ? `numbers differ: ${a.label} here, ${b.label} in ${outlet}` : null;
}
/**
 * Each run of digits in the sentence that no figure covers (figures are compared by their own
 * rules, with units, bounds and conversions): an identifier's, a scale's. Labelled
 * with the word before it when that is capitalised ("Category 3").
 */
const numeralsOf = perSentence((s: SentenceFeatures): { value: string; label: string }[] => {
  const tokens = tokensOf(s);
  const covered = s.quantities.map((q) => [labelStart(tokens, q), labelStart(tokens, q) + q.label.length] as const);
  return [...s.text.matchAll(/(?:(\p{L}+)\s+)?(\d+(?:[.,:]\d+)*)(?=(\s+\p{L}+)?)/gu)]
    .filter((m) => {
      const at = m.index! + m[0].length - m[2].length;
      // an ordinal ("9th") is a member of a series, named by seriesDifference with its noun
      const ordinal = /^(?:st|nd|rd|th)\b/.test(s.text.slice(m.index! + m[0].length));
      return !covered.some(([from, to]) => at >= from && at < to) && !/^(?:19|20)\d\d$/.test(m[2]) && !ordinal;
    })
    // a day written before its month is a date too ("22 September", not "22")
    .map((m) => ({ value: m[2].replace(/,/g, ''), label: m[3] && calendarWord(m[3].trim().toLowerCase()) ? `${m[2]}${m[3]}` : m[1] && /^\p{Lu}/u.test(m[1]) ? `${m[1]} ${m[2]}` : m[2] }));
});

/**
 * Two figures described alike (alike() below) with different values, where no proof says they are one quantity (contradiction() found none): told as a
 * difference in neutral words, never as a clash. "figures differ: 242 here, 230 in Reuters".
 */
function figuresDiffer(claim: SentenceFeatures, other: SentenceFeatures, outlet: string): string | null {
  const ma = measuresOf(claim), mb = measuresOf(other);
  const da = datingOf(claim), db = datingOf(other);
  // described alike: the same unit, measure (facts/measure.ts key), side and kind, held at the
  // same time, with a word around both
  const alike = (qa: Quantity, qb: Quantity) => {
    const x = claim.quantities.indexOf(qa), y = other.quantities.indexOf(qb);
    return qa.unit === qb.unit && !isTimeStamp(qa) && ma[x].key === mb[y].key && ma[x].counter === mb[y].counter && ma[x].change === mb[y].change &&
      sameDating(da[x], db[y]) && (qa.context.some((k) => qb.context.includes(k)) || isEventCount(ma[x].key));
  };
  // a figure in digits, or a count of what the event did in words ("nine dead"): other words
  // for numbers ("one of them", "two sides") are rarely figures
  const figure = (s: SentenceFeatures, q: Quantity) => /\d/.test(q.label) || isEventCount(measuresOf(s)[s.quantities.indexOf(q)].key);
  // one value for the other's by the Figures panel's and the contradiction cue's own test
  // (valuesConflict: a bound, a hedge or a rounding covers it, "54%" / "54.2%")
  const agrees = (qa: Quantity, qb: Quantity) => !valuesConflict(qa, ma[claim.quantities.indexOf(qa)], qb, mb[other.quantities.indexOf(qb)]);
  for (const qa of claim.quantities) {
    if (qa.range || (qa.unit === 'count' && !figure(claim, qa))) continue;
    // either side giving the other's value too is no difference ("145% and 125%" on both sides),
    // nor are parts that add up to the whole ("230 passengers and 12 crew" / "242")
    if (other.quantities.some((q) => alike(qa, q) && agrees(qa, q))) continue;
    const y = other.quantities.findIndex((q) => !q.range && figure(other, q) && alike(qa, q) && !agrees(qa, q));
    if (y < 0 || sumOfParts(other, y, qa.value) || sumOfParts(claim, claim.quantities.indexOf(qa), other.quantities[y].value)) continue;
    const qb = other.quantities[y];
    // each side in its own words, with its unit or noun ("2 metres", "36 goals"), as a proof says it
    if (!claim.quantities.some((q) => q.unit === qb.unit && sameValue(q, qb))) return `figures differ: ${inWords(claim, qa)} here, ${inWords(other, qb)} in ${outlet}`;
  }
  return null;
}

/**
 * A figure another outlet adds, with what it counts when the word after it says so: a unit
 * ("165 km/h", "163 mm") or a plural noun ("1.9 million crowns", "11,000 people"). Any other
 * word after a figure ("51% more", "212,000 electric …") is left out: English counts in plural
 * nouns, and without parts of speech an adjective cannot be told from a noun.
 */
function withUnit(s: SentenceFeatures, q: Quantity): string {
  // a hedge that opened the sentence is mid-list here: "adds: Monday, about 20 cars"
  const phrase = inWords(s, q).replace(/^(?:About|Around|Nearly|Almost|Some|Over|Under|More|Fewer|Less|Up|At)\b/, (w) => w.toLowerCase());
  if (phrase.endsWith(q.label)) return phrase;
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  const counted = /\/|\bper\s/.test(phrase) || (/^\p{L}+s$/u.test(last) && !/(?:ss|us|is)$/i.test(last)) || COUNT_WORDS.has(last.toLowerCase()) || /^\d/.test(last);
  return counted ? phrase : phrase.slice(0, phrase.length - last.length).trim();
}
/** Units and plurals without a final "s" that a count may end with. */
const COUNT_WORDS = new Set(['people', 'police', 'staff', 'crew', 'children', 'men', 'women', 'km', 'm', 'ft', 'kg', 'mm', 'cm', 'mph', 'kph', 'mi']);

/** A figure as its sentence words it: a scoreline or a time of day as written, else with its unit or noun. */
function inWords(s: SentenceFeatures, q: Quantity): string {
  return q.unit === SCORE_UNIT || q.unit === 'clock' ? q.label : figurePhrase(s, q);
}

/**
 * The same kind of figure counted differently ("10% twice" vs "20%"): not comparable, so not a
 * contradiction, but worth showing side by side, with the dates the other sentence gives.
 */
function differentlyCounted(claim: SentenceFeatures, other: SentenceFeatures, outlet: string, added: Detail[]): string | null {
  for (const qa of claim.quantities) {
    const qb = other.quantities.find((q) => q.unit === qa.unit && q.times !== qa.times && q.context.some((k) => qa.context.includes(k)));
    if (!qb) continue;
    const dates = added.filter((d) => d.kind === 'date').map((d) => d.label.slice(0, 3));
    return `${outlet}: ${formatQuantity(qb)}${dates.length ? ` (${dates.join(', ')})` : ''}; this page: ${formatQuantity(qa)}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Contradiction cues

/** `background`: the story's main actors (story/background.ts), the parties a "third place" is neither of. */
export function contradiction(a: SentenceFeatures, b: SentenceFeatures, outlet: string, background: ReadonlySet<string> = new Set()): ContradictionCue | null {
  return (
    numberConflict(a, b, outlet, background) ?? preconditionConflict(a, b, outlet) ?? polarityConflict(a, b, outlet, background) ??
    antonymConflict(a, b, outlet, background) ?? dateConflict(a, b, outlet, background) ?? clockConflict(a, b, outlet) ?? placeConflict(a, b, outlet, background) ?? actorConflict(a, b, outlet) ??
    speakerConflict(a, b, outlet)
  );
}

/**
 * The same meeting or trip in two countries: "talks in Vienna" / "talks in Geneva", "sending
 * him to Rome" / "he will travel to Paris", "in a neutral country" / "to Washington" (one of
 * the parties). Both report a meeting, talks or a trip (the contact class of event-frame.ts)
 * and each sets it in one place (event-place.ts). Only on a pair already aligned (not strong).
 */
function placeConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string, parties: ReadonlySet<string>): ContradictionCue | null {
  if (!eventClasses(a).has('contact') || !eventClasses(b).has('contact')) return null;
  const hit = placesConflict(a, b, parties);
  const event = hit && sharedEvent(a, b);
  return hit && event ? { kind: 'place', strong: false, why: `different place: ${outlet} says ${hit.other}; this page: ${hit.page}`, proof: proofOf('place', `the place (${event})`, a, hit.page, b, hit.other) } : null;
}

/**
 * The same words quoted from two people: each sentence names a different speaker (none of the
 * other's name words) for a quotation of at least SPEAKER_QUOTE_WORDS words that the other
 * gives nearly word for word (quote overlap ≥ SAME_WORDS_OVERLAP). Who said it is the fact.
 */
function speakerConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string): ContradictionCue | null {
  for (const qa of a.quotes) {
    if (qa.text.split(/\s+/).length < SPEAKER_QUOTE_WORDS) continue;
    const sa = speakerOf(a.text, qa);
    if (!sa) continue;
    for (const qb of b.quotes) {
      if (quoteOverlap(qa.text, qb.text) < SAME_WORDS_OVERLAP) continue;
      const sb = speakerOf(b.text, qb);
      if (!sb || !otherSpeaker(sa, sb)) continue;
      // each side read a speaker, but the other sentence names that person too ("said Maria
      // Lindqvist, who heads the Families Alliance" / "Maria Lindqvist of the Families Alliance
      // says …", read as the Alliance): one speaker, named two ways
      if (namesAnyWord(b, sa) || namesAnyWord(a, sb)) continue;
      return { kind: 'actor', strong: false, why: `different speaker: ${outlet} says ${sb}; this page: ${sa}`, proof: proofOf('person', `who said “${qa.text.replace(/[,.]$/, '')}”`, a, sa, b, sb) };
    }
  }
  return null;
}
/**
 * The other sentence's quotation when both quote someone (MIN_QUOTE_WORDS words or more) and no
 * two of their quotations are the same quote (SAME_QUOTE_OVERLAP, the Quotes panel's own bar).
 */
function otherQuotation(a: SentenceFeatures, b: SentenceFeatures): string | null {
  const long = (s: SentenceFeatures) => s.quotes.filter((q) => q.text.split(/\s+/).length >= MIN_QUOTE_WORDS);
  const qa = long(a), qb = long(b);
  if (!qa.length || !qb.length) return null;
  if (qa.some((x) => qb.some((y) => quoteOverlap(x.text, y.text) >= SAME_QUOTE_OVERLAP))) return null;
  return qb[0].text.replace(/[,.]$/, '');
}
/** Does the sentence name any capitalised word of the name (three letters or more)? */
function namesAnyWord(s: SentenceFeatures, name: string): boolean {
  return name.split(/[\s-]+/).some((w) => /^\p{Lu}\p{L}{2,}$/u.test(w) && namesWord(s, w));
}
/** Shorter quotations are phrases anyone may use ("a great day"). */
const SPEAKER_QUOTE_WORDS = 4;
/** Nearly the same words: all but one content term in five. */
const SAME_WORDS_OVERLAP = 0.8;

/**
 * Two people of one family name for the same act: "Foreign Minister Wang Yi will travel" /
 * "Wang Xiaohong will travel". Both full names of two words sharing one word in the same
 * place and differing in the other; neither sentence names the other person. Only on a pair
 * already aligned (not strong).
 */
function actorConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string): ContradictionCue | null {
  const na = fullNames(a);
  if (!na.length) return null;
  const nb = fullNames(b);
  for (const x of na) {
    for (const y of nb) {
      const [x1, x2] = x.key.split(' '), [y1, y2] = y.key.split(' ');
      // "Hualien County" / "Yilan County": places named with the same kind word, not people
      if (PLACE_KIND_WORDS.test(x.name) || PLACE_KIND_WORDS.test(y.name)) continue;
      if ((x1 === y1) === (x2 === y2)) continue; // the same name, or unrelated names
      if (na.some((n) => n.key === y.key) || nb.some((n) => n.key === x.key)) continue;
      // the other names this person by the word that tells the two apart ("…so that's Mathieu,"
      // Luc Tremblay said / Mathieu Tremblay): a relative speaks of them, both are there
      const own = (n: { name: string }, first: boolean) => n.name.split(/\s+/).at(first ? 0 : -1)!;
      if (namesWord(b, own(x, x1 !== y1)) || namesWord(a, own(y, x1 !== y1))) continue;
      const keys = sharedEventKeys(a, b);
      // the same act on the same thing: "will visit Tokyo" / "will visit Seoul" are two visits
      if (!keys || actsApart(a, b, keys)) continue;
      const event = sharedEvent(a, b)!;
      return { kind: 'actor', strong: false, why: `different person: ${outlet} says ${y.name}; this page: ${x.name}`, proof: proofOf('person', `who (${event})`, a, x.name, b, y.name) };
    }
  }
  return null;
}

/** Does the sentence write this word of a name anywhere, capitalised as a name is (first in a quotation too)? */
function namesWord(s: SentenceFeatures, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(s.text);
}

/**
 * The named place an act goes to: the capitalised words of "to …" right after the act's word
 * ("travel to Lima", "fly to the Hague"), as term keys; none when no such phrase follows.
 */
function destinationOf(s: SentenceFeatures, act: string): string[] {
  const at = tokenOf(s, act);
  if (at < 0) return [];
  const tokens = tokensOf(s);
  if (tokens[at + 1]?.lower !== 'to') return [];
  const keyAt = new Map(s.seq.map(([k, t]) => [t, k] as const));
  const out: string[] = [];
  for (let i = tokens[at + 2]?.lower === 'the' ? at + 3 : at + 2; i < tokens.length && /^\p{Lu}/u.test(tokens[i].text); i++) {
    const k = keyAt.get(i);
    if (k) out.push(k);
  }
  return out;
}

/** Words that make a two-word name a place or a body: "Yilan County", "Pearl River", "Hong Kong Island". */
const PLACE_KIND_WORDS = /\b(?:County|City|Province|State|District|Prefecture|Region|River|Island|Islands|Bay|Sea|Lake|Mountain|Mountains|Valley|Street|Avenue|Square|Park|Port|Airport|Station|Bridge|University|Hospital|Council|Ministry|Department|Agency|Bureau|Party|Group|Bank)\b/;

/**
 * The act both sentences report, in each one's word ("sends / sending", "talks"): the first of
 * the page's terms whose event class (lexicon.ts EVENT_CLASSES) the other sentence names too,
 * and the other's first term of that class. A place, a date or a person differs only for one
 * event; without a shared act there is no proof.
 */
function sharedEvent(a: SentenceFeatures, b: SentenceFeatures): string | null {
  const keys = sharedEventKeys(a, b);
  if (!keys) return null;
  const pw = word(a, keys[0]).toLowerCase(), ow = word(b, keys[1]).toLowerCase();
  return pw === ow ? pw : `${pw} / ${ow}`;
}
/** The term keys of the act both sentences report (see sharedEvent): the page's, the other's. */
function sharedEventKeys(a: SentenceFeatures, b: SentenceFeatures): [string, string] | null {
  const cb = eventClasses(b);
  const hit = a.seq.find(([k]) => EVENT_CLASSES[k] && cb.has(EVENT_CLASSES[k]));
  if (!hit) return null;
  return [hit[0], b.seq.find(([k]) => EVENT_CLASSES[k] === EVENT_CLASSES[hit[0]])![0]];
}

/**
 * Is the act done to two things or in two places: its objects differ (objectsApart: "visit
 * Tokyo" / "visit Seoul"), its destinations after "to" differ (destinationOf: "travel to Lima" /
 * "travel to Quito", which the object phrase leaves out), or each sentence names a place the
 * other does not? Then two people doing it are two acts, not one act told of two people.
 */
function actsApart(a: SentenceFeatures, b: SentenceFeatures, [ka, kb]: [string, string]): boolean {
  if (objectsApart(a, b, ka, kb)) return true;
  const da = destinationOf(a, ka), db = destinationOf(b, kb);
  if (da.length && db.length && !da.some((k) => db.includes(k))) return true;
  const places = (s: SentenceFeatures) => s.details.flatMap((d) => (d.kind === 'place' ? [d.key] : []));
  const pa = places(a), pb = places(b);
  return pa.some((k) => !pb.includes(k)) && pb.some((k) => !pa.includes(k));
}

/**
 * Do the two sentences name one act besides the figure `q` itself: an act of the same event
 * class, or two content words in common other than the figure's own ("the jury reached the
 * verdict after three hours" / "… reached its verdict in less than two hours": the subject and
 * the act; not "the jury … after 30 minutes of deliberation, sent a note", which shares only
 * the jury)?
 */
function sameAct(a: SentenceFeatures, b: SentenceFeatures, q: Quantity | null): boolean {
  if (sharedEvent(a, b)) return true;
  const own = new Set(q?.context ?? []);
  const tb = termSet(b);
  // Names and places say who and where, not what was done: "a train from Harwick came off the
  // tracks outside Ellesby" / "trains from Harwick were terminating at Ellesby" share three words
  // and no act.
  const named = new Set([...a.details, ...b.details].flatMap((d) => (d.kind === 'name' || d.kind === 'place' ? d.key.split(' ').map(wordKey) : [])));
  const shared = new Set([...termSet(a)].filter((t) => !t.startsWith('#') && !own.has(t) && !CALENDAR_TERMS.has(t) && !named.has(t) && tb.has(t)));
  return sharedConcepts(a, b, shared) >= SAME_ACT_WORDS;
}

/**
 * Shared words counted as concepts: two words next to each other in both sentences, in the same
 * order, the second no verb by its form, are one noun ("the cable ship" / "the cable ship Ardent
 * Tern"): the subject, and no act. ("The quake struck" is a subject and an act.)
 */
function sharedConcepts(a: SentenceFeatures, b: SentenceFeatures, shared: ReadonlySet<string>): number {
  const tokOf = (s: SentenceFeatures) => new Map(s.seq.map(([k, tok]) => [k, tok]));
  const ta = tokOf(a), tb = tokOf(b), tokens = tokensOf(a);
  let n = 0;
  for (const k of shared) {
    const at = ta.get(k)!;
    const prev = a.seq.find(([, tok]) => tok === at - 1)?.[0];
    const joined = prev !== undefined && prev !== k && shared.has(prev) && tb.get(prev) === tb.get(k)! - 1 && !verbByForm(tokens[at].lower);
    if (!joined) n++;
  }
  return n;
}
/**
 * Days and months, and English's words of the time of day and of relative days ("in the early
 * hours of Tuesday", "that evening"): when an act happened, not the act (a date cue compares them).
 */
const CALENDAR_TERMS = new Set([...WEEKDAYS, ...MONTHS, 'weekend', ...['early', 'late', 'hour', 'hours', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'dawn', 'midnight', 'noon', 'midday', 'today', 'yesterday', 'tomorrow', 'day', 'week']].map(wordKey));
/** A subject and an act (see sameAct). */
const SAME_ACT_WORDS = 2;

/**
 * Do the clauses around tokens `ta` of `a` and `tb` of `b` share a content word (not a word of
 * when), or an act of one event class?
 */
function actAt(a: SentenceFeatures, ta: number[], b: SentenceFeatures, tb: number[]): boolean {
  const wa = clauseWords(a, ta), wb = clauseWords(b, tb);
  if ([...wa].some((k) => wb.has(k))) return true;
  const classes = new Set([...wa].flatMap((k) => (EVENT_CLASSES[k] ? [EVENT_CLASSES[k]] : [])));
  return [...wb].some((k) => EVENT_CLASSES[k] && classes.has(EVENT_CLASSES[k]));
}
/** The content words of the clauses (clauseSpan) around the tokens, less words of when. */
function clauseWords(s: SentenceFeatures, toks: number[]): Set<string> {
  const out = new Set<string>();
  for (const tok of toks) {
    const [from, to] = clauseSpan(s, tok);
    for (const [k, i] of s.seq) if (i >= from && i < to && !k.startsWith('#') && !CALENDAR_TERMS.has(k)) out.add(k);
  }
  return out;
}
/**
 * Token range [from, to) of the clause around `tok`, cut at a semicolon or at a word that opens a
 * subordinate clause (SUBORDINATORS, a closed class of English), not at commas: an apposition
 * ("Air India's flight 171, from Ahmedabad to Gatwick, took off at 1.38pm") keeps its subject.
 */
function clauseSpan(s: SentenceFeatures, tok: number): [number, number] {
  const tokens = tokensOf(s);
  // "before the weekend", "after Monday's talks": a preposition of the day itself, not a clause
  let own = tok;
  while (own > 0 && /^(?:the|this|that|next|last|early|late|on)$/.test(tokens[own - 1].lower)) own--;
  // (and at a comma before "and" / "but", which joins two main clauses: "walked out on Monday,
  // and the strike may spread")
  const breakBefore = (i: number) => s.text.slice(tokens[i - 1].end, tokens[i].start).includes(';') ||
    (/^(?:and|but)$/.test(tokens[i].lower) && s.text.slice(tokens[i - 1].end, tokens[i].start).includes(',')) ||
    (SUBORDINATORS.has(tokens[i].lower) && !(i === own - 1 && /^(?:before|after|until|since)$/.test(tokens[i].lower)));
  let from = tok;
  while (from > 0 && !breakBefore(from)) from--;
  let to = tok + 1;
  while (to < tokens.length && !breakBefore(to)) to++;
  return [from, to];
}
const SUBORDINATORS = new Set(['when', 'after', 'before', 'whether', 'because', 'since', 'until', 'while', 'whereas', 'once', 'as']);
/** Days English names relative to the day of writing. */
const RELATIVE_DAY = /\b(?:yesterday|today|tonight|tomorrow|last night)\b/gi;
/** A relative day not set beside a weekday in apposition ("today, Thursday", "Monday (yesterday)"): another moment. */
function relativeDayApart(text: string): boolean {
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const before = text.slice(0, m.index), after = text.slice(m.index + m[0].length);
    if (!/^[\s,(]*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(after) && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,(]*$/i.test(before)) return true;
  }
  return false;
}
/**
 * Tokens of the days a sentence names (weekdays, months, "weekend"). A month is written with its
 * capital: "may" is a modal and "march" a verb.
 */
function dayTokens(s: SentenceFeatures): number[] {
  return tokensOf(s).flatMap((t, i) => (WEEKDAYS.includes(t.lower) || (MONTHS.includes(t.lower) && /^\p{Lu}/u.test(t.text)) || t.lower === 'weekend' ? [i] : []));
}

/**
 * What a contradicting figure measures, in words a reader can check in both sentences: the
 * measure class's name ("deaths", "depth"), a distance's place ("distance from Hualien"), the
 * measured noun as the page words it ("tariffs", "altitude"), and only when none of these is
 * known the words around both figures.
 */
function measureWords(a: SentenceFeatures, qa: Quantity, ma: Measure, b: SentenceFeatures, qb: Quantity): string {
  const key = measuredKey(ma);
  if (MEASURE_NAMES[key]) return MEASURE_NAMES[key];
  if (key.startsWith('offset:')) return `distance from ${word(a, key.slice('offset:'.length))}`;
  if (!GENERIC_MEASURE_KEYS.has(key)) return word(a, key.split('+')[0]) + (key.includes('+') ? ` and ${word(a, key.split('+')[1])}` : '');
  const shared = qa.context.filter((k) => qb.context.includes(k) && !k.startsWith('#'));
  return shared.length ? inOrder(a, shared.slice(0, 3)) : 'the figure';
}
/** A measure's key without its unit's dimension ("length:depth" → "depth", "temperature:seville" → "seville"). */
function measuredKey(m: Measure): string {
  return m.key.replace(/^(?:length|mass|duration|speed|temperature):/, '');
}
/** Measure keys that name no measured thing: a unit alone, an extent nothing names. */
const GENERIC_MEASURE_KEYS = new Set(['count', '%', 'USD', 'EUR', 'GBP', 'CNY', 'extent']);
const MEASURE_NAMES: Record<string, string> = wordTable({
  death: 'deaths', injury: 'people injured', trapped: 'people trapped', missing: 'people missing', arrest: 'arrests',
  evacuated: 'people evacuated', rescued: 'people rescued', depth: 'depth', magnitude: 'magnitude', clock: 'time of day',
});

/**
 * The same event on days that cannot overlap: "talks on Wednesday, May 14" / "in Switzerland
 * Friday to Monday". Only on a pair already aligned (not strong): two sentences of a story often
 * name different days for different events.
 */
function dateConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string, background: ReadonlySet<string>): ContradictionCue | null {
  const da = eventDays(a);
  if (!da) return null;
  const db = eventDays(b);
  if (!db || !actDaysConflict(da, db)) return null;
  // A day both name, whatever act each sets on it, may be the day of the act the other reports
  // ("six schools that shut on Wednesday are due to reopen on Thursday" / "will stay closed on
  // Wednesday"): no proof of two days for one act.
  if ([...da.weekdays].some((d) => db.weekdays.has(d))) return null;
  // A day named relative to the report ("yesterday", "today") is a day no weekday can be told
  // apart from, and a sentence naming one beside its weekday names two moments ("of the 41 taken
  // to hospital on Saturday, 19 were still being treated yesterday"): its act may be on either.
  if (relativeDayApart(a.text) || relativeDayApart(b.text)) return null;
  // A sentence that counts days from another act ("due on 21 May, a day before the rate
  // decision", "two days after the vote") names two days: its day is not that act's.
  if (countsOfDays(a.text).length || countsOfDays(b.text).length) return null;
  // The pair is aligned (one fact), so its days are that fact's days; the act's word is named
  // when both sentences share one. Unless the two give the same measure different values: then
  // they are two readings on two days ("inflation rose to 3.2% in March" / "to 3.5% in April"),
  // and neither the day nor the figure is contradicted.
  if (readingsApart(a, b)) return null;
  // And one act on both sides: "the company hired 200 workers in March" / "cut 300 jobs in April"
  // are two acts on two dates (sameAct: an act of one class, or a subject and an act in common).
  if (!sameAct(a, b, null)) return null;
  // And the act each day dates is that act: the clause a day is in (up to a subordinating
  // conjunction, "when", "after", "whether") shares a word with the other's ("shares collapsed on
  // Thursday after it revealed a loss" / "became real on Wednesday, when the bank … booked a
  // loss": the loss is in the subordinate clauses, the days are not; "called a strike for
  // Tuesday" / "… whether Saturday's clashes have dented the movement").
  if (!actAt(a, dayTokens(a), b, dayTokens(b))) return null;
  // Nor one act of two things of one kind ("the European regulator approved it in May" / "the
  // US regulator approved it in August").
  const acts = sharedEventKeys(a, b);
  if (acts && subjectsRestrictedApart(a, acts[0], b, acts[1], background)) return null;
  // Nor an act set among other people or places on each side ("the storm hit Florida on Monday" /
  // "hit Georgia on Tuesday": a storm on its way, two events).
  if (apartSettings(a, b)) return null;
  // Nor two members of a series ("won Game 3 on Friday" / "won Game 4 on Sunday", "the 41st
  // festival" / "the 42nd", "her second-round match" / "her third-round match").
  if (seriesApart(a, b)) return null;
  // Nor a member of a series against the series' noun ("Harrowell's first offer, made in
  // September" / "its offer, made in November"): the other may tell another member.
  if (memberAgainstBare(a, b)) return null;
  // Nor two acts of one event ("the talks started on Saturday" / "ended on Sunday", "the summit
  // ended on Wednesday", "the launch had been planned for Wednesday" / "was delayed to Friday"):
  // one side names an act the other does not.
  const ca = eventClasses(a), cb = eventClasses(b);
  if ([...ca].some((c) => !cb.has(c)) || [...cb].some((c) => !ca.has(c))) return null;
  // Nor a state that lasts through its days ("schools will remain closed on Monday and Tuesday" /
  // "will reopen on Wednesday"): a verb of continuing dates no act, only how long a state held.
  if (continuingState(a) || continuingState(b)) return null;
  // Nor the two edges of one night ("late on Monday" / "early on Tuesday"): the same moment told
  // in two time zones, or either side of midnight.
  if (acrossMidnight(a, da, b, db)) return null;
  // Nor an act one side says did not happen then ("the bill was not passed in March" / "passed
  // in June"): a shared term under a negation.
  const ta = termSet(a), tb = termSet(b);
  if ([...a.negated, ...b.negated].some((t) => ta.has(t) && tb.has(t))) return null;
  const event = sharedEvent(a, b);
  return { kind: 'date', strong: false, why: `different date: ${outlet} says ${db.label}; this page: ${da.label}`, proof: proofOf('date', event ? `the day (${event})` : 'the day', a, da.label, b, db.label) };
}

/**
 * A verb of continuing that the day completes ("will remain closed on Monday", "stayed shut
 * until Friday"): within STATE_REACH words before the day, no "and" or "but" between (in
 * "remains on the deck and will not be driven off before the weekend" the day is the other
 * verb's).
 */
function continuingState(s: SentenceFeatures): boolean {
  const tokens = tokensOf(s);
  return dayTokens(s).some((d) => {
    for (let i = d - 1; i >= Math.max(0, d - STATE_REACH); i--) {
      if (/^(?:and|but)$/.test(tokens[i].lower)) return false;
      if (CONTINUING.has(tokens[i].lower)) return true;
    }
    return false;
  });
}
/** "remain closed on Monday": the verb, its state, a preposition, the day. */
const STATE_REACH = 4;
/** English's verbs of continuing a state (a closed class). */
const CONTINUING = new Set(['remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed', 'staying', 'continue', 'continues', 'continued', 'continuing']);

/**
 * One moment told at two exact times: "left at 13:39" / "departed at 1:38 pm". Each sentence gives
 * one time of day at which something happened, both exactly ("at", not "just before" or
 * "around"), within a few minutes of each other (one moment, facts/measure.ts
 * SAME_MOMENT_MINUTES: an hour apart is another moment or another time zone), in the same years.
 * Only on a pair already aligned (not strong).
 */
function clockConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string): ContradictionCue | null {
  const ca = eventClocks(a), cb = eventClocks(b);
  if (ca.length !== 1 || cb.length !== 1) return null;
  const [x, y] = [ca[0], cb[0]];
  if (x.value === y.value || Math.abs(x.value - y.value) > SAME_MOMENT_MINUTES || !exactClock(a, x) || !exactClock(b, y)) return null;
  if (!sameDating(yearsDating(a, x.tok), yearsDating(b, y.tok))) return null;
  // A member of a series placed by its order ("the first call came in at 9.44pm", "the first
  // warning came at 3.39am") that the other sentence never names: the other times another act
  // of the night ("halted the show at 9.52pm", "tripped the reactor at 3.47am").
  // (placed before the time: "making it the first private craft to land" after it times nothing)
  const names = (s: SentenceFeatures, noun: string) => tokensOf(s).some((t) => wordKey(t.lower) === noun);
  if (placedBefore(a, x.tok).some((n) => !names(b, n)) || placedBefore(b, y.tok).some((n) => !names(a, n))) return null;
  // A sentence that also names a moment by its distance from the one it times ("arrived at
  // 2.20am, six minutes after the first call") tells two moments: when the other's time is the
  // second one, the two agree.
  // So do two sentences that time two acts from one moment ("at 9.44pm, four minutes after the
  // crush began" / "at 9.52pm, around 12 minutes after the crush began").
  const ra = referencesOf(a, x.value), rb = referencesOf(b, y.value);
  const near = (p: number, q: number) => Math.abs(p - q) < 1;
  if (ra.some((r) => near(r, y.value) || rb.some((t) => near(r, t))) || rb.some((r) => near(r, x.value))) return null;
  const event = sharedEvent(a, b);
  return {
    kind: 'date', strong: false, why: `different time: ${outlet} says ${y.label}; this page: ${x.label}`,
    proof: proofOf('date', event ? `the time (${event})` : 'the time', a, x.label, b, y.label),
  };
}

/**
 * The moments, in minutes of the day, that a sentence timing an act at `at` names by their
 * distance from it: "at 2.20am, six minutes after the first call" names 2.14am; "an hour
 * before" names an hour later.
 */
function referencesOf(s: SentenceFeatures, at: number): number[] {
  const out: number[] = [];
  for (const m of s.text.matchAll(OFFSET_MOMENT)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : /^an?$/i.test(m[1]) ? 1 : numberWordValue(m[1]) ?? NaN;
    const minutes = n * (/^hour/i.test(m[2]) ? 60 : 1);
    if (Number.isFinite(minutes)) out.push(/^(?:after|later)$/i.test(m[3]) ? at - minutes : at + minutes);
  }
  return out;
}
const OFFSET_MOMENT = /\b(\d+|an?|[a-z]+)\s+(minutes?|hours?)\s+(after|before|later|earlier)\b/gi;

/**
 * The same quantity with an incompatible value (facts/measure.ts: the same measure, kind,
 * status, side and target, and bounds that do not overlap), and the page does not also state
 * the other value for it ("145% and 125%" on both sides is no conflict).
 */
function numberConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string, background: ReadonlySet<string>): ContradictionCue | null {
  const ma = measuresOf(a), mb = measuresOf(b);
  for (let x = 0; x < a.quantities.length; x++) {
    const qa = a.quantities[x];
    // Two scorelines may be two matches (two legs, two rounds): nothing proves one result.
    if (qa.unit === SCORE_UNIT) continue;
    // A whole against a sum of parts: "12 crew" / "10 crew members and 2 pilots", "seven counts"
    // / "two counts of fraud and five of conspiracy".
    // Nor the same measure of two holders ("the base model costs $799" / "the Pro model costs
    // $1,199": predicate-frame.ts holdersApart). Not for the event's own measures (what it did
    // to people, its depth, its magnitude: MEASURE_NAMES): they are the story's event's however
    // each side describes it ("the powerful quake killed 9" / "the shallow quake killed 7");
    // whether two events are meant is the event frames' question.
    const eventMeasure = MEASURE_NAMES[measuredKey(ma[x])] !== undefined;
    const peers = b.quantities.flatMap((_, y) => (
      sameFigure(a, x, b, y) && !sumOfParts(b, y, qa.value) && !sumOfParts(a, x, b.quantities[y].value) &&
      !sizeNamesHolder(a, qa) && !sizeNamesHolder(b, b.quantities[y]) &&
      (eventMeasure || (!holdersApart(a, qa, b, b.quantities[y], background) && !sizedApart(a, qa, b, b.quantities[y]) && !namedBeforeApart(a, qa, b, b.quantities[y], background))) ? [y] : []
    ));
    if (!peers.length) continue;
    // Two days, two values: a series, not one figure ("50,000 homes without power on Monday" /
    // "by Tuesday, 12,000"; see readingsApart). So are two times of one day ("at 3:10am, winds
    // of 215 km/h" / "by noon, winds of 165 km/h").
    if (daysApart(a, b) || momentsApart(a, b)) continue;
    // A tally up to a day ("had burned 6,300 hectares by Thursday morning") against a figure no
    // day dates ("has now burned 7,000 hectares"): two points of a series, not one told twice.
    if (tallyToDay(a) !== tallyToDay(b) && !(eventDays(a)?.weekdays.size && eventDays(b)?.weekdays.size)) continue;
    // A figure up to or at a moment of the day ("by 7 a.m.", "by Saturday evening", a live blog's
    // "18:00 Police say 38 …") against one no moment dates: two points of a series, whatever days
    // both name.
    if (tallyToMoment(a) !== tallyToMoment(b)) continue;
    // A figure the sentence calls a past one of its series ("the earlier figure … was 19 dead",
    // "initially put the toll at 12") against one it does not.
    if (PAST_FIGURE.test(a.text) !== PAST_FIGURE.test(b.text)) continue;
    // A count of what an event did told as where its running tally has got to ("the death toll
    // rose to 27", "toll climbs to nine") against one told as the count: two moments of a series,
    // not one figure told twice (issue 20: a running count and a final one are two statuses).
    if (isEventCount(ma[x].key) && peers.every((y) => runningCount(a, qa) !== runningCount(b, b.quantities[y]))) continue;
    if (peers.some((p) => formerValueFits(a, x, b.quantities[p], mb[p]) || formerValueFits(b, p, qa, ma[x]))) continue;
    // Either sentence states the other's value too ("Kell, who averaged 24 points, scored 38" /
    // "Kell scored 38"; "the base model costs $799, the Pro $1,199" / "the Pro costs $1,199"):
    // its other figure is another member of a list or an aside, and neither says otherwise.
    if (statesValue(b, qa) || peers.every((y) => statesValue(a, b.quantities[y]))) continue;
    // "after 30 minutes of deliberation … sent a note" / "reached the verdict after four hours":
    // how long it took until an act is one quantity only for one act, which both must name.
    if (ma[x].status === 'elapsed' && !sameAct(a, b, qa)) continue;
    if (peers.some((y) => !valuesConflict(qa, ma[x], b.quantities[y], mb[y]))) continue;
    const y = peers.find((p) => !a.quantities.some((q, k) => sameMeasure(q, ma[k], b.quantities[p], mb[p]) && !valuesConflict(q, ma[k], b.quantities[p], mb[p])));
    if (y === undefined) continue;
    const qb = b.quantities[y];
    // An overall or running total against a figure for one day or one place: "arrested 12 on
    // Saturday" / "have arrested 30 since the protests began", "40 homes in Alder Creek" / "140
    // homes in total".
    if (cumulative(a, qa) !== cumulative(b, qb) && (scoped(a, qa) || scoped(b, qb) || ma[x].change === 'increment')) continue;
    // One side says the figure holds under a condition the other does not ("600 kg without
    // fuel"), at another moment of the event ("at its peak" / "still … on Tuesday"), or for a
    // repeat of the act ("scored again in the 78th minute"): not one quantity.
    if (QUALIFIED_FIGURE.some((re) => re.test(clauseAround(a, qa)) !== re.test(clauseAround(b, qb)))) continue;
    // A figure of a condition against one of what follows from it, when both sentences state the
    // condition ("If no one is confirmed within 30 days, the assembly is dissolved" / "If no one
    // is confirmed, … an election follows within 60 days"): two acts' figures, not one's.
    if (inCondition(a, qa) !== inCondition(b, qb) && hasCondition(inCondition(a, qa) ? b : a)) continue;
    // What would be under a condition ("Without the credit, the project would cost $900
    // million") against what will be.
    if (COUNTERFACTUAL.test(a.text) !== COUNTERFACTUAL.test(b.text)) continue;
    // Opposite acts in the two figures' clauses ("rejected the first offer of $48" / "accepted
    // the improved offer of $54", "rejected by 66 votes" / "approved it by 312 votes"): two events.
    // (Not for a level reached: "lifted its levy to 30%" / "raised it to 25%" is one level.)
    if (!LEVEL_LEAD.test(clauseParts(a, qa).before) && !LEVEL_LEAD.test(clauseParts(b, qb).before) && oppositeActs(clauseAround(a, qa), clauseAround(b, qb))) continue;
    // The page's value lies between two the other sentence attributes to two speakers
    // ("organisers said 7,000, police said 4,500" / "about 5,000"): a disputed figure.
    // (the second is often elided, "police said 4,500": any figure of the unit in a said clause)
    // Either way round: the page may be the sentence that reports the dispute.
    if (withinDispute(b, peers, qa) || withinDispute(a, [x], qb)) continue;
    // Both say over what span the figure holds, and the spans differ ("this season" / "in his
    // career", "in the third quarter" / "over the full year", "after 30 games" / "after 29").
    const pa = periodOf(a, qa), pb = periodOf(b, qb);
    if (pa && pb && pa !== pb) continue;
    // Strong (it makes a pair below the pair threshold) when what is counted is named by a
    // measure class ("killed", "injured", "deep") or the figures are described alike.
    const sharedContext = qa.context.filter((k) => qb.context.includes(k)).length;
    const strong = (isNamedMeasure(ma[x].key) || sharedContext >= STRONG_NUMBER_CONTEXT) && partOrTotal(a, qa) === partOrTotal(b, qb);
    const pageWords = figurePhrase(a, qa), otherWords = figurePhrase(b, qb);
    return { kind: 'number', strong, why: `${outlet}: ${otherWords}; this page: ${pageWords}`, proof: proofOf('figure', measureWords(a, qa, ma[x], b, qb), a, pageWords, b, otherWords) };
  }
  return null;
}

/**
 * Are the two days consecutive weekdays, the earlier said late ("late on Monday", "Monday
 * night", "Monday evening") or the later early ("early on Tuesday", "the early hours of
 * Tuesday", "overnight")? English words for the ends of a day.
 */
function acrossMidnight(a: SentenceFeatures, da: EventDays, b: SentenceFeatures, db: EventDays): boolean {
  if (da.weekdays.size !== 1 || db.weekdays.size !== 1) return false;
  const [x] = da.weekdays, [y] = db.weekdays;
  const next = (d: string) => WEEKDAYS[(WEEKDAYS.indexOf(d) + 1) % 7];
  const late = /\b(?:late|night|evening|midnight)\b/i, early = /\b(?:early|overnight|dawn|midnight|small hours)\b/i;
  return (next(x) === y && (late.test(a.text) || early.test(b.text))) || (next(y) === x && (late.test(b.text) || early.test(a.text)));
}

/**
 * Do the two sentences name different members of one series: the same noun numbered ("Game 3" /
 * "Game 4", "stage 7" / "stage 9") or ordered ("the first leg" / "the second leg", "the 41st
 * festival" / "the 42nd", "second-round" / "third-round") differently?
 */
function seriesApart(a: SentenceFeatures, b: SentenceFeatures): boolean {
  return seriesDifference(a, b) !== null;
}
/** The first member the two name differently, as each words it ("second row", "third row"). */
function seriesDifference(a: SentenceFeatures, b: SentenceFeatures): [string, string] | null {
  const ma = seriesMembers(a), mb = seriesMembers(b);
  for (const [noun, m] of ma) {
    const o = mb.get(noun);
    if (o && o.n !== m.n) return [m.label, o.label];
  }
  return null;
}
const seriesMembers = perSentence((s: SentenceFeatures): Map<string, { n: number; label: string }> => {
  const out = new Map<string, { n: number; label: string }>();
  const tokens = tokensOf(s);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i].lower, next = tokens[i + 1].lower;
    // "Game 3", "stage 7": a noun then a number that ends the phrase (not "killed 9 people"; and
    // "March 3" is a date)
    const after = tokens[i + 2]?.lower;
    if (/^\p{L}+$/u.test(w) && /^\d{1,3}$/.test(next) && !STOPWORDS.has(w) && !calendarWord(w) && (after === undefined || STOPWORDS.has(after))) {
      out.set(wordKey(w), { n: Number(next), label: s.text.slice(tokens[i].start, tokens[i + 1].end) });
    }
    // "the second leg", "second-round", "the 41st festival" (one token, normalize.ts)
    const ord = ordinalValue(w);
    if (ord && /^\p{L}+$/u.test(next) && !STOPWORDS.has(next)) out.set(wordKey(next), { n: ord, label: s.text.slice(tokens[i].start, tokens[i + 1].end) });
  }
  return out;
});
/**
 * One sentence names a member of a series by its place ("the first offer", "her final appeal",
 * "the 2nd round") and the other the same noun with no place: whether they are one member the
 * pair does not say.
 */
function memberAgainstBare(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const pa = placedNouns(a), pb = placedNouns(b);
  const bare = (s: SentenceFeatures, placed: Set<string>, noun: string) => !placed.has(noun) && tokensOf(s).some((t) => wordKey(t.lower) === noun);
  return [...pa].some((n) => bare(b, pb, n)) || [...pb].some((n) => bare(a, pa, n));
}
const placedNouns = perSentence((s: SentenceFeatures): Set<string> => new Set(placedBefore(s, tokensOf(s).length)));
/** The nouns a sentence places in their series (placedNouns) before token `tok`. */
function placedBefore(s: SentenceFeatures, tok: number): string[] {
  const tokens = tokensOf(s), out: string[] = [];
  for (let i = 0; i + 1 < Math.min(tok, tokens.length); i++) {
    const w = tokens[i].lower, next = tokens[i + 1].lower;
    if ((ordinalValue(w) > 0 || SERIES_PLACES.has(w)) && /^\p{L}+$/u.test(next) && !STOPWORDS.has(next) && !calendarWord(next)) out.push(wordKey(next));
  }
  return out;
}
/** Words that place a member at an end of its series, as an ordinal does. */
const SERIES_PLACES = new Set(['final', 'initial', 'opening', 'latest']);
/** The place an ordinal names ("second" 2, "41st" 41), or 0. */
function ordinalValue(w: string): number {
  return ORDINALS.indexOf(w) + 1 || (/^\d{1,3}(?:st|nd|rd|th)$/.test(w) ? parseInt(w, 10) : 0);
}
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** Do both sentences say a time of day, and different ones ("at 3:10am" / "by noon")? */
function momentsApart(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const ma = momentsOf(a), mb = momentsOf(b);
  return ma.length > 0 && mb.length > 0 && !ma.some((m) => mb.includes(m));
}
const momentsOf = perSentence((s: SentenceFeatures): string[] => [
  ...s.quantities.filter((q) => q.unit === 'clock').map((q) => String(q.value)),
  ...(s.text.match(/\b(?:noon|midday|midnight|dawn|morning|afternoon|evening|night|overnight)\b/gi) ?? []).map((w) => w.toLowerCase()),
]);

/** Do both name people or places, none of them the same? */
function apartSettings(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const named = (s: SentenceFeatures) => new Set(s.details.flatMap((d) => (d.kind === 'name' || d.kind === 'place' ? [d.key] : [])));
  const na = named(a), nb = named(b);
  return na.size > 0 && nb.size > 0 && ![...na].some((k) => nb.has(k));
}

/**
 * Does `q`'s value lie between two values sentence `s` attributes to two speakers, one of them
 * among its figures `members` ("organisers said 7,000, police said 4,500" / "about 5,000")?
 */
function withinDispute(s: SentenceFeatures, members: number[], q: Quantity): boolean {
  const said = s.quantities.flatMap((p, y) => (p.unit === q.unit && ATTRIBUTED.test(clauseAround(s, p)) ? [y] : []));
  if (!said.some((y) => members.includes(y)) || new Set(said.map((y) => clauseAround(s, s.quantities[y]))).size < 2) return false;
  const values = said.map((y) => s.quantities[y].value);
  return q.value >= Math.min(...values) && q.value <= Math.max(...values);
}

/**
 * Do the two give one measure different values (sameFigure and valuesConflict), or one measure
 * under two statuses or acts ("pledged" / "delivered so far", "made" / "sold")?
 */
function readingsApart(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const ma = measuresOf(a), mb = measuresOf(b);
  // (A count of what an event did is the event's whoever's names its clause holds: "nine have
  // died in the Tamsin Bridge collapse" / "seven were killed … in Ellisford".)
  return a.quantities.some((qa, x) => b.quantities.some((qb, y) =>
    (sameFigure(a, x, b, y) || sameMeasureAnyStatus(qa, ma[x], qb, mb[y]) || unnamedOfDimension(ma[x], mb[y]) || (isEventCount(ma[x].key) && ma[x].key === mb[y].key)) &&
    valuesConflict(qa, ma[x], qb, mb[y])));
}
/**
 * Is one side an extent nothing names, in the other's dimension ("winds peaked at 260 km/h" /
 * "with winds of 215 km/h": speed, and speed of the winds)? It may be the other's measure, so two
 * values of it may be two readings; never enough to prove a clash, only to doubt one.
 */
function unnamedOfDimension(ma: Measure, mb: Measure): boolean {
  const [da, ka] = ma.key.split(':'), [db, kb] = mb.key.split(':');
  return ka !== undefined && kb !== undefined && da === db && (ka === UNNAMED_EXTENT || kb === UNNAMED_EXTENT);
}

/** Does the sentence give this very value, in this unit, anywhere (hedges aside)? */
function statesValue(s: SentenceFeatures, q: Quantity): boolean {
  // an estimate is stated by a value within its rounding ("nearly nine in ten" / "88 per cent")
  const covers = (e: Quantity, v: number) => e.approx && !e.bound && v >= estimateRange(e.value)[0] && v <= estimateRange(e.value)[1];
  return s.quantities.some((p) => p.unit === q.unit && !p.range && (p.value === q.value || covers(q, p.value) || covers(p, q.value)));
}

/**
 * Are quantity `x` of `a` and quantity `y` of `b` one quantity: the same measure
 * (facts/measure.ts sameMeasure), both parts or both not (a part and the whole it belongs to
 * differ without contradicting each other), held at the same times (datingOf: the same years,
 * and both or neither after a past-time adverbial)? The contradiction cue and the Figures panel both ask.
 */
export function sameFigure(a: SentenceFeatures, x: number, b: SentenceFeatures, y: number): boolean {
  return (
    // a count of a span told in two units ("2 hours and 47 minutes") only as another such count
    !a.quantities[x].partial === !b.quantities[y].partial &&
    sameMeasure(a.quantities[x], measuresOf(a)[x], b.quantities[y], measuresOf(b)[y]) && partsOf(a)[x] === partsOf(b)[y] && partsOf(a)[x] !== 'whole' &&
    sameDating(datingOf(a)[x], datingOf(b)[y])
  );
}

/**
 * Is the figure one of a list of counts ("230 passengers, 10 crew members and 2 pilots") whose
 * consecutive members, this one among them, add up to `total`? Members are counts joined by
 * commas, dashes or "and" with at most LIST_GAP words between them.
 */
function sumOfParts(s: SentenceFeatures, x: number, total: number): boolean {
  const qs = s.quantities;
  if (qs[x].unit !== 'count') return false;
  // Two or three counts anywhere in the sentence that add up to the total exactly, this one among
  // them ("a 680MW unit at Kessington, which tripped without warning, and a 420MW unit" / "two
  // units that together account for 1,100MW"): an exact sum is no coincidence.
  const others = qs.filter((q, k) => k !== x && q.unit === 'count' && !q.range && !q.approx);
  if (others.some((p) => p.value + qs[x].value === total) || others.some((p, k) => others.slice(k + 1).some((r) => p.value + r.value + qs[x].value === total))) return true;
  const tokens = tokensOf(s);
  const joined = (k: number) => {
    const gap = s.text.slice(labelStart(tokens, qs[k]) + qs[k].label.length, tokens[qs[k + 1].tok].start);
    return qs[k + 1].unit === 'count' && /(?:,|\band\b|\bplus\b|[—–-])/.test(gap) && !/[.;:()]/.test(gap) && gap.trim().split(/\s+/).length <= LIST_GAP;
  };
  let first = x, last = x;
  while (first > 0 && joined(first - 1)) first--;
  while (last < qs.length - 1 && joined(last)) last++;
  if (first === last) return false;
  for (let i = first; i <= x; i++) {
    let sum = 0;
    for (let j = i; j <= last; j++) {
      sum += qs[j].value;
      if (j >= x && j > i && sum === total) return true;
    }
  }
  return false;
}
/** Words between two members of a list of counts: "230 passengers, 10 crew members and 2" (4). */
const LIST_GAP = 5;

/**
 * A figure as the sentence words it, with a hedge before it and the word after it that says
 * what it counts, when they are right next to it: "at least nine people", "145% tariffs",
 * "depth of 15.5 km", "seven dead".
 */
function figurePhrase(s: SentenceFeatures, q: Quantity): string {
  const tokens = tokensOf(s);
  let first = q.tok;
  while (first > 0 && /^(of|at|up|to|than|more|least|about|nearly|over|some|around|almost|approximately|under|fewer|less|depth|toll|magnitude|rose|rises|risen|climbed|climbs|reached|reaches|jumped)$/i.test(tokens[first - 1].text) &&
    /^\s+$/.test(s.text.slice(tokens[first - 1].end, tokens[first].start)) && q.tok - first < 3) first--;
  const start = labelStart(tokens, q);
  let end = start + q.label.length;
  // a unit written against the figure: "625ft", "35km", "160km/h"; a hyphened noun: "30-day"
  const attached = /^(?:\p{L}{1,3}(?:\/\p{L}{1,2})?\b|-\p{L}+)/u.exec(s.text.slice(end));
  if (attached) end += attached[0].length;
  const next = tokens.find((t) => t.start >= end);
  // the next word is the figure's unit unless it is a function word ("60 million pounds if …")
  if (next && /^\s+$/.test(s.text.slice(end, next.start)) && /^\p{L}{2,}$/u.test(next.text) && !(STOPWORDS.has(next.text.toLowerCase()) && !PERCENT_WORD.test(next.text))) {
    end = next.end;
    // a rate: "215 km/h", "7.8 km per second"
    const rate = /^(?:\/\p{L}{1,2}\b|\s+per\s+\p{L}+)/u.exec(s.text.slice(end));
    if (rate) end += rate[0].length;
  }
  // a span of years with its months, read as one figure (numbers.ts): "seven years and six months"
  const months = /^,?\s+(?:and\s+)?(?:\d+|\p{L}+)\s+months?\b/u.exec(s.text.slice(end));
  if (months && /years?$/i.test(s.text.slice(start, end)) && !Number.isInteger(q.value)) end += months[0].length;
  return s.text.slice(Math.min(tokens[first].start, start), end).replace(/\s+/g, ' ').trim().replace(/^(?:of|at|to|by)\s+(?!least\b|most\b)/i, '');
}

/** The stopwords that are a figure's unit: "20 per cent", "5 percent". */
const PERCENT_WORD = /^(?:cent|percent|pct)$/i;

/**
 * A different figure is a strong cue (it makes a pair below the pair threshold) when the two
 * quantities are described alike: at least this many of the content words around them are
 * shared ("levy on Chinese imports, Trump, 104%" / "Trump, import duties on Chinese goods,
 * 145%": who, what and on what). One or two shared words (the levy) can be another levy.
 */
const STRONG_NUMBER_CONTEXT = 3;

/**
 * Whether a figure is said to be a part ("the first 20 per cent of extra duties", "an
 * additional 10%") or a total ("145 per cent total tariffs"), from the words right around it,
 * or the whole a share before it is of ("two of the seven charges": the seven). A part and a
 * total of the same levy differ without contradicting each other; the whole of a stated share
 * is compared with nothing (another outlet's "five remaining charges" is a part of it, its "19
 * seats" another holder's).
 */
const PART_WORDS = new Set(['first', 'initial', 'additional', 'extra', 'further', 'another', 'new', 'other', 'alone', 'remaining']);
const TOTAL_WORDS = new Set(['total', 'overall', 'cumulative', 'combined', 'whole', 'entire']);
export function partOrTotal(s: SentenceFeatures, q: Quantity): 'part' | 'total' | 'whole' | '' {
  const tokens = tokensOf(s);
  const near = tokens.slice(Math.max(0, q.tok - 3), q.tok + 5).map((t) => t.lower);
  if (near.some((w) => TOTAL_WORDS.has(w))) return 'total';
  if (near.some((w) => PART_WORDS.has(w))) return 'part';
  const { before, after } = clauseParts(s, q);
  if (RESTRICTING_LEAD.test(before)) return 'part';
  // "two of the seven charges": the seven; "all 17 regions": every member of a set, its size
  if (WHOLE_OF_SHARE.test(before) || /\ball\s+(?:the\s+|its\s+|their\s+)?$/i.test(before)) return 'whole';
  // "The first phase of the line will cost $2 billion": a part named in the clause's subject.
  if (PART_SUBJECT.test(before)) return 'part';
  // "Some users in Alaska were offline for nine hours": a subject English quantifies as a subset
  // (not "Some 200 people", where "some" hedges a number).
  if (SUBSET_SUBJECT.test(before)) return 'part';
  // "In the northern province of Tavel, 68% …": one division of a country, not the whole, in
  // the figure's clause or in a phrase that opens the sentence and sets every figure after it
  const opening = /^[^,;]*,/.exec(s.text)?.[0] ?? '';
  const opensBefore = opening.length > 0 && tokens[q.tok].start >= opening.length;
  if (DIVISION.test(before) || DIVISION.test(after) || (opensBefore && DIVISION.test(opening))) return 'part';
  // After the figure: one region of the whole, or a share of a whole named before ("$9 billion
  // of those deposits", "three of them").
  if (REGION_SCOPE.test(after) || PARTITIVE_OF_NAMED.test(after)) return 'part';
  // A bare count followed by "of the …": "Seventeen of the people who died", "three of its
  // directors": some members of a set the sentence names by what they are, not its size.
  if (q.unit === 'count' && tokens[q.tok + 1]?.lower === 'of' && PARTITIVE_OF_SET.test(tokens.slice(q.tok + 1, q.tok + 3).map((t) => t.lower).join(' ') + ' ')) return 'part';
  return '';
}

/**
 * A region of the place an event covers: "destroyed 120 homes in the north". A compass point as
 * a noun after "in the", not "in the north of <place>" nor "in eastern <place>": those name
 * where the whole event was ("killed nine in eastern Taiwan").
 */
const REGION_SCOPE = /\bin\s+the\s+(?:north|south)?-?(?:east|west)?(?<=[a-z])\b(?!\s+of\b)/i;
/**
 * A named division of a country after "in": "in the northern province of Tavel", "in Kern
 * County" (not "in a state of emergency": the division is named, by a capital after "of" or
 * before the word).
 */
const DIVISION_WORD = '(?:[Pp]rovince|[Ss]tate|[Cc]ounty|[Rr]egion|[Dd]istrict|[Pp]refecture)';
const DIVISION = new RegExp(`\\b[Ii]n\\s+(?:the\\s+)?(?:(?:\\p{L}+\\s+){0,2}${DIVISION_WORD}\\s+of\\s+\\p{Lu}|(?:\\p{Lu}\\p{L}*\\s+){1,2}${DIVISION_WORD}\\b)`, 'u');
/** A clause that opens with a quantifier of a subset and its noun: "some users", "a few homes". */
const SUBSET_SUBJECT = /^\s*(?:some|several|many|most|a\s+few)\s+(?!of\b)\p{L}/iu;
/** English's partitive of a set named by a determiner: "of the …", "of its …" right after a count. */
const PARTITIVE_OF_SET = /^of (?:the|its|their|his|her|our) $/;
/** English's partitive of a whole named before: "of those …", "of these …", "of them". */
const PARTITIVE_OF_NAMED = /^\s*(?:\p{L}+\s+)?of\s+(?:those|these|them)\b/iu;

/** The figure's clause: from the last clause break before it to the next one after it. */
function clauseAround(s: SentenceFeatures, q: Quantity): string {
  return clauseParts(s, q).whole;
}

/**
 * Does each sentence name people or bodies before its figure, none of them named anywhere in the
 * other sentence ("Conrad Halvorsen received five years" / "Marisa Tolland received three and a
 * half years")? Two holders, whatever the figures. Not the story's main actors (`background`),
 * who go by several names.
 */
function namedBeforeApart(a: SentenceFeatures, qa: Quantity, b: SentenceFeatures, qb: Quantity, background: ReadonlySet<string>): boolean {
  // (not a source: "According to the Courier's sources, the train was doing 85km/h")
  const source = (s: SentenceFeatures, tok: number) => {
    const tokens = tokensOf(s), index = clauseIndex(s);
    let start = tok;
    while (start > 0 && index[start - 1] === index[tok]) start--;
    return tokens[start]?.lower === 'according' && tokens[start + 1]?.lower === 'to';
  };
  const before = (s: SentenceFeatures, q: Quantity) => new Set(s.details.filter((d) => {
    const at = tokenOf(s, d.key);
    return d.kind === 'name' && !background.has(d.key) && at >= 0 && at < q.tok && !source(s, at);
  }).map((d) => d.key));
  const all = (s: SentenceFeatures) => new Set(s.details.filter((d) => d.kind === 'name' || d.kind === 'place').map((d) => d.key));
  const na = before(a, qa), nb = before(b, qb);
  if (!na.size || !nb.size) return false;
  const inB = all(b), inA = all(a);
  return ![...na].some((k) => inB.has(k)) && ![...nb].some((k) => inA.has(k));
}

/** Each token's clause number: clauses end at clause punctuation between tokens (CLAUSE_BREAK). */
const clauseIndex = perSentence((s: SentenceFeatures): number[] => {
  const tokens = tokensOf(s);
  let c = 0;
  return tokens.map((t, i) => (i > 0 && CLAUSE_BREAK.test(s.text.slice(tokens[i - 1].end, t.start)) ? ++c : c));
});
/**
 * The clauses of the sentence that state a condition: opened by "if" or "unless" (after a
 * conjunction or "only"/"even"), up to the next clause punctuation.
 */
const conditionClauses = perSentence((s: SentenceFeatures): Set<number> => {
  const tokens = tokensOf(s), index = clauseIndex(s);
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (!CONDITION_WORDS.has(t.lower)) return;
    let k = i - 1;
    while (k >= 0 && index[k] === index[i] && CONDITION_LEAD.has(tokens[k].lower)) k--;
    if (k < 0 || index[k] !== index[i]) out.add(index[i]);
  });
  return out;
});
const CONDITION_WORDS = new Set(['if', 'unless']);
const CONDITION_LEAD = new Set(['and', 'but', 'or', 'so', 'only', 'even', 'that']);
function inCondition(s: SentenceFeatures, q: Quantity): boolean {
  return conditionClauses(s).has(clauseIndex(s)[q.tok]);
}
function hasCondition(s: SentenceFeatures): boolean {
  return conditionClauses(s).size > 0;
}

/**
 * The figure's clause in parts (memoised per sentence and figure): `before` it since the last
 * clause break, `after` its own characters up to the next one (the comma of "80,000" is no
 * clause break), and the `whole`. The same breaks as clauseIndex (CLAUSE_BREAK), read in
 * characters because callers test the clause's words as text.
 */
function clauseParts(s: SentenceFeatures, q: Quantity): { before: string; after: string; whole: string } {
  let bySentence = CLAUSES.get(s);
  if (!bySentence) CLAUSES.set(s, (bySentence = new Map()));
  let parts = bySentence.get(q);
  if (!parts) {
    const at = tokensOf(s)[q.tok].start;
    const past = at + figureLength(s, q);
    const lead = s.text.slice(0, at), rest = s.text.slice(past);
    let from = lead.length;
    while (from > 0 && !CLAUSE_BREAK.test(lead[from - 1])) from--;
    const next = rest.search(CLAUSE_BREAK);
    const to = next < 0 ? rest.length : next;
    bySentence.set(q, (parts = { before: lead.slice(from), after: rest.slice(0, to), whole: s.text.slice(from, past + to) }));
  }
  return parts;
}
const CLAUSES = new WeakMap<SentenceFeatures, Map<Quantity, { before: string; after: string; whole: string }>>();

/** Characters of the figure as written from its first token ("80,000", "1.2", "2-1"). */
function figureLength(s: SentenceFeatures, q: Quantity): number {
  const at = tokensOf(s)[q.tok].start;
  return /^[\d.,]+/.exec(s.text.slice(at))?.[0].replace(/[.,]$/, '').length ?? 0;
}

/**
 * Is the figure an overall or running total: "in total", "since the protests began", "so far",
 * "to date", "across the county", "nationwide"? A count or a change only: "since May the fee
 * has been 4 dollars" is a level.
 */
function cumulative(s: SentenceFeatures, q: Quantity): boolean {
  if (q.unit !== 'count' && measuresOf(s)[s.quantities.indexOf(q)]?.change !== 'increment') return false;
  const clause = clauseAround(s, q);
  if (partOrTotal(s, q) === 'total' || /\b(?:since|so far|to date|in all|altogether|all told|across|throughout|nationwide|statewide|countrywide|worldwide)\b/i.test(clause)) return true;
  // a count over a span of days ("between Tuesday and Thursday", "over the weekend", "over the
  // past three days") holds each day's count
  if (SPAN_OF_DAYS.test(clause)) return true;
  // a count over the period still running ("have killed 19 people this winter"): a running total
  return /^this\b/.test(periodOf(s, q) ?? '');
}

const WEEKDAY_WORD = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** English for a span of several days: "between Tuesday and Thursday", "from Friday to Sunday", "over the weekend", "over the past three days". */
const SPAN_OF_DAYS = new RegExp(
  `\\b(?:between\\s+${WEEKDAY_WORD}\\s+and\\s+${WEEKDAY_WORD}|from\\s+${WEEKDAY_WORD}\\s+(?:to|until|through)\\s+${WEEKDAY_WORD}|over\\s+the\\s+weekend|(?:over|in)\\s+the\\s+(?:past|last)\\s+(?:\\w+\\s+)?days)\\b`, 'i');

/**
 * The span a figure holds over, when its clause says so right after it: a period of time or a
 * count of rounds ("this season", "in his career", "in the third quarter", "over the full year",
 * "after 30 games", "after two doses"), as one lower-case string; else null. English's nouns of
 * periods and of repeated rounds, with the word that picks one out.
 */
function periodOf(s: SentenceFeatures, q: Quantity): string | null {
  const after = clauseParts(s, q).after;
  const m = PERIOD.exec(after);
  if (m) return `${m[1] ?? m[2] ?? ''} ${m[3]}`.toLowerCase().replace(/\s+/g, ' ').trim();
  // a month is a span too ("rose 0.8% in March" / "7% over the past year")
  const month = IN_MONTH.exec(after);
  return month ? month[1].toLowerCase() : null;
}
const IN_MONTH = new RegExp(`\\bin\\s+(${MONTHS.join('|')})\\b`, 'i');

const LEVEL_LEAD = /\bto\s*(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i;
/** A figure its clause attributes to a speaker: "police said 4,500", "4,500, according to police". */
const ATTRIBUTED = /\b(?:said|says|say|estimated|estimates|put|according to|claimed|counted)\b/i;

/** Does one clause hold one term of an antonym pair and the other clause the other term? */
function oppositeActs(ca: string, cb: string): boolean {
  const ka = new Set(termsOf(tokenize(ca)).map((t) => t.key)), kb = new Set(termsOf(tokenize(cb)).map((t) => t.key));
  return ANTONYMS.some(([x, y]) => (ka.has(x) && kb.has(y) && !ka.has(y) && !kb.has(x)) || (ka.has(y) && kb.has(x) && !ka.has(x) && !kb.has(y)));
}

const COUNTERFACTUAL = /\b(?:if|unless|without|had it not|but for)\b[^.;]*\bwould(?:n['’]t)?\b|\bwould(?:n['’]t)?\b[^.;]*\b(?:if|unless|without)\b/i;

/** A count told as where a running tally has got to, by a verb of change that reaches it: "rose to 27", "climbs to nine". */
function runningCount(s: SentenceFeatures, q: Quantity): boolean {
  return changeReaches(tokensOf(s), q.tok);
}

/** A figure set "by" a day (event-days.ts `limits`): a running total up to then. */
function tallyToDay(s: SentenceFeatures): boolean {
  return (eventDays(s)?.limits.size ?? 0) > 0;
}
/**
 * A figure dated to a moment of a day: a tally up to a time ("by 7 a.m.", "as of 10pm", "by
 * Saturday evening") or a live blog's time stamp. Per sentence: every figure pair that reaches
 * this test in numberConflict asks it of both sentences.
 */
const tallyToMoment = perSentence((s: SentenceFeatures): boolean => TALLY_CLOCK.test(s.text) || TIME_STAMP.test(s.text));
/** A tally up to a time of day: "by 7 a.m.", "as of 10pm", "by 14:00", "by Saturday evening", "by nightfall". */
const TALLY_CLOCK = new RegExp(
  '\\b(?:by|as of|until)\\s+(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}[:.]\\d\\d\\b|noon|midday|midnight|nightfall|' +
    '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+)?(?:morning|afternoon|evening|night|lunchtime))', 'i');
/** A live blog's entry opens on its time: "18:00 Police say …", "9:52am: …", "07:10 - …". */
const TIME_STAMP = /^\W*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:\([^)]*\)\s*)?[-–—:]?\s*\p{Lu}/u;
/** English's words for an earlier value of a series: "the earlier figure", "previously", "initially", "at first". */
const PAST_FIGURE = /\b(?:(?:earlier|previous|initial|original|first)\s+(?:\p{L}+\s+)?(?:figure|count|toll|tally|estimate|total|number)s?|previously|initially|originally|at first)\b/iu;

/**
 * Does sentence `s` give, after "from", a former value of its figure `x` that `q` (with measure
 * `m`) fits ("9.4 million customers, up from the figure of more than six million" / "6.1 million
 * customers")? The sentence tells the series, the other its earlier point. The former value's
 * own noun is often elided or reworded ("the figure of"), so it is read with `x`'s measure.
 */
function formerValueFits(s: SentenceFeatures, x: number, q: Quantity, m: Measure): boolean {
  const tokens = tokensOf(s), measures = measuresOf(s);
  return s.quantities.some((p, k) => {
    if (k === x || p.unit !== q.unit || p.times !== q.times) return false;
    const from = tokens.slice(Math.max(0, p.tok - FROM_REACH), p.tok).findIndex((t) => t.lower === 'from');
    return from >= 0 && !valuesConflict(p, { ...measures[k], key: measures[x].key }, q, m);
  });
}
/** How far before a former value its "from" may be: "up from the figure of more than six million". */
const FROM_REACH = 6;

/** Conditions, moments and repeats a figure's clause may state (see numberConflict). */
const QUALIFIED_FIGURE = [
  /\b(?:without|excluding|not including|not counting|net of)\b/i,
  // a record against a level now ("a record of $3,100 an ounce" / "rose to $2,950")
  /\brecords?\b/i,
  /\bat (?:its|the|their) (?:peak|height)\b|\bpeak(?:ed|s)?\b/i,
  /\bstill\b/i,
  // what an act leaves someone with ("that leaves the embassy with eight diplomats"); not what
  // it leaves behind ("the quake leaves 9 dead" counts what it did)
  /\bleav(?:es|ing)\b[^,.;]*\bwith\b/i,
  /\bagain\b|\ba second time\b/i,
];

/** Is the figure set on one day or in one named place in its clause ("on Saturday", "in Alder Creek")? */
function scoped(s: SentenceFeatures, q: Quantity): boolean {
  const clause = clauseAround(s, q);
  return (
    /\b(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(clause) ||
    /\bin\s+(?:the\s+)?(?!(?:total|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u.test(clause) ||
    /\b(?:from|at|inside)\s+the\s+\p{Ll}/u.test(clause) // "rescued from the building"
  );
}

/** For each of the sentence's quantities, whether it is a part or the whole of a share (partOrTotal), once per sentence. */
const partsOf = perSentence((s) => s.quantities.map((q) => {
  const p = partOrTotal(s, q);
  return p === 'part' || p === 'whole' ? p : '';
}));

/**
 * A clause that restricts its figure to a member of a set, a subset or one place: "with one
 * measuring 6.5", "one of them", ", where about 60 people were trapped" (in the place named
 * before it).
 */
const RESTRICTING_LEAD = /(?:^|\s)(?:where|one\s+(?:of|measuring|registering|reaching|with|at))\b/i;
/**
 * A share stated before the figure, which is then the whole it is of: "11 out of the 12 residents
 * trapped in the hotel", "64 of the 150 seats", "two of the district's nine seats".
 */
const WHOLE_OF_SHARE = /\b(?:out of|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters|most|many|some|all|none)\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}.-]+['’]s\s+)?$/iu;
/** A part of something as a clause's subject: "the first phase of", "the second stage of", "one section of". */
const PART_SUBJECT = /\b(?:first|second|third|final|initial|next|one|another)\s+(?:phase|stage|part|section|leg|tranche|round|instalment|installment)\s+of\b|(?:^|\s)(?:parts|much|most)\s+of\b/i;

// ---------------------------------------------------------------------------------------------
// Additions

/**
 * Details (names, places, dates, numbers) the other sentence has and the claim lacks.
 * `background`: names and places the whole story keeps repeating (the main actors, e.g. the two
 * countries of a trade war and their leaders). Naming them adds nothing: "the Trump
 * administration" and "the US" are the same party in such a story.
 */
export function addedDetails(claim: SentenceFeatures, other: SentenceFeatures, background: ReadonlySet<string> = new Set()): Detail[] {
  const have = detailKeys(claim);
  const claimTerms = termSet(claim);
  const out: Detail[] = [];
  const known = (d: Detail) =>
    have.has(d.key) || background.has(d.key) ||
    // a name the claim states in another form (an adjective, a sentence-initial word, a
    // lower-case common noun) is not new
    claimTerms.has(d.key) || d.key.split(' ').every((w) => claimTerms.has(wordKey(w)));
  const names = new Set<string>();
  for (const d of other.details) {
    if (known(d)) continue;
    if (d.name) {
      // One person, however much of the name each side gives: "Wang" / "Wang Xiaohong".
      const run = other.details.filter((x) => x.name === d.name);
      if (names.has(d.name) || run.some(known)) continue;
      names.add(d.name);
      out.push({ kind: 'name', key: run.map((x) => x.key).join(' '), label: d.name });
      continue;
    }
    out.push(d);
  }
  for (const q of other.quantities) {
    // a year is a date (in details); a spelled-out count ("two countries") is grammar
    if (q.unit === 'year' || (q.unit === 'count' && !/\d/.test(q.label))) continue;
    if (claim.quantities.some((c) => c.unit === q.unit && sameValue(c, q))) continue;
    out.push({ kind: 'number', key: '#' + q.value + q.unit, label: q.unit === 'age' ? formatQuantity(q) : withUnit(other, q) });
  }
  return out;
}

/** The keys of a sentence's details (a claim is classified against many sentences). */
const detailKeys = perSentence((s) => new Set(s.details.map((d) => d.key)));

function agreeWhy(claim: SentenceFeatures, other: SentenceFeatures): string {
  const shared = claim.quantities.filter((q) => other.quantities.some((o) => sameQuantity(q, o) && sameValue(q, o)));
  // one value once: "seven times, for the seven counts" is not "7, 7"
  if (shared.length) return 'same figures: ' + [...new Set(shared.map(formatQuantity))].join(', ');
  return 'reports the same';
}

// The story stage's output: which stored document is this page (if any), and which documents
// cover the same story (the story gate's two stages and its companions, copies folded into the
// document they copy). What comes out is the report's coverage list and, for the later stages,
// the covering documents with their outlets' short names.
import { fingerprint, type CorpusIndex, type IndexedDoc } from '../index/corpus-index';
import { pairScore, roundScore } from '../index/similarity';
import type { SentenceFeatures } from '../text/features';
import { foldText } from '../text/normalize';
import type { Sentence, StoryDoc } from '../types';
import { anotherNumberedThing, numberedThingsApart, anotherEvent, ledesClash } from './event-identity';
import { countriesApart } from './country-setting';
import { generalWord } from './word-weights';
import {
  candidateDocs, relatedness, topTermShare, vouchedFor, COMPANION_DOC_RELATEDNESS, COMPANION_TOP_PAIR_SUM, COMPANION_TOP_TERM_SHARE,
  MAX_STORY_DOCS, RESTATED_PAIR_SUM, RESTATED_TOP_TERM_SHARE, STORY_THRESHOLD, TOP_PAIR_SUM, TOP_PAIRS, TOP_TERM_SHARE, type PageProfile,
} from './story-gate';

/**
 * A stored document is this page when at least this share of its sentences occur verbatim on
 * the page (the page may carry boilerplate the stored copy lost, or lose a line Readability
 * dropped).
 */
const SELF_SENTENCE_SHARE = 0.8;

export interface AnalyzedDoc {
  doc: IndexedDoc;
  outlet: string;
  short: string;
}

/** The page itself, if stored: same text, or (nearly) all its sentences on the page. */
export function findSelf(text: string, sentences: readonly Sentence[], profile: PageProfile, index: CorpusIndex): string | null {
  let self = index.findByFingerprint(fingerprint(text));
  if (!self) {
    const pageSentences = new Set(sentences.map((s) => foldText(s.text)));
    for (const id of candidateDocs(profile, index, new Set())) {
      const doc = index.indexed(id)!;
      const inPage = doc.foldedSentences.filter((s) => pageSentences.has(s)).length;
      if (doc.sentenceCount && inPage / doc.sentenceCount >= SELF_SENTENCE_SHARE) {
        self = id;
        break;
      }
    }
  }
  return self;
}

/** BM25 candidates of one claim in one document (see index/candidates.ts). */
export type CandidatesOf = (doc: IndexedDoc, claim: number) => [number, number][];

/**
 * The story gate applied to the stored documents other than `exclude`: ranked by relatedness,
 * copies folded, then the gate's second stage and its companions.
 */
export function storyCoverage(
  profile: PageProfile,
  feats: SentenceFeatures[],
  index: CorpusIndex,
  exclude: Set<string>,
  pairOf: (doc: IndexedDoc) => CorpusIndex,
  candidatesOf: CandidatesOf,
): { coverage: StoryDoc[]; docs: AnalyzedDoc[] } {
  const candidates = candidateDocs(profile, index, exclude);
  const ranked = candidates
    .filter((id) => !exclude.has(id))
    .map((id) => ({ doc: index.indexed(id)!, score: relatedness(profile, index.indexed(id)!), copies: [] as IndexedDoc[] }))
    .filter((x) => x.score >= STORY_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.doc.meta.id < b.doc.meta.id ? -1 : 1));
  const related = foldCopies(ranked).slice(0, MAX_STORY_DOCS);
  // Second stage of the gate (see story-gate.ts): the page's distinctive terms are in the
  // document, and some of its sentences restate the document's. The pair sum reads the
  // statistics of the page's and the document's sentences only (`CorpusIndex.pair`), so it does
  // not change with what else is stored.
  // The pair sum needs a BM25 retrieval per claim: only for documents whose top-term share can
  // still pass (the companions' lower bar), as before the companions the strict bar did.
  const evidence = related.map(({ doc }) => {
    const share = topTermShare(profile, doc);
    return { share, pairs: share >= COMPANION_TOP_TERM_SHARE ? topPairSum(feats, doc, pairOf(doc), candidatesOf) : 0 };
  });
  // A document about someone else (another company's drug approved by the same regulator) is
  // not the story however many words it shares: see `aboutAnotherActor`.
  const pageNames = new Set(feats.flatMap(nameKeys));
  const pageWholeNames = wholeNames(feats);
  const pageCentral = mostNamed(feats, true, CENTRAL_MENTIONS);
  // Another event of the same kind (another earthquake, another vote) is not the story, however
  // many words it shares: nothing passes. Judged against the documents that meet the gate's
  // lowest bars (a companion's), not against every document sharing some words with the page.
  // A document about another actor may tell of another event but never vouch for one: in one
  // library, a central bank's rate decision on a Thursday vouched for a page on another
  // country's budget set on a Thursday (the blind set budget's unrelated page, 13 matches).
  const near = related.filter((_, k) => evidence[k].share >= COMPANION_TOP_TERM_SHARE && evidence[k].pairs >= COMPANION_TOP_PAIR_SUM);
  // Only a document the gate's own bars take for the story vouches for one event (event-identity.ts
  // anotherEvent): in one library, a near miss may be another story's.
  const strict = (k: number) =>
    (evidence[k].share >= TOP_TERM_SHARE && evidence[k].pairs >= TOP_PAIR_SUM) || (evidence[k].share >= RESTATED_TOP_TERM_SHARE && evidence[k].pairs >= RESTATED_PAIR_SUM);
  const onStory = related.filter((_, k) => strict(k)).map((r) => r.doc);
  if (anotherEvent(feats, near.map((r) => r.doc), (doc) => !aboutAnotherActor(pageCentral, pageNames, doc), onStory)) return { coverage: [], docs: [] };
  if (anotherNumberedThing(feats, near.map((r) => r.doc))) return { coverage: [], docs: [] };
  // A document about another thing of the kind: another numbered thing, another country.
  const aboutAnotherThing = (doc: IndexedDoc) => numberedThingsApart(feats, doc) || countriesApart(feats, doc);
  // (the gate's bars first: the actor test reads every name of the document)
  const passed = related.filter(
    (r, k) =>
      strict(k) &&
      !aboutAnotherActor(pageCentral, pageNames, r.doc) &&
      !aboutAnotherThing(r.doc),
  );
  // Companions (story-gate.ts, conditions 4 and 5): near misses that the passed documents vouch
  // for, either with the page's own lower bars (4) or, once the story is known, as related to
  // the page as two reports of one event are to each other, naming the document's central actor,
  // and not set on another day or scale (5).
  const vouchers = passed.map((p) => p.doc);
  // A companion shares an actor with a document that passed (story-gate.ts condition 7).
  const aboutNoStoryActor = (doc: IndexedDoc) =>
    actorOf(doc).length > 0 &&
    vouchers.some((v) => actorOf(v).length) &&
    !vouchers.some((v) => actorOf(v).some((n) => namesOf(doc).has(n)) || actorOf(doc).some((n) => namesOf(v).has(n)));
  const confirmed = related.filter(
    (r, k) =>
      passed.includes(r) ||
      (passed.length >= 1 &&
        evidence[k].share >= COMPANION_TOP_TERM_SHARE &&
        evidence[k].pairs >= COMPANION_TOP_PAIR_SUM &&
        vouchedFor(r.doc, vouchers) &&
        !aboutNoStoryActor(r.doc) &&
        !aboutAnotherActor(pageCentral, pageNames, r.doc) &&
        !aboutAnotherThing(r.doc)) ||
      (passed.length >= 1 &&
        r.score >= COMPANION_DOC_RELATEDNESS &&
        vouchedFor(r.doc, vouchers, COMPANION_TOP_TERM_SHARE) &&
        !aboutNoStoryActor(r.doc) &&
        !ledesClash(feats, r.doc) &&
        !aboutAnotherThing(r.doc) &&
        namesCentralActor(r.doc, pageWholeNames)),
  );
  const others = otherStoryDocs(confirmed.map((r) => r.doc), pageWholeNames);
  const story = confirmed.filter((r) => !others.has(r.doc));
  const coverage: StoryDoc[] = story.map(({ doc, score, copies }) => ({
    source: doc.meta.id,
    outlet: doc.meta.outlet,
    headline: doc.meta.headline,
    date: doc.meta.date,
    relatedness: Math.min(1, roundScore(score)),
    ...(copies.length ? { copies: copies.map((c) => ({ source: c.meta.id, outlet: c.meta.outlet })) } : {}),
    ...(passed.some((p) => p.doc === doc) ? {} : { companion: true as const }),
  }));
  const docs: AnalyzedDoc[] = story.map(({ doc }) => ({ doc, outlet: doc.meta.outlet, short: shortOutlet(doc.meta.outlet) }));
  return { coverage, docs };
}

/**
 * A document is a copy of a more related one when at least this share of its sentences occur
 * verbatim in it: syndicated reprints (~100%) and lightly edited near-duplicates (70–90%); two
 * outlets writing their own articles share almost no identical sentence.
 */
const COPY_SENTENCE_SHARE = 0.6;

/** Fold copies into the first (most related) document they copy. */
function foldCopies<T extends { doc: IndexedDoc; copies: IndexedDoc[] }>(ranked: T[]): T[] {
  const kept: { item: T; sentences: Set<string> }[] = [];
  for (const item of ranked) {
    const own = item.doc.foldedSentences;
    const original = kept.find(({ sentences }) => own.filter((s) => sentences.has(s)).length >= COPY_SENTENCE_SHARE * own.length);
    if (original) original.item.copies.push(item.doc);
    else kept.push({ item, sentences: new Set(own) });
    if (kept.length >= MAX_STORY_DOCS) break;
  }
  return kept.map((k) => k.item);
}

/**
 * Sum of the TOP_PAIRS best claim-to-sentence pair scores between the page and a document, with
 * `pair`'s statistics (the page's and the document's sentences alone). The gate only compares
 * the sum with its bars, so it stops once the best TOP_PAIRS so far reach the highest bar
 * (PAIR_SUM_DECIDED): the full sum could only be larger (the best of more claims are at least
 * the best of fewer, and rounding is monotone), and every comparison is already decided. Below
 * that bar the value is the exact sum. A document of the page's story reaches it within its
 * first claims, so most of its pair scores here were computed for a verdict already known.
 */
function topPairSum(claims: SentenceFeatures[], doc: IndexedDoc, pair: CorpusIndex, candidatesOf: CandidatesOf): number {
  // The best TOP_PAIRS claim scores so far, largest first (the first TOP_PAIRS of the sorted list).
  const top: number[] = [];
  let sum = 0;
  for (let k = 0; k < claims.length; k++) {
    const best = Math.max(0, ...candidatesOf(doc, k).slice(0, GATE_CANDIDATES).map(([i]) => pairScore(claims[k], doc.sentences[i], pair)));
    let at = top.length;
    while (at > 0 && top[at - 1] < best) at--;
    if (at >= TOP_PAIRS) continue;
    top.splice(at, 0, best);
    if (top.length > TOP_PAIRS) top.pop();
    // Same additions in the same order as summing the sorted list's first TOP_PAIRS.
    sum = top.reduce((s, x) => s + x, 0);
    if (sum >= PAIR_SUM_DECIDED) break;
  }
  return sum;
}
/** BM25 candidates per claim whose pair scores the gate reads. */
const GATE_CANDIDATES = 3;
/** The highest bar the gate compares a pair sum with: at or above it, every comparison is decided. */
const PAIR_SUM_DECIDED = Math.max(TOP_PAIR_SUM, RESTATED_PAIR_SUM, COMPANION_TOP_PAIR_SUM);

/**
 * The outlet's name for reasons, without what follows a comma: "Unnamed outlet, citing the WSJ"
 * → "Unnamed outlet". Never initials: a reader cannot read "BI" or "PA" (issue 20), and a name an
 * outlet uses for itself ("WSJ") is already its name.
 */
export function shortOutlet(outlet: string): string {
  return outlet.split(',')[0].trim();
}

/**
 * Two events of one kind in one library (two mine floods, two central banks' rate rises): the
 * reports of both pass the gate's bars for a page on either, sharing the kind's words and
 * restating its kind of facts, and two reports of one event vouch for each other. The page tells
 * them apart by whose names it uses. A document whose actor (actorOf) the page names as a whole
 * name (oneName: "Vashen Valley" is not "Kessel Valley", "Halvern Coal" not "Ardekyn Coal
 * Company"; an acronym alone is no actor here) anchors the story. A document whose actor the
 * page never names, that shares no actor's whole name with an anchor either way, is another
 * event's when another such document shares one with it: two reports of another event. A lone
 * one stays: a local paper centred on its own town, which neither the page nor the wire names,
 * is still a report of the story (so one stray report of another event stays too). Nothing when
 * no document is anchored. Measured on 113 blind stories and the four real ones: no verdict of
 * any page changes with its own corpus; in one library holding them all, two mine disasters'
 * pages lose every match (41) with each other's reports, a rate rise's 12 of its 17 with another
 * bank's, a budget's 9 with another country's, and four wrong contradictions go
 * (tests/engine/story/library-independence.test.ts).
 */
function otherStoryDocs(docs: readonly IndexedDoc[], pageNames: ReadonlyMap<string, string[][]>): Set<IndexedDoc> {
  const anchors = docs.filter((d) => actorNamed(d, pageNames));
  if (!anchors.length) return new Set();
  const linked = (a: IndexedDoc, b: IndexedDoc) => actorNamed(a, wholeNamesOf(b)) || actorNamed(b, wholeNamesOf(a));
  const loose = docs.filter((d) => actorOf(d).length && !anchors.includes(d) && !anchors.some((a) => linked(a, d)));
  return new Set(loose.filter((d) => loose.some((e) => e !== d && linked(d, e))));
}
/** Do the names (wholeNames) hold one of the document's actors, not an acronym, as the whole name the document gives it (oneName)? */
function actorNamed(doc: IndexedDoc, names: ReadonlyMap<string, string[][]>): boolean {
  const acronyms = acronymsOf(doc);
  return actorOf(doc).some((n) => !acronyms.has(n) && wholeNamesOf(doc).get(n)?.some((mine) => names.get(n)?.some((theirs) => oneName(mine, theirs))));
}
/**
 * The document's names written as an acronym standing alone ("GDP", "VAT"). Such a name is as
 * often a term of the beat as an actor: two countries' budget reports both centre on "GDP", and
 * as an anchor it made each budget's reports the other's (the blind sets budget and budget-vote
 * in one library).
 */
function acronymsOf(doc: IndexedDoc): Set<string> {
  let keys = DOC_ACRONYMS.get(doc);
  if (!keys) DOC_ACRONYMS.set(doc, (keys = new Set(doc.sentences.flatMap((s) => s.details.filter((d) => d.kind === 'name' && !d.name && /^\p{Lu}{2,}$/u.test(d.label)).map((d) => d.key)))));
  return keys;
}
const DOC_ACRONYMS = new WeakMap<IndexedDoc, Set<string>>();

/**
 * The page names the document's central actor: every one of its central names that is not a
 * word of English ("Sela" of "the River Sela", "Halden" of "Halden Labour Union"; all of them
 * when each is one, "the Supreme Court"), and the document has some. Named as a whole name
 * (oneName): the page's "Civic Renewal" does not name a document's "Civic Union". In a library
 * holding an election's reports, a minister's resignation page named one party of that
 * election ("Civic Renewal") and its reports were compared as companions, central on "Civic
 * Union" and "National Renewal": 13 stray pairs (the blind set minister-resignation, alignF1
 * 0.769 alone, 0.743 mixed; the same with this rule). No other of the 29 stories changes.
 */
function namesCentralActor(doc: IndexedDoc, pageNames: ReadonlyMap<string, string[][]>): boolean {
  const central = centralNames(doc);
  const proper = properCentral(central);
  if (!central.length) return false;
  const docNames = wholeNamesOf(doc);
  return proper.every((n) => pageNames.get(n)?.some((mine) => docNames.get(n)!.some((theirs) => oneName(mine, theirs))));
}

/**
 * Two names with a word in common are one name when one holds all the other's words ("Korvald" /
 * "Dagny Korvald"), not when each adds its own ("Civic Renewal" / "Civic Union", "Dagny Korvald"
 * / "Erik Korvald"): names of English words share them across parties, bodies and families.
 */
function oneName(a: readonly string[], b: readonly string[]): boolean {
  return a.every((k) => b.includes(k)) || b.every((k) => a.includes(k));
}

/** Each name key of the sentences, with the whole names it is part of (their keys, in order). */
function wholeNames(sentences: readonly SentenceFeatures[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const s of sentences) {
    // a name of several words carries the whole as `name` on each of its words' details
    const groups = new Map<string, string[]>();
    for (const d of s.details) {
      if (d.kind !== 'name') continue;
      const whole = d.name ?? '\u0000' + d.key;
      (groups.get(whole) ?? groups.set(whole, []).get(whole)!).push(d.key);
    }
    for (const keys of groups.values()) {
      for (const k of keys) {
        const known = out.get(k) ?? out.set(k, []).get(k)!;
        if (!known.some((g) => g.length === keys.length && g.every((x, i) => x === keys[i]))) known.push(keys);
      }
    }
  }
  return out;
}
const DOC_WHOLE_NAMES = new WeakMap<IndexedDoc, Map<string, string[][]>>();
function wholeNamesOf(doc: IndexedDoc): Map<string, string[][]> {
  let names = DOC_WHOLE_NAMES.get(doc);
  if (!names) DOC_WHOLE_NAMES.set(doc, (names = wholeNames(doc.sentences)));
  return names;
}

/**
 * A page and a document about two actors: the page names one actor in at least CENTRAL_MENTIONS
 * of its sentences, more than any other name that is not a word of English ("Slimetra",
 * "Carenthia"); the document's most named such names are others ("Corvexa", "Valmora"); and
 * neither names the other's anywhere. Two reports of one event name its actor, if not centrally
 * then in passing; two articles on one beat (two companies' drugs approved by one regulator,
 * two countries' central banks cutting rates) share the beat's words and even its regulator,
 * never each other's subject. Both directions, so a page centred on a minister quoted at length
 * still passes a report centred on the body she leads, as long as either names the other's actor.
 * When several names tie as the page's actor, the document names every one of them: a tennis
 * final's page centred on its tournament town and the beaten finalist (three sentences each) was
 * passed by a report of another final that names the town once, as the next week's stop (the
 * blind set tennis-final; no covering document of the 29 other stories was lost).
 */
function aboutAnotherActor(pageCentral: readonly string[], pageNames: ReadonlySet<string>, doc: IndexedDoc): boolean {
  const docCentral = centralNames(doc, true);
  if (!pageCentral.length || !docCentral.length) return false;
  const docNames = namesOf(doc);
  return !docCentral.some((n) => pageNames.has(n)) && !pageCentral.every((n) => docNames.has(n));
}

/** The central names that are not words of English, or all of them when each is one ("the Supreme Court"). */
function properCentral(central: readonly string[]): string[] {
  const proper = central.filter((n) => !generalWord(n));
  return proper.length ? proper : [...central];
}

function nameKeys(s: SentenceFeatures): string[] {
  return s.details.flatMap((d) => (d.kind === 'name' ? [d.key] : []));
}

/**
 * The central actor of a run of sentences: the name keys (people, bodies; places aside) in the
 * most of them, every one of them when several tie ("Bankman" and "Fried"; "Trump" and "Carney").
 * With `properOnly`, only names that are not words of English count ("Valmora", not "the Bank");
 * none when the most named is in fewer than `minMentions` sentences.
 */
function mostNamed(sentences: readonly SentenceFeatures[], properOnly = false, minMentions = 1): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const k of new Set(nameKeys(s))) if (!properOnly || !generalWord(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
  let most = 0; // a loop: a spread of every name of a long document may pass the argument limit
  for (const n of counts.values()) if (n > most) most = n;
  return most >= minMentions ? [...counts].filter(([, n]) => n === most).map(([k]) => k) : [];
}

/**
 * A page's actor is what it is about when named in three sentences or more: a name in two may be
 * an official quoted twice or a place named in the lede and once more. Of the 52 pages of the
 * blind story sets (tests/fixtures/stories, 13 stories), 19 name no one in three sentences; the
 * rule says nothing for them. At two, it dropped a covering document of the ceasefire story (a
 * live blog naming the army and the town, the page the mediator and the truce's valley).
 */
const CENTRAL_MENTIONS = 3;

const CENTRAL_NAMES = new WeakMap<IndexedDoc, string[]>(), CENTRAL_PROPER_NAMES = new WeakMap<IndexedDoc, string[]>();
/** The document's central actor (mostNamed), or with `properOnly` the most named of its names that are not words of English. */
function centralNames(doc: IndexedDoc, properOnly = false): string[] {
  const memo = properOnly ? CENTRAL_PROPER_NAMES : CENTRAL_NAMES;
  let names = memo.get(doc);
  if (!names) memo.set(doc, (names = mostNamed(doc.sentences, properOnly)));
  return names;
}

/**
 * A document's actor for its companions: its most named names that are not words of English,
 * when named in two sentences or more (a live blog naming everyone once names no actor).
 */
function actorOf(doc: IndexedDoc): string[] {
  let names = DOC_ACTORS.get(doc);
  if (!names) DOC_ACTORS.set(doc, (names = mostNamed(doc.sentences, true, 2)));
  return names;
}
const DOC_ACTORS = new WeakMap<IndexedDoc, string[]>();

const DOC_NAMES = new WeakMap<IndexedDoc, Set<string>>();
function namesOf(doc: IndexedDoc): Set<string> {
  let names = DOC_NAMES.get(doc);
  if (!names) DOC_NAMES.set(doc, (names = new Set(doc.sentences.flatMap(nameKeys))));
  return names;
}

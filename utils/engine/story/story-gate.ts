// The story gate: before any sentence is matched, decide which stored documents cover the same
// story as the page. An article that only shares the topic vocabulary (tariffs, China, Trump,
// talks) must not pass: it gets no matches at all.
//
// Relatedness is the cosine between the page's and the document's term vectors, where each term
// weighs (1 + log tf) × idf. The idf is not the reader's library's: it is a term's rarity in
// general English (word-weights.ts), so whether a document covers the page's story depends on the
// two texts alone, never on what else is stored (issue 20). Topic words are everywhere in the
// news, so their weight is damped further by a background list (GENERIC_NEWS_TERMS): general
// English rarely says "tariff", the news often does.
import type { CorpusIndex, IndexedDoc } from '../index/corpus-index';
import { wordKey } from '../text/normalize';
import { OFFICES, PLACE_KEYS } from '../text/lexicon';
import { generalIdf } from './word-weights';

/**
 * Words that appear in a large share of all political/economic news whatever the story: a
 * stand-in for the document frequencies of a news-wide corpus, which a reader's small corpus
 * cannot supply. They still count, at a fifth of their weight: sharing them says "same beat",
 * not "same story". No actor of any one story is here: every country (with its capital and
 * adjective, PLACE_KEYS) and every government office (OFFICES) is, since countries and
 * ministries act in most stories of the beat; people are not, since no name is in a large share
 * of all news (a story's own actors are found from its sentences: background.ts). Nor is a
 * story's own subject: "security", "chief", "travel" and "send" (the seed story's security chief
 * to be sent abroad) were removed with no change to any figure on any labelled set, own corpora
 * or mixed (issue 20 item 4). Each of the other words was removed in turn: 64 of the 71 changed
 * nothing either, but without all 64 real-dev loses 0.004 alignF1 and the held-out pages
 * 0.008–0.010, so they stay, as does the opportunity class of lexicon.ts (without it the seeds
 * fall from 0.877 to 0.751, real-dev from 0.781 to 0.714).
 */
export const GENERIC_NEWS_TERMS: ReadonlySet<string> = new Set([
  ...[
    'president', 'administration', 'government', 'official', 'trade', 'tariff',
    'talk', 'country', 'economy', 'market', 'year', 'week', 'month', 'day', 'time', 'minister',
    'ministry', 'deal', 'company', 'state', 'world', 'global', 'policy', 'leader', 'nation', 'meet',
    'good', 'goods', 'export', 'import', 'percent', 'public',
    'sides', 'side', 'first', 'last', 'make', 'take', 'recent', 'senior', 'top', 'national',
    'international', 'conflict', 'pressure', 'reduce', 'raise', 'start', 'stop', 'consider', 'concern',
    'propose', 'demand', 'willing', 'ask', 'two',
    'work', 'issue', 'plan', 'move', 'effort', 'include', 'continue', 'expect', 'help', 'need', 'want',
  ].map(wordKey),
  ...PLACE_KEYS,
  ...OFFICES,
]);
/** A fifth: five shared beat words weigh like one shared story word. */
const GENERIC_WEIGHT = 0.2;

/**
 * The gate has three conditions; a document must meet all of them. Each alone lets some
 * same-beat article through (measured on the seeds against the unrelated fixtures in
 * tests/fixtures/unrelated), together they leave a margin on every side. None reads a statistic
 * of the library: each is a function of the page and the one document (conditions 1–3) or of
 * the documents that passed (condition 4).
 *
 * 1. Whole-document cosine ≥ 0.05. Every document of a labelled story scores 0.10–0.60 against
 *    its pages (the seed story's pages, whose words are mostly beat words, 0.10–0.13 at the
 *    lowest; the three other stories 0.19 and up); other stories score up to 0.38 (another
 *    earthquake against the earthquake's reports). A cheap, loose first bar: conditions 2 and 3
 *    do the separating. Leave-one-story-out, half the lowest score of a story's document on the
 *    other stories is 0.051 (0.093 with the seed story left out), under every left-out story's
 *    lowest.
 */
export const STORY_THRESHOLD = 0.05;
/**
 * 2. Of the page's TOP_TERMS most frequent content terms (its subjects: people, places, objects,
 *    actions, by the number of sentences mentioning them), at least TOP_TERM_SHARE occur in the
 *    document. Same story: 0.9–1.0 of the top ten; another story on the same beat: 0.25–0.7 (the
 *    beat's words are there, the story's subjects are not). Frequency rather than IDF: with a
 *    small corpus on one story, IDF would call the story's own subjects "common".
 */
export const TOP_TERMS = 10;
export const MIN_REPEATED_TERMS = 5;
export const TOP_TERM_SHARE = 0.8;
/**
 * 3. The sum of the page's three best sentence pair scores with the document ≥ 1.0: the
 *    same facts are restated, not just the same words used. Same story: 1.1–1.8; another
 *    story: 0.2–0.93 (1.08 once, for a page failing condition 2). Raised from 0.9 when one
 *    voucher became enough for a companion (condition 4): a document of the story just under
 *    the bar comes back as a companion, a document of another story (0.93: Canada's steel
 *    tariffs against a page on the seed story) does not.
 */
export const TOP_PAIRS = 3;
export const TOP_PAIR_SUM = 1.0;
/**
 * 3b. Or a lower top-term share (RESTATED_TOP_TERM_SHARE) when the page restates the document's
 * facts more strongly: three pair scores summing to RESTATED_PAIR_SUM. The pair scores read the
 * statistics of the page's and the document's sentences alone (`CorpusIndex.pair`), not the
 * library's. The share was 0.6; with those statistics a page on another story restating a name
 * (a 2021 arena deal against a trial's reports: "Sam Bankman-Fried" thrice) reached 1.27 at 0.6.
 * Fitted leave-one-story-out on the four labelled stories (share 0.5/0.6/0.7 × sum 1.0–1.5: no
 * unrelated page matched, the most covering documents, the widest interval of sums), every
 * fold chose 0.7 with sums 1.0–1.25 (1.0–1.35 with the court story left out); each left-out
 * story then had no unrelated match and every covering document. The sum stays 1.2.
 */
export const RESTATED_TOP_TERM_SHARE = 0.7;
export const RESTATED_PAIR_SUM = 1.2;
/**
 * 4. Companions. A document that narrowly misses condition 2 or 3 still covers the page's story
 *    when the stored documents that passed say so: at least COMPANION_VOUCHERS of them are
 *    related to it as closely as two articles on one event are (their own text as the profile:
 *    cosine ≥ COMPANION_DOC_RELATEDNESS and top-term share ≥ TOP_TERM_SHARE). Two reports of one
 *    labelled story score 0.25–0.80 (with a share ≥ 0.8), reports of two stories at most 0.09;
 *    leave-one-story-out, the geometric middle of that gap is 0.130–0.148, and each left-out
 *    story keeps all its pairs above it and none of another's. The page must still show some evidence of its own,
 *    at the lower bars below: a feature that opens on an anecdote, or a report whose top terms
 *    are worded apart, restates fewer of the document's sentences. A page that passes for no
 *    document gets no companion: an unrelated page stays unmatched. The page's own share bar
 *    is half its top terms (either way): the story identity comes from the voucher, which the
 *    page passed and which is as close to the companion as two reports of one event are; the
 *    page's own bars only check that it and the companion are not strangers. A report written
 *    from another angle (the seismologists' readings against the toll and the rescue) shares
 *    half its subjects with the toll report and restates its facts all the same.
 */
/**
 * 5. Compared once the story is known (issue 20's high bar for one document, a low bar for the
 *    rest). When a document passed conditions 2–3, another document is compared too when
 *    - its whole-document cosine with the page is at least COMPANION_DOC_RELATEDNESS (the bar
 *      two reports of one event clear with each other),
 *    - a passed document vouches for it at that cosine with COMPANION_TOP_TERM_SHARE of the top
 *      terms shared (not TOP_TERM_SHARE: two reports of one trial from other angles, the
 *      courtroom scene and the sentencing dates, share 0.5–0.7 of their subjects),
 *    - the page names the document's central actor (the names in the most of its sentences,
 *      all of them when several tie; coverage.ts `centralNames`; a document naming no one
 *      cannot show it is about the page's actor and is not compared): a same-beat article (Canada's
 *      steel tariffs beside the seed story, cosine 0.25–0.31 and share 0.6–0.7 with the seeds)
 *      is as close to the story's documents as the trial's reports are to one another, but it
 *      is about someone else,
 *    - and its lede is not set on another day or scale than the page's (event-identity.ts
 *      `ledesClash`: another earthquake in the same county names the same place).
 *    A feature written around a verdict restates few of a wire report's sentences (pair sum
 *    0.53) while sharing its subjects (cosine 0.44): conditions 2–4 left 16 labelled pairs of
 *    the fraud verdict behind the gate. Measured on the four labelled stories (own corpora and
 *    mixed): it admits those documents and the earthquake's wire update, no document of another
 *    story, and tests/engine/story/library-independence.test.ts still holds. Leave-one-story-out
 *    over the page cosine bar (0.10/0.14/0.20/0.25/0.30/none) × voucher share (0.5/0.8), ties
 *    to the strictest: the folds chose 0.14/0.5 (real-dev, the crash, the verdict left out) and
 *    0.25/0.5 (the earthquake left out); left-out alignF1 0.781 / 0.695 / 0.457 / 0.387, mean
 *    0.580 (0.5765 without the condition). 0.14 is condition 4's own bar, reused; 0.10 admitted
 *    a seed-story document with no counterpart (real-dev −0.004), 0.8 admits nothing new.
 *
 * 6. Not about another actor (coverage.ts `aboutAnotherActor`), for every document conditions 2–4
 *    admit: when the page names one actor in three sentences or more and neither it nor the
 *    document names the other's most named actor anywhere, the document is on the beat, not the
 *    story (another company's drug approved by the same regulator; another country's central
 *    bank cutting its rate). No labelled story and no blind story set loses a covering document;
 *    two blind sets' unrelated pages (8 and 11 matches) lose theirs.
 */
/**
 * 7. A companion (conditions 4 and 5) shares an actor with a document that passed: it names
 *    that document's actor, or that document names its own (coverage.ts `actorOf`: the most
 *    named names that are not words of English, named in two sentences or more). The voucher's
 *    bars read subjects, and two strikes on one beat share theirs (strike, union, pay, walkout):
 *    in one library an airport strike's report vouched for a rail strike's explainer centred on
 *    the rail operator, a name no report of the airport strike uses (the blind sets
 *    airport-strike and rail-strike, alignP 0.676 → 0.625 mixed). Either direction, because an
 *    explainer's most named name is often the expert it quotes (it still names the festival
 *    that one report is centred on), and a report about the river a storm flooded names the
 *    river, not the storm (the storm's reports name the river). When the companion or every
 *    document that passed names no one twice there is no actor to share and the condition says
 *    nothing (a two-line rates report naming nothing, tests/engine/kinds). Measured on
 *    the 50 stories (the 4 real ones, the seeds, 45 blind sets): no figure changes with own
 *    corpora, and in one library every story's figures become its own-corpus ones (86
 *    companions, none of another story; before, 89 with 3 of another story). The two sentences
 *    are the only bar of 1, 2 and 3 that keeps both: at one, a live blog naming everyone once
 *    ties every name as its actor and the explainer came back through one it also names; at
 *    three, crowd-crush's explainer lost its reports (alignF1 0.617 → 0.594). Fitted on those two
 *    stories: leave either out and the other fold could have chosen the bar that misses it.
 */
/**
 * 8. Not another event's reports (coverage.ts `otherStoryDocs`): among the documents admitted,
 *    those whose actor the page names anchor the story; two or more that neither the page nor
 *    any anchor names, naming each other's actor, are the reports of another event of the kind
 *    (two mine disasters in one library). No number is fitted: a name is named or not.
 */
export const COMPANION_VOUCHERS = 1;
export const COMPANION_DOC_RELATEDNESS = 0.14;
export const COMPANION_TOP_TERM_SHARE = 0.5;
export const COMPANION_TOP_PAIR_SUM = 0.6;

const DOC_PROFILES = new WeakMap<IndexedDoc, PageProfile>();

/** The profile of a stored document's own text, to compare it with another stored document (cached). */
export function docProfile(doc: IndexedDoc): PageProfile {
  let profile = DOC_PROFILES.get(doc);
  if (!profile) DOC_PROFILES.set(doc, (profile = pageProfile(doc.sentenceTerms.map((terms) => ({ terms })), doc)));
  return profile;
}

/**
 * Do at least COMPANION_VOUCHERS of the confirmed documents vouch for `doc` (condition 4; with
 * `share` = COMPANION_TOP_TERM_SHARE, condition 5)?
 */
export function vouchedFor(doc: IndexedDoc, confirmed: readonly IndexedDoc[], share = TOP_TERM_SHARE): boolean {
  let n = 0;
  for (const c of confirmed) {
    const profile = docProfile(c);
    if (relatedness(profile, doc) >= COMPANION_DOC_RELATEDNESS && topTermShare(profile, doc) >= share) n++;
    if (n >= COMPANION_VOUCHERS) return true;
  }
  return false;
}

/**
 * How many documents, at most, a page is compared with (the most related first, after copies
 * are folded into their original). Twenty outlets per claim is more than a reader can weigh, and
 * the bound keeps the cost of a page independent of how large the corpus grows.
 */
export const MAX_STORY_DOCS = 20;

export interface PageProfile {
  /** term → number of page sentences containing it */
  tf: Map<string, number>;
  /** The stored copy of the page, when the page is a corpus document. */
  self?: IndexedDoc;
}

export function pageProfile(sentences: readonly { readonly terms: readonly string[] }[], self?: IndexedDoc): PageProfile {
  const tf = new Map<string, number>();
  for (const s of sentences) for (const t of s.terms) if (!t.startsWith('#')) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { tf, self };
}

function termWeight(term: string, tf: number): number {
  return (1 + Math.log(tf)) * generalIdf(term) * (GENERIC_NEWS_TERMS.has(term) ? GENERIC_WEIGHT : 1);
}

/**
 * Condition 2's share, both ways: the larger of the share of the page's top terms that the
 * document contains and the share of the document's top terms that the page contains. A short
 * report (a wire update of the toll, a brief) names only part of a long article's subjects,
 * while the long article names all of the short one's: measured one way only, the short one
 * looked like another story (0.3 of a long page's top terms in a six-sentence update whose own
 * ten are 0.9 in the page).
 */
export function topTermShare(page: PageProfile, doc: IndexedDoc): number {
  return Math.max(shareOf(topTermsOf(page), (t) => !!doc.termFreq[t]), shareOf(docTopTerms(doc), (t) => page.tf.has(t)));
}

/** Share of the top terms for which `has` holds. */
function shareOf(top: [string, number][], has: (term: string) => boolean): number {
  if (!top.length) return 0;
  return top.filter(([t]) => has(t)).length / top.length;
}

/** A profile's top terms, once per profile. */
function topTermsOf(profile: PageProfile): [string, number][] {
  let top = TOP_TERMS_OF.get(profile);
  if (!top) TOP_TERMS_OF.set(profile, (top = topTerms(profile)));
  return top;
}
const TOP_TERMS_OF = new WeakMap<PageProfile, [string, number][]>();

/**
 * A stored document's top terms, once per document. Every candidate document of every page is
 * read here, so only its ten terms are kept, not its whole profile (docProfile keeps that for the
 * few documents that vouch for companions).
 */
function docTopTerms(doc: IndexedDoc): [string, number][] {
  const vouching = DOC_PROFILES.get(doc);
  if (vouching) return topTermsOf(vouching);
  let top = DOC_TOP_TERMS.get(doc);
  if (!top) DOC_TOP_TERMS.set(doc, (top = topTerms(pageProfile(doc.sentenceTerms.map((terms) => ({ terms }))))));
  return top;
}
const DOC_TOP_TERMS = new WeakMap<IndexedDoc, [string, number][]>();

function topTerms(page: PageProfile): [string, number][] {
  const ranked = [...page.tf.entries()]
    .filter(([t]) => !/^\d/.test(t))
    .sort((a, b) => b[1] - a[1] || generalIdf(b[0]) - generalIdf(a[0]) || (a[0] < b[0] ? -1 : 1));
  // Terms mentioned in two or more sentences are the page's subjects; terms mentioned once only
  // fill in for a page too short to repeat five. Among terms mentioned equally often the rarer
  // in English come first (a probe's or a moon's name before "arrive"): in alphabetical order a
  // short report's top ten were its commonest words, and two briefs of one event shared 0.3 of
  // them (tests/engine/story/story-gate.test.ts). It left every labelled set's figures as they
  // were and let the pages of 38 invented stories of other kinds (scratch, one library) reach
  // 93 of their 114 reports instead of 90, no report of another story more.
  const repeated = ranked.filter(([, n]) => n >= 2);
  return (repeated.length >= MIN_REPEATED_TERMS ? repeated : ranked).slice(0, TOP_TERMS);
}

/**
 * Cosine of the page's and the document's term vectors, each term weighing (1 + log tf) × its
 * general English IDF (word-weights.ts) × the beat damping: a function of the two texts alone.
 */
export function relatedness(page: PageProfile, doc: IndexedDoc): number {
  let dot = 0;
  // The page's weights and norm, once per profile (same additions, same order).
  let pw = PAGE_WEIGHTS.get(page);
  if (!pw) {
    const weights: number[] = [];
    let norm = 0;
    for (const [t, n] of page.tf) {
      const w = termWeight(t, n);
      norm += w * w;
      weights.push(w);
    }
    PAGE_WEIGHTS.set(page, (pw = { weights, norm }));
  }
  const pageNorm = pw.norm;
  const termFreq = doc.termFreq;
  let k = 0;
  for (const t of page.tf.keys()) {
    const w = pw.weights[k++];
    const m = termFreq[t];
    if (m) dot += w * termWeight(t, m);
  }
  const docNorm = docNormOf(doc);
  return pageNorm && docNorm ? dot / Math.sqrt(pageNorm * docNorm) : 0;
}

const PAGE_WEIGHTS = new WeakMap<PageProfile, { weights: number[]; norm: number }>();

/** The squared norm of a document's term vector (a function of its text: memoised per document). */
function docNormOf(doc: IndexedDoc): number {
  let norm = DOC_NORMS.get(doc);
  if (norm === undefined) {
    norm = 0;
    for (const [t, m] of Object.entries(doc.termFreq)) {
      if (t.startsWith('#')) continue;
      const w = termWeight(t, m);
      norm += w * w;
    }
    DOC_NORMS.set(doc, norm);
  }
  return norm;
}
const DOC_NORMS = new WeakMap<IndexedDoc, number>();

/**
 * Candidate documents through the document-level inverted index: only documents sharing one of
 * the page's most distinctive terms are scored, so the cost grows with the number of related
 * documents, not with the size of the corpus. This is retrieval, not a decision: it reads the
 * library's document frequencies (a term in few stored documents has a short posting list and
 * tells documents apart), so that the work stays proportional to the page's candidates. Whether
 * a candidate covers the story is then decided by the gate from the page and the document
 * alone; the library matters only when more than MAX_STORY_DOCS × 2 documents share the page's
 * distinctive terms.
 */
export function candidateDocs(page: PageProfile, index: CorpusIndex, exclude: Set<string>): string[] {
  const ranked = distinctiveTerms(page, index);
  const votes = new Map<string, number>();
  for (const [t, w] of ranked) for (const id of index.docsWith(t)) if (!exclude.has(id)) votes.set(id, (votes.get(id) ?? 0) + w);
  // Twice the coverage limit: the gate then keeps the related ones among them.
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_STORY_DOCS * 2).map(([id]) => id);
}

/** How many of the page's terms vote for candidate documents: enough to find any document on its story. */
export const DISTINCTIVE_TERMS = 30;

/**
 * The page's DISTINCTIVE_TERMS most distinctive terms with their weights, by the library's
 * document frequencies: the terms whose postings `candidateDocs` reads. Reads `docFreq` of each
 * of the page's terms that is not a beat word (`candidateTerms`) and `documentCount`, nothing
 * else, so a library on disk answers it from its stored aggregates (utils/engine/index/page-retrieval.ts).
 */
export function distinctiveTerms(page: PageProfile, index: Pick<CorpusIndex, 'docFreq' | 'documentCount'>): (readonly [string, number])[] {
  return candidateTerms(page)
    .map((t) => [t, (1 + Math.log(page.tf.get(t)!)) * libraryIdf(t, index, page.self)] as const)
    .filter(([t]) => index.docFreq(t) - (page.self?.termFreq[t] ? 1 : 0) > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, DISTINCTIVE_TERMS);
}

/** The page's terms that may vote (every one but the beat words), in the profile's order. */
export function candidateTerms(page: PageProfile): string[] {
  return [...page.tf.keys()].filter((t) => !GENERIC_NEWS_TERMS.has(t));
}

/** Document-level IDF in the library, with the page counted as one document (and its stored copy not again). */
function libraryIdf(term: string, index: Pick<CorpusIndex, 'docFreq' | 'documentCount'>, self?: IndexedDoc): number {
  const n = index.documentCount - (self ? 1 : 0) + 1;
  const df = index.docFreq(term) - (self?.termFreq[term] ? 1 : 0) + 1;
  return Math.log(1 + n / df);
}

// analyzePage: the page's sentences become claims; each claim is matched against the sentences
// of the stored documents that pass the story gate, through the per-document inverted index
// (BM25) and then a pair score; each match carries a relation and a reason.
import { fingerprint, type CorpusIndex, type IndexedDoc } from './corpus-index';
import { sentenceFeatures, type SentenceFeatures } from './features';
import { foldText } from './normalize';
import {
  candidateDocs, pageProfile, relatedness, topTermShare, vouchedFor, COMPANION_TOP_PAIR_SUM, COMPANION_TOP_TERM_SHARE, COMPANION_VOUCHERS,
  MAX_STORY_DOCS, STORY_THRESHOLD, TOP_PAIR_SUM, TOP_PAIRS, TOP_TERM_SHARE,
} from './story-gate';
import { splitSentences } from './segment';
import { pairScore, PAIR_THRESHOLD } from './similarity';
import { restsOnDescriptor, sharedSpecificActors } from './actors';
import { classify, contradiction, type RelationResult } from './relations';
import { findAdditions } from './additions';
import { compareQuotes } from './quotes';
import { retrieve } from './retrieve';
import { compareFigures } from './figures';
import { centralRestatements } from './central-claim';
import { causeFrame, framedSentences, retaliationFrame, sameJustification, sameRetaliation } from './cause-frame';
import { distinctEvents, DISTINCT_EVENT_OVERRIDE, eventClasses, wantedVersusStated } from './event-frame';
import { bridgesOf, corroborated, CORROBORATED_MIN_SCORE, LinkScores } from './corroboration';
import { detectEnglish } from './language';
import type { Claim, Match, PageInput, Report, StoryDoc } from './types';

/**
 * BM25 retrieval keeps at most this many candidate sentences per claim and document before the
 * (costlier) pair score. A story rarely has more than a handful of sentences in one article that
 * restate a given fact, but BM25 ranks a short restatement of a long claim low (few shared
 * terms), and contradicting sentences share fewer words still; with 8 the seeds lost two
 * labelled contradictions, with 15 none. The cost is bounded: 15 × the documents that pass the gate.
 */
const CANDIDATES_PER_DOC = 15;
/**
 * Pairs that contradict each other share fewer words than pairs that agree (the point of
 * disagreement is worded differently by definition). A pair scoring at least this much, but
 * below PAIR_THRESHOLD, is kept when a strong contradiction cue holds (see relations.ts).
 * 0.12: on the seed labels every labelled contradiction scores above 0.13, and pairs below
 * 0.12 share little more than the story's actors.
 */
const CONTRADICTION_MIN_SCORE = 0.12;
/**
 * A pair below PAIR_THRESHOLD is still one fact when both sentences name the same specific
 * actor (a person or office other than the story's main actors) doing the same kind of act:
 * "China's Commerce Ministry said it was weighing talks" / "… a statement from China's
 * Ministry of Commerce, which said it was reviewing an offer of talks". Long sentences with
 * extra details share a small part of their words, so the score alone misses them. 0.15: on
 * the seed labels every such pair from 0.15 up is labelled; below, pairs share little more
 * than the actor.
 */
const SAME_ACTOR_MIN_SCORE = 0.15;

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

export function analyzePage(page: PageInput, index: CorpusIndex): Report {
  const sentences = splitSentences(page.text);
  // The lexicon, stemmer and cues are English-only: another language would get nothing but
  // false matches on names and numbers, so it gets its claims and a plain notice instead.
  const language = detectEnglish(page.text, page.lang);
  if (!language.english) {
    return {
      title: page.title,
      self: null,
      coverage: [],
      claims: sentences.map((s, i) => ({ id: 'c' + i, start: s.start, end: s.end, text: s.text, matches: [] })),
      additions: [],
      quotes: [],
      figures: [],
      facts: [],
      notice: `Language not supported yet: ${language.reason}. Only English articles are compared.`,
    };
  }
  const feats = sentences.map(sentenceFeatures);
  let profile = pageProfile(feats);

  // The page itself, if stored: same text, or (nearly) all its sentences on the page.
  let self = index.findByFingerprint(fingerprint(page.text));
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
  const exclude = new Set<string>(self ? [self] : []);

  // Story gate. When the page is a stored document, the stored copy (cleaned of boilerplate)
  // describes the story better than the page's raw text, and is not counted twice in the
  // document frequencies.
  if (self) profile = pageProfile(index.indexed(self)!.sentenceTerms.map((terms) => ({ terms })), index.indexed(self));
  const candidates = candidateDocs(profile, index, exclude);
  const ranked = candidates
    .filter((id) => !exclude.has(id))
    .map((id) => ({ doc: index.indexed(id)!, score: relatedness(profile, index.indexed(id)!, index), copies: [] as IndexedDoc[] }))
    .filter((x) => x.score >= STORY_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.doc.meta.id < b.doc.meta.id ? -1 : 1));
  const related = foldCopies(ranked).slice(0, MAX_STORY_DOCS);
  // Second stage of the gate (see story-gate.ts): the page's distinctive terms are in the
  // document, and some of its sentences restate the document's.
  // BM25 candidates per (document, claim), shared by the gate (top 3) and matchClaim (top 15):
  // the top 3 of a total order are the first 3 of its top 15.
  const retrieved = new Map<IndexedDoc, ([number, number][] | undefined)[]>();
  const candidatesOf = (doc: IndexedDoc, claim: number): [number, number][] => {
    let row = retrieved.get(doc);
    if (!row) retrieved.set(doc, (row = []));
    return (row[claim] ??= retrieve(feats[claim], doc, index, CANDIDATES_PER_DOC));
  };
  // Claim-to-sentence pair scores, memoised for this page: the gate's top 3 come back in matchClaim.
  const claimScores = new LinkScores(index);
  // The pair sum needs a BM25 retrieval per claim: only for documents whose top-term share can
  // still pass (the companions' lower bar), as before the companions the strict bar did.
  const evidence = related.map(({ doc }) => {
    const share = topTermShare(profile, doc);
    return { share, pairs: share >= COMPANION_TOP_TERM_SHARE ? topPairSum(feats, doc, claimScores, candidatesOf) : 0 };
  });
  const passed = related.filter((_, k) => evidence[k].share >= TOP_TERM_SHARE && evidence[k].pairs >= TOP_PAIR_SUM);
  // Companions (story-gate.ts, condition 4): near misses that the passed documents vouch for.
  const confirmed = related.filter(
    (r, k) =>
      passed.includes(r) ||
      (passed.length >= COMPANION_VOUCHERS &&
        evidence[k].share >= COMPANION_TOP_TERM_SHARE &&
        evidence[k].pairs >= COMPANION_TOP_PAIR_SUM &&
        vouchedFor(r.doc, passed.map((p) => p.doc), index)),
  );
  const coverage: StoryDoc[] = confirmed.map(({ doc, score, copies }) => ({
    source: doc.meta.id,
    outlet: doc.meta.outlet,
    headline: doc.meta.headline,
    date: doc.meta.date,
    relatedness: Math.min(1, round(score)),
    ...(copies.length ? { copies: copies.map((c) => ({ source: c.meta.id, outlet: c.meta.outlet })) } : {}),
    ...(passed.some((p) => p.doc === doc) ? {} : { companion: true as const }),
  }));
  const docs: AnalyzedDoc[] = confirmed.map(({ doc }) => ({ doc, outlet: doc.meta.outlet, short: shortOutlet(doc.meta.outlet) }));

  const background = storyBackground(feats, docs);
  const [pageCentral, ...docCentral] = centralRestatements([feats, ...docs.map(({ doc }) => doc.sentences)]);
  const central = docs.map((d, k) => ({ ...d, central: docCentral[k] }));
  const links = new LinkScores(index);
  const claims: Claim[] = feats.map((f, i) => ({
    id: 'c' + i,
    start: f.start,
    end: f.end,
    text: f.text,
    matches: matchClaim(f, pageCentral.has(i), central, index, background, links, (doc) => candidatesOf(doc, i), claimScores),
  }));

  return {
    title: page.title,
    self,
    coverage,
    claims,
    additions: findAdditions(feats, claims, docs, index),
    quotes: compareQuotes(feats, claims, docs, index),
    figures: compareFigures(feats, claims, docs, index),
    facts: [],
  };
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

/** Sum of the TOP_PAIRS best claim-to-sentence pair scores between the page and a document. */
function topPairSum(
  claims: SentenceFeatures[], doc: IndexedDoc, scores: LinkScores, candidatesOf: (doc: IndexedDoc, claim: number) => [number, number][],
): number {
  const best = claims.map((c, k) => Math.max(0, ...candidatesOf(doc, k).slice(0, 3).map(([i]) => scores.get(c, doc.sentences[i]))));
  return best.sort((a, b) => b - a).slice(0, TOP_PAIRS).reduce((s, x) => s + x, 0);
}

/**
 * Names and places mentioned in at least BACKGROUND_SHARE of the story's sentences (page and
 * covering documents): the story's main actors. 0.12: in a trade-war story the two countries and
 * the president sit at 0.3–0.7; secondary figures (a minister, a city, a weekday) stay under 0.1.
 */
const BACKGROUND_SHARE = 0.12;

function storyBackground(page: SentenceFeatures[], docs: AnalyzedDoc[]): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  const count = (s: SentenceFeatures) => {
    total++;
    for (const d of s.details) if (d.kind === 'name' || d.kind === 'place') counts.set(d.key, (counts.get(d.key) ?? 0) + 1);
  };
  page.forEach(count);
  for (const { doc } of docs) doc.sentences.forEach(count);
  return new Set([...counts].filter(([, n]) => n / total >= BACKGROUND_SHARE).map(([k]) => k));
}

/**
 * A claim that restates the story's central claim (see central-claim.ts) is paired with every
 * restatement of it in the other documents, and with nothing else; any other claim is paired
 * through retrieval and the pair score, never with a central restatement (the central claim is
 * one fact, which a narrower claim does not report).
 */
function matchClaim(
  claim: SentenceFeatures,
  claimIsCentral: boolean,
  docs: (AnalyzedDoc & { central: ReadonlySet<number> })[],
  index: CorpusIndex,
  background: ReadonlySet<string>,
  links: LinkScores,
  candidatesOf: (doc: IndexedDoc) => [number, number][],
  claimScores: LinkScores,
): Match[] {
  if (!claim.terms.length) return [];
  const matches: Match[] = [];
  const candidates: { doc: IndexedDoc; outlet: string; short: string; i: number; score: number; sameFrame?: boolean }[] = [];
  // A claim with a justification or retaliation frame is also compared with every framed
  // sentence of each document: BM25 ranks "cited fentanyl as the reason for the tariffs" low
  // for "tariffs over its role in a drug-overdose crisis" (two shared words).
  const framed = !!(causeFrame(claim) || retaliationFrame(claim));
  for (const { doc, outlet, short, central } of docs) {
    if (claimIsCentral) {
      for (const i of central) {
        const other = doc.sentences[i];
        const rel = classify(claim, other, short, background);
        matches.push({
          source: doc.meta.id, outlet, text: other.text, relation: rel.relation, why: rel.why,
          score: round(Math.max(PAIR_THRESHOLD, pairScore(claim, other, index))), sentenceIndex: i,
        });
      }
      continue;
    }
    const retrieved = candidatesOf(doc).map(([i]) => i);
    for (const i of framed ? [...new Set([...retrieved, ...framedSentences(doc)])] : retrieved) {
      if (central.has(i)) continue;
      const score = claimScores.get(claim, doc.sentences[i]);
      if (score < PAIR_THRESHOLD && framed && (sameJustification(claim, doc.sentences[i], background) || sameRetaliation(claim, doc.sentences[i]))) {
        candidates.push({ doc, outlet, short, i, score, sameFrame: true });
        continue;
      }
      if (score < CONTRADICTION_MIN_SCORE) continue;
      if (score < DISTINCT_EVENT_OVERRIDE && (distinctEvents(claim, doc.sentences[i]) || wantedVersusStated(claim, doc.sentences[i]))) continue;
      if (restsOnDescriptor(claim, doc.sentences[i], background)) continue;
      candidates.push({ doc, outlet, short, i, score });
    }
  }
  const bridges = bridgesOf(candidates.map((c) => ({ docId: c.doc.meta.id, sentence: c.doc.sentences[c.i], score: c.score })));
  for (const { doc, outlet, short, i, score, sameFrame } of candidates) {
    const other = doc.sentences[i];
    let rel: RelationResult;
    // The same measure with the same stated reason, or the same counter-measure by the same
    // party (cause-frame.ts), is one fact at any score.
    if (score >= PAIR_THRESHOLD || sameFrame) rel = classify(claim, other, short, background);
    else {
      // Below the pair threshold only a strong contradiction cue makes a pair: the same
      // predicate and object with opposite polarity, or conflicting preconditions.
      const cue = contradiction(claim, other, short);
      if (cue?.strong) rel = { relation: 'contradicts', why: cue.why, added: [] };
      else if (score >= CORROBORATED_MIN_SCORE && corroborated(other, doc.meta.id, score, bridges, links)) rel = classify(claim, other, short, background);
      else if (score >= SAME_ACTOR_MIN_SCORE && sameActorSameAct(claim, other, background)) rel = classify(claim, other, short, background);
      else continue;
    }
    matches.push({
      source: doc.meta.id,
      outlet,
      text: other.text,
      relation: rel.relation,
      why: rel.why,
      score: round(score),
      sentenceIndex: i,
    });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** Both name the same specific actor (see actors.ts) and report an act of the same class. */
function sameActorSameAct(a: SentenceFeatures, b: SentenceFeatures, background: ReadonlySet<string>): boolean {
  const cb = eventClasses(b);
  if (![...eventClasses(a)].some((c) => cb.has(c))) return false; // cached, so checked first
  return sharedSpecificActors(a, b, background).length > 0;
}

/** A short outlet name for reasons: "The Wall Street Journal" → "WSJ", "Unnamed outlet, …" → "Unnamed outlet". */
export function shortOutlet(outlet: string): string {
  const head = outlet.split(',')[0].trim();
  const words = head.split(/\s+/).filter((w) => !/^(the|of|and)$/i.test(w));
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) return words.map((w) => w[0]).join('');
  return head;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// Pair score of two sentences in [0, 1]: IDF-weighted overlap of their normalised terms
// (concepts, aliases, stems and number keys), so paraphrases that share concepts score high
// and sentences that share only common words score low.
import type { CorpusIndex } from './corpus-index';
import type { SentenceFeatures } from '../text/features';

/**
 * Minimum pair score for two sentences to be reported as the same fact on their own. Tuned on
 * the seed labels: the F1 of "same fact" over all cross-outlet sentence pairs peaks between 0.25
 * and 0.3; below 0.25 topic overlaps flood in. Weaker pairs that a third outlet bridges are
 * recovered by corroboration (corroboration.ts), so the bar for a lone pair sits at the top of
 * that range: 0.3 (0.27 → 0.3 removed stray pairs without losing labelled ones on the seeds).
 */
export const PAIR_THRESHOLD = 0.3;
/**
 * Minimum number of shared terms: one or two shared words (e.g. "China" + "tariffs") are a
 * topic, three start to describe a fact. Raising it from 2 to 3 removed stray pairs on the seed
 * labels without losing labelled ones.
 */
export const MIN_SHARED_TERMS = 3;

export interface PairParts {
  shared: number;
  dice: number;
  coverClaim: number;
  coverOther: number;
  sharedTerms: string[];
}

/**
 * Term sets of sentences, built once per sentence object: a stored sentence is scored against
 * many claims (and, for corroboration, against other stored sentences).
 */
const TERM_SETS = new WeakMap<SentenceFeatures, Set<string>>();

export function termSet(s: SentenceFeatures): Set<string> {
  let set = TERM_SETS.get(s);
  if (!set) TERM_SETS.set(s, (set = new Set(s.terms)));
  return set;
}

export function pairParts(a: SentenceFeatures, b: SentenceFeatures, index: CorpusIndex): PairParts {
  const bSet = termSet(b);
  let sa = 0, sb = 0, shared = 0;
  const sharedTerms: string[] = [];
  for (const t of a.terms) {
    if (bSet.has(t)) {
      shared += index.idf(t);
      sharedTerms.push(t);
    }
  }
  // Same additions in the same order as summing inside the loop: identical values.
  sa = index.idfSum(a);
  sb = index.idfSum(b);
  if (a.subject || b.subject) {
    const sub = subjectParts(a, b, index, sharedTerms);
    shared += sub.shared;
    sa += sub.addA;
    sb += sub.addB;
  }
  return {
    shared,
    dice: sa + sb ? (2 * shared) / (sa + sb) : 0,
    coverClaim: sa ? shared / sa : 0,
    coverOther: sb ? shared / sb : 0,
    sharedTerms,
  };
}

/**
 * Mostly the Dice overlap (symmetric: both say the same), plus a share of the better of the two
 * coverages (one sentence restates the other and adds to it: "adds" pairs are often a short
 * claim inside a long sentence). 0.7/0.3: coverage alone over-rewards short headlines, which
 * are covered by every long sentence on the story; on the seed labels 0.7/0.3 beats 0.5/0.5
 * and Dice alone by about a point of F1.
 */
export function pairScore(a: SentenceFeatures, b: SentenceFeatures, index: CorpusIndex): number {
  // pairParts without its allocations (same arithmetic in the same order: identical values).
  const bSet = termSet(b);
  const aw = index.idfsOf(a);
  const terms = a.terms;
  let shared = 0, count = 0;
  for (let k = 0; k < terms.length; k++) {
    if (bSet.has(terms[k])) {
      shared += aw[k];
      count++;
    }
  }
  let sa = index.idfSum(a), sb = index.idfSum(b);
  if (a.subject || b.subject) {
    const sub = subjectParts(a, b, index);
    shared += sub.shared;
    count += sub.count;
    sa += sub.addA;
    sb += sub.addB;
  }
  if (count < MIN_SHARED_TERMS) return 0;
  const dice = sa + sb ? (2 * shared) / (sa + sb) : 0;
  const coverClaim = sa ? shared / sa : 0;
  const coverOther = sb ? shared / sb : 0;
  return 0.7 * dice + 0.3 * Math.max(coverClaim, coverOther);
}

/** Scores go into the report with three decimals (moved from analyze.ts, where it was `round`). */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The subject a pronoun-led sentence refers to (`SentenceFeatures.subject`, text/anaphora.ts),
 * counted as that sentence's terms only where the other sentence names it too: what it adds to
 * the shared weight and to each side's total. A subject the other sentence does not name adds
 * nothing, so a sentence about someone else scores as it did.
 */
function subjectParts(a: SentenceFeatures, b: SentenceFeatures, index: CorpusIndex, terms?: string[]): Readonly<typeof SUBJECT_PARTS> {
  // One scratch object, no arrays: pairScore runs this for every pair where either side has a
  // referent (a third of a page's pairs on some texts), and its garbage showed in the bench.
  const out = SUBJECT_PARTS;
  out.shared = out.addA = out.addB = out.count = 0;
  const aSubject = a.subject, bSubject = b.subject;
  if (aSubject) {
    const bSet = termSet(b);
    for (const t of aSubject) {
      const inB = bSet.has(t);
      if (!inB && !bSubject?.includes(t)) continue;
      const w = index.idf(t);
      out.shared += w;
      out.addA += w;
      if (!inB) out.addB += w; // both refer to it
      out.count++;
      terms?.push(t);
    }
  }
  if (bSubject) {
    const aSet = termSet(a);
    for (const t of bSubject) {
      if (!aSet.has(t)) continue; // (both referring to it was counted above)
      const w = index.idf(t);
      out.shared += w;
      out.addB += w;
      out.count++;
      terms?.push(t);
    }
  }
  return out;
}
const SUBJECT_PARTS = { shared: 0, addA: 0, addB: 0, count: 0 };

// Pair score of two sentences in [0, 1]: IDF-weighted overlap of their normalised terms
// (concepts, aliases, stems and number keys), so paraphrases that share concepts score high
// and sentences that share only common words score low.
import type { CorpusIndex } from './corpus-index';
import type { SentenceFeatures } from './features';

/**
 * Minimum pair score for two sentences to be reported as the same fact. Tuned on the seed
 * labels (see the commit log for the figures); between 0.3 and 0.4 precision and recall trade
 * off evenly.
 */
export const PAIR_THRESHOLD = 0.35;

export interface PairParts {
  shared: number;
  dice: number;
  coverClaim: number;
  coverOther: number;
  sharedTerms: string[];
}

export function pairParts(a: SentenceFeatures, b: SentenceFeatures, index: CorpusIndex): PairParts {
  const bSet = new Set(b.terms);
  let sa = 0, sb = 0, shared = 0;
  const sharedTerms: string[] = [];
  for (const t of a.terms) {
    const w = index.idf(t);
    sa += w;
    if (bSet.has(t)) {
      shared += w;
      sharedTerms.push(t);
    }
  }
  for (const t of b.terms) sb += index.idf(t);
  return {
    shared,
    dice: sa + sb ? (2 * shared) / (sa + sb) : 0,
    coverClaim: sa ? shared / sa : 0,
    coverOther: sb ? shared / sb : 0,
    sharedTerms,
  };
}

/**
 * Average of the Dice overlap (symmetric: both say the same) and the better of the two
 * coverages (one sentence restates the other and adds to it: "adds" pairs are often a short
 * claim inside a long sentence). Equal weights: neither view is more reliable on its own.
 */
export function pairScore(a: SentenceFeatures, b: SentenceFeatures, index: CorpusIndex): number {
  const p = pairParts(a, b, index);
  if (p.sharedTerms.length < 2) return 0; // one shared word is a topic, not a fact
  return 0.5 * p.dice + 0.5 * Math.max(p.coverClaim, p.coverOther);
}

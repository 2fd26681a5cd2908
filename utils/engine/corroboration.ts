// Corroboration by a third outlet. Two outlets rarely word the same fact alike, but a third
// outlet's wording often sits between theirs: "the discussions remain fluid" / "talks are in
// early stages, and the union hopes for a softer stance" / "the union would like to see some
// softening of stance". A weak pair (claim, other) is accepted when a sentence of a third
// document is a confident counterpart of the claim and just as close to the other sentence.
import type { CorpusIndex } from './corpus-index';
import type { SentenceFeatures } from './features';
import { pairScore } from './similarity';

/**
 * The corroborating links must themselves be confident: pairs that would be reported on their
 * own (the pair threshold, 0.3). On the seed labels 0.27 lets in more stray pairs than it
 * finds, 0.3–0.33 are level.
 */
export const CORROBORATOR_MIN_SCORE = 0.3;
/**
 * The weak pair must still share more than the story's actors; 0.12 is also the floor for
 * contradictions (see analyze.ts). Raising it to 0.18 loses labelled pairs on the seeds.
 */
export const CORROBORATED_MIN_SCORE = 0.12;

export interface Counterpart {
  docId: string;
  sentence: SentenceFeatures;
  /** Pair score with the claim. */
  score: number;
}

/** Is `other` (in document `otherDocId`) corroborated by a confident counterpart of the claim in a third document? */
export function corroborated(other: SentenceFeatures, otherDocId: string, counterparts: Counterpart[], index: CorpusIndex): boolean {
  return counterparts.some(
    (c) => c.docId !== otherDocId && c.score >= CORROBORATOR_MIN_SCORE && pairScore(other, c.sentence, index) >= CORROBORATOR_MIN_SCORE,
  );
}

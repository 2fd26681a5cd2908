// Corroboration by a third outlet. Two outlets rarely word the same fact alike, but a third
// outlet's wording often sits between theirs: "the discussions remain fluid" / "talks are in
// early stages, and the union hopes for a softer stance" / "the union would like to see some
// softening of stance". A weak pair (claim, other) is accepted when a sentence of a third
// document is a confident counterpart of the claim and just as close to the other sentence.
import type { CorpusIndex } from '../index/corpus-index';
import type { SentenceFeatures } from '../text/features';
import { pairScore } from '../index/similarity';

/**
 * The corroborating links must themselves be confident: pairs that would be reported on their
 * own (the pair threshold, 0.3). On the seed labels 0.27 lets in more stray pairs than it
 * finds, 0.3–0.33 are level.
 */
export const CORROBORATOR_MIN_SCORE = 0.3;
/**
 * The weak pair must still share more than the story's actors; 0.12 is also the floor for
 * contradictions (see relations/match-claim.ts). Raising it to 0.18 loses labelled pairs on the seeds.
 */
export const CORROBORATED_MIN_SCORE = 0.12;

/**
 * Two third outlets may corroborate with weaker links: when sentences of two different other
 * documents each score at least this much with both the claim and the other sentence, the
 * weak pair is accepted too. Two independent bridges make up for weaker ones. On the seed
 * labels (and with one outlet left out in turn) 0.21–0.23 add about two points of F1; at 0.2
 * same-story sentences start to bridge anything.
 */
export const TWO_BRIDGES_MIN_SCORE = 0.22;

/** Counterparts worth passing to `corroborated`: those that can be a bridge of either kind. */
export const BRIDGE_MIN_SCORE = Math.min(CORROBORATOR_MIN_SCORE, TWO_BRIDGES_MIN_SCORE);

/**
 * Bridges are the claim's best counterparts in each third document: this many per document, so
 * the cost stays bounded by the number of covering documents. On the seed labels one or two per
 * document find the same pairs (two lets in a few more stray ones).
 */
export const BRIDGES_PER_DOC = 1;

/** Pair scores of sentences, as the pair score gives them (similarity.ts), from a memo or not. */
export interface PairScores {
  get(a: SentenceFeatures, b: SentenceFeatures): number;
}

/**
 * The claims' scores against their candidates: each pair is asked for once, then at most once
 * more right away (restatesClaim after the candidate loop's own read), so only the last pair is
 * kept. A memo of every pair (LinkScores) cost a map insertion per candidate for no reuse: 1.7
 * ms of a 34 ms analysis at 10,000 documents in a profile.
 */
export class ClaimScores implements PairScores {
  private lastA: SentenceFeatures | null = null;
  private lastB: SentenceFeatures | null = null;
  private last = 0;
  constructor(private index: CorpusIndex) {}
  get(a: SentenceFeatures, b: SentenceFeatures): number {
    if (a !== this.lastA || b !== this.lastB) {
      this.last = pairScore(a, b, this.index);
      this.lastA = a;
      this.lastB = b;
    }
    return this.last;
  }
}

/**
 * Pair scores between stored sentences, memoised for one page analysis: the same (other,
 * bridge) pairs come back for many claims of a page.
 */
export class LinkScores implements PairScores {
  private cache = new Map<SentenceFeatures, Map<SentenceFeatures, number>>();
  constructor(private index: CorpusIndex) {}
  get(a: SentenceFeatures, b: SentenceFeatures): number {
    let row = this.cache.get(a);
    if (!row) this.cache.set(a, (row = new Map()));
    let v = row.get(b);
    if (v === undefined) row.set(b, (v = pairScore(a, b, this.index)));
    return v;
  }
}

/** The claim's bridges: its best counterparts (≥ BRIDGE_MIN_SCORE) in each document. */
export function bridgesOf(counterparts: Counterpart[]): Counterpart[] {
  const perDoc = new Map<string, Counterpart[]>();
  for (const c of counterparts) {
    if (c.score < BRIDGE_MIN_SCORE) continue;
    const list = perDoc.get(c.docId) ?? [];
    list.push(c);
    perDoc.set(c.docId, list);
  }
  return [...perDoc.values()].flatMap((list) => list.sort((a, b) => b.score - a.score).slice(0, BRIDGES_PER_DOC));
}

export interface Counterpart {
  docId: string;
  sentence: SentenceFeatures;
  /** Pair score with the claim. */
  score: number;
}

/**
 * Is `other` (in document `otherDocId`, `score` its pair score with the claim) corroborated by
 * counterparts of the claim in third documents: one confident bridge, two weaker ones from two
 * different documents, or a triangle whose three sides are all fair and one confident?
 */
export function corroborated(other: SentenceFeatures, otherDocId: string, score: number, counterparts: Counterpart[], links: LinkScores): boolean {
  const bridgeDocs = new Set<string>();
  for (const c of counterparts) {
    if (c.docId === otherDocId || c.score < BRIDGE_MIN_SCORE) continue;
    const link = links.get(other, c.sentence);
    if (c.score >= CORROBORATOR_MIN_SCORE && link >= CORROBORATOR_MIN_SCORE) return true;
    // The triangle: claim, other and bridge each at least fairly alike (TWO_BRIDGES_MIN_SCORE),
    // and the bridge a confident counterpart of the other. "Talks are still going on, no
    // conclusion yet" / "the discussions remain fluid" (0.23), bridged by "the discussions are
    // still in early stages" (0.26 with the claim, 0.45 with the other).
    if (score >= TWO_BRIDGES_MIN_SCORE && c.score >= TWO_BRIDGES_MIN_SCORE && link >= CORROBORATOR_MIN_SCORE) return true;
    if (c.score >= TWO_BRIDGES_MIN_SCORE && link >= TWO_BRIDGES_MIN_SCORE) bridgeDocs.add(c.docId);
  }
  return bridgeDocs.size >= 2;
}

// BM25 candidates per (document, claim), shared by the story gate (top 3) and claim matching
// (top 15): the top 3 of a total order are the first 3 of its top 15.
import type { SentenceFeatures } from '../text/features';
import type { CorpusIndex, IndexedDoc } from './corpus-index';
import { retrieve } from './retrieve';

/**
 * BM25 retrieval keeps at most this many candidate sentences per claim and document before the
 * (costlier) pair score. A story rarely has more than a handful of sentences in one article that
 * restate a given fact, but BM25 ranks a short restatement of a long claim low (few shared
 * terms), and contradicting sentences share fewer words still; with 8 the seeds lost two
 * labelled contradictions, with 15 none. The cost is bounded: 15 × the documents that pass the gate.
 */
const CANDIDATES_PER_DOC = 15;

/**
 * A memoised lookup of the page's claims' candidates: `(doc, claim) => [sentence, bm25][]`.
 * `statsOf` gives the index (view) whose statistics BM25 reads for a document: analyzePage passes
 * the page-and-document view (`CorpusIndex.pair`), so the candidates are a function of the page
 * and the document alone, and the gate's and the matching's retrievals are one.
 */
export function claimCandidates(feats: SentenceFeatures[], statsOf: CorpusIndex | ((doc: IndexedDoc) => CorpusIndex)): (doc: IndexedDoc, claim: number) => [number, number][] {
  const retrieved = new Map<IndexedDoc, ([number, number][] | undefined)[]>();
  return (doc, claim) => {
    let row = retrieved.get(doc);
    if (!row) retrieved.set(doc, (row = []));
    return (row[claim] ??= retrieve(feats[claim], doc, typeof statsOf === 'function' ? statsOf(doc) : statsOf, CANDIDATES_PER_DOC));
  };
}

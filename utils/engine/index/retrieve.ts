// BM25 candidate retrieval over one document's sentence-level inverted index.
import type { CorpusIndex, IndexedDoc } from './corpus-index';
import type { SentenceFeatures } from '../text/features';

/** BM25 parameters: the usual k1 = 1.2, b = 0.75 (sentences are short, tf is almost always 1). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** The top `k` sentences of `doc` for the query sentence, as [sentence index, BM25 score]. */
export function retrieve(query: SentenceFeatures, doc: IndexedDoc, index: CorpusIndex, k: number): [number, number][] {
  const avg = index.avgSentenceTerms();
  const n = doc.sentenceCount;
  if (scores.length < n) {
    scores = new Float64Array(Math.max(n, 2 * scores.length));
    seen = new Uint8Array(scores.length);
  }
  const hit: number[] = [];
  const postings = doc.postings;
  for (const t of query.terms) {
    const hits = postings[t];
    if (!hits) continue;
    const idf = index.idf(t);
    for (const i of hits) {
      const len = doc.sentenceTerms[i].length;
      const s = (idf * (BM25_K1 + 1)) / (1 + BM25_K1 * (1 - BM25_B + (BM25_B * len) / avg));
      if (!seen[i]) {
        seen[i] = 1;
        hit.push(i);
      }
      scores[i] += s;
    }
  }
  const out: [number, number][] = hit.map((i) => [i, scores[i]]);
  for (const i of hit) scores[i] = seen[i] = 0;
  // A total order (score, then index): the same result as any sort.
  return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
}

/**
 * Scratch arrays, reused (retrieval is synchronous; reset after every call): each hit sentence's
 * score, and whether it is already in the hit list (a flag instead of searching the list for every
 * new hit, which was quadratic in the hits).
 */
let scores = new Float64Array(256);
let seen = new Uint8Array(256);

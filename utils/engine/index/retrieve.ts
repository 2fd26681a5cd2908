// BM25 candidate retrieval over one document's sentence-level inverted index.
import type { CorpusIndex, IndexedDoc } from './corpus-index';
import type { SentenceFeatures } from '../text/features';

/** BM25 parameters: the usual k1 = 1.2, b = 0.75 (sentences are short, tf is almost always 1). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** The top `k` sentences of `doc` for the query sentence, as [sentence index, BM25 score]. */
export function retrieve(query: SentenceFeatures, doc: IndexedDoc, index: CorpusIndex, k: number): [number, number][] {
  const norms = lengthNorms(doc, index.avgSentenceTerms());
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
      const s = (idf * (BM25_K1 + 1)) / norms[i];
      if (!seen[i]) {
        seen[i] = 1;
        hit.push(i);
      }
      scores[i] += s;
    }
  }
  // A total order (score, then index): the same result as any sort. Only the kept hits become
  // pairs.
  hit.sort((a, b) => scores[b] - scores[a] || a - b);
  const out: [number, number][] = [];
  for (let j = 0; j < hit.length && j < k; j++) out.push([hit[j], scores[hit[j]]]);
  for (const i of hit) scores[i] = seen[i] = 0;
  return out;
}

/**
 * Each sentence's BM25 length normalisation, `1 + k1 (1 − b + b · length / avg)`, per document
 * and average length (the same expression, so the same values as computing it per hit). A
 * document is retrieved from under two or three averages in one analysis (the gate's page-and-
 * document statistics, the story's), for every claim of the page: computed once per average.
 */
function lengthNorms(doc: IndexedDoc, avg: number): Float64Array {
  let byAvg = NORMS.get(doc);
  if (!byAvg) NORMS.set(doc, (byAvg = new Map()));
  let norms = byAvg.get(avg);
  if (!norms) {
    if (byAvg.size >= 8) byAvg.clear();
    norms = new Float64Array(doc.sentenceCount);
    for (let i = 0; i < norms.length; i++) norms[i] = 1 + BM25_K1 * (1 - BM25_B + (BM25_B * doc.sentenceTerms[i].length) / avg);
    byAvg.set(avg, norms);
  }
  return norms;
}
const NORMS = new WeakMap<IndexedDoc, Map<number, Float64Array>>();

/**
 * Scratch arrays, reused (retrieval is synchronous; reset after every call): each hit sentence's
 * score, and whether it is already in the hit list (a flag instead of searching the list for every
 * new hit, which was quadratic in the hits).
 */
let scores = new Float64Array(256);
let seen = new Uint8Array(256);

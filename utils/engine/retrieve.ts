// BM25 candidate retrieval over one document's sentence-level inverted index.
import type { CorpusIndex, IndexedDoc } from './corpus-index';
import type { SentenceFeatures } from './features';

/** BM25 parameters: the usual k1 = 1.2, b = 0.75 (sentences are short, tf is almost always 1). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** The top `k` sentences of `doc` for the query sentence, as [sentence index, BM25 score]. */
export function retrieve(query: SentenceFeatures, doc: IndexedDoc, index: CorpusIndex, k: number): [number, number][] {
  const avg = index.avgSentenceTerms();
  const bm25 = new Map<number, number>();
  for (const t of query.terms) {
    const hits = doc.postings[t];
    if (!hits) continue;
    const idf = index.idf(t);
    for (const i of hits) {
      const len = doc.sentenceTerms[i].length;
      const s = (idf * (BM25_K1 + 1)) / (1 + BM25_K1 * (1 - BM25_B + (BM25_B * len) / avg));
      bm25.set(i, (bm25.get(i) ?? 0) + s);
    }
  }
  return [...bm25.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
}

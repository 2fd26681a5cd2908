// BM25 candidate retrieval over one document's sentence-level inverted index.
import type { CorpusIndex, IndexedDoc } from './corpus-index';
import type { SentenceFeatures } from '../text/features';

/** BM25 parameters: the usual k1 = 1.2, b = 0.75 (sentences are short, tf is almost always 1). */
const BM25_K1 = 1.2;
const BM25_B = 0.75;

/** One query term's BM25 score in a sentence (tf is 1): both retrievals below sum these, in query order. */
function termScore(idf: number, norm: number): number {
  return (idf * (BM25_K1 + 1)) / norm;
}

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
  // The query's idfs once per query sentence (memoised), not one lookup per term and document.
  const idfs = index.idfsOf(query);
  const terms = query.terms;
  for (let q = 0; q < terms.length; q++) {
    const hits = postings[terms[q]];
    if (!hits) continue;
    const idf = idfs[q];
    for (const i of hits) {
      const s = termScore(idf, norms[i]);
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
 * Every sentence of a story's documents under one inverted index, so that one query finds its
 * top sentences in every other document in one pass: what `retrieve(query, doc, index, k)` gives
 * for each document, with one lookup per query term instead of one per term and document. A
 * story's facts (facts/group.ts) retrieve each of its ~1,000 sentences from each of its ~40
 * documents; per document, the term lookups were a third of a new page's time (measured on the
 * bench's 10,000-document library, 42 pages never analysed before).
 */
export class StorySentences {
  /** The first sentence's position of each document in the story's numbering. */
  private readonly offsets: Int32Array;
  private readonly docOf: Int32Array;
  private readonly norms: Float64Array;
  private readonly postings = new Map<string, number[]>();
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;
  private top = new Int32Array(0);
  private readonly count: Int32Array;

  constructor(
    readonly docs: readonly IndexedDoc[],
    private readonly index: CorpusIndex,
  ) {
    this.offsets = new Int32Array(docs.length + 1);
    for (let d = 0; d < docs.length; d++) this.offsets[d + 1] = this.offsets[d] + docs[d].sentenceCount;
    const n = this.offsets[docs.length];
    this.docOf = new Int32Array(n);
    this.norms = new Float64Array(n);
    const avg = index.avgSentenceTerms();
    for (let d = 0; d < docs.length; d++) {
      const o = this.offsets[d];
      this.docOf.fill(d, o, this.offsets[d + 1]);
      // The same norms `retrieve` divides by (one memo), so the same scores to the last bit.
      this.norms.set(lengthNorms(docs[d], avg), o);
      for (const [t, hits] of Object.entries(docs[d].postings)) {
        let all = this.postings.get(t);
        if (!all) this.postings.set(t, (all = []));
        for (const i of hits) all.push(o + i);
      }
    }
    this.scores = new Float64Array(n);
    this.seen = new Uint8Array(n);
    this.count = new Int32Array(docs.length);
  }

  /** Where document `d`'s sentences start in the story's numbering. */
  offset(d: number): number {
    return this.offsets[d];
  }

  /**
   * For the query, the top `k` sentences of each document but `skip`, best first: document `d`'s
   * are `top[d * k]` … `top[d * k + count[d] - 1]` (indexes within the document), the same as
   * `retrieve(query, docs[d], index, k)` gives. Both arrays are reused by the next call.
   */
  topPerDocument(query: SentenceFeatures, skip: number, k: number): { top: Int32Array; count: Int32Array } {
    const { scores, seen, docOf, norms, offsets } = this;
    const nd = this.docs.length;
    if (this.top.length < nd * k) this.top = new Int32Array(nd * k);
    const top = this.top, count = this.count.fill(0);
    const hit: number[] = [];
    const idfs = this.index.idfsOf(query);
    const terms = query.terms;
    for (let q = 0; q < terms.length; q++) {
      const hits = this.postings.get(terms[q]);
      if (!hits) continue;
      const idf = idfs[q];
      for (const v of hits) {
        if (docOf[v] === skip) continue;
        // Summed in the order `retrieve` sums (query terms in order), so the same floats.
        scores[v] += termScore(idf, norms[v]);
        if (!seen[v]) {
          seen[v] = 1;
          hit.push(v);
        }
      }
    }
    // Each document's best k in retrieve's order (score, then index), by insertion: k is small,
    // and sorting every hit of the story was most of this function's time.
    for (const v of hit) {
      const d = docOf[v], base = d * k, o = offsets[d], sv = scores[v];
      let j = count[d];
      if (j === k) {
        const w = o + top[base + k - 1];
        if (!(sv > scores[w] || (sv === scores[w] && v < w))) continue;
        j--;
      } else count[d]++;
      for (; j > 0; j--) {
        const w = o + top[base + j - 1];
        if (!(sv > scores[w] || (sv === scores[w] && v < w))) break;
        top[base + j] = top[base + j - 1];
      }
      top[base + j] = v - o;
    }
    for (const v of hit) scores[v] = seen[v] = 0;
    return { top, count };
  }
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

import { describe, expect, it } from 'vitest';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { CorpusIndex, type IndexedDoc } from '../../../utils/engine/index/corpus-index';
import { retrieve } from '../../../utils/engine/index/retrieve';
import { sentenceFeatures, type SentenceFeatures } from '../../../utils/engine/text/features';
import { splitSentences } from '../../../utils/engine/text/segment';

// retrieve keeps scratch arrays and per-document length norms between calls; these tests compare
// it with BM25 written out plainly, over every seed sentence against every seed document, under
// the statistics of the whole index and of a page-and-document view, in one long sequence of
// calls (so a flag or score left behind by one call would show in a later one).
const K1 = 1.2;
const B = 0.75;

function reference(query: SentenceFeatures, doc: IndexedDoc, index: CorpusIndex, k: number): [number, number][] {
  const avg = index.avgSentenceTerms();
  const out: [number, number][] = [];
  doc.sentenceTerms.forEach((terms, i) => {
    const norm = 1 + K1 * (1 - B + (B * terms.length) / avg);
    let score = 0;
    let hits = 0;
    for (const t of query.terms) {
      for (const u of terms) {
        if (u !== t) continue;
        score += (index.idf(t) * (K1 + 1)) / norm;
        hits++;
      }
    }
    if (hits) out.push([i, score]);
  });
  return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
}

describe('retrieve (BM25 within one document)', () => {
  const seeds = loadSeedDocs();
  const index = new CorpusIndex();
  for (const d of seeds) index.add(d);
  const pages = seeds.map((s) => splitSentences(s.text).map(sentenceFeatures));

  it('returns the top k of plain BM25, by score then sentence index, call after call', () => {
    let compared = 0;
    for (const page of pages) {
      for (const seed of seeds) {
        const doc = index.indexed(seed.id)!;
        const views = [index, index.pair(doc, page)];
        for (const view of views) {
          for (const query of page) {
            for (const k of [3, 15]) {
              expect(retrieve(query, doc, view, k)).toEqual(reference(query, doc, view, k));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('finds nothing for a sentence that shares no term with the document', () => {
    const doc = index.indexed(seeds[0].id)!;
    const query = sentenceFeatures({ start: 0, end: 33, text: 'Zyxqv wplorth glimbs quazzle frond.' });
    expect(retrieve(query, doc, index, 15)).toEqual([]);
  });
});

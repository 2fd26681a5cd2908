import { describe, expect, it } from 'vitest';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { CorpusIndex, type IndexedDoc } from '../../../utils/engine/index/corpus-index';
import { retrieve, StorySentences } from '../../../utils/engine/index/retrieve';
import { generateCorpus } from '../../../scripts/bench/synthetic-corpus';
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

describe('StorySentences (BM25 within every document of a story at once)', () => {
  // A story of many documents with exact copies and near-duplicates among them (equal scores, so
  // the tie order is tested), under the story's own statistics, as facts/group.ts uses it.
  const seeds = loadSeedDocs();
  const corpus = generateCorpus({ size: 400, seeds, seed: 7, nearDuplicateRate: 0.3, syndicationRate: 0.3 });
  const index = new CorpusIndex();
  for (const d of corpus.docs) index.add(d);
  const onStory = corpus.docs.filter((_, k) => corpus.info[k].story === corpus.info[0].story).map((d) => index.indexed(d.id)!);
  const story = index.story(onStory);

  it('gives, for each sentence of each document, what retrieve gives in every other document', () => {
    const pool = new StorySentences(onStory, story);
    let compared = 0, ties = 0;
    const differ: string[] = [];
    for (const k of [5, 2]) {
      onStory.forEach((doc, p) => {
        for (const query of doc.sentences) {
          const { top, count } = pool.topPerDocument(query, p, k);
          onStory.forEach((other, q) => {
            const want = q === p ? [] : retrieve(query, other, story, k);
            const got = Array.from(top.subarray(q * k, q * k + count[q]));
            if (got.join() !== want.map(([i]) => i).join()) differ.push(`${doc.meta.id} → ${other.meta.id} k=${k}: ${got} vs ${want}`);
            for (let j = 1; j < want.length; j++) if (want[j][1] === want[j - 1][1]) ties++;
            compared++;
          });
        }
      });
    }
    expect(differ).toEqual([]);
    expect(onStory.length).toBeGreaterThan(15);
    expect(compared).toBeGreaterThan(10_000);
    expect(ties).toBeGreaterThan(0);
  });
});

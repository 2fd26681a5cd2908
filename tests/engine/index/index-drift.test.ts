import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex, type CorpusDoc, type PageInput, type Report } from '../../../utils/engine';
import { indexEntryOf } from '../../../utils/engine/index/corpus-index';
import { DocCache, lookupIndexFor, memoryPostings } from '../../../utils/engine/index/page-retrieval';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { fixtureLibrary, fixturePages, seedPages } from './fixture-library';

// The background keeps one long-lived index and adds each remembered, added or fetched page to
// it. A report must be a function of the library's contents alone: the same for an index that
// has grown document by document, analysed pages on the way, lost and regained a document, or
// was filled in another order, as for an index freshly built from the same documents.

const seeds = loadSeedDocs();
const docs: CorpusDoc[] = fixtureLibrary(160);
const pages: PageInput[] = [...seedPages(), ...fixturePages()];

/** An index built from these documents, in this order, that has analysed nothing yet. */
function freshIndex(order: readonly CorpusDoc[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const d of order) index.add(d);
  return index;
}

/** A deterministic shuffle (a fixed linear congruential sequence), so that a failure reproduces. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('a long-lived index gives the report of a fresh index of the same documents', () => {
  // Each page's reference: an index built for that page alone, so no earlier analysis of
  // another page can have left anything behind.
  const expected = new Map<PageInput, Report>(pages.map((p) => [p, analyzePage(p, freshIndex(docs))]));

  it('finds stories with several documents (the comparison means something)', () => {
    const withFacts = [...expected.values()].filter((r) => r.facts.length > 0 && r.coverage.length >= 2);
    expect(withFacts.length).toBeGreaterThan(pages.length / 3);
  });

  it('after documents are added one by one between analyses, removed and added back', async () => {
    const index = new CorpusIndex();
    // The disk-backed path keeps its loaded documents (and their memo) from page to page too.
    const source = memoryPostings(index);
    const cache = new DocCache(60);
    const analyseAll = async () => {
      for (const p of pages) {
        analyzePage(p, index);
        analyzePage(p, await lookupIndexFor(p, source, cache));
      }
    };
    const expectFresh = async () => {
      for (const p of pages) {
        expect(analyzePage(p, index), p.title).toEqual(expected.get(p));
        expect(analyzePage(p, await lookupIndexFor(p, source, cache)), p.title).toEqual(expected.get(p));
      }
    };
    const order = shuffled(docs, 7);
    const half = Math.floor(order.length / 2);
    for (const d of order.slice(0, half)) index.add(d);
    // Analyses on the smaller library leave whatever they cache behind.
    await analyseAll();
    // The rest arrives one at a time, some through the stored-entry path, with analyses between.
    for (const [k, d] of order.slice(half).entries()) {
      if (k % 2) index.addWithEntry(d, indexEntryOf(d));
      else index.add(d);
      if (k % 25 === 0) await analyseAll();
    }
    await expectFresh();
    // A document of every story goes and comes back (as a reader forgets and re-stores a page).
    const again = seeds.map((s) => s.id);
    for (const id of again) index.remove(id);
    await analyseAll();
    for (const id of again) index.add(docs.find((d) => d.id === id)!);
    await expectFresh();
  }, 300_000);

  it('whatever the order the documents were added in, and the order the pages are analysed in', () => {
    for (const seed of [1, 2]) {
      const index = freshIndex(shuffled(docs, seed));
      for (const p of shuffled(pages, seed + 10)) expect(analyzePage(p, index), p.title).toEqual(expected.get(p));
    }
  }, 300_000);
});

import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex, type PageInput } from '../../../utils/engine';
import { DocCache, lookupIndexFor, memoryPostings } from '../../../utils/engine/index/page-retrieval';
import { preparePage } from '../../../utils/engine/analyze';
import { fixtureLibrary, libraryPages } from './fixture-library';

// Issue 21: a page answered from a library on disk (the aggregates and postings it reads, and
// the few candidate documents loaded into a small cache) gets the very report a whole in-memory
// index gives, for every eval-like page: the seeds, the fixtures' pages and articles, and pages
// of a synthetic library large enough that more documents share a page's terms than the gate
// keeps (so the cut-offs of candidateDocs are exercised too).

describe('a page answered from postings and loaded documents (issue 21)', () => {
  const docs = fixtureLibrary(600);
  const full = new CorpusIndex();
  for (const d of docs) full.add(d);
  const pages: PageInput[] = libraryPages(docs);

  it('gives every page the report of the whole in-memory index, with a cache smaller than a page needs', async () => {
    const source = memoryPostings(full);
    // 30 documents: fewer than one page's candidates, so every page evicts and reloads.
    const cache = new DocCache(30);
    let matched = 0;
    for (const page of pages) {
      const expected = analyzePage(page, full);
      const got = analyzePage(page, await lookupIndexFor(page, source, cache));
      expect(got, page.title).toEqual(expected);
      if (expected.coverage.length) matched++;
    }
    // The comparison means something: most pages do find their story.
    expect(matched).toBeGreaterThan(pages.length / 2);
    expect(cache.size).toBeLessThanOrEqual(30 + 81);
  }, 300_000);

  it('reads the page’s sentences from the text stage it is given, once, and answers the same', async () => {
    // The background computes the page's text stage while the first read is in flight and
    // hands it to both the retrieval and analyzePage (utils/background/handler.ts).
    const source = memoryPostings(full);
    for (const page of pages.slice(0, 12)) {
      const prepared = preparePage(page);
      let asked = 0;
      const sentencesOf = () => (asked++, { sentences: prepared.sentences, terms: prepared.feats.map((f) => f.terms) });
      const got = analyzePage(page, await lookupIndexFor(page, source, new DocCache(100), undefined, sentencesOf), prepared);
      expect(got, page.title).toEqual(analyzePage(page, full));
      expect(asked).toBe(1);
    }
  }, 300_000);
});

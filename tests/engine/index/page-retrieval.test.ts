import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage, CorpusIndex, type CorpusDoc, type PageInput } from '../../../utils/engine';
import { DocCache, lookupIndexFor, memoryPostings } from '../../../utils/engine/index/page-retrieval';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { parseTxtArticle } from '../../../utils/corpus/article-text';
import { generateCorpus } from '../../../scripts/bench/synthetic-corpus';
import { landslideDoc, LANDSLIDE_PAGE } from '../landslide-story';

// Issue 21: a page answered from a library on disk (the aggregates and postings it reads, and
// the few candidate documents loaded into a small cache) gets the very report a whole in-memory
// index gives, for every eval-like page: the seeds, the fixtures' pages and articles, and pages
// of a synthetic library large enough that more documents share a page's terms than the gate
// keeps (so the cut-offs of candidateDocs are exercised too).

const FIXTURES = join(__dirname, '../../fixtures');
const doc = (id: string, text: string): CorpusDoc => ({ id, outlet: 'Fixture Wire', outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text });

function fixturePages(): PageInput[] {
  const pages: PageInput[] = [];
  for (const set of ['heldout', 'blind2', 'blind3', 'blind4']) {
    const dir = join(FIXTURES, set, 'pages');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const { title, text } = parseTxtArticle(readFileSync(join(dir, f), 'utf8'));
      pages.push({ title, text, url: `https://example.test/${set}/${f}` });
    }
  }
  for (const sub of ['articles', 'unrelated']) {
    for (const f of readdirSync(join(FIXTURES, sub)).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(FIXTURES, sub, f), 'utf8');
      pages.push({ title: text.split('\n')[0], text, url: `https://example.test/${sub}/${f}` });
    }
  }
  pages.push({ ...LANDSLIDE_PAGE, url: 'https://example.test/landslide/page' });
  return pages;
}

function library(): CorpusDoc[] {
  const seeds = loadSeedDocs();
  const stored = fixturePages()
    .filter((p) => !p.url!.includes('/heldout/')) // some pages stored (found as self), others not
    .map((p) => doc('fx-' + p.url!.split('/').slice(-2).join('-').replace(/\.txt$/, ''), p.text));
  const synthetic = generateCorpus({ size: 600, seeds }).docs.filter((d) => !seeds.some((s) => s.id === d.id));
  return [...seeds, ...stored, landslideDoc(), ...synthetic];
}

describe('a page answered from postings and loaded documents (issue 21)', () => {
  const docs = library();
  const full = new CorpusIndex();
  for (const d of docs) full.add(d);
  const seeds = loadSeedDocs();
  const pages: PageInput[] = [
    ...seeds.map((s) => ({ title: s.headline, text: s.text, url: s.url ?? undefined })),
    ...fixturePages(),
    // Synthetic articles as pages: the copies, near-duplicates and topic articles of a large library.
    ...docs.filter((d) => d.id.startsWith('syn-')).filter((_, i) => i % 60 === 0).map((d) => ({ title: d.headline, text: d.text })),
  ];

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
});

// The eval-like library and pages the index tests share: the seeds, the fixtures' pages and
// articles (some stored, so a page is found as itself; the held-out ones not), the landslide
// story, and a synthetic library of copies, near-duplicates and other articles on the seeds'
// stories (stories of many documents).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDoc, PageInput } from '../../../utils/engine';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { parseTxtArticle } from '../../../utils/corpus/article-text';
import { generateCorpus } from '../../../scripts/bench/synthetic-corpus';
import { landslideDoc, LANDSLIDE_PAGE } from '../landslide-story';

const FIXTURES = join(__dirname, '../../fixtures');
const doc = (id: string, text: string): CorpusDoc => ({ id, outlet: 'Fixture Wire', outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text });

/** Every fixture page: the held-out and blind sets' pages, the articles, the unrelated pages, the landslide page. */
export function fixturePages(): PageInput[] {
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

/** The seeds as pages. */
export function seedPages(): PageInput[] {
  return loadSeedDocs().map((s) => ({ title: s.headline, text: s.text, url: s.url ?? undefined }));
}

/**
 * The pages the library tests ask about: the seeds, every fixture page, and one in 60 of the
 * library's synthetic articles (its copies, near-duplicates and topic articles) as pages.
 */
export function libraryPages(library: readonly CorpusDoc[]): PageInput[] {
  return [
    ...seedPages(),
    ...fixturePages(),
    ...library.filter((d) => d.id.startsWith('syn-')).filter((_, i) => i % 60 === 0).map((d) => ({ title: d.headline, text: d.text })),
  ];
}

/** The library: seeds, the stored fixture pages, the landslide document, and `syntheticSize` synthetic articles (the seeds' copies left out). */
export function fixtureLibrary(syntheticSize: number): CorpusDoc[] {
  const seeds = loadSeedDocs();
  const stored = fixturePages()
    .filter((p) => !p.url!.includes('/heldout/')) // some pages stored (found as self), others not
    .map((p) => doc('fx-' + p.url!.split('/').slice(-2).join('-').replace(/\.txt$/, ''), p.text));
  const synthetic = generateCorpus({ size: syntheticSize, seeds }).docs.filter((d) => !seeds.some((s) => s.id === d.id));
  return [...seeds, ...stored, landslideDoc(), ...synthetic];
}

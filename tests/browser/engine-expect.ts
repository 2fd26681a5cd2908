// What the CLI's engine says about a fixture page, for comparing with what the sidebar shows:
// the same extraction (Readability on a linkedom document of the page's HTML) and the same
// analysis against the seed corpus.
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/article/extract';
import { analyzePage, CorpusIndex, type Report } from '../../utils/engine';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { normalize } from './shared';

let index: CorpusIndex | null = null;

export interface ExpectedCard {
  text: string;
  /** "source relation" per match, sorted. */
  matches: string[];
}

/** The engine's report on a fixture page, as the CLI computes it. */
export function expectedReport(html: string): Report {
  if (!index) {
    index = new CorpusIndex();
    for (const d of loadSeedDocs()) index.add(d);
  }
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document);
  if (!article) throw new Error('no article in the fixture');
  // The page input exactly as scripts/compare.ts builds it for an .html file.
  return analyzePage({ title: article.title, text: article.text, lang: article.lang ?? undefined }, index);
}

export function expectedCards(html: string): ExpectedCard[] {
  return expectedReport(html).claims
    .filter((c) => c.matches.length > 0)
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ text: normalize(c.text), matches: c.matches.map((m) => `${m.source} ${m.relation}`).sort() }));
}

// The story's main actors: the names and places that most of its sentences mention, across the
// page and the covering documents. Claim matching and relations discount them (two sentences
// that share only the story's actors are not one fact).
import type { SentenceFeatures } from '../text/features';
import type { AnalyzedDoc } from './coverage';

/**
 * Names and places mentioned in at least BACKGROUND_SHARE of the story's sentences (page and
 * covering documents): the story's main actors. 0.12: in a trade-war story the two countries and
 * the president sit at 0.3–0.7; secondary figures (a minister, a city, a weekday) stay under 0.1.
 */
const BACKGROUND_SHARE = 0.12;

export function storyBackground(page: SentenceFeatures[], docs: AnalyzedDoc[]): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  const count = (s: SentenceFeatures) => {
    total++;
    for (const d of s.details) if (d.kind === 'name' || d.kind === 'place') counts.set(d.key, (counts.get(d.key) ?? 0) + 1);
  };
  page.forEach(count);
  for (const { doc } of docs) doc.sentences.forEach(count);
  return new Set([...counts].filter(([, n]) => n / total >= BACKGROUND_SHARE).map(([k]) => k));
}

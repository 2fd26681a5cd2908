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
  return storyActors([...page, ...docs.flatMap(({ doc }) => doc.sentences)]);
}

/** The detail keys of the names and places in at least BACKGROUND_SHARE of `sentences`. */
export function storyActors(sentences: SentenceFeatures[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const key of new Set(s.details.flatMap((d) => (d.kind === 'name' || d.kind === 'place' ? [d.key] : [])))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n / sentences.length >= BACKGROUND_SHARE).map(([k]) => k));
}

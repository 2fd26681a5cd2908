// Term weights that do not depend on the reader's library: how rare a term is in general
// English (word-counts.json, generated from SUBTLEX-US word counts by
// scripts/make-word-weights.ts). The story gate weighs the page's and each document's terms with
// them, so which documents cover a page's story is a function of the page and of each document
// alone: storing articles on other stories beside them changes nothing.
import counts from './word-counts.json';

/**
 * Words in a typical news article: the five seed articles average 735 words. A term occurring
 * c times in T words of English is in about 1 − e^(−c·ARTICLE_WORDS/T) of all articles, the
 * document frequency a news-wide corpus would give it.
 */
export const ARTICLE_WORDS = 700;

const COUNT = new Map<string, number>();
counts.buckets.forEach((keys, i) => {
  if (!keys) return;
  const count = counts.minCount * Math.exp(i * counts.bucketStep);
  for (const k of keys.split(' ')) COUNT.set(k, count);
});

const WEIGHTS = new Map<string, number>();

/**
 * A term's inverse document frequency in general English news, in the form of the corpus IDF it
 * stands for (ln(1 + N/df)): ~0.9 for "talk" or "people", ~3 for "tariff", ~5 for any term rarer
 * than word-counts.json's floor (names, places, technical words: "fentanyl", "magnitude").
 */
export function generalIdf(term: string): number {
  let w = WEIGHTS.get(term);
  if (w === undefined) {
    const c = COUNT.get(term) ?? counts.minCount;
    const share = 1 - Math.exp((-c * ARTICLE_WORDS) / counts.total);
    WEIGHTS.set(term, (w = Math.log(1 + 1 / share)));
  }
  return w;
}

/**
 * Is the term key a word of general English (in word-counts.json, ≥ its floor of occurrences)?
 * Names of people and firms mostly are not: a sentence's capitalised first word that is not one
 * ("Hansen took 45.8%") is a name, though the capital alone cannot say so.
 */
export function generalWord(term: string): boolean {
  return COUNT.has(term);
}

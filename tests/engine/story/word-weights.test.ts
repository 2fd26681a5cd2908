import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeWordCounts, WORD_COUNTS_FILE } from '../../../scripts/make-word-weights';
import { generalIdf } from '../../../utils/engine/story/word-weights';
import { wordKey } from '../../../utils/engine/text/normalize';

describe('general English term weights (story/word-weights.ts)', () => {
  it('word-counts.json is what scripts/make-word-weights.ts makes from the current term code', () => {
    // A change to the lexicon or the stemmer changes term keys: regenerate the file then.
    expect(JSON.parse(readFileSync(WORD_COUNTS_FILE, 'utf8'))).toEqual(makeWordCounts());
  });

  it('weighs common words low, news words higher and rare words highest', () => {
    const w = (word: string) => generalIdf(wordKey(word));
    expect(w('family')).toBeLessThan(w('tariff'));
    expect(w('know')).toBeLessThan(w('earthquake'));
    expect(w('tariff')).toBeLessThan(w('fentanyl'));
    // a term not in the list at all (a name) weighs as the rarest listed
    expect(generalIdf('zzyzxville')).toBe(w('fentanyl'));
  });

  it('depends on nothing stored: the same weight every time', () => {
    expect(generalIdf(wordKey('harbour'))).toBe(generalIdf(wordKey('harbour')));
  });
});

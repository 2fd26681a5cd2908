// A figure is one term of a sentence (its number key), not two: sharing "145%" must weigh in the
// pair score like sharing any one rare word, or every sentence that repeats a story's headline
// figure looks like the same fact.
import { describe, expect, it } from 'vitest';
import { sentenceFeatures, sentenceTerms } from '../../../utils/engine/text/features';

describe('figure terms', () => {
  it.each([
    ['The city raised the levy on hotel rooms to 145% on Monday.', '#145%', '145'],
    ['Officials counted 1,200 damaged homes.', '#1200', '1200'],
    ['The fund holds $46 billion.', '#46000000000USD', '46'],
  ])('%s → %s, without the bare digits', (text, key, digits) => {
    const terms = sentenceTerms(text);
    expect(terms).toContain(key);
    expect(terms.filter((t) => t === digits || t === digits.replace(/,/g, ''))).toEqual([]);
    expect(sentenceFeatures({ text, start: 0, end: text.length }).terms).toEqual(terms);
  });

  it('keeps a year as a word: it is no figure to compare, but it names the episode', () => {
    expect(sentenceTerms('The dam failed in 1998.')).toContain('1998');
  });
});

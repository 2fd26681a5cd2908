// Where an unmatched claim was looked for (issue 20 item 5): the engine has read only the
// reader's library, so it says which articles it looked in, never that no outlet reports a claim.
import { describe, expect, it } from 'vitest';
import { libraryScope, notFoundSentence } from '../../utils/page/summary';

describe('libraryScope and notFoundSentence', () => {
  it.each([
    [0, 'Not found in your library, which holds no article on this story.'],
    [1, 'Not found in the only article on this story in your library.'],
    [2, 'Not found in the 2 articles on this story in your library.'],
    [12, 'Not found in the 12 articles on this story in your library.'],
  ])('with %i covering articles: “%s”', (n, sentence) => {
    expect(notFoundSentence(n)).toBe(sentence);
    expect(`Not found in ${libraryScope(n)}.`).toBe(sentence);
  });

  it('names another library when asked (the CLI reads "the corpus")', () => {
    expect(libraryScope(0, 'the corpus')).toBe('the corpus, which holds no article on this story');
    expect(libraryScope(3, 'the corpus')).toBe('the 3 articles on this story in the corpus');
  });
});

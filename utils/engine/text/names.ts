// The name a sentence opens with. Its first word is capitalised anyway, so normalize.ts
// `detailsOf` counts it as a name only before another capitalised word ("Wang Xiaohong said") or
// when it is a place the lexicon knows; a lone surname or firm ("Hansen took 45.8%", "Norvik
// shares fell") is missed. It is a name when it is no word of general English (the SUBTLEX list
// the story gate reads, story/word-weights.ts).
import { generalWord } from '../story/word-weights';
import { tokensOf, type SentenceFeatures } from './features';
import { PLACE_KEYS } from './lexicon';
import { perSentence } from './memo';
import { termsOf } from './normalize';

/** Key of the sentence's first word when it names someone or somewhere (a known place too), else null. */
export const leadingName = perSentence((s: SentenceFeatures): string | null => {
  const first = tokensOf(s)[0];
  if (!first || !/^\p{Lu}\p{L}+$/u.test(first.text)) return null;
  const term = termsOf([first])[0];
  if (!term || term.len !== 1 || term.attribution) return null;
  if (PLACE_KEYS.has(term.key)) return term.key;
  return generalWord(term.key) ? null : first.lower;
});

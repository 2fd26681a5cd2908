import { describe, it, expect } from 'vitest';
import { storyActors } from '../../../utils/engine/story/background';
import { GENERIC_NEWS_TERMS } from '../../../utils/engine/story/story-gate';
import { OFFICES, PLACE_KEYS } from '../../../utils/engine/text/lexicon';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { splitSentences } from '../../../utils/engine/text/segment';

const feats = (text: string) => splitSentences(text).map(sentenceFeatures);

// Short stories of three kinds, written for this test: a disaster, a court case, a dispute
// between two countries. Each names its main actor in most sentences and a secondary figure once.
describe.each([
  [
    'a flood',
    'Floods swept through Valdora on Monday. Rescuers in Valdora pulled 40 people from the water. ' +
      'The river burst its banks north of Valdora overnight. Mayor Elena Ruiz said schools would stay shut. ' +
      'Nobody in Valdora has seen such rain in a century. Power was cut to half of the homes. ' +
      'The army sent trucks to Valdora at dawn. Roads out of the valley were closed. ' +
      'Forecasters expect more rain on Wednesday. Shops in Valdora stayed shut.',
    ['valdora'],
    ['ruiz'],
  ],
  [
    'a court case',
    'A judge ruled that Halvorsen Pharma must pay $2 billion. In a statement, Halvorsen Pharma said it would appeal. ' +
      'Lawyers for the families said Halvorsen Pharma hid the risks for years. The trial lasted nine weeks. ' +
      'Shares of Halvorsen Pharma fell 8 percent. The jury foreman, Paul Okafor, read the verdict. ' +
      'The families had sought $5 billion. An appeal could take two years. ' +
      'Analysts said Halvorsen Pharma can afford the payment. The ruling covers 1,200 claims.',
    ['halvorsen'],
    ['okafor'],
  ],
  [
    'two countries',
    'Officials from Japan and Canada agreed to cut duties on beef. Under the deal, Japan will lower its duty to 9 percent. ' +
      'Ranchers in Canada welcomed the deal. The agreement was signed in Ottawa by the minister, Ada Lind. ' +
      'For years, Japan had resisted the cut. Beef prices are expected to fall. ' +
      'Talks between Canada and Japan began in 2023. Farm groups in Japan criticised the deal. ' +
      'The cut takes effect in April. Both sides will meet again in March.',
    ['japan', 'canada'],
    ['lind'],
  ],
])('the main actors of %s', (_story, text, main, secondary) => {
  const actors = storyActors(feats(text));
  it.each(main)('finds %s, named in most sentences', (key) => expect(actors.has(key)).toBe(true));
  it.each(secondary)('leaves out %s, named once', (key) => expect(actors.has(key)).toBe(false));
});

describe('the news beat list', () => {
  it('names every country and every office alike, and no one story’s people', () => {
    for (const key of [...PLACE_KEYS, ...OFFICES]) expect(GENERIC_NEWS_TERMS.has(key)).toBe(true);
    // The people of the seed story are its actors, found from its sentences like any story's.
    for (const name of ['trump', 'biden', 'xi', 'wang']) expect(GENERIC_NEWS_TERMS.has(name)).toBe(false);
  });
});

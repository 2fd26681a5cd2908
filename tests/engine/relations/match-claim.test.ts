// A narrower claim is paired with a lede (a central restatement) only when the lede says all the
// claim says; sharing the story's subject with it is not one fact. Invented sentences.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../utils/engine';
import { restatesClaim, verbatimIn } from '../../../utils/engine/relations/match-claim';
import { LinkScores } from '../../../utils/engine/relations/corroboration';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const feat = (text: string) => sentenceFeatures({ text, start: 0, end: text.length });

const LEDE = 'The worst flood in the valley in at least 40 years killed six people on Monday and forced 2,000 from their homes, officials said.';
const STORED = [
  LEDE,
  'Rescue boats reached the village of Orrin by noon.',
  'The county opened two shelters in school gyms.',
  'The river crested at dawn after three days of rain.',
].join('\n');

describe('restatesClaim', () => {
  const index = new CorpusIndex();
  index.add({ id: 'wire', outlet: 'Wire', outletNamed: true, headline: 'Flood kills six', date: null, lang: 'en', text: STORED });
  const doc = index.indexed('wire')!;
  const lede = doc.sentences.find((s) => s.text.startsWith('The worst flood'))!;
  const scores = new LinkScores(index);
  const claim = feat;

  it.each([
    ['It was the worst flood in the valley in at least 40 years.', true],
    ['The worst flood in 40 years hit the valley on Monday.', true],
    // pairs with the lede at the usual bar, but shares only the story's subject with it
    ['Officials said on Monday the worst flood in the valley would close the highway for weeks.', false],
    ['Officials said the valley would need a new levee before the next flood season in the spring.', false],
    ['Rescue boats reached Orrin by noon.', false],
  ])('%s → %s', (text, expected) => {
    expect(restatesClaim(claim(text), lede, scores, index)).toBe(expected);
  });
});

describe('verbatimIn: the same sentence word for word is one report however short', () => {
  const index = new CorpusIndex();
  index.add({ id: 'w', outlet: 'Wire', outletNamed: true, headline: 'Flood', date: null, lang: 'en', text: ['The river rose overnight.', '“It was terrifying,” said one resident.', '“We lost absolutely everything.', 'Read more.'].join('\n') });
  const doc = index.indexed('w')!;
  it.each([
    ['“We lost absolutely everything.', 2],
    ['We lost absolutely everything.', 2], // quotes aside
    ['the river rose overnight.', 0], // case aside
    ['Read more.', -1], // too short to be a report
    ['We lost nearly everything there.', -1],
    ['We lost everything.', -1],
  ])('%s → %d', (text, expected) => {
    expect(verbatimIn(doc, text)).toBe(expected);
  });
});

describe('verbatimIn: one claim against each document in turn, as matchClaim asks', () => {
  // verbatimIn keeps the last claim's folded key; the answer must still be each document's own.
  const index = new CorpusIndex();
  index.add({ id: 'a', outlet: 'A', outletNamed: true, headline: 'Flood', date: null, lang: 'en', text: ['The river rose overnight.', 'We lost absolutely everything.'].join('\n') });
  index.add({ id: 'b', outlet: 'B', outletNamed: true, headline: 'Flood', date: null, lang: 'en', text: ['“We lost absolutely everything.', 'Boats reached the village.', 'The river rose overnight.'].join('\n') });
  const a = index.indexed('a')!, b = index.indexed('b')!;
  it('gives each document its own sentence index, then follows the next claim', () => {
    const asked = [
      verbatimIn(a, 'We lost absolutely everything.'), verbatimIn(b, 'We lost absolutely everything.'),
      verbatimIn(a, 'The river rose overnight.'), verbatimIn(b, 'The river rose overnight.'),
      verbatimIn(a, 'Read more.'), verbatimIn(b, 'We lost absolutely everything.'),
    ];
    expect(asked).toEqual([1, 0, 0, 2, -1, 0]);
  });
});

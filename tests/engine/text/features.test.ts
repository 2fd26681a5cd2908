import { describe, it, expect } from 'vitest';
import { sentenceFeatures, sentenceTerms } from '../../../utils/engine/text/features';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });

describe('negated decisions are the undecided concept', () => {
  it.each([
    ['The council has not yet reached a conclusion, and talks go on.', true],
    ['No decision has been made on the port, officials said.', true],
    ['Nothing is final until the board votes, the chairman said.', true], // no decision is final yet: undecided ("nothing" negates since revision 23)
    ['The council reached a conclusion on Monday.', false],
    ['The decision is final, the court said.', false],
    ['The talks remain fluid.', true], // the concept's own words
    ['None of this has been settled, the union said.', true],
    ['The form of any deal is still under discussion.', true],
    ['The dispute was settled on Monday.', false],
  ])('%s → undecided: %s', (text, expected) => {
    expect(feat(text).terms.includes('undecided')).toBe(expected);
  });

  it.each([
    'The council has not yet reached a conclusion, and talks go on.',
    'No decision has been made on the port, officials said.',
    'The union did not say whether it would accept the offer.',
  ])('the index keeps the same terms as the features: %s', (text) => {
    expect(sentenceTerms(text)).toEqual(feat(text).terms);
  });
});

describe('phrase aliases', () => {
  it.each([
    ['The city will not lower the levy on its own.', 'unilateral'],
    ['The unions would not act on their own.', 'unilateral'],
    ['The form of the deal is still under discussion.', 'undecided'],
    ['The tariff war has hurt both economies.', 'trade_war'],
    ['The trade war has hurt both economies.', 'trade_war'],
  ])('%s has %s', (text, key) => {
    expect(feat(text).terms).toContain(key);
  });

  it('"of its own" is not acting alone', () => {
    expect(feat('China responded with tariffs of its own.').terms).not.toContain('unilateral');
  });
});

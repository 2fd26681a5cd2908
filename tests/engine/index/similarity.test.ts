import { describe, it, expect } from 'vitest';
import { CorpusIndex } from '../../../utils/engine/index/corpus-index';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { pairScore, PAIR_THRESHOLD } from '../../../utils/engine/index/similarity';

// A background corpus of my own sentences on several beats, so that IDF is meaningful.
const BACKGROUND = [
  'The central bank kept interest rates unchanged on Thursday.\nInflation eased to 3 percent in May.\nAnalysts expect a cut later this year.',
  'China and the United States traded accusations over chip exports.\nBeijing said Washington was abusing export controls.\nThe Commerce Department declined to comment.',
  'Heavy rain flooded parts of the coastal province.\nThousands of residents were moved to shelters.\nOfficials said the storm would weaken on Monday.',
  'The government raised tariffs on imported steel.\nTrade talks between the two countries resumed in Geneva.\nExporters warned of higher prices.',
  'The two leaders met at a summit in Paris.\nThey agreed to cooperate on climate policy.\nProtesters gathered outside the venue.',
];

function index(): CorpusIndex {
  const i = new CorpusIndex();
  BACKGROUND.forEach((text, k) => i.add({ id: 'bg' + k, outlet: 'o', outletNamed: true, headline: '', date: null, lang: 'en', text }));
  return i;
}
const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });

describe('pair score', () => {
  const idx = index();
  const score = (a: string, b: string) => pairScore(feat(a), feat(b), idx);

  it.each([
    ['Beijing slapped levies of 125 per cent on American goods.', 'China imposed 125% tariffs on US goods.'],
    ['Washington and Beijing will hold negotiations in Geneva this weekend.', 'The US and China are set to hold talks in Geneva this weekend.'],
    ['The Treasury is considering slashing duties on Canadian lumber.', 'The Treasury is weighing cuts to tariffs on Canadian lumber.'],
    ['The minister of public security asked what Washington wants done about fentanyl.', 'China’s security czar inquired what the US wants done on fentanyl.'],
    // general paraphrase classes (lexicon.ts): undecided deliberations, a weakening economy,
    // a leader's advisers, linking a levy to a cause
    ['The union’s wage negotiations remain fluid, organisers cautioned.', 'Organisers said the union’s wage talks were still in early stages.'],
    ['Brazil’s economy is struggling with a property slump and weak exports.', 'Brazil’s faltering economy suffers from a real estate crisis and declining exports.'],
    ['Lula’s envoys spent weeks trying to get through to the governor’s inner circle.', 'Lula’s envoys could not reach the governor’s top aides for weeks.'],
    ['The governor linked the new port levy to smuggling through the harbour.', 'The new port levy is tied to smuggling through the harbour, the governor said.'],
    // getting something wrong; dismissing is rejecting
    ['In hindsight, the council’s refusal looks like a misreading.', 'The council’s refusal turned out to be a miscalculation.'],
    ['The dockers dismissed the levy out of hand.', 'The dockers rejected the levy outright.'],
    // advice handed over in reply; an endless chase
    ['The mayor handed the dockers his recommendations.', 'The mayor gave the dockers his suggestions.'],
    ['Port enforcement is whack-a-mole.', 'Port enforcement is a cat-and-mouse game.'],
  ])('paraphrase: %s ≈ %s', (a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(PAIR_THRESHOLD);
    expect(score(b, a)).toBeCloseTo(score(a, b)); // symmetric
  });

  it.each([
    // same beat, different facts
    ['China imposed 125% tariffs on US goods.', 'China’s economy grew 5 percent last year, officials said.'],
    ['The US and China are set to hold talks in Geneva this weekend.', 'The US and China traded accusations over Taiwan.'],
    ['The government raised tariffs on Canadian steel.', 'The government raised the minimum wage.'],
    ['Trump met Xi at a summit in Busan.', 'Trump criticised Xi over fentanyl exports.'],
    // sharing a paraphrase class alone is not the same fact
    ['Brazil’s economy is struggling with a property slump.', 'Brazil’s central bank raised interest rates as inflation climbed.'],
    ['The union’s wage negotiations remain fluid, organisers cautioned.', 'The governor’s plan for the harbour is still preliminary.'],
  ])('topic only: %s ≠ %s', (a, b) => {
    expect(score(a, b)).toBeLessThan(PAIR_THRESHOLD);
  });
});

import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../utils/engine';
import { countriesApart, countriesNamed } from '../../../utils/engine/story/country-setting';
import { splitSentences } from '../../../utils/engine/text/segment';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });
const page = (text: string) => splitSentences(text).map(sentenceFeatures);
const library = new CorpusIndex();
const doc = (id: string, text: string) => {
  library.add({ id, outlet: id, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text });
  return library.indexed(id)!;
};

describe('countriesNamed', () => {
  it.each([
    // a country the lexicon does not list, from the runtime's ISO 3166 names
    ['Hungary’s population fell for the fifth year running.', ['hungary']],
    // the lexicon's names, adjectives and capitals, keyed as the lexicon keys them
    ['The United States and Britain said the talks in Warsaw would go on.', ['usa', 'uk', 'poland']],
    // a first name, not a country: a capitalised word follows
    ['Jordan Pickett scored twice for the visitors.', []],
  ])('%s → %s', (text, expected) => {
    expect([...new Set(countriesNamed(feat(text)))].sort()).toEqual([...expected].sort());
  });
});

describe('countriesApart: two events of a kind set in two countries', () => {
  const hungary = doc('hu', 'Hungary counts 9.5 million in census\nHungary had 9,512,300 residents on census night, the statistics office said on Tuesday.\nThe count is 2.6 per cent lower than in 2011.\nHungary’s capital grew while the east lost people.');
  const local = doc('local', 'Eastern county shrinks\nThe county of Borsod lost nearly a tenth of its people, the census shows.\nThe county council called the figures alarming.');
  it.each([
    ['another country’s census, never naming the story’s', 'Poland’s population falls\nPoland’s population has fallen to 37.6 million, the census office said.\nIt is the lowest count in Poland since 1990.', hungary, true],
    ['the same census, comparing it with a neighbour’s', 'Hungary’s count falls\nHungary’s population fell to 9.5 million, the census shows.\nIn Hungary, as in Poland, the young are leaving.', hungary, false],
    ['a report that names no country in its lede (a local paper)', 'Poland’s population falls\nPoland’s population has fallen to 37.6 million, the census office said.\nIt is the lowest count in Poland since 1990.', local, false],
    // named once, a country is a rider's or a visitor's, not where the event is
    ['a country named once in the lede', 'Census shows decline\nThe census, run with help from Poland’s statistics office, shows a fall.\nThe east lost most.', hungary, false],
  ])('%s → %s', (_what, text, other, expected) => {
    expect(countriesApart(page(text), other)).toBe(expected);
  });
});

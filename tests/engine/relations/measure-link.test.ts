// Two sentences that give the same named measure of the story's event are one fact at any word
// overlap, unless a year, a part or the size of the gap says they are about something else.
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { linkSentenceContext } from '../../../utils/engine/facts/measure';
import { isLedeFact, sameNamedMeasure } from '../../../utils/engine/relations/measure-link';
import { CorpusIndex, analyzePage } from '../../../utils/engine';
import { landslideDoc, LANDSLIDE_PAGE } from '../landslide-story';

const feat = (text: string) => sentenceFeatures({ text, start: 0, end: text.length });

describe('sameNamedMeasure', () => {
  it.each([
    // one fact, worded apart
    ['The storm killed seven people on Tuesday.', "The storm's toll rose to nine on Wednesday.", undefined, true],
    ['Rescuers said 140 residents were hurt.', 'More than 200 people were injured across the province.', undefined, true],
    ['The tremor struck at a depth of 12 km.', 'It was about 30 kilometres deep, the agency said.', undefined, true],
    ['Officials said over 800 people were injured.', 'Nine dead, over 1,000 injured after the landslide.', undefined, true],
    // another quantity, or none named
    ['The storm killed seven people.', 'About 700 people were injured.', undefined, false],
    ['The levy on cars is 125%.', 'Tariffs of 145% apply to the imports.', undefined, false],
    // a past event: its own year, or a pronoun that continues a sentence with one
    ['The flood killed 35 people.', 'A flood there in 2019 killed 40 people.', undefined, false],
    ['The flood killed 35 people.', 'It killed 30 people.', 'In 2001, a larger flood hit the valley.', false],
    ['The flood killed 35 people.', 'It killed 30 people.', 'The flood hit the valley overnight.', true],
    ['The flood killed 35 people.', 'In 2009, a flood killed 40 people.', undefined, false],
    // a year past a clause break dates the event compared with, not the figure before it
    ['The storm killed 35 people.', 'The storm, which killed 30 people, was the worst since a cyclone in 1991 that killed 300.', undefined, true],
    ['The storm killed 35 people.', 'It was the worst storm since a cyclone in 1991 killed 30 people.', undefined, false],
    // a part of the whole
    ['The storm killed seven people.', 'The other two deaths were reported in the north.', undefined, false],
    ['More than 60 people were trapped, officials said.', 'Most damage was in the old town, where about 20 people were trapped.', undefined, false],
    ['The tremor was 30 kilometres deep.', 'Aftershocks followed, with one reaching a depth of 3 km.', undefined, false],
    // a count several times another is a part, not the same total later
    ['The fire killed 4 people.', 'The fire killed 40 people.', undefined, false],
    // one reading by one agency; another agency's reading is another fact
    ['A 6.9 magnitude tremor shook the valley at dawn.', 'The survey said the magnitude was 6.9.', undefined, true],
    ['A 6.9 magnitude tremor shook the valley at dawn.', 'The national agency measured it at magnitude 6.6.', undefined, false],
    // the distance from the same place
    ['It struck 20 km south of Dunmore.', 'The epicentre lay about 26 kilometres south-southwest of Dunmore, the agency said.', undefined, true],
    ['It struck 20 km south of Dunmore.', 'The dam stands 20 km north of Dunmore.', undefined, false],
    // one moment, worded apart; a count's time is not the moment something happened
    ['The tremor struck the port at 6:58 a.m. local time.', 'A tremor shook the region just before 7:00 a.m.', undefined, true],
    ['The tremor struck the port at 6:58 a.m. local time.', 'A tremor shook the region at 7:58 a.m.', undefined, false],
    ['Officials said 40 were missing as of 10pm.', 'The river crested at 10 p.m. on Monday.', undefined, false],
    // a moment is dated by its own years, as a figure is
    ['The tremor struck the port at 6:58 a.m., the strongest since a 1990 quake that killed 300.', 'A tremor shook the region just before 7:00 a.m.', undefined, true],
    ['In 1990, a quake struck the port at 6:58 a.m.', 'A tremor shook the region just before 7:00 a.m.', undefined, false],
    // a vague amount is the same count as a figure, never a clash with it
    ['The blast injured hundreds, officials said.', 'At least 640 people were hurt in the blast.', undefined, true],
    ['Dozens of people remained trapped overnight.', 'Rescuers said 70 people were trapped.', undefined, true],
    // one record, worded apart
    ['It was the strongest storm in at least 30 years.', 'The biggest storm to hit the coast in 30 years left the port flooded.', undefined, true],
    ['It was the strongest storm in 30 years.', 'It was the deadliest storm in 30 years.', undefined, false],
  ])('%s / %s (before: %s) → %s', (a, b, before, expected) => {
    const other = feat(b);
    // As in a document: `b` continues the sentence before it (linkSentenceContext).
    if (before) linkSentenceContext([feat(before), other]);
    expect(sameNamedMeasure(feat(a), other)).toBe(expected);
  });
});

describe('a page whose toll differs from another outlet\'s', () => {
  it('is told the two tolls, in the words of both sides', () => {
    const index = new CorpusIndex();
    index.add(landslideDoc());
    const report = analyzePage(LANDSLIDE_PAGE, index);
    const claim = report.claims.find((c) => c.text.includes('killing 6'));
    expect(claim).toBeDefined();
    const m = claim!.matches.find((x) => x.text.startsWith('On Monday 9 people'));
    expect(m?.relation).toBe('contradicts');
    expect(m!.why).toMatch(/9 people/);
    expect(m!.why).toMatch(/6 residents/);
  });
});

describe('isLedeFact: the measures that pair a narrower claim with a lede', () => {
  it.each([
    ['The storm killed seven people.', true],
    ['About 40 people were trapped.', true],
    ['It was the strongest storm in 30 years.', true],
    ['The storm made landfall just before 7 a.m.', true],
    // every lede of the story gives these: they would pair the claim with all of them
    ['The agency put the tremor at magnitude 6.9.', false],
    ['It struck at a depth of 12 km.', false],
  ])('%s → %s', (text, expected) => {
    const lede = 'The strongest storm in 30 years struck at 6:55 a.m., killed nine people, left 40 trapped and shook the ground at a depth of 12 km with a magnitude of 6.9.';
    expect(sameNamedMeasure(feat(text), feat(lede), isLedeFact)).toBe(expected);
    expect(sameNamedMeasure(feat(text), feat(lede))).toBe(true);
  });
});

import { describe, it, expect } from 'vitest';
import { actorRoles, restsOnDescriptor, restsOnSource, sharedSpecificActors, sourceOnlyTerms } from '../../../utils/engine/relations/actors';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });
const roleOf = (text: string, word: string) => {
  const f = feat(text);
  return [...actorRoles(f).values()].find((r) => r.word === word)?.role ?? null;
};

describe('actor roles', () => {
  it.each([
    // a name in the possessive before a title describes someone else
    ['Governor Ana Ruiz’s chief of staff, Tom Bell, resigned on Monday.', 'ruiz', 'descriptor'],
    ['The mayor thanked Prime Minister Olsen’s top aide for the visit.', 'olsen', 'descriptor'],
    // the same name as the subject, or followed by an apposition, is a name
    ['The budget was signed by Governor Ana Ruiz on Monday.', 'ruiz', 'name'],
    ['The port has hired Tom Bell, Ana Ruiz’s former adviser, to run it.', 'bell', 'name'],
    ['The port has hired Tom Bell, Ana Ruiz’s former adviser, to run it.', 'ruiz', 'descriptor'],
    // offices are titles, wherever they stand
    ['The governor signed the budget.', 'governor', 'title'],
    // what the sentence reports has no actor role
    ['The governor signed the budget.', 'budget', null],
  ])('%s: "%s" is %s', (text, word, role) => {
    expect(roleOf(text, word)).toBe(role);
  });
});

describe('pairs that rest on a descriptor name', () => {
  const background = new Set(['lisbon']);
  it.each([
    // the only link is Ruiz, whom one sentence names only to say whose aide Bell is
    ['The minister praised Governor Ana Ruiz for the new budget.', 'Governor Ana Ruiz’s chief of staff, Tom Bell, resigned on Monday.', true],
    ['On Friday the mayor of Lisbon welcomed Governor Ana Ruiz.', 'Governor Ana Ruiz’s deputy met Lisbon officials.', true],
  ])('%s / %s → %s', (a, b, expected) => {
    const fa = feat(a), fb = feat(b);
    expect(restsOnDescriptor(fa, fb, background)).toBe(expected);
    expect(restsOnDescriptor(fb, fa, background)).toBe(expected);
  });

  it.each([
    // both are about Ruiz herself
    ['Governor Ana Ruiz signed the budget on Monday.', 'Ana Ruiz, the governor, signed the state budget.'],
    // they share what happened, not only who
    ['Governor Ana Ruiz’s spokesman said the talks would resume.', 'Talks with the union will resume next week, Governor Ana Ruiz said.'],
    // a secondary figure both sentences are about, with no descriptor: left to the pair score
    ['The city is sending Tom Bell to Lisbon.', 'Lisbon will receive Tom Bell, the city said.'],
  ])('%s / %s → false', (a, b) => {
    const fa = feat(a), fb = feat(b);
    expect(restsOnDescriptor(fa, fb, background)).toBe(false);
    expect(restsOnDescriptor(fb, fa, background)).toBe(false);
  });
});

describe('specific actors both sentences name', () => {
  const background = new Set(['china', 'usa']);
  it.each([
    // the same office under two of its titles
    ['China’s Commerce Ministry said on Monday it was weighing talks.', 'A statement from China’s Ministry of Commerce said it was reviewing the offer.', ['commerce_ministry']],
    // a ministry and its minister speak as one office
    ['Peru’s finance minister said the bond sale was delayed.', 'The Ministry of Finance said the sale would wait until May.', ['finance_ministry']],
    // the same person by name, not a main actor
    ['Beijing may send Wang to Washington.', 'The plan would have Wang Xiaohong travel to the US.', ['wang']],
    // only the main actors, a weekday and a title: nobody specific
    ['China said on Friday the talks could start.', 'On Friday the US president said China wanted talks.', []],
    // a name one sentence uses only as a descriptor is not a shared actor
    ['The minister praised Governor Ana Ruiz.', 'Governor Ana Ruiz’s chief of staff resigned.', []],
  ])('%s / %s → %j', (a, b, expected) => {
    const fa = feat(a), fb = feat(b);
    expect(sharedSpecificActors(fa, fb, background)).toEqual(expected);
  });
});

describe('an office is qualified by the country named with it', () => {
  it.each([
    ['Japan’s foreign ministry said it was studying the offer.', 'The Japanese foreign minister said the offer was being studied.', ['foreign_ministry']],
    ['Japan’s foreign ministry said it was studying the offer.', 'Canada’s foreign minister said the offer was being studied.', []],
    // a country on one side only: nothing says they differ
    ['Japan’s foreign ministry said it was studying the offer.', 'The foreign minister said the offer was being studied.', ['foreign_ministry']],
  ])('%s / %s → %j', (a, b, expected) => {
    expect(sharedSpecificActors(feat(a), feat(b), new Set()).filter((t) => t.endsWith('_ministry'))).toEqual(expected);
  });
});

// Sentences written for this test, on an invented flood.
describe('pairs that share only who reports them', () => {
  const background = new Set(['valdora']);
  it.each([
    ['The Valdora Fire Service said the number of injured is still unclear.', 'The Valdora Fire Service said all the deaths were in the old town.', true],
    ['The number of injured is still unclear, the Valdora Fire Service said.', 'According to the Valdora Fire Service, all the deaths were in the old town.', true],
    ['Confirming the toll, the Valdora Fire Service said most victims were elderly.', 'The Valdora Fire Service (VFS) said the river was still rising.', true],
    // The same source and the same report: the deaths in the old town.
    ['The Valdora Fire Service said all the deaths were in the old town.', 'Every death was in the old town, the Valdora Fire Service said.', false],
    // The fire service is what the sentences report on, not who reports it.
    ['The Valdora Fire Service evacuated 70 people from the tunnel.', 'The Valdora Fire Service said all the deaths were in the old town.', false],
    ['The Valdora Fire Service evacuated 70 people from the tunnel.', 'Fire Service crews from Valdora evacuated dozens from a tunnel.', false],
  ])('%j / %j: %s', (a, b, expected) => {
    expect(restsOnSource(feat(a), feat(b), background)).toBe(expected);
  });

  it('reads the source off the clause before the reporting verb, or after "according to"', () => {
    expect([...sourceOnlyTerms(feat('Rescue work goes on, a spokesman for the Red Cross told reporters.'))]).toEqual(expect.arrayContaining(['red', 'cross']));
    expect(sourceOnlyTerms(feat('Three hikers trapped near the Taroko gorge by falling rocks were found alive late on Wednesday, officials said.')).has('hiker')).toBe(false);
  });
});

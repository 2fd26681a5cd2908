import { describe, it, expect } from 'vitest';
import { distinctEvents, eventClasses, wantedVersusStated } from '../../../utils/engine/relations/event-frame';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });

describe('event frames', () => {
  it.each([
    // same people and things, different acts
    ['The dockworkers union asked what the harbour authority wants from it.', 'The union leader may travel to the capital to meet the harbour authority.'],
    ['The ministry said it was reviewing an offer of talks over the 30% levy on steel.', 'The government raised the levy on steel to 30%.'],
    ['Brazil’s finance minister criticized the new levy on imported cars.', 'Brazil’s finance minister confirmed the levy on imported cars would start in May.'],
    // a plan to reverse a levy and the levy's earlier raise: opposite acts, but one hedged
    ['The government is considering cutting the 30% levy on steel by half.', 'The government raised the levy on steel to 30% last year.'],
  ])('different events: %s / %s', (a, b) => {
    expect(distinctEvents(feat(a), feat(b))).toBe(true);
  });

  it.each([
    // one event seen from two sides or in other words
    ['Ottawa imposed a 25% levy on American steel.', 'Canada raised tariffs on US steel to 25%.'],
    ['The union leader will travel to the capital next week.', 'The union leader is due to meet ministers in the capital next week.'],
    ['The ministry is weighing an offer of talks.', 'The ministry said it was considering talks.'],
    // opposite directions of one act: a possible contradiction, kept together
    ['The government raised the levy on steel.', 'The government cut the levy on steel.'],
    // no event word on one side: nothing to compare
    ['The union has about 4,000 members.', 'The union asked for higher wages.'],
  ])('not different events: %s / %s', (a, b) => {
    expect(distinctEvents(feat(a), feat(b))).toBe(false);
  });

  it.each([
    // a demand or wish for an act vs the act done or refused
    ['The union demanded that the city cut the fare first.', 'The mayor said he was not willing to cut the fare.'],
    ['The union wants the city to lower fares.', 'The city lowered fares on Monday.'],
    ['The growers would like to see the levy reduced.', 'The ministry reduced the levy on grain.'],
    ['Whether the mayor is prepared to lower the fare is unclear.', 'The mayor lowered the fare by a tenth.'],
  ])('wanted vs stated: %s / %s', (a, b) => {
    expect(wantedVersusStated(feat(a), feat(b))).toBe(true);
    expect(wantedVersusStated(feat(b), feat(a))).toBe(true);
  });

  it.each([
    // both wanted, or both stated
    ['The union wants the city to cut fares.', 'The union demanded that the city lower fares.'],
    ['The city cut fares.', 'The city lowered fares on Monday.'],
    // a precondition on the stated side is the demand in other words
    ['The union demanded that the city cut fares.', 'No talks could begin until the city cut its fares, the union said.'],
    // the attitude itself is not a wanted act
    ['The union asked what the city wants.', 'The city wants the union back at work.'],
    // no shared act
    ['The union wants the city to cut fares.', 'The city hired new drivers.'],
  ])('not wanted vs stated: %s / %s', (a, b) => {
    expect(wantedVersusStated(feat(a), feat(b))).toBe(false);
  });

  it('classes come from concepts', () => {
    expect([...eventClasses(feat('The union asked whether ministers would meet it.'))].sort()).toEqual(['ask', 'contact']);
  });
});

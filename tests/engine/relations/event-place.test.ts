// Where a meeting is set or a trip goes, and when two settings contradict each other.
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { eventPlaces, placesConflict, THIRD_PLACE } from '../../../utils/engine/relations/event-place';
import { classify } from '../../../utils/engine/relations/relations';

const feat = (text: string) => sentenceFeatures({ text, start: 0, end: text.length });
const parties = new Set(['usa', 'china']);

describe('eventPlaces', () => {
  it.each([
    ['The envoys will hold talks in Vienna on Friday.', ['in Vienna']],
    ['Beijing is sending its trade minister to Washington next week.', ['to Washington']],
    // whom one talks to is not where
    ['The minister talked to Washington by phone.', []],
    // a hyphenated pair names the two sides, not the setting
    ['The minister will attend the Washington-Beijing talks in Geneva.', ['in Geneva']],
    ['The two sides could meet in a neutral country.', ['in a neutral country']],
    // options set nothing
    ['They may meet in the US or in a third country.', []],
    ['He may travel to the US, officials said, or meet his counterpart in a third country.', []],
    // a place that is not a setting
    ['Officials in Beijing criticised the tariffs.', []],
  ])('%s → %j', (text, labels) => {
    expect(eventPlaces(feat(text)).map((p) => p.label)).toEqual(labels);
  });

  it('keys a third place apart from every named place', () => {
    expect(eventPlaces(feat('The two sides could meet in a neutral country.'))[0].key).toBe(THIRD_PLACE);
  });
});

describe('placesConflict', () => {
  it.each([
    ['The envoys will hold talks in Vienna.', 'The envoys will hold talks in Madrid.', parties, true],
    ['Beijing is sending its trade minister to Washington.', 'The trade minister will travel to Geneva for the talks.', parties, true],
    // a third place against one of the parties' countries, and only then
    ['The ministers could meet in a neutral country.', 'Beijing is sending its trade minister to Washington.', parties, true],
    ['The ministers could meet in a neutral country.', 'Beijing is sending its trade minister to Washington.', new Set<string>(), false],
    ['The ministers could meet in a neutral country.', 'The ministers will hold talks in Geneva.', parties, false],
    ['The envoys will hold talks in Vienna.', 'The envoys met for talks in Vienna.', parties, false],
  ])('%s / %s', (a, b, story, expected) => {
    expect(placesConflict(feat(a), feat(b), story) !== null).toBe(expected);
  });

  it('says both settings in their own words', () => {
    const r = classify(feat('The ministers could meet in a neutral country.'), feat('Beijing is sending its trade minister to Washington to meet officials.'), 'Daily', parties);
    expect(r.relation).toBe('contradicts');
    expect(r.why).toBe('different place: Daily says to Washington; this page: in a neutral country');
  });
});

// Another event of the same kind is not the story: ledes that disagree on the day and on the
// defining figure with the whole story.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../utils/engine';
import { anotherEvent } from '../../../utils/engine/story/event-identity';
import { splitSentences } from '../../../utils/engine/text/segment';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const story = [
  'A magnitude 6.9 earthquake struck the Vell coast on Monday morning, damaging the old harbour.',
  'The magnitude 6.9 quake hit at dawn on Monday, the seismology office said, and cut power to the port.',
  'Monday’s earthquake, measured at 6.9, was the strongest on the Vell coast in forty years.',
];
const index = new CorpusIndex();
story.forEach((text, k) => index.add({ id: 'd' + k, outlet: 'Outlet ' + k, outletNamed: true, headline: text, date: null, lang: 'en', text }));
const docs = story.map((_, k) => index.indexed('d' + k)!);
const page = (text: string) => splitSentences(text).map(sentenceFeatures);

describe('anotherEvent', () => {
  it.each([
    ['another quake on another day with another magnitude', 'A magnitude 5.1 earthquake shook the Vell coast on Thursday, rattling windows.', true],
    ['the same quake, told with its day', 'The Monday earthquake on the Vell coast damaged the old harbour and cut power.', false],
    ['the same quake read at a close magnitude by another agency', 'A magnitude 7.1 earthquake struck the Vell coast, an agency abroad said.', false],
    ['a page that says neither when nor how big', 'The old harbour on the Vell coast was damaged by an earthquake.', false],
  ])('%s → %s', (_what, text, expected) => {
    expect(anotherEvent(page(text), docs)).toBe(expected);
  });
});

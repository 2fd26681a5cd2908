// The Figures panel compares a page's figures with the same quantity in other outlets, by the
// contradiction cue's own tests (facts/measure.ts): bounds that overlap agree, a part is not
// the whole, and a toll differs from a toll.
import { describe, expect, it } from 'vitest';
import { CorpusIndex, analyzePage } from '../../../utils/engine';
import type { CorpusDoc } from '../../../utils/engine/types';

const stored: CorpusDoc = {
  id: 'gazette', outlet: 'The Gazette', outletNamed: true, headline: 'Landslide buries mountain village in Ruritania', date: null, lang: 'en',
  text: [
    'Landslide buries mountain village in Ruritania',
    'A landslide buried part of the mountain village of Dorn on Monday after days of heavy rain.',
    'By Monday evening 9 people were confirmed dead and 45 were injured, the regional governor said.',
    'Rescue teams with dogs searched the mud for survivors through the night.',
    'The regional governor promised that the village would be rebuilt on safer ground.',
  ].join('\n'),
};
const page = {
  title: 'Deadly landslide hits Ruritanian village',
  text: [
    'Deadly landslide hits Ruritanian village',
    'A wall of mud swept through Dorn, a mountain village in Ruritania, on Monday, killing 6 residents and injuring more than 40 people.',
    'Heavy rain had soaked the slopes above Dorn for days, and rescue teams with dogs searched the mud through the night.',
    'The governor said the village would be rebuilt on safer ground.',
  ].join('\n'),
};

describe('figures', () => {
  const index = new CorpusIndex();
  index.add(stored);
  const report = analyzePage(page, index);
  const row = (value: number) => report.figures.find((f) => f.value === value)!;

  it('a different toll differs', () => {
    expect(row(6).others.map((o) => [o.label, o.agrees])).toEqual([['9', false]]);
  });

  it('"more than 40" and 45 agree: the bound covers it', () => {
    expect(row(40).others.map((o) => [o.label, o.agrees])).toEqual([['45', true]]);
  });
});

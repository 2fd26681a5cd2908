// A small invented story for engine tests (written for this project): one stored report of a
// landslide and a page on the same event that gives a different toll. Three facts are restated
// (the slide, the night search, the rebuilding), so the page passes the story gate for it.
import type { CorpusDoc } from '../../utils/engine/types';

export function landslideDoc(date: string | null = null): CorpusDoc {
  return {
    id: 'gazette', outlet: 'The Gazette', outletNamed: true, headline: 'Landslide buries mountain village in Ruritania', date, lang: 'en',
    text: [
      'Landslide buries mountain village in Ruritania',
      'A landslide buried part of the mountain village of Dorn on Monday after days of heavy rain.',
      'On Monday 9 people were confirmed dead and 45 were injured, the regional governor said.',
      'Rescue teams with dogs searched the mud for survivors through the night.',
      'The village had been evacuated once before, in 2015, after a smaller slide.',
      'The regional governor promised that the village would be rebuilt on safer ground.',
    ].join('\n'),
  };
}

export const LANDSLIDE_PAGE = {
  title: 'Deadly landslide hits Ruritanian village',
  text: [
    'Deadly landslide hits Ruritanian village',
    'A wall of mud swept through Dorn, a mountain village in Ruritania, on Monday, killing 6 residents and injuring more than 40 people.',
    'Heavy rain had soaked the slopes above Dorn for days, and rescue teams with dogs searched the mud through the night.',
    'The governor said the village would be rebuilt on safer ground.',
  ].join('\n'),
};

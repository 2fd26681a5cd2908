// The Figures panel compares a page's figures with the same quantity in other outlets, by the
// contradiction cue's own tests (facts/measure.ts): bounds that overlap agree, a part is not
// the whole, and a toll differs from a toll.
import { describe, expect, it } from 'vitest';
import { CorpusIndex, analyzePage } from '../../../utils/engine';
import { landslideDoc, LANDSLIDE_PAGE } from '../landslide-story';

describe('figures', () => {
  const index = new CorpusIndex();
  index.add(landslideDoc());
  const report = analyzePage(LANDSLIDE_PAGE, index);
  const row = (value: number) => report.figures.find((f) => f.value === value)!;

  it('a different toll differs', () => {
    expect(row(6).others.map((o) => [o.label, o.agrees])).toEqual([['9', false]]);
  });

  it('"more than 40" and 45 agree: the bound covers it', () => {
    expect(row(40).others.map((o) => [o.label, o.agrees])).toEqual([['45', true]]);
  });
});

// A contradiction between reports of two different days says both days.
import { describe, expect, it } from 'vitest';
import { withDays } from '../../../utils/engine/relations/dated-reasons';
import { CorpusIndex, analyzePage } from '../../../utils/engine';
import { landslideDoc, LANDSLIDE_PAGE } from '../landslide-story';

describe('withDays', () => {
  it.each([
    ['WSJ: not reduce tariffs; this page: reducing tariffs', 'WSJ', '2025-05-06', '2025-05-09', 'WSJ (6 May): not reduce tariffs; this page (9 May): reducing tariffs'],
    ['different place: NYT says to Washington; this page: in Geneva', 'NYT', '2025-05-06', '2025-05-10', 'different place: NYT (6 May) says to Washington; this page (10 May): in Geneva'],
    ['Daily: nine people; this page: seven', 'Daily', '2024-12-31', '2025-01-01', 'Daily (31 Dec 2024): nine people; this page (1 Jan 2025): seven'],
    // the same day, or a day missing on either side: as it was
    ['Daily: nine people; this page: seven', 'Daily', '2025-05-06', '2025-05-06', 'Daily: nine people; this page: seven'],
    ['Daily: nine people; this page: seven', 'Daily', null, '2025-05-06', 'Daily: nine people; this page: seven'],
    ['Daily: nine people; this page: seven', 'Daily', '2025-05-06', undefined, 'Daily: nine people; this page: seven'],
    ['Daily: nine people; this page: seven', 'Daily', 'last Tuesday', '2025-05-06', 'Daily: nine people; this page: seven'],
  ])('%s', (why, outlet, other, page, expected) => {
    expect(withDays(why, outlet, other, page)).toBe(expected);
  });
});

describe('a page that contradicts a report of another day', () => {
  const contradiction = (date?: string) => {
    const index = new CorpusIndex();
    index.add(landslideDoc('2025-03-03'));
    return analyzePage({ ...LANDSLIDE_PAGE, date }, index).claims.flatMap((c) => c.matches).find((m) => m.relation === 'contradicts');
  };

  it('names both days when the page is dated', () => {
    expect(contradiction('2025-03-02')?.why).toMatch(/^The Gazette \(3 Mar\): .+; this page \(2 Mar\): .*6 residents/);
  });

  it('names no day when the page is not', () => {
    expect(contradiction()?.why).toMatch(/^The Gazette: .+; this page: .*6 residents/);
    expect(contradiction()?.proof?.page.day).toBeUndefined();
  });

  it('puts both days in the proof the sidebar shows', () => {
    const proof = contradiction('2025-03-02')?.proof;
    expect(proof?.page.day).toBe('2 Mar');
    expect(proof?.other.day).toBe('3 Mar');
  });
});

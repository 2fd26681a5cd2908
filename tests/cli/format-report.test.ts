// The CLI's readable report says where an unmatched claim was looked for (issue 20 item 5): the
// corpus's articles on the story, never "reported only by this page".
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../scripts/format-report';
import type { Report } from '../../utils/engine/types';

const doc = (source: string) => ({ source, outlet: `Outlet ${source}`, headline: `Headline ${source}`, date: null, relatedness: 0.8 });
const base: Report = {
  title: 'Harbour board approves deeper channel',
  self: null,
  coverage: [doc('a'), doc('b')],
  claims: [
    { id: 'c0', text: 'The board voted on Tuesday.', start: 0, end: 27, matches: [{ source: 'a', outlet: 'Outlet a', text: 'The board voted Tuesday.', relation: 'agree', why: 'same', score: 0.9, sentenceIndex: 1 }] },
    { id: 'c1', text: 'The chair smiled.', start: 28, end: 45, matches: [] },
  ],
  additions: [],
  quotes: [],
  figures: [],
  facts: [],
};

describe('formatReport', () => {
  it('names the covering articles an unmatched claim was not found in', () => {
    const out = formatReport(base);
    expect(out).toContain('Not found in the 2 articles on this story in the corpus (1 claim):\n  - The chair smiled.');
    expect(out).not.toMatch(/only by this page/i);
  });

  it('says "the only article" when one article covers the story', () => {
    expect(formatReport({ ...base, coverage: [doc('a')] })).toContain('Not found in the only article on this story in the corpus (1 claim):');
  });
});

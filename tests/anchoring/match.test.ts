import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../utils/anchoring/match';

const page =
  'Breaking News Menu Home World. Beijing’s outreach to Washington over fentanyl created an opening for trade talks. ' +
  'The talks are set for Geneva this weekend. Officials said the talks are set for Geneva this weekend. ' +
  'Read more: related story. The White House gave Beijing a list of suggestions on precursor chemicals.';

describe('anchorQuotes', () => {
  it('finds exact quotes after whitespace normalisation', () => {
    const [a] = anchorQuotes(page, ['Beijing’s outreach to Washington\n over fentanyl created an opening for trade talks.']);
    expect(a).toMatchObject({ how: 'exact' });
    expect(page.slice(a!.start, a!.end)).toBe('Beijing’s outreach to Washington over fentanyl created an opening for trade talks.');
  });

  it('anchors repeated text in reading order', () => {
    const q = 'the talks are set for Geneva this weekend.';
    const [a, b] = anchorQuotes(page, ['The talks are set for Geneva this weekend.', q]);
    expect(a!.start).toBeLessThan(b!.start);
    expect(page.slice(b!.start, b!.end)).toBe(q);
  });

  it('falls back to the whole text when a quote comes before the cursor', () => {
    const [, b] = anchorQuotes(page, ['The White House gave Beijing a list of suggestions on precursor chemicals.', 'Beijing’s outreach to Washington']);
    expect(b).toMatchObject({ start: page.indexOf('Beijing’s outreach'), how: 'exact' });
  });

  it('finds slightly different text fuzzily', () => {
    // Straight apostrophe and a dropped word, as a different text extraction might produce.
    const [a] = anchorQuotes(page, ["Beijing's outreach to Washington over fentanyl created opening for trade talks."]);
    expect(a).not.toBeNull();
    expect(a!.how).toBe('fuzzy');
    expect(page.slice(a!.start, a!.end)).toMatch(/^Beijing’s outreach.*trade talks\.$/);
  });

  it('returns null for text that is not on the page, and for empty quotes', () => {
    expect(anchorQuotes(page, ['The central bank raised interest rates by half a point on Tuesday.', '   '])).toEqual([null, null]);
  });
});

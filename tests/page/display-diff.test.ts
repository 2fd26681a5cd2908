// The sidebar's wording comparison: word diff for near-copies, differing details otherwise.
import { describe, expect, it } from 'vitest';
import { NEAR_COPY_SHARE, displayDiff, tokenizeForDiff } from '../../utils/page/display-diff';

const marked = (segs: { text: string; changed: boolean }[]) => segs.filter((s) => s.changed).map((s) => s.text.trim());
const joined = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('displayDiff', () => {
  it('counts "145%" and "145 per cent" (and "145 percent", "145 pct") as the same word', () => {
    const keys = (s: string) => tokenizeForDiff(s).filter((t) => t.kind === 'number').map((t) => t.key);
    expect(keys('145% and 145 per cent and 145 percent and 145 pct')).toEqual(['145%', '145%', '145%', '145%']);
    expect(keys('nearly 450,000 and $46 billion')).toEqual(['450000', '$46']);
    const d = displayDiff('The US raised tariffs to 145% last month.', 'The US raised tariffs to 145 per cent last month.');
    expect(d.mode).toBe('same');
  });

  it('near-copies get a word diff that keeps each side’s own words', () => {
    const page = 'Beijing is weighing an offer to curb fentanyl exports to open trade talks.';
    const other = 'Beijing is not weighing an offer to curb fentanyl exports to open trade talks.';
    const d = displayDiff(page, other);
    expect(d.mode).toBe('words');
    expect(d.shared).toBeGreaterThanOrEqual(NEAR_COPY_SHARE);
    expect(marked(d.page)).toEqual([]);
    expect(marked(d.other)).toEqual(['not']);
    expect(joined(d.page)).toBe(page);
    expect(joined(d.other)).toBe(other);
  });

  it('a paraphrase is not struck whole: only differing figures, names, places and dates are marked', () => {
    const page = 'The United States has raised tariffs on Chinese goods to 145%, National Security Council spokesman James Hewitt said on Monday.';
    const other = 'Washington lifted its levies on imports from China to 125 per cent in April, officials said.';
    const d = displayDiff(page, other);
    expect(d.mode).toBe('details');
    expect(d.shared).toBeLessThan(NEAR_COPY_SHARE);
    // "The" starts the sentence and is no name; "Chinese" and "China" are one place.
    expect(marked(d.page)).toEqual(['United States', '145%', 'National Security Council', 'James Hewitt', 'Monday']);
    // "Washington" only starts its sentence and is capitalised nowhere else: not taken for a name.
    expect(marked(d.other)).toEqual(['125 per cent', 'April']);
    // The words themselves are all still there, unmarked.
    expect(joined(d.page)).toBe(page);
    expect(joined(d.other)).toBe(other);
  });

  it('shared details are not marked: a name given in full on one side and by surname on the other, the same figure written two ways', () => {
    const d = displayDiff('President Donald Trump set tariffs of 145 percent.', 'The levies Trump imposed reached 145%, a level few expected.');
    expect(d.mode).toBe('details');
    expect(marked(d.page)).toEqual([]);
    expect(marked(d.other)).toEqual([]);
  });

  it('a capital that only starts a sentence is no name, and small spelled numbers are no figures', () => {
    const d = displayDiff(
      'China has said it wants the Trump administration to cancel its tariffs before the two countries hold talks.',
      'Previously, the ministry had demanded that Washington slash its steep tariffs on China first as a condition for negotiations.',
    );
    expect(d.mode).toBe('details');
    expect(marked(d.page)).toEqual(['Trump']);
    expect(marked(d.other)).toEqual(['Washington']);
    // A sentence-initial name is still found when the other sentence writes it mid-sentence.
    const e = displayDiff('Beijing wants talks soon, officials said.', 'Officials said talks with Beijing and Geneva hosts were planned.');
    expect(marked(e.other)).toEqual(['Geneva']);
    expect(marked(e.page)).toEqual([]);
  });

  it('a negation one side has and the other lacks is marked', () => {
    const d = displayDiff('China agreed to hold talks in Geneva.', 'Officials in Beijing said they had not agreed to any meeting in Geneva.');
    expect(d.mode).toBe('details');
    expect(marked(d.other)).toContain('not');
    expect(marked(d.other)).toContain('Beijing');
    // "China" only starts its sentence, so it is not taken for a name (see the test above).
    expect(marked(d.page)).toEqual([]);
  });
});

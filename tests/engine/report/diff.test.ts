import { describe, it, expect } from 'vitest';
import { wordDiff } from '../../../utils/engine/report/diff';

const join = (parts: { op: number; text: string }[], keep: number[]) => parts.filter((p) => keep.includes(p.op)).map((p) => p.text).join('');

describe('wordDiff', () => {
  it('returns one equal part for identical text', () => {
    expect(wordDiff('the same words', 'the same words')).toEqual([{ op: 0, text: 'the same words' }]);
  });
  it('reconstructs both sides exactly', () => {
    const a = 'fentanyl can be the icebreaker for the two countries';
    const b = 'fentanyl could be an icebreaker for both countries';
    const d = wordDiff(a, b);
    expect(join(d, [0, -1])).toBe(a);
    expect(join(d, [0, 1])).toBe(b);
  });
  it('works on whole words, not characters', () => {
    const d = wordDiff('we will lower tariffs', 'we will cancel tariffs');
    expect(d.filter((p) => p.op === -1).map((p) => p.text.trim())).toEqual(['lower']);
    expect(d.filter((p) => p.op === 1).map((p) => p.text.trim())).toEqual(['cancel']);
  });
  it('handles empty sides', () => {
    expect(wordDiff('', 'new words')).toEqual([{ op: 1, text: 'new words' }]);
    expect(wordDiff('old words', '')).toEqual([{ op: -1, text: 'old words' }]);
  });
  it('handles many distinct words (beyond the BMP surrogate range)', () => {
    const a = Array.from({ length: 60000 }, (_, i) => 'w' + i).join(' ');
    const b = a + ' extra';
    const d = wordDiff(a, b);
    expect(join(d, [0, 1])).toBe(b);
  });
});

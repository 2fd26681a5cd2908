// Untrusted text cut to a limit (stored articles, feed names, values in error messages) never
// keeps half of a surrogate pair.
import { describe, expect, it } from 'vitest';
import { cutText, shortened } from '../utils/text-cut';
import { shownValue, fieldName } from '../utils/storage/doc-validation';

const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('cutText', () => {
  it('cuts before a pair the limit would split, and at the limit otherwise', () => {
    const s = 'ab😀cd'; // "😀" is two UTF-16 units, at 2 and 3
    expect(cutText(s, 3)).toBe('ab');
    expect(cutText(s, 4)).toBe('ab😀');
    expect(cutText(s, 2)).toBe('ab');
    expect(cutText(s, 10)).toBe(s);
    for (let n = 0; n <= s.length; n++) expect(wellFormed(cutText(s, n))).toBe(true);
  });

  it('marks a cut with an ellipsis in a message, and keeps it well formed', () => {
    expect(shortened('x'.repeat(39) + '😀tail', 40)).toBe('x'.repeat(39) + '…');
    expect(shortened('short', 40)).toBe('short');
  });

  it('is what error messages of an import use for a value and a field name', () => {
    const value = 'y'.repeat(39) + '😀' + 'z'.repeat(100);
    expect(wellFormed(shownValue(value))).toBe(true);
    expect(wellFormed(fieldName(value))).toBe(true);
    expect(() => encodeURIComponent(shownValue(value))).not.toThrow();
  });
});

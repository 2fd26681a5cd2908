import { describe, expect, it } from 'vitest';
import { htmlToText, parseFeedDate } from '../../utils/feeds';
import { cutAtWord, decodeEntities } from '../../utils/feeds/text';

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['<b>bold</b>, <i>it</i>.', 'bold, it.'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<img src=x onerror=alert(1)>after', 'after'],
    ['<img src="x" alt="a > b" onerror="alert(1)">after', 'after'], // '>' inside a quoted value
    ['<script>var s = "</p>";</script>text', 'text'],
    ['<SCRIPT type="x">alert(1)</SCRIPT >text', 'text'],
    ['<style>p { color: red }</style>text', 'text'],
    ['<svg><text>drawn</text></svg>text', 'text'],
    ['text<script>never closed', 'text'],
    ['<!-- note -->text<![CDATA[x]]>', 'text'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['caf&eacute; &#233; &#xE9; &amp;amp; &unknown; &lol9;', 'café é é &amp; &unknown; &lol9;'],
    ['&#0;&#xFFFFFF;&#xD800;', '\ufffd\ufffd\ufffd'],
    ['a\u202Eb\u0007c\u00a0\u00a0d\n\n e', 'abc d e'],
    ['<a href="javascript:alert(1)">link text</a>', 'link text'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
  it('decodes once: an entity that decodes to "&amp;" is not decoded again', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('cutAtWord', () => {
  it('leaves short text, cuts at a word, never splits a surrogate pair', () => {
    expect(cutAtWord('short', 10)).toBe('short');
    expect(cutAtWord('alpha beta gamma delta', 13)).toBe('alpha beta…'); // a space in the final fifth
    expect(cutAtWord('alpha beta gamma delta', 16)).toBe('alpha beta gamm…'); // none: the word is cut
    const emoji = '😀'.repeat(10);
    const c = cutAtWord(emoji, 6);
    expect(c).toBe('😀😀…');
    expect(c.length).toBeLessThanOrEqual(6);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 03 Jun 2025 10:00:00 GMT', '2025-06-03T10:00:00.000Z'],
    ['Tue, 3 Jun 2025 10:00:00 +0200', '2025-06-03T08:00:00.000Z'],
    ['3 June 2025 10:00 EDT', '2025-06-03T14:00:00.000Z'],
    ['Tue, 03 Jun 25 10:00:00 Z', '2025-06-03T10:00:00.000Z'],
    ['2025-06-03T10:00:00Z', '2025-06-03T10:00:00.000Z'],
    ['2025-06-03T10:00:00.123-05:00', '2025-06-03T15:00:00.000Z'],
    ['2025-06-03', '2025-06-03T00:00:00.000Z'],
    ['2025-06-31T00:00:00Z', null],
    ['Tue, 03 Foo 2025 10:00:00 GMT', null],
    ['yesterday', null],
    ['0001-01-01T00:00:00Z', null],
    ['', null],
  ])('%s → %s', (s, iso) => {
    expect(parseFeedDate(s)).toBe(iso);
  });
});

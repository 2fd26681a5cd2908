import { describe, expect, it } from 'vitest';
import { httpUrl } from '../utils/url';

describe('httpUrl', () => {
  it.each([
    ['https://example.com/a#b', 'https://example.com/a#b'],
    ['http://example.com', 'http://example.com/'],
    ['ftp://example.com/file', null],
    ['javascript:alert(1)', null],
    ['chrome-extension://abc/reader.html', null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (input, href) => {
    expect(httpUrl(input)?.href ?? null).toBe(href);
  });
});

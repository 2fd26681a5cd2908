import { describe, expect, it } from 'vitest';
import { normaliseArticleUrl } from '../../utils/feeds';

describe('normaliseArticleUrl', () => {
  it.each([
    ['https://News.Example.COM/Story/One', 'https://news.example.com/Story/One'], // path case kept
    ['https://news.example.com/a#comments', 'https://news.example.com/a'],
    ['https://news.example.com:443/a', 'https://news.example.com/a'],
    ['https://news.example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x', 'https://news.example.com/a'],
    ['https://news.example.com/a?id=7&fbclid=abc&gclid=def&page=2', 'https://news.example.com/a?id=7&page=2'],
    ['https://news.example.com/a?b=2&a=1', 'https://news.example.com/a?b=2&a=1'], // order kept: it can matter
    ['https://news.example.com/a?q=%7Eraw', 'https://news.example.com/a?q=%7Eraw'], // untouched query stays as written
    ['https://news.example.com/a?', 'https://news.example.com/a?'],
    ['javascript:alert(1)', null],
    ['mailto:desk@news.example.com', null],
    ['/relative', null],
    ['', null],
  ])('%s → %s', (input, out) => {
    expect(normaliseArticleUrl(input)).toBe(out);
  });
  it('gives the same key for the same article linked from two feeds', () => {
    expect(normaliseArticleUrl('https://WIRE.example/x?id=1&utm_source=feedA#top')).toBe(normaliseArticleUrl('https://wire.example/x?id=1&utm_source=feedB&mc_cid=9'));
  });
});

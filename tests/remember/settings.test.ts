import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMEMBER_SETTINGS,
  isPaused,
  rememberRefusal,
  sanitizeRememberSettings,
  withPause,
  type RememberSettings,
} from '../../utils/remember/settings';
import { planExpiry } from '../../utils/remember/expiry';

const on = (patch: Partial<RememberSettings> = {}): RememberSettings => ({ ...DEFAULT_REMEMBER_SETTINGS, enabled: true, ...patch });

describe('rememberRefusal', () => {
  it.each([
    ['off by default', DEFAULT_REMEMBER_SETTINGS, 'https://news.example/a', 'off'],
    ['on, every site', on(), 'https://news.example/a', null],
    ['not a web page', on(), 'file:///tmp/a.html', 'not a web page'],
    ['all except a list: a listed site', on({ sites: 'except', list: ['news.example'] }), 'https://www.news.example/a', 'site left out'],
    ['all except a list: its subdomain', on({ sites: 'except', list: ['news.example'] }), 'https://world.news.example/a', 'site left out'],
    ['all except a list: another site', on({ sites: 'except', list: ['news.example'] }), 'https://paper.example/a', null],
    ['only a list: a listed site', on({ sites: 'only', list: ['paper.example'] }), 'https://paper.example/a', null],
    ['only a list: another site', on({ sites: 'only', list: ['paper.example'] }), 'https://news.example/a', 'site not listed'],
    ['only a list, empty', on({ sites: 'only' }), 'https://news.example/a', 'site not listed'],
    ['paused beats the list', on({ sites: 'only', list: ['paper.example'], paused: ['paper.example'] }), 'https://paper.example/a', 'paused on this site'],
    ['a site that only ends alike is another site', on({ sites: 'except', list: ['news.example'] }), 'https://badnews.example/a', null],
  ])('%s', (_name, settings, url, expected) => {
    expect(rememberRefusal(settings, url)).toBe(expected);
  });
});

describe('pausing a site', () => {
  it('pauses the page’s site and resumes it (also a pause of its parent site)', () => {
    const paused = withPause(on(), 'https://www.news.example/a?x=1', true);
    expect(paused.paused).toEqual(['news.example']);
    expect(isPaused(paused, 'https://news.example/other')).toBe(true);
    expect(isPaused(paused, 'https://paper.example/')).toBe(false);
    expect(withPause(paused, 'https://world.news.example/b', false).paused).toEqual([]);
  });
});

describe('sanitizeRememberSettings', () => {
  it('reads junk as the default (off) and clamps the limits', () => {
    expect(sanitizeRememberSettings(null)).toEqual(DEFAULT_REMEMBER_SETTINGS);
    expect(sanitizeRememberSettings({ enabled: 'yes' }).enabled).toBe(false);
    const s = sanitizeRememberSettings({ enabled: true, sites: 'only', list: ['HTTPS://Paper.Example/x', 7, 'paper.example'], keepDays: 0, maxDocs: 1e9 });
    expect(s).toMatchObject({ enabled: true, sites: 'only', list: ['paper.example'], keepDays: 1, maxDocs: 20_000 });
    expect(sanitizeRememberSettings({ keepDays: Number.NaN }).keepDays).toBe(90);
  });
});

describe('planExpiry', () => {
  const now = new Date('2025-08-01T00:00:00.000Z');
  const day = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
  const c = (id: string, daysAgo: number) => ({ id, rememberedAt: day(daysAgo) });

  it.each([
    ['nothing remembered', [], 90, 2000, []],
    ['all young, under the cap', [c('a', 1), c('b', 89)], 90, 2000, []],
    ['older than the limit', [c('a', 1), c('b', 91), c('c', 200)], 90, 2000, ['c', 'b']],
    ['exactly at the limit stays', [c('a', 90)], 90, 2000, []],
    ['over the count: the oldest go', [c('a', 1), c('b', 2), c('c', 3), c('d', 4)], 90, 2, ['d', 'c']],
    ['both: old first, then the count', [c('a', 1), c('b', 2), c('c', 3), c('old', 100)], 90, 1, ['old', 'c', 'b']],
    ['a cap of 0 removes every candidate', [c('a', 1)], 90, 0, ['a']],
  ])('%s', (_n, candidates, keepDays, maxDocs, expected) => {
    expect(planExpiry(candidates, { now, keepDays, maxDocs })).toEqual(expected);
  });
});

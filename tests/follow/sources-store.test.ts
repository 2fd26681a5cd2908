// What is read back from storage for followed sources is always valid, whatever was stored, and
// concurrent updates of the list never lose one another. Back-off arithmetic and Retry-After.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_SETTINGS,
  IDLE_PROGRESS,
  memoryFollowState,
  sanitizeFollowSettings,
  sanitizeProgress,
  sanitizeSources,
} from '../../utils/follow/sources-store';
import { backoffMs, notBeforeAfterFailure, parseRetryAfter } from '../../utils/follow/backoff';
import { FETCH_HISTORY_LENGTH } from '../../utils/follow/types';
import { source } from './fixtures';

describe('sanitize', () => {
  it('settings: defaults 60 min, 14 days, 50 a run; out-of-range values clamped, junk replaced', () => {
    expect(DEFAULT_FOLLOW_SETTINGS).toEqual({ intervalMinutes: 60, keepDays: 14, perRunCap: 50 });
    expect(sanitizeFollowSettings(null)).toEqual(DEFAULT_FOLLOW_SETTINGS);
    expect(sanitizeFollowSettings({ intervalMinutes: 1, keepDays: 9999, perRunCap: 10.4 })).toEqual({ intervalMinutes: 15, keepDays: 365, perRunCap: 10 });
    expect(sanitizeFollowSettings({ intervalMinutes: '30', keepDays: NaN, perRunCap: -5 })).toEqual({ intervalMinutes: 60, keepDays: 14, perRunCap: 1 });
  });

  it('sources: drops what has no http(s) address, keeps each address once, caps the history', () => {
    const good = source('https://a.example/feed', { history: Array.from({ length: 15 }, (_, i) => ({ at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), items: 1, stored: 1, summaries: 0, duplicates: 0, skipped: 0, error: null })) });
    const out = sanitizeSources([good, { ...good, name: 'again' }, { url: 'javascript:alert(1)', feedUrl: 'https://x.example' }, 'junk', null, { ...source('https://b.example/'), name: '', articlesStored: -3, failures: 'x', lastError: 42 }]);
    expect(out.map((s) => s.url)).toEqual(['https://a.example/feed', 'https://b.example/']);
    expect(out[0].history).toHaveLength(FETCH_HISTORY_LENGTH);
    expect(out[1]).toMatchObject({ name: 'b.example', articlesStored: 0, failures: 0, lastError: null });
    expect(sanitizeSources({})).toEqual([]);
  });

  it('progress: anything else reads as idle', () => {
    expect(sanitizeProgress('x')).toEqual(IDLE_PROGRESS);
    expect(sanitizeProgress({ running: 'yes', stored: 3, message: 7 })).toEqual({ ...IDLE_PROGRESS, stored: 3 });
  });

  it('queued updates of the list never overwrite one another', async () => {
    const state = memoryFollowState();
    const add = (u: string) => state.updateSources((l) => [...l, source(u)]);
    await Promise.all([add('https://a.example/'), add('https://b.example/'), add('https://c.example/')]);
    expect((await state.loadSources()).map((s) => s.url)).toEqual(['https://a.example/', 'https://b.example/', 'https://c.example/']);
  });
});

describe('back-off', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  it('doubles from 15 minutes per consecutive failure, up to a day', () => {
    expect([1, 2, 3, 4, 7, 8, 30].map((n) => backoffMs(n) / 60_000)).toEqual([15, 30, 60, 120, 960, 1440, 1440]);
    expect(backoffMs(0)).toBe(0);
  });
  it('reads Retry-After as seconds or an HTTP date, never in the past, at most a week ahead', () => {
    expect(parseRetryAfter('120', now)?.toISOString()).toBe('2026-03-10T12:02:00.000Z');
    expect(parseRetryAfter('Tue, 10 Mar 2026 15:00:00 GMT', now)?.toISOString()).toBe('2026-03-10T15:00:00.000Z');
    expect(parseRetryAfter('Mon, 09 Mar 2026 15:00:00 GMT', now)?.toISOString()).toBe(now.toISOString());
    expect(parseRetryAfter('99999999999', now)?.toISOString()).toBe('2026-03-17T12:00:00.000Z');
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
  it('waits for the later of the back-off and the server’s Retry-After', () => {
    expect(notBeforeAfterFailure(1, now, new Date('2026-03-10T14:00:00.000Z'))).toBe('2026-03-10T14:00:00.000Z');
    expect(notBeforeAfterFailure(2, now, new Date('2026-03-10T12:05:00.000Z'))).toBe('2026-03-10T12:30:00.000Z');
  });
});

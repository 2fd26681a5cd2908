// The "Sources you follow" section rendered with Preact into a linkedom document, against a fake
// of the storage and the background: the contract's hooks, what a row says, that feed text stays
// text, and that settings out of bounds are refused without saving.
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FollowSources } from '../../components/follow/FollowSources';
import { runSummary } from '../../components/follow/SourceRow';
import type { FollowApi } from '../../utils/follow/follow-api';
import type { FetchProgress, FollowedSource, FollowSettings } from '../../utils/follow/types';
import { timeAgo } from '../../utils/follow/time-words';

const EVIL = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const NOW = new Date('2026-12-06T03:20:00Z');

function source(over: Partial<FollowedSource> = {}): FollowedSource {
  return {
    url: 'http://127.0.0.1:8000/feed.xml',
    feedUrl: 'http://127.0.0.1:8000/feed.xml',
    name: 'Valley Courier',
    addedAt: '2026-12-06T02:00:00Z',
    lastFetchAt: '2026-12-06T03:00:00Z',
    lastError: null,
    articlesStored: 4,
    failures: 0,
    notBefore: null,
    history: [{ at: '2026-12-06T03:00:00Z', items: 6, stored: 3, summaries: 1, duplicates: 2, skipped: 0, error: null }],
    ...over,
  };
}

function fakeApi(initial: FollowedSource[] = []) {
  let sources = [...initial];
  let settings: FollowSettings = { intervalMinutes: 60, keepDays: 14, perRunCap: 50 };
  let progress: FetchProgress | null = null;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const api: FollowApi = {
    listSources: async () => sources,
    loadSettings: async () => settings,
    saveSettings: vi.fn(async (next: FollowSettings) => (settings = next)),
    loadProgress: async () => progress,
    watch: (l) => (listeners.add(l), () => listeners.delete(l)),
    follow: vi.fn(async (url: string) => {
      if (url.includes('not-a-feed')) return { ok: false as const, error: 'that page is HTML and names no feed' };
      const s = source({ url, feedUrl: url, name: `Feed at ${url}`, lastFetchAt: null, history: [], articlesStored: 0 });
      sources = [...sources, s];
      return { ok: true as const, source: s };
    }),
    unfollow: vi.fn(async (url: string) => {
      sources = sources.filter((s) => s.url !== url);
      return { ok: true as const };
    }),
    fetchNow: vi.fn(async () => {
      progress = { running: false, startedAt: NOW.toISOString(), finishedAt: NOW.toISOString(), sourcesDone: sources.length, sourcesTotal: sources.length, stored: 2, message: 'Fetched 1 source: 2 new articles.', error: null };
      return { ok: true as const, progress };
    }),
  };
  return { api, changed, setProgress: (p: FetchProgress) => ((progress = p), changed()), setSources: (s: FollowedSource[]) => ((sources = s), changed()) };
}

async function setup(api: FollowApi) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  const root = document.getElementById('root')! as unknown as HTMLElement;
  await act(async () => render(<FollowSources api={api} limits={{ intervalMinutes: [15, 1440], keepDays: [1, 365] }} now={() => NOW} />, root as unknown as Element));
  await act(async () => {});
  return { root, document };
}

/** linkedom does not submit a form on a button's click: the submit event is what the button would fire. */
const submit = (root: HTMLElement) => act(async () => void q(root, '[data-testid="follow-add"]')!.closest('form')!.dispatchEvent(new (globalThis as any).window.Event('submit', { cancelable: true })));
const flush = () => act(async () => {});
const q = (root: HTMLElement, sel: string) => root.querySelector(sel) as HTMLElement | null;

function type(input: HTMLInputElement, value: string, event = 'input') {
  input.value = value;
  input.dispatchEvent(new (globalThis as any).window.Event(event, { bubbles: true }));
}

describe('FollowSources', () => {
  it('says what following does, and that nothing is followed by default', async () => {
    const { root } = await setup(fakeApi().api);
    expect(q(root, '#follow h2')!.textContent).toBe('Sources you follow');
    const what = q(root, '#fs-what')!.textContent!.replace(/\s+/g, ' ');
    expect(what).toMatch(/no cookies/);
    expect(what).toMatch(/nothing about what you read is sent/);
    expect(what).toMatch(/every 60 minutes/);
    expect(q(root, '[data-testid="follow-none"]')).not.toBeNull();
    expect(root.querySelectorAll('[data-testid="source-row"]')).toHaveLength(0);
    expect((q(root, '[data-testid="fetch-now"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('follows an address as entered, lists it, and unfollows it', async () => {
    const fake = fakeApi();
    const { root } = await setup(fake.api);
    type(q(root, '[data-testid="follow-source"]') as HTMLInputElement, '  http://127.0.0.1:8000/atom.xml ');
    await flush();
    await submit(root);
    await flush();
    expect(fake.api.follow).toHaveBeenCalledWith('http://127.0.0.1:8000/atom.xml');
    const row = q(root, '[data-testid="source-row"]')!;
    expect(row.getAttribute('data-url')).toBe('http://127.0.0.1:8000/atom.xml');
    expect(row.textContent).toContain('Not fetched yet');
    expect(q(root, '[data-testid="follow-message"]')!.getAttribute('role')).toBe('status');
    await act(async () => q(row, '[data-testid="unfollow"]')!.click());
    await flush();
    expect(fake.api.unfollow).toHaveBeenCalledWith('http://127.0.0.1:8000/atom.xml');
    expect(root.querySelectorAll('[data-testid="source-row"]')).toHaveLength(0);
    expect(q(root, '[data-testid="follow-message"]')!.textContent).toMatch(/Stopped following .*stay in your library/);
  });

  it('a refused follow is an alert in plain words, and nothing is listed', async () => {
    const { root } = await setup(fakeApi().api);
    type(q(root, '[data-testid="follow-source"]') as HTMLInputElement, 'http://127.0.0.1:8000/not-a-feed');
    await flush();
    await submit(root);
    await flush();
    const msg = q(root, '[data-testid="follow-message"]')!;
    expect(msg.getAttribute('role')).toBe('alert');
    expect(msg.textContent).toBe('Not followed: that page is HTML and names no feed');
    expect(root.querySelectorAll('[data-testid="source-row"]')).toHaveLength(0);
  });

  it('a row shows name, last fetch (relative and exact), articles, last error and the last runs; feed text stays text', async () => {
    const failed = source({
      url: 'http://127.0.0.1:8000/broken.xml',
      name: `Broken ${EVIL}`,
      lastError: `the feed is not well-formed XML ${EVIL}`,
      history: [{ at: '2026-12-06T03:00:00Z', items: 0, stored: 0, summaries: 0, duplicates: 0, skipped: 0, error: 'the feed is not well-formed XML' }],
      articlesStored: 0,
    });
    const { root } = await setup(fakeApi([source(), failed]).api);
    const rows = root.querySelectorAll('[data-testid="source-row"]');
    expect(rows).toHaveLength(2);
    const ok = rows[0] as HTMLElement;
    expect(q(ok, '[data-testid="source-name"]')!.textContent).toBe('Valley Courier');
    expect(q(ok, '[data-testid="source-last-fetch"]')!.textContent).toMatch(/^Last fetched 20 min ago \(.*2026.*\)$/);
    expect(q(ok, 'time')!.getAttribute('datetime')).toBe('2026-12-06T03:00:00Z');
    expect(q(ok, '[data-testid="source-articles"]')!.textContent).toBe('4 articles stored from it');
    expect(q(ok, '[data-testid="source-error"]')).toBeNull();
    expect(q(ok, '[data-testid="source-history"]')!.textContent).toContain('6 items: 3 new, 1 summary only, 2 already stored');
    const bad = rows[1] as HTMLElement;
    expect(q(bad, '[data-testid="source-error"]')!.textContent).toBe(`Last fetch failed: the feed is not well-formed XML ${EVIL}`);
    expect(q(bad, '[data-testid="source-name"]')!.textContent).toBe(`Broken ${EVIL}`);
    expect(root.querySelectorAll('img, script, b')).toHaveLength(0);
  });

  it('fetch now: progress in role=status while the run goes, the outcome after; a failure is an alert', async () => {
    const fake = fakeApi([source()]);
    const { root } = await setup(fake.api);
    await act(async () => fake.setProgress({ running: true, startedAt: NOW.toISOString(), finishedAt: null, sourcesDone: 0, sourcesTotal: 1, stored: 0, message: 'Fetching 1 of 1 sources…', error: null }));
    await flush();
    let status = q(root, '[data-testid="fetch-status"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Fetching 1 of 1 sources…');
    expect((q(root, '[data-testid="fetch-now"]') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => fake.setProgress({ running: false, startedAt: NOW.toISOString(), finishedAt: NOW.toISOString(), sourcesDone: 1, sourcesTotal: 1, stored: 0, message: '', error: 'every source failed' }));
    await flush();
    status = q(root, '[data-testid="fetch-status"]')!;
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.textContent).toBe('every source failed');
    await act(async () => q(root, '[data-testid="fetch-now"]')!.click());
    await flush();
    expect(fake.api.fetchNow).toHaveBeenCalledTimes(1);
    status = q(root, '[data-testid="fetch-status"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toMatch(/^Fetched 1 source: 2 new articles\. Finished just now \(.*2026.*\)\.$/);
  });

  it('settings: a value out of bounds is refused in words and not saved; a valid one is saved', async () => {
    const fake = fakeApi();
    const { root } = await setup(fake.api);
    const interval = q(root, '[data-testid="follow-interval"]') as HTMLInputElement;
    type(interval, '2', 'change');
    await flush();
    expect(q(root, '[data-testid="follow-settings-error"]')!.textContent).toMatch(/from 15 to 1,440 minutes\. Not saved\./);
    expect(fake.api.saveSettings).not.toHaveBeenCalled();
    type(interval, '30.5', 'change');
    await flush();
    expect(fake.api.saveSettings).not.toHaveBeenCalled();
    type(interval, '30', 'change');
    await flush();
    expect(fake.api.saveSettings).toHaveBeenCalledWith({ intervalMinutes: 30, keepDays: 14, perRunCap: 50 });
    expect(q(root, '[data-testid="follow-settings-error"]')).toBeNull();
    expect(q(root, '#fs-what')!.textContent).toMatch(/every 30 minutes/);
    type(q(root, '[data-testid="follow-keep-days"]') as HTMLInputElement, '0', 'change');
    await flush();
    expect(q(root, '[data-testid="follow-settings-error"]')!.textContent).toMatch(/from 1 to 365 days/);
  });

  it('reads the storage once on open, not on every render (with the default clock)', async () => {
    const fake = fakeApi([source()]);
    const listSources = vi.spyOn(fake.api, 'listSources');
    const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
    const root = document.getElementById('root')!;
    await act(async () => render(<FollowSources api={fake.api} limits={{ intervalMinutes: [15, 1440], keepDays: [1, 365] }} />, root as unknown as Element));
    for (let i = 0; i < 20; i++) await flush();
    expect(root.querySelectorAll('[data-testid="source-row"]')).toHaveLength(1);
    expect(listSources).toHaveBeenCalledTimes(1);
    // A change in storage is one more read.
    await act(async () => fake.changed());
    for (let i = 0; i < 5; i++) await flush();
    expect(listSources).toHaveBeenCalledTimes(2);
  });

  it('runSummary and timeAgo in words', () => {
    expect(runSummary({ at: '', items: 1, stored: 1, summaries: 0, duplicates: 0, skipped: 0, error: null })).toBe('1 item: 1 new');
    expect(runSummary({ at: '', items: 0, stored: 0, summaries: 0, duplicates: 0, skipped: 0, error: 'the feed answered 503' })).toBe('Failed: the feed answered 503');
    expect(timeAgo('2026-12-06T03:19:30Z', NOW)).toBe('just now');
    expect(timeAgo('2026-12-06T01:10:00Z', NOW)).toBe('2 h ago');
    expect(timeAgo('2026-12-05T01:10:00Z', NOW)).toBe('yesterday');
    expect(timeAgo('2026-12-01T01:10:00Z', NOW)).toBe('5 days ago');
    expect(timeAgo('2026-12-06T04:00:00Z', NOW)).toBe('just now');
  });
});

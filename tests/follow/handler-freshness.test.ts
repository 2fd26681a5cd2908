// The background adds Report.freshness to an analysis (issue 22 item 3): how many covering
// articles came from followed feeds, from how many feeds, and when the sources were last fetched.
// A real corpus source on fake-indexeddb; the three fetched articles are the browser tests' own.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../utils/background/handler';
import { openCorpusSource } from '../../utils/background/corpus-source';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { memoryFollowState } from '../../utils/follow/sources-store';
import type { FollowedSource } from '../../utils/follow/types';

const text = (file: string) => readFileSync(new URL(`../fixtures/follow/${file}`, import.meta.url), 'utf8').trim();
const SENDER = { id: 'ext-id', tab: { id: 3 } };
const feed = (name: string) => `http://127.0.0.1:9000/feeds/${name}`;
const source = (name: string, lastFetchAt: string | null): FollowedSource => ({
  url: feed(name), feedUrl: feed(name), name, addedAt: '2026-12-06T00:00:00Z', lastFetchAt, lastError: null, articlesStored: 1, failures: 0, notBefore: null, history: [],
});

async function setup(sources: FollowedSource[]) {
  globalThis.indexedDB = new IDBFactory();
  const store = await CorpusStore.open();
  const fetched = [
    ['valley-courier-bridge.txt', 'Valley Courier', 'valley.rss'],
    ['northern-post-bridge.txt', 'Northern Post', 'northern.atom'],
    ['lakeside-herald-bridge.txt', 'Lakeside Herald', 'lakeside.json'],
  ] as const;
  for (const [file, outlet, name] of fetched) {
    const t = text(file);
    const r = await store.addDocument({ id: `f_${name.replace('.', '_')}`, outlet, outletNamed: true, headline: t.split('\n')[0]!, date: '2026-12-05', lang: 'en', text: t, url: `http://127.0.0.1:9000/${name}/article`, fetchedFrom: feed(name) });
    expect(r.status).toBe('stored');
  }
  store.close();
  const bg = createBackground({
    openCorpus: () => openCorpusSource(loadSeedDocs()),
    browser: { runtime: { id: 'ext-id' }, tabs: { query: vi.fn(async () => []), sendMessage: vi.fn() } } as never,
    follow: { fetch: vi.fn(), extract: vi.fn(), state: memoryFollowState({ sources }) } as never,
  });
  return bg;
}

function analyze(bg: ReturnType<typeof createBackground>, file: string): Promise<any> {
  const t = text(file);
  return new Promise((resolve) => bg.onMessage({ type: 'analyze', title: t.split('\n')[0], text: t, url: 'http://127.0.0.1:9000/riverside' }, SENDER, resolve));
}

describe('the analysis names the followed sources its coverage came from', () => {
  it('counts the fetched covering articles and their feeds, and the last fetch', async () => {
    const bg = await setup([source('valley.rss', '2026-12-06T03:00:00.000Z'), source('northern.atom', '2026-12-06T03:10:00.000Z'), source('lakeside.json', null), source('other.rss', '2026-12-06T02:00:00.000Z')]);
    const reply = await analyze(bg, 'riverside-gazette-bridge.txt');
    expect(reply.ok).toBe(true);
    expect(reply.report.coverage.map((d: { source: string }) => d.source).sort()).toEqual(['f_lakeside_json', 'f_northern_atom', 'f_valley_rss']);
    expect(reply.report.freshness).toEqual({ fetchedArticles: 3, fetchedSources: 3, following: 4, lastFetchAt: '2026-12-06T03:10:00.000Z' });
  });

  it('a page on another story: no fetched coverage, but the sources followed and their freshness', async () => {
    const bg = await setup([source('valley.rss', '2026-12-06T03:00:00.000Z')]);
    const seed = loadSeedDocs()[1]!;
    const reply = await new Promise<any>((resolve) => bg.onMessage({ type: 'analyze', title: seed.headline, text: seed.text, url: 'http://127.0.0.1/seed' }, SENDER, resolve));
    expect(reply.report.coverage.length).toBeGreaterThan(0);
    expect(reply.report.freshness).toEqual({ fetchedArticles: 0, fetchedSources: 0, following: 1, lastFetchAt: '2026-12-06T03:00:00.000Z' });
  });

  it('nothing followed and nothing fetched covering: no freshness at all', async () => {
    const bg = await setup([]);
    const seed = loadSeedDocs()[1]!;
    const reply = await new Promise<any>((resolve) => bg.onMessage({ type: 'analyze', title: seed.headline, text: seed.text, url: 'http://127.0.0.1/seed' }, SENDER, resolve));
    expect(reply.report.freshness).toBeUndefined();
  });
});

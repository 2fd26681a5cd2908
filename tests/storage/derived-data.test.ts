// The derived-data cache on disk (schema v7, issue 21), over fake-indexeddb: a cold start loads
// its documents with the features a warm background kept and gets the same reports; the cache
// stays within its limits (documents and characters), oldest out first; a document that leaves
// the search index (deleted, expired, hidden, changed) leaves the cache in the same transaction;
// a copy of another format is never used.
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { useFreshIndexedDb, exportedDoc } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { DERIVED_FORMAT, indexText, storeSource } from '../../utils/background/corpus-source';
import { analyzePage, type PageInput } from '../../utils/engine';
import type { LookupStats } from '../../utils/engine/index/page-retrieval';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus';
import type { CorpusSchema } from '../../utils/storage/schema';
import type { DerivedDataRecord } from '../../utils/storage/types';

useFreshIndexedDb();

let store: CorpusStore | undefined;
afterEach(() => store?.close());

const seeds = loadSeedDocs();
const library = () => generateCorpus({ size: 160, seeds, nearDuplicateRate: 0, syndicationRate: 0 }).docs.filter((d) => !seeds.some((s) => s.id === d.id) && !d.id.startsWith('syn-00000'));
const seedPages = (): PageInput[] => seeds.map((d) => ({ title: d.headline, text: d.text }));

/** Every record of the cache, read directly. */
async function records(name = 't'): Promise<DerivedDataRecord[]> {
  const db = await openDB<CorpusSchema>(name);
  try {
    return await db.getAll('derivedData');
  } finally {
    db.close();
  }
}

async function openLibrary(): Promise<CorpusStore> {
  const s = await CorpusStore.open('t', { indexer: indexText });
  await s.ensureSeeds(seeds);
  await s.importDocuments(library().map((d) => ({ ...d, addedAt: '2025-05-01T00:00:00.000Z', source: 'user' as const, hidden: false })));
  return s;
}

/** A background life over `s`: answers each page as the background does (index, then `answered`). */
async function answer(s: CorpusStore, pages: PageInput[]): Promise<{ reports: string[]; stats: LookupStats[] }> {
  const src = storeSource(s);
  const built = await src.buildIndex(await src.revision());
  const reports: string[] = [];
  const stats: LookupStats[] = [];
  for (const page of pages) {
    reports.push(JSON.stringify(analyzePage(page, await src.indexFor!(built, page))));
    stats.push({ ...src.lastIndexLoad()!.lastPage! });
    await src.answered!();
  }
  return { reports, stats };
}

describe('the derived-data cache on disk (v7)', () => {
  it('a cold start restores what a warm one kept, and answers every page the same', async () => {
    store = await openLibrary();
    const warm = await answer(store, seedPages());
    const kept = await records();
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.every((r) => r.format === DERIVED_FORMAT && r.chars === r.data.length)).toBe(true);
    // Another background life (the worker was stopped): a new cache, the same store.
    const cold = await answer(store, seedPages());
    expect(cold.reports).toEqual(warm.reports);
    // The same pages load the same documents: each kept copy is restored once (then held in memory).
    expect(cold.stats.reduce((n, s) => n + s.restored, 0)).toBe(kept.length);
    // The first life derived them; this one only restored them.
    expect(warm.stats.reduce((n, s) => n + s.restored, 0)).toBe(0);
  }, 120_000);

  it('stays within its limits, the oldest out first, and keeps nothing for a document no longer stored', async () => {
    store = await CorpusStore.open('t');
    await store.importDocuments([1, 2, 3, 4, 5].map((i) => exportedDoc(i)));
    const data = (n: number) => 'x'.repeat(n);
    await store.saveDerivedData([{ id: 'doc-1', data: data(100) }], 'f');
    await new Promise((r) => setTimeout(r, 5));
    await store.saveDerivedData([{ id: 'doc-2', data: data(100) }, { id: 'doc-9', data: data(100) }], 'f', { docs: 3, chars: 1000 });
    expect((await records()).map((r) => r.id).sort()).toEqual(['doc-1', 'doc-2']); // doc-9 is not stored
    await new Promise((r) => setTimeout(r, 5));
    await store.saveDerivedData([{ id: 'doc-3', data: data(100) }, { id: 'doc-4', data: data(100) }], 'f', { docs: 3, chars: 1000 });
    expect((await records()).map((r) => r.id).sort()).toEqual(['doc-2', 'doc-3', 'doc-4']); // count: doc-1 was oldest
    await new Promise((r) => setTimeout(r, 5));
    await store.saveDerivedData([{ id: 'doc-5', data: data(850) }], 'f', { docs: 3, chars: 1000 });
    expect((await records()).map((r) => r.id).sort()).toEqual(['doc-4', 'doc-5']); // characters: 100 + 850 ≤ 1000 < 1050
    // Written again, a document is young again.
    await new Promise((r) => setTimeout(r, 5));
    await store.saveDerivedData([{ id: 'doc-4', data: data(100) }, { id: 'doc-1', data: data(300) }], 'f', { docs: 3, chars: 1000 });
    expect((await records()).map((r) => r.id).sort()).toEqual(['doc-1', 'doc-4']);
  });

  it('a document that leaves the search index leaves the cache: deleted, expired, hidden, renamed', async () => {
    store = await openLibrary();
    await answer(store, seedPages());
    const ids = (await records()).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    const [deleted, hidden, renamed] = ids.filter((id) => !seeds.some((s) => s.id === id));
    expect(await store.deleteDocument(deleted)).toBe(true);
    expect(await store.setHidden(hidden, true)).toBe(true);
    expect(await store.setOutlet(renamed, 'Another Name')).toBe(true);
    const left = (await records()).map((r) => r.id);
    expect(left).not.toContain(deleted);
    expect(left).not.toContain(hidden);
    expect(left).not.toContain(renamed);
    expect(left.length).toBe(ids.length - 3);
    // A write racing the deletion keeps nothing for it either.
    await store.saveDerivedData([{ id: deleted, data: '{}' }], DERIVED_FORMAT);
    expect((await records()).map((r) => r.id)).not.toContain(deleted);
  }, 120_000);

  it('expiry takes a remembered article out of the cache with it', async () => {
    store = await CorpusStore.open('t', { indexer: indexText });
    await store.importDocuments([exportedDoc(1, { remembered: true, addedAt: '2025-01-01T00:00:00.000Z' }), exportedDoc(2)]);
    const src = storeSource(store);
    await src.buildIndex(await src.revision());
    await store.saveDerivedData([{ id: 'doc-1', data: '{}' }, { id: 'doc-2', data: '{}' }], DERIVED_FORMAT);
    expect(await store.expireRemembered({ now: new Date('2025-06-01T00:00:00Z'), keepDays: 30, maxDocs: 100 })).toEqual(['doc-1']);
    expect((await records()).map((r) => r.id)).toEqual(['doc-2']);
  });

  it('a copy of another format is not used, and a write under a new format empties the cache first', async () => {
    store = await openLibrary();
    await answer(store, seedPages().slice(0, 1));
    const [one] = await records();
    expect((await store.loadPosted([one.id], DERIVED_FORMAT)).get(one.id)?.derived).toBe(one.data);
    expect((await store.loadPosted([one.id], 'another format')).get(one.id)?.derived).toBeUndefined();
    expect((await store.loadPosted([one.id])).get(one.id)?.derived).toBeUndefined();
    await store.saveDerivedData([{ id: one.id, data: '{}' }], 'another format');
    expect((await records()).map((r) => [r.id, r.format])).toEqual([[one.id, 'another format']]);
  }, 120_000);
});

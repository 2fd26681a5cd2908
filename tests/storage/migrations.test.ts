// Every schema version's data, opened by the current code: nothing lost, new fields filled in.
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { useFreshIndexedDb, newDoc } from './helpers';
import { DB_VERSION, MIGRATIONS, runMigrations } from '../../utils/storage/migrations';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { fingerprint } from '../../utils/storage/fingerprint';
import type { CorpusSchema } from '../../utils/storage/schema';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';

useFreshIndexedDb();

let store: CorpusStore | undefined;
afterEach(() => store?.close());

/** Opens the database exactly as a release with schema `version` would have left it. */
async function openAtVersion(name: string, version: number) {
  return openDB<CorpusSchema>(name, version, {
    upgrade: (db, oldVersion, newVersion, tx) => runMigrations(db, oldVersion, newVersion, tx),
  });
}

const seeds = loadSeedDocs();

/** Documents as schema v1 stored them: CorpusDoc + addedAt + source, nothing else. */
function v1Docs() {
  return [
    ...seeds.map((s) => ({ ...s, addedAt: '2025-05-01T00:00:00.000Z', source: 'seed' as const })),
    { ...newDoc(1), id: 'u_one', url: 'https://paper.example/a?utm_source=feed', addedAt: '2025-05-02T10:00:00.000Z', source: 'user' as const },
    { ...newDoc(2), id: 'u_two', addedAt: '2025-05-03T10:00:00.000Z', source: 'user' as const },
  ];
}

/** Documents as schema v2 stored them: with fingerprints and the hidden flag. */
function v2Docs() {
  return v1Docs().map((d, i) => {
    const fp = fingerprint(d.text, d.url);
    return {
      ...d,
      hidden: i === 0, // a seed the reader hid
      contentHash: fp.contentHash,
      minhash: fp.minhash,
      bands: fp.bands,
      ...(fp.urlKey ? { urlKey: fp.urlKey } : {}),
    };
  });
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order, and DB_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('a fresh install runs every step and has every store', async () => {
    store = await CorpusStore.open('fresh');
    store.close();
    const db = await openDB('fresh');
    expect([...db.objectStoreNames].sort()).toEqual(['derivedData', 'docFreq', 'documents', 'indexEntries', 'meta', 'postings', 'trash']);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it.each([
    { from: 1, fixture: v1Docs },
    { from: 2, fixture: v2Docs },
    { from: 3, fixture: v2Docs },
    { from: 4, fixture: v2Docs },
    { from: 5, fixture: v2Docs },
    { from: 6, fixture: v2Docs },
    // The current schema: opening it again must change nothing either.
    { from: 7, fixture: v2Docs },
  ])('schema v$from data opened by the current code: every document kept, fields backfilled', async ({ from, fixture }) => {
    const old = await openAtVersion('old', from);
    const docs = fixture();
    const tx = old.transaction(['documents', 'meta'], 'readwrite');
    for (const d of docs) await tx.objectStore('documents').put(d as never);
    await tx.objectStore('meta').put(7, 'revision');
    await tx.done;
    old.close();

    store = await CorpusStore.open('old');
    const after = await store.listDocuments();
    expect(after.map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
    for (const d of docs) {
      const got = after.find((a) => a.id === d.id)!;
      // Everything the old version stored is still there, unchanged.
      expect(got).toMatchObject(d);
      expect(got.contentHash).toBe(fingerprint(d.text).contentHash);
      expect(got.bands).toHaveLength(16);
      expect(typeof got.hidden).toBe('boolean');
    }
    expect(after.find((d) => d.id === seeds[0].id)!.hidden).toBe(from >= 2);
    expect(after.find((d) => d.id === 'u_one')!.urlKey).toBe('https://paper.example/a');
    expect(await store.revision()).toBe(7);
    // Backfilled fingerprints work: a copy of a migrated document is recognised.
    expect(await store.addDocument({ ...newDoc(3), url: 'https://paper.example/a' })).toMatchObject({ status: 'duplicate', of: 'u_one' });
    expect(await store.addDocument({ ...newDoc(4), text: newDoc(2).text })).toMatchObject({ status: 'duplicate', of: 'u_two' });
    // And the stores added later work.
    await store.deleteDocument('u_two');
    expect(await store.restoreDocument('u_two')).toEqual({ status: 'stored', id: 'u_two' });
    const entry = { id: 'u_one', termsRevision: 'r', textLength: 1, entry: { fingerprint: 'f', spans: [0, 1], terms: [['t']] } };
    await store.saveIndexEntries([entry]);
    expect(await store.listIndexEntries()).toEqual([entry]);
    // v7: the derived-data cache starts empty and keeps what is saved.
    await store.saveDerivedData([{ id: 'u_one', data: '{"x":1}' }], 'format-1');
    expect((await store.loadPosted(['u_one'], 'format-1')).size).toBe(0); // not searchable: no entry posted
    // v4: nothing stored before it was remembered, so nothing may expire.
    expect(after.every((d) => d.remembered === undefined && d.expiryKey === undefined)).toBe(true);
    expect(await store.expireRemembered({ now: new Date('2099-01-01T00:00:00Z'), keepDays: 1, maxDocs: 0 })).toEqual([]);
    expect(await store.count()).toBe(docs.length);
  });

  it('v5 deletes v3\'s whole-corpus index snapshot store (derived data) and keeps every document', async () => {
    const old = await openAtVersion('snap', 4);
    const tx = old.transaction(['documents', 'indexSnapshots' as never], 'readwrite');
    for (const d of v2Docs()) await tx.objectStore('documents').put(d as never);
    await tx.objectStore('indexSnapshots' as never).put({ version: 'corpus-index-v2:terms-x:7', savedAt: '2025-05-01T00:00:00.000Z', data: { big: 1 } } as never);
    await tx.done;
    old.close();
    store = await CorpusStore.open('snap');
    expect((await store.listDocuments()).length).toBe(v2Docs().length);
    expect(await store.listIndexEntries()).toEqual([]);
    store.close();
    const db = await openDB('snap');
    expect([...db.objectStoreNames]).not.toContain('indexSnapshots');
    expect([...db.objectStoreNames]).toContain('indexEntries');
    db.close();
  });

  it('each step alone: running steps one version at a time gives the same result as all at once', async () => {
    const stepwise = await openAtVersion('stepwise', 1);
    await stepwise.put('documents', v1Docs()[5] as never);
    stepwise.close();
    for (let v = 2; v <= DB_VERSION; v++) (await openAtVersion('stepwise', v)).close();
    const all = await openAtVersion('allatonce', DB_VERSION);
    const a = await openDB('stepwise');
    const stores = (db: typeof a) =>
      [...db.objectStoreNames].sort().map((n) => {
        const s = db.transaction(n).objectStore(n);
        return { n, keyPath: s.keyPath, indexes: [...s.indexNames].sort().map((i) => [i, s.index(i).keyPath, s.index(i).multiEntry]) };
      });
    expect(stores(a)).toEqual(stores(all as never));
    expect((await a.get('documents', 'u_one')).contentHash).toBeTruthy();
    a.close();
    all.close();
  });
});

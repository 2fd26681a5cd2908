// The background's index from the stored documents and their per-document index entries
// (schema v5), over fake-indexeddb: entries are written for documents indexed from their text,
// reused at the next start, never used when stale or damaged, and the index built from them is
// the one a fresh build gives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFreshIndexedDb, newDoc, exportedDoc } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { buildIndexFromStore, storeSource } from '../../utils/background/corpus-source';
import { CorpusIndex, TERMS_REVISION, analyzePage } from '../../utils/engine';
import { toCorpusDoc } from '../../utils/storage/corpus-doc';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import type { IndexEntryRecord } from '../../utils/storage/types';

useFreshIndexedDb();

let store: CorpusStore;
afterEach(() => store?.close());

const seeds = loadSeedDocs();

/** The index a build from the texts alone gives (what the background built before entries). */
async function freshIndex(s: CorpusStore): Promise<CorpusIndex> {
  const index = new CorpusIndex();
  for (const d of await s.listDocuments({ includeHidden: false })) index.add(toCorpusDoc(d));
  return index;
}

const same = (a: CorpusIndex, b: CorpusIndex) => expect(JSON.stringify(a.toJSON())).toBe(JSON.stringify(b.toJSON()));

/** Builds, and waits for the entries of re-indexed documents to be written. */
async function build(s: CorpusStore) {
  const r = await buildIndexFromStore(s);
  await r.persisted;
  return r;
}

async function withSeedsAndDocs(n = 3): Promise<CorpusStore> {
  const s = await CorpusStore.open('t');
  await s.ensureSeeds(seeds);
  for (let i = 1; i <= n; i++) await s.addDocument(newDoc(i));
  return s;
}

async function entryOf(s: CorpusStore, id: string): Promise<IndexEntryRecord | undefined> {
  return (await s.listIndexEntries()).find((e) => e.id === id);
}

async function putEntry(s: CorpusStore, rec: IndexEntryRecord) {
  await s.saveIndexEntries([rec]);
}

describe('per-document index entries', () => {
  it('are written at the first build for every document without one, under TERMS_REVISION, and used at the next', async () => {
    store = await withSeedsAndDocs();
    const first = await build(store);
    expect(first.load).toMatchObject({ docs: seeds.length + 3, fromEntries: 0, reindexed: seeds.length + 3, persisted: true });
    const entries = await store.listIndexEntries();
    expect(entries.map((e) => e.id).sort()).toEqual((await store.listDocuments()).map((d) => d.id).sort());
    for (const e of entries) {
      expect(e.termsRevision).toBe(TERMS_REVISION);
      expect(e.textLength).toBe((await store.getDocument(e.id))!.text.length);
    }
    const second = await build(store);
    expect(second.load).toMatchObject({ docs: seeds.length + 3, fromEntries: seeds.length + 3, reindexed: 0 });
    same(second.index, first.index);
    same(second.index, await freshIndex(store));
    // And it compares a page exactly as a fresh index does.
    const page = { title: seeds[0]!.headline, text: seeds[0]!.text };
    expect(JSON.stringify(analyzePage(page, second.index))).toBe(JSON.stringify(analyzePage(page, await freshIndex(store))));
  });

  it('an entry of another terms revision (an extension update that changed the lexicon) is not used, and is replaced', async () => {
    store = await withSeedsAndDocs(1);
    await build(store);
    const id = (await store.listDocuments()).find((d) => d.source === 'user')!.id;
    const good = (await entryOf(store, id))!;
    // Terms no build of this text would give: if the entry were used, the index would hold them.
    await putEntry(store, { ...good, termsRevision: '0.00000000', entry: { ...good.entry, terms: good.entry.terms.map(() => ['stale-term']) } });
    const again = await build(store);
    expect(again.load).toMatchObject({ fromEntries: seeds.length, reindexed: 1 });
    expect(again.index.docFreq('stale-term')).toBe(0);
    same(again.index, await freshIndex(store));
    expect(await entryOf(store, id)).toEqual(good);
  });

  it.each([
    ['spans that do not fit the terms', (r: IndexEntryRecord) => ({ ...r, entry: { ...r.entry, spans: r.entry.spans.slice(1) } })],
    ['offsets outside the text', (r: IndexEntryRecord) => ({ ...r, entry: { ...r.entry, spans: r.entry.spans.map((v) => v + 100_000) } })],
    ['terms that are not strings', (r: IndexEntryRecord) => ({ ...r, entry: { ...r.entry, terms: r.entry.terms.map(() => [7]) } }) as never],
    ['no entry object at all', (r: IndexEntryRecord) => ({ ...r, entry: null }) as never],
    ['an entry made from another text of the same length', (r: IndexEntryRecord) => ({ ...r, entry: { ...r.entry, fingerprint: 'deadbeef:1' } })],
    ['a text length that differs', (r: IndexEntryRecord) => ({ ...r, textLength: r.textLength + 1, entry: { ...r.entry, terms: r.entry.terms.map(() => ['stale-term']) } })],
  ])('a damaged entry (%s) falls back to re-indexing; the result equals a fresh build', async (_n, damage) => {
    store = await withSeedsAndDocs(2);
    await build(store);
    const id = (await store.listDocuments()).find((d) => d.source === 'user')!.id;
    const good = (await entryOf(store, id))!;
    await putEntry(store, damage(good));
    const again = await build(store);
    expect(again.load).toMatchObject({ docs: seeds.length + 2, fromEntries: seeds.length + 1, reindexed: 1 });
    expect(again.index.docFreq('stale-term')).toBe(0);
    same(again.index, await freshIndex(store));
    expect(await entryOf(store, id)).toEqual(good);
  });

  it('metadata comes from the document: an outlet renamed, a pin, a hidden and shown seed take effect with the entries reused', async () => {
    store = await withSeedsAndDocs(1);
    await build(store);
    const userId = (await store.listDocuments()).find((d) => d.source === 'user')!.id;
    await store.setOutlet(userId, 'Renamed Gazette');
    await store.setPinned(userId, true);
    await store.setHidden(seeds[0]!.id, true);
    const after = await build(store);
    expect(after.load).toMatchObject({ docs: seeds.length, fromEntries: seeds.length, reindexed: 0 });
    expect(after.index.get(userId)?.outlet).toBe('Renamed Gazette');
    expect(after.index.has(seeds[0]!.id)).toBe(false);
    same(after.index, await freshIndex(store));
    // The hidden seed's entry is kept, so showing it again costs no re-indexing.
    await store.setHidden(seeds[0]!.id, false);
    const shown = await build(store);
    expect(shown.load).toMatchObject({ docs: seeds.length + 1, fromEntries: seeds.length + 1, reindexed: 0 });
    same(shown.index, await freshIndex(store));
  });

  it('a seed whose shipped text changed is re-indexed, not loaded from its old entry', async () => {
    store = await withSeedsAndDocs(0);
    await build(store);
    const changed = seeds.map((s, i) => (i === 1 ? { ...s, text: s.text.replace(/\bChina\b/, 'Beijing') } : s));
    expect(changed[1]!.text).not.toBe(seeds[1]!.text);
    expect((await store.ensureSeeds(changed)).updated).toEqual([seeds[1]!.id]);
    const again = await build(store);
    expect(again.load).toMatchObject({ fromEntries: seeds.length - 1, reindexed: 1 });
    same(again.index, await freshIndex(store));
  });

  it('a deleted document takes its entry with it; restored, it is re-indexed; an orphan entry is dropped at build', async () => {
    store = await withSeedsAndDocs(2);
    await build(store);
    const [a, b] = (await store.listDocuments()).filter((d) => d.source === 'user').map((d) => d.id);
    await store.deleteDocument(a!);
    expect(await entryOf(store, a!)).toBeUndefined();
    // An entry left by a document deleted while its entry was being written (a race): garbage.
    const orphan = { ...(await entryOf(store, b!))!, id: 'gone' };
    await putEntry(store, orphan);
    const afterDelete = await build(store);
    expect(afterDelete.load).toMatchObject({ docs: seeds.length + 1, fromEntries: seeds.length + 1, reindexed: 0, orphansDropped: 1 });
    expect(await entryOf(store, 'gone')).toBeUndefined();
    await store.restoreDocument(a!);
    const restored = await build(store);
    expect(restored.load).toMatchObject({ docs: seeds.length + 2, reindexed: 1 });
    same(restored.index, await freshIndex(store));
  });

  it('imported documents get their entries at the next build, in batches', async () => {
    store = await CorpusStore.open('t');
    await store.importDocuments(Array.from({ length: 7 }, (_, i) => exportedDoc(i + 1)));
    const saves = vi.spyOn(store, 'saveIndexEntries');
    await build(store);
    expect(saves).toHaveBeenCalledTimes(1);
    expect((await store.listIndexEntries()).length).toBe(7);
    saves.mockRestore();
    // Three per transaction: 7 entries are three transactions with a pause between each.
    const pauses: number[] = [];
    const records = await store.listIndexEntries();
    const writes = vi.spyOn(store as never as { write: (...a: unknown[]) => Promise<unknown> }, 'write');
    await store.saveIndexEntries(records, { batch: 3, pause: async () => void pauses.push(1) });
    expect(writes).toHaveBeenCalledTimes(3);
    expect(pauses).toHaveLength(2);
    writes.mockRestore();
  });

  it('expiry deletes the entries of the documents it deletes', async () => {
    store = await CorpusStore.open('t');
    const old = await store.addDocument({ ...newDoc(1), remembered: true, addedAt: '2025-01-01T00:00:00.000Z' });
    const kept = await store.addDocument({ ...newDoc(2), remembered: true, addedAt: '2025-05-01T00:00:00.000Z' });
    await build(store);
    expect((await store.listIndexEntries()).length).toBe(2);
    const gone = await store.expireRemembered({ now: new Date('2025-05-02T00:00:00Z'), keepDays: 30, maxDocs: 100 });
    expect(gone).toEqual([(old as { id: string }).id]);
    expect((await store.listIndexEntries()).map((e) => e.id)).toEqual([(kept as { id: string }).id]);
  });

  it('storeSource counts what was stored while a pass ran as not searchable yet, and indexes it next', async () => {
    store = await CorpusStore.open('t');
    await store.importDocuments(Array.from({ length: 250 }, (_, i) => exportedDoc(i + 1)));
    // Hold the pass at its first batch, as a long import's indexing is held by the thread.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const read = store.documentsToIndex.bind(store);
    const spy = vi.spyOn(store, 'documentsToIndex').mockImplementationOnce(async (ids) => (await held, read(ids)));
    const source = storeSource(store);
    await source.buildIndex(await source.revision()); // 250 > two batches: answered at once
    expect(source.lastIndexLoad()).toMatchObject({ persisted: false, pending: 250, total: 250 });
    // An import's last batch lands while the pass runs; the next page's report counts it.
    await store.importDocuments(Array.from({ length: 40 }, (_, i) => exportedDoc(1000 + i)));
    await source.buildIndex(await source.revision());
    expect(source.lastIndexLoad()).toMatchObject({ persisted: false, pending: 290, total: 290 });
    // asked again with nothing new stored: the count stays
    await source.buildIndex(await source.revision());
    expect(source.lastIndexLoad()).toMatchObject({ persisted: false, pending: 290, total: 290 });
    release();
    await vi.waitFor(() => expect(source.lastIndexLoad()).toMatchObject({ persisted: true, docs: 290, pending: 0 }), { timeout: 20_000 });
    spy.mockRestore();
  }, 30_000);

  it('storeSource indexes in the background what is not searchable yet, reports how far along it is, and saveIndexEntry never throws', async () => {
    store = await withSeedsAndDocs(1);
    const source = storeSource(store);
    expect(source.lastIndexLoad()).toBeNull();
    const index = await source.buildIndex(await source.revision());
    await vi.waitFor(() => expect(source.lastIndexLoad()?.persisted).toBe(true));
    const visible = (await store.listDocuments({ includeHidden: false })).length;
    expect(source.lastIndexLoad()).toMatchObject({ docs: visible, reindexed: visible, fromEntries: 0, pending: 0, indexed: visible });
    // Nothing changed since: nothing to index, nothing read.
    await source.buildIndex(await source.revision());
    await vi.waitFor(() => expect(source.lastIndexLoad()?.persisted).toBe(true));
    expect(source.lastIndexLoad()).toMatchObject({ docs: visible, indexed: 0, pending: 0 });
    const doc = toCorpusDoc((await store.getDocument(seeds[0]!.id))!);
    index.add(doc);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await expect(source.saveIndexEntry(doc, index.entryOf(doc.id)!)).resolves.toBeUndefined();
    } finally {
      put.mockRestore();
    }
  });
});

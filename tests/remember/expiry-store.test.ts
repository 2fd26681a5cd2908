// Expiry on a real IndexedDB (fake-indexeddb): only unpinned remembered documents go, in
// batches with a pause between them, and pinning takes a document out of expiry's reach.
import { afterEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb, newDoc } from '../storage/helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';

useFreshIndexedDb();

let store: CorpusStore;
afterEach(() => store?.close());

const at = (day: number) => new Date(Date.UTC(2025, 4, day)).toISOString();

async function fill() {
  store = await CorpusStore.open('expiry');
  const ids: Record<string, string> = {};
  const add = async (name: string, seed: number, extra: Parameters<CorpusStore['addDocument']>[0] extends infer T ? Partial<T> : never) => {
    const r = await store.addDocument(newDoc(seed, extra));
    if (r.status !== 'stored') throw new Error(`${name} not stored`);
    ids[name] = r.id;
  };
  await add('handAdded', 1, { addedAt: at(1) });
  await add('oldRemembered', 2, { addedAt: at(1), remembered: true });
  await add('oldPinned', 3, { addedAt: at(1), remembered: true, pinned: true });
  await add('toBePinned', 4, { addedAt: at(2), remembered: true });
  for (let i = 0; i < 5; i++) await add(`young${i}`, 10 + i, { addedAt: at(20 + i), remembered: true });
  return ids;
}

describe('expireRemembered', () => {
  it('deletes only unpinned remembered documents past the age limit, in batches', async () => {
    const ids = await fill();
    expect(await store.setPinned(ids.toBePinned!, true)).toBe(true);
    const pauses: number[] = [];
    const revBefore = await store.revision();
    const gone = await store.expireRemembered(
      { now: new Date(Date.UTC(2025, 4, 1) + 95 * 86_400_000), keepDays: 90, maxDocs: 2000 },
      { batch: 1, pause: async () => void pauses.push(1) },
    );
    expect(gone).toEqual([ids.oldRemembered]);
    expect(pauses).toEqual([]);
    const left = (await store.listDocuments()).map((d) => d.id);
    for (const keep of ['handAdded', 'oldPinned', 'toBePinned', 'young0', 'young4']) expect(left).toContain(ids[keep]);
    expect(left).not.toContain(ids.oldRemembered);
    expect(await store.revision()).toBe(revBefore + 1);
    // Deleted for good, not moved to the trash: the limit is how long to keep them.
    expect(await store.listTrash()).toEqual([]);
  });

  it('keeps at most maxDocs unpinned remembered documents, the newest; one transaction per batch with a pause between', async () => {
    const ids = await fill();
    const pauses: number[] = [];
    const gone = await store.expireRemembered({ now: new Date(at(26)), keepDays: 90, maxDocs: 2 }, { batch: 2, pause: async () => void pauses.push(1) });
    // 7 candidates (oldRemembered, toBePinned, young0-4), 2 kept: the 5 oldest go in 3 batches.
    expect(gone).toEqual([ids.oldRemembered, ids.toBePinned, ids.young0, ids.young1, ids.young2]);
    expect(pauses).toHaveLength(2);
    expect((await store.expiryCandidates()).map((c) => c.id).sort()).toEqual([ids.young3, ids.young4].sort());
    expect(await store.getDocument(ids.oldPinned!)).toBeDefined();
    expect(await store.getDocument(ids.handAdded!)).toBeDefined();
  });

  it('unpinning puts a document back within reach of expiry; pinning a hand-added one changes nothing', async () => {
    const ids = await fill();
    await store.setPinned(ids.oldPinned!, false);
    expect((await store.expiryCandidates()).map((c) => c.id)).toContain(ids.oldPinned);
    await store.setPinned(ids.handAdded!, true);
    await store.setPinned(ids.handAdded!, false);
    expect((await store.expiryCandidates()).map((c) => c.id)).not.toContain(ids.handAdded);
  });
});

describe('setOutlet', () => {
  it('renames, marks the outlet named, and a seed update keeps the reader’s name', async () => {
    store = await CorpusStore.open('outlet');
    const seed = { ...newDoc(30), id: 'seed-a' };
    await store.ensureSeeds([seed]);
    expect(await store.setOutlet('seed-a', '  Harbour   Times ')).toBe(true);
    expect(await store.getDocument('seed-a')).toMatchObject({ outlet: 'Harbour Times', outletNamed: true });
    await store.ensureSeeds([{ ...seed, headline: 'A new shipped headline' }]);
    expect(await store.getDocument('seed-a')).toMatchObject({ outlet: 'Harbour Times', headline: 'A new shipped headline' });
    await expect(store.setOutlet('seed-a', '   ')).rejects.toThrow(/needs a name/);
    await expect(store.setOutlet('seed-a', 'x'.repeat(201))).rejects.toThrow(/too long/);
    expect(await store.setOutlet('missing', 'X')).toBe(false);
  });
});

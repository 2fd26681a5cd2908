import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFreshIndexedDb, newDoc, exportedDoc, articleText } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { toCorpusDoc } from '../../utils/storage/corpus-doc';
import { StorageQuotaError, ImportConflictError } from '../../utils/storage/errors';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { openDB } from 'idb';

useFreshIndexedDb();

let store: CorpusStore;
afterEach(() => store?.close());

describe('addDocument and duplicate detection', () => {
  it('stores a document and lists it', async () => {
    store = await CorpusStore.open('t');
    const r = await store.addDocument(newDoc(1, { url: 'https://a.example/story' }));
    expect(r.status).toBe('stored');
    const id = (r as { id: string }).id;
    const docs = await store.listDocuments();
    expect(docs.map((d) => d.id)).toEqual([id]);
    expect(docs[0]).toMatchObject({ source: 'user', hidden: false, url: 'https://a.example/story' });
    expect(await store.revision()).toBe(1);
  });

  const original = newDoc(10, { url: 'https://paper.example/world/story-1' });
  const lines = original.text.split('\n');
  it.each([
    ['same URL with tracking parameters and a fragment', newDoc(11, { url: 'https://PAPER.example/world/story-1/?utm_source=x#top' }), /same web address/],
    ['same text, different case, spacing and punctuation', { ...newDoc(12), text: original.text.toUpperCase().replace(/\./g, ' ;  ') }, /same text/],
    [
      'syndicated copy: new headline and an added footer',
      { ...newDoc(13), text: ['A different headline', ...lines.slice(1), 'The post appeared first on Somewhere Else.'].join('\n') },
      /near-identical text .*syndicated copy/,
    ],
    ['syndicated copy: one paragraph dropped', { ...newDoc(14), text: [...lines.slice(0, 6), ...lines.slice(7)].join('\n') }, /near-identical/],
  ])('refuses a duplicate: %s', async (_name, dup, reason) => {
    store = await CorpusStore.open('t');
    const first = await store.addDocument(original);
    expect(first.status).toBe('stored');
    const second = await store.addDocument(dup);
    expect(second).toMatchObject({ status: 'duplicate', of: (first as { id: string }).id });
    expect((second as { reason: string }).reason).toMatch(reason);
    expect(await store.count()).toBe(1);
  });

  it('stores a different article on the same story (shares words, not wording)', async () => {
    store = await CorpusStore.open('t');
    await store.addDocument(newDoc(20));
    // Same vocabulary, different sentences: not a copy.
    expect((await store.addDocument(newDoc(21))).status).toBe('stored');
    // Half the article copied plus half new text: related, not a duplicate.
    const half = [...articleText(20).split('\n').slice(0, 7), ...articleText(22).split('\n').slice(7)].join('\n');
    expect((await store.addDocument({ ...newDoc(22), text: half })).status).toBe('stored');
    expect(await store.count()).toBe(3);
  });

  it.each([
    ['text is a number', { text: 42 }, /document\.text: expected a string, got number/],
    ['empty headline', { headline: '  ' }, /document\.headline: must not be empty/],
    ['javascript: URL', { url: 'javascript:alert(1)' }, /document\.url: .* is not an http\(s\) address/],
    ['bad date', { date: '2025-02-30' }, /document\.date/],
  ])('rejects invalid fields: %s', async (_n, patch, msg) => {
    store = await CorpusStore.open('t');
    await expect(store.addDocument({ ...newDoc(1), ...(patch as object) } as never)).rejects.toThrow(msg);
    expect(await store.count()).toBe(0);
  });
});

describe('delete and undo', () => {
  it('deletes into the trash and restores exactly the same document', async () => {
    store = await CorpusStore.open('t');
    const { id } = (await store.addDocument(newDoc(1))) as { id: string };
    const before = await store.getDocument(id);
    expect(await store.deleteDocument(id)).toBe(true);
    expect(await store.getDocument(id)).toBeUndefined();
    expect((await store.listTrash()).map((t) => t.id)).toEqual([id]);
    // The trash survives closing the page.
    store.close();
    store = await CorpusStore.open('t');
    expect(await store.restoreDocument(id)).toEqual({ status: 'stored', id });
    expect(await store.getDocument(id)).toEqual(before);
    expect(await store.listTrash()).toEqual([]);
    expect(await store.restoreDocument(id)).toEqual({ status: 'missing' });
  });

  it('a deleted document no longer blocks adding it again', async () => {
    store = await CorpusStore.open('t');
    const { id } = (await store.addDocument(newDoc(1))) as { id: string };
    await store.deleteDocument(id);
    expect((await store.addDocument(newDoc(1))).status).toBe('stored');
  });

  it('refuses to delete a seed (seeds are hidden instead)', async () => {
    store = await CorpusStore.open('t');
    await store.ensureSeeds(loadSeedDocs());
    await expect(store.deleteDocument('000_603276615ce932ed')).rejects.toThrow(/seed: hide it/);
    expect(await store.count()).toBe(5);
  });

  it('purges trash older than the retention period on open', async () => {
    store = await CorpusStore.open('t');
    const { id } = (await store.addDocument(newDoc(1))) as { id: string };
    await store.deleteDocument(id);
    store.close();
    const now = Date.now();
    const spy = vi.spyOn(Date, 'now').mockReturnValue(now + 31 * 86_400_000);
    store = await CorpusStore.open('t');
    spy.mockRestore();
    expect(await store.listTrash()).toEqual([]);
  });
});

describe('seeds', () => {
  it('ensureSeeds adds the five seeds once; hide, then reset shows them again', async () => {
    const seeds = loadSeedDocs();
    store = await CorpusStore.open('t');
    expect((await store.ensureSeeds(seeds)).added).toHaveLength(5);
    expect(await store.ensureSeeds(seeds)).toEqual({ added: [], updated: [] });
    const rev = await store.revision();
    expect(await store.setHidden(seeds[0].id, true)).toBe(true);
    expect(await store.revision()).toBe(rev + 1);
    expect((await store.listDocuments({ includeHidden: false })).map((d) => d.id)).not.toContain(seeds[0].id);
    // A restart keeps it hidden…
    expect(await store.ensureSeeds(seeds)).toEqual({ added: [], updated: [] });
    expect((await store.getDocument(seeds[0].id))!.hidden).toBe(true);
    // …"reset seeds" shows it again.
    expect((await store.resetSeeds(seeds)).updated).toEqual([seeds[0].id]);
    expect(await store.listDocuments({ includeHidden: false })).toHaveLength(5);
    expect(toCorpusDoc((await store.getDocument(seeds[2].id))!)).toEqual(seeds[2]);
  });

  it('a start whose shipped seeds are those last stored reads only their ids; a changed or missing seed is stored again', async () => {
    const seeds = loadSeedDocs();
    store = await CorpusStore.open('t');
    await store.ensureSeeds(seeds);
    const rev = await store.revision();
    // Changed behind the store's back (no API does this): an unchanged shipped set is not compared again.
    const raw = await openDB('t');
    await raw.put('documents', { ...(await raw.get('documents', seeds[1].id)), headline: 'Tampered' });
    expect(await store.ensureSeeds(seeds)).toEqual({ added: [], updated: [] });
    expect((await store.getDocument(seeds[1].id))!.headline).toBe('Tampered');
    // A new release ships another text for a seed: every seed is compared again (the tampered
    // one restored as shipped too), and the changed ones are indexed again.
    const shipped = seeds.map((s, k) => (k === 2 ? { ...s, text: s.text + ' One sentence more was added to this seed.' } : s));
    expect(await store.ensureSeeds(shipped)).toEqual({ added: [], updated: [seeds[1].id, seeds[2].id] });
    expect((await store.getDocument(seeds[1].id))!.headline).toBe(seeds[1].headline);
    expect(await store.revision()).toBe(rev + 1);
    // A seed record gone (the same shipped set): stored again.
    await raw.delete('documents', seeds[0].id);
    expect((await store.ensureSeeds(shipped)).added).toEqual([seeds[0].id]);
    raw.close();
  });

  it('a page that is a copy of a seed is reported as that seed', async () => {
    const seeds = loadSeedDocs();
    store = await CorpusStore.open('t');
    await store.ensureSeeds(seeds);
    const r = await store.addDocument({ ...seeds[3], id: undefined, url: 'https://elsewhere.example/x' });
    expect(r).toMatchObject({ status: 'duplicate', of: seeds[3].id });
  });

  it('never overwrites a reader document that happens to have a seed id', async () => {
    store = await CorpusStore.open('t');
    await store.importDocuments([exportedDoc(1, { id: '000_603276615ce932ed' })]);
    expect((await store.ensureSeeds(loadSeedDocs())).added).toHaveLength(4);
    expect((await store.getDocument('000_603276615ce932ed'))!.source).toBe('user');
  });
});

describe('importDocuments (all or nothing)', () => {
  it('stores all entries, skips duplicates within the file and of stored documents', async () => {
    store = await CorpusStore.open('t');
    await store.addDocument(newDoc(1));
    const progress: number[] = [];
    const r = await store.importDocuments(
      [exportedDoc(2), exportedDoc(3), { ...exportedDoc(4), text: exportedDoc(2).text }, { ...exportedDoc(5), text: newDoc(1).text }],
      { onProgress: (done) => progress.push(done) },
    );
    expect(r.added).toEqual(['doc-2', 'doc-3']);
    expect(r.skipped.map((s) => [s.id, s.of])).toEqual([
      ['doc-4', 'doc-2'],
      ['doc-5', (await store.listDocuments()).find((d) => d.id.startsWith('u_'))!.id],
    ]);
    expect(progress.at(-1)).toBe(4);
    // Importing the same file again changes nothing.
    const again = await store.importDocuments([exportedDoc(2), exportedDoc(3)]);
    expect(again).toEqual({ added: [], skipped: [expect.objectContaining({ id: 'doc-2', reason: 'already in your library' }), expect.objectContaining({ id: 'doc-3' })] });
  });

  it('an id stored with a different text cancels the whole import, naming the entry', async () => {
    store = await CorpusStore.open('t');
    await store.importDocuments([exportedDoc(7)]);
    const rev = await store.revision();
    await expect(store.importDocuments([exportedDoc(8), exportedDoc(9), { ...exportedDoc(10), id: 'doc-7' }])).rejects.toThrow(
      ImportConflictError,
    );
    await expect(store.importDocuments([exportedDoc(8), { ...exportedDoc(10), id: 'doc-7' }])).rejects.toThrow(/documents\[1\]\.id: "doc-7"/);
    expect((await store.listDocuments()).map((d) => d.id)).toEqual(['doc-7']);
    expect(await store.revision()).toBe(rev);
  });
});

describe('quota', () => {
  it.each([
    ['addDocument', (s: CorpusStore) => s.addDocument(newDoc(2)), /storing the document failed/],
    ['importDocuments', (s: CorpusStore) => s.importDocuments([exportedDoc(3), exportedDoc(4)]), /importing 2 documents failed/],
    ['saveIndexEntries', (s: CorpusStore) => s.saveIndexEntries([{ id: 'x', termsRevision: 'r', textLength: 1, entry: { fingerprint: 'f', spans: [], terms: [] } }]), /saving the search index failed/],
  ])('%s: QuotaExceededError becomes a StorageQuotaError and nothing is written', async (_n, op, msg) => {
    store = await CorpusStore.open('t');
    await store.addDocument(newDoc(1));
    const before = await store.exportCorpus(new Date(0));
    const rev = await store.revision();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const err = await op(store).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StorageQuotaError);
      expect((err as Error).message).toMatch(msg);
      expect((err as Error).message).toMatch(/no more storage space.*nothing was written/);
      expect((err as StorageQuotaError).cause).toBeInstanceOf(DOMException);
    } finally {
      spy.mockRestore();
    }
    expect(await store.exportCorpus(new Date(0))).toEqual(before);
    expect(await store.revision()).toBe(rev);
  });

  it('a quota error on the second of many puts rolls the import back', async () => {
    store = await CorpusStore.open('t');
    const real = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return real.apply(this, args as Parameters<IDBObjectStore['put']>);
    });
    try {
      await expect(store.importDocuments([exportedDoc(1), exportedDoc(2), exportedDoc(3)])).rejects.toBeInstanceOf(StorageQuotaError);
    } finally {
      spy.mockRestore();
    }
    expect(await store.count()).toBe(0);
  });
});

describe('index entries', () => {
  const rec = (id: string, n: number) => ({ id, termsRevision: 'r1', textLength: n, entry: { fingerprint: `f${n}`, spans: [0, n], terms: [[`t${n}`]] } });
  it('keeps one entry per document id, the latest, and survives reopening', async () => {
    store = await CorpusStore.open('t');
    const a = await store.addDocument(newDoc(1));
    const id = (a as { id: string }).id;
    expect(await store.listIndexEntries()).toEqual([]);
    await store.saveIndexEntries([rec(id, 3)]);
    await store.saveIndexEntries([rec(id, 4)]);
    store.close();
    store = await CorpusStore.open('t');
    expect(await store.listIndexEntries()).toEqual([rec(id, 4)]);
    const inputs = await store.indexInputs();
    expect(inputs.entries.get(id)).toEqual(rec(id, 4));
    expect(inputs.orphans).toEqual([]);
    await store.deleteIndexEntries([id]);
    expect(await store.listIndexEntries()).toEqual([]);
  });

  it('indexInputs leaves hidden documents out but keeps their entries; an entry without a document is an orphan', async () => {
    store = await CorpusStore.open('t');
    const id = ((await store.addDocument({ ...newDoc(1), hidden: true })) as { id: string }).id;
    await store.saveIndexEntries([rec(id, 1), rec('nobody', 2)]);
    const inputs = await store.indexInputs();
    expect(inputs.docs).toEqual([]);
    expect([...inputs.entries.keys()]).toEqual([id]);
    expect(inputs.orphans).toEqual(['nobody']);
  });

  it('a deleted document takes its entry with it; writing entries does not change the revision', async () => {
    store = await CorpusStore.open('t');
    const id = ((await store.addDocument(newDoc(1))) as { id: string }).id;
    const rev = await store.revision();
    await store.saveIndexEntries([rec(id, 1)]);
    expect(await store.revision()).toBe(rev);
    await store.deleteDocument(id);
    expect(await store.listIndexEntries()).toEqual([]);
  });
});

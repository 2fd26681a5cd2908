import { afterEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb, newDoc } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { storeSource } from '../../utils/background/corpus-source';
import { CorpusIndex, TERMS_REVISION } from '../../utils/engine/index/corpus-index';

useFreshIndexedDb();

let store: CorpusStore;
afterEach(() => store?.close());

describe('the persisted index snapshot', () => {
  it('is saved under the terms revision and reused at the same revision', async () => {
    store = await CorpusStore.open('t');
    await store.addDocument(newDoc(1));
    const source = storeSource(store);
    const rev = await source.revision();
    const built = await source.buildIndex(rev);
    const snap = await store.loadIndexSnapshot();
    expect(snap?.version).toContain(`terms-${TERMS_REVISION}`);
    expect(snap?.version.endsWith(`:${rev}`)).toBe(true);
    expect(JSON.stringify((await source.buildIndex(rev)).toJSON())).toBe(JSON.stringify(built.toJSON()));
  });

  it('is rebuilt when it was made with another lexicon (an extension update)', async () => {
    store = await CorpusStore.open('t');
    await store.addDocument(newDoc(1));
    const source = storeSource(store);
    const rev = await source.revision();
    const fresh = await source.buildIndex(rev);
    // A snapshot of the same documents and revision, but from an older lexicon: an empty index.
    const stale = (await store.loadIndexSnapshot())!.version.replace(`terms-${TERMS_REVISION}`, 'terms-0.00000000');
    await store.saveIndexSnapshot(stale, new CorpusIndex().toJSON());
    const rebuilt = await source.buildIndex(rev);
    expect(rebuilt.size).toBe(fresh.size);
    expect(rebuilt.size).toBeGreaterThan(0);
  });
});

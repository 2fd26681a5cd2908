// Where the background's corpus comes from. Normally the reader's IndexedDB corpus (seeds plus
// the pages and files they added, minus hidden seeds); when IndexedDB cannot be opened (e.g.
// some private-browsing modes) the bundled seeds alone, in memory, so comparison still works.
import { CorpusIndex, TERMS_REVISION, type IndexedDocEntry } from '../engine';
import type { CorpusDoc } from '../engine/types';
import { addPageToCorpus, findPageInCorpus, type AddPageResponse, type PageStoredResponse } from '../storage/add-page';
import type { PageArticle } from '../storage/page-doc';
import { rememberPageInCorpus, type RememberOutcome } from '../storage/remember-page';
import type { ExpiryLimits } from '../remember/expiry';
import { toCorpusDoc } from '../storage/corpus-doc';
import { CorpusStore } from '../storage/corpus-store';
import type { IndexEntryRecord } from '../storage/types';

/** How the last `buildIndex` went: for the test hook and for anyone wondering why a start was slow. */
export interface IndexLoad {
  /** Documents in the index. */
  docs: number;
  /** Added from their stored index entry (no re-segmenting). */
  fromEntries: number;
  /** Indexed from their text: no entry, an entry of another terms revision or text, or a damaged one. */
  reindexed: number;
  /** Entries of deleted documents removed. */
  orphansDropped: number;
  /** Wall time from reading the database to the index being ready. */
  ms: number;
  /** True once the entries of the re-indexed documents are written (or writing them failed). */
  persisted: boolean;
}

export interface CorpusSource {
  /** Changes whenever the set of documents to compare against changes (also from the options page). */
  revision(): Promise<number>;
  /** An index of every document to compare against, at `rev`. */
  buildIndex(rev: number): Promise<CorpusIndex>;
  /** Stores the page; on success also returns the stored document so the caller can index it. */
  addPage(page: PageArticle): Promise<{ response: AddPageResponse; doc?: CorpusDoc }>;
  /** Whether the page is stored already (by the add button's rules), without storing it. */
  findPage(page: PageArticle): Promise<PageStoredResponse>;
  /** Remembers the page ("remember as you read"); on success also returns the stored document. */
  remember(page: PageArticle): Promise<{ outcome: RememberOutcome; doc?: CorpusDoc }>;
  /** Deletes remembered articles past the limits; returns the ids deleted. */
  expire(limits: ExpiryLimits): Promise<string[]>;
  /**
   * Persists what indexing `doc` computed (`index.entryOf(doc.id)` right after `index.add(doc)`),
   * so the next start loads it instead of re-indexing the text. Never throws: an entry that
   * cannot be written only makes that document cost its re-indexing at the next start.
   */
  saveIndexEntry(doc: CorpusDoc, entry: IndexedDocEntry): Promise<void>;
  /** How the last buildIndex went (null before the first). */
  lastIndexLoad(): IndexLoad | null;
  /** The store a fetch run writes to (followed sources), or null when nothing can be stored. */
  store(): CorpusStore | null;
}

function indexOf(docs: readonly CorpusDoc[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const d of docs) index.add(d);
  return index;
}

/** The bundled seeds only; nothing can be added. */
export function memorySource(docs: readonly CorpusDoc[], why: string): CorpusSource {
  let last: IndexLoad | null = null;
  return {
    revision: async () => 0,
    buildIndex: async () => {
      const t0 = performance.now();
      const index = indexOf(docs);
      last = { docs: index.size, fromEntries: 0, reindexed: index.size, orphansDropped: 0, ms: performance.now() - t0, persisted: true };
      return index;
    },
    addPage: async () => ({ response: { ok: false, error: `Not stored: ${why}` } }),
    // Nothing can be stored here, so nothing the reader added is; the add button says why it fails.
    findPage: async () => ({ stored: false }),
    remember: async () => ({ outcome: { status: 'refused', reason: why } }),
    expire: async () => [],
    saveIndexEntry: async () => {},
    lastIndexLoad: () => last,
    store: () => null,
  };
}

/** The record kept for `doc`: valid while the terms revision and the text stay the same. */
export function indexEntryRecord(doc: CorpusDoc, entry: IndexedDocEntry): IndexEntryRecord {
  return { id: doc.id, termsRevision: TERMS_REVISION, textLength: doc.text.length, entry };
}

/**
 * Replaces each term string of `entry` by the first equal one seen in this load (`pool`), in
 * place. An entry read from IndexedDB is a structured clone, with its own copy of every string;
 * without this, 10,000 loaded documents hold ~2x the heap of an index built from the texts
 * (measured in Node at 2,000 documents: 27 MB against 13.7 MB; with it 12.6 MB, no slower).
 * Tolerates damaged shapes (addWithEntry refuses them afterwards).
 */
export function internTerms(entry: IndexedDocEntry, pool: Map<string, string>): IndexedDocEntry {
  const terms = (entry as Partial<IndexedDocEntry> | null)?.terms;
  if (!Array.isArray(terms)) return entry;
  for (const ts of terms) {
    if (!Array.isArray(ts)) continue;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k];
      if (typeof t !== 'string') continue;
      const seen = pool.get(t);
      if (seen === undefined) pool.set(t, t);
      else ts[k] = seen;
    }
  }
  return entry;
}

/**
 * Builds the index from the stored documents and their index entries. Metadata always comes from
 * the document record; only sentence spans and terms come from the entry, and only when it was
 * made under this TERMS_REVISION from a text of the same length (addWithEntry then checks the
 * text's fingerprint and the entry's shape). Every other document is indexed from its text, and
 * its entry is written afterwards (in batches, after the index is handed over, so the first
 * analysis does not wait for the writes); `persisted` settles when they are done (never rejects).
 */
export async function buildIndexFromStore(store: CorpusStore): Promise<{ index: CorpusIndex; load: IndexLoad; persisted: Promise<void> }> {
  const t0 = performance.now();
  const { docs, entries, orphans } = await store.indexInputs();
  const index = new CorpusIndex();
  const fresh: IndexEntryRecord[] = [];
  const pool = new Map<string, string>();
  let fromEntries = 0;
  for (const stored of docs) {
    const doc = toCorpusDoc(stored);
    const rec = entries.get(doc.id);
    if (rec && rec.termsRevision === TERMS_REVISION && rec.textLength === doc.text.length) {
      try {
        index.addWithEntry(doc, internTerms(rec.entry, pool));
        fromEntries++;
        continue;
      } catch {
        // Made from another text, or damaged: index the text and replace the entry.
      }
    }
    index.add(doc);
    fresh.push(indexEntryRecord(doc, index.entryOf(doc.id)!));
  }
  const load: IndexLoad = { docs: index.size, fromEntries, reindexed: fresh.length, orphansDropped: orphans.length, ms: performance.now() - t0, persisted: false };
  const persisted = (async () => {
    if (!fresh.length && !orphans.length) return;
    await new Promise<void>((r) => setTimeout(r, 0)); // after the caller's analysis has its index
    await store.saveIndexEntries(fresh);
    await store.deleteIndexEntries(orphans);
  })()
    .catch(() => {
      // Out of quota or similar: the index works; those documents are re-indexed at the next start.
    })
    .finally(() => {
      load.persisted = true;
    });
  return { index, load, persisted };
}

export function storeSource(store: CorpusStore): CorpusSource {
  let last: IndexLoad | null = null;
  return {
    revision: () => store.revision(),
    async buildIndex() {
      // Whatever the revision: the entries of unchanged documents stay valid across changes.
      const { index, load } = await buildIndexFromStore(store);
      last = load;
      return index;
    },
    async addPage(page) {
      const response = await addPageToCorpus(store, page);
      if (!response.ok || response.status !== 'stored') return { response };
      const stored = await store.getDocument(response.id);
      return { response, doc: stored ? toCorpusDoc(stored) : undefined };
    },
    findPage: (page) => findPageInCorpus(store, page),
    async remember(page) {
      const outcome = await rememberPageInCorpus(store, page);
      if (outcome.status !== 'stored') return { outcome };
      const stored = await store.getDocument(outcome.id);
      return { outcome, doc: stored ? toCorpusDoc(stored) : undefined };
    },
    expire: (limits) => store.expireRemembered(limits),
    async saveIndexEntry(doc, entry) {
      await store.saveIndexEntries([indexEntryRecord(doc, entry)]).catch(() => {
        // Out of quota or similar: this document is re-indexed from its text at the next start.
      });
    },
    lastIndexLoad: () => (last ? { ...last } : null),
    store: () => store,
  };
}

/** Opens the reader's corpus (storing the shipped seeds on first run), or falls back to the seeds in memory. */
export async function openCorpusSource(seeds: readonly CorpusDoc[]): Promise<CorpusSource> {
  try {
    const store = await CorpusStore.open();
    await store.ensureSeeds(seeds);
    return storeSource(store);
  } catch (e) {
    return memorySource(seeds, `this browser window cannot store a corpus (${e instanceof Error ? e.message : String(e)}).`);
  }
}

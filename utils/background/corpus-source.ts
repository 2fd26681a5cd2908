// Where the background's corpus comes from. Normally the reader's IndexedDB corpus (seeds plus
// the pages and files they added, minus hidden seeds); when IndexedDB cannot be opened (e.g.
// some private-browsing modes) the bundled seeds alone, in memory, so comparison still works.
import { CorpusIndex, TERMS_REVISION, type IndexedDocEntry } from '../engine';
import { fingerprint, indexEntryOf } from '../engine/index/corpus-index';
import { DocCache, lookupIndexFor, type LookupStats, type PageSentences, type PostedDoc, type PostingsSource } from '../engine/index/page-retrieval';
import { DERIVED_DATA_FORMAT } from '../engine/index/derived-data';
import type { CorpusDoc, PageInput } from '../engine/types';
import { addPageToCorpus, findPageInCorpus, type AddPageResponse, type PageStoredResponse } from '../storage/add-page';
import type { PageArticle } from '../storage/page-doc';
import { rememberPageInCorpus, type RememberOutcome } from '../storage/remember-page';
import type { ExpiryLimits } from '../remember/expiry';
import { toCorpusDoc } from '../storage/corpus-doc';
import { CorpusStore } from '../storage/corpus-store';
import type { IndexEntryRecord } from '../storage/types';
import { markStart } from './start-marks';

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
  /**
   * A library on disk (storeSource): documents still being indexed (not yet searchable; pages are
   * answered from the others meanwhile), and how many of this round are done.
   */
  pending?: number;
  indexed?: number;
  /**
   * Documents searchable once this round is done: those posted before it began, those it
   * indexes, and those stored while it ran (the next round's). A page's notice says "N of its
   * total", whatever batch committed while the page read N.
   */
  total?: number;
  /** What the last page's retrieval read from the store, and how long it took. */
  lastPage?: LookupStats;
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
  /**
   * The index to analyse `page` with, when the library is kept on disk: what the page's
   * retrieval reads, loaded into `index` (the one buildIndex returned, a cache of documents).
   * Absent: `index` holds every document already.
   */
  indexFor?(index: CorpusIndex, page: PageInput, sentencesOf?: () => PageSentences): Promise<CorpusIndex>;
  /**
   * Called once a page's answer is sent: keeps what its analysis derived from the documents it
   * loaded (their sentence features), for a later start to restore with them. Resolves once
   * they are written (or could not be); never rejects.
   */
  answered?(): Promise<void>;
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

/**
 * The format of the derived data this build keeps (store `derivedData`): the engine's own and,
 * in the extension, a hash of the engine's sources made at build time (wxt.config.ts), so that
 * a build with any change to the engine never restores a copy an older engine made.
 */
declare const __ENGINE_SOURCES_HASH__: string | undefined;
export const DERIVED_FORMAT = `${DERIVED_DATA_FORMAT}.${typeof __ENGINE_SOURCES_HASH__ === 'string' ? __ENGINE_SOURCES_HASH__ : 'unbuilt'}`;

/** The store's search index on disk, as the engine's page retrieval reads it. */
export function storePostings(store: CorpusStore): PostingsSource {
  return {
    state: () => store.postingsState(),
    docFreqs: (terms) => store.docFreqs(terms),
    postings: (terms) => store.termPostings(terms),
    byFingerprint: (fp) => store.postedByFingerprint(fp),
    load: async (ids) => {
      const out = new Map<string, PostedDoc>();
      for (const [id, { doc, rec, derived }] of await store.loadPosted(ids, DERIVED_FORMAT)) {
        out.set(id, { doc: toCorpusDoc(doc), entry: rec.entry, version: rec.posted, ...(derived !== undefined ? { derived } : {}) });
      }
      return out;
    },
  };
}

/**
 * Documents indexed per transaction by `indexPending`. Indexing one from its text takes ~3–5 ms
 * (Node, 2 cores), from a valid stored entry well under 1 ms; with ~300 distinct terms each, a
 * batch of 100 is one postings record and one document-frequency update per distinct term of
 * the batch (a few thousand writes), so an analysis waiting on the database waits at most one
 * batch (~0.1–0.5 s) however large the import.
 */
export const INDEX_BATCH = 100;

/**
 * At most this many documents to index, a page waits for them rather than be answered without
 * them: two batches, ~0.5–1 s in Chromium on 2 cores (~150–260 documents a second, docs/bench.md).
 */
const WAIT_FOR_PENDING = 2 * INDEX_BATCH;

/** The entry stored for this document, when it was made from this text under this terms revision; else null. */
function validEntry(doc: CorpusDoc, rec: IndexEntryRecord | undefined): IndexedDocEntry | null {
  if (!rec || rec.termsRevision !== TERMS_REVISION || rec.textLength !== doc.text.length) return null;
  try {
    // addWithEntry checks the entry's shape and its fingerprint against the text.
    new CorpusIndex().addWithEntry(doc, rec.entry);
    return rec.entry;
  } catch {
    return null;
  }
}

/**
 * Makes every visible document searchable that is not yet (imported, shown again, stored by an
 * older version, or left half-indexed by a crash): INDEX_BATCH per transaction, yielding between
 * batches so pages are answered meanwhile (from the documents indexed so far). `progress` is
 * told how far along it is.
 */
export async function indexPending(
  store: CorpusStore,
  progress: (done: number, pending: number, fromEntries: number) => void = () => {},
  /** Awaited before each batch: a page being answered goes first. */
  turn: () => Promise<void> = async () => {},
  /** The engine's indexing of one document (a parameter so a test can make it fail). */
  entryOf: (doc: CorpusDoc) => IndexedDocEntry = indexEntryOf,
): Promise<void> {
  const { revision, pending } = await store.pendingPostings(TERMS_REVISION);
  let done = 0;
  let fromEntries = 0;
  // A document the engine fails on stays unsearchable, and the rest of the library does not wait
  // for it: before, one such article (the word "constructor" crashed the stemmer) failed its whole
  // batch and every batch after it, at every start. It is tried again at the next start.
  let failed = 0;
  progress(0, pending.length, 0);
  for (let i = 0; i < pending.length; i += INDEX_BATCH) {
    await turn();
    const records: IndexEntryRecord[] = [];
    const hashes = new Map<string, string>();
    for (const { doc: stored, rec } of await store.documentsToIndex(pending.slice(i, i + INDEX_BATCH))) {
      if (stored.hidden) continue;
      const doc = toCorpusDoc(stored);
      const reused = validEntry(doc, rec);
      let entry: IndexedDocEntry;
      try {
        entry = reused ?? entryOf(doc);
      } catch {
        failed++;
        continue;
      }
      if (reused) fromEntries++;
      records.push(indexEntryRecord(doc, entry));
      hashes.set(doc.id, stored.contentHash);
    }
    await store.postDocuments(records, hashes);
    done = Math.min(pending.length, i + INDEX_BATCH);
    progress(done, pending.length, fromEntries);
    await new Promise<void>((r) => setTimeout(r, 0)); // an analysis waiting for the thread goes first
  }
  if (!failed) await store.markPostingsComplete(revision);
}

/**
 * The reader's library on disk (issue 21): a start reads no document. `buildIndex` returns the
 * cache of recently used documents and sets the indexing of pending documents going in the
 * background; `indexFor` reads, for each page, the postings, frequencies and candidate documents
 * it needs.
 */
export function storeSource(store: CorpusStore): CorpusSource {
  let last: IndexLoad | null = null;
  const cache = new DocCache();
  const postings = storePostings(store);
  let indexing: Promise<void> | null = null;
  let again = false;
  // Documents stored after the running pass counted its own: the next pass indexes them, and
  // until then the page's report counts them as not searchable yet.
  let storedSince = 0;
  // Pages being answered: indexing waits for them between batches (a batch holds the thread
  // for ~0.3–0.5 s of segmentation, which a page in the middle of its reads would wait for).
  let answering = 0;
  let answered: (() => void)[] = [];
  const pagesFirst = () => (answering ? new Promise<void>((r) => answered.push(r)) : Promise.resolve());
  /** Starts indexing what is pending; resolves once it is known how much is (the page's report says it). */
  const startIndexing = (): Promise<void> => {
    if (indexing) {
      again = true;
      // Count what is not searchable now (keys only), so the report says how far along the
      // whole library is, not only the running pass (an import's last batches land after a
      // pass that its first batches started).
      const running = last;
      return store
        .pendingPostings(TERMS_REVISION)
        .then(({ pending }) => {
          if (running && running === last && !running.persisted) {
            const more = Math.max(0, pending.length - (running.pending ?? 0));
            storedSince += more;
            running.pending = (running.pending ?? 0) + more;
            running.total = (running.total ?? 0) + more;
          }
        })
        .catch(() => undefined);
    }
    storedSince = 0;
    let counted!: () => void;
    const known = new Promise<void>((r) => (counted = r));
    const t0 = performance.now();
    const load: IndexLoad = { docs: 0, fromEntries: 0, reindexed: 0, orphansDropped: 0, ms: 0, persisted: false, pending: 0, indexed: 0 };
    last = load;
    indexing = store.postedCount().catch(() => 0).then((postedBefore) => indexPending(
      store,
      (done, pending, fromEntries) => {
        if (done === 0) load.total = postedBefore + pending;
        counted();
        load.pending = pending - done + storedSince;
        load.indexed = done;
        load.fromEntries = fromEntries;
        load.reindexed = done - fromEntries;
      },
      pagesFirst,
    ))
      .catch(() => {
        // Out of quota or similar: what is indexed stays searchable; the rest is tried at the next start.
      })
      .then(async () => {
        load.docs = await store.postedCount().catch(() => 0);
        load.ms = performance.now() - t0;
        load.pending = 0;
        load.persisted = true;
        indexing = null;
        counted();
        if (again) {
          again = false;
          void startIndexing();
        }
      });
    return known;
  };
  return {
    revision: () => store.revision(),
    async buildIndex() {
      // Reads keys only (which documents are not searchable yet), no document; the indexing
      // itself goes on in the background while pages are answered, unless it is short enough
      // to wait for (the seeds at the first start, a few pages stored or shown again).
      await startIndexing();
      if (indexing && (last?.pending ?? 0) <= WAIT_FOR_PENDING) await indexing;
      markStart('pendingChecked');
      return cache.index;
    },
    async indexFor(_index, page, sentencesOf) {
      answering++;
      try {
        const stats: LookupStats = { ms: 0, dfTerms: 0, postingTerms: 0, postingIds: 0, loaded: 0, cached: 0, restored: 0, storeMs: 0 };
        const view = await lookupIndexFor(page, postings, cache, stats, sentencesOf);
        if (last) last.lastPage = stats;
        return view;
      } finally {
        // Resumed after the caller's synchronous analysis (a later task than this continuation).
        if (--answering === 0) {
          const waiting = answered;
          answered = [];
          setTimeout(() => waiting.forEach((r) => r()), 0);
        }
      }
    },
    answered() {
      // After any page being answered (serialising ~20–40 documents takes a few ms of the thread).
      return pagesFirst()
        .then(() => store.saveDerivedData(cache.takeUnsaved(), DERIVED_FORMAT))
        .catch(() => {
          // Out of quota or similar: those documents' features are derived again at a cold start.
        });
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
      // The background added the document to the cache to compute its entry: the cache loads
      // it again when a page needs it (with its chunk).
      cache.drop(doc.id);
      try {
        const stored = await store.getDocument(doc.id);
        if (!stored || stored.text !== doc.text || entry.fingerprint !== fingerprint(doc.text)) return;
        await store.postDocuments([indexEntryRecord(doc, entry)], new Map([[doc.id, stored.contentHash]]));
      } catch {
        // Out of quota or similar: this document is indexed at the next start.
      }
    },
    lastIndexLoad: () => (last ? { ...last } : null),
    store: () => store,
  };
}

/** The engine's indexing of one text, for the store to make a stored page searchable in the same transaction. */
export function indexText(text: string): { termsRevision: string; entry: IndexedDocEntry } {
  return { termsRevision: TERMS_REVISION, entry: indexEntryOf({ id: 'new', outlet: '', outletNamed: false, headline: '', date: null, lang: 'en', text }) };
}

/** Opens the reader's corpus (storing the shipped seeds on first run), or falls back to the seeds in memory. */
export async function openCorpusSource(seeds: readonly CorpusDoc[]): Promise<CorpusSource> {
  try {
    const store = await CorpusStore.open(undefined, { indexer: indexText });
    markStart('dbOpened');
    await store.ensureSeeds(seeds);
    markStart('seedsChecked');
    return storeSource(store);
  } catch (e) {
    return memorySource(seeds, `this browser window cannot store a corpus (${e instanceof Error ? e.message : String(e)}).`);
  }
}

// The reader's corpus in IndexedDB. Every read and write of stored documents goes through
// this class, so duplicate detection, the revision counter and quota handling cannot be
// bypassed. Each public method is one transaction: it either happens entirely or not at all.
import { openDB, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { CorpusDoc } from '../engine/types';
import type { IndexedDocEntry } from '../engine/index/corpus-index';
import { validateDocFields } from './doc-validation';
import { DERIVED_DATA_LIMITS, MAX_OUTLET_CHARS } from './limits';
import { ImportConflictError, isQuotaError, withQuotaCheck } from './errors';
import { toCorpusDoc } from './corpus-doc';
import { buildExport, type CorpusExport, type ExportedDoc } from './export-format';
import { DuplicateIndex, DUPLICATE_REASON } from './duplicate-index';
import { fingerprint, hash53, normaliseText, signatureSimilarity, urlKey, NEAR_DUPLICATE_SIMILARITY, type Fingerprint } from './fingerprint';
import { DB_VERSION, runMigrations } from './migrations';
import { DB_NAME, META, type CorpusSchema } from './schema';
import { planExpiry, type ExpiryLimits } from '../remember/expiry';
import type {
  AddResult,
  ImportResult,
  IndexEntryRecord,
  NewDoc,
  ProgressCallback,
  StoredDoc,
  TrashedDoc,
} from './types';

type Db = IDBPDatabase<CorpusSchema>;
type Names = StoreNames<CorpusSchema>;
type RwTx<S extends Names[]> = IDBPTransaction<CorpusSchema, S, 'readwrite'>;
type DocsStore = IDBPObjectStore<CorpusSchema, Names[], 'documents', 'readwrite' | 'readonly'>;
type MetaStore = IDBPObjectStore<CorpusSchema, Names[], 'meta', 'readwrite'>;

/** An import waits for its queued writes (and reports progress) about this often. */
const CHECKPOINT_MS = 100;

/**
 * Expiry deletes at most this many documents per transaction and yields between transactions:
 * one document is ~20 index entries (16 MinHash bands, hash, URL, source, expiry), so a batch is
 * a few thousand deletions, tens of milliseconds, and an analysis or the options page waiting
 * on the database waits at most that long.
 */
export const EXPIRY_BATCH = 200;

/**
 * Search-index entries written per transaction (and a pause between transactions). An entry is
 * ~3-5 KB once serialised (~30 sentences: two offsets and ~12 short term keys each), so 500 are
 * ~2 MB, which the worker serialises in tens of milliseconds: filling in 10,000 entries after an
 * import never holds the database (or an analysis waiting for it) longer than that at a time.
 */
export const INDEX_ENTRY_BATCH = 500;

/** What the background's index is built from, read in one transaction (a consistent view). */
export interface IndexInputs {
  /** Documents to compare against (hidden seeds left out), in id order. */
  docs: StoredDoc[];
  /** Stored index entries of those documents, by id (not checked: the caller decides what fits). */
  entries: Map<string, IndexEntryRecord>;
  /** Ids of stored entries whose document is gone (garbage to delete). */
  orphans: string[];
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Deleted documents stay restorable ("undo") this long, even after the page is closed. */
export const TRASH_RETENTION_DAYS = 30;

function makeStored(doc: NewDoc & { id: string }, fp: Fingerprint, now: string): StoredDoc {
  const stored: StoredDoc = {
    ...toCorpusDoc(doc as StoredDoc),
    addedAt: doc.addedAt ?? now,
    source: doc.source ?? 'user',
    hidden: doc.hidden ?? false,
    contentHash: fp.contentHash,
    minhash: fp.minhash,
    bands: fp.bands,
  };
  if (fp.urlKey) stored.urlKey = fp.urlKey;
  if (doc.author?.trim()) stored.author = doc.author.trim();
  if (doc.fetchedFrom) stored.fetchedFrom = doc.fetchedFrom;
  if (doc.fetchedFrom && doc.summaryOnly) stored.summaryOnly = true;
  return withKeepFlags(stored, doc.remembered === true, doc.pinned === true);
}

/** Sets the remembered/pinned flags and the expiry key they imply (see StoredDoc.expiryKey). */
function withKeepFlags(doc: StoredDoc, remembered: boolean, pinned: boolean): StoredDoc {
  const { remembered: _r, pinned: _p, expiryKey: _e, ...rest } = doc;
  const next: StoredDoc = rest;
  if (remembered) next.remembered = true;
  if (pinned) next.pinned = true;
  // Remembered pages and fetched articles expire; what the reader added by hand never does.
  if ((remembered || doc.fetchedFrom !== undefined) && !pinned) next.expiryKey = doc.addedAt;
  return next;
}

/** Finds a stored document that `fp` duplicates, by URL, by exact text, or by near-identical text. */
async function findDuplicateIn(
  docs: DocsStore,
  text: string,
  fp: Fingerprint,
): Promise<{ of: string; reason: string } | null> {
  if (fp.urlKey) {
    const sameUrl = await docs.index('by-url').get(fp.urlKey);
    if (sameUrl) return { of: sameUrl.id, reason: DUPLICATE_REASON.url(sameUrl) };
  }
  const normalised = normaliseText(text);
  for (const c of await docs.index('by-hash').getAll(fp.contentHash)) {
    if (normaliseText(c.text) === normalised) {
      return { of: c.id, reason: DUPLICATE_REASON.text(c) };
    }
  }
  const candidateIds = new Set<string>();
  const bandIndex = docs.index('by-band');
  const perBand = await Promise.all(fp.bands.map((b) => bandIndex.getAllKeys(b)));
  for (const ids of perBand) for (const id of ids) candidateIds.add(id);
  let best: { doc: StoredDoc; similarity: number } | null = null;
  for (const id of candidateIds) {
    const c = await docs.get(id);
    if (!c) continue;
    const similarity = signatureSimilarity(fp.minhash, c.minhash);
    if (similarity >= NEAR_DUPLICATE_SIMILARITY && (!best || similarity > best.similarity)) best = { doc: c, similarity };
  }
  if (best) return { of: best.doc.id, reason: DUPLICATE_REASON.near(best.doc, best.similarity) };
  return null;
}

const num = (v: number | string | undefined): number => (typeof v === 'number' ? v : 0);

/**
 * Increases the revision. `keepsPostings`: the change left every visible document searchable
 * as it was (a delete that removed its postings in the same transaction), so if nothing was
 * waiting to be indexed before, nothing is after.
 */
async function bumpRevision(meta: MetaStore, keepsPostings = false): Promise<number> {
  const prev = num(await meta.get(META.revision));
  const next = prev + 1;
  await meta.put(next, META.revision);
  if (keepsPostings && num(await meta.get(META.postedRevision)) === prev) await meta.put(next, META.postedRevision);
  return next;
}

type PostingStores = ['indexEntries', 'postings', 'docFreq', 'derivedData', 'meta'];
const POSTING_STORES: PostingStores = ['indexEntries', 'postings', 'docFreq', 'derivedData', 'meta'];
type PostingTx = IDBPTransaction<CorpusSchema, Names[], 'readwrite'>;

/** The distinct terms of an entry: the terms its document is posted under. */
function distinctTerms(rec: IndexEntryRecord): string[] {
  return [...new Set((rec.entry?.terms ?? []).flat())];
}

/**
 * Makes these documents searchable in the caller's transaction (see CorpusStore.postDocuments):
 * entries marked posted under a new chunk, postings, frequencies, count.
 */
async function postIn(tx: PostingTx, records: readonly IndexEntryRecord[], contentHashes: ReadonlyMap<string, string>): Promise<string[]> {
  const docs = tx.objectStore('documents');
  const entries = tx.objectStore('indexEntries');
  const meta = tx.objectStore('meta');
  const chunk = num(await meta.get(META.postingChunk)) + 1;
  await meta.put(chunk, META.postingChunk);
  const byTerm = new Map<string, string[]>();
  const posted: string[] = [];
  const writes: Promise<unknown>[] = [];
  const current = await Promise.all(records.map(async (r) => ({ doc: await docs.get(r.id), old: await entries.get(r.id) })));
  records.forEach((r, k) => {
    const { doc, old } = current[k];
    if (!doc || doc.hidden || doc.contentHash !== contentHashes.get(r.id) || doc.text.length !== r.textLength) return;
    if (old?.posted !== undefined) return;
    for (const t of distinctTerms(r)) {
      const ids = byTerm.get(t);
      if (ids) ids.push(r.id);
      else byTerm.set(t, [r.id]);
    }
    posted.push(r.id);
    writes.push(entries.put({ ...r, posted: chunk, postedFingerprint: r.entry.fingerprint }));
  });
  if (!posted.length) return posted;
  const postings = tx.objectStore('postings');
  const docFreq = tx.objectStore('docFreq');
  await Promise.all([
    ...writes,
    ...[...byTerm].map(async ([t, ids]) => {
      await postings.put(ids, [t, chunk]);
      await docFreq.put(((await docFreq.get(t)) ?? 0) + ids.length, t);
    }),
  ]);
  await meta.put(num(await meta.get(META.postedDocs)) + posted.length, META.postedDocs);
  await meta.put(num(await meta.get(META.postingsGeneration)) + 1, META.postingsGeneration);
  return posted;
}

/** The key range of every postings record of a term ([term, chunk] for any chunk number). */
const termRange = (term: string) => IDBKeyRange.bound([term], [term, []]);

/**
 * Makes a document not searchable, in the caller's transaction: its id leaves the postings of
 * each of its terms, their document frequencies and the count go down, and its entry is no
 * longer marked posted (kept: a later indexing reuses it when the text is unchanged). Returns
 * whether it was searchable.
 */
async function unpostIn(tx: PostingTx, id: string): Promise<boolean> {
  // Whatever takes a document out of the search index (deleted, expired, hidden, changed) takes
  // its derived data out of the cache too: a later load derives it afresh.
  await tx.objectStore('derivedData').delete(id);
  const entries = tx.objectStore('indexEntries');
  const rec = await entries.get(id);
  if (!rec || rec.posted === undefined) return false;
  const postings = tx.objectStore('postings');
  const docFreq = tx.objectStore('docFreq');
  const chunk = rec.posted;
  await Promise.all(
    distinctTerms(rec).map(async (t) => {
      const ids = await postings.get([t, chunk]);
      const left = (ids ?? []).filter((x) => x !== id);
      await (left.length ? postings.put(left, [t, chunk]) : postings.delete([t, chunk]));
      const df = ((await docFreq.get(t)) ?? 1) - 1;
      await (df > 0 ? docFreq.put(df, t) : docFreq.delete(t));
    }),
  );
  const { posted: _p, postedFingerprint: _f, ...rest } = rec;
  await entries.put(rest);
  const meta = tx.objectStore('meta');
  await meta.put(Math.max(0, num(await meta.get(META.postedDocs)) - 1), META.postedDocs);
  await meta.put(num(await meta.get(META.postingsGeneration)) + 1, META.postingsGeneration);
  return true;
}

function newId(hash: string): string {
  return `u_${Date.now().toString(36)}_${hash.slice(-8)}`;
}

export interface OpenOptions {
  /** Test hook: open the database at this version instead of the latest. */
  version?: number;
  /**
   * The engine's indexing of one text (the background passes it; the options page does not): a
   * document stored with `addDocument` is then searchable in the same transaction that stores
   * it. Without it, the document is indexed by the background later (`pendingPostings`).
   */
  indexer?: (text: string) => { termsRevision: string; entry: IndexedDocEntry };
}

export class CorpusStore {
  /** Null after the browser or another page closed our connection; the next call reconnects. */
  private db: Db | null = null;

  private constructor(
    readonly name: string,
    private readonly version: number,
    private readonly indexer?: OpenOptions['indexer'],
  ) {}

  /** Opens (creating or migrating) the corpus database. */
  static async open(name: string = DB_NAME, opts: OpenOptions = {}): Promise<CorpusStore> {
    const store = new CorpusStore(name, opts.version ?? DB_VERSION, opts.indexer);
    await store.conn();
    await store.purgeTrash();
    return store;
  }

  private async conn(): Promise<Db> {
    if (this.db) return this.db;
    const db = await openDB<CorpusSchema>(this.name, this.version, {
      upgrade: (udb, oldVersion, newVersion, tx) => runMigrations(udb, oldVersion, newVersion, tx),
      // Another page (e.g. an updated background) wants a newer schema: step aside so it can
      // upgrade; the next call here reconnects at our version (or fails loudly if ours is older).
      blocking: () => {
        db.close();
        if (this.db === db) this.db = null;
      },
      terminated: () => {
        if (this.db === db) this.db = null;
      },
    });
    this.db = db;
    return db;
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  /** Runs `body` in one transaction; any failure aborts it so nothing of it is written. */
  private async write<S extends Names[], T>(
    operation: string,
    stores: S,
    body: (tx: RwTx<S>) => Promise<T>,
  ): Promise<T> {
    return withQuotaCheck(operation, async () => {
      const tx = (await this.conn()).transaction(stores, 'readwrite');
      tx.done.catch(() => {}); // observed below; avoid an unhandled rejection when we abort
      try {
        const result = await body(tx);
        await tx.done;
        return result;
      } catch (e) {
        try {
          tx.abort();
        } catch {
          // already finished or aborted by the browser
        }
        // A request that failed for lack of space aborts the transaction; later requests then
        // fail as "transaction inactive". Report the cause, not the symptom.
        const cause = await tx.done.then(
          () => null,
          (err: unknown) => err,
        );
        throw isQuotaError(cause) && !isQuotaError(e) ? cause : e;
      }
    });
  }

  /** Increases on every change to the documents (a cheap "has the corpus changed?" check). */
  async revision(): Promise<number> {
    return num(await (await this.conn()).get('meta', META.revision));
  }

  async getDocument(id: string): Promise<StoredDoc | undefined> {
    return (await this.conn()).get('documents', id);
  }

  async count(): Promise<number> {
    return (await this.conn()).count('documents');
  }

  /** Stored documents in id order. The background passes `includeHidden: false`. */
  async listDocuments(opts: { includeHidden?: boolean } = {}): Promise<StoredDoc[]> {
    const all = await (await this.conn()).getAll('documents');
    return opts.includeHidden === false ? all.filter((d) => !d.hidden) : all;
  }

  /**
   * The stored document with this address (the same-URL rule of addDocument: tracking parameters,
   * fragment and trailing slash ignored), read without the text; null when none. A fetch run asks
   * it before requesting an article page, so an article stored once is never requested again.
   */
  async findByUrl(url: string): Promise<string | null> {
    const key = urlKey(url);
    if (!key) return null;
    return (await (await this.conn()).getKeyFromIndex('documents', 'by-url', key)) ?? null;
  }

  /** The duplicate a new text would be, without storing anything. */
  async findDuplicate(text: string, url?: string | null): Promise<{ of: string; reason: string } | null> {
    const tx = (await this.conn()).transaction('documents', 'readonly');
    return findDuplicateIn(tx.store as unknown as DocsStore, text, fingerprint(text, url));
  }

  /**
   * Stores a document unless it duplicates a stored one (same URL, same text, or a near-identical
   * syndicated copy). Throws on invalid fields (a message naming the field) and StorageQuotaError.
   */
  async addDocument(input: NewDoc): Promise<AddResult> {
    const problems = validateDocFields(input, 'document', { requireId: false });
    if (problems.length) throw new TypeError(problems.join('; '));
    const fp = fingerprint(input.text, input.url);
    const now = new Date().toISOString();
    // Indexed before the transaction (a few ms of segmentation): a transaction must not wait on
    // anything but its own requests.
    const indexed = this.indexer && !input.hidden ? this.indexer(input.text) : null;
    return this.write('storing the document', ['documents', 'trash', ...POSTING_STORES], async (tx) => {
      const docs = tx.objectStore('documents');
      const dup = await findDuplicateIn(docs, input.text, fp);
      if (dup) return { status: 'duplicate', ...dup } as const;
      let id = input.id ?? newId(fp.contentHash);
      if (await docs.get(id)) {
        if (input.id) throw new ImportConflictError(`a different document with id "${id}" is already stored`);
        const base = id;
        for (let n = 2; await docs.get(id); n++) id = `${base}_${n}`;
      }
      const stored = makeStored({ ...input, id }, fp, now);
      await docs.put(stored);
      // A deleted document stored again under its id: its trashed copy is obsolete, and an
      // "undo" of the delete must not try to put it back over this one.
      await tx.objectStore('trash').delete(id);
      // Searchable at once, in this transaction (a stale entry of a deleted document under the same id is replaced).
      let posted = false;
      if (indexed) {
        await unpostIn(tx as unknown as PostingTx, id);
        const record: IndexEntryRecord = { id, termsRevision: indexed.termsRevision, textLength: stored.text.length, entry: indexed.entry };
        posted = (await postIn(tx as unknown as PostingTx, [record], new Map([[id, stored.contentHash]]))).length === 1;
      }
      await bumpRevision(tx.objectStore('meta'), posted);
      return { status: 'stored', id } as const;
    });
  }

  /**
   * The stored document `doc` would duplicate (same address, same text, or a near-identical
   * copy: the rules addDocument refuses by), read without writing: the sidebar asks it so it does
   * not offer to store a page that is already stored.
   */
  async findStored(doc: Pick<NewDoc, 'text' | 'url'>): Promise<{ of: string; reason: string } | null> {
    const fp = fingerprint(doc.text, doc.url);
    const tx = (await this.conn()).transaction('documents', 'readonly');
    return findDuplicateIn(tx.objectStore('documents') as unknown as DocsStore, doc.text, fp);
  }

  /**
   * Moves a document to the trash (restorable with `restoreDocument` for TRASH_RETENTION_DAYS).
   * Seeds are not deleted but hidden: they ship with the extension and would only come back.
   */
  async deleteDocument(id: string): Promise<boolean> {
    return this.write('deleting the document', ['documents', 'trash', ...POSTING_STORES], async (tx) => {
      const docs = tx.objectStore('documents');
      const doc = await docs.get(id);
      if (!doc) return false;
      if (doc.source === 'seed') throw new TypeError(`"${id}" is a seed: hide it instead of deleting it`);
      const trashed: TrashedDoc = { id, deletedAt: new Date().toISOString(), doc };
      await tx.objectStore('trash').put(trashed);
      await docs.delete(id);
      // Its postings and index entry go with it (a restore re-indexes that one document).
      await unpostIn(tx as unknown as PostingTx, id);
      await tx.objectStore('indexEntries').delete(id);
      await bumpRevision(tx.objectStore('meta'), true);
      return true;
    });
  }

  /** Undo of a delete: puts the document back exactly as it was. */
  async restoreDocument(id: string): Promise<AddResult | { status: 'missing' }> {
    return this.write('restoring the document', ['documents', 'trash', 'meta'], async (tx) => {
      const trash = tx.objectStore('trash');
      const entry = await trash.get(id);
      if (!entry) return { status: 'missing' } as const;
      const docs = tx.objectStore('documents');
      const again = await docs.get(id);
      if (again) {
        // Stored again since it was deleted (a re-import of the same file): the document is
        // back already, and the trashed copy is obsolete.
        if (again.contentHash === entry.doc.contentHash && normaliseText(again.text) === normaliseText(entry.doc.text)) {
          await trash.delete(id);
          return { status: 'stored', id } as const;
        }
        throw new ImportConflictError(`“${entry.doc.headline}” was stored again with a different text since it was deleted, so the deleted copy cannot be restored. Nothing was changed.`);
      }
      await docs.put(entry.doc);
      await trash.delete(id);
      await bumpRevision(tx.objectStore('meta'));
      return { status: 'stored', id } as const;
    });
  }

  /** Documents deleted recently enough to restore, newest first. */
  async listTrash(): Promise<TrashedDoc[]> {
    return (await (await this.conn()).getAll('trash')).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  private async purgeTrash(now = Date.now()): Promise<void> {
    const cutoff = new Date(now - TRASH_RETENTION_DAYS * 86_400_000).toISOString();
    const expired = (await (await this.conn()).getAll('trash')).filter((t) => t.deletedAt < cutoff);
    if (!expired.length) return;
    await this.write('emptying the trash', ['trash'], async (tx) => {
      for (const t of expired) await tx.objectStore('trash').delete(t.id);
    });
  }

  /** Pins (never expires) or unpins a document; only remembered and fetched documents can expire either way. */
  async setPinned(id: string, pinned: boolean): Promise<boolean> {
    return this.write(pinned ? 'pinning the document' : 'unpinning the document', ['documents'], async (tx) => {
      const docs = tx.objectStore('documents');
      const doc = await docs.get(id);
      if (!doc) return false;
      // No revision bump: what the engine compares against is unchanged.
      if ((doc.pinned === true) !== pinned) await docs.put(withKeepFlags(doc, doc.remembered === true, pinned));
      return true;
    });
  }

  /** The reader's name for a document's outlet (the options page). A seed keeps it across updates. */
  async setOutlet(id: string, outlet: string): Promise<boolean> {
    const name = outlet.replace(/\s+/g, ' ').trim();
    if (!name) throw new TypeError('The outlet needs a name.');
    if (name.length > MAX_OUTLET_CHARS) throw new TypeError(`The outlet’s name is too long (at most ${MAX_OUTLET_CHARS} characters).`);
    return this.write('renaming the outlet', ['documents', ...POSTING_STORES], async (tx) => {
      const docs = tx.objectStore('documents');
      const doc = await docs.get(id);
      if (!doc) return false;
      if (doc.outlet !== name || !doc.outletNamed) {
        await docs.put({ ...doc, outlet: name, outletNamed: true, outletEdited: true });
        // Indexed again (from its unchanged entry), under a new chunk: the background's cached
        // copy, which carries the old name, is then seen stale and reloaded.
        await unpostIn(tx as unknown as PostingTx, id);
        await bumpRevision(tx.objectStore('meta'));
      }
      return true;
    });
  }

  /** Unpinned remembered and fetched documents, as expiry sees them (read from the by-expiry index only). */
  async expiryCandidates(): Promise<{ id: string; rememberedAt: string }[]> {
    const tx = (await this.conn()).transaction('documents', 'readonly');
    const out: { id: string; rememberedAt: string }[] = [];
    for (let c = await tx.store.index('by-expiry').openKeyCursor(); c; c = await c.continue()) {
      out.push({ id: c.primaryKey, rememberedAt: c.key });
    }
    return out;
  }

  /**
   * Deletes remembered articles past the reader's limits (planExpiry), for good (not to the
   * trash: the limit is how long to keep them). EXPIRY_BATCH per transaction, yielding to the
   * event loop between batches (`pause`), so expiry never holds the database or the thread for
   * long. A document pinned meanwhile is skipped. Returns the ids deleted.
   */
  async expireRemembered(limits: ExpiryLimits, opts: { batch?: number; pause?: () => Promise<void> } = {}): Promise<string[]> {
    const ids = planExpiry(await this.expiryCandidates(), limits);
    const batch = opts.batch ?? EXPIRY_BATCH;
    const pause = opts.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
    const deleted: string[] = [];
    for (let i = 0; i < ids.length; i += batch) {
      if (i > 0) await pause();
      const part = ids.slice(i, i + batch);
      deleted.push(
        ...(await this.write('removing expired remembered articles', ['documents', ...POSTING_STORES], async (tx) => {
          const docs = tx.objectStore('documents');
          const entries = tx.objectStore('indexEntries');
          const gone: string[] = [];
          for (const id of part) {
            const doc = await docs.get(id);
            if (!doc || doc.expiryKey === undefined) continue;
            await docs.delete(id);
            await unpostIn(tx as unknown as PostingTx, id);
            await entries.delete(id);
            gone.push(id);
          }
          if (gone.length) await bumpRevision(tx.objectStore('meta'), true);
          return gone;
        })),
      );
    }
    return deleted;
  }

  /** Hides or shows a document (seeds: "hide" instead of delete). Hidden documents stay stored. */
  async setHidden(id: string, hidden: boolean): Promise<boolean> {
    return this.write(hidden ? 'hiding the document' : 'showing the document', ['documents', ...POSTING_STORES], async (tx) => {
      const docs = tx.objectStore('documents');
      const doc = await docs.get(id);
      if (!doc) return false;
      if (doc.hidden !== hidden) {
        await docs.put({ ...doc, hidden });
        // Hidden: not searchable from now. Shown again: indexed by the background, as a new document.
        if (hidden) await unpostIn(tx as unknown as PostingTx, id);
        await bumpRevision(tx.objectStore('meta'), hidden);
      }
      return true;
    });
  }

  /**
   * Makes sure every shipped seed is stored (call on every start with parseSeedDocs(...)).
   * Missing seeds are added; a seed whose shipped text or metadata changed is updated, keeping
   * whether the reader hid it. With `unhide`, every seed is shown again ("reset seeds").
   */
  async ensureSeeds(seeds: readonly CorpusDoc[], opts: { unhide?: boolean } = {}): Promise<{ added: string[]; updated: string[] }> {
    const now = new Date().toISOString();
    // The background calls this at every start, and it was a read-write transaction over the
    // documents and the search index (blocking the first page's reads) that fingerprinted every
    // seed. Unless the shipped seeds changed since it last ran (or a seed record is gone), there
    // is nothing to do: one read-only look at the meta record and the seed ids instead.
    const shipped = hash53(JSON.stringify(seeds));
    if (!opts.unhide && (await this.seedsUpToDate(shipped, seeds))) return { added: [], updated: [] };
    return this.write('storing the seed articles', ['documents', ...POSTING_STORES], async (tx) => {
      const docs = tx.objectStore('documents');
      const added: string[] = [];
      const updated: string[] = [];
      const seen = new Set<string>();
      for (const seed of seeds) {
        seen.add(seed.id);
        const existing = await docs.get(seed.id);
        if (existing && existing.source !== 'seed') continue; // the reader's own document: never overwritten
        const fresh = makeStored(
          { ...seed, source: 'seed', addedAt: existing?.addedAt ?? now, hidden: opts.unhide ? false : (existing?.hidden ?? false) },
          fingerprint(seed.text, seed.url),
          now,
        );
        // The reader's correction of the outlet's name outlives updates (and resets) of the seed.
        if (existing?.outletEdited) Object.assign(fresh, { outlet: existing.outlet, outletNamed: true, outletEdited: true });
        if (!existing) {
          await docs.put(fresh);
          added.push(seed.id);
        } else if (JSON.stringify(toCorpusDoc(existing)) !== JSON.stringify(toCorpusDoc(fresh)) || existing.hidden !== fresh.hidden) {
          await docs.put(fresh);
          // Its text, metadata or visibility changed: indexed again by the background.
          await unpostIn(tx as unknown as PostingTx, seed.id);
          updated.push(seed.id);
        }
      }
      if (opts.unhide) {
        // Seeds no longer shipped but still stored (from an older version or an import) come back too.
        for (const doc of await docs.index('by-source').getAll('seed')) {
          if (!seen.has(doc.id) && doc.hidden) {
            await docs.put({ ...doc, hidden: false });
            await unpostIn(tx as unknown as PostingTx, doc.id);
            updated.push(doc.id);
          }
        }
      }
      if (added.length || updated.length) await bumpRevision(tx.objectStore('meta'));
      await tx.objectStore('meta').put(shipped, META.seedsShipped);
      return { added, updated };
    });
  }

  /** Whether `ensureSeeds` last stored seeds hashing to `shipped`, and every one of them is still stored. */
  private async seedsUpToDate(shipped: string, seeds: readonly CorpusDoc[]): Promise<boolean> {
    const tx = (await this.conn()).transaction(['meta', 'documents'], 'readonly');
    const [last, ...keys] = await Promise.all([tx.objectStore('meta').get(META.seedsShipped), ...seeds.map((s) => tx.objectStore('documents').getKey(s.id))]);
    return last === shipped && keys.every((k) => k !== undefined);
  }

  /** "Reset seeds": every seed stored as shipped and shown again. The reader's documents are untouched. */
  async resetSeeds(seeds: readonly CorpusDoc[]): Promise<{ added: string[]; updated: string[] }> {
    return this.ensureSeeds(seeds, { unhide: true });
  }

  /**
   * Stores validated documents (from validateImport) in ONE transaction: all of them or none.
   * A document already stored under the same id with the same text is skipped, as is a
   * duplicate of a stored document (or of an earlier entry of the same import). The same id
   * with a different text cancels the whole import (ImportConflictError naming the entry).
   */
  async importDocuments(entries: readonly ExportedDoc[], opts: { onProgress?: ProgressCallback } = {}): Promise<ImportResult> {
    const total = entries.length;
    const now = new Date().toISOString();
    return this.write(`importing ${total} document${total === 1 ? '' : 's'}`, ['documents', 'meta', 'trash'], async (tx) => {
      const docs = tx.objectStore('documents');
      const trash = tx.objectStore('trash');
      // Ids in the trash: a re-imported deleted document makes its trashed copy obsolete.
      const trashed = new Set(await trash.getAllKeys());
      // One read of the stored documents instead of ~20 index requests per imported document.
      const stored = await docs.getAll();
      const byId = new Map(stored.map((d) => [d.id, d]));
      const dupes = new DuplicateIndex(stored);
      const result: ImportResult = { added: [], skipped: [] };
      let lastPut: Promise<unknown> | null = null;
      let checkpoint = performance.now();
      opts.onProgress?.(0, total, 'storing');
      for (let i = 0; i < total; i++) {
        const entry = entries[i];
        // Fingerprinted here, not all before the transaction: the browser writes the puts
        // queued so far (in its storage process) while this document is hashed, so hashing
        // and writing overlap instead of following each other.
        const fp = fingerprint(entry.text, entry.url);
        const existing = byId.get(entry.id);
        if (existing) {
          if (existing.contentHash === fp.contentHash && normaliseText(existing.text) === normaliseText(entry.text)) {
            result.skipped.push({ id: entry.id, headline: entry.headline, of: existing.id, reason: 'already in your library' });
            continue;
          }
          throw new ImportConflictError(
            `documents[${i}].id: "${entry.id}" is already stored with a different text; nothing was imported`,
          );
        }
        const dup = dupes.find(entry.text, fp);
        if (dup) {
          result.skipped.push({ id: entry.id, headline: entry.headline, ...dup });
          continue;
        }
        const doc = makeStored(entry, fp, now);
        byId.set(doc.id, doc);
        dupes.add(doc); // later entries of the same file are checked against this one too
        // Requests are queued without waiting for each; a failure rejects at the next await.
        lastPut = docs.put(doc);
        lastPut.catch(() => {});
        if (trashed.has(doc.id)) trash.delete(doc.id).catch(() => {});
        result.added.push(entry.id);
        if (performance.now() - checkpoint >= CHECKPOINT_MS) {
          // Let the page paint the progress (awaiting an IDB request keeps the transaction open).
          await lastPut;
          checkpoint = performance.now();
          opts.onProgress?.(i + 1, total, 'storing');
        }
      }
      if (lastPut) await lastPut;
      if (result.added.length) await bumpRevision(tx.objectStore('meta'));
      opts.onProgress?.(total, total, 'storing');
      return result;
    });
  }

  /** The whole corpus (hidden seeds included) in the export format. */
  async exportCorpus(now = new Date()): Promise<CorpusExport> {
    return buildExport(await (await this.conn()).getAll('documents'), now);
  }

  /** The visible documents and the stored index entries, read in one transaction. */
  async indexInputs(): Promise<IndexInputs> {
    const tx = (await this.conn()).transaction(['documents', 'indexEntries'], 'readonly');
    const [all, stored] = await Promise.all([tx.objectStore('documents').getAll(), tx.objectStore('indexEntries').getAll()]);
    const ids = new Set(all.map((d) => d.id));
    const entries = new Map<string, IndexEntryRecord>();
    const orphans: string[] = [];
    for (const e of stored) {
      if (ids.has(e.id)) entries.set(e.id, e);
      else orphans.push(e.id);
    }
    return { docs: all.filter((d) => !d.hidden), entries, orphans };
  }

  /**
   * Stores search-index entries (replacing any under the same ids), INDEX_ENTRY_BATCH per
   * transaction with a pause between (`pause`, a new task by default). Entries are derived data:
   * the caller may ignore a failure (the document is re-indexed from its text at the next build).
   */
  async saveIndexEntries(records: readonly IndexEntryRecord[], opts: { batch?: number; pause?: () => Promise<void> } = {}): Promise<void> {
    // A searchable entry stays as it is: replacing it would leave postings that its record no
    // longer describes (it is made searchable only from a matching text and terms revision).
    await this.inBatches('saving the search index', records, opts, async (store, r) => {
      if ((await store.get(r.id))?.posted === undefined) await store.put(r);
    });
  }

  /** Deletes the entries of these ids (garbage of deleted documents), in batches like saveIndexEntries. */
  async deleteIndexEntries(ids: readonly string[], opts: { batch?: number; pause?: () => Promise<void> } = {}): Promise<void> {
    await this.inBatches('cleaning up the search index', ids, opts, async (store, id) => {
      if ((await store.get(id))?.posted === undefined) await store.delete(id);
    });
  }

  /** Every stored entry (tests and diagnostics; the background reads them with indexInputs). */
  async listIndexEntries(): Promise<IndexEntryRecord[]> {
    return (await this.conn()).getAll('indexEntries');
  }

  // ---- the search index on disk (v6): what a page's retrieval reads, and how it is kept ----

  /**
   * Ids of the documents to index so that every visible document is searchable (hidden ones
   * among them: the caller skips them), or none when nothing changed since they all were. When
   * the postings were made under another terms revision (an extension update), they are dropped
   * first and every document is to index again. Entries posted for a document that is gone (not
   * possible through this class; a library written by an older version) stop being searchable.
   */
  async pendingPostings(termsRevision: string): Promise<{ revision: number; pending: string[] }> {
    const db = await this.conn();
    const [revision, posted, terms] = await Promise.all([this.revision(), db.get('meta', META.postedRevision), db.get('meta', META.postingsTerms)]);
    if (terms !== termsRevision) await this.resetPostings(termsRevision);
    else if (posted === revision) return { revision, pending: [] };
    const tx = db.transaction(['documents', 'indexEntries'], 'readonly');
    const [docIds, postedIds] = await Promise.all([tx.objectStore('documents').getAllKeys(), tx.objectStore('indexEntries').index('by-posted').getAllKeys()]);
    const isDoc = new Set(docIds);
    const isPosted = new Set(postedIds);
    const orphans = postedIds.filter((id) => !isDoc.has(id));
    if (orphans.length) {
      await this.write('cleaning up the search index', POSTING_STORES, async (wtx) => {
        for (const id of orphans) await unpostIn(wtx as unknown as PostingTx, id);
      });
    }
    return { revision, pending: docIds.filter((id) => !isPosted.has(id)) };
  }

  /** Drops every posting and document frequency (another terms revision): every document is to index again. */
  private async resetPostings(termsRevision: string): Promise<void> {
    await this.write('rebuilding the search index', POSTING_STORES, async (tx) => {
      await tx.objectStore('postings').clear();
      await tx.objectStore('docFreq').clear();
      await tx.objectStore('derivedData').clear();
      const entries = tx.objectStore('indexEntries');
      for (let c = await entries.index('by-posted').openCursor(); c; c = await c.continue()) {
        const { posted: _p, postedFingerprint: _f, ...rest } = c.value;
        await c.update(rest);
      }
      const meta = tx.objectStore('meta');
      await meta.put(0, META.postedDocs);
      await meta.put(num(await meta.get(META.postingsGeneration)) + 1, META.postingsGeneration);
      await meta.delete(META.postedRevision);
      await meta.put(termsRevision, META.postingsTerms);
    });
  }

  /** Documents with their stored index entries (for indexing them), in one read. */
  async documentsToIndex(ids: readonly string[]): Promise<{ doc: StoredDoc; rec?: IndexEntryRecord }[]> {
    const tx = (await this.conn()).transaction(['documents', 'indexEntries'], 'readonly');
    const docs = tx.objectStore('documents');
    const entries = tx.objectStore('indexEntries');
    const got = await Promise.all(ids.map(async (id) => ({ doc: await docs.get(id), rec: await entries.get(id) })));
    return got.filter((g): g is { doc: StoredDoc; rec: IndexEntryRecord | undefined } => !!g.doc);
  }

  /**
   * Makes these documents searchable, in ONE transaction with their entries: each entry is
   * stored, marked posted under a new chunk, its document's id added to the postings of each of
   * its terms under that chunk, their document frequencies and the count raised. A crash
   * before the end leaves none of them searchable (indexed again at the next start). A document
   * deleted, hidden or given another text since its entry was made is skipped, as is one
   * already searchable. Returns the ids made searchable.
   */
  async postDocuments(records: readonly IndexEntryRecord[], contentHashes: ReadonlyMap<string, string>): Promise<string[]> {
    if (!records.length) return [];
    return this.write('indexing documents', ['documents', ...POSTING_STORES], (tx) => postIn(tx as unknown as PostingTx, records, contentHashes));
  }

  /** Records that every visible document was searchable at `revision` (unless it changed since). */
  async markPostingsComplete(revision: number): Promise<boolean> {
    return this.write('indexing documents', ['meta'], async (tx) => {
      const meta = tx.objectStore('meta');
      if (num(await meta.get(META.revision)) !== revision) return false;
      await meta.put(revision, META.postedRevision);
      return true;
    });
  }

  /** Number of searchable documents and the postings' generation, read together. */
  async postingsState(): Promise<{ documentCount: number; generation: number }> {
    const meta = (await this.conn()).transaction('meta', 'readonly').store;
    const [count, generation] = await Promise.all([meta.get(META.postedDocs), meta.get(META.postingsGeneration)]);
    return { documentCount: num(count), generation: num(generation) };
  }

  /** Number of searchable documents. */
  async postedCount(): Promise<number> {
    return num(await (await this.conn()).get('meta', META.postedDocs));
  }

  /** Number of searchable documents containing each term. */
  async docFreqs(terms: readonly string[]): Promise<Map<string, number>> {
    const store = (await this.conn()).transaction('docFreq', 'readonly').store;
    const counts = await Promise.all(terms.map((t) => store.get(t)));
    return new Map(terms.map((t, k) => [t, counts[k] ?? 0]));
  }

  /** The searchable documents containing each term, with the chunk each was posted under. */
  async termPostings(terms: readonly string[]): Promise<Map<string, { id: string; version: number }[]>> {
    const store = (await this.conn()).transaction('postings', 'readonly').store;
    const read = await Promise.all(terms.map((t) => Promise.all([store.getAllKeys(termRange(t)), store.getAll(termRange(t))])));
    return new Map(
      terms.map((t, k) => {
        const [keys, values] = read[k];
        return [t, keys.flatMap((key, i) => values[i].map((id) => ({ id, version: key[1] })))];
      }),
    );
  }

  /** The searchable document whose entry has this fingerprint (the last by id), and its chunk. */
  async postedByFingerprint(fp: string): Promise<{ id: string; version: number } | null> {
    const recs = await (await this.conn()).getAllFromIndex('indexEntries', 'by-fingerprint', fp);
    const last = recs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).at(-1);
    return last && last.posted !== undefined ? { id: last.id, version: last.posted } : null;
  }

  /**
   * Searchable documents with their entries and chunks (ids not searchable are left out), and,
   * with `derivedFormat`, the derived data kept for them in that format: one transaction.
   */
  async loadPosted(ids: readonly string[], derivedFormat?: string): Promise<Map<string, { doc: StoredDoc; rec: IndexEntryRecord & { posted: number }; derived?: string }>> {
    const tx = (await this.conn()).transaction(['documents', 'indexEntries', 'derivedData'], 'readonly');
    const docs = tx.objectStore('documents');
    const entries = tx.objectStore('indexEntries');
    const derivedData = tx.objectStore('derivedData');
    const got = await Promise.all(ids.map((id) => Promise.all([docs.get(id), entries.get(id), derivedFormat === undefined ? undefined : derivedData.get(id)])));
    const out = new Map<string, { doc: StoredDoc; rec: IndexEntryRecord & { posted: number }; derived?: string }>();
    ids.forEach((id, k) => {
      const [doc, rec, derived] = got[k];
      if (!doc || doc.hidden || rec?.posted === undefined) return;
      const one: { doc: StoredDoc; rec: IndexEntryRecord & { posted: number }; derived?: string } = { doc, rec: rec as IndexEntryRecord & { posted: number } };
      if (derived && derived.format === derivedFormat && typeof derived.data === 'string') one.derived = derived.data;
      out.set(id, one);
    });
    return out;
  }

  /**
   * Keeps these documents' derived data (utils/engine/index/derived-data.ts) in `format`, in one
   * transaction: a document no longer stored is skipped; records of another format are dropped
   * first; then the oldest go until the cache is within `limits` (documents and characters).
   */
  async saveDerivedData(records: readonly { id: string; data: string }[], format: string, limits: { docs: number; chars: number } = DERIVED_DATA_LIMITS): Promise<void> {
    if (!records.length) return;
    await this.write('keeping derived data', ['documents', 'derivedData', 'meta'], async (tx) => {
      const store = tx.objectStore('derivedData');
      const meta = tx.objectStore('meta');
      if ((await meta.get(META.derivedFormat)) !== format) {
        await store.clear();
        await meta.put(format, META.derivedFormat);
      }
      const docs = tx.objectStore('documents');
      const stored = await Promise.all(records.map((r) => docs.getKey(r.id)));
      const now = Date.now();
      await Promise.all(records.map((r, k) => (stored[k] === undefined ? undefined : store.put({ id: r.id, format, data: r.data, chars: r.data.length, writtenAt: now }))));
      // Oldest first, from the index's keys only ([writtenAt, chars]): the data is never read here.
      const ages: { id: string; chars: number }[] = [];
      for (let c = await store.index('by-age').openKeyCursor(); c; c = await c.continue()) ages.push({ id: c.primaryKey, chars: c.key[1] });
      let count = ages.length;
      let chars = ages.reduce((n, a) => n + a.chars, 0);
      for (const a of ages) {
        if (count <= limits.docs && chars <= limits.chars) break;
        await store.delete(a.id);
        count--;
        chars -= a.chars;
      }
    });
  }

  private async inBatches<T>(
    operation: string,
    items: readonly T[],
    opts: { batch?: number; pause?: () => Promise<void> },
    request: (store: IDBPObjectStore<CorpusSchema, ['indexEntries'], 'indexEntries', 'readwrite'>, item: T) => Promise<unknown>,
  ): Promise<void> {
    const batch = opts.batch ?? INDEX_ENTRY_BATCH;
    const pause = opts.pause ?? nextTask;
    for (let i = 0; i < items.length; i += batch) {
      if (i > 0) await pause();
      const part = items.slice(i, i + batch);
      await this.write(operation, ['indexEntries'], async (tx) => {
        const store = tx.objectStore('indexEntries');
        // Queued without waiting for each; the transaction's end reports any failure.
        await Promise.all(part.map((item) => request(store, item)));
      });
    }
  }
}

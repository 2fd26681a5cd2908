// The reader's corpus in IndexedDB. Every read and write of stored documents goes through
// this class, so duplicate detection, the revision counter and quota handling cannot be
// bypassed. Each public method is one transaction: it either happens entirely or not at all.
import { openDB, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { CorpusDoc } from '../engine/types';
import { validateDocFields } from './doc-validation';
import { MAX_OUTLET_CHARS } from './limits';
import { ImportConflictError, isQuotaError, withQuotaCheck } from './errors';
import { toCorpusDoc } from './corpus-doc';
import { buildExport, type CorpusExport, type ExportedDoc } from './export-format';
import { DuplicateIndex, DUPLICATE_REASON } from './duplicate-index';
import { fingerprint, normaliseText, signatureSimilarity, urlKey, NEAR_DUPLICATE_SIMILARITY, type Fingerprint } from './fingerprint';
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

async function bumpRevision(meta: MetaStore): Promise<number> {
  const next = ((await meta.get(META.revision)) ?? 0) + 1;
  await meta.put(next, META.revision);
  return next;
}

function newId(hash: string): string {
  return `u_${Date.now().toString(36)}_${hash.slice(-8)}`;
}

export interface OpenOptions {
  /** Test hook: open the database at this version instead of the latest. */
  version?: number;
}

export class CorpusStore {
  /** Null after the browser or another page closed our connection; the next call reconnects. */
  private db: Db | null = null;

  private constructor(
    readonly name: string,
    private readonly version: number,
  ) {}

  /** Opens (creating or migrating) the corpus database. */
  static async open(name: string = DB_NAME, opts: OpenOptions = {}): Promise<CorpusStore> {
    const store = new CorpusStore(name, opts.version ?? DB_VERSION);
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
    return (await (await this.conn()).get('meta', META.revision)) ?? 0;
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
    return this.write('storing the document', ['documents', 'meta', 'trash'], async (tx) => {
      const docs = tx.objectStore('documents');
      const dup = await findDuplicateIn(docs, input.text, fp);
      if (dup) return { status: 'duplicate', ...dup } as const;
      let id = input.id ?? newId(fp.contentHash);
      if (await docs.get(id)) {
        if (input.id) throw new ImportConflictError(`a different document with id "${id}" is already stored`);
        const base = id;
        for (let n = 2; await docs.get(id); n++) id = `${base}_${n}`;
      }
      await docs.put(makeStored({ ...input, id }, fp, now));
      // A deleted document stored again under its id: its trashed copy is obsolete, and an
      // "undo" of the delete must not try to put it back over this one.
      await tx.objectStore('trash').delete(id);
      await bumpRevision(tx.objectStore('meta'));
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
    return this.write('deleting the document', ['documents', 'trash', 'meta', 'indexEntries'], async (tx) => {
      const docs = tx.objectStore('documents');
      const doc = await docs.get(id);
      if (!doc) return false;
      if (doc.source === 'seed') throw new TypeError(`"${id}" is a seed: hide it instead of deleting it`);
      const trashed: TrashedDoc = { id, deletedAt: new Date().toISOString(), doc };
      await tx.objectStore('trash').put(trashed);
      await docs.delete(id);
      // Its index entry goes with it (a restore re-indexes that one document at the next build).
      await tx.objectStore('indexEntries').delete(id);
      await bumpRevision(tx.objectStore('meta'));
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
    return this.write('renaming the outlet', ['documents', 'meta'], async (tx) => {
      const docs = tx.objectStore('documents');
      const doc = await docs.get(id);
      if (!doc) return false;
      if (doc.outlet !== name || !doc.outletNamed) {
        await docs.put({ ...doc, outlet: name, outletNamed: true, outletEdited: true });
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
        ...(await this.write('removing expired remembered articles', ['documents', 'meta', 'indexEntries'], async (tx) => {
          const docs = tx.objectStore('documents');
          const entries = tx.objectStore('indexEntries');
          const gone: string[] = [];
          for (const id of part) {
            const doc = await docs.get(id);
            if (!doc || doc.expiryKey === undefined) continue;
            await docs.delete(id);
            await entries.delete(id);
            gone.push(id);
          }
          if (gone.length) await bumpRevision(tx.objectStore('meta'));
          return gone;
        })),
      );
    }
    return deleted;
  }

  /** Hides or shows a document (seeds: "hide" instead of delete). Hidden documents stay stored. */
  async setHidden(id: string, hidden: boolean): Promise<boolean> {
    return this.write(hidden ? 'hiding the document' : 'showing the document', ['documents', 'meta'], async (tx) => {
      const docs = tx.objectStore('documents');
      const doc = await docs.get(id);
      if (!doc) return false;
      if (doc.hidden !== hidden) {
        await docs.put({ ...doc, hidden });
        await bumpRevision(tx.objectStore('meta'));
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
    return this.write('storing the seed articles', ['documents', 'meta'], async (tx) => {
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
          updated.push(seed.id);
        }
      }
      if (opts.unhide) {
        // Seeds no longer shipped but still stored (from an older version or an import) come back too.
        for (const doc of await docs.index('by-source').getAll('seed')) {
          if (!seen.has(doc.id) && doc.hidden) {
            await docs.put({ ...doc, hidden: false });
            updated.push(doc.id);
          }
        }
      }
      if (added.length || updated.length) await bumpRevision(tx.objectStore('meta'));
      return { added, updated };
    });
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
    await this.inBatches('saving the search index', records, opts, (store, r) => store.put(r));
  }

  /** Deletes the entries of these ids (garbage of deleted documents), in batches like saveIndexEntries. */
  async deleteIndexEntries(ids: readonly string[], opts: { batch?: number; pause?: () => Promise<void> } = {}): Promise<void> {
    await this.inBatches('cleaning up the search index', ids, opts, (store, id) => store.delete(id));
  }

  /** Every stored entry (tests and diagnostics; the background reads them with indexInputs). */
  async listIndexEntries(): Promise<IndexEntryRecord[]> {
    return (await this.conn()).getAll('indexEntries');
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

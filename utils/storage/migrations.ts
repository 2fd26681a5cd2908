// Schema migrations: an ordered list of upgrade steps. A fresh install runs every step in
// order; an existing database runs only the steps above its version. Rules:
//  - never edit a step once it has shipped; add a new one and raise DB_VERSION;
//  - a step never deletes documents: it adds stores/indexes and backfills fields in place;
//  - a step only awaits IDB requests of the upgrade transaction (anything else would let the
//    transaction commit half-way), so backfills use synchronous code only.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { fingerprint } from './fingerprint';
import type { CorpusSchema } from './schema';
import type { StoredDoc } from './types';

type UpgradeDb = IDBPDatabase<CorpusSchema>;
/** The same database without the current schema's types: steps that touch stores a later step retired. */
type UntypedDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<CorpusSchema, StoreNames<CorpusSchema>[], 'versionchange'>;

export interface Migration {
  /** The schema version this step produces. */
  version: number;
  description: string;
  apply(db: UpgradeDb, tx: UpgradeTx): Promise<void> | void;
}

// Older schema versions saw documents with fewer fields; the steps below read them loosely.
type AnyDoc = Partial<StoredDoc> & Record<string, unknown>;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents (CorpusDoc + addedAt + source) and a meta store',
    apply(db) {
      const docs = db.createObjectStore('documents', { keyPath: 'id' });
      docs.createIndex('by-source', 'source');
      db.createObjectStore('meta');
    },
  },
  {
    version: 2,
    description: 'duplicate detection: content hash, URL key, MinHash bands, hidden flag (backfilled)',
    async apply(_db, tx) {
      const docs = tx.objectStore('documents');
      docs.createIndex('by-url', 'urlKey');
      docs.createIndex('by-hash', 'contentHash');
      docs.createIndex('by-band', 'bands', { multiEntry: true });
      let cursor = await docs.openCursor();
      while (cursor) {
        const old = cursor.value as AnyDoc;
        const fp = fingerprint(String(old.text ?? ''), typeof old.url === 'string' ? old.url : null);
        const next = {
          ...old,
          hidden: old.hidden === true,
          contentHash: fp.contentHash,
          minhash: fp.minhash,
          bands: fp.bands,
        } as StoredDoc;
        if (fp.urlKey) next.urlKey = fp.urlKey;
        await cursor.update(next);
        cursor = await cursor.continue();
      }
    },
  },
  {
    version: 3,
    description: 'trash (undo of deletes survives a closed page) and persisted search-index snapshots',
    apply(db) {
      db.createObjectStore('trash', { keyPath: 'id' });
      // Retired by v5 (so no longer in CorpusSchema): created untyped, as v3 shipped it.
      (db as unknown as UntypedDb).createObjectStore('indexSnapshots', { keyPath: 'version' });
    },
  },
  {
    version: 4,
    description:
      'page metadata (author) and remember-as-you-read (remembered, pinned flags; sparse by-expiry index of unpinned remembered documents)',
    apply(_db, tx) {
      // The new fields are optional and absent on every document stored before this version
      // (none was remembered, so none may expire): only the index is new, and it starts empty.
      tx.objectStore('documents').createIndex('by-expiry', 'expiryKey');
    },
  },
  {
    version: 5,
    description:
      'per-document search-index entries (indexEntries, keyed by document id) instead of one whole-corpus snapshot (indexSnapshots deleted)',
    apply(db) {
      // The snapshot was derived data only (rebuilt from the documents whenever it was stale, which
      // was after every change), so deleting it loses nothing; the entries fill in at the next build.
      const untyped = db as unknown as UntypedDb;
      if (untyped.objectStoreNames.contains('indexSnapshots')) untyped.deleteObjectStore('indexSnapshots');
      db.createObjectStore('indexEntries', { keyPath: 'id' });
    },
  },
  {
    version: 6,
    description:
      'the search index on disk: postings (term, chunk → document ids) and docFreq (term → documents), searchable entries indexed by chunk and fingerprint',
    apply(db, tx) {
      // Every document of a v5 library starts not searchable (no entry is posted) and is indexed
      // by the background in batches, from its stored entry when that is still valid: nothing is
      // deleted, and the upgrade itself stays instant whatever the size of the library.
      db.createObjectStore('postings');
      db.createObjectStore('docFreq');
      const entries = tx.objectStore('indexEntries');
      entries.createIndex('by-posted', 'posted');
      entries.createIndex('by-fingerprint', 'postedFingerprint');
    },
  },
  {
    version: 7,
    description: 'derivedData: recently compared documents\' sentence features (a bounded cache a cold start restores with its documents)',
    apply(db) {
      // A cache only: it starts empty and fills as pages are compared.
      db.createObjectStore('derivedData', { keyPath: 'id' }).createIndex('by-age', ['writtenAt', 'chars']);
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Runs the steps above `oldVersion` up to `newVersion`, in order. Used as idb's `upgrade` callback. */
export async function runMigrations(
  db: UpgradeDb,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTx,
  steps: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  const target = newVersion ?? DB_VERSION;
  for (const step of steps) {
    if (step.version > oldVersion && step.version <= target) await step.apply(db, tx);
  }
}

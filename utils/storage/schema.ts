// The IndexedDB schema of the corpus, as the latest migration leaves it.
import type { DBSchema } from 'idb';
import type { IndexEntryRecord, StoredDoc, TrashedDoc } from './types';

export const DB_NAME = 'source-compare-corpus';

export const STORE = {
  documents: 'documents',
  trash: 'trash',
  indexEntries: 'indexEntries',
  meta: 'meta',
} as const;

/** Keys of the `meta` store. */
export const META = {
  /** Increases on every change to the documents; the background compares it to its index's. */
  revision: 'revision',
} as const;

export interface CorpusSchema extends DBSchema {
  documents: {
    key: string;
    value: StoredDoc;
    indexes: {
      'by-source': string;
      'by-url': string;
      'by-hash': string;
      'by-band': string;
      'by-expiry': string;
    };
  };
  trash: { key: string; value: TrashedDoc };
  /** One per document id (v5); replaced v3's whole-corpus `indexSnapshots`, which v5 deletes. */
  indexEntries: { key: string; value: IndexEntryRecord };
  meta: { key: string; value: number };
}

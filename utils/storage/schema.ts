// The IndexedDB schema of the corpus, as the latest migration leaves it.
import type { DBSchema } from 'idb';
import type { IndexSnapshot, StoredDoc, TrashedDoc } from './types';

export const DB_NAME = 'source-compare-corpus';

export const STORE = {
  documents: 'documents',
  trash: 'trash',
  indexSnapshots: 'indexSnapshots',
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
  indexSnapshots: { key: string; value: IndexSnapshot };
  meta: { key: string; value: number };
}

// The IndexedDB schema of the corpus, as the latest migration leaves it.
import type { DBSchema } from 'idb';
import type { DerivedDataRecord, IndexEntryRecord, StoredDoc, TrashedDoc } from './types';

export const DB_NAME = 'source-compare-corpus';

export const STORE = {
  documents: 'documents',
  trash: 'trash',
  indexEntries: 'indexEntries',
  postings: 'postings',
  docFreq: 'docFreq',
  derivedData: 'derivedData',
  meta: 'meta',
} as const;

/** Keys of the `meta` store. */
export const META = {
  /** Increases on every change to the documents; the background compares it to its index's. */
  revision: 'revision',
  /** Number of searchable documents (posted: in `postings` and `docFreq`). */
  postedDocs: 'postedDocs',
  /** The `revision` at which every visible document was last known searchable (nothing to index). */
  postedRevision: 'postedRevision',
  /** The last postings chunk number handed out (each indexing transaction writes under a new one). */
  postingChunk: 'postingChunk',
  /** Increases whenever any posting or document frequency changes (a reader's cache of them is then stale). */
  postingsGeneration: 'postingsGeneration',
  /** The engine's TERMS_REVISION the postings were made under (as a string). */
  postingsTerms: 'postingsTerms',
  /**
   * A hash of the shipped seeds (text and metadata) `ensureSeeds` last stored: a start whose
   * shipped seeds hash the same, with every seed id still stored, has nothing to check.
   */
  seedsShipped: 'seedsShipped',
  /** The format of the records in `derivedData` (v7): written with another, the store is emptied first. */
  derivedFormat: 'derivedFormat',
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
  indexEntries: { key: string; value: IndexEntryRecord; indexes: { 'by-posted': number; 'by-fingerprint': string } };
  /**
   * The document-level inverted index (v6): under [term, chunk], the ids of the documents
   * containing the term that were indexed in that chunk (one indexing transaction). A term's
   * postings are the records of its key range.
   */
  postings: { key: [string, number]; value: string[] };
  /** term → number of searchable documents containing it (v6). */
  docFreq: { key: string; value: number };
  /**
   * Recently compared documents' derived data (v7), by document id; `by-age` ([writtenAt,
   * chars]) lets the size limit be enforced from the index's keys, without reading the data.
   */
  derivedData: { key: string; value: DerivedDataRecord; indexes: { 'by-age': [number, number] } };
  meta: { key: string; value: number | string };
}

// What the corpus stores. A stored document is the engine's CorpusDoc plus what the reader's
// copy needs: where it came from, when it was added, whether a seed is hidden, and the
// fingerprints used to refuse duplicates (derived from the text, never exported).
import type { CorpusDoc } from '../engine/types';
import type { IndexedDocEntry } from '../engine';

export type DocSource = 'seed' | 'user';

export interface StoredDoc extends CorpusDoc {
  /** ISO timestamp of when the document entered this corpus. */
  addedAt: string;
  source: DocSource;
  /** Hidden seeds stay stored (and come back on "reset seeds") but are not compared against. */
  hidden: boolean;
  /** Hash of the normalised text (exact-copy detection). */
  contentHash: string;
  /** Normalised URL (same-URL detection); absent when the document has no http(s) URL. */
  urlKey?: string;
  /** MinHash of 5-word shingles and its LSH band keys (syndicated-copy detection). */
  minhash: number[];
  bands: string[];
  /** The article's author(s) as its page's metadata names them (schema v4). */
  author?: string;
  /** Stored by "remember as you read", not by the reader's hand (schema v4). */
  remembered?: boolean;
  /** Kept whatever the limits on remembered articles say (schema v4). */
  pinned?: boolean;
  /**
   * `addedAt` of a remembered or fetched, unpinned document, absent on every other (schema v4):
   * the sparse `by-expiry` index lists exactly the documents expiry may delete, oldest first.
   */
  expiryKey?: string;
  /** The reader corrected the outlet's name: updates of a seed keep the reader's name. */
  outletEdited?: boolean;
  /**
   * Fetched from a followed source (issue 22): the feed's address. Such a document may expire
   * (expiryKey, FollowSettings.keepDays) unless pinned, like a remembered one.
   */
  fetchedFrom?: string;
  /**
   * True when the text is the feed item's own summary, not the article: its page gave no article
   * (a paywall, a consent wall, too short). Only on fetched documents.
   */
  summaryOnly?: boolean;
}

/** A document on its way in: the caller may leave out the id (one is made) and the bookkeeping. */
export type NewDoc = Omit<CorpusDoc, 'id'> & {
  id?: string;
  addedAt?: string;
  source?: DocSource;
  hidden?: boolean;
  author?: string;
  remembered?: boolean;
  pinned?: boolean;
  fetchedFrom?: string;
  summaryOnly?: boolean;
};

export type AddResult =
  | { status: 'stored'; id: string }
  | { status: 'duplicate'; of: string; reason: string };

/** A deleted document, kept so "undo" works even after the page is closed. */
export interface TrashedDoc {
  id: string;
  deletedAt: string;
  doc: StoredDoc;
}

/**
 * What indexing one stored document computed (schema v5, store `indexEntries`): the background
 * reloads its search index from these instead of re-segmenting every text. Only spans and terms
 * come from here; the document's metadata is always read from its own record, so an edit of the
 * outlet, a pin or a hidden flag never needs the entry rewritten.
 */
export interface IndexEntryRecord {
  /** The document's id (the store's key). */
  id: string;
  /** The engine's TERMS_REVISION the terms were made under; any other revision is not used. */
  termsRevision: string;
  /** Length of the text the entry was made from: a cheap first check that the text is unchanged. */
  textLength: number;
  entry: IndexedDocEntry;
  /**
   * The postings chunk the document is searchable under (v6; absent: not searchable, indexed at
   * the next start). Written in the same transaction as its postings and document frequencies.
   */
  posted?: number;
  /** `entry.fingerprint` while posted (the by-fingerprint index finds the page's stored copy). */
  postedFingerprint?: string;
}

/**
 * A recently compared document's derived data (schema v7, store `derivedData`): its sentence
 * features, which a cold start restores with the document instead of deriving them again
 * (utils/engine/index/derived-data.ts). A bounded cache (DERIVED_DATA_LIMITS), not library
 * data: it goes when its document leaves the search index, and is never exported.
 */
export interface DerivedDataRecord {
  /** The document's id (the store's key). */
  id: string;
  /** The engine's format the data was made under (another format is never used). */
  format: string;
  data: string;
  /** `data.length`: what the cache's size limit counts. */
  chars: number;
  /** When it was written (ms since the epoch): the oldest go first when the cache is full. */
  writtenAt: number;
}

export interface ImportResult {
  added: string[];
  /** `headline` is the skipped entry's own, so a reader sees which article it was (not an id). */
  skipped: { id: string; headline: string; of: string; reason: string }[];
}

export type ProgressCallback = (done: number, total: number, phase: string) => void;

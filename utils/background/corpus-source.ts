// Where the background's corpus comes from. Normally the reader's IndexedDB corpus (seeds plus
// the pages and files they added, minus hidden seeds); when IndexedDB cannot be opened (e.g.
// some private-browsing modes) the bundled seeds alone, in memory, so comparison still works.
import { CorpusIndex, TERMS_REVISION, type CorpusIndexJSON } from '../engine/index/corpus-index';
import type { CorpusDoc } from '../engine/types';
import { addPageToCorpus, type AddPageResponse } from '../storage/add-page';
import type { PageArticle } from '../storage/page-doc';
import { rememberPageInCorpus, type RememberOutcome } from '../storage/remember-page';
import type { ExpiryLimits } from '../remember/expiry';
import { toCorpusDoc } from '../storage/corpus-doc';
import { CorpusStore } from '../storage/corpus-store';

/**
 * Bump when CorpusIndex's stored shape changes, so stale snapshots are rebuilt. The terms'
 * revision is part of it: an extension update that changes the lexicon rebuilds the index.
 */
const INDEX_SNAPSHOT_VERSION = `corpus-index-v2:terms-${TERMS_REVISION}`;

export interface CorpusSource {
  /** Changes whenever the set of documents to compare against changes (also from the options page). */
  revision(): Promise<number>;
  /** An index of every document to compare against, at `rev`. */
  buildIndex(rev: number): Promise<CorpusIndex>;
  /** Stores the page; on success also returns the stored document so the caller can index it. */
  addPage(page: PageArticle): Promise<{ response: AddPageResponse; doc?: CorpusDoc }>;
  /** Remembers the page ("remember as you read"); on success also returns the stored document. */
  remember(page: PageArticle): Promise<{ outcome: RememberOutcome; doc?: CorpusDoc }>;
  /** Deletes remembered articles past the limits; returns the ids deleted. */
  expire(limits: ExpiryLimits): Promise<string[]>;
}

function indexOf(docs: readonly CorpusDoc[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const d of docs) index.add(d);
  return index;
}

/** The bundled seeds only; nothing can be added. */
export function memorySource(docs: readonly CorpusDoc[], why: string): CorpusSource {
  return {
    revision: async () => 0,
    buildIndex: async () => indexOf(docs),
    addPage: async () => ({ response: { ok: false, error: `Not stored: ${why}` } }),
    remember: async () => ({ outcome: { status: 'refused', reason: why } }),
    expire: async () => [],
  };
}

export function storeSource(store: CorpusStore): CorpusSource {
  return {
    revision: () => store.revision(),
    async buildIndex(rev) {
      const version = `${INDEX_SNAPSHOT_VERSION}:${rev}`;
      // Rebuilding a large corpus's index costs seconds; a snapshot of the same revision is reused.
      const snap = await store.loadIndexSnapshot().catch(() => null);
      if (snap?.version === version) {
        try {
          return CorpusIndex.fromJSON(snap.data as CorpusIndexJSON);
        } catch {
          // A snapshot of another shape (fromJSON checks its version): rebuild and replace it.
        }
      }
      const index = indexOf((await store.listDocuments({ includeHidden: false })).map(toCorpusDoc));
      await store.saveIndexSnapshot(version, index.toJSON()).catch(() => {
        // Out of quota or similar: the index works without its snapshot, just slower to start.
      });
      return index;
    },
    async addPage(page) {
      const response = await addPageToCorpus(store, page);
      if (!response.ok || response.status !== 'stored') return { response };
      const stored = await store.getDocument(response.id);
      return { response, doc: stored ? toCorpusDoc(stored) : undefined };
    },
    async remember(page) {
      const outcome = await rememberPageInCorpus(store, page);
      if (outcome.status !== 'stored') return { outcome };
      const stored = await store.getDocument(outcome.id);
      return { outcome, doc: stored ? toCorpusDoc(stored) : undefined };
    },
    expire: (limits) => store.expireRemembered(limits),
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

// Answering a page from a library kept on disk (issue 21). A verdict reads from the library only
// what the story gate's candidate retrieval reads (story-gate.ts `candidateDocs`: the number of
// documents, the document frequency of the page's terms, the postings of its 30 most distinctive
// ones) and then the candidate documents themselves; every later score reads the story's own
// statistics. So a page needs: those aggregates and postings, read from the store, and the
// entries of the few candidate documents, loaded into a bounded cache. The same `analyzePage`
// then runs on a `LookupIndex` over them, and finds the same candidates and the same verdicts as
// over a whole in-memory `CorpusIndex` (tests/engine/index/page-retrieval.test.ts).
//
// Two rounds, as `analyzePage` has two: the page's own profile (and `findSelf` among its
// candidates), then, when the page is a stored document, the stored copy's profile.
import { detectEnglish } from '../text/language';
import { sentenceTerms } from '../text/features';
import { splitSentences } from '../text/segment';
import type { CorpusDoc, PageInput, Sentence } from '../types';
import { candidateDocs, candidateTerms, distinctiveTerms, pageProfile, type PageProfile } from '../story/story-gate';
import { findSelf } from '../story/coverage';
import { CorpusIndex, fingerprint, LookupIndex, type IndexedDoc, type IndexedDocEntry, type LibraryLookup } from './corpus-index';
import { restoreDerived, serializeDerived } from './derived-data';

/** A stored document with its index entry, and the version of its postings (see `PostingsSource`). */
export interface PostedDoc {
  doc: CorpusDoc;
  entry: IndexedDocEntry;
  /** Changes whenever the document is indexed again (its text changed): a cached copy with another is stale. */
  version: number;
  /** Its derived data kept by the store (derived-data.ts `serializeDerived`), when there is a copy. */
  derived?: string;
}

/** What a library on disk answers (utils/storage/corpus-store.ts; an in-memory one for tests). */
export interface PostingsSource {
  /**
   * Number of searchable documents, and a number that changes whenever any posting or document
   * frequency does (frequencies and postings read under one generation stay valid while it is
   * the same; NaN: never reuse them).
   */
  state(): Promise<{ documentCount: number; generation: number }>;
  /** Number of searchable documents containing each term (0 when none). */
  docFreqs(terms: readonly string[]): Promise<Map<string, number>>;
  /** Ids of the searchable documents containing each term, with their postings' versions. */
  postings(terms: readonly string[]): Promise<Map<string, { id: string; version: number }[]>>;
  /** The searchable document with this fingerprint (the last by id when several), and its version. */
  byFingerprint(fp: string): Promise<{ id: string; version: number } | null>;
  /** The documents and entries of these ids (ids no longer searchable are left out). */
  load(ids: readonly string[]): Promise<Map<string, PostedDoc>>;
}

/**
 * The documents recently loaded for pages, at most `capacity` (least recently used out first),
 * in one `CorpusIndex` so that their derived data and the gate's memo survive from page to page.
 * A page needs at most ~81 (twice MAX_STORY_DOCS candidates in each of the two rounds and its
 * stored copy); 400 keep the working set of several recent pages at ~10–25 KB of text, terms
 * and derived data each, a few MB whatever the size of the library.
 */
export class DocCache {
  readonly index = new CorpusIndex();
  private versions = new Map<string, number>();
  /**
   * Document frequencies and postings read for recent pages, valid while the source's
   * generation stays the same (nothing indexed or deleted since): most of a page's terms are
   * common words that other pages read too. Bounded: dropped whole past TERMS_CACHED terms
   * (~50 bytes a frequency; postings of distinctive terms are short).
   */
  terms = { generation: NaN, docFreq: new Map<string, number>(), postings: new Map<string, { id: string; version: number }[]>() };

  /** The term caches for this generation (emptied when it changed or they grew too large). */
  termsAt(generation: number) {
    if (this.terms.generation !== generation || this.terms.docFreq.size > TERMS_CACHED || this.terms.postings.size > TERMS_CACHED / 10) {
      this.terms = { generation, docFreq: new Map(), postings: new Map() };
    }
    return this.terms;
  }

  /**
   * Documents loaded without a copy of their derived data that the store accepts: once a page
   * derived it, `takeUnsaved` hands it to the caller to keep (cleared as documents leave).
   */
  private unsaved = new Set<string>();

  constructor(readonly capacity = 400) {}

  get size(): number {
    return this.versions.size;
  }

  /** The cached document of this id, if its version is `version`; marks it recently used. */
  get(id: string, version: number): IndexedDoc | undefined {
    const v = this.versions.get(id);
    if (v !== version) return undefined;
    this.versions.delete(id);
    this.versions.set(id, v);
    return this.index.indexed(id);
  }

  /** Adds a loaded document, with its derived data when `p` carries a copy that fits its text. */
  put(p: PostedDoc): IndexedDoc {
    this.index.addWithEntry(p.doc, p.entry);
    this.versions.delete(p.doc.id);
    this.versions.set(p.doc.id, p.version);
    const doc = this.index.indexed(p.doc.id)!;
    if (p.derived !== undefined && restoreDerived(doc, p.derived)) this.unsaved.delete(p.doc.id);
    else this.unsaved.add(p.doc.id);
    return doc;
  }

  /**
   * The derived data computed since the documents were loaded (serialised, derived-data.ts), to
   * keep; each document once. A document not compared yet stays for a later call.
   */
  takeUnsaved(): { id: string; data: string }[] {
    const out: { id: string; data: string }[] = [];
    for (const id of this.unsaved) {
      const doc = this.index.indexed(id);
      if (doc && !doc.hasSentences) continue;
      this.unsaved.delete(id);
      const data = doc && serializeDerived(doc);
      if (data) out.push({ id, data });
    }
    return out;
  }

  /** Drops the least recently used documents beyond capacity, never one of `keep`. */
  trim(keep: ReadonlySet<string>): void {
    for (const id of this.versions.keys()) {
      if (this.versions.size <= this.capacity) break;
      if (keep.has(id)) continue;
      this.versions.delete(id);
      this.unsaved.delete(id);
      this.index.remove(id);
    }
  }

  /** Forgets a document (deleted or changed, or added to `index` by a caller outside the cache). */
  drop(id: string): void {
    this.versions.delete(id);
    this.unsaved.delete(id);
    this.index.remove(id);
  }
}

/** Terms whose frequency the cache keeps at most (a page reads 80–400; 100,000 is ~5 MB). */
const TERMS_CACHED = 100_000;

/** The page's sentences and their terms, as `analyzePage` computes them (sentenceFeatures(s).terms). */
function pageSentences(text: string): PageSentences {
  const sentences = splitSentences(text);
  return { sentences, terms: sentences.map((s) => sentenceTerms(s.text)) };
}

/** The page's sentences and their terms (each sentence's `sentenceFeatures(s).terms`). */
export interface PageSentences {
  sentences: readonly Sentence[];
  terms: readonly (readonly string[])[];
}

/**
 * The index `analyzePage(page, ·)` needs for this page, read from `source` (documents through
 * `cache`). Its verdicts are those of an in-memory `CorpusIndex` of every searchable document.
 */
/** What one page's retrieval read (for the test hook and the bench: where a page's time goes). */
export interface LookupStats {
  ms: number;
  /** Terms whose document frequency was read. */
  dfTerms: number;
  /** Terms whose postings were read, and the document ids in them. */
  postingTerms: number;
  postingIds: number;
  /** Documents read from the store, and found in the cache. */
  loaded: number;
  cached: number;
  /** Of `loaded`, those whose derived data came with them (a copy the store kept, derived-data.ts). */
  restored: number;
  /** Time waiting for the store (ms), of `ms`. */
  storeMs: number;
}

export async function lookupIndexFor(
  page: PageInput,
  source: PostingsSource,
  cache: DocCache,
  stats?: LookupStats,
  sentencesOf: () => PageSentences = () => pageSentences(page.text),
): Promise<CorpusIndex> {
  const t0 = performance.now();
  const st: LookupStats = stats ?? { ms: 0, dfTerms: 0, postingTerms: 0, postingIds: 0, loaded: 0, cached: 0, restored: 0, storeMs: 0 };
  const timed = async <T>(p: Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await p;
    } finally {
      st.storeMs += performance.now() - t;
    }
  };
  const fp = fingerprint(page.text);
  const lookup: { documentCount: number; docFreq: Map<string, number>; postings: Map<string, string[]>; fingerprint: string; fingerprintId: string | null } = {
    documentCount: 0,
    docFreq: new Map(),
    postings: new Map(),
    fingerprint: fp,
    fingerprintId: null,
  };
  const held = new Map<string, IndexedDoc>();
  const view = new LookupIndex(cache.index, held, lookup as LibraryLookup);
  // A page in another language gets no comparison (analyzePage stops before the library).
  if (!detectEnglish(page.text, page.lang).english) return view;

  const versions = new Map<string, number>();
  /** Loads (or takes from the cache) these documents into `held`. */
  const hold = async (ids: Iterable<string>) => {
    const missing: string[] = [];
    for (const id of ids) {
      if (held.has(id)) continue;
      const cached = cache.get(id, versions.get(id)!);
      if (cached) {
        held.set(id, cached);
        st.cached++;
      } else missing.push(id);
    }
    if (!missing.length) return;
    st.loaded += missing.length;
    for (const [id, p] of await timed(source.load(missing))) {
      if (p.version !== versions.get(id)) cache.drop(id); // indexed again since its postings were read
      try {
        const doc = cache.get(id, p.version) ?? cache.put(p);
        held.set(id, doc);
        if (p.derived !== undefined && doc.hasSentences) st.restored++;
      } catch {
        // A damaged entry (addWithEntry refuses it): the document is left out, as if deleted.
        cache.drop(id);
      }
    }
  };
  /** Reads what `candidateDocs(profile, …)` reads, then holds its candidates. */
  const retrieve = async (profile: PageProfile, exclude: Set<string>): Promise<void> => {
    const unread: string[] = [];
    for (const t of candidateTerms(profile)) {
      if (lookup.docFreq.has(t)) continue;
      const n = known.docFreq.get(t);
      if (n === undefined) unread.push(t);
      else lookup.docFreq.set(t, n);
    }
    st.dfTerms += unread.length;
    for (const [t, n] of await timed(source.docFreqs(unread))) {
      lookup.docFreq.set(t, n);
      known.docFreq.set(t, n);
    }
    const voting = distinctiveTerms(profile, view).map(([t]) => t).filter((t) => !lookup.postings.has(t));
    const useIds = (t: string, ids: { id: string; version: number }[]) => {
      lookup.postings.set(t, ids.map((p) => p.id));
      for (const p of ids) versions.set(p.id, p.version);
    };
    const unreadPostings = voting.filter((t) => {
      const ids = known.postings.get(t);
      if (ids) useIds(t, ids);
      return !ids;
    });
    st.postingTerms += unreadPostings.length;
    for (const [t, ids] of await timed(source.postings(unreadPostings))) {
      st.postingIds += ids.length;
      useIds(t, ids);
      known.postings.set(t, ids);
    }
    const candidates = candidateDocs(profile, view, exclude);
    await hold(candidates);
    // A candidate gone between the postings and the documents (deleted meanwhile): it is not
    // searchable any more, so it leaves the postings too, and candidateDocs is asked again.
    const gone = candidates.filter((id) => !held.has(id));
    if (gone.length) {
      for (const [t, ids] of lookup.postings) lookup.postings.set(t, ids.filter((id) => !gone.includes(id)));
      await hold(candidateDocs(profile, view, exclude));
    }
  };

  const first = Promise.all([source.state(), source.byFingerprint(fp)]);
  first.catch(() => undefined); // still awaited below; not unhandled if the text stage throws first
  // The page's own sentences and terms while the first read is in flight: a caller that
  // analyses the page next passes its text stage here (analyze.ts preparePage), so the work is
  // done once, in time the store would otherwise leave the thread idle.
  const own = sentencesOf();
  // (timed from here: the store's time is what the thread waited, not the text stage)
  const [state, self] = await timed(first);
  lookup.documentCount = state.documentCount;
  const known = cache.termsAt(state.generation);
  if (self) {
    versions.set(self.id, self.version);
    await hold([self.id]);
    if (held.has(self.id)) lookup.fingerprintId = self.id;
  }
  let profile = pageProfile(own.terms.map((terms) => ({ terms })));
  if (!lookup.fingerprintId) await retrieve(profile, new Set());
  // The same decision analyzePage takes, on what is held now.
  const found = findSelf(page.text, own.sentences, profile, view);
  if (found) {
    const doc = held.get(found)!;
    profile = pageProfile(doc.sentenceTerms.map((t) => ({ terms: t })), doc);
    await retrieve(profile, new Set([found]));
  }
  cache.trim(new Set(held.keys()));
  st.ms = performance.now() - t0;
  return view;
}

/**
 * A `PostingsSource` over an in-memory `CorpusIndex` (every document version 0): the reference
 * the disk-backed path is tested against, and a source for callers that hold the whole index.
 */
export function memoryPostings(index: CorpusIndex): PostingsSource {
  return {
    // The index may change under the caller: frequencies and postings are never reused.
    state: async () => ({ documentCount: index.documentCount, generation: NaN }),
    docFreqs: async (terms) => new Map(terms.map((t) => [t, index.docFreq(t)])),
    postings: async (terms) => new Map(terms.map((t) => [t, [...index.docsWith(t)].map((id) => ({ id, version: 0 }))])),
    byFingerprint: async (fp) => {
      const id = index.findByFingerprint(fp);
      return id ? { id, version: 0 } : null;
    },
    load: async (ids) => {
      const out = new Map<string, PostedDoc>();
      for (const id of ids) {
        const doc = index.get(id);
        const entry = index.entryOf(id);
        if (doc && entry) out.set(id, { doc, entry, version: 0 });
      }
      return out;
    },
  };
}

// The stored corpus: documents, the content terms of their sentences, and two inverted indexes:
//  - document level (term → documents), used by the story gate to find candidate documents
//    without looking at every document;
//  - sentence level, per document (term → sentence indexes), used for BM25 candidate retrieval
//    inside the documents that pass the gate.
// Adding a document touches only that document's postings and the global counts, never the
// other documents.
//
// What is stored per document is only what cannot be recomputed cheaply: its text and metadata,
// its sentence boundaries and each sentence's term keys (what retrieval and the gate read for
// every candidate). Everything else (full sentence features, the sentence postings, the term
// frequencies, the folded sentence texts) is derived lazily, only for the documents a page is
// actually compared with, and kept in a bounded cache. toJSON writes the stored part with terms
// interned to integer ids; fromJSON rebuilds the global counts from it.
import { sentenceFeatures, sentenceTerms, type SentenceFeatures } from '../text/features';
import { linkSentenceContext } from '../facts/measure';
import { linkSubjectPronouns } from '../text/anaphora';
import * as lexicon from '../text/lexicon';
import { foldText } from '../text/normalize';
import { splitSentences } from '../text/segment';
import type { CorpusDoc, DocMeta } from '../types';
import { wordTable } from '../text/word-table';

interface Derived {
  sentences?: SentenceFeatures[];
  folded?: string[];
  postings?: Record<string, number[]>;
  termFreq?: Record<string, number>;
}

/**
 * How many documents keep their derived data (features, postings, term frequencies). A page is
 * compared with at most 40 candidate documents (twice MAX_STORY_DOCS, story-gate.ts), so 256
 * holds the working set of several recent pages; at ~30 sentences × ~3 KB of features a
 * document, the cache stays under ~25 MB whatever the size of the corpus.
 */
const DERIVED_CACHE_DOCS = 256;
/** Documents holding derived data, oldest first (first in, first out: no bookkeeping per access). */
const DERIVED = new Set<IndexedDoc>();

function derived(doc: IndexedDoc): Derived {
  let d = doc._derived;
  if (!d) {
    if (DERIVED.size >= DERIVED_CACHE_DOCS) {
      const oldest = DERIVED.values().next().value!;
      DERIVED.delete(oldest);
      oldest._derived = undefined;
    }
    DERIVED.add(doc);
    doc._derived = d = {};
  }
  return d;
}

export class IndexedDoc {
  /** @internal Derived data (see `derived`); not part of the stored state. */
  _derived: Derived | undefined = undefined;

  constructor(
    readonly meta: DocMeta,
    readonly text: string,
    /** Hash of the folded text, for recognising the page as a stored document. */
    readonly fingerprint: string,
    /** Sentence boundaries: start and end offsets of sentence i at [2i] and [2i + 1]. */
    readonly spans: readonly number[],
    /** Each sentence's term keys (`SentenceFeatures.terms`). */
    readonly sentenceTerms: readonly (readonly string[])[],
  ) {}

  get sentenceCount(): number {
    return this.sentenceTerms.length;
  }

  /** Number of term keys over all its sentences (for the average sentence length). */
  get termCount(): number {
    let n = 0;
    for (const terms of this.sentenceTerms) n += terms.length;
    return n;
  }

  sentenceText(i: number): string {
    return this.text.slice(this.spans[2 * i], this.spans[2 * i + 1]);
  }

  /** Full features of every sentence (computed on first use, cached for recent documents). */
  get sentences(): SentenceFeatures[] {
    const d = derived(this);
    if (!d.sentences) {
      const out: SentenceFeatures[] = [];
      for (let i = 0; i < this.sentenceTerms.length; i++) {
        const start = this.spans[2 * i], end = this.spans[2 * i + 1];
        out.push(sentenceFeatures({ start, end, text: this.text.slice(start, end) }));
      }
      linkSentenceContext(out);
      linkSubjectPronouns(out);
      d.sentences = out;
    }
    return d.sentences;
  }

  /** Whether the full features of its sentences are held now (computed, or restored by derived-data.ts). */
  get hasSentences(): boolean {
    return this._derived?.sentences !== undefined;
  }

  /**
   * @internal Takes features made elsewhere as its sentences' own (derived-data.ts: a persisted
   * copy, checked against this text). The sentence context is linked again, as `sentences`
   * links it (linkSentenceContext keeps its years beside the features); the subject of a
   * pronoun-led sentence (`subject`, linkSubjectPronouns) is a field of the copy.
   */
  adoptSentences(sentences: SentenceFeatures[]): void {
    linkSentenceContext(sentences);
    derived(this).sentences = sentences;
  }

  /** The sentences' folded texts (exact comparisons: self and copy detection). */
  get foldedSentences(): string[] {
    const d = derived(this);
    if (!d.folded) {
      const out: string[] = [];
      for (let i = 0; i < this.sentenceTerms.length; i++) out.push(foldText(this.sentenceText(i)));
      d.folded = out;
    }
    return d.folded;
  }

  /** term → indexes of the sentences containing it (sentence-level inverted index). */
  get postings(): Record<string, number[]> {
    const d = derived(this);
    if (!d.postings) {
      const postings: Record<string, number[]> = wordTable();
      this.sentenceTerms.forEach((terms, i) => {
        for (const t of terms) (postings[t] ??= []).push(i);
      });
      d.postings = postings;
    }
    return d.postings;
  }

  /** term → number of sentences of this document containing it (document term frequency). */
  get termFreq(): Record<string, number> {
    const d = derived(this);
    if (!d.termFreq) {
      const termFreq: Record<string, number> = wordTable();
      for (const terms of this.sentenceTerms) for (const t of terms) termFreq[t] = (termFreq[t] ?? 0) + 1;
      d.termFreq = termFreq;
    }
    return d.termFreq;
  }

  /** The stored part only (what a snapshot keeps). */
  toJSON(): { meta: DocMeta; text: string; fingerprint: string; spans: readonly number[]; terms: readonly (readonly string[])[] } {
    return { meta: this.meta, text: this.text, fingerprint: this.fingerprint, spans: this.spans, terms: this.sentenceTerms };
  }
}

/** A page's term counts and number of terms, once per page (the gate counts it with each candidate). */
const PAGE_COUNTS = new WeakMap<object, { counts: Map<string, number>; length: number }>();

/** Term → number of sentences containing it, in first-occurrence order. */
function countTerms(sentenceTerms: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of sentenceTerms) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * Sentence-level term statistics over a set of documents: how many of their sentences contain
 * each term (IDF) and their average length (BM25). The pair score and retrieval read them. A
 * `CorpusIndex` keeps them over every stored document; `CorpusIndex.story` over one story's
 * documents only, so that what else the reader stores does not change a verdict.
 */
export class SentenceStats {
  /** term → number of counted sentences containing it. */
  private df = new Map<string, number>();
  private sentences = 0;
  private lengthSum = 0;
  /** idf values computed since the counts last changed. */
  private idfCache = new Map<string, number>();
  /** Sum of the terms' idf per sentence object, since the counts last changed. */
  private idfSums = new WeakMap<object, number>();
  /** idf of each of the sentence's terms, per sentence object, since the counts last changed. */
  private idfVectors = new WeakMap<object, Float64Array>();

  /** The statistics of these documents' sentences (and of a page's, when given). */
  static of(docs: Iterable<IndexedDoc>, page?: readonly { readonly terms: readonly string[] }[]): SentenceStats {
    const stats = new SentenceStats();
    for (const d of docs) stats.countDoc(d);
    if (page) stats.countPage(page);
    return stats;
  }

  /** Adds a stored document's sentences, from its cached term counts. */
  private countDoc(doc: IndexedDoc): void {
    const termFreq = doc.termFreq;
    for (const t in termFreq) this.df.set(t, (this.df.get(t) ?? 0) + termFreq[t]);
    this.sentences += doc.sentenceCount;
    this.lengthSum += doc.termCount;
  }

  /** Adds a page's sentences, from its term counts (computed once per page object). */
  private countPage(page: readonly { readonly terms: readonly string[] }[]): void {
    let counted = PAGE_COUNTS.get(page);
    if (!counted) {
      const counts = countTerms(page.map((s) => s.terms));
      PAGE_COUNTS.set(page, (counted = { counts, length: page.reduce((n, s) => n + s.terms.length, 0) }));
    }
    for (const [t, n] of counted.counts) this.df.set(t, (this.df.get(t) ?? 0) + n);
    this.sentences += page.length;
    this.lengthSum += counted.length;
  }

  /** Counts sentences (each a list of term keys) in (sign 1) or out (sign -1). */
  count(sentenceTerms: readonly (readonly string[])[], sign: 1 | -1): void {
    this.changed();
    for (const [t, n] of countTerms(sentenceTerms)) {
      const df = (this.df.get(t) ?? 0) + sign * n;
      if (df > 0) this.df.set(t, df);
      else this.df.delete(t);
    }
    this.sentences += sign * sentenceTerms.length;
    for (const s of sentenceTerms) this.lengthSum += sign * s.length;
  }

  changed(): void {
    this.idfCache.clear();
    this.idfSums = new WeakMap();
    this.idfVectors = new WeakMap();
  }

  /**
   * Sentence-level IDF (BM25's form, floored at a small positive value so that a term present in
   * every sentence still counts a little). Computed from counts at query time, so adding a
   * document never requires re-indexing the others.
   */
  idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const n = this.sentences;
      const df = this.df.get(term) ?? 0;
      v = Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
      this.idfCache.set(term, v);
    }
    return v;
  }

  /** Sum of `idf` over the sentence's terms, in order (memoised per sentence object). */
  idfSum(s: { readonly terms: readonly string[] }): number {
    let v = this.idfSums.get(s);
    if (v === undefined) {
      v = 0;
      for (const t of s.terms) v += this.idf(t);
      this.idfSums.set(s, v);
    }
    return v;
  }

  /** idf of each of the sentence's terms, in order (memoised per sentence object). */
  idfsOf(s: { readonly terms: readonly string[] }): Float64Array {
    let v = this.idfVectors.get(s);
    if (!v) {
      v = new Float64Array(s.terms.length);
      for (let k = 0; k < v.length; k++) v[k] = this.idf(s.terms[k]);
      this.idfVectors.set(s, v);
    }
    return v;
  }

  /** Average number of terms in a counted sentence (BM25 length normalisation). */
  avgSentenceTerms(): number {
    return this.sentences ? this.lengthSum / this.sentences : 1;
  }
}

/** Snapshot format version; `fromJSON` rejects any other (the caller rebuilds from the documents). */
export const CORPUS_INDEX_JSON_VERSION = 2;

export interface CorpusIndexJSON {
  version: typeof CORPUS_INDEX_JSON_VERSION;
  /** Every term once; documents refer to terms by their position here. */
  terms: string[];
  docs: {
    meta: DocMeta;
    text: string;
    fingerprint: string;
    /** Sentence start and end offsets, flattened. */
    spans: number[];
    /** Each sentence's terms, as indexes into `terms`. */
    terms: number[][];
  }[];
}

/**
 * What indexing one document computed from its text: its fingerprint, sentence boundaries and
 * each sentence's term keys. Persisting it per document lets a store reload a large corpus
 * without re-segmenting every text (the costly part of `add`), and update it one document at
 * a time. Valid only under the same TERMS_REVISION and for the same text (the fingerprint).
 */
export interface IndexedDocEntry {
  fingerprint: string;
  /** Sentence start and end offsets, flattened. */
  spans: number[];
  /** Each sentence's term keys. */
  terms: string[][];
}

export class CorpusIndex {
  private byId = new Map<string, IndexedDoc>();
  private byFingerprint = new Map<string, string>();
  /** term → ids of documents containing it, in insertion order. */
  private docPostings = new Map<string, string[]>();
  /** Sentence statistics of every stored sentence (see `SentenceStats`). */
  protected stats = new SentenceStats();
  /** Story-gate data per document, computed since the corpus last changed (cleared by add/remove). */
  private gateCache = new Map<string, unknown>();

  get size(): number {
    return this.byId.size;
  }

  add(doc: CorpusDoc): void {
    if (this.byId.has(doc.id)) this.remove(doc.id);
    const { text, ...rest } = doc;
    const meta: DocMeta = { ...rest };
    const spans: number[] = [];
    const terms: string[][] = [];
    for (const s of splitSentences(text)) {
      spans.push(s.start, s.end);
      terms.push(sentenceTerms(s.text));
    }
    this.insert(new IndexedDoc(meta, text, fingerprint(text), spans, terms));
  }

  /**
   * Adds a document with the entry an earlier `entryOf` returned for the same text, skipping
   * segmentation. Throws when the entry does not fit the text (another text under the same id,
   * or a damaged record): the caller falls back to `add`.
   */
  addWithEntry(doc: CorpusDoc, entry: IndexedDocEntry): void {
    const { text, ...rest } = doc;
    const { spans, terms } = entry ?? ({} as IndexedDocEntry);
    if (!Array.isArray(spans) || !Array.isArray(terms) || spans.length !== 2 * terms.length) {
      throw new Error(`CorpusIndex entry for ${doc.id}: spans and terms disagree`);
    }
    for (let i = 0; i < spans.length; i++) {
      const v = spans[i];
      if (!Number.isInteger(v) || v < (i ? spans[i - 1] : 0) || v > text.length) throw new Error(`CorpusIndex entry for ${doc.id}: sentence offsets outside the text`);
    }
    for (const ts of terms) {
      if (!Array.isArray(ts) || ts.some((t) => typeof t !== 'string')) throw new Error(`CorpusIndex entry for ${doc.id}: terms are not strings`);
    }
    const fp = fingerprint(text);
    if (entry.fingerprint !== fp) throw new Error(`CorpusIndex entry for ${doc.id}: made from another text`);
    if (this.byId.has(doc.id)) this.remove(doc.id);
    this.insert(new IndexedDoc({ ...rest }, text, fp, spans, terms));
  }

  /** The entry `addWithEntry` takes back, for a stored document (a copy: safe to persist). */
  entryOf(id: string): IndexedDocEntry | undefined {
    const d = this.byId.get(id);
    if (!d) return undefined;
    return { fingerprint: d.fingerprint, spans: [...d.spans], terms: d.sentenceTerms.map((ts) => [...ts]) };
  }

  remove(id: string): boolean {
    const doc = this.byId.get(id);
    if (!doc) return false;
    this.byId.delete(id);
    this.changed();
    if (this.byFingerprint.get(doc.fingerprint) === id) this.byFingerprint.delete(doc.fingerprint);
    for (const t of countTerms(doc.sentenceTerms).keys()) {
      const ids = this.docPostings.get(t);
      if (ids) {
        const k = ids.indexOf(id);
        if (k >= 0) ids.splice(k, 1);
        if (!ids.length) this.docPostings.delete(t);
      }
    }
    this.stats.count(doc.sentenceTerms, -1);
    DERIVED.delete(doc);
    doc._derived = undefined;
    return true;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): CorpusDoc | undefined {
    const d = this.byId.get(id);
    return d ? { ...d.meta, text: d.text } : undefined;
  }

  docs(): DocMeta[] {
    return [...this.byId.values()].map((d) => ({ ...d.meta }));
  }

  // ---- used by the engine (not part of the public surface) ----

  /** @internal */
  indexed(id: string): IndexedDoc | undefined {
    return this.byId.get(id);
  }

  /** @internal Number of stored documents containing the term. */
  docFreq(term: string): number {
    return this.docPostings.get(term)?.length ?? 0;
  }

  /** @internal Ids of documents containing the term. */
  docsWith(term: string): Iterable<string> {
    return this.docPostings.get(term) ?? [];
  }

  /** @internal Id of a stored document with this exact (folded) text, if any. */
  findByFingerprint(fp: string): string | null {
    return this.byFingerprint.get(fp) ?? null;
  }

  /** @internal Sentence-level IDF over every stored sentence (`SentenceStats.idf`). */
  idf(term: string): number {
    return this.stats.idf(term);
  }

  /** @internal Sum of `idf` over the sentence's terms, in order (memoised per sentence object). */
  idfSum(s: { readonly terms: readonly string[] }): number {
    return this.stats.idfSum(s);
  }

  /** @internal idf of each of the sentence's terms, in order (memoised per sentence object). */
  idfsOf(s: { readonly terms: readonly string[] }): Float64Array {
    return this.stats.idfsOf(s);
  }

  /** @internal Average number of terms in a stored sentence (BM25 length normalisation). */
  avgSentenceTerms(): number {
    return this.stats.avgSentenceTerms();
  }

  /**
   * @internal A per-corpus-state memo for the story gate (keyed by the caller): valid until the
   * next add or remove.
   */
  gateMemo<T>(key: string, compute: () => T): T {
    let v = this.gateCache.get(key) as T | undefined;
    if (v === undefined) {
      if (this.gateCache.size > 100_000) this.gateCache.clear();
      this.gateCache.set(key, (v = compute()));
    }
    return v;
  }

  /**
   * @internal The same documents, with the sentence statistics of `docs` only (one story: the
   * stored copy of the page and the documents that cover it). Every pair score and retrieval of
   * a verdict reads this view, so storing other stories beside them changes nothing. The view
   * is read-only; it is memoised (with its statistics' caches) until the corpus changes.
   */
  story(docs: readonly IndexedDoc[]): CorpusIndex {
    const key = docs.map((d) => d.meta.id).sort().join('\u0000');
    return this.gateMemo('story\u0000' + key, () => new StoryIndex(this, SentenceStats.of(docs), key));
  }

  /**
   * @internal A view with the sentence statistics of one page and one document together (the
   * story gate's evidence for that document: a function of the two texts alone). Not memoised.
   */
  pair(doc: IndexedDoc, page: readonly { readonly terms: readonly string[] }[]): CorpusIndex {
    return new StoryIndex(this, SentenceStats.of([doc], page), null);
  }

  get documentCount(): number {
    return this.byId.size;
  }

  toJSON(): CorpusIndexJSON {
    const ids = new Map<string, number>();
    const terms: string[] = [];
    const docs: CorpusIndexJSON['docs'] = [];
    for (const d of this.byId.values()) {
      docs.push({
        meta: d.meta,
        text: d.text,
        fingerprint: d.fingerprint,
        spans: [...d.spans],
        terms: d.sentenceTerms.map((ts) =>
          ts.map((t) => {
            let k = ids.get(t);
            if (k === undefined) {
              ids.set(t, (k = terms.length));
              terms.push(t);
            }
            return k;
          }),
        ),
      });
    }
    return { version: CORPUS_INDEX_JSON_VERSION, terms, docs };
  }

  /** Throws on a snapshot of another version or shape: the caller rebuilds from the documents. */
  static fromJSON(json: CorpusIndexJSON): CorpusIndex {
    if (!json || json.version !== CORPUS_INDEX_JSON_VERSION || !Array.isArray(json.terms) || !Array.isArray(json.docs)) {
      throw new Error(`CorpusIndex snapshot: expected version ${CORPUS_INDEX_JSON_VERSION}, got ${JSON.stringify((json as { version?: unknown } | null)?.version)}`);
    }
    const index = new CorpusIndex();
    const table = json.terms;
    for (const d of json.docs) {
      const terms = d.terms.map((ts) =>
        ts.map((k) => {
          const t = table[k];
          if (typeof t !== 'string') throw new Error(`CorpusIndex snapshot: unknown term id ${k}`);
          return t;
        }),
      );
      if (d.spans.length !== 2 * terms.length) throw new Error('CorpusIndex snapshot: spans and terms disagree');
      index.insert(new IndexedDoc(d.meta, d.text, d.fingerprint, d.spans, terms));
    }
    return index;
  }

  /**
   * Forgets what analyses kept for their stories (story views, facts, gate decisions): the next
   * analysis of a page pays what a page never analysed pays. Only the bench's new-page rows call
   * it; verdicts are the same either way.
   */
  forgetAnalyses(): void {
    this.gateCache.clear();
  }

  private changed(): void {
    this.stats.changed();
    this.gateCache.clear();
  }

  private insert(d: IndexedDoc): void {
    this.changed();
    this.byId.set(d.meta.id, d);
    this.byFingerprint.set(d.fingerprint, d.meta.id);
    for (const t of countTerms(d.sentenceTerms).keys()) {
      let ids = this.docPostings.get(t);
      if (!ids) this.docPostings.set(t, (ids = []));
      ids.push(d.meta.id);
    }
    this.stats.count(d.sentenceTerms, 1);
  }
}

/**
 * A read-only view of a `CorpusIndex` whose sentence statistics are one story's (see
 * `CorpusIndex.story`): the documents, their postings and the memo are the base index's.
 */
class StoryIndex extends CorpusIndex {
  constructor(
    private readonly base: CorpusIndex,
    stats: SentenceStats,
    /** The memo's key for these statistics in the base index; null: a memo of the view's own. */
    private readonly key: string | null,
  ) {
    super();
    this.stats = stats;
  }

  override get size(): number {
    return this.base.size;
  }
  override get documentCount(): number {
    return this.base.documentCount;
  }
  override add(): void {
    throw new Error('a story view of the corpus is read-only');
  }
  override addWithEntry(): void {
    throw new Error('a story view of the corpus is read-only');
  }
  override remove(): boolean {
    throw new Error('a story view of the corpus is read-only');
  }
  override entryOf(id: string): IndexedDocEntry | undefined {
    return this.base.entryOf(id);
  }
  override has(id: string): boolean {
    return this.base.has(id);
  }
  override get(id: string): CorpusDoc | undefined {
    return this.base.get(id);
  }
  override docs(): DocMeta[] {
    return this.base.docs();
  }
  override indexed(id: string): IndexedDoc | undefined {
    return this.base.indexed(id);
  }
  override docFreq(term: string): number {
    return this.base.docFreq(term);
  }
  override docsWith(term: string): Iterable<string> {
    return this.base.docsWith(term);
  }
  override findByFingerprint(fp: string): string | null {
    return this.base.findByFingerprint(fp);
  }
  /** The base index's memo, under this story's key: what is computed with these statistics. */
  override gateMemo<T>(key: string, compute: () => T): T {
    return this.key === null ? super.gateMemo(key, compute) : this.base.gateMemo(`${this.key}\u0001${key}`, compute);
  }
  override story(docs: readonly IndexedDoc[]): CorpusIndex {
    return this.base.story(docs);
  }
  override toJSON(): CorpusIndexJSON {
    return this.base.toJSON();
  }
}

/**
 * Changes whenever the word lists that terms are made of change (lexicon.ts). A persisted index
 * holds every sentence's terms; terms made with another lexicon would not match the page's, so a
 * snapshot is only reused under the same revision. A change to the term code itself
 * (normalize.ts, features.ts, numbers.ts) must bump TERMS_CODE_VERSION: then a stored library's
 * entries are made again in the background (corpus-source.ts indexPending). Nothing else tells
 * that the code changed, so tests/engine/index/terms-revision.test.ts fails until it is bumped.
 * 13: ages and "ranging from N to M" (numbers.ts); scorelines, names like "Selene-2", stated
 * ranges (session 10, which did not bump it). 14: "at the age of 87", "dies at 87". 15: the
 * level after the size of a change ("rose 7% to 56 million"), a clock's seconds ("2:18:02"), a
 * count whose noun is elided ("down from 2.4 million"), two years of a span ("between 2018 and
 * 2022"), a four-digit time with its zone ("1339 IST"), an abbreviated month's day ("Jan. 27").
 * 16: a figure's multiplicity ("×3") only from its own clause, never its own "seven times".
 * 17: a second source's count whose noun is elided ("organisers said 7,000 people attended,
 * police said 4,500"). 18: "between" with its ends in either order ("between 3200 and 2900 BC").
 * 19: "of N to M" rising is a range ("a margin of 9% to 10%"). 20: an ordinal in digits is one word
 * ("104th"), no count; "between six and nine" is one range. 21: a negation's scope ends at a
 * verb of saying or "whether" ("declined to say whether it had decided"), and "no further" /
 * "no more" negates nothing (features.ts negatedKeys; stored features hold the negated terms).
 * 22: currency names after a figure are its unit ("413 billion crowns"), "half a dozen" is six.
 * 23: a verb of failing or refusing negates only its infinitive ("failed to win"), and "nothing"
 * negates (stored negated terms). 24: "nine in ten" is a share, 90% (numbers.ts proportionAt).
 * 25: a scale said once is both ends' of a range ("between 1.1 and 1.2 billion dollars",
 * "between $1.1 and $1.2 billion"); "no" before "to" is the answer, no negation ("said no to").
 * 26: a number after "top" or "bottom" is a group by rank, no count ("the top two").
 * 27: "no" in a compound or after "of" negates nothing ("a no-confidence vote", "a vote of no
 * confidence"; stored negated terms). 28: a hedge before a currency sign hedges its figure
 * ("about €60m"). 29: "eight and a half years" is 8.5, "seven years and six months" 7.5.
 * 30: every currency the runtime's ISO 4217 names know is a unit ("182 million kwacha"), so its
 * figure's number key carries the currency.
 */
export const TERMS_CODE_VERSION = 30;
export const TERMS_REVISION = `${TERMS_CODE_VERSION}.${fnv1a(
  JSON.stringify(Object.entries(lexicon).sort(([a], [b]) => (a < b ? -1 : 1)), (_, v) => (v instanceof Set ? [...v] : v)),
)}`;

/** A short, stable hash of the folded text (FNV-1a, 32 bit, hex) for self detection. */
export function fingerprint(text: string): string {
  const s = foldText(text);
  return fnv1a(s) + ':' + s.length;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * What a library kept on disk tells about one page (utils/engine/index/page-retrieval.ts): the
 * number of documents, the document frequency of each of the page's terms, the postings of the
 * terms the story gate votes with, and which stored document has the page's exact text.
 */
export interface LibraryLookup {
  documentCount: number;
  docFreq: ReadonlyMap<string, number>;
  postings: ReadonlyMap<string, readonly string[]>;
  /** The fingerprint looked up, and the stored document that has it (null: none). */
  fingerprint: string;
  fingerprintId: string | null;
}

/**
 * A read-only view for one page of a library kept on disk: the documents the page needs (loaded
 * into `base`, a bounded cache of recent documents, and held here so that another page's loading
 * cannot evict them meanwhile), and the library's statistics from `lookup`. The engine reads it
 * exactly as it reads a whole `CorpusIndex`: a question the lookup cannot answer (a term it did
 * not read) throws rather than answer differently.
 */
export class LookupIndex extends CorpusIndex {
  constructor(
    private readonly base: CorpusIndex,
    private readonly held: ReadonlyMap<string, IndexedDoc>,
    private readonly lookup: LibraryLookup,
  ) {
    super();
  }

  override get size(): number {
    return this.lookup.documentCount;
  }
  override get documentCount(): number {
    return this.lookup.documentCount;
  }
  override add(): void {
    throw new Error('a page view of the library is read-only');
  }
  override addWithEntry(): void {
    throw new Error('a page view of the library is read-only');
  }
  override remove(): boolean {
    throw new Error('a page view of the library is read-only');
  }
  override entryOf(id: string): IndexedDocEntry | undefined {
    return this.base.entryOf(id);
  }
  override has(id: string): boolean {
    return this.held.has(id);
  }
  override get(id: string): CorpusDoc | undefined {
    const d = this.held.get(id);
    return d ? { ...d.meta, text: d.text } : undefined;
  }
  override docs(): DocMeta[] {
    return [...this.held.values()].map((d) => ({ ...d.meta }));
  }
  override indexed(id: string): IndexedDoc | undefined {
    return this.held.get(id);
  }
  override docFreq(term: string): number {
    const n = this.lookup.docFreq.get(term);
    if (n === undefined) throw new Error(`LookupIndex: the document frequency of "${term}" was not read`);
    return n;
  }
  override docsWith(term: string): Iterable<string> {
    const ids = this.lookup.postings.get(term);
    if (!ids) throw new Error(`LookupIndex: the postings of "${term}" were not read`);
    return ids;
  }
  override findByFingerprint(fp: string): string | null {
    if (fp !== this.lookup.fingerprint) throw new Error('LookupIndex: another fingerprint than the one looked up');
    return this.lookup.fingerprintId;
  }
  /** The cache's memo: what is computed from the same documents is the same for every page. */
  override gateMemo<T>(key: string, compute: () => T): T {
    return this.base.gateMemo(key, compute);
  }
  override toJSON(): CorpusIndexJSON {
    throw new Error('a page view of the library is not a snapshot');
  }
}

/** The index entry of one document, computed from its text (what `addWithEntry` takes back). */
export function indexEntryOf(doc: CorpusDoc): IndexedDocEntry {
  const index = new CorpusIndex();
  index.add(doc);
  return index.entryOf(doc.id)!;
}

/** The distinct terms of an entry: the terms under which its document is posted. */
export function entryTerms(entry: IndexedDocEntry): string[] {
  return [...countTerms(entry.terms).keys()];
}

// The stored corpus: documents, their per-sentence features, and two inverted indexes:
//  - document level (term → documents), used by the story gate to find candidate documents
//    without looking at every document;
//  - sentence level, per document (term → sentence indexes), used for BM25 candidate retrieval
//    inside the documents that pass the gate.
// Adding a document touches only that document's postings and the global counts, never the
// other documents. Everything inside is plain data, so toJSON/fromJSON are trivial.
import { sentenceFeatures, type SentenceFeatures } from './features';
import { foldText } from './normalize';
import { splitSentences } from './segment';
import type { CorpusDoc, DocMeta } from './types';

export interface IndexedDoc {
  meta: DocMeta;
  text: string;
  /** Hash of the folded text, for recognising the page as a stored document. */
  fingerprint: string;
  sentences: SentenceFeatures[];
  /** term → indexes of the sentences containing it (sentence-level inverted index). */
  postings: Record<string, number[]>;
  /** term → number of sentences of this document containing it (document term frequency). */
  termFreq: Record<string, number>;
}

export interface CorpusIndexJSON {
  version: 1;
  docs: IndexedDoc[];
}

export class CorpusIndex {
  private byId = new Map<string, IndexedDoc>();
  private byFingerprint = new Map<string, string>();
  /** term → ids of documents containing it. */
  private docPostings = new Map<string, Set<string>>();
  /** term → number of stored sentences containing it (for sentence IDF). */
  private sentenceDf = new Map<string, number>();
  private sentenceCount = 0;
  /** idf values computed since the corpus last changed (cleared by add/remove). */
  private idfCache = new Map<string, number>();
  private sentenceLengthSum = 0;

  get size(): number {
    return this.byId.size;
  }

  add(doc: CorpusDoc): void {
    if (this.byId.has(doc.id)) this.remove(doc.id);
    const { text, ...rest } = doc;
    const meta: DocMeta = { ...rest };
    const sentences = splitSentences(text).map(sentenceFeatures);
    const postings: Record<string, number[]> = {};
    const termFreq: Record<string, number> = {};
    sentences.forEach((s, i) => {
      for (const t of s.terms) {
        (postings[t] ??= []).push(i);
        termFreq[t] = (termFreq[t] ?? 0) + 1;
      }
    });
    this.insert({ meta, text, fingerprint: fingerprint(text), sentences, postings, termFreq });
  }

  remove(id: string): boolean {
    const doc = this.byId.get(id);
    if (!doc) return false;
    this.byId.delete(id);
    this.idfCache.clear();
    if (this.byFingerprint.get(doc.fingerprint) === id) this.byFingerprint.delete(doc.fingerprint);
    for (const [t, n] of Object.entries(doc.termFreq)) {
      const ids = this.docPostings.get(t);
      ids?.delete(id);
      if (ids && !ids.size) this.docPostings.delete(t);
      const df = (this.sentenceDf.get(t) ?? 0) - n;
      if (df > 0) this.sentenceDf.set(t, df);
      else this.sentenceDf.delete(t);
    }
    this.sentenceCount -= doc.sentences.length;
    for (const s of doc.sentences) this.sentenceLengthSum -= s.terms.length;
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
    return this.docPostings.get(term)?.size ?? 0;
  }

  /** @internal Ids of documents containing the term. */
  docsWith(term: string): Iterable<string> {
    return this.docPostings.get(term) ?? [];
  }

  /** @internal Id of a stored document with this exact (folded) text, if any. */
  findByFingerprint(fp: string): string | null {
    return this.byFingerprint.get(fp) ?? null;
  }

  /**
   * @internal Sentence-level IDF (BM25's form, floored at a small positive value so that a
   * term present in every sentence still counts a little). Computed from counts at query time,
   * so adding a document never requires re-indexing the others.
   */
  idf(term: string): number {
    let v = this.idfCache.get(term);
    if (v === undefined) {
      const n = this.sentenceCount;
      const df = this.sentenceDf.get(term) ?? 0;
      v = Math.max(0.05, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
      this.idfCache.set(term, v);
    }
    return v;
  }

  /** @internal Average number of terms in a stored sentence (BM25 length normalisation). */
  avgSentenceTerms(): number {
    return this.sentenceCount ? this.sentenceLengthSum / this.sentenceCount : 1;
  }

  get documentCount(): number {
    return this.byId.size;
  }

  toJSON(): CorpusIndexJSON {
    return { version: 1, docs: [...this.byId.values()] };
  }

  static fromJSON(json: CorpusIndexJSON): CorpusIndex {
    const index = new CorpusIndex();
    for (const d of json.docs) index.insert(d);
    return index;
  }

  private insert(d: IndexedDoc): void {
    this.idfCache.clear();
    this.byId.set(d.meta.id, d);
    this.byFingerprint.set(d.fingerprint, d.meta.id);
    for (const [t, n] of Object.entries(d.termFreq)) {
      let ids = this.docPostings.get(t);
      if (!ids) this.docPostings.set(t, (ids = new Set()));
      ids.add(d.meta.id);
      this.sentenceDf.set(t, (this.sentenceDf.get(t) ?? 0) + n);
    }
    this.sentenceCount += d.sentences.length;
    for (const s of d.sentences) this.sentenceLengthSum += s.terms.length;
  }
}

/** A short, stable hash of the folded text (FNV-1a, 32 bit, hex) for self detection. */
export function fingerprint(text: string): string {
  const s = foldText(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0') + ':' + s.length;
}

// A document's derived data as a string a library on disk can keep (issue 21: a cold start).
//
// What a page costs beyond its own text is mostly what the engine derives from its candidate
// documents: a worker that has compared them before holds it in memory (corpus-index.ts
// `IndexedDoc.sentences`), a worker that was stopped recomputes it for every candidate. The
// largest part of it that belongs to one document alone is its sentences' features; the
// background keeps them for recently compared documents (utils/storage, `derivedData`), and a
// cold start restores them with the documents it loads (page-retrieval.ts `DocCache.put`).
// Nothing here is a page's result: features are a function of the document's text only.
//
// The form is JSON of one row per sentence (its offsets and text come from the document, so
// they are not stored), with a hash of the exact text: a copy made from another text, another
// number of sentences or other terms is refused, never used. What the linking steps keep
// outside the features (linkSentenceContext's years) is linked again on restore.
import type { SentenceFeatures } from '../text/features';
import { TERMS_REVISION, type IndexedDoc } from './corpus-index';

/**
 * Raise when `SentenceFeatures` or the row below changes shape, or what features are made of
 * changes (text/features.ts, numbers.ts, normalize.ts): a copy made under another format is not
 * used. The lexicon's revision is part of it (TERMS_REVISION); the background adds the build's
 * hash of the engine's sources on top, so a release never reads a copy an older engine made.
 */
const DERIVED_CODE_VERSION = 1;
export const DERIVED_DATA_FORMAT = `${DERIVED_CODE_VERSION}.${TERMS_REVISION}`;

/**
 * A sentence's features in a row, in this order, without what the document gives (start, end,
 * text): the order `sentenceFeatures` creates them in (then `subject`, which linkSubjectPronouns
 * adds), so a restored sentence has the shape of one made here. An optional field that is absent
 * is null in the row. Every field of SentenceFeatures is here (checked below at compile time).
 */
const ROW = ['seq', 'terms', 'attribution', 'quantities', 'details', 'negated', 'hedged', 'irrealisFrom', 'precondition', 'quotes', 'length', 'subject'] as const;
type RowField = Exclude<keyof SentenceFeatures, 'start' | 'end' | 'text'>;
// A field added to SentenceFeatures and not to ROW fails to compile here.
const EVERY_FIELD: [Exclude<RowField, (typeof ROW)[number]>] extends [never] ? true : never = true;
void EVERY_FIELD;

interface Persisted {
  /** textHash of the document's text. */
  h: string;
  s: unknown[][];
}

/**
 * The document's sentence features as a string, or null when it has none yet (never compared
 * with a page) or when they would not come back from JSON exactly (a number JSON cannot write,
 * a field left undefined or null): only a copy that restores to equal data is ever written.
 */
export function serializeDerived(doc: IndexedDoc): string | null {
  if (!doc.hasSentences) return null;
  const rows = doc.sentences.map((f) => ROW.map((k) => f[k] ?? null));
  const data = JSON.stringify({ h: textHash(doc.text), s: rows } satisfies Persisted);
  const back = sentencesFrom(doc, data);
  return back && sameData(back, doc.sentences) ? data : null;
}

/**
 * Gives `doc` the sentence features of `data` (from `serializeDerived` of a document with the
 * same text). Returns whether it did: a copy of another text, of other sentences or damaged
 * is ignored (the features are then computed when needed, as without a copy). Never throws.
 */
export function restoreDerived(doc: IndexedDoc, data: string): boolean {
  if (doc.hasSentences) return true;
  const sentences = sentencesFrom(doc, data);
  if (!sentences) return false;
  doc.adoptSentences(sentences);
  return true;
}

function sentencesFrom(doc: IndexedDoc, data: string): SentenceFeatures[] | null {
  let p: Persisted;
  try {
    p = JSON.parse(data) as Persisted;
  } catch {
    return null;
  }
  if (!p || p.h !== textHash(doc.text) || !Array.isArray(p.s) || p.s.length !== doc.sentenceCount) return null;
  const out: SentenceFeatures[] = [];
  for (let i = 0; i < p.s.length; i++) {
    const r = p.s[i];
    if (!Array.isArray(r) || r.length !== ROW.length || !sameTerms(r[1], doc.sentenceTerms[i])) return null;
    const start = doc.spans[2 * i], end = doc.spans[2 * i + 1];
    const f: Record<string, unknown> = { start, end, text: doc.text.slice(start, end) };
    for (let k = 0; k < ROW.length; k++) if (r[k] !== null) f[ROW[k]] = r[k];
    out.push(f as unknown as SentenceFeatures);
  }
  return out;
}

/** The features' terms are the index entry's terms (both are `sentenceTerms`): a cheap check of the copy. */
function sameTerms(a: unknown, b: readonly string[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((t, k) => t === b[k]);
}

/** Equal plain data: same keys (an undefined one included), same values (Object.is: no NaN or −0 lost). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The exact text, hashed: two FNV-1a lanes (forwards and backwards, 32 bits each) and the
 * length. A copy is only checked against the text stored under the same id, so an accidental
 * match needs an edit of that document that keeps its length and both lanes.
 */
export function textHash(text: string): string {
  let f = 0x811c9dc5, b = 0x811c9dc5 ^ 0x5bd1e995;
  for (let i = 0, j = text.length - 1; i < text.length; i++, j--) {
    f = Math.imul(f ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(j), 0x01000193) >>> 0;
  }
  return `${f.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}:${text.length}`;
}

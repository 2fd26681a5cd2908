// In-memory duplicate detection for bulk imports. addDocument asks IndexedDB's indexes (a few
// requests for one document); an import of thousands would need ~20 requests per document, so
// it reads the stored documents once and checks against these maps instead. Same three rules,
// same reasons, as findDuplicateIn in corpus-store.ts.
import { normaliseText, signatureSimilarity, NEAR_DUPLICATE_SIMILARITY, type Fingerprint } from './fingerprint';
import type { StoredDoc } from './types';

export function describeDoc(d: Pick<StoredDoc, 'headline' | 'outlet'>): string {
  return `“${d.headline}” (${d.outlet})`;
}

export const DUPLICATE_REASON = {
  url: (d: StoredDoc) => `the same web address is already stored as ${describeDoc(d)}`,
  text: (d: StoredDoc) => `the same text is already stored as ${describeDoc(d)}`,
  near: (d: StoredDoc, similarity: number) =>
    `a near-identical text (about ${Math.round(similarity * 100)}% of its wording) is already stored as ${describeDoc(d)}; it looks like a syndicated copy`,
};

export class DuplicateIndex {
  private byUrl = new Map<string, StoredDoc>();
  private byHash = new Map<string, StoredDoc[]>();
  private byBand = new Map<string, StoredDoc[]>();

  constructor(docs: Iterable<StoredDoc> = []) {
    for (const d of docs) this.add(d);
  }

  add(d: StoredDoc): void {
    if (d.urlKey && !this.byUrl.has(d.urlKey)) this.byUrl.set(d.urlKey, d);
    push(this.byHash, d.contentHash, d);
    for (const b of d.bands) push(this.byBand, b, d);
  }

  find(text: string, fp: Fingerprint): { of: string; reason: string } | null {
    const sameUrl = fp.urlKey ? this.byUrl.get(fp.urlKey) : undefined;
    if (sameUrl) return { of: sameUrl.id, reason: DUPLICATE_REASON.url(sameUrl) };
    const hashMatches = this.byHash.get(fp.contentHash);
    if (hashMatches) {
      const normalised = normaliseText(text);
      const same = hashMatches.find((c) => normaliseText(c.text) === normalised);
      if (same) return { of: same.id, reason: DUPLICATE_REASON.text(same) };
    }
    let best: { doc: StoredDoc; similarity: number } | null = null;
    const seen = new Set<string>();
    for (const b of fp.bands) {
      for (const c of this.byBand.get(b) ?? []) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        const similarity = signatureSimilarity(fp.minhash, c.minhash);
        if (similarity >= NEAR_DUPLICATE_SIMILARITY && (!best || similarity > best.similarity)) best = { doc: c, similarity };
      }
    }
    return best ? { of: best.doc.id, reason: DUPLICATE_REASON.near(best.doc, best.similarity) } : null;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

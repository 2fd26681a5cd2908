// What the page leaves out: sentences of other outlets that no claim of the page matched,
// deduplicated across outlets (one entry per fact), ranked by how much they add.
import type { AnalyzedDoc } from './analyze';
import type { CorpusIndex } from './corpus-index';
import type { SentenceFeatures } from './features';
import { pairScore, PAIR_THRESHOLD } from './similarity';
import type { Addition, Claim } from './types';

export function findAdditions(_page: SentenceFeatures[], claims: Claim[], docs: AnalyzedDoc[], index: CorpusIndex): Addition[] {
  const matched = new Set<string>();
  for (const c of claims) for (const m of c.matches) matched.add(m.source + '#' + m.sentenceIndex);
  const out: (Addition & { feats: SentenceFeatures })[] = [];
  for (const { doc, outlet } of docs) {
    doc.sentences.forEach((s, i) => {
      if (matched.has(doc.meta.id + '#' + i) || s.terms.length < 3) return;
      const same = out.find((a) => pairScore(a.feats, s, index) >= PAIR_THRESHOLD);
      if (same) {
        same.alsoReportedBy.push({ source: doc.meta.id, outlet, text: s.text });
        return;
      }
      out.push({ source: doc.meta.id, outlet, text: s.text, alsoReportedBy: [], weight: 0, feats: s });
    });
  }
  for (const a of out) a.weight = a.feats.details.length + a.feats.quantities.length + 2 * a.alsoReportedBy.length;
  return out
    .sort((a, b) => b.weight - a.weight)
    .map(({ feats: _f, ...a }) => a);
}

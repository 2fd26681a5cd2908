// Figures: for each number on the page, the values other outlets give for the same quantity, in
// the sentences that report the same fact (the claim's matches) or that BM25 finds close to the
// claim. "The same quantity" and "a different value" are the contradiction cue's own tests
// (facts/measure.ts: the same measure, kind, status, side and target; bounds that overlap agree),
// so the panel never calls two figures different where the cards see no conflict.
import type { AnalyzedDoc } from '../story/coverage';
import type { CorpusIndex } from '../index/corpus-index';
import type { SentenceFeatures } from '../text/features';
import { isTimeStamp, type Quantity } from '../text/numbers';
import { measuresOf, valuesConflict } from '../facts/measure';
import { sameFigure } from '../relations/relations';
import { retrieve } from '../index/retrieve';
import { pairScore } from '../index/similarity';
import type { Claim, FigureRow } from '../types';

/**
 * A sentence found by retrieval (not among the claim's matches) must still score at least this
 * much with the claim for its figure to count: same measured thing in a sentence about something
 * else ("125% tariffs" in a sentence on China's retaliation) is a different quantity. Half the
 * pair threshold: a figure pins the topic down more than general words do.
 */
const FIGURE_MIN_SCORE = 0.15;
const FIGURE_CANDIDATES = 5;

/** The peer whose measured-thing context overlaps most with the page's figure. */
function closest(q: Quantity, peers: Quantity[]): Quantity[] {
  let best: Quantity | null = null, bestOverlap = -1;
  for (const p of peers) {
    const overlap = p.context.filter((k) => q.context.includes(k)).length;
    if (overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
  }
  return best ? [best] : [];
}

export function compareFigures(page: SentenceFeatures[], claims: Claim[], docs: AnalyzedDoc[], index: CorpusIndex): FigureRow[] {
  const rows: FigureRow[] = [];
  page.forEach((s, i) => {
    const quantities = s.quantities.filter((q) => !isTimeStamp(q) && (q.unit !== 'count' || /\d/.test(q.label)));
    if (!quantities.length) return;
    const matched = new Set(claims[i].matches.map((m) => m.source + '#' + m.sentenceIndex));
    for (const q of quantities) {
      const x = s.quantities.indexOf(q);
      const row: FigureRow = { claimId: claims[i].id, label: q.label, value: q.value, unit: q.unit, about: q.context, others: [] };
      for (const { doc, outlet } of docs) {
        const seen = new Set<number>();
        const candidates = [
          ...claims[i].matches.filter((m) => m.source === doc.meta.id).map((m) => m.sentenceIndex),
          ...retrieve(s, doc, index, FIGURE_CANDIDATES).map(([k]) => k),
        ];
        for (const k of candidates) {
          if (seen.has(k)) continue;
          seen.add(k);
          const other = doc.sentences[k];
          const aligned = matched.has(doc.meta.id + '#' + k);
          if (!aligned && pairScore(s, other, index) < FIGURE_MIN_SCORE) continue;
          const peers = other.quantities.filter((_, y) => sameFigure(s, x, other, y));
          const agrees = (oq: Quantity) => !valuesConflict(q, measuresOf(s)[x], oq, measuresOf(other)[other.quantities.indexOf(oq)]);
          const equal = peers.filter(agrees);
          // A sentence giving the same value confirms it. A sentence giving only other values
          // for the same kind of quantity counts when it reports the same fact (a match), and
          // then only its closest figure: "145%" in a sentence listing 145% and 125% is not
          // "this outlet says 125%".
          const shown = equal.length ? equal : aligned ? closest(q, peers) : [];
          for (const oq of shown) {
            row.others.push({ source: doc.meta.id, outlet, label: oq.label, value: oq.value, agrees: agrees(oq), text: other.text });
          }
        }
      }
      rows.push(row);
    }
  });
  return rows;
}

// What the page leaves out: sentences of other outlets that no claim of the page matched,
// one entry per fact (the same fact from several outlets is merged, `alsoReportedBy`), ranked
// by how much they add.
import type { AnalyzedDoc } from '../story/coverage';
import type { CorpusIndex } from '../index/corpus-index';
import { asksQuestion, type SentenceFeatures } from '../text/features';
import { isTimeStamp } from '../text/numbers';
import { MIN_SHARED_TERMS, pairScore, PAIR_THRESHOLD } from '../index/similarity';
import type { Addition, Claim } from '../types';

/** Sentences with fewer content terms are fragments (subheads, bylines), not facts. */
const MIN_TERMS = 4;
/**
 * A sentence whose best pair score with any claim reaches this is already (mostly) on the
 * page, even if below the match threshold: 0.2, the point where pairs start to restate facts.
 */
const ON_PAGE_SCORE = 0.2;
/** Candidates (by shared rare terms) checked when merging a sentence into an existing entry. */
const MERGE_CANDIDATES = 10;

interface Entry extends Addition {
  feats: SentenceFeatures;
  details: number;
}

export function findAdditions(page: SentenceFeatures[], claims: Claim[], docs: AnalyzedDoc[], index: CorpusIndex): Addition[] {
  const matched = new Set<string>();
  for (const c of claims) for (const m of c.matches) matched.add(m.source + '#' + m.sentenceIndex);
  // Everything the page names, for counting what an addition brings that is new.
  const pageDetails = new Set(page.flatMap((s) => s.details.map((d) => d.key)));
  const pageFigures = new Set(page.flatMap((s) => s.quantities.map((q) => q.unit + q.value)));
  const pageTerms = new Map<string, number[]>(); // term → page sentence indexes (small inverted index)
  page.forEach((s, i) => s.terms.forEach((t) => (pageTerms.get(t) ?? pageTerms.set(t, []).get(t)!).push(i)));

  const entries: Entry[] = [];
  const entryPostings = new Map<string, number[]>(); // term → entry indexes
  for (const { doc, outlet } of docs) {
    doc.sentences.forEach((s, i) => {
      if (matched.has(doc.meta.id + '#' + i) || s.terms.length < MIN_TERMS || asksQuestion(s)) return;
      if (onPage(s, page, pageTerms, index)) return;
      const same = mergeTarget(s, entries, entryPostings, index, doc.meta.id);
      if (same) {
        same.alsoReportedBy.push({ source: doc.meta.id, outlet, text: s.text, sentenceIndex: i });
        return;
      }
      const novel =
        s.details.filter((d) => !pageDetails.has(d.key)).length +
        s.quantities.filter((q) => !isTimeStamp(q) && /\d/.test(q.label) && !pageFigures.has(q.unit + q.value)).length;
      const k = entries.push({ source: doc.meta.id, outlet, text: s.text, sentenceIndex: i, alsoReportedBy: [], weight: 0, feats: s, details: novel }) - 1;
      for (const t of s.terms) (entryPostings.get(t) ?? entryPostings.set(t, []).get(t)!).push(k);
    });
  }
  // Weight: one point per new name, place, date or figure, plus one per outlet reporting the
  // fact (a fact several outlets carry matters more than one outlet's aside).
  for (const e of entries) e.weight = e.details + 1 + e.alsoReportedBy.length;
  return entries
    .sort((a, b) => b.weight - a.weight)
    .map(({ feats: _f, details: _d, ...a }) => a);
}

function onPage(s: SentenceFeatures, page: SentenceFeatures[], pageTerms: Map<string, number[]>, index: CorpusIndex): boolean {
  // Page sentences sharing a term with `s`, each with a vote per shared occurrence. pairScore
  // counts the page sentence's term occurrences found in `s`; the votes count each of them once
  // per occurrence in `s` as well, so they are at least that count. Below MIN_SHARED_TERMS the
  // pair score is 0, under ON_PAGE_SCORE: such sentences are skipped without scoring them, and
  // the answer (is any page sentence close enough) is the same.
  const votes = new Map<number, number>();
  for (const t of s.terms) for (const i of pageTerms.get(t) ?? []) votes.set(i, (votes.get(i) ?? 0) + 1);
  for (const [i, n] of votes) if (n >= MIN_SHARED_TERMS && pairScore(page[i], s, index) >= ON_PAGE_SCORE) return true;
  return false;
}

/** An existing entry (from another outlet) reporting the same fact, found through shared terms. */
function mergeTarget(s: SentenceFeatures, entries: Entry[], postings: Map<string, number[]>, index: CorpusIndex, source: string): Entry | null {
  const votes = new Map<number, number>();
  for (const t of s.terms) for (const k of postings.get(t) ?? []) votes.set(k, (votes.get(k) ?? 0) + index.idf(t));
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]).slice(0, MERGE_CANDIDATES);
  for (const [k] of ranked) {
    const e = entries[k];
    if (e.source === source || e.alsoReportedBy.some((r) => r.source === source)) continue;
    if (pairScore(e.feats, s, index) >= PAIR_THRESHOLD) return e;
  }
  return null;
}

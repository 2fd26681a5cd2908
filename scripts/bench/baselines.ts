// Baselines the engine is measured against, in the same run and on the same inputs.
//
// Both split the page into claims and the corpus into sentences with the engine's own
// splitSentences (so all three see the same units), and both score a pair with diff-match-patch:
// similarity = 1 − diff_levenshtein(diff_main(a, b)) / max(|a|, |b|).
// - naive all-pairs: every claim against every corpus sentence;
// - fulltext library: MiniSearch indexes every corpus sentence; each claim is a query (OR of its
//   words, BM25+ ranking), and only the top-K hits are scored.
// Neither does a story gate, relations or reasons: they are the cheapest way to get the same kind
// of output (each claim's most similar sentence elsewhere), so their cost is a fair reference.
import DiffMatchPatch from 'diff-match-patch';
import MiniSearch from 'minisearch';
import { splitSentences } from '../../utils/engine/text/segment';
import type { CorpusDoc } from '../../utils/engine/types';

/** Pair similarity at or above which a baseline reports a match. */
export const BASELINE_THRESHOLD = 0.5;
/** How many MiniSearch hits per claim the fulltext baseline scores. */
export const FULLTEXT_TOP_K = 25;

export interface CorpusSentence {
  doc: string;
  index: number;
  text: string;
}

export interface BaselineMatch {
  claim: number;
  doc: string;
  sentence: number;
  text: string;
  score: number;
}

export interface BaselineResult {
  /** Best match per claim at or above the threshold (claims without one are absent). */
  matches: BaselineMatch[];
  /** Pairs scored. */
  pairs: number;
}

/** The corpus as sentences, split once up front (not part of any timed query). */
export function corpusSentences(docs: readonly CorpusDoc[], exclude?: string | null): CorpusSentence[] {
  const out: CorpusSentence[] = [];
  for (const d of docs) {
    if (d.id === exclude) continue;
    splitSentences(d.text).forEach((s, index) => out.push({ doc: d.id, index, text: s.text }));
  }
  return out;
}

export function claimsOf(pageText: string): string[] {
  return splitSentences(pageText).map((s) => s.text);
}

const dmp = new DiffMatchPatch();
// The library's default (a 1 s deadline per diff) never triggers on sentences, but a time-based
// cut-off would make results depend on the machine: switch it off.
dmp.Diff_Timeout = 0;

/** diff-match-patch similarity in [0, 1]: 1 − Levenshtein distance (in characters) / longer length. */
export function dmpSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (!longer) return 1;
  return 1 - dmp.diff_levenshtein(dmp.diff_main(a, b, false)) / longer;
}

function keepBest(best: Map<number, BaselineMatch>, claim: number, s: CorpusSentence, score: number): void {
  if (score < BASELINE_THRESHOLD) return;
  const cur = best.get(claim);
  if (!cur || score > cur.score) best.set(claim, { claim, doc: s.doc, sentence: s.index, text: s.text, score });
}

/**
 * Every claim against every corpus sentence. With `stride` > 1 only every stride-th corpus
 * sentence is scored (a systematic sample: the time scales linearly with the pairs scored, so
 * the full cost is the sampled cost × stride); matches then come from the sample only.
 */
export function naiveAllPairs(claims: readonly string[], corpus: readonly CorpusSentence[], stride = 1): BaselineResult {
  const best = new Map<number, BaselineMatch>();
  let pairs = 0;
  for (let c = 0; c < claims.length; c++) {
    const claim = claims[c];
    for (let j = 0; j < corpus.length; j += stride) {
      const s = corpus[j];
      keepBest(best, c, s, dmpSimilarity(claim, s.text));
      pairs++;
    }
  }
  return { matches: [...best.values()], pairs };
}

/** MiniSearch over the corpus sentences; the query is then retrieval + the same pair score. */
/**
 * A common English stop list (articles, pronouns, auxiliaries, prepositions): what anyone
 * configuring a full-text library for prose would drop. Without it every claim's "the"/"of"
 * matches nearly every sentence and MiniSearch scores the whole corpus for each claim.
 */
export const ENGLISH_STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for from with as is are was were be been being it its ' +
    'this that these those he she they them his her their we our you your i me my not no so than then ' +
    'there here which who whom what when where how all any both each more most other some such only ' +
    'own same too very can will would should could may might must do does did has have had having ' +
    'about into over after before between through during under again further once up down out off ' +
    'also just said says').split(' '),
);

export class FulltextBaseline {
  readonly search: MiniSearch<{ id: number; text: string }>;
  constructor(readonly corpus: readonly CorpusSentence[]) {
    this.search = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      idField: 'id',
      processTerm: (term) => {
        const t = term.toLowerCase();
        return ENGLISH_STOPWORDS.has(t) ? null : t;
      },
    });
    this.search.addAll(corpus.map((s, id) => ({ id, text: s.text })));
  }

  query(claims: readonly string[], topK = FULLTEXT_TOP_K): BaselineResult {
    const best = new Map<number, BaselineMatch>();
    let pairs = 0;
    claims.forEach((claim, c) => {
      const hits = this.search.search(claim, { combineWith: 'OR' });
      for (let h = 0; h < hits.length && h < topK; h++) {
        const s = this.corpus[hits[h].id as number];
        keepBest(best, c, s, dmpSimilarity(claim, s.text));
        pairs++;
      }
    });
    return { matches: [...best.values()], pairs };
  }
}

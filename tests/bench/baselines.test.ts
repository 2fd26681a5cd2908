// The baselines find the obvious counterpart of a copied sentence, like the engine would.
import { describe, expect, it } from 'vitest';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import {
  BASELINE_THRESHOLD, claimsOf, corpusSentences, dmpSimilarity, FulltextBaseline, naiveAllPairs,
} from '../../scripts/bench/baselines';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus';

const seeds = loadSeedDocs();
const corpus = generateCorpus({ size: 60, seeds });
const sentences = corpusSentences(corpus.docs);
// A long, distinctive sentence from a generated article, and the same with one word changed.
const target = sentences.filter((s) => s.doc.startsWith('syn-') && s.text.length > 90)[7];
const copied = target.text;
const edited = copied.replace(/\b(\w{5,})\b/, 'something');
const unrelated = 'Xylophone quartets from the archipelago tuned their instruments beneath violet auroras overnight.';

describe('dmpSimilarity', () => {
  it('is 1 for identical text, high for a one-word edit, low for unrelated text', () => {
    expect(dmpSimilarity(copied, copied)).toBe(1);
    expect(dmpSimilarity(copied, edited)).toBeGreaterThan(0.85);
    expect(dmpSimilarity(copied, unrelated)).toBeLessThan(BASELINE_THRESHOLD);
    expect(dmpSimilarity('', '')).toBe(1);
  });
});

// Scoring every pair is the slow baseline by design: a few seconds for ~5,000 pairs on a busy
// 2-core machine. (No test asserts a time; this only keeps vitest from cutting it short.)
describe('naive all-pairs', { timeout: 120_000 }, () => {
  it('finds the copied sentence and the edited copy, in the right document at the right index', () => {
    const { matches, pairs } = naiveAllPairs([copied, edited, unrelated], sentences);
    expect(pairs).toBe(3 * sentences.length);
    const byClaim = new Map(matches.map((m) => [m.claim, m]));
    expect(byClaim.get(0)).toMatchObject({ text: copied, score: 1 });
    expect(byClaim.get(1)!.text).toBe(copied);
    // The copied sentence may also occur in a near-duplicate or a syndicated copy of its article.
    const holders = new Set(sentences.filter((s) => s.text === copied).map((s) => `${s.doc}#${s.index}`));
    expect(holders).toContain(`${target.doc}#${target.index}`);
    expect(holders).toContain(`${byClaim.get(0)!.doc}#${byClaim.get(0)!.sentence}`);
    expect(byClaim.get(2)?.score ?? 0).toBeLessThan(0.9);
  });

  it('scores a systematic sample with a stride (for scaling)', () => {
    expect(naiveAllPairs([copied], sentences, 10).pairs).toBe(Math.ceil(sentences.length / 10));
  });
});

describe('fulltext library (MiniSearch) baseline', { timeout: 60_000 }, () => {
  const ft = new FulltextBaseline(sentences);
  it('retrieves and scores the copied and the edited sentence', () => {
    const { matches, pairs } = ft.query([copied, edited]);
    expect(pairs).toBeGreaterThan(0);
    expect(matches.find((m) => m.claim === 0)).toMatchObject({ text: copied, score: 1 });
    expect(matches.find((m) => m.claim === 1)?.text).toBe(copied);
  });

  it('finds each seed sentence in its own seed when the page is that seed', () => {
    const claims = claimsOf(seeds[1].text).slice(0, 5);
    const { matches } = ft.query(claims);
    expect(matches.length).toBe(5);
    for (const m of matches) expect(m.score).toBe(1);
  });
});

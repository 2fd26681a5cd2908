// The benchmark's synthetic corpus: deterministic, the right mix, near-duplicates that are near,
// and text that looks like news (article and sentence lengths, many stories).
import { describe, expect, it } from 'vitest';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { splitSentences } from '../../utils/engine';
import { generateCorpus, mulberry32 } from '../../scripts/bench/synthetic-corpus';
import { STORIES } from '../../scripts/bench/stories';

const seeds = loadSeedDocs();

/** Word 4-gram shingles: near-duplicates share most, different articles of one story few. */
function shingles(text: string): Set<string> {
  const w = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 3 < w.length; i++) out.add(w.slice(i, i + 4).join(' '));
  return out;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

describe('mulberry32', () => {
  it('is a deterministic stream of floats in [0, 1)', () => {
    const a = mulberry32(42), b = mulberry32(42), c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(xs);
    expect(Array.from({ length: 1000 }, c)).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({ size: 400, seeds });
  const byId = new Map(corpus.docs.map((d) => [d.id, d]));

  it('gives the same corpus for the same seed, and another for another seed', () => {
    expect(generateCorpus({ size: 400, seeds })).toEqual(corpus);
    const other = generateCorpus({ size: 400, seeds, seed: 7 });
    expect(other.docs.map((d) => d.text)).not.toEqual(corpus.docs.map((d) => d.text));
  });

  it('has exactly `size` documents with unique ids, the five seeds unchanged among them', () => {
    expect(corpus.docs).toHaveLength(400);
    expect(corpus.info).toHaveLength(400);
    expect(new Set(corpus.docs.map((d) => d.id)).size).toBe(400);
    for (const s of seeds) expect(byId.get(s.id)).toEqual(s);
    for (const d of corpus.docs.filter((x) => x.id.startsWith('syn-'))) {
      expect(d.text.startsWith(d.headline)).toBe(true);
      expect(d.date).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(d.outlet.length).toBeGreaterThan(0);
    }
  });

  it('mixes articles, seed-topic articles, near-duplicates and syndicated copies (copies of the seeds too)', () => {
    const kinds = (k: string) => corpus.info.filter((i) => i.kind === k);
    expect(kinds('seed')).toHaveLength(5);
    expect(kinds('topic')).toHaveLength(4); // 0.4% of 400, at least 4
    expect(kinds('seed-copy').map((i) => i.of).sort()).toEqual([seeds[0].id, seeds[1].id, seeds[3].id, seeds[4].id].sort());
    expect(kinds('near-duplicate').length).toBeGreaterThan(400 * 0.04);
    expect(kinds('syndicated').length).toBeGreaterThan(400 * 0.03);
    expect(generateCorpus({ size: 10_000, seeds }).info.filter((i) => i.kind === 'topic')).toHaveLength(40);
  });

  it('makes near-duplicates and syndicated copies that really are near their original, unlike other articles of the same story', () => {
    for (const i of corpus.info.filter((x) => x.of)) {
      const sim = jaccard(shingles(byId.get(i.id)!.text), shingles(byId.get(i.of!)!.text));
      expect(sim, `${i.id} (${i.kind} of ${i.of})`).toBeGreaterThan(i.kind === 'syndicated' ? 0.85 : 0.6);
      expect(byId.get(i.id)!.text).not.toBe(byId.get(i.of!)!.text);
    }
    const articles = corpus.info.filter((i) => i.kind === 'article');
    let pairs = 0;
    for (let a = 0; a < articles.length; a++) {
      for (let b = a + 1; b < articles.length; b++) {
        if (articles[a].story !== articles[b].story) continue;
        pairs++;
        expect(jaccard(shingles(byId.get(articles[a].id)!.text), shingles(byId.get(articles[b].id)!.text))).toBeLessThan(0.5);
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it('writes news-like text: 15–40 sentences an article, sentences of news length, many unrelated stories', () => {
    const written = corpus.info.filter((i) => i.kind === 'article' || i.kind === 'topic');
    let sentences = 0, words = 0;
    for (const i of written) {
      const ss = splitSentences(byId.get(i.id)!.text).slice(1); // the headline is the first line
      expect(ss.length).toBeGreaterThanOrEqual(15);
      expect(ss.length).toBeLessThanOrEqual(40);
      for (const s of ss) {
        const n = s.text.split(/\s+/).length;
        expect(n, s.text).toBeGreaterThanOrEqual(4);
        expect(n, s.text).toBeLessThanOrEqual(60);
        expect(s.text, 'an unfilled slot').not.toMatch(/[{}]/);
        words += n;
      }
      sentences += ss.length;
    }
    const mean = words / sentences;
    expect(mean).toBeGreaterThan(12);
    expect(mean).toBeLessThan(30);
    expect(STORIES.length).toBeGreaterThanOrEqual(24);
    expect(new Set(written.map((i) => i.story)).size).toBeGreaterThanOrEqual(24);
    const sections = new Set(STORIES.map((s) => s.section));
    for (const s of ['sports', 'weather', 'tech', 'local politics', 'markets']) expect(sections).toContain(s);
  });

  it('rejects a size smaller than the seed set', () => {
    expect(() => generateCorpus({ size: 3, seeds })).toThrow(/size/);
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { ALL_PAIRS_UP_TO, groupByStory, type GroupStats } from '../../components/corpus/story-groups';
import { rng } from './helpers';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';

describe('groupByStory', () => {
  it('puts the five seeds (one story) together and keeps same-beat articles on other stories apart', () => {
    const dir = 'tests/fixtures/unrelated';
    const unrelated = readdirSync(dir).map((f) => ({ id: f, text: readFileSync(`${dir}/${f}`, 'utf8') }));
    const groups = groupByStory([...loadSeedDocs(), ...unrelated]);
    expect(groups[0].ids.sort()).toEqual(loadSeedDocs().map((d) => d.id).sort());
    for (const u of unrelated) expect(groups.find((g) => g.ids.includes(u.id))!.ids).toEqual([u.id]);
  });

  it('handles an empty corpus and a single document', () => {
    expect(groupByStory([])).toEqual([]);
    expect(groupByStory([{ id: 'a', text: 'short' }])).toEqual([{ ids: ['a'], words: ['short'] }]);
  });

  it('a large corpus is grouped through an inverted index: far fewer comparisons than all pairs, same stories', () => {
    // 2,000 documents, 100 stories of 20: each story has its own 40 words, every document also
    // draws from 300 words common to all (letters only: the grouping's words have no digits).
    const letters = (k: number) => Array.from({ length: 4 }, (_, p) => String.fromCharCode(97 + (Math.floor(k / 26 ** p) % 26))).join('');
    const common = Array.from({ length: 300 }, (_, k) => `com${letters(k)}`);
    const storyWords = (s: number) => Array.from({ length: 40 }, (_, k) => `sto${letters(s * 40 + k)}`);
    const r = rng(7);
    const pick = (ws: string[], count: number) => Array.from({ length: count }, () => ws[Math.floor(r() * ws.length)]);
    const docs = Array.from({ length: 2000 }, (_, i) => {
      const story = i % 100;
      return { id: `d${String(i).padStart(4, '0')}`, story, text: [...pick(storyWords(story), 60), ...pick(common, 60)].join(' ') };
    });
    expect(docs.length).toBeGreaterThan(ALL_PAIRS_UP_TO);
    const stats: GroupStats = { comparisons: 0 };
    const groups = groupByStory(docs, stats);
    const allPairs = (docs.length * (docs.length - 1)) / 2;
    // Measured: 3,294 comparisons against 2 million pairs. Comparing every pair that shares a
    // salient word (the story's 190 pairs × 100 stories) would already be 19,000.
    expect(stats.comparisons).toBeLessThan(allPairs / 200);
    expect(groups).toHaveLength(100);
    for (const g of groups) {
      expect(g.ids).toHaveLength(20);
      expect(new Set(g.ids.map((id) => docs[Number(id.slice(1))].story)).size).toBe(1);
    }
  });

  it('small corpora are still compared pair by pair, skipping pairs already grouped', () => {
    const stats: GroupStats = { comparisons: 0 };
    const docs = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, text: 'harbour council bridge railway station reopened after repairs' }));
    const groups = groupByStory(docs, stats);
    expect(groups).toHaveLength(1);
    expect(stats.comparisons).toBe(49);
  });
});

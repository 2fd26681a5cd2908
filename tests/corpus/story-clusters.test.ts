// Story groups from the engine's coverage: the five seeds (one story) with two articles written
// for the tests (another story) and an unrelated report.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../utils/corpus/story-clusters';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import type { CorpusDoc } from '../../utils/engine/types';

const file = (path: string, id: string): CorpusDoc => {
  const text = readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8').trim();
  return { id, outlet: id, outletNamed: true, headline: text.split('\n')[0]!, date: null, lang: 'en', text };
};

describe('clusterStories', () => {
  it('puts each story in one group and an unrelated article alone, analysing about once per story', async () => {
    const seeds = loadSeedDocs();
    const docs = [file('articles/harbour-channel-a.txt', 'ha'), ...seeds, file('unrelated/china-typhoon.txt', 'typhoon'), file('articles/harbour-channel-b.txt', 'hb')];
    const progress: number[] = [];
    const groups = await clusterStories(docs, { onProgress: (done) => progress.push(done), pause: async () => {} });
    const sorted = groups.map((g) => [...g].sort()).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
    expect(sorted).toEqual([seeds.map((s) => s.id).sort(), ['ha', 'hb'], ['typhoon']]);
    // Fewer analyses than documents: a story is reached by the analysis of one of its members.
    expect(progress.length).toBeLessThan(docs.length);
    expect(progress.at(-1)).toBe(docs.length);
  });

  it('stops early when asked', async () => {
    const signal = { aborted: false };
    const docs = loadSeedDocs();
    const groups = await clusterStories(docs, { pause: async () => void (signal.aborted = true), signal });
    expect(groups.flat().sort()).toEqual(docs.map((d) => d.id).sort());
  });
});

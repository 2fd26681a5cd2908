import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { groupByStory } from '../../components/corpus/story-groups';
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
});

// `npm start`'s headless summary: a few labelled lines, not the whole report.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CorpusIndex, analyzePage } from '../../utils/engine';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { MAX_LINES, startSummary } from '../../scripts/start-summary';

describe('startSummary', () => {
  it('sums a seed article up in at most MAX_LINES lines, every number labelled', () => {
    const id = '003_48a0785e15c454a3';
    const [title, ...rest] = readFileSync(new URL(`../../seeds/${id}.txt`, import.meta.url), 'utf8').split('\n');
    const index = new CorpusIndex();
    for (const doc of loadSeedDocs()) index.add(doc);
    const report = analyzePage({ title: title!, text: rest.join('\n') }, index);
    const lines = startSummary(report, id);
    expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
    expect(MAX_LINES).toBeLessThanOrEqual(30);
    expect(lines[1]).toMatch(/^\d+ articles? from (other outlets|\d+ outlets?) cover this story: /);
    expect(lines[2]).toMatch(/^They report \d+ of its \d+ claims: /);
    expect(lines.at(-1)).toBe(`Full report: npm run --silent compare -- seeds/${id}.txt`);
  });
});

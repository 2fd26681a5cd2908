import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage, CorpusIndex, splitSentences } from '../../utils/engine';
import { sentenceFeatures } from '../../utils/engine/features';
import { pageProfile, topTermShare, vouchedFor, TOP_TERM_SHARE } from '../../utils/engine/story-gate';
import { parseTxtArticle } from '../../utils/corpus/article-text';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';

const FIXTURES = join(__dirname, '../fixtures');
const seeds = loadSeedDocs();
const unrelated = readdirSync(join(FIXTURES, 'unrelated'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ id: 'unrelated-' + f.replace(/\.txt$/, ''), outlet: 'Other', outletNamed: true, headline: f, date: null, lang: 'en', text: readFileSync(join(FIXTURES, 'unrelated', f), 'utf8') }));

describe('story gate: companions vouched for by the documents that passed', () => {
  const index = new CorpusIndex();
  for (const d of [...seeds, ...unrelated]) index.add(d);
  const doc = (id: string) => index.indexed(id)!;

  it.each(seeds.map((s) => s.id))('the other seeds vouch for %s', (id) => {
    const others = seeds.filter((s) => s.id !== id).map((s) => doc(s.id));
    expect(vouchedFor(doc(id), others, index)).toBe(true);
  });

  it.each(unrelated.map((u) => u.id))('the seeds do not vouch for %s (another story, same vocabulary)', (id) => {
    expect(vouchedFor(doc(id), seeds.map((s) => doc(s.id)), index)).toBe(false);
  });

  it('one voucher is not enough', () => {
    expect(vouchedFor(doc(seeds[2].id), [doc(seeds[0].id)], index)).toBe(false);
  });

  it('admits a near miss on a page that passes for other documents on the story', () => {
    // A report written for the project (tests/fixtures/heldout) whose top terms are worded apart
    // from one seed's: that seed misses the top-term bar on its own.
    const page = parseTxtArticle(readFileSync(join(FIXTURES, 'heldout/pages/h01.txt'), 'utf8'));
    const profile = pageProfile(splitSentences(page.text).map(sentenceFeatures));
    const nearMiss = seeds.filter((s) => topTermShare(profile, doc(s.id)) < TOP_TERM_SHARE);
    expect(nearMiss.length).toBeGreaterThan(0);
    const report = analyzePage(page, index);
    const covered = report.coverage.map((c) => c.source);
    for (const s of nearMiss) expect(covered).toContain(s.id);
    expect(covered.filter((id) => id.startsWith('unrelated-'))).toEqual([]);
  });

  it.each(['unrelated/canada-steel-tariffs.txt', 'heldout/pages/h03.txt'])('gives no companion to a page that passes for nothing: %s', (f) => {
    const report = analyzePage(parseTxtArticle(readFileSync(join(FIXTURES, f), 'utf8')), index);
    expect(report.coverage.filter((c) => !c.source.startsWith('unrelated-'))).toEqual([]);
  });
});

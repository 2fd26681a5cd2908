import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import { pageProfile, topTermShare, vouchedFor, COMPANION_TOP_TERM_SHARE, TOP_TERM_SHARE } from '../../../utils/engine/story/story-gate';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { parseTxtArticle } from '../../../utils/corpus/article-text';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';

const FIXTURES = join(__dirname, '../../fixtures');
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
    expect(vouchedFor(doc(id), others)).toBe(true);
  });

  it.each(unrelated.map((u) => u.id))('the seeds do not vouch for %s (another story, same vocabulary)', (id) => {
    expect(vouchedFor(doc(id), seeds.map((s) => doc(s.id)))).toBe(false);
  });

  it('one voucher is enough: a page that passes for a single article of a story is compared with its companions too', () => {
    // Two vouchers were required until session 5: a page that passed for one stored article
    // (an analysis piece, a short wire copy) then never saw the story's other articles.
    expect(vouchedFor(doc(seeds[2].id), [doc(seeds[0].id)])).toBe(true);
    expect(vouchedFor(doc(unrelated[0].id), [doc(seeds[0].id)])).toBe(false);
  });

  it('admits near misses on pages that pass for other documents on the story, and says so', () => {
    // Two pages written for the project (tests/fixtures/heldout) on the seeds' story: a report
    // and a feature that opens on an anecdote. Every seed covers their story.
    const companions: string[] = [];
    for (const f of ['h01.txt', 'h02.txt']) {
      const report = analyzePage(parseTxtArticle(readFileSync(join(FIXTURES, 'heldout/pages', f), 'utf8')), index);
      expect(report.coverage.map((c) => c.source).sort()).toEqual(seeds.map((s) => s.id).sort());
      companions.push(...report.coverage.filter((c) => c.companion).map((c) => `${f}:${c.source}`));
    }
    // At least one of them got there as a companion: the page's own evidence fell short.
    expect(companions.length).toBeGreaterThan(0);
  });

  it.each(['unrelated/canada-steel-tariffs.txt', 'heldout/pages/h03.txt'])('gives no companion to a page that passes for nothing: %s', (f) => {
    const report = analyzePage(parseTxtArticle(readFileSync(join(FIXTURES, f), 'utf8')), index);
    expect(report.coverage.filter((c) => !c.source.startsWith('unrelated-'))).toEqual([]);
  });
});

describe('story gate: top-term share is read both ways', () => {
  // A short wire update names only part of a long article's subjects, while the long article
  // names all of the short one's. Invented texts: a long report on a dam failure, and a
  // three-sentence update on its toll.
  const longPage = [
    'The Kessler dam failed before dawn on Tuesday, flooding the valley below the reservoir.',
    'Engineers had warned that the dam spillway was cracked and that the reservoir was too full.',
    'Rescue crews in boats searched the flooded villages for residents stranded on rooftops.',
    'The valley road was closed and the villages were cut off as the river kept rising.',
    'Volunteers filled sandbags in the town of Orrin, downstream of the flooded villages.',
    'The governor said the engineers would inspect every dam on the river after the failure.',
    'Residents of the villages said the sirens sounded too late for them to reach high ground.',
    'Power lines along the valley road were down and rescue crews had no phone signal.',
    'The flood killed four people, the county sheriff said.',
  ];
  const shortDoc = [
    'Kessler dam failure: flood toll rises to four.',
    'Four people died when the Kessler dam failed and flooded the valley, the sheriff said.',
    'The sheriff said the toll from the dam failure and the flood could still rise.',
  ];
  it('counts the short document’s subjects found in the long page', () => {
    const index = new CorpusIndex();
    index.add({ id: 'short', outlet: 'Wire', outletNamed: true, headline: shortDoc[0], date: null, lang: 'en', text: shortDoc.join('\n') });
    const page = pageProfile(longPage.map((text) => sentenceFeatures({ text, start: 0, end: text.length })));
    const doc = index.indexed('short')!;
    const pageTop = [...page.tf.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([t]) => t);
    const oneWay = pageTop.filter((t) => doc.termFreq[t]).length / pageTop.length;
    expect(oneWay).toBeLessThan(TOP_TERM_SHARE); // read from the long page only, it looks like another story
    expect(topTermShare(page, doc)).toBeGreaterThanOrEqual(TOP_TERM_SHARE);
  });
});

describe('story gate: a short text’s subjects', () => {
  // Invented texts: a three-sentence brief on a probe's flyby and a three-sentence report of it,
  // neither repeating a word. Among words each mentioned once, the rare ones (the probe, the
  // moon, the manoeuvre) are the subjects; taken in alphabetical order, each text's top ten were
  // mostly its common words ("arrive", "distance", "behave", "confirm"), and the two reports of
  // one flyby shared 0.2–0.3 of them, as two stories do.
  const brief = [
    'The Callisto probe passed Ganymede at a distance of 400 km on Friday.',
    'Its thrusters fired for nine minutes before the flyby, engineers said.',
    'Images should arrive next week.',
  ];
  const report = [
    'Callisto flyby: probe skims Ganymede',
    'Mission control in Darmstadt confirmed that the thrusters worked and that the craft was healthy.',
    'Officials added that every camera behaved as hoped.',
  ];
  it('ranks a text’s words mentioned equally often by their rarity in English', () => {
    const index = new CorpusIndex();
    index.add({ id: 'report', outlet: 'Wire', outletNamed: true, headline: report[0], date: null, lang: 'en', text: report.join('\n') });
    const page = pageProfile(brief.map((text) => sentenceFeatures({ text, start: 0, end: text.length })));
    expect(topTermShare(page, index.indexed('report')!)).toBeGreaterThanOrEqual(COMPANION_TOP_TERM_SHARE);
  });
});

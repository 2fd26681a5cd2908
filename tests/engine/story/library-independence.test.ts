import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage, CorpusIndex, type CorpusDoc, type PageInput, type Report } from '../../../utils/engine';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { parseTxtArticle } from '../../../utils/corpus/article-text';
import { LANDSLIDE_PAGE, landslideDoc } from '../landslide-story';

// Issue 20 item 2, "the same verdict whatever else is stored": a reader's library holds many
// stories at once. The story gate and every score a verdict reads are computed within the story
// (the page and the documents covering it) or from a fixed resource, so storing articles on
// other stories beside a story's documents must not change any of its pages' verdicts.

const FIXTURES = join(__dirname, '../../fixtures');
const doc = (id: string, outlet: string, text: string): CorpusDoc => ({
  id, outlet, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text,
});
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

/** The stored reports of a blind story set (tests/fixtures/stories/<name>/corpus). */
const storyDocs = (name: string): CorpusDoc[] =>
  readdirSync(join(FIXTURES, 'stories', name, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => doc(f.replace(/\.txt$/, ''), 'Outlet ' + f.split('-')[0], fixture(join('stories', name, 'corpus', f))));

/** Other stories: the project's unrelated fixtures, two harbour reports, and stories written for this test. */
function otherStories(): CorpusDoc[] {
  const unrelated = readdirSync(join(FIXTURES, 'unrelated'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => doc('unrelated-' + f.replace(/\.txt$/, ''), 'Other Wire', fixture(join('unrelated', f))));
  const harbour = ['harbour-channel-a', 'harbour-channel-b'].map((f) => doc(f, 'Harbour News', fixture(`articles/${f}.txt`)));
  // Invented (every outlet, place and name): the seed story's beat (tariffs, talks, a minister)
  // about another pair of countries, and a report of another disaster.
  const written = [
    doc('orchard-tariffs', 'The Orchard Times', [
      'Valdoria and Kestrel resume tariff talks over apple exports',
      'Trade ministers from Valdoria and Kestrel met on Thursday to restart talks on tariffs that have choked apple exports for two years.',
      'Kestrel raised its tariff on Valdorian apples to 40 percent last spring, and Valdoria answered with a levy on Kestrel cheese.',
      'Officials on both sides said a deal could lower the tariffs before the autumn harvest.',
      'Growers in Valdoria say they have lost a third of their export income since the dispute began.',
      'The ministers will meet again next month in the Kestrel capital.',
    ].join('\n')),
    doc('orchard-tariffs-2', 'Kestrel Daily', [
      'Kestrel offers to cut apple tariff if Valdoria drops cheese levy',
      'Kestrel is willing to cut its 40 percent tariff on Valdorian apples if Valdoria scraps its levy on Kestrel cheese, the trade minister said on Thursday.',
      'The offer came at the first round of talks between the two governments since the dispute began two years ago.',
      'Valdorian officials said they would study the proposal.',
      'Apple growers have urged both governments to reach a deal before the harvest.',
    ].join('\n')),
    doc('flood-report', 'River Post', [
      'Floods cut off villages along the Marrow river',
      'Floodwater cut off a dozen villages along the Marrow river on Sunday after three days of rain, the regional emergency office said.',
      'Rescue boats took about 300 people from their homes overnight.',
      'No deaths were reported, but two bridges were washed away.',
      'Forecasters expect more rain later in the week.',
    ].join('\n')),
  ];
  return [...unrelated, ...harbour, ...written, landslideDoc()];
}

/** What a reader sees of the page's comparison: the covering documents and every match. */
function verdicts(report: Report) {
  return {
    coverage: report.coverage.map((c) => ({ source: c.source, companion: !!c.companion, copies: c.copies?.map((x) => x.source) ?? [] })).sort((a, b) => (a.source < b.source ? -1 : 1)),
    matches: report.claims.map((c) => c.matches.map((m) => ({ source: m.source, sentence: m.sentenceIndex, relation: m.relation, why: m.why, score: m.score }))),
  };
}

function indexOf(docs: CorpusDoc[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const d of docs) index.add(d);
  return index;
}

describe('the same verdict whatever else is stored (issue 20)', () => {
  const seeds = loadSeedDocs();
  const others = otherStories().filter((d) => d.id !== 'gazette');
  const seedPages: [string, PageInput][] = [
    ['a page on the seed story that is not stored (tests/fixtures/articles/pacific-ledger-fentanyl.txt)', parseTxtArticle(fixture('articles/pacific-ledger-fentanyl.txt'))],
    ['a held-out page on the seed story (tests/fixtures/heldout/pages/h01.txt)', parseTxtArticle(fixture('heldout/pages/h01.txt'))],
    ['a stored seed, as its own page', { title: seeds[3].headline, text: seeds[3].text, lang: 'en' }],
  ];

  it.each(seedPages)('%s: same coverage and matches with other stories stored, before or after the story', (_, page) => {
    const alone = analyzePage(page, indexOf(seeds));
    expect(alone.coverage.length).toBeGreaterThan(0);
    expect(alone.claims.some((c) => c.matches.length > 0)).toBe(true);
    const after = analyzePage(page, indexOf([...seeds, ...others, landslideDoc()]));
    const before = analyzePage(page, indexOf([...others, landslideDoc(), ...seeds]));
    expect(verdicts(after)).toEqual(verdicts(alone));
    expect(verdicts(before)).toEqual(verdicts(alone));
  });

  it('the whole report of a page is the same (additions, facts, figures, quotes)', () => {
    const page = seedPages[0][1];
    const alone = analyzePage(page, indexOf(seeds));
    const mixed = analyzePage(page, indexOf([...others, ...seeds, landslideDoc()]));
    expect(mixed).toEqual(alone);
  });

  it('a one-document story (the landslide) keeps its verdicts when the seed story and others are stored', () => {
    const alone = analyzePage(LANDSLIDE_PAGE, indexOf([landslideDoc()]));
    expect(alone.coverage.map((c) => c.source)).toEqual(['gazette']);
    expect(alone.claims.flatMap((c) => c.matches).length).toBeGreaterThan(0);
    const mixed = analyzePage(LANDSLIDE_PAGE, indexOf([...seeds, ...others, landslideDoc()]));
    expect(verdicts(mixed)).toEqual(verdicts(alone));
  });

  it('two stories on one beat (an airport strike, a rail strike): each page keeps its verdicts with the other stored', () => {
    // The first gated story sets to share a beat: a strike's reports share the beat's subjects
    // (strike, union, pay, walkout) with another strike's, so one strike's report vouched for
    // the other strike's explainer as a companion (story-gate.ts condition 4).
    const airport = storyDocs('airport-strike'), rail = storyDocs('rail-strike');
    for (const [name, own, other] of [['airport-strike', airport, rail], ['rail-strike', rail, airport]] as const) {
      const dir = join('stories', name, 'pages');
      for (const f of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.txt'))) {
        const page = parseTxtArticle(fixture(join(dir, f)));
        const alone = analyzePage(page, indexOf([...own]));
        const both = analyzePage(page, indexOf([...other, ...own]));
        expect({ page: f, ...verdicts(both) }).toEqual({ page: f, ...verdicts(alone) });
      }
    }
  });

  it('two events of one kind (two mine disasters): each page keeps its verdicts with the other’s reports stored', () => {
    // Two blind sets written apart: a roof fall at one colliery, a flood at another, both with
    // men trapped hundreds of metres down and brought up alive. Each story's reports pass the
    // gate's bars for the other's pages (the kind's words, its kind of facts); the page tells
    // them apart by whose names it uses (coverage.ts otherStoryDocs).
    const roofFall = storyDocs('mine-rescue'), flood = storyDocs('colliery-flood');
    for (const [name, own, other] of [['mine-rescue', roofFall, flood], ['colliery-flood', flood, roofFall]] as const) {
      const dir = join('stories', name, 'pages');
      const labels = fixture(join('stories', name, 'labels.jsonl')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const related = new Set(labels.filter((l) => l.claim !== '*').map((l) => l.page));
      for (const f of readdirSync(join(FIXTURES, dir)).filter((f) => related.has(f.replace(/\.txt$/, '')))) {
        const page = parseTxtArticle(fixture(join(dir, f)));
        const alone = analyzePage(page, indexOf([...own]));
        expect(alone.coverage.length).toBeGreaterThan(0);
        const both = analyzePage(page, indexOf([...other, ...own]));
        expect({ page: f, ...verdicts(both) }).toEqual({ page: f, ...verdicts(alone) });
      }
    }
  });

  it('a page on another country’s budget stays unmatched with a central bank’s rate decision stored', () => {
    // The blind set budget's unrelated page, set on a Thursday like the rate decision's reports:
    // a report about another actor may tell of another event but never vouch for one.
    const page = parseTxtArticle(fixture('stories/budget/pages/halvard-times-budget.txt'));
    for (const library of [storyDocs('budget'), [...storyDocs('rate-decision'), ...storyDocs('budget')]]) {
      const report = analyzePage(page, indexOf(library));
      expect(report.coverage).toEqual([]);
      expect(report.claims.flatMap((c) => c.matches)).toEqual([]);
    }
  });

  it('a page on another story stays unmatched however many stories are stored', () => {
    const page = parseTxtArticle(fixture('unrelated/canada-steel-tariffs.txt'));
    const library = indexOf([...seeds, ...others.filter((d) => !d.id.includes('canada')), landslideDoc()]);
    const report = analyzePage(page, library);
    expect(report.coverage).toEqual([]);
    expect(report.claims.flatMap((c) => c.matches)).toEqual([]);
  });
});

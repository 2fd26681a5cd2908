// The facts stage: a story's sentences grouped across outlets, claims linked to them, and
// "reported elsewhere" as one capped entry per fact.
import { describe, expect, it } from 'vitest';
import { CorpusIndex, analyzePage } from '../../../utils/engine';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { storyFacts } from '../../../utils/engine/facts/group';
import { MAX_ADDITIONS } from '../../../utils/engine/facts/report-facts';
import type { CorpusDoc } from '../../../utils/engine/types';

const doc = (id: string, outlet: string, sentences: string[]): CorpusDoc => ({
  id, outlet, outletNamed: true, headline: sentences[0], date: null, lang: 'en', text: sentences.join('\n'),
});

// Three invented reports of one harbour fire; each restates the toll and the cause in its own words.
const FIRE = [
  doc('a', 'Harbour Gazette', [
    'Fire destroys warehouse at Port Elling',
    'A fire destroyed a grain warehouse at Port Elling on Tuesday night, killing two night guards.',
    'Investigators said a faulty conveyor motor started the blaze.',
    'The port authority said ships would dock at the north quay until repairs were done.',
  ]),
  doc('b', 'Coastal Wire', [
    'Two guards die in Port Elling warehouse fire',
    'Two night guards were killed when a fire destroyed a grain warehouse at Port Elling on Tuesday.',
    'A faulty conveyor motor started the blaze, investigators said.',
    'The mayor of Elling ordered flags at half mast on the town hall.',
  ]),
  doc('c', 'Elling Evening Post', [
    'Grain warehouse burns at Port Elling',
    'A grain warehouse at Port Elling was destroyed by fire on Tuesday night and two night guards were killed.',
    'Investigators blamed a faulty conveyor motor for starting the blaze.',
    'Insurers put the loss at 4 million dollars.',
  ]),
];

describe('storyFacts', () => {
  it('groups the restatements of one fact across outlets, one sentence per document', () => {
    const index = new CorpusIndex();
    for (const d of FIRE) index.add(d);
    const docs = FIRE.map((d) => index.indexed(d.id)!);
    const { groups, groupOf } = storyFacts(docs, index);
    const toll = groupOf(docs[0], 1);
    expect(toll).toBeGreaterThanOrEqual(0);
    expect(groupOf(docs[1], 1)).toBe(toll);
    expect(groupOf(docs[2], 1)).toBe(toll);
    const cause = groupOf(docs[0], 2);
    expect(cause).toBeGreaterThanOrEqual(0);
    expect(cause).not.toBe(toll);
    expect(groupOf(docs[1], 2)).toBe(cause);
    // what only one outlet reports is no fact of the story
    expect(groupOf(docs[2], 3)).toBe(-1);
    for (const g of groups) expect(new Set(g.members.map((m) => m.doc.meta.id)).size).toBe(g.members.length);
  });
});

describe('Report.facts on the seeds', () => {
  const index = new CorpusIndex();
  const seeds = loadSeedDocs();
  for (const d of seeds) index.add(d);
  const page = seeds.find((d) => d.id.startsWith('003'))!;
  const report = analyzePage({ title: page.headline, text: page.text }, index);

  it('links matches to facts that the report lists, with the claims that link to them', () => {
    const ids = new Set(report.facts.map((f) => f.id));
    const linked = report.claims.flatMap((c) => c.matches.filter((m) => m.factId).map((m) => ({ claim: c.id, m })));
    expect(linked.length).toBeGreaterThan(0);
    for (const { claim, m } of linked) {
      expect(ids.has(m.factId!)).toBe(true);
      const fact = report.facts.find((f) => f.id === m.factId)!;
      expect(fact.claimIds).toContain(claim);
      expect(fact.members.some((x) => x.source === m.source && x.sentenceIndex === m.sentenceIndex)).toBe(true);
    }
    for (const f of report.facts) {
      expect(f.outlets).toBeGreaterThanOrEqual(1);
      expect(f.members.every((x) => x.source !== report.self)).toBe(true);
    }
  });

  it('lists what the page leaves out as a short list, most widely reported first', () => {
    expect(report.additions.length).toBeGreaterThan(0);
    expect(report.additions.length).toBeLessThanOrEqual(MAX_ADDITIONS);
    const outlets = report.additions.map((a) => new Set([a.source, ...a.alsoReportedBy.map((r) => r.source)]).size);
    expect([...outlets].sort((x, y) => y - x)).toEqual(outlets);
    // an addition's fact is never one a claim links to
    for (const a of report.additions) if (a.factId) expect(report.facts.find((f) => f.id === a.factId)!.claimIds).toEqual([]);
  });
});

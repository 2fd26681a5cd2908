// Grouping a card's matches by the story fact they report (Report.facts / Match.factId).
import { describe, expect, it } from 'vitest';
import { groupByFact } from '../../utils/page/fact-groups';
import type { Match, Report } from '../../utils/engine/types';
import { proofFor } from './proof-fixture';

const m = (source: string, outlet: string, relation: Match['relation'], factId?: string, sentenceIndex = 0): Match => ({
  source, outlet, text: `${outlet} sentence ${sentenceIndex}`, relation, why: 'because', score: 0.5, sentenceIndex, ...(factId ? { factId } : {}), ...proofFor(relation),
});

// A hand-written report: two facts across three outlets, one match outside any fact.
const report: Report = {
  title: 'Tariff talks',
  self: null,
  coverage: [
    { source: 'wsj', outlet: 'The Wall Street Journal', headline: 'A', date: null, relatedness: 0.9 },
    { source: 'nyt', outlet: 'The New York Times', headline: 'B', date: null, relatedness: 0.8 },
    { source: 'wire', outlet: 'Wire Service', headline: 'C', date: null, relatedness: 0.7 },
  ],
  claims: [
    {
      id: 'c0', start: 0, end: 30, text: 'Tariffs rose to 145%.',
      matches: [m('nyt', 'The New York Times', 'contradicts', 'f1', 3), m('wsj', 'The Wall Street Journal', 'agree', 'f2', 1), m('wsj', 'The Wall Street Journal', 'agree', 'f1', 7), m('wire', 'Wire Service', 'adds'), m('wire', 'Wire Service', 'agree', 'f2', 2)],
    },
  ],
  additions: [],
  quotes: [],
  figures: [],
  facts: [
    { id: 'f1', members: [], values: [{ kind: 'figure', label: '145%', value: 145, unit: '%', sources: ['wsj'] }], outlets: 2, claimIds: ['c0'] },
    { id: 'f2', members: [], values: [], outlets: 2, claimIds: ['c0'] },
  ],
};

describe('groupByFact', () => {
  it('puts matches of one fact together, in the order of each group’s first match, with their outlets and strongest relation', () => {
    const groups = groupByFact(report.claims[0]!.matches, report.facts);
    expect(groups.map((g) => [g.factId, g.matches.map((x) => `${x.source}:${x.sentenceIndex}`), g.outlets, g.relation])).toEqual([
      ['f1', ['nyt:3', 'wsj:7'], ['The New York Times', 'The Wall Street Journal'], 'contradicts'],
      ['f2', ['wsj:1', 'wire:2'], ['The Wall Street Journal', 'Wire Service'], 'agree'],
      [null, ['wire:0'], ['Wire Service'], 'adds'],
    ]);
    expect(groups[0]!.fact?.values[0]?.label).toBe('145%');
  });

  it('without factIds every match is its own group (the engine before facts), in the same order', () => {
    const plain = report.claims[0]!.matches.map(({ factId: _, ...rest }) => rest);
    const groups = groupByFact(plain, []);
    expect(groups.map((g) => g.matches.length)).toEqual([1, 1, 1, 1, 1]);
    expect(groups.flatMap((g) => g.matches)).toEqual(plain);
    expect(groups.every((g) => g.factId === null && g.fact === null)).toBe(true);
  });

  it('a factId the report does not list still groups, with no fact attached', () => {
    const groups = groupByFact([m('a', 'A', 'agree', 'f9'), m('b', 'B', 'adds', 'f9')], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.fact).toBeNull();
    expect(groups[0]!.relation).toBe('adds');
  });
});

describe('summary phrases', async () => {
  const { outletPhrase, relationSentence, storySummary } = await import('../../utils/page/summary');
  it('names the outlets, counting unnamed ones together', () => {
    expect(outletPhrase(['The Wall Street Journal', 'Unnamed outlet, citing the WSJ', 'Unnamed outlet, citing the WSJ and Reuters', 'The New York Times'])).toBe(
      'The Wall Street Journal, The New York Times and 2 outlets the texts do not name',
    );
    expect(outletPhrase(['A', 'B'])).toBe('A and B');
  });
  it('counts each claim once, by its most important relation', () => {
    const s = storySummary(report);
    expect(s).toMatchObject({ documents: 3, claims: 1, reported: 1, byRelation: { contradicts: 1, adds: 0, agree: 0 } });
    expect(relationSentence({ contradicts: 2, adds: 5, agree: 11 })).toBe('2 contradicted, 5 with added detail and 11 agreed');
  });
});

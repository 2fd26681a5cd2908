import { describe, expect, it } from 'vitest';
import type { Claim, Match, Report } from '../../utils/engine/types';
import { proofFor } from './proof-fixture';
import { contradictedCount, orderedMatches, outletSummaries, primaryRelation, visibleClaims } from '../../utils/page/report-view';

const m = (source: string, relation: Match['relation'], score = 0.5): Match => ({
  source, outlet: `Outlet ${source}`, text: `${source} says`, relation, why: 'because', score, sentenceIndex: 0, ...proofFor(relation),
});
const claim = (id: string, start: number, matches: Match[]): Claim => ({ id, start, end: start + 10, text: `claim ${id}`, matches });

const report = {
  title: 'T',
  self: null,
  coverage: [
    { source: 'b', outlet: 'Outlet b', headline: 'H b', date: null, relatedness: 0.9 },
    { source: 'a', outlet: 'Outlet a', headline: 'H a', date: null, relatedness: 0.8 },
  ],
  claims: [claim('c2', 50, [m('a', 'agree'), m('b', 'contradicts')]), claim('c0', 0, []), claim('c1', 20, [m('a', 'adds'), m('a', 'agree', 0.9)])],
  additions: [],
} as unknown as Report;

describe('report views', () => {
  it('primaryRelation: contradicts > adds > agree, null without matches', () => {
    expect(primaryRelation(report.claims[0]!)).toBe('contradicts');
    expect(primaryRelation(report.claims[1]!)).toBeNull();
    expect(primaryRelation(report.claims[2]!)).toBe('adds');
  });

  it('counts matches per outlet in coverage order', () => {
    expect(outletSummaries(report).map((r) => [r.source, r.counts])).toEqual([
      ['b', { agree: 0, adds: 0, contradicts: 1 }],
      ['a', { agree: 2, adds: 1, contradicts: 0 }],
    ]);
  });

  it('badge counts claims whose primary relation is contradicts', () => {
    expect(contradictedCount(report)).toBe(1);
  });

  it('lists claims in page order, optionally only those with matches', () => {
    expect(visibleClaims(report, false).map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(visibleClaims(report, true).map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('orders a claim’s matches by relation, then score', () => {
    expect(orderedMatches(report.claims[2]!).map((x) => x.relation)).toEqual(['adds', 'agree']);
    expect(orderedMatches(report.claims[0]!).map((x) => x.source)).toEqual(['b', 'a']);
  });
});

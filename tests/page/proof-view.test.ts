// The view's rule for contradictions: shown as one only with a proof the sidebar can read, and
// the proof's spans cut into marked and unmarked text slices.
import { describe, expect, it } from 'vitest';
import type { Claim, Match, Report } from '../../utils/engine/types';
import { markedParts, readableProof, shownRelation } from '../../utils/page/proof-view';
import { contradictedCount, filteredMatches, orderedMatches, outletSummaries, primaryRelation } from '../../utils/page/report-view';
import { groupByFact } from '../../utils/page/fact-groups';
import { claimsPerOutlet, storySummary } from '../../utils/page/summary';
import { PROOF } from './proof-fixture';

const m = (source: string, relation: Match['relation'], extra: Partial<Match> = {}): Match => ({
  source, outlet: `Outlet ${source}`, text: 'Tariffs rose to 125 percent on Friday.', relation, why: 'because', score: 0.5, sentenceIndex: 0, ...extra,
});

describe('shownRelation', () => {
  it('keeps a contradiction that carries its proof, and every other relation as it is', () => {
    expect(shownRelation(m('a', 'contradicts', { proof: PROOF }))).toBe('contradicts');
    expect(shownRelation(m('a', 'adds'))).toBe('adds');
    expect(shownRelation(m('a', 'agree'))).toBe('agree');
  });

  it('shows a contradiction without a proof, or with one missing a part the reader is told, as "adds"', () => {
    expect(shownRelation(m('a', 'contradicts'))).toBe('adds');
    const broken: unknown[] = [
      null,
      'different figure',
      { ...PROOF, kind: 'vibe' },
      { ...PROOF, about: '  ' },
      { ...PROOF, page: { span: PROOF.page.span } },
      { ...PROOF, other: { value: 7, span: PROOF.other.span } },
      { ...PROOF, other: undefined },
    ];
    for (const proof of broken) expect(shownRelation(m('a', 'contradicts', { proof: proof as Match['proof'] }))).toBe('adds');
  });

  it('a proof is shown only on a contradiction; a bad span does not void it (only its mark goes)', () => {
    expect(readableProof(m('a', 'agree', { proof: PROOF }))).toBeNull();
    const badSpan = { ...PROOF, page: { value: '145 percent', span: { start: 40, end: 3 } } };
    expect(readableProof(m('a', 'contradicts', { proof: badSpan }))).toEqual(badSpan);
  });

  it('every view of the report follows it: primary relation, badge, order, filters, per-outlet counts, fact groups, summary', () => {
    const bare = m('b', 'contradicts', { score: 0.9, factId: 'f1' });
    const proved = m('c', 'contradicts', { proof: PROOF, score: 0.1 });
    const claim: Claim = { id: 'c0', start: 0, end: 30, text: 'Tariffs rose to 145 percent.', matches: [m('a', 'agree'), bare] };
    const report = {
      coverage: ['a', 'b', 'c'].map((s) => ({ source: s, outlet: `Outlet ${s}`, headline: `H ${s}`, date: null, relatedness: 0.5 })),
      claims: [claim, { ...claim, id: 'c1', start: 40, matches: [bare, proved] }],
    } as unknown as Report;
    expect(primaryRelation(claim)).toBe('adds');
    expect(contradictedCount(report)).toBe(1);
    expect(orderedMatches(report.claims[1]!).map((x) => x.source)).toEqual(['c', 'b']);
    expect(filteredMatches(claim, { relations: ['contradicts'], outlet: null })).toEqual([]);
    expect(filteredMatches(claim, { relations: ['adds'], outlet: null })).toEqual([bare]);
    expect(outletSummaries(report).find((r) => r.source === 'b')!.counts).toEqual({ agree: 0, adds: 2, contradicts: 0 });
    expect(claimsPerOutlet(report).find((r) => r.source === 'b')!.counts).toEqual({ contradicts: 0, adds: 2, agree: 0 });
    expect(groupByFact([bare], []).map((g) => g.relation)).toEqual(['adds']);
    expect(storySummary(report).byRelation).toEqual({ contradicts: 1, adds: 1, agree: 0 });
  });
});

describe('markedParts', () => {
  const text = 'Tariffs rose to 145 percent on Friday.';
  const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

  it('cuts the text at each span, marking the spans, and joins back to the text', () => {
    const parts = markedParts(text, [{ start: 16, end: 27 }]);
    expect(parts).toEqual([
      { text: 'Tariffs rose to ', marked: false },
      { text: '145 percent', marked: true },
      { text: ' on Friday.', marked: false },
    ]);
    expect(join(parts)).toBe(text);
  });

  it('merges overlapping spans, keeps them in text order, and marks the very start and end', () => {
    const parts = markedParts(text, [{ start: 31, end: 38 }, { start: 20, end: 27 }, { start: 16, end: 23 }, { start: 0, end: 7 }]);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['Tariffs', '145 percent', 'Friday.']);
    expect(join(parts)).toBe(text);
  });

  it('ignores spans that do not fit the text, so nothing is ever marked by mistake', () => {
    const bad = [undefined, null, { start: -1, end: 4 }, { start: 5, end: 5 }, { start: 9, end: 3 }, { start: 30, end: 99 }, { start: 1.5, end: 4 }, { start: NaN, end: 4 }];
    expect(markedParts(text, bad)).toEqual([{ text, marked: false }]);
    expect(markedParts('', [{ start: 0, end: 1 }])).toEqual([{ text: '', marked: false }]);
  });
});

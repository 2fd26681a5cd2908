// The toolbar badge and tooltip (issue 20 item 5): the badge counts contradicted claims, the
// tooltip counts the articles that contradict the page — never the ones that only cover it.
import { describe, expect, it } from 'vitest';
import { BADGE_GREY, BADGE_RED, COVERED_MARK, badgeCounts, badgeFor, badgeTitle } from '../../utils/background/badge';
import type { Claim, Match, Relation, Report, StoryDoc } from '../../utils/engine/types';
import { proofFor } from '../page/proof-fixture';

const doc = (source: string, extra: Partial<StoryDoc> = {}): StoryDoc => ({ source, outlet: `Outlet ${source}`, headline: 'H', date: null, relatedness: 0.8, ...extra });
const match = (source: string, relation: Relation): Match => ({ source, outlet: `Outlet ${source}`, text: 'T.', relation, why: 'w', score: 0.7, sentenceIndex: 0, ...proofFor(relation) });
const claim = (i: number, matches: Match[]): Claim => ({ id: `c${i}`, text: `Claim ${i}.`, start: i * 10, end: i * 10 + 8, matches });
const report = (coverage: StoryDoc[], claims: Claim[], notice?: string): Pick<Report, 'claims' | 'coverage' | 'notice'> => ({ coverage, claims, ...(notice ? { notice } : {}) });

describe('badgeCounts', () => {
  it('counts the documents that contradict, not the ones that cover', () => {
    // Five covering documents; "a" contradicts two claims, "b" one (a claim "a" also contradicts), "c" only agrees.
    const r = report(
      ['a', 'b', 'c', 'd', 'e'].map((s) => doc(s)),
      [claim(0, [match('a', 'contradicts'), match('b', 'contradicts')]), claim(1, [match('a', 'contradicts'), match('c', 'agree')]), claim(2, [match('c', 'adds')]), claim(3, [])],
    );
    expect(badgeCounts(r)).toEqual({ contradictedClaims: 2, contradicting: 2, covering: 5 });
  });

  it('counts a document with syndicated copies folded in once, as the sidebar does', () => {
    const r = report([doc('a', { copies: [{ source: 'a2', outlet: 'Copy' }] }), doc('b')], [claim(0, [match('a', 'contradicts')])]);
    expect(badgeCounts(r)).toEqual({ contradictedClaims: 1, contradicting: 1, covering: 2 });
  });

  it('does not count a contradiction that carries no proof (the view shows it as added detail)', () => {
    const bare: Match = { source: 'a', outlet: 'Outlet a', text: 'T.', relation: 'contradicts', why: 'w', score: 0.7, sentenceIndex: 0 };
    expect(badgeCounts(report([doc('a')], [claim(0, [bare])]))).toEqual({ contradictedClaims: 0, contradicting: 0, covering: 1 });
  });

  it('is null when nothing was compared (no report, or a notice)', () => {
    expect(badgeCounts(null)).toBeNull();
    expect(badgeCounts(report([], [], 'Language not supported yet: fr'))).toBeNull();
  });
});

describe('badgeTitle', () => {
  it.each([
    [{ contradictedClaims: 3, contradicting: 2, covering: 5 }, 'Source comparison: 2 articles contradict this page, on 3 claims (5 in your library cover the story)'],
    [{ contradictedClaims: 1, contradicting: 1, covering: 1 }, 'Source comparison: 1 article contradicts this page, on 1 claim (1 in your library covers the story)'],
    [{ contradictedClaims: 4, contradicting: 1, covering: 4 }, 'Source comparison: 1 article contradicts this page, on 4 claims (4 in your library cover the story)'],
    [{ contradictedClaims: 0, contradicting: 0, covering: 5 }, 'Source comparison: no article contradicts this page (5 in your library cover the story)'],
    [{ contradictedClaims: 0, contradicting: 0, covering: 1 }, 'Source comparison: no article contradicts this page (1 in your library covers the story)'],
    [{ contradictedClaims: 0, contradicting: 0, covering: 0 }, 'Source comparison: no article on this story in your library'],
  ])('%o reads “%s”', (counts, title) => {
    expect(badgeTitle(counts)).toBe(title);
  });

  it('says only the extension’s name when nothing was compared', () => {
    expect(badgeTitle(null)).toBe('Source comparison');
  });
});

describe('badgeFor', () => {
  it('gives the badge one meaning: contradicted claims in red, else a grey mark when the story is covered, else nothing', () => {
    expect(badgeFor({ contradictedClaims: 3, contradicting: 2, covering: 4 })).toEqual({
      text: '3',
      color: BADGE_RED,
      title: 'Source comparison: 2 articles contradict this page, on 3 claims (4 in your library cover the story)',
    });
    expect(badgeFor({ contradictedClaims: 0, contradicting: 0, covering: 4 })).toMatchObject({ text: COVERED_MARK, color: BADGE_GREY });
    expect(badgeFor({ contradictedClaims: 0, contradicting: 0, covering: 0 }).text).toBe('');
    expect(badgeFor(null)).toEqual({ text: '', color: BADGE_GREY, title: 'Source comparison' });
  });
});

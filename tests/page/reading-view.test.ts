// The sidebar's reading aids as pure functions: filters, outlet labels that tell same-named
// outlets apart, the coverage picture, next/previous, and the stored preferences' validation.
import { describe, expect, it } from 'vitest';
import type { Claim, Match, Report } from '../../utils/engine/types';
import { proofFor } from './proof-fixture';
import { filteredCards, outletLabels, stepId } from '../../utils/page/report-view';
import { claimsPerOutlet } from '../../utils/page/summary';
import { DEFAULT_PREFERENCES, MAX_WIDTH, MIN_WIDTH, parsePreferences } from '../../utils/page/preferences';

const m = (source: string, relation: Match['relation'], score = 0.5): Match => ({
  source, outlet: source === 'w2' ? 'WSJ' : `Outlet ${source}`, text: `${source} says`, relation, why: 'because', score, sentenceIndex: 0, ...proofFor(relation),
});
const claim = (id: string, start: number, matches: Match[]): Claim => ({ id, start, end: start + 10, text: `claim ${id}`, matches });

const report = {
  title: 'T',
  self: null,
  coverage: [
    { source: 'a', outlet: 'Outlet a', headline: 'H a', date: null, relatedness: 0.9 },
    { source: 'w1', outlet: 'WSJ', headline: 'Beijing weighs an offer', date: null, relatedness: 0.8 },
    { source: 'w2', outlet: 'WSJ', headline: 'Crisis gave an opening', date: null, relatedness: 0.7 },
  ],
  claims: [
    claim('c2', 50, [m('a', 'agree'), m('w1', 'contradicts')]),
    claim('c0', 0, []),
    claim('c1', 20, [m('a', 'adds'), m('w2', 'agree', 0.9)]),
  ],
  additions: [],
  quotes: [],
  figures: [],
  facts: [],
} as unknown as Report;

const all = { relations: ['contradicts', 'adds', 'agree'] as const, outlet: null, showUnmatched: false };

describe('reading view', () => {
  it('filters cards by relation and by outlet, in page order, unmatched only on request', () => {
    expect(filteredCards(report, { ...all, relations: [...all.relations] }).map((c) => c.claim.id)).toEqual(['c1', 'c2']);
    expect(filteredCards(report, { ...all, relations: [...all.relations], showUnmatched: true }).map((c) => c.claim.id)).toEqual(['c0', 'c1', 'c2']);
    const contradicted = filteredCards(report, { ...all, relations: ['contradicts'] });
    expect(contradicted.map((c) => [c.claim.id, c.matches.map((x) => x.relation)])).toEqual([['c2', ['contradicts']]]);
    const fromW2 = filteredCards(report, { ...all, relations: [...all.relations], outlet: 'w2' });
    expect(fromW2.map((c) => [c.claim.id, c.matches.map((x) => x.source)])).toEqual([['c1', ['w2']]]);
  });

  it('tells two outlets with the same name apart by headline', () => {
    const labels = outletLabels(report.coverage);
    expect(labels.get('a')).toEqual({ name: 'Outlet a', detail: null });
    expect(labels.get('w1')).toEqual({ name: 'WSJ', detail: 'Beijing weighs an offer' });
    expect(labels.get('w2')!.detail).toBe('Crisis gave an opening');
  });

  it('counts, per outlet, the claims it contradicts, adds detail to or agrees with (claims, not matches)', () => {
    const rows = claimsPerOutlet(report);
    expect(rows.map((r) => [r.source, r.counts])).toEqual([
      ['a', { contradicts: 0, adds: 1, agree: 1 }],
      ['w1', { contradicts: 1, adds: 0, agree: 0 }],
      ['w2', { contradicts: 0, adds: 0, agree: 1 }],
    ]);
  });

  it('steps through ids, wrapping, starting at either end', () => {
    expect(stepId(['x', 'y', 'z'], null, 1)).toBe('x');
    expect(stepId(['x', 'y', 'z'], null, -1)).toBe('z');
    expect(stepId(['x', 'y', 'z'], 'z', 1)).toBe('x');
    expect(stepId(['x', 'y', 'z'], 'x', -1)).toBe('z');
    expect(stepId([], 'x', 1)).toBeNull();
  });

  it('reads stored preferences defensively, with a version field', () => {
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('junk')).toEqual(DEFAULT_PREFERENCES);
    const p = parsePreferences({ version: 1, width: 99999, highlights: false, relations: ['agree', 'bogus'], outlet: 7, allDiffs: 'yes' });
    expect(p).toMatchObject({ version: 1, width: MAX_WIDTH, highlights: false, relations: ['agree'], outlet: null, allDiffs: false });
    expect(parsePreferences({ width: 10 }).width).toBe(MIN_WIDTH);
    // The first-run hint's flag: a record stored before it existed reads as "not dismissed".
    expect(parsePreferences({ version: 1, width: 400 }).hintDismissed).toBe(false);
    expect(parsePreferences({ version: 1, hintDismissed: true }).hintDismissed).toBe(true);
    expect(parsePreferences({ version: 1, hintDismissed: 'yes' }).hintDismissed).toBe(false);
  });
});

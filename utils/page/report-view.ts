// Pure views of an engine Report for the page and the sidebar: which relation a claim is
// highlighted with, per-outlet counts for the header, and the order cards are shown in.
// Every relation here is the one the match is shown with (shownRelation: no red without a proof).
import type { Claim, Relation, Report } from '../engine/types';
import { shownRelation } from './proof-view';

/** Highest first: a claim that any outlet contradicts is shown as contradicted. */
export const RELATION_ORDER: readonly Relation[] = ['contradicts', 'adds', 'agree'];

export const RELATION_LABEL: Record<Relation, string> = {
  contradicts: 'Contradicts',
  adds: 'Adds detail',
  agree: 'Agrees',
};

/** The most important relation among a claim's matches, or null when nothing matched. */
export function primaryRelation(claim: Pick<Claim, 'matches'>): Relation | null {
  for (const r of RELATION_ORDER) if (claim.matches.some((m) => shownRelation(m) === r)) return r;
  return null;
}

export interface OutletSummary {
  source: string;
  outlet: string;
  headline: string;
  counts: Record<Relation, number>;
}

/** One row per covering document, in the report's coverage order, counting matched claims by relation. */
export function outletSummaries(report: Report): OutletSummary[] {
  const rows = new Map<string, OutletSummary>();
  for (const c of report.coverage) {
    rows.set(c.source, { source: c.source, outlet: c.outlet, headline: c.headline, counts: { agree: 0, adds: 0, contradicts: 0 } });
  }
  for (const claim of report.claims) {
    for (const m of claim.matches) {
      let row = rows.get(m.source);
      if (!row) {
        row = { source: m.source, outlet: m.outlet, headline: '', counts: { agree: 0, adds: 0, contradicts: 0 } };
        rows.set(m.source, row);
      }
      row.counts[shownRelation(m)]++;
    }
  }
  return [...rows.values()];
}

/** Number of claims whose primary relation is contradicts (the toolbar badge). */
export function contradictedCount(report: Pick<Report, 'claims'>): number {
  return report.claims.filter((c) => primaryRelation(c) === 'contradicts').length;
}

/** Claims in page order; with `onlyMatched`, those without matches are left out. */
export function visibleClaims(report: Pick<Report, 'claims'>, onlyMatched: boolean): Claim[] {
  const claims = [...report.claims].sort((a, b) => a.start - b.start);
  return onlyMatched ? claims.filter((c) => c.matches.length > 0) : claims;
}

/** Matches of a claim, most important relation first, then closest first. */
export function orderedMatches(claim: Claim): Claim['matches'] {
  return [...claim.matches].sort(
    (a, b) => RELATION_ORDER.indexOf(shownRelation(a)) - RELATION_ORDER.indexOf(shownRelation(b)) || b.score - a.score,
  );
}

/** The reader's card filters: relations shown and, optionally, one outlet (corpus id). */
export interface CardFilter {
  relations: readonly Relation[];
  outlet: string | null;
  /** Also list claims not found in the library's articles on the story (no match at all). */
  showUnmatched: boolean;
}

/** A claim's matches that pass the filter, most important first. */
export function filteredMatches(claim: Claim, f: Pick<CardFilter, 'relations' | 'outlet'>): Claim['matches'] {
  return orderedMatches(claim).filter((m) => f.relations.includes(shownRelation(m)) && (f.outlet === null || m.source === f.outlet));
}

/** The cards to show, in page order: matched claims with at least one match passing the filter, and unmatched ones on request. */
export function filteredCards(report: Pick<Report, 'claims'>, f: CardFilter): { claim: Claim; matches: Claim['matches'] }[] {
  const out: { claim: Claim; matches: Claim['matches'] }[] = [];
  for (const claim of visibleClaims(report, false)) {
    if (claim.matches.length === 0) {
      if (f.showUnmatched) out.push({ claim, matches: [] });
      continue;
    }
    const matches = filteredMatches(claim, f);
    if (matches.length) out.push({ claim, matches });
  }
  return out;
}

/**
 * Display names that tell outlets apart: an outlet name that occurs twice gets its headline
 * (shortened) as a second line, so "The Wall Street Journal" and "The Wall Street Journal" differ.
 */
export function outletLabels(rows: readonly { source: string; outlet: string; headline: string }[]): Map<string, { name: string; detail: string | null }> {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.outlet, (seen.get(r.outlet) ?? 0) + 1);
  const out = new Map<string, { name: string; detail: string | null }>();
  for (const r of rows) {
    const dup = (seen.get(r.outlet) ?? 0) > 1;
    const h = r.headline.trim();
    out.set(r.source, { name: r.outlet, detail: dup ? (h ? (h.length > 70 ? `${h.slice(0, 68)}…` : h) : r.source) : null });
  }
  return out;
}

/** The id `delta` steps from `current` in `ids` (wrapping); the first (or last) when nothing is current. */
export function stepId(ids: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (!ids.length) return null;
  const i = current === null ? -1 : ids.indexOf(current);
  if (i < 0) return delta > 0 ? ids[0]! : ids[ids.length - 1]!;
  return ids[(i + delta + ids.length) % ids.length]!;
}

// Pure views of an engine Report for the page and the sidebar: which relation a claim is
// highlighted with, per-outlet counts for the header, and the order cards are shown in.
import type { Claim, Relation, Report } from '../engine/types';

/** Highest first: a claim that any outlet contradicts is shown as contradicted. */
export const RELATION_ORDER: readonly Relation[] = ['contradicts', 'adds', 'agree'];

export const RELATION_LABEL: Record<Relation, string> = {
  contradicts: 'Contradicts',
  adds: 'Adds detail',
  agree: 'Agrees',
};

/** The most important relation among a claim's matches, or null when nothing matched. */
export function primaryRelation(claim: Pick<Claim, 'matches'>): Relation | null {
  for (const r of RELATION_ORDER) if (claim.matches.some((m) => m.relation === r)) return r;
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
      row.counts[m.relation]++;
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
    (a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) || b.score - a.score,
  );
}

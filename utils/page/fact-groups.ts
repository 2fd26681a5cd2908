// A card's matches grouped by the story fact they report (Report.facts, Match.factId): one block
// per fact naming every outlet that reports it, so the same fact is not told three times in a
// row. A match without a factId is a group of its own (what the engine gives before facts exist).
import type { Fact, Match, Report } from '../engine/types';
import { RELATION_ORDER } from './report-view';
import { shownRelation } from './proof-view';

export interface FactGroup {
  /** The fact's id, or null for a match that belongs to no fact. */
  factId: string | null;
  /** The group's matches in the order they came (most important first). */
  matches: Match[];
  /** Distinct outlet names reporting it among these matches, in order of first appearance. */
  outlets: string[];
  /** The group's most important relation as shown (contradicts > adds > agree; shownRelation). */
  relation: Match['relation'];
  /** The fact itself when the report has it. */
  fact: Fact | null;
}

/**
 * Groups `matches` (already ordered) by factId, keeping the order of each group's first match;
 * matches without a factId, or whose fact is missing from the report, stay one per group.
 */
export function groupByFact(matches: readonly Match[], facts: Report['facts'] = []): FactGroup[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const groups: FactGroup[] = [];
  const open = new Map<string, FactGroup>();
  for (const m of matches) {
    const id = m.factId ?? null;
    const existing = id !== null ? open.get(id) : undefined;
    if (existing) {
      existing.matches.push(m);
      if (!existing.outlets.includes(m.outlet)) existing.outlets.push(m.outlet);
      const r = shownRelation(m);
      if (RELATION_ORDER.indexOf(r) < RELATION_ORDER.indexOf(existing.relation)) existing.relation = r;
      continue;
    }
    const g: FactGroup = { factId: id, matches: [m], outlets: [m.outlet], relation: shownRelation(m), fact: id !== null ? byId.get(id) ?? null : null };
    groups.push(g);
    if (id !== null) open.set(id, g);
  }
  return groups;
}

// The facts stage of a report: a page's claims linked to the story's facts (group.ts), the
// facts the page reports and those it leaves out, and "reported elsewhere" as a short list of
// facts, most widely reported first.
import type { CorpusIndex, IndexedDoc } from '../index/corpus-index';
import type { AnalyzedDoc } from '../story/coverage';
import { formatQuantity } from '../text/numbers';
import type { Addition, Claim, Fact, FactValue } from '../types';
import { storyFacts, type FactGroup } from './group';

/**
 * At most this many entries in "reported elsewhere": a list a reader finishes. Eight holds the
 * facts that two or more other outlets report on every real-dev page (3–7 of them); the rest
 * are one outlet's asides, ranked after them.
 */
export const MAX_ADDITIONS = 8;

export interface FactsResult {
  facts: Fact[];
  additions: Addition[];
}

/**
 * Sets `factId` on each match whose sentence belongs to a story fact, lists the facts the claims
 * link to and those the page leaves out, and turns the additions (report/additions.ts) into one
 * entry per fact: an addition whose fact a claim links to is on the page after all; additions
 * of one fact are merged; the list is ranked by how many outlets report the fact and capped.
 */
export function linkFacts(claims: Claim[], additions: Addition[], docs: readonly AnalyzedDoc[], index: CorpusIndex): FactsResult {
  const byId = new Map<string, IndexedDoc>(docs.map((d) => [d.doc.meta.id, d.doc]));
  const outletOf = new Map<string, string>(docs.map((d) => [d.doc.meta.id, d.outlet]));
  // The same story's facts serve every page of it until the corpus changes.
  const story = index.gateMemo('facts\u0000' + docs.map((d) => d.doc.meta.id).join('\u0000'), () => storyFacts(docs.map((d) => d.doc), index));
  const groupOf = (source: string, i: number | undefined) => {
    const doc = byId.get(source);
    return doc && i !== undefined ? story.groupOf(doc, i) : -1;
  };

  // Claims → facts.
  const claimsOf = new Map<number, string[]>();
  for (const c of claims) {
    for (const m of c.matches) {
      const g = groupOf(m.source, m.sentenceIndex);
      if (g < 0) continue;
      m.factId = 'f' + g;
      const list = claimsOf.get(g) ?? claimsOf.set(g, []).get(g)!;
      if (!list.includes(c.id)) list.push(c.id);
    }
  }

  // Additions → one entry per fact the page does not link to.
  const entries: Addition[] = [];
  const entryOfGroup = new Map<number, Addition>();
  for (const a of additions) {
    const g = groupOf(a.source, a.sentenceIndex);
    if (g >= 0 && claimsOf.has(g)) continue; // the page reports this fact in other words
    const known = g >= 0 ? entryOfGroup.get(g) : undefined;
    if (known) {
      for (const r of [a, ...a.alsoReportedBy]) {
        if (r.source !== known.source && !known.alsoReportedBy.some((x) => x.source === r.source)) {
          known.alsoReportedBy.push({ source: r.source, outlet: r.outlet, text: r.text, ...(r.sentenceIndex !== undefined ? { sentenceIndex: r.sentenceIndex } : {}) });
        }
      }
      known.weight = Math.max(known.weight, a.weight);
      continue;
    }
    const entry: Addition = { ...a, alsoReportedBy: [...a.alsoReportedBy], ...(g >= 0 ? { factId: 'f' + g } : {}) };
    if (g >= 0) {
      entryOfGroup.set(g, entry);
      // the fact's other members that the additions did not list (already near the page's words)
      for (const m of story.groups[g].members) {
        const id = m.doc.meta.id;
        if (id !== entry.source && !entry.alsoReportedBy.some((x) => x.source === id)) {
          entry.alsoReportedBy.push({ source: id, outlet: outletOf.get(id) ?? m.doc.meta.outlet, text: m.doc.sentenceText(m.i), sentenceIndex: m.i });
        }
      }
    }
    entries.push(entry);
  }
  const outletsOf = (a: Addition) => new Set([a.source, ...a.alsoReportedBy.map((r) => r.source)]).size;
  const ranked = entries.sort((x, y) => outletsOf(y) - outletsOf(x) || y.weight - x.weight).slice(0, MAX_ADDITIONS);

  // The facts the report names: linked by a claim, or listed as reported elsewhere.
  const named = new Set<number>([...claimsOf.keys(), ...ranked.flatMap((a) => (a.factId ? [Number(a.factId.slice(1))] : []))]);
  const facts: Fact[] = [...named].sort((x, y) => x - y).map((g) => toFact(g, story.groups[g], claimsOf.get(g) ?? [], outletOf));
  return { facts, additions: ranked };
}

function toFact(g: number, group: FactGroup, claimIds: string[], outletOf: Map<string, string>): Fact {
  const values = new Map<string, FactValue>();
  const add = (key: string, v: Omit<FactValue, 'sources'>, source: string) => {
    const known = values.get(key);
    if (known) {
      if (!known.sources.includes(source)) known.sources.push(source);
    } else values.set(key, { ...v, sources: [source] });
  };
  for (const { doc, i } of group.members) {
    const s = doc.sentences[i];
    const id = doc.meta.id;
    for (const q of s.quantities) {
      if (q.unit === 'year' || (q.unit === 'count' && !/\d/.test(q.label))) continue;
      add(`figure:${formatQuantity(q)}`, { kind: 'figure', label: q.label, value: q.value, unit: q.unit }, id);
    }
    for (const d of s.details) {
      if (d.kind === 'number') continue;
      const kind = d.kind === 'name' ? 'person' : d.kind;
      // a name is one value however many words it has ("Wang Xiaohong")
      const label = d.name ?? d.label;
      add(`${kind}:${label.toLowerCase()}`, { kind, label }, id);
    }
  }
  const outlets = new Set(group.members.map((m) => outletOf.get(m.doc.meta.id) ?? m.doc.meta.outlet)).size;
  return {
    id: 'f' + g,
    members: group.members.map(({ doc, i }) => ({ source: doc.meta.id, outlet: outletOf.get(doc.meta.id) ?? doc.meta.outlet, sentenceIndex: i, text: doc.sentenceText(i) })),
    values: [...values.values()],
    outlets,
    claimIds,
  };
}

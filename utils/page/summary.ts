// The sidebar's header in numbers a reader can check: how many outlets cover the story and how
// many of this page's claims they contradict, add detail to or agree with. Claims are counted
// once each, by their most important relation (a claim one outlet contradicts and two agree with
// is "contradicted"), so the three counts add up to the claims other outlets report.
import type { Relation, Report } from '../engine/types';
import { RELATION_ORDER, outletLabels, primaryRelation } from './report-view';

export interface StorySummary {
  /** Covering documents, and the distinct outlet names among them (two WSJ articles: one name). */
  documents: number;
  outletNames: string[];
  /** Claims on the page, and how many of them other outlets report. */
  claims: number;
  reported: number;
  /** Reported claims by their most important relation. */
  byRelation: Record<Relation, number>;
}

export function storySummary(report: Pick<Report, 'coverage' | 'claims'>): StorySummary {
  const byRelation: Record<Relation, number> = { contradicts: 0, adds: 0, agree: 0 };
  let reported = 0;
  for (const c of report.claims) {
    const r = primaryRelation(c);
    if (!r) continue;
    reported++;
    byRelation[r]++;
  }
  const names = [...new Set(report.coverage.map((d) => d.outlet))];
  return { documents: report.coverage.length, outletNames: names, claims: report.claims.length, reported, byRelation };
}

/** "4 articles from 3 outlets" (two from one outlet), or "4 articles from other outlets". */
export function articlesPhrase(s: Pick<StorySummary, 'documents' | 'outletNames'>): string {
  const from = s.outletNames.length < s.documents ? `from ${plural(s.outletNames.length, 'outlet', 'outlets')}` : 'from other outlets';
  return `${plural(s.documents, 'article', 'articles')} ${from}`;
}

/** "1 claim" / "3 claims": a count with its noun, never a bare number. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How each relation reads after a number of claims ("2 contradicted"). */
export const RELATION_PHRASE: Record<Relation, string> = {
  contradicts: 'contradicted',
  adds: 'with added detail',
  agree: 'agreed',
};

/** "2 contradicted, 5 with added detail and 11 agreed": zero counts are left out. */
export function relationSentence(byRelation: Record<Relation, number>): string {
  const parts = RELATION_ORDER.filter((r) => byRelation[r] > 0).map((r) => `${byRelation[r]} ${RELATION_PHRASE[r]}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * The outlet names for the summary line: named outlets first, then the ones the texts do not name
 * ("Unnamed outlet, citing the WSJ") counted together, since their labels hold commas of their own
 * and a list of them reads as more outlets than there are.
 */
export function outletPhrase(names: readonly string[]): string {
  const unnamed = names.filter((n) => /^unnamed outlet/i.test(n)).length;
  const named = names.filter((n) => !/^unnamed outlet/i.test(n));
  if (!unnamed) return namesSentence(named);
  return namesSentence([...named, plural(unnamed, 'outlet the text does not name', 'outlets the texts do not name')], named.length + 1);
}

/** "The Wall Street Journal, The New York Times and 2 others": the names, at most `max` of them. */
export function namesSentence(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${plural(rest, 'other', 'others')}`;
}

/** Per covering document: how many of this page's claims it contradicts, adds detail to or agrees with (claims, not matches). */
export function claimsPerOutlet(report: Pick<Report, 'coverage' | 'claims'>) {
  const labels = outletLabels(report.coverage);
  return report.coverage.map((d) => {
    const counts: Record<Relation, number> = { contradicts: 0, adds: 0, agree: 0 };
    for (const c of report.claims) {
      const r = primaryRelation({ matches: c.matches.filter((m) => m.source === d.source) });
      if (r) counts[r]++;
    }
    return { source: d.source, label: labels.get(d.source)!, headline: d.headline, counts };
  });
}

/**
 * Where a claim without a match was looked for: the covering articles in the reader's own
 * library, counted as the summary counts them (a syndicated copy is folded into its original).
 * The engine sees only that library, so it can never say that no other outlet reports a claim;
 * it can say that these N articles do not. The CLI names its library "the corpus".
 */
export function libraryScope(documents: number, library = 'your library'): string {
  if (documents <= 0) return `${library}, which holds no article on this story`;
  if (documents === 1) return `the only article on this story in ${library}`;
  return `the ${documents} articles on this story in ${library}`;
}

/** "Not found in the 4 articles on this story in your library": said of one claim. */
export const notFoundSentence = (documents: number) => `Not found in ${libraryScope(documents)}.`;

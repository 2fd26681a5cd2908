// The toolbar button's badge and tooltip for one analysed tab, as pure functions of the report.
// The badge has one meaning (a count of this page's claims that stored articles contradict); the
// tooltip says it in words and names what the badge cannot: how many articles contradict the
// page. It counts those articles, never the ones that merely cover the story, and says "in your
// library" because that is all the engine has read.
import type { Report } from '../engine/types';
import { contradictedCount } from '../page/report-view';
import { shownRelation } from '../page/proof-view';
import { plural } from '../page/summary';

/** Red: the badge shows a count of contradicted claims. Grey: the neutral "covered" mark. */
export const BADGE_RED = '#b91c1c';
export const BADGE_GREY = '#4b5563';
/** The neutral mark: articles in the library cover this story and none contradicts this page. */
export const COVERED_MARK = '•';

export interface BadgeCounts {
  /** Claims of the page whose strongest relation is "contradicts" (the badge's number). */
  contradictedClaims: number;
  /** Covering documents with at least one contradicting match. */
  contradicting: number;
  /** Covering documents (the report's coverage; a syndicated copy is folded into its original, as the sidebar counts). */
  covering: number;
}

/** What the badge needs from a report; null when nothing was compared (an error, or a language the engine does not read). */
export function badgeCounts(report: Pick<Report, 'claims' | 'coverage' | 'notice'> | null): BadgeCounts | null {
  if (!report || report.notice) return null;
  const sources = new Set<string>();
  // as the sidebar shows them: a contradiction without its proof is not one (proof-view.ts)
  for (const c of report.claims) for (const m of c.matches) if (shownRelation(m) === 'contradicts') sources.add(m.source);
  return { contradictedClaims: contradictedCount(report), contradicting: sources.size, covering: report.coverage.length };
}

/** The tooltip: who contradicts the page, with the covering articles in brackets. */
export function badgeTitle(counts: BadgeCounts | null): string {
  if (!counts) return 'Source comparison';
  const { contradictedClaims, contradicting, covering } = counts;
  if (covering === 0) return 'Source comparison: no article on this story in your library';
  const cover = `(${covering} in your library ${covering === 1 ? 'covers' : 'cover'} the story)`;
  if (contradicting === 0) return `Source comparison: no article contradicts this page ${cover}`;
  const who = contradicting === 1 ? '1 article contradicts' : `${contradicting} articles contradict`;
  return `Source comparison: ${who} this page, on ${plural(contradictedClaims, 'claim', 'claims')} ${cover}`;
}

/**
 * The badge has one meaning: the number of this page's claims that stored articles contradict,
 * in red, only when there is at least one. A story the library covers without contradicting the
 * page gets a grey dot (no number, so no number ever means anything else); otherwise, none.
 */
export function badgeFor(counts: BadgeCounts | null): { text: string; color: string; title: string } {
  const title = badgeTitle(counts);
  if (counts && counts.contradictedClaims > 0) return { text: String(counts.contradictedClaims), color: BADGE_RED, title };
  if (counts && counts.covering > 0) return { text: COVERED_MARK, color: BADGE_GREY, title };
  return { text: '', color: BADGE_GREY, title };
}

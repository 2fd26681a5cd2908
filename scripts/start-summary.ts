// What `npm start` prints after a headless run: the comparison in a few lines (at most
// MAX_LINES), not the whole report. Pure, so tests/cli can check it.
import type { Report } from '../utils/engine';
import { articlesPhrase, outletPhrase, plural, relationSentence, storySummary } from '../utils/page/summary';
import { primaryRelation } from '../utils/page/report-view';

/** A screen's worth, under the 30 lines the README promises. */
export const MAX_LINES = 24;
/** Contradicted claims quoted by name; the rest are counted. */
const CONTRADICTIONS_SHOWN = 3;

const clip = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function startSummary(report: Report, article: string): string[] {
  const s = storySummary(report);
  const lines = [
    `Article ${article}: “${clip(report.title, 80)}”`,
    `${articlesPhrase(s)} cover this story: ${outletPhrase(s.outletNames)}.`,
    s.reported ? `They report ${s.reported} of its ${plural(s.claims, 'claim', 'claims')}: ${relationSentence(s.byRelation)}.` : `None of its ${plural(s.claims, 'claim', 'claims')} is reported elsewhere.`,
  ];
  const contradicted = report.claims.filter((c) => primaryRelation(c) === 'contradicts');
  if (contradicted.length) {
    lines.push('', 'Contradicted:');
    for (const c of contradicted.slice(0, CONTRADICTIONS_SHOWN)) {
      const m = c.matches.find((x) => x.relation === 'contradicts')!;
      lines.push(`  • ${clip(c.text)}`, `    ${m.outlet}: ${clip(m.why, 96)}`);
    }
    if (contradicted.length > CONTRADICTIONS_SHOWN) lines.push(`  … and ${contradicted.length - CONTRADICTIONS_SHOWN} more`);
  }
  if (report.additions.length) lines.push('', `Reported elsewhere, not in this article: ${plural(report.additions.length, 'fact', 'facts')}; first: “${clip(report.additions[0]!.text)}”`);
  lines.push('', `Full report: npm run --silent compare -- seeds/${article}.txt`);
  return lines.slice(0, MAX_LINES);
}

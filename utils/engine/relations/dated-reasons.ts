// A contradiction between two reports of different days may be a stance or a figure that
// changed between them ("wasn't willing to reduce tariffs" on one day, "open to reducing them"
// days later; a toll of seven in the morning, nine by night). The reader is told both days and
// judges which; the relation stays "contradicts", since the two reports do disagree as printed.
// A difference of figures that is no contradiction (a toll told as a running tally against the
// count of another day) is told with both days as well.
// Days come from the documents' own dates (the page's metadata, a stored article's date), never
// guessed; without both, the reason is left as it is.
import type { Claim } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-05-06" → "6 May" (with the year when the two days' years differ). */
function dayLabel(iso: string, withYear: boolean): string {
  const [, y, m, d] = ISO_DAY.exec(iso)!;
  return `${Number(d)} ${MONTHS[Number(m) - 1]}${withYear ? ' ' + y : ''}`;
}

/**
 * The two reports' days as a reader reads them ({ page: "9 May", other: "6 May" }, each with its
 * year when the years differ), or null unless both are ISO days and they differ.
 */
function twoDays(otherDay: string | null | undefined, pageDay: string | null | undefined): { page: string; other: string } | null {
  if (!otherDay || !pageDay || otherDay === pageDay || !ISO_DAY.test(otherDay) || !ISO_DAY.test(pageDay)) return null;
  const withYear = otherDay.slice(0, 4) !== pageDay.slice(0, 4);
  return { page: dayLabel(pageDay, withYear), other: dayLabel(otherDay, withYear) };
}

/**
 * The reason with each side's day: "WSJ (6 May): not reduce tariffs; this page (9 May): open to
 * reducing tariffs". `outlet` is the short name the reason starts its side with.
 */
export function withDays(why: string, outlet: string, otherDay: string | null | undefined, pageDay: string | null | undefined): string {
  const days = twoDays(otherDay, pageDay);
  if (!days) return why;
  const at = why.indexOf(outlet);
  const page = why.lastIndexOf('this page');
  if (at < 0 || page < at) return why;
  const end = at + outlet.length;
  return (
    why.slice(0, end) + ` (${days.other})` + why.slice(end, page + 'this page'.length) + ` (${days.page})` + why.slice(page + 'this page'.length)
  );
}

/**
 * A difference of figures with each side's day: "figures differ: 14 here (14 Oct), nine in The
 * Wire (12 Oct)", for a running count that two reports of two days give apart (a toll that rose).
 */
export function differenceWithDays(why: string, outlet: string, otherDay: string | null | undefined, pageDay: string | null | undefined): string {
  const days = twoDays(otherDay, pageDay);
  const here = why.indexOf(' here, ');
  if (!days || !why.startsWith('figures differ: ') || here < 0 || !why.endsWith(` in ${outlet}`)) return why;
  return `${why.slice(0, here)} here (${days.page}),${why.slice(here + ' here,'.length)} (${days.other})`;
}

/** Every contradiction's reason, and every difference of figures, with both days, where both documents are dated and the days differ. */
export function dateContradictions(claims: Claim[], dayOf: (source: string) => string | null | undefined, shortOf: (source: string) => string, pageDay: string | null | undefined): void {
  if (!pageDay) return;
  for (const c of claims) {
    for (const m of c.matches) {
      if (m.relation !== 'contradicts') {
        m.why = differenceWithDays(m.why, shortOf(m.source), dayOf(m.source), pageDay);
        continue;
      }
      m.why = withDays(m.why, shortOf(m.source), dayOf(m.source), pageDay);
      // the proof the sidebar shows carries the days too
      const days = twoDays(dayOf(m.source), pageDay);
      if (m.proof && days) m.proof = { ...m.proof, page: { ...m.proof.page, day: days.page }, other: { ...m.proof.other, day: days.other } };
    }
  }
}

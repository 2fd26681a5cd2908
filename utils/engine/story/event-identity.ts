// Is the page about another event of the same kind? Two reports of one event agree on the day
// it happened and on its defining figures; an article about another earthquake, fire or vote
// shares every word of the story's vocabulary and still is not the story. Read from the ledes,
// where a news report says what happened, when and how big: the day from the lede proper (the
// headline and the first sentence, central-claim.ts `ledeOf`), since the sentences after it
// name the days of other events in passing ("they will face Millbrook in the final on
// Saturday" under a semi-final's lede); the figures from the first LEDE_SENTENCES sentences.
import type { IndexedDoc } from '../index/corpus-index';
import { closeReadings, isEventCount, isSpanOfTime, measuresOf, sameMeasure } from '../facts/measure';
import { eventDays } from '../relations/event-days';
import { ledeOf as ledeProper } from './central-claim';
import { tokensOf, type SentenceFeatures } from '../text/features';
import { changeReaches, isTimeStamp, type Quantity } from '../text/numbers';
import type { Measure } from '../facts/measure';
import { MONTHS } from '../text/lexicon';

/** A lede: the headline and the first sentences, where what, when and how big are said. */
const LEDE_SENTENCES = 4;

interface Lede {
  /** Every weekday the lede names: a day both ledes name is evidence of one event. */
  days: Set<string>;
  /**
   * The weekdays it sets an act on, not those it dates a thing by ("a premium to Friday's close",
   * event-days.ts `ofThings`): only these can clash, since the thing may not be the event.
   */
  actDays: Set<string>;
  /** The calendar dates ("november 5") it sets an act on, as for `actDays`. */
  actDates: Set<string>;
  figures: { q: Quantity; m: Measure }[];
}

function ledeOf(sentences: readonly SentenceFeatures[]): Lede {
  const days = new Set<string>(), actDays = new Set<string>(), actDates = new Set<string>();
  const figures: Lede['figures'] = [];
  const dayLines = ledeProper(sentences).length;
  for (const [n, s] of sentences.slice(0, LEDE_SENTENCES).entries()) {
    const found = n < dayLines ? eventDays(s) : null;
    const measures = measuresOf(s);
    // A follow-up's lede dates the update of a running count, not the event: "the death toll
    // rose to 14 on Tuesday" is about Sunday's flood. Its day is evidence of one event when
    // another lede names it, never of another.
    const update = s.quantities.some((q, k) => isEventCount(measures[k].key) && changeReaches(tokensOf(s), q.tok));
    // A day a lede gives a planned act ("will ban hosepipes from Monday") is not the day of the
    // act another lede reports ("announced a ban on Thursday"): evidence when both name it.
    const planned = PLANNED.test(s.text);
    found?.weekdays.forEach((d) => {
      days.add(d);
      if (!found.ofThings.has(d) && !update && !planned) actDays.add(d);
    });
    found?.dates.forEach((d) => {
      if (!found.limits.has(d) && !update && !planned) actDates.add(d);
    });
    s.quantities.forEach((q, k) => {
      const m = measures[k];
      // Counts of casualties, arrests and the like grow through the day of an event: two reports
      // of one event differ on them, so they say nothing about which event it is. Nor does a
      // span of time: every quarter's results cover "the three months to" its end.
      if (!isTimeStamp(q) && !q.range && !isEventCount(m.key) && !isSpanOfTime(s, q, m)) figures.push({ q, m });
    });
  }
  return { days, actDays, actDates, figures };
}

/** A future act: "will", "is to", "is due to", "from Monday", "starting on Monday". */
const PLANNED = /\b(?:will|shall|is (?:due )?to|are (?:due )?to|(?:from|starting(?: on)?) (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

const DOC_LEDES = new WeakMap<IndexedDoc, Lede>();
function docLede(doc: IndexedDoc): Lede {
  let l = DOC_LEDES.get(doc);
  if (!l) DOC_LEDES.set(doc, (l = ledeOf(doc.sentences)));
  return l;
}

/** 1: the ledes set their event on days that cannot overlap or give it figures too far apart; -1: they share a day or a figure; 0: neither. */
function compareLedes(a: Lede, b: Lede): -1 | 0 | 1 {
  let same = false, clash = false;
  if ([...a.days].some((d) => b.days.has(d))) same = true;
  else if (a.actDays.size && b.actDays.size) clash = true;
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (!sameMeasure(fa.q, fa.m, fb.q, fb.m)) continue;
      // one event read by two sources differs by a few per cent (two agencies' magnitudes)
      if (closeReadings(fa.m.value, fb.m.value)) same = true;
      else clash = true;
    }
  }
  return same ? -1 : clash ? 1 : 0;
}

/**
 * Another event of the same kind: the page's lede clashes with the ledes of at least
 * CLASHING_DOCS of the story's documents and shares a day or a figure with none of them. One
 * clash can be a mistake or a second event mentioned in passing; a page that disagrees with
 * the whole story on when and how big is about something else.
 */
export const CLASHING_DOCS = 2;

export function anotherEvent(page: readonly SentenceFeatures[], docs: readonly IndexedDoc[]): boolean {
  const lede = ledeOf(page);
  if (!lede.days.size && !lede.figures.length) return false;
  // A calendar date names one day, a weekday one in seven: when the page's lede sets its act on a
  // date and the story's ledes give dates, none of them within NEAR_DAYS of it, the page is
  // another occasion (the bank's decision at another meeting, "on Thursday, 13 March", against a
  // wire dated "Nov 5"), whatever weekdays they share.
  const storyDates = docs.flatMap((d) => [...docLede(d).actDates]);
  if (lede.actDates.size && storyDates.length && !storyDates.some((d) => [...lede.actDates].some((p) => daysBetween(p, d) <= NEAR_DAYS))) return true;
  let clashes = 0;
  for (const doc of docs) {
    const c = compareLedes(lede, docLede(doc));
    if (c < 0) return false;
    if (c > 0) clashes++;
  }
  // With fewer documents than that, every one of them must clash: a page whose one covering
  // document is another deal by the same buyer, on another day at another price, is not its story.
  return docs.length > 0 && clashes >= Math.min(CLASHING_DOCS, docs.length);
}

/**
 * Days within which two dates may be one event told by reports of different days: a dateline is
 * the day a report was filed, a follow-up's the day after, a weekly's the end of its week.
 */
export const NEAR_DAYS = 7;

/** Days between two calendar dates of unknown years ("march 13", "november 5"), the shorter way round the year. */
function daysBetween(a: string, b: string): number {
  const dayOfYear = (d: string) => {
    const [month, day] = d.split(' ');
    return MONTH_STARTS[MONTHS.indexOf(month)] + Number(day);
  };
  const gap = Math.abs(dayOfYear(a) - dayOfYear(b));
  return Math.min(gap, 365 - gap);
}
/** The day of the year before each month's first, in a year of 365 days. */
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The page's lede and the document's set their event on different days or give it figures too far apart, and share neither. */
export function ledesClash(page: readonly SentenceFeatures[], doc: IndexedDoc): boolean {
  return compareLedes(ledeOf(page), docLede(doc)) > 0;
}

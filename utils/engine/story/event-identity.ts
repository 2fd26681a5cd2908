// Is the page about another event of the same kind? Two reports of one event agree on the day
// it happened and on its defining figures; an article about another earthquake, fire or vote
// shares every word of the story's vocabulary and still is not the story. Read from the ledes,
// where a news report says what happened, when and how big: the day from the lede proper (the
// headline and the first sentence, central-claim.ts `ledeOf`), since the sentences after it
// name the days of other events in passing ("they will face Millbrook in the final on
// Saturday" under a semi-final's lede); the figures from the first LEDE_SENTENCES sentences.
import type { IndexedDoc } from '../index/corpus-index';
import { closeReadings, isEventCount, isSpanOfTime, measuresOf, sameMeasure } from '../facts/measure';
import { countsOfDays, eventDays } from '../relations/event-days';
import { ledeOf as ledeProper } from './central-claim';
import { tokensOf, type SentenceFeatures } from '../text/features';
import { changeReaches, isTimeStamp, type Quantity } from '../text/numbers';
import type { Measure } from '../facts/measure';
import { MONTHS, WEEKDAYS } from '../text/lexicon';

/** A lede: the headline and the first sentences, where what, when and how big are said. */
export const LEDE_SENTENCES = 4;

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
  /** The months it sets an act on without a day ("rose 0.5% in January"), as for `actDays`. */
  actMonths: Set<string>;
  figures: { q: Quantity; m: Measure }[];
}

function ledeOf(sentences: readonly SentenceFeatures[]): Lede {
  const days = new Set<string>(), actDays = new Set<string>(), actDates = new Set<string>(), actMonths = new Set<string>();
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
    // "landed on Monday, two days after gunmen freed them": a follow-up's lede dates its own act
    // and counts back to the event's. The day counted to is a day the lede names.
    if (found?.weekdays.size === 1) for (const d of daysCountedFrom([...found.weekdays][0], s.text)) days.add(d);
    found?.dates.forEach((d) => {
      if (!found.limits.has(d) && !update && !planned) actDates.add(d);
    });
    found?.months.forEach((m) => {
      if (!found.limits.has(m) && !found.ofThings.has(m) && !update && !planned) actMonths.add(m);
    });
    s.quantities.forEach((q, k) => {
      const m = measures[k];
      // Counts of casualties, arrests and the like grow through the day of an event: two reports
      // of one event differ on them, so they say nothing about which event it is. Nor does a
      // span of time: every quarter's results cover "the three months to" its end.
      if (!isTimeStamp(q) && !q.range && !q.partial && !isEventCount(m.key) && !isSpanOfTime(s, q, m) && !sizeOfKnownSet(s, q)) figures.push({ q, m });
    });
  }
  return { days, actDays, actDates, actMonths, figures };
}

/**
 * The weekdays a sentence counts to from the weekday it names: "two days after" Monday is
 * Saturday, "a day before" Friday Saturday, "a week after" Monday a Monday. At most six days
 * (or one week) each way: a weekday is no date, and a longer count has no weekday.
 */
function daysCountedFrom(day: string, text: string): string[] {
  const at = WEEKDAYS.indexOf(day);
  if (at < 0) return [];
  return countsOfDays(text)
    .filter((c) => !c.relative && (c.unit === 'week' ? c.days === 7 : c.days <= 6))
    .map((c) => WEEKDAYS[(((at + (c.back ? c.days : -c.days)) % 7) + 7) % 7]);
}

/**
 * A figure that sizes a set the reader is taken to know, after a determiner or a possessive:
 * "nine of the eleven regions", "of Vardesia's eleven regions", "all 40 clubs", "its seven
 * judges". The setting's size recurs from one event of the kind to the next (a census ten years
 * earlier counts the same eleven regions), so it tells no event from another.
 */
function sizeOfKnownSet(s: SentenceFeatures, q: Quantity): boolean {
  const tokens = tokensOf(s);
  const before = tokens[q.tok - 1];
  if (!before) return false;
  return SET_DETERMINERS.has(before.lower) || /['’]s?$/.test(s.text.slice(before.start, tokens[q.tok].start).trim());
}
const SET_DETERMINERS = new Set(['the', 'all', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** A future act: "will", "is to", "is due to", "from Monday", "starting on Monday". */
const PLANNED = /\b(?:will|shall|is (?:due )?to|are (?:due )?to|(?:from|starting(?: on)?) (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

const DOC_LEDES = new WeakMap<IndexedDoc, Lede>();
function docLede(doc: IndexedDoc): Lede {
  let l = DOC_LEDES.get(doc);
  if (!l) DOC_LEDES.set(doc, (l = ledeOf(doc.sentences)));
  return l;
}

/**
 * 1: the ledes set their event on days that cannot overlap or give it figures too far apart; -1:
 * they share a day or a figure (and do not set it on days apart); 0: neither, or both.
 */
function compareLedes(a: Lede, b: Lede): -1 | 0 | 1 {
  let same = false, clash = false, dayClash = false;
  if ([...a.days].some((d) => b.days.has(d))) same = true;
  else if (a.actDays.size && b.actDays.size) clash = dayClash = true;
  // Acts set in months apart, where neither gives a date ("rose 0.5% in January" / "fell 0.8% in
  // March"): a monthly figure's two releases.
  if (a.actMonths.size && b.actMonths.size && !a.actDates.size && !b.actDates.size && ![...a.actMonths].some((m) => b.actMonths.has(m))) clash = dayClash = true;
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (!sameMeasure(fa.q, fa.m, fb.q, fb.m)) continue;
      // one event read by two sources differs by a few per cent (two agencies' magnitudes)
      if (closeReadings(fa.m.value, fb.m.value)) same = true;
      else clash = true;
    }
  }
  // Acts set on days that cannot overlap, with a figure in common: the figure may recur from one
  // event of the kind to the next (a stage won by 23 seconds, another stage a year earlier won
  // by 23 seconds), the days may be a follow-up's. Neither proves anything.
  if (dayClash && same) return 0;
  return same ? -1 : clash ? 1 : 0;
}

/**
 * Another event of the same kind: the page's lede clashes with the ledes of at least
 * CLASHING_DOCS of the story's documents and shares a day or a figure with none of them. One
 * clash can be a mistake or a second event mentioned in passing; a page that disagrees with
 * the whole story on when and how big is about something else.
 */
export const CLASHING_DOCS = 2;

/**
 * (`mayVouch`: whether a document's shared day or figure may count as evidence of one event;
 * `vouchers`: the documents that may vouch at all, by their precise figures or their lede, by
 * default all of them. A document that only nears the story's bars may be of another story: in
 * one library holding 2,000 reports of 99 stories, a central bank's rate cut vouched by its
 * weekday, and a budget by two figures, for a stock index's record high a year earlier.)
 */
export function anotherEvent(
  page: readonly SentenceFeatures[],
  docs: readonly IndexedDoc[],
  mayVouch: (doc: IndexedDoc) => boolean = () => true,
  vouchers: readonly IndexedDoc[] = docs,
): boolean {
  if (vouchers.some((doc) => sharedPreciseFigures(page, doc))) return false;
  const lede = ledeOf(page);
  if (!lede.days.size && !lede.actMonths.size && !lede.figures.length) return false;
  // A calendar date names one day, a weekday one in seven: when the page's lede sets its act on a
  // date and the story's ledes give dates, none of them within NEAR_DAYS of it, the page is
  // another occasion (the bank's decision at another meeting, "on Thursday, 13 March", against a
  // wire dated "Nov 5"), whatever weekdays they share.
  const storyDates = docs.flatMap((d) => [...docLede(d).actDates]);
  if (lede.actDates.size && storyDates.length && !storyDates.some((d) => [...lede.actDates].some((p) => daysBetween(p, d) <= NEAR_DAYS))) return true;
  let clashes = 0;
  for (const doc of docs) {
    const c = compareLedes(lede, docLede(doc));
    if (c < 0 && mayVouch(doc) && vouchers.includes(doc)) return false;
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
  return !sharedPreciseFigures(page, doc) && compareLedes(ledeOf(page), docLede(doc)) > 0;
}

/**
 * A figure written to three significant digits or more ("£1,842m", "612,400 vehicles", "41.3p")
 * is a fact of one event: another quarter's results, another recall or another budget gives
 * other such figures, while round ones ("1.4 million", "25 per cent", "two") recur from one
 * event of a kind to the next. Two reports that both give at least SHARED_PRECISE_FIGURES of
 * them (anywhere in their text: a listicle or a live page may open on anything) report one
 * event, whatever days or figures their ledes set apart: the page that calls the results day
 * Wednesday against the wire's Thursday contradicts the wire, it is not another quarter.
 * Measured on the 28 labelled stories that have their own corpus (three real, 25 written blind;
 * every page against every stored report): of 304 pairs of an unrelated page (another event of
 * the kind) and a report, none shares two such figures and 11 share one; of 304 pairs of a
 * page on the story and a report, 34 share two or more. So two is the least that no other
 * event reaches.
 */
export const SHARED_PRECISE_FIGURES = 2;
/** Significant digits a figure needs to be precise (see SHARED_PRECISE_FIGURES): "1.84bn" has three, "1,400" two. */
const PRECISE_DIGITS = 3;
/** Two precise figures are one when within half a per cent: "£1,842m" and "£1.84bn" as rounded. */
const SAME_PRECISE = 0.005;

/** Does the page give at least SHARED_PRECISE_FIGURES of the document's precise figures? */
function sharedPreciseFigures(page: readonly SentenceFeatures[], doc: IndexedDoc): boolean {
  const mine = preciseFigures(page), theirs = docPrecise(doc);
  let shared = 0;
  for (const [unit, values] of mine) {
    const other = theirs.get(unit);
    if (!other) continue;
    for (const v of values) if (other.some((w) => Math.abs(v - w) <= SAME_PRECISE * Math.max(Math.abs(v), Math.abs(w))) && ++shared >= SHARED_PRECISE_FIGURES) return true;
  }
  return false;
}

const PRECISE = new WeakMap<readonly SentenceFeatures[], Map<string, number[]>>();
/** The precise figures of a run of sentences by unit, each value once. */
function preciseFigures(sentences: readonly SentenceFeatures[]): Map<string, number[]> {
  let out = PRECISE.get(sentences);
  if (out) return out;
  out = new Map();
  for (const s of sentences) {
    for (const q of s.quantities) {
      if (isTimeStamp(q) || q.range || significantDigits(q.label) < PRECISE_DIGITS) continue;
      const values = out.get(q.unit) ?? out.set(q.unit, []).get(q.unit)!;
      if (!values.includes(q.value)) values.push(q.value);
    }
  }
  PRECISE.set(sentences, out);
  return out;
}
/**
 * A document's precise figures, kept by the document: its sentence features are a cache that
 * derived-data.ts may drop and rebuild as a new array, which PRECISE (keyed by the array) would
 * miss, rebuilding the features to read a handful of figures.
 */
const DOC_PRECISE = new WeakMap<IndexedDoc, Map<string, number[]>>();
function docPrecise(doc: IndexedDoc): Map<string, number[]> {
  let out = DOC_PRECISE.get(doc);
  if (!out) DOC_PRECISE.set(doc, (out = preciseFigures(doc.sentences)));
  return out;
}

/** Significant digits of a figure as written: "£1,842m" 4, "1.84bn" 3, "86,000" 2, "2.50" 2, "two" 0. A year ("2027") is none. */
function significantDigits(label: string): number {
  const number = /\d[\d,]*(?:\.\d+)?/.exec(label)?.[0].replace(/,/g, '') ?? '';
  if (/^(?:19|20)\d\d$/.test(number)) return 0;
  return number.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Names of things with a number in them ("Kepa-7", "AI171", "Selene-2"): a planet, a flight, a
 * mission, a model. Written as a capitalised word joined by a hyphen to a number, or letters and
 * digits in one word.
 */
function identifiers(s: SentenceFeatures): string[] {
  const tokens = tokensOf(s), out: string[] = [];
  tokens.forEach((t, i) => {
    if (/^\p{Lu}+\d+$/u.test(t.text)) out.push(t.lower);
    const next = tokens[i + 1];
    if (next && /^\p{Lu}\p{L}*$/u.test(t.text) && /^\d+$/.test(next.text) && s.text.slice(t.end, next.start) === '-' && !/^(1[89]|20)\d\d$/.test(next.text)) out.push(`${t.lower}-${next.text}`);
  });
  return out;
}
/** The identifiers a text's lede names, and those it names anywhere. */
interface Ids { lede: Set<string>; all: Set<string> }
function idsOf(sentences: readonly SentenceFeatures[]): Ids {
  return { lede: new Set(sentences.slice(0, LEDE_SENTENCES).flatMap(identifiers)), all: new Set(sentences.flatMap(identifiers)) };
}
/** Kept by the page's sentence array, and by the document (as DOC_PRECISE, for the same reason). */
const PAGE_IDS = new WeakMap<readonly SentenceFeatures[], Ids>(), DOC_IDS = new WeakMap<IndexedDoc, Ids>();
function pageIds(page: readonly SentenceFeatures[]): Ids {
  let ids = PAGE_IDS.get(page);
  if (!ids) PAGE_IDS.set(page, (ids = idsOf(page)));
  return ids;
}
function docIds(doc: IndexedDoc): Ids {
  let ids = DOC_IDS.get(doc);
  if (!ids) DOC_IDS.set(doc, (ids = idsOf(doc.sentences)));
  return ids;
}

/**
 * The page's lede names numbered things ("TNV-118") that no document of the story names, while
 * the story's documents name others ("TNV-204"): the page is about another thing of the kind (a
 * maker's trial of another vaccine), whatever a single document's lede leaves unsaid. (When any
 * of them names the page's thing, a document naming another in passing, "once its KESTREL-4
 * trial reports", is no evidence.)
 */
export function anotherNumberedThing(page: readonly SentenceFeatures[], docs: readonly IndexedDoc[]): boolean {
  const p = pageIds(page);
  if (!p.lede.size) return false;
  const theirs = new Set(docs.flatMap((d) => [...docIds(d).all]));
  return theirs.size > 0 && ![...p.all].some((x) => theirs.has(x));
}

/**
 * The page's lede and the document's each name a numbered thing ("Kepa-7 b", "Orla-116 b",
 * "flight AI171", "TNV-204") that the other text never names: two things of one kind, two
 * stories (a planet's atmosphere against another planet's, on one telescope's beat; a maker's
 * trial of one vaccine against its trial of another). Not when only one lede names one: a
 * report may name the maker's next trial in passing ("once its KESTREL-4 trial reports").
 */
export function numberedThingsApart(page: readonly SentenceFeatures[], doc: IndexedDoc): boolean {
  const p = pageIds(page), d = docIds(doc);
  if (!p.lede.size || !d.lede.size) return false;
  return ![...p.lede].some((x) => d.all.has(x)) && ![...d.lede].some((x) => p.all.has(x));
}

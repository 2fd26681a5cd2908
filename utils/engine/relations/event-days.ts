// The days an event is set on, for the date cue of relations.ts: "talks on Saturday and
// Sunday", "in Switzerland Friday to Monday", "this weekend", "Wednesday, May 14". Two aligned
// sentences that put the same event on days that cannot overlap contradict each other ("a
// different date for the same event", issue 3).
import { tokensOf, type SentenceFeatures } from '../text/features';
import { MONTHS, STOPWORDS, VERB_NEGATORS, WEEKDAYS } from '../text/lexicon';
import { CLAUSE_BREAK, type Token } from '../text/normalize';
import { perSentence } from '../text/memo';
import { monthNamed, numberWordValue } from '../text/numbers';

/** A day of the month in digits, also as an ordinal ("May 21", "21st May"). */
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)?$/;

export interface EventDays {
  /** Weekdays, lower case. */
  weekdays: Set<string>;
  /**
   * The weekdays among them that date a thing named right after them, not the sentence's act:
   * "a 30% premium to Friday's close", "the Friday closing price" (and months: "its April price
   * index"). Whether that thing is the story's event ("Sunday's runoff") the sentence alone does
   * not say.
   */
  ofThings: Set<string>;
  /** Calendar dates as "may 14". */
  dates: Set<string>;
  /** Months named without a day ("in February and March"). */
  months: Set<string>;
  /**
   * The days and months among them named as a time limit: "to fall to 6 metres by Wednesday",
   * "closed until Friday". A reading then is dated by it (it is still one of the days above),
   * but the act is not set on it (actDaysOf).
   */
  limits: Set<string>;
  /** The weekdays among them named as the start of a state ("a vaccine drive from Monday"): as a limit, not the act's day. */
  starts: Set<string>;
  /** The weekdays among them inside a relative clause ("the lender that regulators seized on Friday"): they date that clause's act. */
  relative: Set<string>;
  /**
   * In a sentence that calls its event off ("the launch was scrubbed on Monday", "postponed from
   * Saturday"): the days named, but for a new date ("postponed to Friday"). On those days the
   * event did not happen; they compare only with another call-off's days (actDaysConflict).
   */
  offDays: Set<string>;
  /** How the sentence puts it, for the reason. */
  label: string;
}

/**
 * Words after which a day is when something was said or reported, not when the event is:
 * "the ministry said Friday", "announced on Friday", "Reuters reported on Friday".
 */
const SAYING =
  /^(?:say|says|said|saying|announc(?:e|ed|es|ing|ement)|stated|statement|report(?:ed|s|ing)?|told|tells?|confirm(?:ed|s)?|wrote|published|disclosed|add(?:ed|s)|remarks)$/;

/**
 * Prepositions of a time limit (a closed class of English): "by Wednesday" is the latest day the
 * act may happen, "until Friday" the day a state ends, "not extended beyond Friday", "before
 * Friday", "after Monday's talks" days the act is set against; none is the day of the act. (A
 * range "Friday until Monday" is read from its first day.)
 */
const LIMIT = /^(?:by|until|till|til|beyond|before|after)$/;
/** Two-word prepositions of a limit: "ahead of the weekend", "as of Sunday afternoon". */
const LIMIT_PAIR = /^(?:ahead|as|prior) of$|^up to$/;

/** Is the day at token i named as a limit: after a preposition of one, past "the", "this", "next" or "last"? */
function limitBefore(tokens: Token[], i: number, text: string): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:the|this|next|last|that)$/.test(tokens[k].lower)) k--;
  const w = tokens[k]?.lower ?? '';
  // "will not be driven off before the weekend", "did not reopen until Friday": the act's day
  // (a negation of the same clause: no clause punctuation between)
  if (/^(?:before|until|till)$/.test(w)) {
    for (let j = k - 1; j >= 0 && !CLAUSE_BREAK.test(text.slice(tokens[j].end, tokens[j + 1].start)); j--) if (VERB_NEGATORS.has(tokens[j].lower)) return false;
  }
  return LIMIT.test(w) || LIMIT_PAIR.test(`${tokens[k - 1]?.lower ?? ''} ${w}`);
}

/**
 * Words of a start (a closed class of English): "a vaccine drive from Monday", "starting (on)
 * Monday". The day a state begins, as "until" is the day it ends, not the day of an act. (In a
 * sentence that calls an event off, "postponed from Saturday" is the day it did not happen:
 * offDays.)
 */
const STARTING = /^(?:from|starting|beginning)$/;

/**
 * English verbs and nouns of calling an event off (a closed class): cancel, scrub, postpone,
 * delay, abort, suspend, scrap, halt, call off, put off, rain off.
 */
const CALLING_OFF = /\b(?:cancel(?:s|led|ed|ling|ing|lations?)?|scrub(?:s|bed|bing)?|postpon(?:e|es|ed|ing|ements?)|delay(?:s|ed|ing)?|abort(?:s|ed|ing)?|suspend(?:s|ed|ing)?|scrap(?:s|ped|ping)?|halt(?:s|ed|ing)?|(?:call(?:s|ed|ing)?|put(?:s|ting)?|rain(?:s|ed)?) off)\b/i;
/** Prepositions of the new date of an event called off: "postponed to Friday", "moved for May 3". */
const NEW_DATE = /^(?:to|for|until|till|til)$/;

export const eventDays: (s: SentenceFeatures) => EventDays | null = perSentence(findDays);

function findDays(s: SentenceFeatures): EventDays | null {
  if (!/day|weekend|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(s.text)) return null;
  const tokens = tokensOf(s);
  const weekdays = new Set<string>();
  const ofThings = new Set<string>();
  const dates = new Set<string>();
  const months = new Set<string>();
  const limits = new Set<string>();
  const starts = new Set<string>();
  const relative = new Set<string>();
  const offDays = new Set<string>();
  const callsOff = CALLING_OFF.test(s.text);
  const labels: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    const limit = limitBefore(tokens, i, s.text);
    const start = (STARTING.test(tokens[i - 1]?.lower ?? '') && !callsOff) || (tokens[i - 1]?.lower === 'on' && STARTING.test(tokens[i - 2]?.lower ?? ''));
    const off = callsOff && !NEW_DATE.test(tokens[i - 1]?.lower ?? '');
    const said = tokens.slice(Math.max(0, i - 2), i).some((t) => SAYING.test(t.lower));
    // the last day's token of a span of days after its month ("March 22 to 26") or before it ("22-26 March"), or -1
    const month = monthNamed(w);
    const monthThenSpan = month && tokens[i].cap && DAY_OF_MONTH.test(tokens[i + 1]?.text ?? '') ? dayRangeEnd(s.text, tokens, i + 1) : -1;
    const spanEnd = DAY_OF_MONTH.test(w) ? dayRangeEnd(s.text, tokens, i) : -1;
    const spanThenMonth = spanEnd > 0 && monthNamed(tokens[spanEnd + 1]?.lower ?? '') && tokens[spanEnd + 1].cap ? spanEnd : -1;
    if (WEEKDAYS.includes(w)) {
      if (said) continue;
      // A range: "Friday to Monday", "Friday through Monday".
      const end = /^(to|through|until|till)$/.test(tokens[i + 1]?.lower ?? '') ? tokens[i + 2]?.lower : undefined;
      if (end && WEEKDAYS.includes(end)) {
        const from = WEEKDAYS.indexOf(w), to = WEEKDAYS.indexOf(end);
        for (let d = from; ; d = (d + 1) % 7) {
          weekdays.add(WEEKDAYS[d]);
          if (d === to) break;
        }
        labels.push(`${tokens[i].text} to ${tokens[i + 2].text}`);
        i += 2;
      } else {
        weekdays.add(w);
        if (limit || openBound(tokens, i + 1)) limits.add(w);
        if (start) starts.add(w);
        if (off) offDays.add(w);
        if (tokens[i - 1]?.lower !== 'on' && datesAThing(s.text, tokens[i])) ofThings.add(w);
        if (inRelativeClause(tokens, i, s.text)) relative.add(w);
        labels.push(tokens[i].text);
      }
    } else if (w === 'weekend' && !said) {
      weekdays.add('saturday').add('sunday');
      if (limit) limits.add('saturday').add('sunday');
      labels.push(/\bthis\s+weekend\b/i.test(s.text) ? 'this weekend' : 'the weekend');
    } else if (monthThenSpan > 0 && !said) {
      // a span of days: "March 22 to 26", "March 22-26"
      for (const date of daySpan(month!, tokens[i + 1].text, tokens[monthThenSpan].text)) {
        dates.add(date);
        if (off) offDays.add(date);
      }
      labels.push(s.text.slice(tokens[i].start, tokens[monthThenSpan].end));
      i = monthThenSpan;
    } else if (spanThenMonth > 0 && !said) {
      // a span of days before their month: "from 22 to 26 March", "22-26 March"
      for (const date of daySpan(monthNamed(tokens[spanThenMonth + 1].lower)!, w, tokens[spanThenMonth].text)) {
        dates.add(date);
        if (off) offDays.add(date);
      }
      labels.push(s.text.slice(tokens[i].start, tokens[spanThenMonth + 1].end));
      i = spanThenMonth + 1;
    } else if (month && tokens[i].cap && DAY_OF_MONTH.test(tokens[i + 1]?.text ?? '') && !said) {
      const date = `${month} ${parseInt(tokens[i + 1].text, 10)}`;
      dates.add(date);
      if (limit || openBound(tokens, i + 2)) limits.add(date);
      if (off) offDays.add(date);
      labels.push(`${tokens[i].text} ${tokens[i + 1].text}`);
      i++;
    } else if (DAY_OF_MONTH.test(w) && monthNamed(tokens[i + 1]?.lower ?? '') && tokens[i + 1].cap && !said) {
      // the day before its month ("on 22 September"), as British and most other English writes it
      const date = `${monthNamed(tokens[i + 1].lower)} ${parseInt(w, 10)}`;
      dates.add(date);
      if (limit || openBound(tokens, i + 2)) limits.add(date);
      if (off) offDays.add(date);
      labels.push(`${tokens[i].text} ${tokens[i + 1].text}`);
      i++;
    } else if (
      MONTHS.includes(w) && tokens[i].cap && (w !== 'may' || /^(in|since|until|by|early|late|mid)$/.test(tokens[i - 1]?.lower ?? '')) &&
      !said && !inTemporalClause(tokens, i, s.text)
    ) {
      // "in February and March"; "May" only after a preposition (else the modal verb)
      months.add(w);
      // "its April price index", "the March figures": the month of a thing, not of the act
      // (not after "last", "next" or "this": "last March" is when)
      if (/^(?:the|its|their|his|her|a)$|['’]s$/.test(tokens[i - 1]?.lower ?? '') && datesAThing(s.text, tokens[i])) ofThings.add(w);
      if (limit) limits.add(w);
      if (off) offDays.add(w);
      labels.push(tokens[i].text);
    }
  }
  if (!weekdays.size && !dates.size && !months.size) return null;
  return { weekdays, ofThings, dates, months, limits, starts, relative, offDays, label: labels.join(', ') };
}

/**
 * The token of the last day of a span of days that starts at token `k` ("22 to 26", "22-26",
 * "22 through 26"), or -1. A span runs forwards within one month.
 */
function dayRangeEnd(text: string, tokens: Token[], k: number): number {
  const next = tokens[k + 1];
  if (!next) return -1;
  let end = -1;
  if (/^(?:to|through|until|till)$/.test(next.lower) && DAY_OF_MONTH.test(tokens[k + 2]?.text ?? '')) end = k + 2;
  else if (/^\s*[-–]\s*$/.test(text.slice(tokens[k].end, next.start)) && DAY_OF_MONTH.test(next.text)) end = k + 1;
  return end > 0 && parseInt(tokens[end].text, 10) > parseInt(tokens[k].text, 10) ? end : -1;
}

/** Every date of a span of days in one month: "march 22" … "march 26". */
function daySpan(month: string, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = parseInt(from, 10); d <= parseInt(to, 10); d++) out.push(`${month} ${d}`);
  return out;
}

/**
 * Does an open bound follow the day that ends before token `j`: "10 May or later", "Friday or
 * earlier", "from 1 June onwards"? The day is then a limit of a span, not the day of an act.
 */
function openBound(tokens: Token[], j: number): boolean {
  const w = tokens[j]?.lower, next = tokens[j + 1]?.lower ?? '';
  return (w === 'or' && /^(?:later|after|earlier|before|sooner)$/.test(next)) || w === 'onwards' || w === 'onward';
}

/** Times of a day: "Friday night" is still when something happened. */
const TIME_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midday', 'lunchtime', 'overnight']);

/**
 * Is the weekday a possessive or the modifier of the word after it ("Friday's close", "Friday
 * closing price")? Not after "on": "Dahl on Thursday announced" dates the verb after it.
 */
function datesAThing(text: string, day: Token): boolean {
  const after = text.slice(day.end, day.end + 24);
  if (/^[’']s\s/.test(after)) return true;
  const next = /^ (\p{Ll}+)/u.exec(after)?.[1];
  return !!next && !TIME_OF_DAY.has(next) && !STOPWORDS.has(next);
}

/**
 * Is the token inside a clause that dates another event: "imposed the duties after returning to
 * the White House in January" (January is the return, not the duties)? A temporal conjunction
 * within the few tokens before, with no comma between.
 */
function inTemporalClause(tokens: Token[], i: number, text: string): boolean {
  for (let k = i - 1; k >= Math.max(0, i - TEMPORAL_CLAUSE_REACH); k--) {
    if (/[,;]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (/^(after|before|when|following|upon)$/.test(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * Is the token inside a defining relative clause ("the lender that regulators seized on
 * Friday")? A relative pronoun within the few tokens before, with no comma between and none
 * before it; "that" only after a noun, not after a verb of saying or thinking ("said that").
 */
function inRelativeClause(tokens: Token[], i: number, text: string): boolean {
  for (let k = i - 1; k >= Math.max(1, i - RELATIVE_CLAUSE_REACH); k--) {
    if (/[,;:]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    const w = tokens[k].lower;
    // after a comma the clause adds a fact about a thing named already ("the Office, which opened
    // it on Friday"): often the story's own act, told in passing
    if (/^(?:which|who|whom|whose|that)$/.test(w) && /[,;:(\u2013\u2014]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (/^(?:which|who|whom|whose)$/.test(w)) return true;
    if (w === 'that') return !SAYING.test(tokens[k - 1].lower) && !THINKING.test(tokens[k - 1].lower) && !/^(?:so|such|now|and|but|or)$/.test(tokens[k - 1].lower);
  }
  return false;
}
const RELATIVE_CLAUSE_REACH = 6;
/** Verbs of thinking and showing before a "that" of what they report (a closed class of English). */
const THINKING = /^(?:think|thinks|thought|believe[sd]?|expect(?:s|ed)?|hope[sd]?|know|knew|known|warn(?:s|ed)?|insist(?:s|ed)?|claim(?:s|ed)?|argue[sd]?|show(?:s|ed|n)?|suggest(?:s|ed)?|mean(?:s|t)?|ensure[sd]?|agree[sd]?|decide[sd]?|found|learned|noted|added|explained|revealed|admitted|denied|acknowledged)$/;

/** How far back a temporal conjunction governs a month ("after returning to the White House in"). */
const TEMPORAL_CLAUSE_REACH = 8;

/**
 * Do the two sentences set their event on days that cannot be the same? Weekdays that do not
 * overlap, calendar dates that do not, or months neither of which contains the other's; a
 * weekday and a bare date are not compared (no calendar year to tell the weekday of May 14).
 */
export function daysConflict(a: EventDays, b: EventDays): boolean {
  if (a.weekdays.size && b.weekdays.size && ![...a.weekdays].some((d) => b.weekdays.has(d))) return true;
  if (a.dates.size && b.dates.size && ![...a.dates].some((d) => b.dates.has(d))) return true;
  // Months: "in January and February" / "in February and March" (neither contains the other);
  // "in March" / "in February and March" agree.
  if (a.months.size && b.months.size && !subset(a.months, b.months) && !subset(b.months, a.months)) return true;
  return false;
}

/**
 * A month against a date in another month ("at its January meeting" / "on 3 April"): apart for
 * two readings of a figure (cue-support.ts daysApart), not for the date cue, where a month is
 * often another act's ("the contract, awarded in March").
 */
export function monthAgainstDate(a: EventDays, b: EventDays): boolean {
  const apart = (x: EventDays, y: EventDays) => !x.dates.size && x.months.size > 0 && y.dates.size > 0 && !y.months.size && ![...y.dates].some((d) => x.months.has(d.split(' ')[0]));
  return apart(a, b) || apart(b, a);
}

/**
 * The days the sentence sets its act on: its days less those named as a time limit ("expected
 * to fall to 6 metres by Wednesday" sets nothing on Wednesday), as a start ("from Monday") or as
 * the day of a thing ("confirmed the winner of Saturday's draw", "its April price index"). The date cue compares these; two
 * readings are still apart on a limit's day ("31 by Tuesday" / "24 on Monday").
 */
export function actDaysOf(d: EventDays, calledOffToo = false): EventDays {
  if (!d.limits.size && !d.starts.size && !d.relative.size && !d.ofThings.size && !(calledOffToo && d.offDays.size)) return d;
  const less = (x: Set<string>) => new Set([...x].filter((k) => !d.limits.has(k) && !d.starts.has(k) && !d.relative.has(k) && !d.ofThings.has(k) && !(calledOffToo && d.offDays.has(k))));
  return { ...d, weekdays: less(d.weekdays), dates: less(d.dates), months: less(d.months) };
}

/**
 * Do two sentences set their act on days that cannot be the same (daysConflict of actDaysOf)? A
 * day the event was called off ("scrubbed on Monday") against a day it happened ("launched on
 * Wednesday") is no clash: only two call-offs' days, or two happenings', are compared.
 */
export function actDaysConflict(a: EventDays, b: EventDays): boolean {
  const oneCallsOff = (a.offDays.size > 0) !== (b.offDays.size > 0);
  return daysConflict(actDaysOf(a, oneCallsOff), actDaysOf(b, oneCallsOff));
}

function subset(x: Set<string>, y: Set<string>): boolean {
  return [...x].every((m) => y.has(m));
}

/**
 * Counts of days or weeks from another moment a sentence gives: "a day before", "two days after",
 * "a week since", "three days earlier". A sentence with one names two days: its own and the one
 * counted from.
 */
export function countsOfDays(text: string): { days: number; unit: 'day' | 'week'; back: boolean; relative: boolean }[] {
  const out: { days: number; unit: 'day' | 'week'; back: boolean; relative: boolean }[] = [];
  for (const m of text.matchAll(COUNT_OF_DAYS)) {
    const n = /^an?$/i.test(m[1]) ? 1 : (numberWordValue(m[1]) ?? Number(m[1]));
    if (!Number.isFinite(n)) continue;
    const unit = /^week/i.test(m[2]) ? 'week' : 'day';
    const direction = m[3].toLowerCase();
    // "before" counts back from the moment named after it; "earlier" and "later" from the
    // sentence's own moment, which no weekday of the text need be
    out.push({ days: unit === 'week' ? 7 * n : n, unit, back: direction === 'before', relative: direction === 'earlier' || direction === 'later' });
  }
  return out;
}
const COUNT_OF_DAYS = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+(before|after|since|earlier|later)\b/gi;

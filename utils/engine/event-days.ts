// The days an event is set on, for the date cue of relations.ts: "talks on Saturday and
// Sunday", "in Switzerland Friday to Monday", "this weekend", "Wednesday, May 14". Two aligned
// sentences that put the same event on days that cannot overlap contradict each other ("a
// different date for the same event", issue 3).
import type { SentenceFeatures } from './features';
import { MONTHS, WEEKDAYS } from './lexicon';
import { tokenize } from './normalize';

export interface EventDays {
  /** Weekdays, lower case. */
  weekdays: Set<string>;
  /** Calendar dates as "may 14". */
  dates: Set<string>;
  /** How the sentence puts it, for the reason. */
  label: string;
}

/**
 * Words after which a day is when something was said or reported, not when the event is:
 * "the ministry said Friday", "announced on Friday", "Reuters reported on Friday".
 */
const SAYING = /^(say|says|said|announc\w*|stat\w*|report\w*|told|tell\w*|confirm\w*|wrote|publish\w*|disclos\w*|add\w*|statement|remarks)$/;

const DAYS = new WeakMap<SentenceFeatures, EventDays | null>();

export function eventDays(s: SentenceFeatures): EventDays | null {
  let v = DAYS.get(s);
  if (v === undefined) DAYS.set(s, (v = findDays(s)));
  return v;
}

function findDays(s: SentenceFeatures): EventDays | null {
  if (!/day|weekend|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(s.text)) return null;
  const tokens = tokenize(s.text);
  const weekdays = new Set<string>();
  const dates = new Set<string>();
  const labels: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    const said = tokens.slice(Math.max(0, i - 2), i).some((t) => SAYING.test(t.lower));
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
        labels.push(tokens[i].text);
      }
    } else if (w === 'weekend' && !said) {
      weekdays.add('saturday').add('sunday');
      labels.push(/\bthis\s+weekend\b/i.test(s.text) ? 'this weekend' : 'the weekend');
    } else if (MONTHS.includes(w) && tokens[i].cap && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '') && !said) {
      dates.add(`${w} ${Number(tokens[i + 1].text)}`);
      labels.push(`${tokens[i].text} ${tokens[i + 1].text}`);
      i++;
    }
  }
  if (!weekdays.size && !dates.size) return null;
  return { weekdays, dates, label: labels.join(', ') };
}

/**
 * Do the two sentences set their event on days that cannot be the same? Weekdays that do not
 * overlap, or calendar dates that do not; a weekday and a bare date are not compared (no
 * calendar year to tell the weekday of May 14).
 */
export function daysConflict(a: EventDays, b: EventDays): boolean {
  if (a.weekdays.size && b.weekdays.size && ![...a.weekdays].some((d) => b.weekdays.has(d))) return true;
  if (a.dates.size && b.dates.size && ![...a.dates].some((d) => b.dates.has(d))) return true;
  return false;
}

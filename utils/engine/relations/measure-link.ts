// Two sentences that give the same named measure of the story's event report one fact, however
// few other words they share: "the storm killed 12 and injured 300" / "the toll climbed to 14,
// with 350 hurt"; "at a depth of 12 km" / "about 30 kilometres deep". Reports of one event word
// its lede differently by design, so word overlap alone misses these pairs, and they are the
// ones where outlets' figures differ. A named measure is a count with a class word ("killed",
// "injured", "trapped") or a physical extent with a unit (facts/measure.ts); a bare noun ("125%
// tariffs") is not enough, since one noun may name several quantities. Readings ("magnitude
// 7.2") and records ("the strongest in 25 years") link only at the same value (two agencies'
// readings are two facts); two times of day within SAME_MOMENT_MINUTES report one moment. A
// narrower claim pairs with a lede (a central restatement) by what the event did, its record and
// its moment only (isLedeFact).
//
// What guards the pair, since it shares little else:
//  - a year on either side that the other does not state (a past event's toll: "a flood there
//    in 2009 killed 40"), also through a sentence that opens with a pronoun and so continues
//    the one before it ("In 2001 a larger flood hit the valley. It killed 300 people.");
//  - a part of the whole ("the other two deaths", "an additional 10", "with one reaching a
//    depth of 3 km", ", where about 20 people were trapped");
//  - two counts of people or things more than TOTAL_SPREAD apart: one total at two hours of the
//    day differs by its growth; a count several times smaller is a part (one building, one road)
//    or another event. Physical readings (a depth) are not counts: two agencies may differ more.
import type { SentenceFeatures } from '../text/features';
import { perSentence } from '../text/memo';
import { isTimeStamp } from '../text/numbers';
import { CLOCK_KEY, continuedYears, eventClocks, isEventCount, isNamedMeasure, isReading, measuresOf, SAME_MOMENT_MINUTES, sameDating, sameMeasure, valuesConflict, yearsDating } from '../facts/measure';
import { partOrTotal } from './relations';

/**
 * Largest ratio between two differing counts of one event's total. 2: tolls reported hours apart
 * grow by a third to a half (a toll of seven becoming nine, injuries rising from 700 to 1,000);
 * a figure more than twice another is more often a part of it than the same total later.
 */
const TOTAL_SPREAD = 2;


/** Do the two give one moment, dated by the same years (see yearsDating)? */
function sameMoment(a: SentenceFeatures, b: SentenceFeatures, continued: readonly number[]): boolean {
  const cb = eventClocks(b);
  return eventClocks(a).some((x) =>
    cb.some((y) => Math.abs(x.value - y.value) <= SAME_MOMENT_MINUTES && sameDating(yearsDating(a, x.tok), [...yearsDating(b, y.tok), ...continued])),
  );
}



/** Does the sentence give a named measure of a quantity (not a year), or the time something happened? */
export const hasNamedMeasure = perSentence((s: SentenceFeatures): boolean =>
  measuresOf(s).some((m, k) => !isTimeStamp(s.quantities[k]) && isNamedMeasure(m.key)) || eventClocks(s).length > 0,
);

/**
 * Do `a` and `b` give the same named measure, with nothing that says they are about two events
 * or a part and a whole? `b` is dated by the years of the sentence it continues too
 * (continuedYears; `a`, a page's claim, by its own years only).
 */
export function sameNamedMeasure(a: SentenceFeatures, b: SentenceFeatures, which: (key: string) => boolean = anyMeasure): boolean {
  if (!hasNamedMeasure(a) || !hasNamedMeasure(b)) return false;
  const continued = continuedYears(b);
  const ma = measuresOf(a), mb = measuresOf(b);
  let linked = which(MOMENT) && sameMoment(a, b, continued);
  for (let x = 0; x < a.quantities.length; x++) {
    const qa = a.quantities[x];
    if (!isNamedMeasure(ma[x].key) || !which(ma[x].key)) continue;
    for (let y = 0; y < b.quantities.length; y++) {
      const qb = b.quantities[y];
      if (!sameMeasure(qa, ma[x], qb, mb[y])) continue;
      if (!sameDating(yearsDating(a, qa.tok), [...yearsDating(b, qb.tok), ...continued])) continue;
      // Two different readings of one event (7.2 by one agency, 7.4 by another) are two facts.
      if (isReading(ma[x].key) && ma[x].value !== mb[y].value) continue;
      // A part of the total, or the whole of a stated share, on either side: not the same quantity, and nothing to link by.
      const pa = partOrTotal(a, qa), pb = partOrTotal(b, qb);
      if (pa === 'part' || pb === 'part' || pa === 'whole' || pb === 'whole') return false;
      if (isEventCount(ma[x].key) && valuesConflict(qa, ma[x], qb, mb[y]) && Math.max(ma[x].value, mb[y].value) > TOTAL_SPREAD * Math.min(ma[x].value, mb[y].value)) return false;
      linked = true;
    }
  }
  return linked;
}

/** The key `which` is asked about for the moment something happened (see sameMoment): a time of day's measure. */
const MOMENT = CLOCK_KEY;

/** Every named measure, and the moment. */
function anyMeasure(key: string): boolean {
  return key === MOMENT || isNamedMeasure(key);
}

/**
 * The measures a lede's sentence is linked by to a narrower claim: what the event did (a toll,
 * injuries, people trapped), its record ("the strongest in 25 years") and the moment it
 * happened. Not its readings or extents: a lede gives the magnitude and the depth beside its
 * facts, and a claim giving one of those was paired with every lede of the story (other-story:
 * alignP 0.831 -> 0.778).
 */
export function isLedeFact(key: string): boolean {
  return key === MOMENT || isEventCount(key) || key.startsWith('record');
}

/** Indexes of a document's sentences that give a named measure (memoised per document). */
const MEASURED = new WeakMap<object, number[]>();
export function measuredSentences(doc: { sentences: SentenceFeatures[] }): number[] {
  let out = MEASURED.get(doc);
  if (!out) {
    out = [];
    doc.sentences.forEach((s, i) => hasNamedMeasure(s) && out!.push(i));
    MEASURED.set(doc, out);
  }
  return out;
}

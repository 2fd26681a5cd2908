// Where an event is set, for the place cue of relations.ts: "talks in Geneva", "a meeting at
// Vienna", "in the United States", and where someone is sent: "sending the minister to Rome".
// Two aligned sentences that put the same meeting or trip in two different countries contradict
// each other ("a different place for the same event", issue 3).
import { tokensOf, type SentenceFeatures } from '../text/features';
import { EVENT_CLASSES, PLACE_ADJECTIVES, PLACE_KEYS } from '../text/lexicon';
import { perSentence } from '../text/memo';

/** A setting belongs to a meeting or trip named at most this many content terms before it ("talks with US officials in Geneva"). */
const SETTING_WINDOW = 3;

/**
 * The key of a setting that is neither side's country: "in a neutral country", "at a third
 * location". It names no place, so it conflicts only with a setting in one of the story's
 * parties (see placesConflict).
 */
export const THIRD_PLACE = 'third place';
/** "a neutral country", "a third venue", "neutral ground": a place chosen because it is neither side's. */
const THIRD_PLACE_RE = /\b(?:in|at|to)\s+(?:an?\s+|some\s+)?(?:neutral|third)\s+(?:country|countries|venue|location|site|ground|territory|nation)\b/i;

/** How many words before a third place an "or" makes it one option of two: "or have him meet with US officials in a third country" (8). */
const OPTION_REACH = 8;

export interface EventPlace {
  /** A place key (a city counts as its country), or THIRD_PLACE. */
  key: string;
  /** As the sentence says it, with its preposition: "in Geneva", "to Washington", "in a neutral country". */
  label: string;
}

/**
 * Places named as the setting of a meeting or the destination of a trip. Not an adjective ("in
 * Chinese imports"), not one half of a pair ("the Washington-Beijing talks" names the parties,
 * not where they meet), not one option among others ("in the US or another country").
 */
export const eventPlaces: (s: SentenceFeatures) => EventPlace[] = perSentence((s) => {
  const out: EventPlace[] = [];
  const third = THIRD_PLACE_RE.exec(s.text);
  if (!third && !s.seq.some(([k]) => PLACE_KEYS.has(k))) return out;
  const tokens = tokensOf(s);
  let optional = false;
  s.seq.forEach(([key, tok], i) => {
    if (!PLACE_KEYS.has(key) || out.some((p) => p.key === key)) return;
    const t = tokens[tok];
    if (pairHalf(s.text, t)) return;
    const prepAt = tokens[tok - 1]?.lower === 'the' ? tok - 2 : tok - 1;
    const prep = tokens[prepAt]?.lower;
    if ((prep !== 'in' && prep !== 'at' && prep !== 'to') || PLACE_ADJECTIVES.has(t.lower)) return;
    const before = s.seq.slice(Math.max(0, i - SETTING_WINDOW), i).map(([k]) => k);
    // "in"/"at" set a meeting, talks or a trip ("a bilateral meeting in Switzerland"); "to" is a
    // trip's destination ("sending the minister to Rome"), not whom one talks to ("talks to Rome").
    const sets = prep === 'to' ? before.includes('travel') : before.some((k) => EVENT_CLASSES[k] === 'contact');
    if (!sets) return;
    out.push({ key, label: `${prep} ${s.text.slice(tokens[prepAt + 1].start, t.end)}` });
    if (tokens.slice(tok + 1, tok + 3).some((x) => x.lower === 'or') || tokens[tok - 2]?.lower === 'or' || tokens[tok - 3]?.lower === 'or') optional = true;
  });
  if (third) {
    // "to the US …, or have him meet … in a third country": an option again, when an "or" comes
    // within OPTION_REACH words before it or right after it
    const before = s.text.slice(0, third.index).split(/\s+/).slice(-OPTION_REACH);
    const after = s.text.slice(third.index + third[0].length).split(/\s+/).slice(0, 3);
    if ([...before, ...after].some((w) => w.toLowerCase() === 'or')) optional = true;
    else out.push({ key: THIRD_PLACE, label: third[0].replace(/\s+/g, ' ') });
  }
  return optional ? [] : out;
});

/** "Washington-Beijing", "US–China": a hyphenated pair names the two sides, not a place. */
function pairHalf(text: string, t: { start: number; end: number }): boolean {
  return /^[-–]\S/.test(text.slice(t.end, t.end + 2)) || /\S[-–]$/.test(text.slice(Math.max(0, t.start - 2), t.start));
}

/**
 * Does the sentence name the place as somewhere to be, go or come from ("in", "at", "to",
 * "from", "for", "via")? Not as a party ("talks with Washington", "the Washington-Beijing talks").
 */
function namesPlace(s: SentenceFeatures, key: string): boolean {
  const tokens = tokensOf(s);
  return s.seq.some(([k, tok]) => {
    if (k !== key || pairHalf(s.text, tokens[tok])) return false;
    const prepAt = tokens[tok - 1]?.lower === 'the' ? tok - 2 : tok - 1;
    return /^(in|at|to|from|for|via)$/.test(tokens[prepAt]?.lower ?? '');
  });
}

/**
 * Do the two sentences set their event in different places? Each names exactly one setting (two
 * or more are options or a route: "either in Washington or in a third country"). A third place
 * conflicts with a named one only when that is the country of one of the story's parties
 * (`parties`, the story's main actors): "in a neutral country" / "to Washington" in a story
 * between Washington and Beijing.
 */
export function placesConflict(a: SentenceFeatures, b: SentenceFeatures, parties: ReadonlySet<string> = new Set()): { page: string; other: string } | null {
  const pa = eventPlaces(a), pb = eventPlaces(b);
  if (pa.length !== 1 || pb.length !== 1 || pa[0].key === pb[0].key) return null;
  const [x, y] = [pa[0], pb[0]];
  // One side names the other's place too ("met in Paris before flying to Berlin" / "met in
  // Berlin"): a route or two stops, not two settings for one meeting.
  if (namesPlace(a, y.key) || namesPlace(b, x.key)) return null;
  if ((x.key === THIRD_PLACE && !parties.has(y.key)) || (y.key === THIRD_PLACE && !parties.has(x.key))) return null;
  return { page: x.label, other: y.label };
}

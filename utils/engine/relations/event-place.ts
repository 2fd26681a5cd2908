// Where an event is set, for the place cue of relations.ts: "talks in Geneva", "a meeting at
// Vienna", "in the United States". Two aligned sentences that put the same meeting in two
// different countries contradict each other ("a different place for the same event", issue 3).
import { tokensOf, type SentenceFeatures } from '../text/features';
import { EVENT_CLASSES, PLACE_ADJECTIVES, PLACE_KEYS } from '../text/lexicon';
import { perSentence } from '../text/memo';

/** A setting belongs to a meeting named at most this many content terms before it ("talks with US officials in Geneva"). */
const SETTING_WINDOW = 3;

/**
 * Countries named as the setting of a meeting ("talks in Geneva", "a meeting at the Hague"), as
 * place keys (a city counts as its country). Not an adjective ("in Chinese imports").
 */
export const eventPlaces: (s: SentenceFeatures) => string[] = perSentence((s) => {
  const out: string[] = [];
  if (!s.seq.some(([k]) => PLACE_KEYS.has(k))) return out;
  const tokens = tokensOf(s);
  // "in the US or another country", "in Geneva or elsewhere": a place offered as one option
  // among others sets nothing.
  let optional = false;
  s.seq.forEach(([key, tok], i) => {
    if (!PLACE_KEYS.has(key) || out.includes(key)) return;
    const before = tokens[tok - 1]?.lower === 'the' ? tokens[tok - 2]?.lower : tokens[tok - 1]?.lower;
    if ((before !== 'in' && before !== 'at') || PLACE_ADJECTIVES.has(tokens[tok].lower)) return;
    // The setting of a meeting, talks or a trip: "a bilateral meeting in Switzerland", "talks
    // with Washington in Geneva"; not "officials in Beijing", "deliberations in Beijing".
    if (s.seq.slice(Math.max(0, i - SETTING_WINDOW), i).some(([k]) => EVENT_CLASSES[k] === 'contact')) out.push(key);
    if (tokens.slice(tok + 1, tok + 3).some((t) => t.lower === 'or') || tokens[tok - 2]?.lower === 'or' || tokens[tok - 3]?.lower === 'or') optional = true;
  });
  return optional ? [] : out;
});

/**
 * Do the two sentences set their event in different countries? Each names exactly one setting
 * (two or more are options or a route: "either in Washington or in a third country").
 */
export function placesConflict(a: SentenceFeatures, b: SentenceFeatures): { page: string; other: string } | null {
  const pa = eventPlaces(a), pb = eventPlaces(b);
  if (pa.length !== 1 || pb.length !== 1 || pa[0] === pb[0]) return null;
  return { page: label(a, pa[0]), other: label(b, pb[0]) };
}

function label(s: SentenceFeatures, key: string): string {
  return s.details.find((d) => d.kind === 'place' && d.key === key)?.label ?? key;
}

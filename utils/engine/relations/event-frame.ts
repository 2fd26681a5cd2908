// Event frames: which kind of act a sentence reports (see EVENT_CLASSES in lexicon.ts). Two
// sentences on the same story often share the people, places and objects but report different
// acts; word overlap alone pairs them. A pair whose event words all fall in different classes
// is two events, unless the sentences are close copies anyway.
import type { SentenceFeatures } from '../text/features';
import { perSentence } from '../text/memo';
import { ANTONYMS, EVENT_CLASSES } from '../text/lexicon';
import { termSet } from '../index/similarity';

/**
 * Pairs scoring at least this much are kept whatever their event words: at 0.5 half the
 * sentences' weighted terms are shared, so they are restatements worded nearly alike (an event
 * word may then be a side remark in one of them).
 */
export const DISTINCT_EVENT_OVERRIDE = 0.5;

/** The event classes of a sentence's content terms. */
export const eventClasses: (s: SentenceFeatures) => Set<string> = perSentence(
  (s) => new Set(s.terms.flatMap((t) => (EVENT_CLASSES[t] ? [EVENT_CLASSES[t]] : []))),
);

/**
 * Do the two sentences report different events? Only when both name at least one event and no
 * class is shared. Antonymous acts ("raised" / "cut" the same levy) are one event frame with
 * opposite directions: a possible contradiction, not two events.
 */
export function distinctEvents(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const ca = eventClasses(a), cb = eventClasses(b);
  if (!ca.size || !cb.size) return false;
  for (const c of ca) if (cb.has(c)) return false;
  // Opposite acts are one frame only where they could contradict: both asserted (relations.ts
  // reads antonyms only then). A plan to cut a levy and the levy's raise are two events.
  if (a.hedged !== b.hedged) return true;
  const ta = termSet(a), tb = termSet(b);
  return !ANTONYMS.some(([x, y]) => (ta.has(x) && tb.has(y)) || (ta.has(y) && tb.has(x)));
}

/**
 * Attitudes: wanting, asking and being willing are the wanting itself, not a wanted act, so
 * they are not compared by `wantedVersusStated`.
 */
const ATTITUDE_CLASSES = new Set(['want', 'ask', 'willing']);

/**
 * Is every act the two sentences share wanted in one and plainly stated in the other? "China
 * demanded that Washington cut its tariffs first" and "Trump said he wasn't willing to cut
 * tariffs" share the act and its object, but one is a demand and the other a stance on it: two
 * facts. A clause after a want/demand/whether marker (features.ts `irrealisFrom`) is the wanted
 * side. Both wanted ("demanded that … cut" / "wants … to cancel") or both stated are one frame;
 * so is a precondition on the stated side ("no talks could begin until Washington scrapped
 * its tariffs" is the demand in other words).
 */
export function wantedVersusStated(a: SentenceFeatures, b: SentenceFeatures): boolean {
  // Neither has a wanted clause: the common case, and nothing to compare.
  if (a.irrealisFrom < 0 && b.irrealisFrom < 0) return false;
  const cb = eventClasses(b);
  const tb = termSet(b);
  let shared = 0;
  for (const t of termSet(a)) {
    const c = EVENT_CLASSES[t];
    if (!c || ATTITUDE_CLASSES.has(c) || !cb.has(c) || !tb.has(t)) continue;
    const ma = mood(a, t), mb = mood(b, t);
    if (ma === 'both' || mb === 'both' || ma === mb) return false;
    if ((ma === 'stated' ? a : b).precondition) return false;
    shared++;
  }
  return shared > 0;
}
/** Where a term occurs: only inside the wanted clause, only outside it, or both. */
function mood(s: SentenceFeatures, term: string): 'wanted' | 'stated' | 'both' {
  let wanted = false, stated = false;
  for (const [k, tok] of s.seq) {
    if (k !== term) continue;
    if (s.irrealisFrom >= 0 && tok > s.irrealisFrom) wanted = true;
    else stated = true;
  }
  return wanted && stated ? 'both' : wanted ? 'wanted' : 'stated';
}

// Purpose and condition clauses: "in a bid to ease tensions", "to show goodwill, …", "only if
// the US shows sincerity", "in exchange for …". A sentence that states why something is done,
// or on what condition, carries a material detail that a bare report of the act lacks (the
// labels' "adds": a purpose or a condition).
import type { SentenceFeatures } from './features';
import { perSentence } from './memo';
import { tokenize } from './normalize';

/** Multi-word markers of a purpose or a condition, as lower-case token sequences. */
const MARKERS: string[][] = [
  'in a bid to', 'in an effort to', 'in order to', 'so as to', 'so that', 'aimed at', 'with the aim of',
  'only if', 'unless', 'provided that', 'as a condition', 'on condition', 'in exchange for', 'in return for',
].map((m) => m.split(' '));

/** `statesPurposeOrCondition` of a sentence, or its precondition flag. */
export const qualified: (s: SentenceFeatures) => boolean = perSentence((s) => s.precondition || statesPurposeOrCondition(s.text));

/** Does the sentence state a purpose or a condition? Also a sentence opening "To <verb> …, …". */
export function statesPurposeOrCondition(text: string): boolean {
  const words = tokenize(text).map((t) => t.lower);
  if (words[0] === 'to' && /^To\s+\p{Ll}+[^,]*,/u.test(text.trim())) return true;
  for (let i = 0; i < words.length; i++) {
    if (MARKERS.some((m) => m.every((w, k) => words[i + k] === w))) return true;
  }
  return false;
}

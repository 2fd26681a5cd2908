// Who a quotation is attributed to: the name next to a verb of speech outside the quotation
// marks ("…,” said Mr. Shen", "“…,” Quist told reporters", "Brandt said: “…”", "according to
// Ana Quist"). English verbs of saying are a closed class; the name is a run of capitalised words.
import type { QuoteSpan } from './features';
import { termsOf, tokenize } from './normalize';

const SPEECH_VERBS = 'said|says|told|tells|added|adds|stated|states|wrote|writes|asked|asks|insisted|argued|noted|warned|explained|tweeted|posted|declared|replied|recalled';
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
/**
 * Verbs of saying English puts before their speaker ("…,” said Quist"). Not those that take whom
 * one speaks to as their object: in "told CityBeat", "asked the minister", "warned Quist" the
 * name after the verb is the listener.
 */
const INVERTED_SPEECH_VERBS = SPEECH_VERBS.split('|').filter((v) => !/^(?:told|tells|asked|asks|warned)$/.test(v)).join('|');
/** "said Ana Quist", "according to Quist" */
const VERB_THEN_NAME = new RegExp(String.raw`\b(?:${INVERTED_SPEECH_VERBS}|according to)\s+(${NAME})`, 'u');
/** "Quist told reporters", "Ana Quist, the mayor, said", "the union leader, Mara Quist, said" */
const NAME_THEN_VERB = new RegExp(String.raw`(${NAME})(?:\s*,[^,]{0,60})?\s*,?\s*\b(?:${SPEECH_VERBS})\b`, 'u');
/** Words that open a sentence or name a role, never the speaker themselves. */
const NOT_A_NAME = /^(?:The|A|An|He|She|They|It|We|I|You|This|That|But|And|Mr|Mrs|Ms|Dr)$/;

/** The speaker named outside the quotation `q` of `text`, without titles ("Mr. Shen" → "Shen"), or null. */
export function speakerOf(text: string, q: QuoteSpan): string | null {
  const outside = text.slice(0, Math.max(0, q.start - 1)) + ' … ' + text.slice(q.end + 1);
  const m = VERB_THEN_NAME.exec(outside) ?? NAME_THEN_VERB.exec(outside.replace(/^\W+/, ''));
  if (!m) return null;
  const words = m[1].replace(/^(?:Mr|Mrs|Ms|Dr)\.\s+/, '').split(/\s+/).filter((w) => !NOT_A_NAME.test(w));
  return words.length ? words.join(' ') : null;
}

/** Do two speakers share no word of their names ("Quist" / "Brandt"; not "Ana Quist" / "Quist")? */
export function otherSpeaker(a: string, b: string): boolean {
  const wa = new Set(a.toLowerCase().split(/\s+/));
  return !b.toLowerCase().split(/\s+/).some((w) => wa.has(w));
}

/**
 * Two quotes are the same quote when their content words overlap by at least this Dice share.
 * 0.5: a paraphrased or partly different quote still shares most of its content words ("can be
 * the icebreaker for the two countries" / "could be an icebreaker for both countries"), while
 * two different remarks by the same person share few.
 */
export const SAME_QUOTE_OVERLAP = 0.5;
/** Quotes shorter than this many words are scare quotes or titles, not speech. */
export const MIN_QUOTE_WORDS = 3;

/** Dice share of the content terms two quotations have in common (1: the same words). */
export function quoteOverlap(a: string, b: string): number {
  const ka = quoteKeys(a), kb = quoteKeys(b);
  let both = 0;
  for (const x of ka) if (kb.has(x)) both++;
  return ka.size + kb.size ? (2 * both) / (ka.size + kb.size) : 0;
}

export function quoteKeys(text: string): Set<string> {
  return new Set(termsOf(tokenize(text)).map((t) => t.key));
}

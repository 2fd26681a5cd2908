// Subject pronouns. A sentence that opens with "He", "She", "They" or "It", or has "him", "his",
// "he", "she" or "her" further in ("a jury convicted him on all counts"), continues the one
// before it and is about that sentence's subject ("Dara Quill was convicted … She has been
// found guilty on all these counts", "The ferry capsized near the harbour … It sank within
// minutes"). Alone, the second sentence shares almost no word with another outlet's report of
// the same fact ("Quill guilty on all seven counts"). The pair score counts
// the subject's terms as the sentence's own when the other sentence names that subject, and
// ignores them otherwise (a sentence about someone else is not made less alike by them): English
// grammar (the subject continues), no list of any story's words.
import { tokensOf, type SentenceFeatures } from './features';
import { CLAUSE_BREAK } from './normalize';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/**
 * The empty "it" of English refers to nothing: "It was Thursday night", "It is unclear whether
 * …", "It's time to …", "It seems that …": "it" and a copula or a verb of seeming, then a
 * clause, an adjective of likelihood or a time. "It was 15% contained" refers.
 */
const EMPTY_IT =
  /^\W*it(?:['’]s|\s+(?:is|was|will be|would be|has been|had been))\s+(?:(?:not\s+)?(?:un)?(?:clear|likely|possible|known|certain|true|time|hard|easy|important|difficult)\b|(?:\w+\s+)?(?:that|to|whether|when|because)\b|(?:early|late|about|around|just|almost|nearly|past)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|^\W*it\s+(?:seems|seemed|appears|appeared|remains|remained)\b/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** English auxiliaries: what comes before the first of them, early in a sentence, is its subject. */
const AUXILIARY = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does']);
/**
 * Words before the auxiliary that can still be the subject noun phrase: a title and a name
 * ("Veltro founder Dara Quill was"); further in, the auxiliary usually closes a later clause
 * ("The 52-year-old showed no emotion as the sentence was read"). On the seeds the first
 * auxiliary stands at word 1–4 in 49 of 60 sentences that have one, then thinly at 6–17. 6 was
 * chosen on the four labelled stories: the real-dev, earthquake and air crash figures are the
 * same for every bound from 3 to 14, the verdict's are 0.444 up to 4 and 0.502 from 5, so
 * leave-one-story-out (ties to the strictest) the verdict's own figure is 0.444.
 */
const MAX_SUBJECT_WORDS = 6;
/** Personal pronouns that refer back to a person: the subject of the sentence before. */
const PERSONAL_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);

/**
 * Term keys of the sentence's opening noun phrase: the words before its first auxiliary verb
 * when it comes early, with no clause break before it ("Veltro founder Dara Quill was
 * convicted"), else a run of capitalised words, or its first noun.
 */
function subjectKeys(s: SentenceFeatures): string[] {
  const tokens = tokensOf(s);
  const aux = tokens.findIndex((t) => AUXILIARY.has(t.lower));
  if (aux > 0 && aux <= MAX_SUBJECT_WORDS && !CLAUSE_BREAK.test(s.text.slice(0, tokens[aux].start))) return s.seq.filter(([, tok]) => tok < aux).map(([k]) => k);
  let i = 0;
  while (i < tokens.length && DETERMINERS.has(tokens[i].lower)) i++;
  if (i >= tokens.length) return [];
  let j = i + 1;
  if (tokens[i].cap) {
    while (j < tokens.length && tokens[j].cap && tokens[j].start - tokens[j - 1].end <= 1 && !CLAUSE_BREAK.test(s.text.slice(tokens[j - 1].end, tokens[j].start))) j++;
  }
  return s.seq.filter(([, tok]) => tok >= i && tok < j).map(([k]) => k);
}

/**
 * Sets `subject` on each sentence that refers back with a pronoun: the subject terms of the
 * sentence before it (through a chain of pronoun-led sentences) that it does not already carry.
 * Call once on a text's sentences, in order, before scoring.
 */
export function linkSubjectPronouns(sentences: SentenceFeatures[]): void {
  let subject: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const tokens = tokensOf(s);
    // Opening with "He", "She", "It", "They" (not "He Wenjun said": a capitalised word right
    // after it makes "He" a name): about the subject before, which carries on.
    const opener = tokens[0]?.lower ?? '';
    if (i > 0 && SUBJECT_PRONOUNS.has(opener) && !(tokens[1]?.cap && tokens[1].start - tokens[0].end === 1)) {
      if (!EMPTY_IT.test(s.text)) refer(s, subject); // an empty "it" refers to nothing; the subject carries on past it
      continue;
    }
    // A personal pronoun further in ("a jury convicted him on all counts") refers to it too;
    // written in lower case ("He Wenjun" inside a sentence is a name).
    if (i > 0 && hasPersonalPronoun(tokens)) refer(s, subject);
    subject = subjectKeys(s);
  }
}

/** Gives the sentence the subject's terms it does not carry itself. */
function refer(s: SentenceFeatures, subject: readonly string[]): void {
  const extra = subject.filter((k) => !s.terms.includes(k));
  if (extra.length) s.subject = extra;
}

function hasPersonalPronoun(tokens: readonly { text: string }[]): boolean {
  for (let k = 1; k < tokens.length; k++) if (PERSONAL_PRONOUNS.has(tokens[k].text)) return true;
  return false;
}

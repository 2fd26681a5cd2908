// Subject pronouns. A sentence that opens with "He", "She", "They" or "It" continues the one
// before it and is about that sentence's subject ("Bankman-Fried was convicted … He has been
// found guilty on all these counts", "The plane crashed on departure … It crashed into a
// residential area"). Alone, the second sentence shares almost no word with another outlet's
// report of the same fact ("Bankman-Fried guilty on all seven counts"). The pair score counts
// the subject's terms as the sentence's own when the other sentence names that subject, and
// ignores them otherwise (a sentence about someone else is not made less alike by them): English
// grammar (the subject continues), no list of any story's words.
import { tokensOf, type SentenceFeatures } from './features';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/**
 * The empty "it" of English refers to nothing: "It was Thursday night", "It is unclear whether
 * …", "It's time to …", "It seems that …": "it" and a copula or a verb of seeming, then a
 * clause, an adjective of likelihood or a time. "It was 15% contained" refers.
 */
const EMPTY_IT =
  /^\W*it(?:['’]s|\s+(?:is|was|will be|would be|has been|had been))\s+(?:(?:not\s+)?(?:un)?(?:clear|likely|possible|known|certain|true|time|hard|easy|important|difficult)\b|(?:\w+\s+)?(?:that|to|whether|when|because)\b|(?:early|late|about|around|just|almost|nearly|past)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|^\W*it\s+(?:seems|seemed|appears|appeared|remains|remained)\b/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Term keys of the sentence's opening noun phrase: a run of capitalised words, or its first noun. */
function subjectKeys(s: SentenceFeatures): string[] {
  const tokens = tokensOf(s);
  let i = 0;
  while (i < tokens.length && DETERMINERS.has(tokens[i].lower)) i++;
  if (i >= tokens.length) return [];
  let j = i + 1;
  if (tokens[i].cap) {
    while (j < tokens.length && tokens[j].cap && tokens[j].start - tokens[j - 1].end <= 1 && !/[,;:()]/.test(s.text.slice(tokens[j - 1].end, tokens[j].start))) j++;
  }
  return s.seq.filter(([, tok]) => tok >= i && tok < j).map(([k]) => k);
}

/**
 * Sets `subject` on each pronoun-led sentence: the subject terms of the sentence before it
 * (through a chain of pronoun-led sentences) that the sentence does not already carry. Call once
 * on a text's sentences, in order, before scoring.
 */
export function linkSubjectPronouns(sentences: SentenceFeatures[]): void {
  let subject: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const first = tokensOf(s)[0]?.lower ?? '';
    if (i > 0 && SUBJECT_PRONOUNS.has(first)) {
      if (EMPTY_IT.test(s.text)) continue; // refers to nothing; the subject carries on past it
      const extra = subject.filter((k) => !s.terms.includes(k));
      if (extra.length) s.subject = extra;
      continue; // the subject carries on
    }
    subject = subjectKeys(s);
  }
}

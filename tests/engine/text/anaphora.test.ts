// Subject pronouns (utils/engine/text/anaphora.ts): a sentence that opens with "He", "She", "It"
// or "They" is about the subject of the sentence before it, and the pair score counts that
// subject only where the other sentence names it too. Fixture sentences are my own.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../utils/engine/index/corpus-index';
import { pairParts, pairScore, PAIR_THRESHOLD } from '../../../utils/engine/index/similarity';
import { linkSubjectPronouns } from '../../../utils/engine/text/anaphora';
import { sentenceFeatures, type SentenceFeatures } from '../../../utils/engine/text/features';
import { splitSentences } from '../../../utils/engine/text/segment';

const feats = (text: string): SentenceFeatures[] => {
  const out = splitSentences(text).map(sentenceFeatures);
  linkSubjectPronouns(out);
  return out;
};
const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });

describe('the subject a pronoun refers to', () => {
  it('is the opening name of the sentence before, through a chain of pronoun-led sentences', () => {
    const [first, second, third] = feats('Dara Quill was convicted of fraud on Friday. She was found guilty on all counts. She will be sentenced in March.');
    expect(first.subject).toBeUndefined();
    expect(second.subject).toEqual(['dara', 'quill']);
    expect(third.subject).toEqual(['dara', 'quill']);
  });

  it('is the opening noun when the sentence before opens with a common noun', () => {
    const [, second] = feats('The ferry capsized near the harbour mouth. It sank within minutes.');
    expect(second.subject).toEqual(['ferri']);
  });

  it('is nothing for the empty "it" of English, which does not break the chain, nor for a sentence that names its subject', () => {
    const [, empty, unclear, refers, named] = feats('The Ridge Fire spread overnight. It was Thursday night. It is unclear what started it. It was 15% contained. Quill stood as the verdict was read.');
    expect(empty.subject).toBeUndefined();
    expect(unclear.subject).toBeUndefined();
    expect(refers.subject).toEqual(['ridg', 'fire']);
    expect(named.subject).toBeUndefined();
  });

  it('is what comes before an early auxiliary: a title and a name', () => {
    const [, second] = feats('Veltro founder Dara Quill was convicted of fraud on Friday. She denied every charge.');
    expect(second.subject).toEqual(['veltro', 'founder', 'dara', 'quill']);
  });

  it('is referred to by a personal pronoun further in the sentence too, never by a name spelled “He”', () => {
    const [, him, name] = feats('Dara Quill was convicted of fraud on Friday. A jury in Arnholt convicted him on all counts. Vice Premier He Wenjun was not there.');
    expect(him.subject).toEqual(['dara', 'quill']);
    expect(name.subject).toBeUndefined();
    const [, leading] = feats('Dara Quill was convicted of fraud on Friday. He Wenjun said nothing.');
    expect(leading.subject).toBeUndefined();
  });

  it('is set on a stored document’s sentences too', () => {
    const index = new CorpusIndex();
    index.add({ id: 'd', outlet: 'o', outletNamed: true, headline: '', date: null, lang: 'en', text: 'Dara Quill was convicted of fraud on Friday. She was found guilty on all counts.' });
    expect(index.indexed('d')!.sentences[1].subject).toEqual(['dara', 'quill']);
  });
});

describe('the pair score with a pronoun’s subject', () => {
  const index = new CorpusIndex();
  [
    'Dara Quill was convicted of fraud on Friday.\nThe jury deliberated for five hours.\nShe will be sentenced in March.',
    'Heavy rain flooded the coastal province.\nThousands of residents were moved to shelters.\nOfficials said the storm would weaken on Monday.',
    'The council approved the budget on Tuesday.\nThe mayor said taxes would not rise.\nCritics called the plan reckless.',
    'Orin Vale pleaded guilty to bribery charges.\nHe faces up to ten years in prison.\nHis lawyer declined to comment.',
  ].forEach((text, k) => index.add({ id: 'bg' + k, outlet: 'o', outletNamed: true, headline: '', date: null, lang: 'en', text }));
  const [, pronounLed] = feats('Dara Quill was convicted of fraud on Friday. She denied every charge.');

  it('counts the subject where the other sentence names it', () => {
    // two shared words are a topic (MIN_SHARED_TERMS); the subject makes the third
    const other = feat('Quill denied the charges against her.');
    const alone = pairScore(feat(pronounLed.text), other, index);
    const linked = pairScore(pronounLed, other, index);
    expect(alone).toBeLessThan(PAIR_THRESHOLD);
    expect(linked).toBeGreaterThanOrEqual(PAIR_THRESHOLD);
    expect(pairParts(pronounLed, other, index).sharedTerms).toContain('quill');
    // the same from the other side
    expect(pairScore(other, pronounLed, index)).toBeCloseTo(linked, 10);
  });

  it('changes nothing for a sentence about someone else (the subject does not dilute the score)', () => {
    const [, found] = feats('Dara Quill was convicted of fraud on Friday. She was found guilty on all counts.');
    const other = feat('Vale was found guilty on all seven counts.');
    const alone = pairScore(feat(found.text), other, index);
    expect(alone).toBeGreaterThan(0);
    expect(pairScore(found, other, index)).toBe(alone);
  });

  it('counts a subject both pronoun-led sentences refer to', () => {
    const [, a] = feats('Dara Quill was convicted of fraud on Friday. She was found guilty on all counts.');
    const [, b] = feats('A jury convicted Dara Quill on Friday. Quill, 41, was found guilty on all seven counts.');
    const [, c] = feats('Dara Quill heard the verdict in silence. She was found guilty on every count.');
    expect(pairScore(a, c, index)).toBeGreaterThan(pairScore(feat(a.text), feat(c.text), index));
    expect(pairScore(a, b, index)).toBeGreaterThanOrEqual(PAIR_THRESHOLD);
  });
});

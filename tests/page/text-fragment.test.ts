import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textDirective, textFragmentUrl } from '../../utils/page/text-fragment';

describe('text fragments', () => {
  it.each([
    ['a short sentence whole', 'Port traffic fell 12% in April.', 'Port%20traffic%20fell%2012%25%20in%20April.'],
    ['dash, comma and ampersand are encoded', 'A-B, C & D said so.', 'A%2DB%2C%20C%20%26%20D%20said%20so.'],
    ['whitespace collapsed', '  Two \n words ', 'Two%20words'],
    [
      'a long sentence as start and end words',
      'The port handled 1.6 million containers last month, according to figures released by the city government.',
      'The%20port%20handled%201.6,by%20the%20city%20government.',
    ],
    ['unicode percent-encoded', 'Café prices rose — sharply.', 'Caf%C3%A9%20prices%20rose%20%E2%80%94%20sharply.'],
  ])('%s', (_n, sentence, expected) => {
    expect(textDirective(sentence)).toBe(expected);
  });

  it('round-trips: decoding a term gives the words back', () => {
    const s = 'Officials said: “no-one, not even the mayor & council, knew.”';
    expect(decodeURIComponent(encodeFragmentTerm(s))).toBe(s);
    expect(encodeFragmentTerm(s)).not.toMatch(/[-,&\s]/);
  });

  it('encodes a sentence holding lone surrogates (as U+FFFD) instead of throwing', () => {
    // A stored text may hold half a surrogate pair (an import file's "\ud800", a text cut inside an emoji).
    expect(encodeFragmentTerm('cut \ud83d')).toBe('cut%20%EF%BF%BD');
    expect(encodeFragmentTerm('\ude00 x \ud83d\ude00')).toBe('%EF%BF%BD%20x%20%F0%9F%98%80');
    expect(textFragmentUrl('https://paper.example/a', 'Exports fell \udfff\ud800.')).toBe('https://paper.example/a#:~:text=Exports%20fell%20%EF%BF%BD%EF%BF%BD.');
  });

  it('replaces the URL’s own fragment and refuses other schemes', () => {
    expect(textFragmentUrl('https://paper.example/a?x=1#comments', 'Exports fell.')).toBe('https://paper.example/a?x=1#:~:text=Exports%20fell.');
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeNull();
    expect(textFragmentUrl('not a url', 'x')).toBeNull();
  });
});

import { describe, it, expect } from 'vitest';
import { splitSentences } from '../../../utils/engine/text/segment';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps exact, trimmed offsets', () => {
    const t = '  First one.  Second one!\n\nThird?  ';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual(['First one.', 'Second one!', 'Third?']);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('treats line breaks as hard boundaries (headlines carry no period)', () => {
    expect(texts('Beijing weighs fentanyl offer to US to start trade talks\nAddressing the gripes could help')).toEqual([
      'Beijing weighs fentanyl offer to US to start trade talks',
      'Addressing the gripes could help',
    ]);
  });

  // [input, expected sentences]: abbreviations, initials, decimals, quotes, ellipses.
  const cases: [string, string[]][] = [
    [
      'Mr. Trump, who asserts that China has cheated, has also raised tariffs. China has responded.',
      ['Mr. Trump, who asserts that China has cheated, has also raised tariffs.', 'China has responded.'],
    ],
    [
      'The developments coincided with the swearing-in Wednesday of former Republican Sen. David Perdue as US ambassador to China. It was unclear.',
      ['The developments coincided with the swearing-in Wednesday of former Republican Sen. David Perdue as US ambassador to China.', 'It was unclear.'],
    ],
    [
      'He met people at a hotel in Beverly Hills, Calif., that evening. Then he left.',
      ['He met people at a hotel in Beverly Hills, Calif., that evening.', 'Then he left.'],
    ],
    [
      'He held talks with the director under former President Joseph R. Biden Jr. Mr. Wang said the two sides had “made positive progress.”',
      ['He held talks with the director under former President Joseph R. Biden Jr.', 'Mr. Wang said the two sides had “made positive progress.”'],
    ],
    [
      'Washington agreed that U.S. sanctions be lifted on an institute. Talks resumed.',
      ['Washington agreed that U.S. sanctions be lifted on an institute.', 'Talks resumed.'],
    ],
    [
      'Exports rose to the U.S. The gains were broad.',
      ['Exports rose to the U.S.', 'The gains were broad.'],
    ],
    [
      'Growth slowed to 2.5 percent in the quarter. Analysts expected 2.7.',
      ['Growth slowed to 2.5 percent in the quarter.', 'Analysts expected 2.7.'],
    ],
    [
      '“The United States has been clear about our expectations,” National Security Council spokesman James Hewitt said. A spokesperson didn’t respond.',
      ['“The United States has been clear about our expectations,” National Security Council spokesman James Hewitt said.', 'A spokesperson didn’t respond.'],
    ],
    [
      'Asked about his expectations, Trump said Wednesday, “We’ll see,” and referred to the deficit. He said no more.',
      ['Asked about his expectations, Trump said Wednesday, “We’ll see,” and referred to the deficit.', 'He said no more.'],
    ],
    [
      'Beijing was evaluating messages that “expressed their willingness to negotiate with China on tariffs.” He, the vice premier, will visit France.',
      ['Beijing was evaluating messages that “expressed their willingness to negotiate with China on tariffs.”', 'He, the vice premier, will visit France.'],
    ],
    [
      'According to Yun Sun, “fentanyl can be the icebreaker for the two countries.” “Both parties are keen to begin negotiations.”',
      ['According to Yun Sun, “fentanyl can be the icebreaker for the two countries.”', '“Both parties are keen to begin negotiations.”'],
    ],
    [
      'The talks were… complicated, one aide said. Others disagreed... Nobody knew.',
      ['The talks were… complicated, one aide said.', 'Others disagreed...', 'Nobody knew.'],
    ],
    [
      'Dr. Smith met J. K. Rowling at 3 p.m. on Friday. She said "No comment." Then she left!',
      ['Dr. Smith met J. K. Rowling at 3 p.m. on Friday.', 'She said "No comment."', 'Then she left!'],
    ],
    [
      'Is it over? Nobody knows.',
      ['Is it over?', 'Nobody knows.'],
    ],
  ];
  it.each(cases)('splits %s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('splits every seed-style paragraph with offsets that slice back to the sentence', () => {
    const t = 'Trump has placed 145 per cent total tariffs on Beijing, which in turn slapped 125 per cent tariffs on American exports to China. Markets worldwide surged Wednesday.\nGetting in Trump’s ear\nChinese officials had spent months trying.';
    const s = splitSentences(t);
    expect(s.length).toBe(4);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });
});

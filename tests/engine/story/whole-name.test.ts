import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';

// Invented: a page on a verdict against the founder of "Tessaly Coin", two reports of that
// verdict, and a sketch of another case on the same beat, centred on "Tessaly Bank". The two
// names share their proper word; the sketch is about another body.
const DOCS: Record<string, string[]> = {
  wire: [
    'Brannock guilty on all five counts in Tessaly Coin fraud trial',
    'Former Tessaly Coin chief Orrin Brannock was found guilty on Friday of all five counts of fraud and conspiracy after a jury in Vellport deliberated for six hours.',
    'Prosecutors said Brannock took customer deposits from the Tessaly Coin exchange to pay for property and political donations.',
    'Brannock had pleaded not guilty and testified in his own defence for two days.',
    'Judge Anselm Kray set sentencing for March 14.',
  ],
  agency: [
    'Jury convicts Tessaly Coin founder Brannock of fraud',
    'A Vellport jury on Friday convicted Orrin Brannock, the founder of the Tessaly Coin exchange, of all five fraud and conspiracy counts.',
    'The jury took about six hours to reach its verdict after a four-week trial.',
    'Brannock was accused of taking customer deposits from Tessaly Coin.',
    'Judge Anselm Kray will sentence Brannock on March 14.',
  ],
  bank: [
    'Inside the courtroom as the Tessaly Bank jury came back',
    'The room went quiet on Friday when the jury in the Tessaly Bank fraud case filed in.',
    'Tessaly Bank had denied that it moved customer deposits to pay for property.',
    'Lawyers for Tessaly Bank stared at the table as each count of fraud and conspiracy was read.',
    'Outside, former Tessaly Bank customers waited for news of the verdict.',
  ],
};
const PAGE = [
  'The Brannock verdict: what the jury heard',
  'It was Friday evening in Vellport when the jury in Orrin Brannock’s fraud trial reached a verdict.',
  'For four weeks the jurors had heard from former Tessaly Coin staff who said Brannock told them to move customer deposits.',
  'Brannock took the stand for two days.',
  'The jury found him guilty on all five counts after about six hours.',
];

describe('story gate condition 5: a whole name, not its words', () => {
  const index = new CorpusIndex();
  for (const [id, text] of Object.entries(DOCS)) index.add({ id, outlet: id, outletNamed: true, headline: text[0], date: null, lang: 'en', text: text.join('\n') });
  const report = analyzePage({ title: PAGE[0], text: PAGE.join('\n') }, index);
  it('does not take "Tessaly Bank" for the page’s "Tessaly Coin"', () => {
    expect(report.coverage.map((c) => c.source).sort()).toEqual(['agency', 'wire']);
  });
});

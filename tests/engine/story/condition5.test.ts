import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';

// An invented trial (every name, outlet and place), for the story gate's condition 5: two wire
// reports of a verdict, a courtroom sketch of the same verdict written around the scene, and a
// report of another trial on the same beat, led by someone else.
const DOCS: Record<string, string[]> = {
  wire: [
    'Brannock guilty on all five counts in Tessaly Coin fraud trial',
    'Former Tessaly Coin chief Orrin Brannock was found guilty on Friday of all five counts of fraud and conspiracy after a jury in Vellport deliberated for six hours.',
    'Prosecutors said Brannock took customer deposits from the Tessaly Coin exchange to pay for property and political donations.',
    'Brannock had pleaded not guilty and testified in his own defence for two days.',
    'Judge Anselm Kray set sentencing for March 14.',
    'Brannock faces up to 90 years in prison.',
    'His lawyers said he would appeal the verdict.',
  ],
  agency: [
    'Jury convicts Tessaly Coin founder Brannock of fraud',
    'A Vellport jury on Friday convicted Orrin Brannock, the founder of the Tessaly Coin exchange, of all five fraud and conspiracy counts.',
    'The jury took about six hours to reach its verdict after a four-week trial.',
    'Brannock was accused of taking billions in customer deposits from Tessaly Coin.',
    'Judge Anselm Kray will sentence Brannock on March 14.',
    'Brannock denied the charges and said he had made mistakes but committed no crime.',
  ],
  sketch: [
    'Inside Courtroom 9 as the Brannock jury came back',
    'The room on Harlow Street went quiet a little before seven when the twelve jurors filed in.',
    'Orrin Brannock stood with his hands folded and stared at the table as each count was read.',
    'His parents sat two rows behind him and did not move.',
    'Judge Anselm Kray thanked the jurors and told Brannock he would stay in custody until sentencing.',
    'Outside on Harlow Street, a handful of former Tessaly Coin customers waited for news.',
    'One of them said she had lost her savings when the exchange froze withdrawals.',
  ],
  other: [
    'Jury convicts Marden Ledger founder Pell Yorath of fraud',
    'A Vellport jury on Friday found Pell Yorath, the founder of the Marden Ledger exchange, guilty of fraud and conspiracy.',
    'Prosecutors said Yorath took customer deposits to pay for property.',
    'Yorath had pleaded not guilty and testified for a day.',
    'Judge Ilse Varga set sentencing for April 2.',
    'Yorath faces up to 40 years in prison.',
  ],
};
const PAGE = [
  'The Brannock verdict: what the jury heard, and what comes next',
  'It was Friday evening in Vellport when the jury in Orrin Brannock’s fraud trial sent word that it had reached a verdict.',
  'For four weeks the jurors had heard from former Tessaly Coin staff who said Brannock told them to move customer deposits.',
  'Brannock took the stand for two days and said he had never meant to deceive anyone.',
  'The jury found him guilty on all five counts after about six hours.',
  'He faces up to 90 years in prison when he is sentenced in March.',
];

describe('story gate condition 5: once a document passes, the story is compared whole', () => {
  const index = new CorpusIndex();
  for (const [id, text] of Object.entries(DOCS)) index.add({ id, outlet: id, outletNamed: true, headline: text[0], date: null, lang: 'en', text: text.join('\n') });
  const report = analyzePage({ title: PAGE[0], text: PAGE.join('\n') }, index);

  it('compares a report of the same verdict written around the courtroom scene, as a companion', () => {
    // The sketch restates few of the page's sentences (its pair sum is under condition 4's bar
    // with every voucher at less than TOP_TERM_SHARE), but it is as related to the page and to
    // the wire report as two reports of one event are, and it is about the page's defendant.
    const sketch = report.coverage.find((c) => c.source === 'sketch');
    expect(sketch).toBeDefined();
    expect(sketch!.companion).toBe(true);
    expect(report.coverage.find((c) => c.source === 'wire')?.companion).toBeUndefined();
  });

  it('does not compare the other trial on the same beat', () => {
    expect(report.coverage.map((c) => c.source)).not.toContain('other');
    expect(report.claims.flatMap((c) => c.matches).filter((m) => m.source === 'other')).toEqual([]);
  });
});

describe('story gate condition 5: a document that names no one cannot show it is about the page’s actor', () => {
  // Another invented trial on the same beat, told without a single name: the same words as the
  // story's reports (a jury, an exchange's founder, fraud, deposits, Friday), so a report of the
  // story vouches for it as closely as it does for the sketch. "The page names the document's
  // central actor" held for it with nothing to check (an empty list names everyone).
  const UNNAMED = [
    'Jury convicts crypto exchange founder of fraud',
    'A jury on Friday found the founder of a crypto exchange guilty of fraud and conspiracy after a four-week trial.',
    'Prosecutors said the founder took customer deposits from the exchange to pay for property.',
    'The founder had pleaded not guilty and testified in his own defence.',
    'The jury deliberated for about six hours.',
    'Sentencing was set for April.',
  ];
  const index = new CorpusIndex();
  for (const [id, text] of Object.entries({ wire: DOCS.wire, agency: DOCS.agency, unnamed: UNNAMED })) index.add({ id, outlet: id, outletNamed: true, headline: text[0], date: null, lang: 'en', text: text.join('\n') });
  const report = analyzePage({ title: PAGE[0], text: PAGE.join('\n') }, index);

  it('is not compared as a companion', () => {
    expect(report.coverage.map((c) => c.source).sort()).toEqual(['agency', 'wire']);
  });
});

describe('story gate condition 5: a central name’s ordinary words', () => {
  // Invented: a storm page and three reports of it; the third is about the river the storm
  // flooded, "the River Sela" in each of its sentences, which the page calls "the Sela". The
  // name's part "River" is a word of English, not the name: the page names the report's actor.
  const REPORTS: Record<string, string[]> = {
    wire: ['Storm Ilse floods Lorvel', 'Storm Ilse dumped up to 300 mm of rain on parts of Lorvel on Monday, flooding hundreds of homes.', 'The capital received 120 mm.', 'Gusts of up to 210 km/h were recorded on the coast.', '120,000 homes lost power at the height of the storm.', 'Two people were killed.'],
    herald: ['Ilse: 2 dead, thousands without power', 'Storm Ilse killed two people in Lorvel on Monday.', 'About 30,000 homes are still without power on Tuesday.', 'Sustained winds reached 150 km/h.', 'The River Sela peaked at 8.4 metres on Monday, above the 7-metre flood defences.'],
    local: ['Sela bursts its banks', 'The River Sela rose to 8.4 metres on Monday.', 'The River Sela is expected to fall to 6 metres by Thursday.', 'Fifty people were rescued from homes flooded by the River Sela.'],
  };
  const STORM = ['Storm Ilse kills two in Lorvel', 'Two people died as Storm Ilse hit Lorvel on Monday.', 'Some areas got 300 mm of rain.', 'The capital had 120 mm of rain.', 'Winds gusted to 210 km/h.', 'The Sela reached 8.4 metres on Monday.', 'Around 30,000 homes still had no power on Tuesday.'];
  const index = new CorpusIndex();
  for (const [id, text] of Object.entries(REPORTS)) index.add({ id, outlet: id, outletNamed: true, headline: text[0], date: '2026-10-28', lang: 'en', text: text.join('\n') });
  const report = analyzePage({ title: STORM[0], text: STORM.join('\n'), date: '2026-10-28' }, index);

  it('compares the river’s report as a companion', () => {
    expect(report.coverage.find((c) => c.source === 'local')?.companion).toBe(true);
  });
});

describe('story gate condition 5: a whole name, not its words', () => {
  // Another case on the same beat, centred on "Tessaly Bank": the page names "Tessaly Coin", and
  // the two names share their proper word. The sketch is about another body.
  const BANK = [
    'Inside the courtroom as the Tessaly Bank jury came back',
    'The room went quiet on Friday when the jury in the Tessaly Bank fraud case filed in.',
    'Tessaly Bank had denied that it moved customer deposits to pay for property.',
    'Lawyers for Tessaly Bank stared at the table as each count of fraud and conspiracy was read.',
    'Outside, former Tessaly Bank customers waited for news of the verdict.',
  ];
  const index = new CorpusIndex();
  for (const [id, text] of Object.entries({ wire: DOCS.wire, agency: DOCS.agency, bank: BANK })) index.add({ id, outlet: id, outletNamed: true, headline: text[0], date: null, lang: 'en', text: text.join('\n') });
  const report = analyzePage({ title: PAGE[0], text: PAGE.join('\n') }, index);

  it('does not take "Tessaly Bank" for the page’s "Tessaly Coin"', () => {
    expect(report.coverage.map((c) => c.source).sort()).toEqual(['agency', 'wire']);
  });
});

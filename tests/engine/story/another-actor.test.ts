import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';

// Invented: one regulator approves two companies' medicines a year apart. The reports of one
// approval share the beat's words, the regulator, the trial design and the price talk with a
// page about the other, and none of them names the other's company or drug. coverage.ts
// `aboutAnotherActor`.
const DOCS: Record<string, string[]> = {
  wire: [
    'Health regulator approves Orvane’s kidney drug Tessalin',
    'The Medicines Review Board approved Tessalin, a twice-daily kidney pill from Orvane Biologics, on Tuesday.',
    'The approval covers adults with chronic kidney disease whose kidney function has fallen by half.',
    'In the main trial of 4,200 patients, Tessalin cut the risk of kidney failure by 24% over three years.',
    'The board’s advisory committee had voted 10-3 in favour of the pill in March.',
    'Orvane said Tessalin would cost about 6,000 crowns a year before discounts.',
    'The most common side effect of Tessalin was dizziness, reported by 9% of patients.',
    'Orvane shares rose 5% after the decision.',
  ],
  ledger: [
    'Tessalin wins approval as Orvane bets on kidney market',
    'Orvane Biologics won approval on Tuesday for Tessalin, its first kidney medicine.',
    'The Medicines Review Board said Tessalin slowed the loss of kidney function in a trial of 4,200 adults.',
    'Tessalin lowered the risk of kidney failure by about a quarter, the trial found.',
    'The national insurer will decide within 90 days whether to pay for Tessalin.',
    'Orvane’s chief executive said the company would open price talks with the insurer this month.',
    'Dizziness and low blood pressure were the side effects most often reported with Tessalin.',
  ],
};
const PAGE = [
  'Medicines Review Board approves Delvara, Carrow Pharma’s kidney pill',
  'The Medicines Review Board approved Delvara, a once-daily kidney pill from Carrow Pharma, last April.',
  'The approval covers adults with chronic kidney disease and high levels of protein in the urine.',
  'In a trial of 3,100 patients, Delvara cut the risk of kidney failure by 31% over two and a half years.',
  'The board’s advisory committee had voted 12-1 in favour of Delvara.',
  'Carrow Pharma said Delvara would cost about 4,500 crowns a year.',
  'The most common side effect of Delvara was nausea, reported by 7% of patients.',
  'The national insurer said it would pay for Delvara for patients whose kidney function had fallen by half.',
];

describe('the story gate: a page about another actor on the same beat', () => {
  const index = new CorpusIndex();
  for (const [id, text] of Object.entries(DOCS)) index.add({ id, outlet: id, outletNamed: true, headline: text[0], date: null, lang: 'en', text: text.join('\n') });

  it('compares no report of the other company’s approval, however many words they share', () => {
    const report = analyzePage({ title: PAGE[0], text: PAGE.join('\n') }, index);
    expect(report.coverage).toEqual([]);
    expect(report.claims.flatMap((c) => c.matches)).toEqual([]);
  });

  it('still compares a page on the same approval that names the company in passing only', () => {
    // centred on the insurer's decision, naming Orvane once: the page names the reports' actor
    const page = [
      'Insurer to rule on paying for Tessalin within 90 days',
      'The national insurer will decide within 90 days whether to pay for Tessalin, the kidney pill approved on Tuesday by the Medicines Review Board.',
      'The insurer’s board said Tessalin cut the risk of kidney failure by 24% in a trial of 4,200 patients.',
      'Orvane Biologics, which makes Tessalin, said it would open price talks with the insurer this month.',
      'Tessalin will cost about 6,000 crowns a year before discounts.',
    ];
    const report = analyzePage({ title: page[0], text: page.join('\n') }, index);
    expect(report.coverage.map((c) => c.source).sort()).toEqual(['ledger', 'wire']);
  });
});

import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import type { CorpusDoc } from '../../../utils/engine/types';

// A story led by a company, in a court (invented for this test, like every outlet and name in
// it): three stored reports of a jury's award against a drugmaker and a page that gives another
// sum. Nothing the engine knows was written for it: the story gate, the central claim and the
// figure cue have to work from the texts alone (issue 11, "any story").
const REPORTS: Record<string, [string, string[]]> = {
  gazette: ['The Gazette', [
    'Jury orders Halvorsen Pharma to pay $2 billion over painkiller risks',
    'A jury in Denver on Tuesday ordered Halvorsen Pharma to pay $2 billion to families who said the company hid the addiction risks of its painkiller Corvalin.',
    'The verdict came after a nine-week trial in which lawyers for 1,200 families argued that Halvorsen Pharma knew of the risks by 2014.',
    'Halvorsen Pharma said it would appeal the verdict.',
    'Shares of Halvorsen Pharma fell 8 percent in New York trading after the ruling.',
    'The families had asked for $5 billion in damages.',
    'Judge Maria Lopez will decide next month whether to add interest to the award.',
  ]],
  ledger: ['The Ledger', [
    'Halvorsen Pharma hit with $2 billion verdict in Corvalin trial',
    'Halvorsen Pharma must pay $2 billion after a Denver jury found on Tuesday that the drugmaker concealed the addiction risks of its Corvalin painkiller.',
    'The jury deliberated for two days at the end of a trial that lasted nine weeks.',
    'The company said in a statement that it disagreed with the verdict and would appeal.',
    'Halvorsen Pharma shares dropped 8 percent on Tuesday.',
    'The case was brought on behalf of 1,200 families.',
  ]],
  courier: ['The Courier', [
    'Denver jury finds Halvorsen hid Corvalin risks',
    'A Denver jury decided on Tuesday that Halvorsen Pharma concealed the risks of its painkiller Corvalin and ordered the drugmaker to pay $2 billion to the families who sued.',
    'Halvorsen Pharma plans to appeal, a spokeswoman said.',
    'The trial lasted nine weeks and heard from 40 witnesses.',
    'Corvalin was taken off the market in 2019.',
    'Lawyers for the families said the award was the largest ever in a case over a painkiller.',
    'Halvorsen Pharma had argued that doctors were warned about the risks on the label.',
  ]],
};
const PAGE = [
  'Halvorsen Pharma ordered to pay $1.5 billion in Corvalin case',
  'A jury in Denver ordered Halvorsen Pharma on Tuesday to pay $1.5 billion to families who accused the drugmaker of hiding the addiction risks of its painkiller Corvalin.',
  'The trial lasted nine weeks.',
  'Halvorsen Pharma said it would appeal.',
  'Shares of the company fell 8 percent after the verdict.',
  'Corvalin was withdrawn from sale in 2019.',
  'Lawyers for the families had argued that the company knew of the risks for years and kept them from doctors.',
  'The families had sought $5 billion in damages.',
];

describe('a court story led by a company', () => {
  const index = new CorpusIndex();
  for (const [id, [outlet, text]] of Object.entries(REPORTS)) {
    const doc: CorpusDoc = { id, outlet, outletNamed: true, headline: text[0], date: null, lang: 'en', text: text.join('\n') };
    index.add(doc);
  }
  const report = analyzePage({ title: PAGE[0], text: PAGE.join('\n') }, index);
  const claim = (start: string) => report.claims.find((c) => c.text.startsWith(start))!;

  it('passes the story gate for every report of it', () => {
    expect(report.coverage.map((c) => c.source).sort()).toEqual(['courier', 'gazette', 'ledger']);
  });

  it('tells the award apart, in the words of both sides', () => {
    const award = claim('A jury in Denver ordered').matches.filter((m) => m.relation === 'contradicts');
    expect(award.length).toBeGreaterThan(0);
    for (const m of award) expect(m.why).toMatch(/\$2 billion.*this page: \$1\.5 billion/);
  });

  it('contradicts nothing but the award', () => {
    const others = report.claims.filter((c) => !/\$1\.5 billion/.test(c.text));
    expect(others.flatMap((c) => c.matches.filter((m) => m.relation === 'contradicts').map((m) => `${c.text} / ${m.text}`))).toEqual([]);
  });

  it('finds the appeal in two reports and the damages sought in one', () => {
    // (The Ledger's "The company said … it would appeal" is missed: "the company" is not yet read as Halvorsen.)
    expect(claim('Halvorsen Pharma said it would appeal').matches.map((m) => m.source)).toEqual(expect.arrayContaining(['gazette', 'courier']));
    expect(claim('The families had sought').matches.map((m) => [m.source, m.relation])).toEqual([['gazette', 'agree']]);
  });
});

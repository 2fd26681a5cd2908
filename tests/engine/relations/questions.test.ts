// A question asks; it reports nothing. Neither a question claim nor a question in a stored
// article (a headline such as "Will the drugmaker appeal?") is paired, restates the story's
// claim, or is listed as something the page leaves out. Invented story and outlets.
import { describe, expect, it } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import { asksQuestion } from '../../../utils/engine/text/features';

const REPORTS: Record<string, [string, string[]]> = {
  gazette: ['The Gazette', [
    'Will Halvorsen Pharma appeal the $2 billion Corvalin verdict?',
    'A jury in Denver on Tuesday ordered Halvorsen Pharma to pay $2 billion to families who said the company hid the addiction risks of its painkiller Corvalin.',
    'Halvorsen Pharma said it would appeal the verdict.',
    'Shares of Halvorsen Pharma fell 8 percent in New York trading after the ruling.',
  ]],
  ledger: ['The Ledger', [
    'Halvorsen Pharma hit with $2 billion verdict in Corvalin trial',
    'Halvorsen Pharma must pay $2 billion after a Denver jury found on Tuesday that the drugmaker concealed the addiction risks of its Corvalin painkiller.',
    'The company said in a statement that it disagreed with the verdict and would appeal.',
    'What does the Corvalin verdict mean for Halvorsen Pharma shares?',
    'Could the Corvalin litigation reach the Supreme Court before the spring of 2028?',
  ]],
  courier: ['The Courier', [
    'Denver jury finds Halvorsen hid Corvalin risks',
    'A Denver jury decided on Tuesday that Halvorsen Pharma concealed the risks of its painkiller Corvalin and ordered the drugmaker to pay $2 billion to the families who sued.',
    'Halvorsen Pharma plans to appeal the Corvalin verdict, a spokeswoman said.',
  ]],
};
const PAGE = [
  'Denver jury orders Halvorsen Pharma to pay $2 billion over Corvalin',
  'A Denver jury on Tuesday ordered Halvorsen Pharma to pay $2 billion to families who accused the drugmaker of hiding the addiction risks of its painkiller Corvalin.',
  'Halvorsen Pharma said it would appeal the $2 billion verdict.',
  'Will the $2 billion Corvalin verdict against Halvorsen Pharma stand on appeal?',
].join('\n');

function library(): CorpusIndex {
  const index = new CorpusIndex();
  for (const [id, [outlet, lines]] of Object.entries(REPORTS)) {
    index.add({ id, outlet, outletNamed: true, headline: lines[0], date: '2026-03-03', lang: 'en', text: lines.join('\n') });
  }
  return index;
}

describe('asksQuestion', () => {
  it.each([
    ['When will the defendant be sentenced?', true],
    ['“Why would we settle?”', true],
    ['Who pays? (Not the company.)', false], // the sentence ends in a statement
    ['“Why would we settle?” the lawyer asked.', false], // reports that someone asked
    ['The company will appeal.', false],
  ])('%s → %s', (text, expected) => expect(asksQuestion({ text })).toBe(expected));
});

describe('questions are never paired', () => {
  const report = analyzePage({ title: 'Halvorsen verdict', text: PAGE, lang: 'en' }, library());
  it('the page is on the story: its appeal claim is paired with the others’ statements', () => {
    const appeal = report.claims.find((c) => c.text.startsWith('Halvorsen Pharma said it would appeal'))!;
    expect(appeal.matches.length).toBeGreaterThan(0);
  });
  it('no match is a question, and a question claim has no match', () => {
    for (const c of report.claims) {
      if (asksQuestion(c)) expect(c.matches).toEqual([]);
      for (const m of c.matches) expect(asksQuestion(m), `${c.text} → ${m.text}`).toBe(false);
    }
  });
  it('a question is not listed as what the page leaves out', () => {
    expect(report.additions.length).toBeGreaterThan(0);
    for (const a of report.additions) {
      expect(asksQuestion(a)).toBe(false);
      for (const also of a.alsoReportedBy) expect(asksQuestion(also)).toBe(false);
    }
  });
});

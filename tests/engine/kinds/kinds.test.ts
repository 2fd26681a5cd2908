// Stories of kinds the labelled sets do not cover (tests/engine/kinds/stories.ts): every report is
// compared, a claim is paired with the reports that restate it, and the only contradictions shown
// are the ones the page's text really makes, each with its proof.
import { describe, expect, it } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { BID, CUP_FINAL, EARNINGS, FLOOD, HEAT, LANDING, TRIAL, MATCH, OBITUARY, RATES, RUNOFF, SENTENCING, STORM, STRIKE, TAKEOVER, TRANSFER, VOTE, WILDFIRE, storyDocs, storyPage, type KindStory } from './stories';

function report(story: KindStory) {
  const index = new CorpusIndex();
  for (const doc of storyDocs(story)) index.add(doc);
  return analyzePage(storyPage(story), index);
}
const claim = (r: ReturnType<typeof report>, start: string) => r.claims.find((c) => c.text.startsWith(start))!;
const contradictions = (r: ReturnType<typeof report>) =>
  r.claims.flatMap((c) => c.matches.filter((m) => m.relation === 'contradicts').map((m) => [c.text.slice(0, 30), m.source, m.proof?.kind]));

// Not yet (known gaps of the story gate on these short reports, left as they are): the transfer's
// report from the selling club's side (its most-named actor is that club), the obituary's, the
// match's and the earnings' third reports restate too few of the page's sentences.
describe.each([CUP_FINAL, RUNOFF, TAKEOVER, LANDING, SENTENCING, WILDFIRE, STRIKE, STORM, RATES, VOTE, FLOOD, HEAT, TRIAL, BID])('$kind', (story) => {
  it('compares every stored report of the story', () => {
    expect(report(story).coverage.map((c) => c.source).sort()).toEqual(Object.keys(story.reports).sort());
  });
});

describe('one library holding every story and the seeds', () => {
  const ALL = [CUP_FINAL, RUNOFF, TAKEOVER, LANDING, SENTENCING, WILDFIRE, STRIKE, TRANSFER, STORM, RATES, OBITUARY, VOTE, MATCH, FLOOD, EARNINGS, HEAT, TRIAL, BID];
  const mixed = new CorpusIndex();
  for (const story of ALL) for (const doc of storyDocs(story)) mixed.add({ ...doc, id: story.kind + ':' + doc.id });
  for (const doc of loadSeedDocs()) mixed.add(doc);
  const verdicts = (r: ReturnType<typeof analyzePage>) => r.claims.map((c) => c.matches.map((m) => [m.source.split(':').pop(), m.sentenceIndex, m.relation, m.why]));
  it.each(ALL)('gives $kind the same verdicts as its own library', (story) => {
    expect(verdicts(analyzePage(storyPage(story), mixed))).toEqual(verdicts(report(story)));
  });
  it('gives the seed story nothing from the other stories', () => {
    for (const doc of loadSeedDocs()) {
      const r = analyzePage({ title: doc.headline, text: doc.text }, mixed);
      expect(r.claims.flatMap((c) => c.matches).filter((m) => m.source.includes(':'))).toEqual([]);
    }
  });
});

describe.each([CUP_FINAL, TAKEOVER])('another event than $kind, with the same actors', (story) => {
  // the semi-final a few days before the final; another deal by the same buyer
  it('is not compared with the story at all', () => {
    const index = new CorpusIndex();
    for (const doc of storyDocs(story)) index.add(doc);
    const r = analyzePage({ title: story.otherEvent![0], text: story.otherEvent!.join('\n'), lang: 'en' }, index);
    expect(r.coverage).toEqual([]);
    expect(r.claims.flatMap((c) => c.matches)).toEqual([]);
  });
});

describe('a cup final', () => {
  const r = report(CUP_FINAL);
  it('reads a scoreline as one result, told apart from another without a clash', () => {
    const result = claim(r, 'Harbourside won 2-1');
    expect(result.matches.filter((m) => m.why.startsWith('figures differ: 2-1 here')).map((m) => m.source).sort()).toEqual(['a', 'b', 'c']);
    expect(contradictions(r)).toEqual([]);
  });
  it('pairs a scorer’s claim with each report of it', () => {
    expect(claim(r, 'Tom Reyes scored both').matches.map((m) => m.source).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('a runoff election', () => {
  const r = report(RUNOFF);
  it('shows the one stance the page reverses, with its proof', () => {
    expect(contradictions(r)).toEqual([['Hansen conceded and said he wo', 'post', 'polarity']]);
  });
  it('does not call a rounded share a different figure', () => {
    for (const m of claim(r, 'Elena Marlow won').matches) expect(m.why).not.toMatch(/differ/);
  });
});

describe('a takeover', () => {
  const r = report(TAKEOVER);
  it('shows the premium the page gives otherwise, with its proof', () => {
    expect(contradictions(r)).toEqual([['The price is a 30% premium to ', 'wire', 'figure']]);
  });
  it('pairs the earlier bid with the report of it', () => {
    expect(claim(r, 'Norvik previously tried').matches.map((m) => m.source)).toContain('tech');
  });
});

describe('a lunar landing', () => {
  const r = report(LANDING);
  it('shows the touchdown time and the distance the page gives otherwise, with their proofs', () => {
    expect(contradictions(r)).toEqual([
      ['The Selene-2 lander touched do', 'wire', 'date'],
      ['The Selene-2 lander touched do', 'sci', 'date'],
      ['It landed about 2 km from its ', 'wire', 'figure'],
    ]);
  });
  it('reads no figure in a craft’s name', () => {
    for (const c of r.claims) for (const m of c.matches) expect(m.why).not.toMatch(/same figures: [12]\b/);
  });
});

describe('a sentencing', () => {
  const r = report(SENTENCING);
  it('shows only the prison term the page gives otherwise, with its proof, against every report', () => {
    const shown = r.claims.flatMap((c) => c.matches.filter((m) => m.relation === 'contradicts').map((m) => ({ source: m.source, proof: m.proof! })));
    expect([...new Set(shown.map((m) => m.source))].sort()).toEqual(['courier', 'ledger', 'wire']);
    for (const { proof } of shown) {
      expect(proof.kind).toBe('figure');
      expect(proof.page.value).toMatch(/^(ten|10) years$/);
      expect(proof.other.value).toBe('12 years');
    }
  });
  it('does not pair two sentences that share only the person’s age', () => {
    expect(claim(r, 'The 52-year-old is expected').matches).toEqual([]);
  });
  it('pairs a sentence led by “He” with a report that names him, and says an age as one', () => {
    const m = claim(r, 'He was convicted in November').matches.find((x) => x.source === 'wire')!;
    expect(m.why).toBe('adds: aged 52, up to 20 years');
  });
});

describe('a wildfire', () => {
  const r = report(WILDFIRE);
  it('shows the homes the page counts otherwise, and nothing else', () => {
    expect(contradictions(r)).toEqual([
      ['Ridge Fire destroys 40 homes n', 'wire', 'figure'],
      ['The Ridge Fire near Cedar Fall', 'wire', 'figure'],
    ]);
  });
  it('pairs “It was 15% contained” with the reports of the fire’s containment', () => {
    expect(claim(r, 'It was 15% contained').matches.map((m) => m.source).sort()).toEqual(['gazette', 'herald', 'wire']);
  });
});

describe('a strike', () => {
  it('shows the number of strikers the page gives otherwise, and not the two sides’ pay figures', () => {
    expect(contradictions(report(STRIKE))).toEqual([['Some 2,300 dockworkers at Port', 'wire', 'figure']]);
  });
});

describe('a transfer', () => {
  const r = report(TRANSFER);
  it('reads a fee and its add-ons as parts of the larger figure, not a clash', () => {
    expect(contradictions(r)).toEqual([]);
    expect(claim(r, 'Westbrook sign Castell').matches.map((m) => m.relation)).not.toContain('contradicts');
  });
});

describe('a storm', () => {
  const r = report(STORM);
  it('does not read “without power” against “power restored to all but 20,000” as a clash', () => {
    expect(contradictions(r)).toEqual([]);
    expect(claim(r, 'Some 20,000 homes').matches.map((m) => [m.source, m.relation]).sort()).toEqual([['post', 'agree'], ['wire', 'agree']]);
  });
});

describe('a central bank decision', () => {
  const r = report(RATES);
  it('shows the rate the page gives otherwise, with its proof', () => {
    expect(contradictions(r)).toEqual([
      ['Bank of Marden raises rates to', 'wire', 'figure'],
      ['Bank of Marden raises rates to', 'times', 'figure'],
      ['The Bank of Marden raised inte', 'wire', 'figure'],
    ]);
  });
  it('pairs a short sentence with a restatement that shares only its figure and what it measures', () => {
    expect(claim(r, 'Inflation reached 3.8% in May').matches.map((m) => [m.source, m.relation]).sort()).toEqual([['journal', 'agree'], ['wire', 'adds']]);
  });
});

describe('an obituary', () => {
  const r = report(OBITUARY);
  it('shows the number of novels the page gives otherwise, and reads every age as the same', () => {
    expect(contradictions(r)).toEqual([['He wrote 21 novels, including ', 'wire', 'figure']]);
    for (const m of claim(r, 'Teodor Amsel, the Austrian').matches) expect(m.why).not.toMatch(/adds: 87|differ/);
  });
});

describe('a parliamentary election', () => {
  const r = report(VOTE);
  it('shows only the seat count the page gives otherwise, never the chamber’s size, the exit poll or the majority', () => {
    expect(contradictions(r)).toEqual([['Mira Koss’s Liberal Union won ', 'wire', 'figure']]);
    const proof = claim(r, 'Mira Koss’s Liberal Union won').matches.find((m) => m.relation === 'contradicts')!.proof!;
    expect([proof.page.value, proof.other.value]).toEqual(['64', '61']);
  });
});

describe('a league match', () => {
  const r = report(MATCH);
  it('tells the goal’s minute that differs in neutral words, and shows no contradiction', () => {
    expect(contradictions(r)).toEqual([]);
    expect(claim(r, 'Lucas Ferro scored').matches.find((m) => m.source === 'wire')?.why).toBe('numbers differ: 36th minute here, 34th minute in The Wire');
  });
});

describe('a follow-up two days later', () => {
  const r = report(FLOOD);
  it('is compared with the first day’s reports although its lede dates the toll’s update, not the flood', () => {
    expect(r.coverage.map((c) => c.source).sort()).toEqual(['herald', 'wire']);
  });
  it('tells the toll that rose as a difference with both reports’ days, not as a contradiction', () => {
    // "rose to 14" is where a running tally has got to: two moments of one series, not one figure told twice
    const toll = claim(r, 'The death toll from floods').matches;
    expect(toll.filter((m) => m.relation === 'contradicts')).toEqual([]);
    const differ = toll.filter((m) => m.why.startsWith('figures differ'));
    expect(differ.length).toBeGreaterThan(0);
    for (const m of differ) {
      expect(m.relation).toBe('adds');
      expect(m.why).toMatch(/14 here \(14 Oct\), .*nine.* \(12 Oct\)$/i);
    }
  });
  it('pairs the earlier flood’s toll with the report of it, not with this one’s', () => {
    const past = claim(r, 'Floods in the valley killed 23');
    expect(past.matches.map((m) => m.relation)).not.toContain('contradicts');
    expect(past.matches.map((m) => m.text)).toContain('In 2019, floods in the same valley killed 23 people.');
  });
});

describe.each([
  [EARNINGS, []],
  // a long report with earlier offers, a stake, the threshold for control, a past deal, the share price: no clash
  [BID, []],
  // four deaths against three; 'at least three … since Saturday' is a bound, no clash
  [HEAT, [['Four people have died of heat ', 'daily', 'figure']]],
  [TRIAL, [['Corvane heart pill reduces att', 'wire', 'figure'], ['Corvane Pharma’s experimental ', 'wire', 'figure']]],
] as [KindStory, string[][]][])('$kind', (story, expected) => {
  it('shows only the contradictions the page makes, each with its proof', () => {
    expect(contradictions(report(story))).toEqual(expected);
  });
});

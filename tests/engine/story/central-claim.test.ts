import { describe, it, expect } from 'vitest';
import { beatTerms, centralRestatements, centralProfile, ledeFrame, ledeOf, namesStoryTerms, statesFrame } from '../../../utils/engine/story/central-claim';
import { storyActors } from '../../../utils/engine/story/background';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { splitSentences } from '../../../utils/engine/text/segment';

// Four outlets on one invented story (a port operator weighing a wage offer to end a strike),
// written for this test: each states the central claim in its headline and lede in its own
// words, then moves on to narrower facts about the same people.
const ARTICLES = [
  'Port operator weighs wage offer to end dockworkers strike\n' +
    'The harbour authority is considering a wage offer to the dockworkers union in a bid to end the strike, people familiar with the talks said.\n' +
    'The union leader, Maria Costa, met the harbour authority chairman on Tuesday.\n' +
    'Ships have queued outside the port for nine days.',
  'Harbour authority mulls pay deal to end strike at port\n' +
    'A pay offer to striking dockworkers is under consideration at the harbour authority, which hopes it will end the strike.\n' +
    'Maria Costa said the union had not received any proposal.\n' +
    'Exporters say the strike costs them millions each day.\n' +
    'The dockworkers strike over wages is the longest the harbour authority has faced at the port.',
  'Strike at the port could end as authority considers wage offer\n' +
    'The harbour authority may offer higher wages to the dockworkers to end a strike that has shut the port.\n' +
    'The chairman of the harbour authority declined to comment on Tuesday.\n' +
    'The news that the authority was weighing a wage offer to end the strike was first reported by a local paper.\n' +
    '“The harbour authority is weighing a wage offer to end the strike,” said Tom Berg, a labour economist, “and the union should take it.”',
  'Dockworkers strike enters ninth day\n' +
    'The harbour authority is weighing an offer on wages to the union to end the strike, according to two officials.\n' +
    'The dockworkers union has about 4,000 members.\n' +
    'Back in 2019, the harbour authority weighed a wage offer to the union to end a strike at the port.',
  'Harbour authority considers wage offer to end strike, opening way for Friday meeting with union in Rotterdam\n' +
    'Union meeting in Rotterdam on Friday\n' +
    'The union and the authority could meet in Rotterdam on Friday, opening the way for a deal.',
];
const feats = (text: string) => splitSentences(text).map(sentenceFeatures);

describe('central claim', () => {
  const docs = ARTICLES.map(feats);
  const central = centralRestatements(docs);
  const isCentral = (doc: number, startsWith: string) => {
    const i = docs[doc].findIndex((s) => s.text.startsWith(startsWith));
    expect(i).toBeGreaterThanOrEqual(0);
    return central[doc].has(i);
  };

  it.each([
    [0, 'The harbour authority is considering a wage offer'],
    [1, 'A pay offer to striking dockworkers'],
    [2, 'The harbour authority may offer higher wages'],
    [2, 'The news that the authority was weighing'], // a restatement far from the top
    [3, 'The harbour authority is weighing an offer'],
    [4, 'The union and the authority could meet in Rotterdam'], // repeats its headline (deck)
  ])('restates the central claim: doc %i "%s…"', (doc, text) => {
    expect(isCentral(doc, text)).toBe(true);
  });

  it.each([
    [0, 'The union leader, Maria Costa, met'],
    [1, 'Maria Costa said the union'],
    [2, 'The chairman of the harbour authority declined'],
    [3, 'The dockworkers union has about'],
    [1, 'Exporters say the strike costs'],
    [1, 'The dockworkers strike over wages'], // the subject and actors, but none of the ledes' acts
    [4, 'Union meeting in Rotterdam on Friday'], // a short subhead names a theme
    [3, 'Back in 2019, the harbour authority weighed'], // an earlier episode in the same words
    [2, '“The harbour authority is weighing a wage offer'], // someone's quoted words, not the outlet's claim
  ])('same actors, another fact: doc %i "%s…"', (doc, text) => {
    expect(isCentral(doc, text)).toBe(false);
  });

  it.each([
    ['Headline without a period\nA deck under it\nThe first sentence of the body. The second one.', 3],
    ['Headline without a period\nThe first sentence of the body. The second one.', 2],
    ['The first sentence of the body, no headline. The second one. The third one.', 1],
  ])('the lede is the headline and deck, if any, and the first body sentence: %j', (text, n) => {
    expect(ledeOf(feats(text)).length).toBe(n);
  });

  it('keeps at most three restatements per document (the strongest)', () => {
    const chatty = feats(
      'Harbour authority weighs wage offer to end dockworkers strike\n' +
        'The harbour authority is considering a wage offer to the dockworkers union to end the strike.\n' +
        'A wage offer could end the strike, the harbour authority believes.\n' +
        'Dockworkers expect the harbour authority to offer higher wages soon.\n' +
        'The strike would end with a wage deal, the union says of the authority’s offer.\n' +
        'An offer on pay to end the dockworkers strike is under consideration.',
    );
    const sets = centralRestatements([...docs, chatty]);
    expect(sets[docs.length].size).toBeLessThanOrEqual(3);
    expect(sets[docs.length].size).toBeGreaterThanOrEqual(1);
  });

  it('finds no restatement when the ledes carry no act the lexicon knows', () => {
    // Three reports of a landslide (written for this test): the ledes share only what identifies
    // the event (the valley, the road, the bus), and "buried" / "swept" are in no event class.
    const slide = [
      'Landslide buries mountain road in Tarn valley\nA landslide buried the mountain road above the Tarn valley village on Sunday, trapping a bus.\nRescuers reached the bus by nightfall.',
      'Mud sweeps bus off Tarn valley road\nMud swept a bus off the mountain road above the Tarn valley village on Sunday.\nThe driver was taken to hospital.',
      'Tarn valley road closed after landslide\nThe mountain road above the Tarn valley village stayed closed after a landslide hit a bus on Sunday.\nEngineers will inspect the slope.',
    ].map(feats);
    expect(centralRestatements(slide).every((s) => s.size === 0)).toBe(true);
  });

  it('needs ledes from at least three documents', () => {
    expect(centralProfile(docs.slice(0, 2).map(ledeOf))).toBeNull();
    expect(centralRestatements(docs.slice(0, 2)).every((s) => s.size === 0)).toBe(true);
  });
});

// Five outlets on another invented story (Canada weighing limits on lumber exports to restart
// talks with the US). One opens with an anecdote (a delayed lede) and states the claim further
// down, worded apart from the others' ledes.
const LUMBER = [
  'Canada weighs lumber export limits to restart talks with US\n' +
    'Ottawa is considering limits on softwood lumber exports to restart trade talks with Washington, officials said.',
  'Canada is looking into lumber export curbs as an opening for talks with the United States, according to two people briefed on it.',
  'Ottawa is weighing a cap on lumber exports that could pave the way for negotiations with the US, people familiar with the matter said.',
  'Lumber could open the door to talks: Canada is considering curbs on exports of the wood, a minister said.',
  'When the lumber mill in Merritt closed last winter, half the town lost its work.\n' +
    'The mill had shipped most of its boards south for forty years.\n' +
    'Canada is considering a cap on lumber exports to the United States, two officials said.\n' +
    '“Canada has managed its forests better than anyone,” said Ms. Roy, who had not heard of Ottawa’s plan to propose a lumber deal.\n' +
    '“Canada is considering every option on lumber,” a mill owner in Merritt told the local paper.\n' +
    'The United States is considering new duties on Canadian lumber.\n' +
    'Canada is not considering any lumber cap, a spokesman for the opposition claimed.\n' +
    'Curbing lumber shipments could be one way to break the deadlock.\n' +
    'Lumber as an opening\n' +
    '“Lumber is our best opening,” said a mill owner.\n' +
    'Lumber prices rose for a third week.',
];

describe('central claim as a frame (subject, act, object, mood of most ledes)', () => {
  const docs = LUMBER.map(feats);
  const frame = ledeFrame(docs.map(ledeOf))!;
  const delayed = docs[4];
  const sentence = (startsWith: string) => delayed.find((s) => s.text.startsWith(startsWith))!;

  it('reads the frame off the ledes', () => {
    expect(frame).not.toBeNull();
    expect([...frame.subjects]).toEqual(['canada']);
    expect(frame.acts.has('consider')).toBe(true);
    expect(frame.objects).toContain('lumber');
    expect(frame.hedged).toBe(true);
  });

  it('finds the claim a delayed lede states further down', () => {
    const s = sentence('Canada is considering a cap');
    expect(statesFrame(s, frame)).toBe(true);
    expect(centralRestatements(docs)[4].has(delayed.indexOf(s))).toBe(true);
  });

  it.each([
    ['“Canada is considering every'], // a source's words: the subject and act inside a quotation
    ['“Canada has managed'], // the act after Ottawa is a proposal, not the frame's act
    ['The United States is considering'], // another subject's act
    ['Canada is not considering'], // the act negated
    ['When the lumber mill in Merritt'], // the anecdote: no act of the frame, not hedged
  ])('does not take "%s…" for the claim', (start) => {
    expect(statesFrame(sentence(start), frame)).toBe(false);
  });

  it('takes a full sentence with every story word of the ledes, in its own words, for the claim', () => {
    expect(frame.storyTerms).toEqual(expect.arrayContaining(['lumber', 'opportunity']));
    expect(namesStoryTerms(sentence('Curbing lumber shipments could be one way'), frame)).toBe(true);
    expect(centralRestatements(docs)[4].has(delayed.indexOf(sentence('Curbing lumber shipments')))).toBe(true);
  });

  it.each([
    ['Lumber as an opening'], // a subhead names a theme
    ['“Lumber is our best opening,”'], // a source's quoted remark
    ['Lumber prices rose'], // one story word is a topic
  ])('does not take "%s…" for the claim on its story words', (start) => {
    expect(namesStoryTerms(sentence(start), frame)).toBe(false);
  });

  it("reads each lede's act off its first event word: the talks in 'weighs an offer to start talks' are its purpose", () => {
    expect(frame.acts.has('consider')).toBe(true);
    expect(frame.acts.has('contact')).toBe(false);
    const s = feats('Ottawa may put its trade minister in charge of any lumber talks with the Americans.')[0];
    expect(statesFrame(s, frame)).toBe(false);
  });

  it('counts the act and the mood among the ledes that report one: anecdotes do not vote', () => {
    const ledes = [
      'Canada weighs lumber export limits to restart talks with US',
      'Canada is considering a cap on lumber exports, officials said.',
      'Ottawa is weighing lumber export curbs, two people said.',
      'The lumber yard in Merritt was quiet last winter.',
      'Lumber trucks lined the highway near Kamloops for a mile.',
      'At dawn the lumber mill’s whistle sounded for the last time.',
    ].map((text) => ledeOf(feats(text)));
    const f = ledeFrame(ledes)!;
    expect(f.acts.has('consider')).toBe(true);
    expect(f.hedged).toBe(true);
  });

  it('does not take a side plan that shares the ledes’ actors and idioms but not their object for the claim', () => {
    const ledes = [
      'Canada weighs lumber export limits to restart talks with US\nOttawa is considering limits on lumber exports to restart trade talks with Washington.',
      'Canada is looking into lumber export curbs as a way to restart talks with the United States.',
      'Ottawa is weighing a cap on lumber exports to restart negotiations with the US, people said.\n' +
        'That plan would include sending Canada’s trade minister to Washington to restart the talks with the US.',
    ].map(feats);
    const side = ledes[2].findIndex((s) => s.text.startsWith('That plan would include'));
    expect(centralRestatements(ledes)[2].has(side)).toBe(false);
  });

  it('has no frame without enough ledes', () => {
    expect(ledeFrame(docs.slice(0, 2).map(ledeOf))).toBeNull();
  });
});

// Four outlets on a story led by a company (invented for this test: a steelmaker weighing the
// closure of one plant). The company's name is in nearly every sentence of the story, like the
// two countries of a trade dispute: it is the story's actor, found from the story's own
// sentences (background.ts), and weighs as a beat word, not as the claim's object.
const STEEL = [
  'Nordvik Steel weighs closing its Tamar plant to cut costs\n' +
    'Nordvik Steel is considering the closure of its Tamar plant to cut costs, people briefed on the plan said.\n' +
    'Nordvik Steel is also weighing the closure of its mill in Denmark to cut costs, its chief executive said.\n' +
    'Nordvik Steel employs about 3,000 people.',
  'Nordvik may shut Tamar steel plant\n' +
    'Nordvik is weighing whether to shut its Tamar plant as costs climb, two managers said.\n' +
    'Nordvik reported a loss for the third quarter in a row.',
  'Steelmaker Nordvik considers plant closure in Tamar\n' +
    'The closure of the Tamar plant is under consideration at Nordvik, which blames energy costs.\n' +
    'Nordvik shares fell 4 percent.',
  'Nordvik Steel mulls Tamar plant closure\n' +
    'Nordvik Steel is weighing closing the Tamar plant, according to a union official.\n' +
    'Nordvik Steel built the plant in 1968.',
];

describe('central claim of a story led by a company', () => {
  const docs = STEEL.map(feats);

  it('finds the company among the story’s actors and weighs it as a beat word', () => {
    const actors = storyActors(docs.flat());
    expect(actors.has('nordvik')).toBe(true);
    expect(beatTerms(actors).has('nordvik')).toBe(true);
    const frame = ledeFrame(docs.map(ledeOf), actors)!;
    expect(frame.objects).not.toContain('nordvik');
    expect([...frame.subjects]).toEqual(['nordvik']);
  });

  it('restates the closure of the plant, not the same company’s plan for another mill', () => {
    const central = centralRestatements(docs);
    const at = (start: string) => docs[0].findIndex((s) => s.text.startsWith(start));
    expect(central[0].has(at('Nordvik Steel is considering the closure'))).toBe(true);
    expect(central[0].has(at('Nordvik Steel is also weighing the closure'))).toBe(false);
  });
});

// Three outlets, written for this test: two report an offer on lumber to open talks; the third
// (the page, first) reports only that the two countries will hold talks. Its headline and lede
// share the others' countries, "trade talks" and their act, which is all beat, so they restate
// nothing: pairing them with "weighs a lumber offer" as the same claim would mislead.
describe('a sentence of beat words and actors only', () => {
  const docs = [
    'Canada and Mexico to hold trade talks in Geneva\nOfficials from Canada are considering a proposal to meet Mexico for trade talks in Geneva next week, the government said.\nThe talks would be the first since March.',
    'Canada weighs lumber offer to open trade talks with Mexico\nCanada is considering an offer on lumber to Mexico to open trade talks, officials said.\nMexico has not replied.',
    'Lumber offer could open Canada-Mexico trade talks\nIn Ottawa, Canada is weighing an offer on lumber that could open talks with Mexico.\nLumber exports from Canada to Mexico fell in May.',
  ].map(feats);
  const central = centralRestatements(docs);

  it('does not restate the central claim', () => {
    expect(central[0].size).toBe(0);
  });

  it('while the ledes that name the lumber offer do', () => {
    expect(central[1].has(0) && central[1].has(1)).toBe(true);
    expect(central[2].has(0) && central[2].has(1)).toBe(true);
  });
});

// Issue 20 item 1: a polarity, antonym or person contradiction needs the same act with the same
// subject and the same object on both sides. Where the sentences show two subjects, two clauses
// or two destinations, no contradiction is claimed; where they do not show it (a pronoun, a
// passive), the cue decides as before.
import { describe, it, expect } from 'vitest';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { classify, contradiction } from '../../../utils/engine/relations/relations';
import { figureHolder, subjectBefore } from '../../../utils/engine/relations/predicate-frame';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });
const cueKinds = (a: string, b: string) => [contradiction(feat(a), feat(b), 'Other')?.kind ?? null, contradiction(feat(b), feat(a), 'Other')?.kind ?? null];

describe('subjectBefore', () => {
  const subjectOf = (text: string, word: string) => {
    const f = feat(text);
    const tok = f.seq.find(([k]) => k === feat(word).seq[0][0])![1];
    return subjectBefore(f, tok);
  };
  it('reads the noun phrase before the verb group', () => {
    expect(subjectOf('Cabin crew backed the new contract.', 'backed')).toEqual(expect.arrayContaining([feat('crew').seq[0][0]]));
    expect(subjectOf('Pilots did not back the new contract.', 'back')).toEqual([feat('pilots').seq[0][0]]);
    // a fronted adverbial ends at its comma
    expect(subjectOf('On Monday, pilots did not back the new contract.', 'back')).toEqual([feat('pilots').seq[0][0]]);
    // a reported clause starts after the verb of saying
    expect(subjectOf('The union said pilots would not back the contract.', 'back')).toEqual([feat('pilots').seq[0][0]]);
  });
  it('names no subject for a pronoun, a passive or an infinitive', () => {
    expect(subjectOf('They did not back the new contract.', 'back')).toBeNull();
    expect(subjectOf('The union said it would not back the contract.', 'back')).toBeNull();
    expect(subjectOf('The contract was not backed by the pilots.', 'backed')).toBeNull();
    // an infinitive after a word that may be its own subject ("wants Washington to cut")
    expect(subjectOf('The union wants Lena Holt to back the contract.', 'back')).toBeNull();
  });
  it('gives an infinitive the subject of the negation verb or adjective it completes', () => {
    expect(subjectOf('The pilots refused to back the contract.', 'back')).toEqual([feat('pilots').seq[0][0]]);
    expect(subjectOf('The pilots were not willing to back the contract.', 'back')).toEqual([feat('pilots').seq[0][0]]);
  });
});

describe('polarity and antonyms need one subject', () => {
  it('no polarity clash when each side names another subject before the verb', () => {
    expect(cueKinds('Pilots did not back the new contract.', 'Cabin crew backed the new contract.')).toEqual([null, null]);
    expect(classify(feat('Pilots did not back the new contract.'), feat('Cabin crew backed the new contract.'), 'Other').relation).not.toBe('contradicts');
  });
  it('no polarity clash when another subject refuses or is unable to act', () => {
    expect(cueKinds('The pilots refused to back the contract.', 'Cabin crew backed the contract.')).toEqual([null, null]);
    expect(cueKinds('The pilots were unable to reach the airport.', 'Cabin crew reached the airport.')).toEqual([null, null]);
    expect(cueKinds('The pilots refused to back the contract.', 'The pilots backed the contract.')).toEqual(['polarity', 'polarity']);
  });
  it('no antonym clash when two actors do opposite acts to one thing', () => {
    expect(cueKinds('The board approved the merger.', 'The regulator rejected the merger.')).toEqual([null, null]);
  });
  it('the same subject, a pronoun or a passive keeps the clash', () => {
    expect(cueKinds('Pilots did not back the new contract.', 'Pilots backed the new contract.')).toEqual(['polarity', 'polarity']);
    expect(cueKinds('They did not back the new contract.', 'Cabin crew backed the new contract.')).toEqual(['polarity', 'polarity']);
    expect(cueKinds('The board approved the merger.', 'The board rejected the merger.')).toEqual(['antonym', 'antonym']);
    expect(cueKinds('It approved the merger.', 'The regulator rejected the merger.')).toEqual(['antonym', 'antonym']);
    // one side names no subject before its verb (a participle opens the sentence)
    expect(cueKinds('The union did not back the deal.', 'Backing the deal, the workers voted yes.')).toEqual(['polarity', 'polarity']);
  });
});

describe("the story's main actors go by several names", () => {
  // "Trump" and "the US" share no word, but in a story where both are main actors (background)
  // they may be one party: the cue decides as it did before subjects were compared.
  const background = new Set(['trump', 'usa']);
  const kinds = (a: string, b: string, bg: ReadonlySet<string>) => [contradiction(feat(a), feat(b), 'Other', bg)?.kind ?? null, contradiction(feat(b), feat(a), 'Other', bg)?.kind ?? null];
  it('two main actors as subjects do not show two actors', () => {
    expect(kinds('Trump did not lower the tariffs.', 'The US lowered the tariffs.', background)).toEqual(['polarity', 'polarity']);
    expect(kinds('Trump raised the tariffs on steel.', 'The US cut the tariffs on steel.', background)).toEqual(['antonym', 'antonym']);
  });
  it('outside the background the two names are two subjects', () => {
    expect(kinds('Trump did not lower the tariffs.', 'The US lowered the tariffs.', new Set())).toEqual([null, null]);
  });
});

describe('a confirmed or denied clause is compared whole', () => {
  it('two clauses with different predicates are two statements', () => {
    expect(cueKinds('The club denied that the coach had resigned.', 'The club confirmed that the coach was on leave.')).toEqual([null, null]);
  });
  it('a noun phrase followed by a finite verb is a clause object too', () => {
    // no "that": a noun phrase followed by a finite verb is a clause too
    expect(cueKinds('The airline confirmed the flight landed safely.', 'The airline denied the flight was diverted.')).toEqual([null, null]);
  });
  it('a clause not confirmed and another clause confirmed are two statements', () => {
    expect(cueKinds('The club did not confirm that the coach had resigned.', 'The club confirmed that the coach was on leave.')).toEqual([null, null]);
    expect(cueKinds('The club did not confirm that the coach had resigned.', 'The club confirmed that the coach had resigned.')).toEqual(['polarity', 'polarity']);
  });
  it('the same clause confirmed and denied is a clash', () => {
    expect(cueKinds('The club denied that the coach had resigned.', 'The club confirmed that the coach had resigned.')).toEqual(['antonym', 'antonym']);
    expect(cueKinds('The airline confirmed the flight was diverted.', 'The airline denied the flight was diverted.')).toEqual(['antonym', 'antonym']);
  });
});

describe('a person contradiction needs the same act on the same thing', () => {
  it('two people visiting two places are two visits', () => {
    expect(cueKinds('Trade Minister Lena Holt will visit Nairobi on Tuesday.', 'Health Minister Tom Holt will visit Lagos on Tuesday.')).toEqual([null, null]);
  });
  it('two people travelling to two named places are two trips', () => {
    expect(cueKinds('Finance Minister Ana Vell will travel to Lima next week.', 'Labour Minister Rui Vell will travel to Quito next week.')).toEqual([null, null]);
  });
  it('the same visit told of two people is a clash', () => {
    expect(cueKinds('Trade Minister Lena Holt will visit Nairobi on Tuesday.', 'Trade Minister Tom Holt will visit Nairobi on Tuesday.')).toEqual(['actor', 'actor']);
    expect(cueKinds('Finance Minister Ana Vell will travel to Lima next week.', 'Finance Minister Rui Vell will travel to Lima next week.')).toEqual(['actor', 'actor']);
  });
});

// Issue 20 item 1 for figures: a figure contradiction needs the same measure of the same holder.
// The holder is the subject of the verb the figure follows; two holders are told apart only in
// the shapes below, never because two subjects merely differ (one thing has several names).
describe('figure contradictions need one holder', () => {
  const numberCue = (a: string, b: string, background: Set<string> = new Set()) =>
    [contradiction(feat(a), feat(b), 'Other', background), contradiction(feat(b), feat(a), 'Other', background)].map((c) => (c?.kind === 'number' ? c.proof.other.value : null));
  const key = (word: string) => feat(word).seq[0][0];
  const holder = (text: string) => { const f = feat(text); return figureHolder(f, f.quantities[0]); };

  it('reads the holder from the subject before the verb the figure follows', () => {
    expect(holder('The estate version costs €24,500.')?.keys).toEqual([key('estate'), key('version')]);
    // a figure after "a <noun> of": the verb before the noun
    expect(holder('The estate version has a boot of 640 litres.')?.keys).toEqual([key('estate'), key('version')]);
    // the subject's noun phrase ends at its first preposition
    expect(holder('The death toll from the landslide rose to 11.')?.keys).toEqual([key('death'), key('toll')]);
    expect(holder('Tevin’s sales director earned $900,000.')?.possessor).toEqual([key('tevin')]);
    // no holder: the figure in the subject, a passive, a pronoun
    expect(holder('About 400 people attended the vigil.')).toBeNull();
    expect(holder('Tevin was fined $2 million.')).toBeNull();
    expect(holder('It costs $59.')).toBeNull();
  });
  it('tells apart one head restricted two ways', () => {
    expect(numberCue('The hatchback version costs €21,000.', 'The estate version costs €24,500.')).toEqual([null, null]);
    expect(numberCue('Winter wheat output fell 4% in May.', 'Spring wheat output rose 2% in May.')).toEqual([null, null]);
    expect(numberCue('Tevin’s sales director earned $900,000 last year.', 'Tevin’s operations director earned $1.3 million last year.')).toEqual([null, null]);
    // the same holder, or one side restricting it further, still contradicts
    expect(numberCue('The hatchback version costs €21,000.', 'The hatchback version costs €23,000.')).toEqual(['€23,000', '€21,000']);
    expect(numberCue('The official death toll rose to 14.', 'The death toll rose to 19.')).toEqual(['toll rose to 19', 'toll rose to 14']);
  });
  it('reads the verb past an adverb, and past the object a figure is set "at"', () => {
    expect(holder('The base rate is now 3.75%.')?.keys).toEqual([key('base'), key('rate')]);
    expect(numberCue('The average fixed mortgage rate is 4.9%.', 'The base rate is now 3.75%.')).toEqual([null, null]);
    expect(holder('A rival bid from Ostra Partners valued Tenby at $7.1 billion.')?.keys).toEqual([key('rival'), key('bid')]);
    expect(numberCue('A rival bid from Ostra Partners valued Tenby at $7.1 billion.', 'Marlow’s winning bid valued Tenby at $6.8 billion.')).toEqual([null, null]);
    // one holder on both sides still contradicts
    expect(numberCue('The winning bid valued Tenby at $7.1 billion.', 'The winning bid valued Tenby at $6.8 billion.')).toEqual(['$6.8 billion', '$7.1 billion']);
  });
  it('tells apart two indefinite subjects that share no word', () => {
    expect(numberCue('A train driver earns about £65,000 a year.', 'A station cleaner earns about £24,000 a year.')).toEqual([null, null]);
    expect(holder('A train driver earns about £65,000 a year.')?.indefinite).toBe(true);
    // the same kind on both sides is one holder
    expect(numberCue('A train driver earns about £65,000 a year.', 'A train driver earns about £48,000 a year.')).toEqual(['£48,000', '£65,000']);
    // a definite subject may be the other's thing by another name: not told apart
    expect(numberCue('The train driver earns £65,000 a year.', 'A station cleaner earns £24,000 a year.')).not.toEqual([null, null]);
  });
  it('tells apart one head when one side marks it as another of its kind', () => {
    // "cost" is a verb in its past, as in its present
    expect(holder('The mission cost about $75 million.')?.keys).toEqual([key('mission')]);
    expect(numberCue('The mission cost about $75 million.', 'A similar European mission cost $400 million.')).toEqual([null, null]);
    expect(numberCue('The record is 47C in Seville.', 'The previous record was 44C in Seville.')).toEqual([null, null]);
    expect(numberCue('The bridge cost £90 million.', 'Another bridge upstream cost £40 million.')).toEqual([null, null]);
    // "worth" leads a figure to its verb
    expect(holder('A rival bid was worth $3.4 billion.')?.keys).toEqual([key('rival'), key('bid')]);
    expect(numberCue('The bid was worth $3 billion.', 'A rival bid was worth $3.4 billion.')).toEqual([null, null]);
    // the same mark on both sides is one holder
    expect(numberCue('The previous record was 47C in Seville.', 'The previous record was 44C in Seville.')).toEqual(['44C', '47C']);
    expect(numberCue('The mission cost about $75 million.', 'The mission cost about $140 million.')).not.toEqual([null, null]);
  });
  it('tells apart one head restricted two ways after it, by a prepositional phrase', () => {
    expect(numberCue('Support for the plan among nurses was 64%.', 'Support for the plan among doctors was 41%.')).toEqual([null, null]);
    expect(holder('Support for the plan among nurses was 64%.')?.restriction).toEqual([key('plan'), key('nurses')]);
    // the same restriction on both sides is one holder
    expect(numberCue('Support for the plan among nurses was 64%.', 'Support for the plan among nurses was 58%.')).toEqual(['58%', '64%']);
  });
  it('tells apart one head counted two ways', () => {
    expect(numberCue('One painting fetched £45,000.', 'Three paintings fetched £120,000.')).toEqual([null, null]);
    // "one" before a noun opens the holder instead of standing for it
    expect(holder('One painting fetched £45,000.')?.keys).toEqual([key('painting')]);
    // the same count on both sides is one holder
    expect(numberCue('Two rooms were €180 a night.', 'Two rooms were €220 a night.')).toEqual(['€220', '€180']);
  });
  it('keeps two names of one of the story’s main actors together', () => {
    const a = 'Dahl’s approval rating is 41%.', b = 'The premier’s approval rating is 35%.';
    expect(numberCue(a, b)).toEqual([null, null]);
    expect(numberCue(a, b, new Set([key('dahl')]))).toEqual(['35%', '41%']);
  });
  it('tells a possessor from what it owns', () => {
    expect(numberCue('Vasquez won 52% in the first round.', 'Vasquez’s alliance won 38% in the first round.')).toEqual([null, null]);
    // what the possessor owns is the other sentence's measure: one holder
    expect(numberCue('Marlo reported revenue of $4.2 billion.', 'Marlo’s quarterly revenue was $3.9 billion.')).toEqual(['$3.9 billion', '$4.2 billion']);
    // the owner's head against a possessed body, each with words of its own; a tally carried "by"
    expect(numberCue('The Dunmore Regional Housing Board passed the 40-home plan by eight votes to three.', 'The board’s housing committee had passed the plan by six votes to one in May.')).toEqual([null, null]);
    expect(numberCue('The Dunmore Regional Housing Board passed the 40-home plan by eight votes to three.', 'The Dunmore board passed the plan by six votes to one.')).not.toEqual([null, null]);
  });
  it('reads the holder of a tally an act was carried by', () => {
    expect(holder('The Kell committee backed the plan by five votes to two.')?.keys).toEqual([key('kell'), key('committee')]);
  });
  it('tells apart the holder a sentence compares its own with', () => {
    expect(numberCue('United now have 51 points, two more than Linford.', 'Linford have 49 points.')).toEqual([null, null]);
    expect(numberCue('United now have 51 points, two more than Linford.', 'United have 48 points.')).toEqual(['48 points', '51 points']);
  });
  it('does not tell apart subjects that only differ: one thing goes by several names', () => {
    expect(numberCue('The death toll climbed to 11.', 'The death toll from the landslide rose to 15.')).not.toEqual([null, null]);
    expect(numberCue('The landslide has killed 11 people.', 'Fifteen people were killed by the landslide.')).not.toEqual([null, null]);
    // (a toll that "rose to 11" is a running tally's point, not one figure with "killed 15": proof.test.ts)
    expect(numberCue('Police detained 30 protesters.', 'Officers arrested 45 protesters.')).not.toEqual([null, null]);
    // a count of what the event did is the event's, however each side describes the event
    expect(numberCue('The powerful landslide killed 11 people.', 'The sudden landslide killed 15 people.')).not.toEqual([null, null]);
    expect(numberCue('The shallow tremor struck at a depth of 8 km.', 'The powerful tremor struck at a depth of 30 km.')).not.toEqual([null, null]);
  });
});

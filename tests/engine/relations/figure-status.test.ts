// A figure's status as English marks it with closed classes (facts/measure.ts Measure.status,
// relations/event-days.ts): a promise is not a delivery, a running tally is not a total, what a
// thing holds in the present tense is not what it held once, and "by Friday" is a deadline, not
// the day of the act. Two figures of two statuses are two quantities: the pair is told as added
// detail, never as a clash; two figures of one status still clash. Two counts under two acts
// ("made" / "sold") are two quantities too. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { contradiction } from '../../../utils/engine/relations/relations';
import { measuresOf } from '../../../utils/engine/facts/measure';
import { actDaysOf, eventDays } from '../../../utils/engine/relations/event-days';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });
const status = (text: string) => measuresOf(feat(text)).map((m) => m.status);
const cueKind = (page: string, other: string) => contradiction(feat(page), feat(other), 'Other')?.kind ?? null;

describe('figure status', () => {
  it.each([
    // a modal of what ought to or is likely to happen
    ['The lake should drop to 2 metres by Friday.', 'proposed'],
    // a modal of obligation: what is owed, not what was paid
    ['The builder must pay the city a penalty of $3 million.', 'proposed'],
    ['The tenant shall pay a deposit of 800 euros.', 'proposed'],
    // a commissive verb binds to a future act
    ['The donors pledged $600 million for the rebuilding.', 'proposed'],
    ['The state vowed to hire 5,000 teachers.', 'proposed'],
    ['The club promised 2,000 free tickets to students.', 'proposed'],
    // a directive verb asks another party for the amount
    ['The union demanded a rise of 12 per cent.', 'requested'],
    ['The mayor asked the state for 4,000 tents.', 'requested'],
    ['The charity called for 300 more beds.', 'requested'],
    // "called" without its complement asks for nothing
    ['The storm the forecasters called a monster destroyed 300 homes.', 'stated'],
    // not a verb that is also something else: "committed" a crime is no promise
    ['The gang committed 14 robberies.', 'stated'],
    // a tally not yet closed
    ['The appeal has raised $2.4 million to date.', 'running'],
    ['The port has handled 310 ships so far this year.', 'running'],
    // an ability modal is a capacity; a present verb of containing may be either
    ['The tanker can carry 90,000 barrels of oil.', 'capacity'],
    ['The tanker carries 61,000 barrels of oil.', 'holding'],
    ['The shelter now houses 40 families.', 'holding'],
    // the past of a verb of containing is a load on one occasion
    ['The lifeboat carried 12 sailors.', 'stated'],
    // a present "have" right before the figure is a standing level; the perfect is not
    ['The bank now has 3.2 million savers.', 'holding'],
    ['The flood has forced 3,000 people from their homes.', 'stated'],
    ['The bank had 2.9 million savers.', 'stated'],
    // "space for", "room for": what a thing can hold
    ['The feeder ship has space for about 1,100 containers.', 'capacity'],
    ['The hall had room for 300 guests.', 'capacity'],
    // an existential "there are" sizes the set present, as "has" does
    ['There are 21 sailors on board the tanker.', 'holding'],
  ])('%s → %s', (text, expected) => {
    expect(status(text)).toEqual([expected]);
  });
});

describe('two statuses are two quantities', () => {
  it.each([
    ['The state vowed to hire 5,000 teachers.', 'The state hired 1,200 teachers.'],
    ['The donors pledged $600 million in aid.', 'The donors gave $150 million in aid.'],
    ['The club has sold 8,200 season tickets to date.', 'The club sold 9,000 season tickets.'],
    ['Rescuers have found 31 bodies so far.', 'Rescuers found 40 bodies.'],
    ['The tanker can carry 90,000 barrels of oil.', 'The tanker carries 61,000 barrels of oil.'],
    ['The lifeboat carried 12 sailors.', 'The shelter now houses 40 sailors.'],
    ['Thieves emptied the accounts of 40,000 savers.', 'The bank has 3.2 million savers.'],
    // what one side asks for is not what the other promises or grants
    ['The ministry has promised the teachers a bonus of 900 crowns.', 'The union said it had asked the ministry for a bonus of 2,000 crowns for the teachers.'],
    ['The ministry has promised the nurses a rise of 6 per cent.', 'The union said it had demanded a rise of 11 per cent for the nurses.'],
    ['The council has granted the club 40,000 euros.', 'The club said it had sought 90,000 euros from the council.'],
  ])('%s / %s', (page, other) => {
    expect(cueKind(page, other)).toBeNull();
    expect(cueKind(other, page)).toBeNull();
  });

  it('reads both figures of a dispute between two named sources ("organisers said 6,000, police said 2,800")', () => {
    expect(cueKind('About 3,000 people marched through the city.', 'Organisers said 6,000 people marched through the city, police said 2,800.')).toBeNull();
    // either way round: the page may be the sentence that reports the dispute
    expect(cueKind('Organisers said 6,000 people marched through the city, police said 2,800.', 'About 3,000 people marched through the city.')).toBeNull();
    // both sources far from the page's figure: still a clash
    expect(cueKind('About 3,000 people marched through the city.', 'Organisers said 6,000 people marched through the city, police said 5,000.')).toBe('number');
  });

  it('reads a name after "than" or "ahead of" as the standard of a comparison, not whose figure it is', () => {
    expect(measuresOf(feat('Harlow now have 52 points, six ahead of Dunmore.'))[0].comparedWith).toEqual(['dunmore']);
    expect(cueKind('The home side have 61 points, three more than Corran.', 'Corran have 58 points.')).toBeNull();
    expect(cueKind('Corran have 58 points.', 'The home side have 61 points, three more than Corran.')).toBeNull();
    // the side that compares itself still clashes with its own other figure
    expect(cueKind('The home side have 61 points, three more than Corran.', 'The home side have 59 points.')).toBe('number');
    expect(cueKind('Harlow now have 52 points, six ahead of Dunmore.', 'Harlow have 50 points.')).toBe('number');
  });

  it('tells two ages of the one person a sentence says died apart, whatever tally its clause tells', () => {
    expect(cueKind('The only loss so far is that of a 63-year-old farmer who was found in his barn on Friday.', 'A 66-year-old farmer was found dead in his barn on Friday.')).toBe('number');
  });

  it('still compares two requests of one side, and two offers', () => {
    expect(cueKind('The nurses demanded a rise of 11 per cent.', 'The nurses demanded a rise of 14 per cent.')).toBe('number');
    expect(cueKind('The ministry offered the nurses a rise of 6 per cent.', 'The ministry offered the nurses a rise of 4 per cent.')).toBe('number');
  });

  it('compares two obligations under one condition ("must pay" / "will pay … if")', () => {
    const must = 'If the council cancels the contract, the builder must pay a penalty of $3 million.';
    expect(cueKind(must, 'The builder will pay a penalty of $4 million if the council cancels the contract.')).toBe('number');
    // an obligation is still not the payment made
    expect(cueKind(must, 'The builder paid a penalty of $4 million.')).toBeNull();
  });

  it('reads "made" with a count as an act of making, not a light verb: making is not selling', () => {
    expect(cueKind('The plant made 40,000 bicycles in March.', 'The plant sold 32,000 bicycles in March.')).toBeNull();
    // one act told in two words of its family (lexicon concepts) is still one act
    expect(cueKind('The plant made 40,000 bicycles in March.', 'The plant produced 35,000 bicycles in March.')).toBe('number');
    expect(cueKind('The plant made 40,000 bicycles in March.', 'The plant made 35,000 bicycles in March.')).toBe('number');
  });

  it.each([
    // a verb of containing is an act of its own: what a vessel carried is not how many were saved
    ['The ferry carried 300 passengers.', 'Rescuers saved 280 passengers.'],
    ['Militants held 40 hostages.', 'Militants freed 12 hostages.'],
    // a light verb in the passive is the act done to what is counted
    ['Four paintings were taken from the museum.', 'Six paintings were recovered from the museum.'],
    // a relative clause cut short: the verb in "-ing" after a determiner's noun
    ['The lorry carrying 30 sheep overturned.', 'Eight sheep were taken to a vet.'],
    // an irregular participle in the passive ("hurt", "shut") is the act done to what is counted
    ['The bus was carrying 40 passengers.', 'Two passengers were hurt in the crash.'],
  ])('reads two acts: %s / %s', (page, other) => {
    expect(cueKind(page, other)).toBeNull();
    expect(cueKind(other, page)).toBeNull();
  });

  it('reads a light verb as an act in the passive only, not in the perfect', () => {
    expect(measuresOf(feat('Nine students were taken to hospital.'))[0].act).toBe('take');
    expect(measuresOf(feat('About 400 volunteers had taken part.'))[0].act).toBeUndefined();
  });

  it.each([
    ['The coach carrying 52 pupils crashed.', 'The coach carrying 48 pupils crashed.'],
    ['The ferry carried 300 passengers.', 'The ferry had 280 passengers on board.'],
    ['Four paintings were taken from the museum.', 'Six paintings were taken from the museum.'],
    ['Militants held 40 hostages.', 'Militants were holding 35 hostages.'],
  ])('one act, two values: %s / %s', (page, other) => {
    expect(cueKind(page, other)).toBe('number');
  });

  it('reads a day after "by" or "until" as a deadline, not the day of the act', () => {
    expect(cueKind('The lake rose to 3.1 metres on Tuesday.', 'The lake should drop to 2 metres by Friday.')).toBeNull();
    expect(cueKind('The road closed on Monday for repairs.', 'The road will stay closed until Thursday for repairs.')).toBeNull();
    const actDays = (text: string) => actDaysOf(eventDays(feat(text))!).weekdays;
    expect(actDays('The work must be finished by Friday.')).toEqual(new Set());
    expect(actDays('The work began on Monday and must be finished by Friday.')).toEqual(new Set(['monday']));
    // a range is still read whole
    expect(actDays('The fair runs Friday until Sunday.')).toEqual(new Set(['friday', 'saturday', 'sunday']));
  });

  it('reads a day after a two-word preposition of a limit, or the weekend after one, as a limit; "not … before" as the act\'s day', () => {
    const actDays = (text: string) => actDaysOf(eventDays(feat(text))!).weekdays;
    expect(actDays('Ahead of the weekend, organisers had put the crowd at 40,000.')).toEqual(new Set());
    expect(actDays('As of Sunday afternoon, no one had collected the parcel.')).toEqual(new Set());
    expect(actDays('The fair will close before the weekend.')).toEqual(new Set());
    // "not … before X", "not … until X": the act happens on X
    expect(actDays('The rover will not be driven off before the weekend.')).toEqual(new Set(['saturday', 'sunday']));
    expect(actDays('The bridge did not reopen until Friday.')).toEqual(new Set(['friday']));
    // a negation of another clause leaves the limit a limit
    expect(actDays('The shop, which did not open on Monday, will stay shut until Friday.').has('friday')).toBe(false);
    expect(cueKind('Ahead of the weekend, organisers had put the crowd at 40,000.', 'Organisers had put the crowd at 40,000 on Thursday.')).toBeNull();
  });

  it('reads the day or month of a thing ("Saturday\'s draw", "its April index") as no day of the act', () => {
    const actDays = (text: string) => actDaysOf(eventDays(feat(text))!);
    expect(actDays('The lottery confirmed that one ticket had won Saturday’s draw.').weekdays).toEqual(new Set());
    expect(actDays('The office will publish its April price index on 21 May.').months).toEqual(new Set());
    expect(cueKind('The winning ticket was sold in Ashby on Friday.', 'The winning ticket for Saturday’s draw was sold in Ashby.')).toBeNull();
    // the act's own day still clashes
    expect(cueKind('The winning ticket was sold in Ashby on Friday.', 'The winning ticket was sold in Ashby on Saturday.')).toBe('date');
  });

  it('sets no day clash on a sentence that counts days from another act', () => {
    expect(cueKind('The bank will announce its next rate decision on 22 May.', 'The next price index is due on 21 May, a day before the bank’s rate decision.')).toBeNull();
  });

  it('reads figures dated by a month and by a date in another month as two readings', () => {
    expect(cueKind('The bank held its key rate at 4.75% at its January meeting.', 'The bank left its key rate at 4.25% on 3 April.')).toBeNull();
  });

  it('reads a day with an open bound after it ("or later", "onwards") as a limit, not the day of the act', () => {
    const actDates = (text: string) => actDaysOf(eventDays(feat(text))!).dates;
    expect(actDates('Packs with a use-by date of 10 May or later are safe to eat.')).toEqual(new Set());
    expect(actDates('Tickets bought from 1 June onwards cost more.')).toEqual(new Set());
    expect(cueKind('Batches with use-by dates from 4 to 9 May are affected.', 'Packs with a use-by date of 10 May or later are safe to eat.')).toBeNull();
    // two days of one act still clash
    expect(cueKind('The ferry crossed on 9 May.', 'The ferry crossed on 10 May.')).toBe('date');
  });

  it('sets no clash between the day an event was called off and the day it happened', () => {
    expect(cueKind('The ferry crossing was cancelled on Tuesday.', 'The ferry crossed on Thursday.')).toBeNull();
    expect(cueKind('The vote was postponed from Monday.', 'The council voted on Wednesday.')).toBeNull();
    // two call-offs, or two happenings, on two days still clash
    expect(cueKind('The ferry crossing was cancelled on Tuesday.', 'The ferry crossing was cancelled on Friday.')).toBe('date');
    expect(cueKind('The ferry crossed on Tuesday.', 'The ferry crossed on Thursday.')).toBe('date');
  });

  it('still dates a reading by its time limit: "31 by Tuesday" and "24 on Monday" are two readings', () => {
    expect(eventDays(feat('The death toll rose to 31 by Tuesday.'))?.weekdays).toEqual(new Set(['tuesday']));
    expect(cueKind('The death toll rose to 31 by Tuesday.', 'The death toll was 24 on Monday.')).toBeNull();
  });

  it.each([
    // one measure under two statuses or acts is two facts, each on its own day: not a date clash
    ['Donors pledged $600 million in aid on Monday.', 'Donors gave $150 million in aid on Friday.'],
    ['Rescuers have found 31 bodies so far on Monday.', 'Rescuers found 40 bodies on Sunday.'],
    ['The plant made 40,000 bicycles in March.', 'The plant sold 32,000 bicycles in April.'],
    ['The state vowed on Monday to hire 5,000 teachers.', 'The state hired 1,200 teachers on Friday.'],
  ])('no date clash between two facts of one measure: %s / %s', (page, other) => {
    expect(cueKind(page, other)).toBeNull();
  });
});

describe('one status, two values: still a contradiction', () => {
  it.each([
    ['The donors pledged $600 million in aid.', 'The donors pledged $900 million in aid.', 'number'],
    ['The tanker can carry 90,000 barrels of oil.', 'The tanker can carry 120,000 barrels of oil.', 'number'],
    ['The tanker carries 61,000 barrels of oil.', 'The tanker carries 75,000 barrels of oil.', 'number'],
    ['The appeal has raised $2.4 million so far.', 'The appeal has raised $1.1 million so far.', 'number'],
    ['The lifeboat carried 12 sailors.', 'The lifeboat carried 9 sailors.', 'number'],
    ['The bank has 3.2 million savers.', 'The bank now has 2.9 million savers.', 'number'],
    ['The road closed on Monday for repairs.', 'The road closed on Wednesday for repairs.', 'date'],
  ])('%s / %s → %s', (page, other, kind) => {
    expect(cueKind(page, other)).toBe(kind);
  });
});

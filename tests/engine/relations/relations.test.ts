import { describe, it, expect } from 'vitest';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { classify, contradiction } from '../../../utils/engine/relations/relations';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });
const relation = (page: string, other: string) => classify(feat(page), feat(other), 'Other').relation;
const cue = (page: string, other: string) => contradiction(feat(page), feat(other), 'Other');

describe('contradiction cues', () => {
  // [page claim, other outlet's sentence, expected cue kind]
  const contradictions: [string, string, string][] = [
    // same quantity, different value
    ['The factory cut 1,200 jobs in March.', 'The factory cut 1,500 jobs in March.', 'number'],
    ['Steel tariffs were raised to 25 percent.', 'Steel tariffs were raised to 50%.', 'number'],
    ['The storm killed twelve people in the province.', 'The storm killed 30 people in the province.', 'number'],
    // two estimates far apart
    ['The drug caused close to a quarter of a million overdose deaths.', 'The drug caused nearly 450,000 overdose deaths.', 'number'],
    // both give two figures; one is shared, the other differs (115 vs 125)
    ['The US levy on steel is 145 percent and Canada’s retaliatory levy on steel is 115 percent.', 'The US levy on steel is 145 per cent, and Canada slapped a 125 per cent levy on steel in turn.', 'number'],
    // the same measure worded apart: a class of count, a depth in two units, a bound
    ['The flood killed nine people.', 'Seven people died in the flood.', 'number'],
    ['The quake struck at a depth of 9.6 miles.', 'The quake was about 35 kilometers deep.', 'number'],
    ['Ruritania retaliated with duties of up to 84% on the imports.', 'Ruritania hit back with 125% duties of its own on the imports.', 'number'],
    // the same stance asserted and refused, with the same modal
    ['The mayor is willing to lower the parking fees.', 'The mayor said he was not willing to reduce the parking fees.', 'polarity'],
    // negation of the shared predicate (various negation forms)
    ['The minister said he was not willing to cut fuel subsidies.', 'The minister is considering cutting fuel subsidies.', 'polarity'],
    ['The company didn’t raise prices in May.', 'The company raised prices in May.', 'polarity'],
    ['Regulators never approved the merger.', 'Regulators approved the merger last week.', 'polarity'],
    ['The rebels were unable to reach the capital.', 'The rebels reached the capital on Monday.', 'polarity'],
    ['The board refused to sign the contract.', 'The board signed the contract.', 'polarity'],
    ['Officials have ruled out sending the envoy to Paris, aides said.', 'One option involves sending the envoy to Paris next week.', 'polarity'],
    // a denial up to now, against a report that the act was done (a past form)
    ['Port Alna has never hosted the Games.', 'Port Alna hosted the Games in 1996.', 'polarity'],
    // a group that did not act, against every member of it acting
    ['Nine clubs did not vote on the plan.', 'All 40 clubs voted on the plan.', 'polarity'],
    // the same cost in a currency named by ISO 4217 through Intl (not in the listed table)
    ['The survey cost 195 million kwacha, the agency said.', 'The survey cost 182 million kwacha.', 'number'],
    // "and a half" is read whole: 8.5 against 7.5 years
    ['The dealer was jailed for eight and a half years.', 'The dealer was jailed for seven years and six months.', 'number'],
    // antonymous predicates
    ['The central bank raised interest rates.', 'The central bank lowered interest rates.', 'antonym'],
    ['The ministry confirmed the report about the layoffs.', 'The ministry denied the report about the layoffs.', 'antonym'],
    // a materially different precondition
    ['The city wants the operator to cancel the new fees before talks.', 'The city demanded that the operator lower the new fees as a condition for talks.', 'precondition'],
    // the condition after "until": "no talks until X is cancelled" / "X lowered as a condition"
    ['The city said no talks could begin until the operator scrapped the new fees.', 'The city demanded that the operator lower the new fees as a condition for talks.', 'precondition'],
    // the same event on days that cannot overlap
    ['The first round of talks is set for Wednesday in Oslo.', 'The envoys will be in Oslo from Friday to Monday for the talks.', 'date'],
    ['The summit will take place this weekend in Lisbon.', 'The summit will take place on Tuesday in Lisbon.', 'date'],
    ['The vote is scheduled for March 3.', 'The vote is scheduled for March 10.', 'date'],
    ['The ministry raised the port levy twice, in January and February.', 'The ministry raised the port levy in February and March.', 'date'],
    // "additional", "states": not words of saying
    ['The ministry imposed additional levies in January.', 'The ministry imposed additional levies in March.', 'date'],
    // one act at two exact times a few minutes apart
    ['The Orrin plant shut its reactor down at 3.39am on Tuesday.', 'The Orrin plant shut its reactor down at 3.47am on Tuesday.', 'date'],
    // a day relative to the report set beside its weekday is that weekday ("today, Thursday")
    ['The plane crashed near the Orrin airport on Wednesday, killing 40 people.', 'The plane crashed near the Orrin airport today, Thursday, killing 40 people.', 'date'],
    // the same meeting in two countries
    ['The envoys will hold talks in Vienna this weekend.', 'The envoys will hold talks in Geneva this weekend.', 'place'],
    // two people of one family name for the same act
    ['Foreign Minister Wang Yi will travel to Oslo for the talks.', 'Security minister Wang Xiaohong will travel to Oslo for the talks.', 'actor'],
  ];
  it.each(contradictions)('%s ⟂ %s (%s)', (a, b, kind) => {
    expect(cue(a, b)?.kind).toBe(kind);
    expect(cue(b, a)?.kind).toBe(kind); // symmetric
    expect(relation(a, b)).toBe('contradicts');
  });

  // Pairs that look like a conflict but are not one.
  const compatible: [string, string][] = [
    // a wish against a fact, and a plain fact against a stance held under a modal
    ['The union would like some easing of the 12% levy.', 'The council raised the levy to 12%.'],
    ['The mayor is willing to lower the parking fees.', 'The council raised the parking fees in May.'],
    // what one named person will not do says nothing of what others do
    ['Ana Ruiz won’t attend the talks in Lisbon.', 'The delegation will join the talks in Lisbon.'],
    // the predicate a negation governs is not the later word ("attend", not "coming talks")
    ['The coming talks follow months of stalled progress.', 'A senior adviser won’t attend the coming talks.'],
    // a place offered as one option sets nothing
    ['The envoys will meet in Lisbon or another European city.', 'The envoys will meet in Madrid next week.'],
    // counties with one kind word are places, not two people of one family name
    ['Heavy snow was recorded in Alder County.', 'Heavy snow was recorded in Birch County.'],
    // a level against an increment, a total against a counter-measure, two agencies' readings
    ['The city added another 5% levy on hotel stays.', 'Hotel stays carry a 12% levy.'],
    ['Ruritania faces 145% tariffs on its goods.', 'Ruritania retaliated with 125% tariffs.'],
    ['The agency measured the quake at magnitude 7.2 on its scale.', 'The agency measured the quake at magnitude 7.4 on its scale.'],
    // casualties next to another figure are not that figure: the tremor's magnitude is no toll
    ['The storm left 9 dead.', 'A magnitude 7.4 tremor killed at least nine people.'],
    // the same figure written differently
    ['Steel tariffs were raised to 25 percent.', 'Steel tariffs were raised to 25%.'],
    ['Steel tariffs were raised to 145 per cent.', 'Steel tariffs were raised to a minimum of 145 percent.'],
    // unit / multiplicity mismatch: 10% twice is not "20%" and not a different value for it
    ['The government imposed tariffs of 10 percent twice this year.', 'The government imposed 20% tariffs this year.'],
    // different things measured
    ['Inflation rose to 3 percent.', 'Unemployment rose to 5 percent.'],
    // the page states both values
    ['China set 125% tariffs while the US set tariffs of 145%.', 'The US set tariffs of 145% on Chinese goods.'],
    // the "asserted" side only wants it: a demand is not a fact
    ['The company refused to cut working hours.', 'Unions demanded that the company cut working hours.'],
    ['The president was not willing to reduce tariffs.', 'Any progress depends on whether the president is prepared to reduce tariffs.'],
    // a stated aim or expectation is not a report that it happened
    ['The regulator said it had been clear about its expectations with regard to stopping the leaks.', 'The operator has not done enough to stop the leaks.'],
    ['Efforts to end the strike continued on Monday.', 'The strike did not end on Monday.'],
    // negation of something else than the shared predicate
    ['The talks did not yield results.', 'Both sides held talks in Geneva.'],
    // hedged vs asserted antonyms are plans, not facts
    ['The central bank might lower interest rates.', 'The central bank raised interest rates last year.'],
    // a former state and the present one: a change, not a conflict
    ['Until recently, the union insisted that no talks could begin before a pay rise.', 'The union said on Friday that talks could begin before a pay rise.'],
    // both options discussed
    ['Officials debated whether to raise or lower the fees.', 'Officials lowered the fees.'],
    // an act under discussion is not done
    ['Officials have discussed lowering the 30% fee on imported cars.', 'The ministry raised the fee on imported cars to 30%.'],
    // "any cut": a cut nobody has made
    ['Any cut to the fees would have to be matched by concessions from the operator.', 'The mayor said he was not willing to cut the fees.'],
    ['Analysts said drivers may have to wait before any deal to cut fees materialises.', 'The mayor said he was not willing to cut the fees.'],
    // one person does what another does not
    ['Finance minister Ana Lopez is set to attend the talks in Oslo.', 'Trade adviser Paul Meyer will not attend the talks in Oslo.'],
    // what a condition leads to is not the condition
    ['The city wants action from the operator before it eases the fees.', 'The union wants the city to cancel the fees before talks.'],
    // the day something was said is not the day of the event
    ['The ministry said on Friday that the talks will be held this weekend.', 'The talks will be held on Saturday and Sunday, officials said on Tuesday.'],
    // days that overlap
    ['The envoys will be in Oslo from Friday to Monday.', 'The envoys will meet in Oslo on Saturday.'],
    // a month that dates another event; a month inside the other's months
    ['The ministry raised the port levy after the election in January.', 'The ministry raised the port levy in February and March.'],
    ['The ministry raised the port levy in March.', 'The ministry raised the port levy in February and March.'],
    // a city within its country; where officials sit is not where talks are
    ['The envoys will hold talks in Geneva this weekend.', 'The envoys will hold talks in Switzerland this weekend.'],
    ['Officials in Beijing are weighing talks with the port operator.', 'The port operator will hold talks in Geneva this weekend.'],
    // options are not a setting
    ['The envoy could meet officials either in Washington or in Vienna.', 'The envoy will meet officials in Geneva.'],
    // one person under a fuller name; two unrelated people
    ['Wang Xiaohong will travel to Oslo for the talks.', 'Security minister Wang Xiaohong, a close ally of Xi, will travel to Oslo for the talks.'],
    ['Ana Lopez will travel to Oslo for the talks.', 'Paul Meyer will travel to Oslo for the talks.'],
    // a sentence naming a day relative to the report beside its weekday names two moments
    ['Twelve people were still in hospital on Sunday, two of them critically ill.', 'Of the 30 people taken to hospital on Saturday, 12 were still being treated yesterday, two of them in critical condition.'],
    // a member of a series against the series' noun: the other may tell another member
    ['Dunmore’s first offer for the mill, made in March, was to keep 150 jobs.', 'Dunmore’s offer for the mill, made in May, was judged too small by the council.'],
    // a day dates its own main clause: ", and" opens another ("walked out on Monday, and …")
    ['Dock workers walked out on Monday, and the rail strike may spread to the ports.', 'The rail strike spread to the ports on Thursday.'],
    // two verbs of change reaching one value: a figure is no object of opposite acts
    ['By Tuesday morning the river had dropped back to 4.2 metres.', 'By 7 a.m. on Tuesday the river had eased to 4.2 metres.'],
    // what an act leaves someone with is not the level before it
    ['That leaves the Osterran embassy in Velk with nine diplomats.', 'The Osterran embassy in Velk is small, with 21 diplomats, officials said.'],
    // "said no to": the answer, not a negation of what follows
    ['The regulator on Monday vetoed Lorne Foods’ takeover of Castle Mills.', 'Why the regulator said no to Lorne Foods and Castle Mills'],
    // a relative of the same family name who names the person too: both are there
    ['Jonas Ekberg was met by his family at Oslo airport on Monday.', '“Jonas was met by his family at Oslo airport and is happy to be home,” his mother, Ingrid Ekberg, said.'],
    // estimates of about the same size, or a bound and an estimate
    ['The drug caused nearly 450,000 overdose deaths.', 'The drug caused about 420,000 overdose deaths.'],
    ['The drug caused more than 400,000 overdose deaths.', 'The drug caused nearly 450,000 overdose deaths.'],
    // the negation is of the mention, not of the offer
    ['State media have made no mention of any pay offer to the dockers.', 'The port is weighing a pay offer to the dockers.'],
    // "no" inside a compound or after "of" describes; it denies nothing
    ['The cabinet lost a vote of no confidence in the Senate on Friday.', 'The cabinet was brought down in the Senate on Friday after a long debate.'],
    ['Mayor Brandt is the first mayor of Kell to be removed by a confidence vote.', 'Kell council passes no-confidence vote in Mayor Brandt'],
    // a denial up to now ("has never hosted") against a noun or a base form: no act reported done
    ['Port Alna named 2040 Games host after the final ballot', 'Port Alna has never hosted the Games.'],
    ['Dunmore’s bid to host the 2040 Games ended in defeat on Sunday.', 'Port Alna has never hosted the Games.'],
    // a currency the runtime's ISO 4217 names know is the unit, not what is measured: a budget is no cost
    ['The agency had been given a budget of 195 million cedis for the survey.', 'The survey cost 182 million cedis, the agency said.'],
    // a state that lasts through its days dates no act: closed until Tuesday, open from Wednesday
    ['Schools in Kell will reopen on Wednesday, the ministry said.', 'Schools in Kell will remain closed on Monday and Tuesday, the ministry said.'],
    // a shared noun is the subject, not an act as well: two acts of one ship on two days
    ['The Kestrel Dawn, the survey ship hired for the job, sailed out of Brask on Monday.', 'The survey ship Kestrel Dawn is due to reach the wreck on Wednesday.'],
    // the first of a series' members timed against another act of the night
    ['The first alarm at the Orrin plant sounded at 3.39am on Tuesday.', 'The Orrin plant shut its reactor down at 3.47am on Tuesday.'],
    // a base form ending in "-en" is no past form: a planned reopening is no act done
    ['The Kell bridge will reopen to traffic in June.', 'The Kell bridge has never reopened to traffic.'],
    // two groups of one kind counted apart: what one did not do, the other did
    ['Nine of the league’s 40 clubs did not vote on the plan.', 'In all, 31 clubs voted on the plan.'],
    // a figure of the condition against a figure of what follows from it
    ['If no buyer is found within 30 days, the plant will close.', 'If no buyer is found, the plant will close and its 400 staff will be let go within 90 days.'],
    // a count over a span of days against one day's count
    ['Some 140 flights were cancelled on Monday.', 'The airline said 390 flights had been cancelled between Monday and Wednesday.'],
    ['About 900 sheep died on Saturday.', 'Some 2,400 sheep died on the farm over the weekend.'],
    // a hedge before a currency sign: "about €40m" holds €39.2m
    ['Sales to those buyers were worth about €40m last year.', 'Those buyers took goods worth €39.2m last year.'],
    // "just under 3%" holds 2.9%; the 3.4% is what it eased from
    ['Inflation eased to just under 3%, the lowest in a year.', 'Inflation eased to 2.9% from 3.4%, the lowest in a year.'],
    // a total against parts that add up to it, however far apart the sentence names them
    ['Two units that together supply 1,100MW were shut.', 'A 680MW unit at Kessel, which tripped without any warning, and a 420MW unit at Harl were shut.'],
    // two named people, each with a figure of their own
    ['The builder, Conrad Voll, received five years in prison.', 'Marisa Tell, a former planning official, received three and a half years.'],
    // a span of years with its months is the same span as "and a half"
    ['The dealer was sentenced to seven years and six months.', 'The dealer was jailed for seven and a half years.'],
    // one speaker named two ways: each sentence names the other's speaker too
    ['“This is the day our families have waited for,” said Ana Berg, who heads the Patients Alliance.', '10.05: Ana Berg of the Patients Alliance says in a video that it is “the day our families have waited for”.'],
    // "rather than technical": not asserted
    ['The scholar argues the port dispute is political rather than technical.', 'The port dispute has never been a technical problem, the scholar said.'],
  ];
  it.each(compatible)('%s ~ %s: no contradiction', (a, b) => {
    expect(cue(a, b)).toBeNull();
    expect(relation(a, b)).not.toBe('contradicts');
  });
});

describe('a different figure is a strong cue when the two describe the same quantity alike', () => {
  it.each([
    // who, what and on what all shared: strong (it may make a pair below the pair threshold)
    ['Since May the city has raised the parking fee on downtown streets to 4 dollars.', 'The city raised downtown street parking fees to 6 dollars in May.', true],
    ['Ottawa lifted its levy on US steel imports to 30 per cent.', 'Ottawa raised the levy on American steel imports to 25%.', true],
    // only the levy in common: another levy may be meant
    ['Steel tariffs were raised to 25 percent.', 'Steel tariffs were raised to 50%.', false],
  ])('%s / %s → strong %s', (a, b, strong) => {
    expect(cue(a, b)?.kind).toBe('number');
    expect(cue(a, b)?.strong).toBe(strong);
  });

  // A part and the whole it belongs to differ without contradicting each other. (Until session 5
  // this was a weak number cue, which still made "contradicts" on a pair above the pair
  // threshold.)
  it.each([
    ['The first 20 per cent of the extra duties on Chinese goods came in February, Trump said.', 'Trump has placed 145 per cent total duties on Chinese goods.'],
    ['Rescuers freed 11 out of the 12 residents trapped in the hotel.', 'More than 70 people were trapped across the city.'],
    ['Most damage was in the old town, where about 20 people were trapped.', 'More than 70 people were trapped across the city.'],
  ])('%s / %s: no number cue', (a, b) => {
    expect(cue(a, b)?.kind).not.toBe('number');
  });
});

describe('adds vs agree', () => {
  it.each([
    // [page, other, relation, detail that must be named in why]
    ['Ministers met to discuss the budget.', 'Ministers met in Geneva on Tuesday to discuss the budget.', 'adds', 'Geneva'],
    ['The drug caused many overdose deaths.', 'The drug caused 450,000 overdose deaths.', 'adds', '450,000'],
    ['The ministry signed the agreement.', 'The ministry signed the agreement with Rahul Gupta in January.', 'adds', 'Gupta'],
    // a new person is named whole, once
    ['The ministry signed the agreement.', 'The ministry signed the agreement with Rahul Gupta.', 'adds', 'adds: Rahul Gupta'],
  ])('%s → %s: %s', (page, other, rel, named) => {
    const r = classify(feat(page), feat(other), 'Other');
    expect(r.relation).toBe(rel);
    expect(r.why).toContain(named);
  });

  it.each([
    // attribution is not material
    ['The ministers agreed on the budget.', 'The ministers agreed on the budget, Reuters reported on Friday, citing people familiar with the matter.'],
    ['The ministers agreed on the budget.', 'According to the Wall Street Journal, the ministers agreed on the budget.'],
    // a title variant is not material
    ['Defence minister Ana Lopez visited the base.', 'Minister of Defence Ana Lopez visited the base.'],
    // the same figure in another format
    ['Tariffs reached 145 per cent.', 'Tariffs reached 145%.'],
    // the other says less
    ['Ministers met in Geneva on Tuesday to discuss the budget.', 'Ministers met to discuss the budget.'],
    // a body named after its office is a title variant: "a member of the State Council"
    ['Li Wei visited the port on Monday.', 'Li Wei, a member of the State Council, visited the port on Monday.'],
    // the same person, named in full by the other: "Gupta" / "Rahul Gupta"
    ['Gupta signed the agreement for the ministry.', 'Rahul Gupta signed the agreement for the ministry.'],
  ])('%s → %s: agree', (page, other) => {
    expect(relation(page, other)).toBe('agree');
  });

  it('explains an unit mismatch without calling it a contradiction', () => {
    const r = classify(feat('Trump hit China with 20 per cent tariffs.'), feat('The administration imposed tariffs of 10 percent on China twice, in February and March.'), 'NYT');
    expect(r.relation).toBe('adds');
    expect(r.why).toMatch(/10/);
    expect(r.why).toMatch(/Feb/);
  });

  it('a negation names what each side says, in its own words and order', () => {
    const r = classify(feat('The mayor said he was not willing to cut fees at the port.'), feat('The city is exploring targeted fee relief for the port.'), 'NYT');
    expect(r.relation).toBe('contradicts');
    expect(r.why).toBe('NYT: fee relief; this page: not cut fees');
  });

  it('a number contradiction names both values and the outlet', () => {
    const r = classify(feat('The factory cut 1,200 jobs.'), feat('The factory cut 1,500 jobs.'), 'NYT');
    expect(r.why).toContain('NYT');
    expect(r.why).toContain('1,500');
    expect(r.why).toContain('1,200');
  });
});

describe('purpose and condition clauses add', () => {
  it.each([
    ['The union is weighing a new wage offer.', 'The union is weighing a new wage offer in a bid to end the strike.', 'adds'],
    ['The ministry is reviewing the union’s request for talks.', 'The ministry is reviewing the union’s request for talks, though it will agree only if the strike ends.', 'adds'],
    ['The ministry is considering sending its deputy to the port.', 'To show goodwill, the ministry is considering sending its deputy to the port.', 'adds'],
    // both state a condition: nothing added
    ['The union wants the fees cut before any talks.', 'The union wants the fees cut as a condition for talks.', 'agree'],
    // the claim already states the purpose
    ['The union is weighing a new wage offer in a bid to end the strike.', 'The union is weighing a new wage offer.', 'agree'],
  ])('%s → %s: %s', (page, other, rel) => {
    expect(relation(page, other)).toBe(rel);
  });
});

describe('a time of day is not a count', () => {
  it('"just before 8:00 a.m." does not contradict "at 7:58 a.m."', () => {
    const page = 'The tremor shook the coast at 7:58 a.m. local time, according to the survey.';
    const other = 'A tremor rocked the coast just before 8:00 a.m. local time today.';
    expect(cue(page, other)).toBeNull();
    expect(relation(page, other)).not.toBe('contradicts');
  });
});

// Written for this test.
describe('a refusal to act alone is a condition, not a clash', () => {
  const f = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });
  it.each([
    ['The council will not lower the parking fees on its own.', 'The council has considered lowering the parking fees.', 'adds'],
    ['The council wouldn’t lower the parking fees unilaterally, its leader said.', 'The council has lowered the parking fees.', 'adds'],
    ['The council will not lower the parking fees.', 'The council has lowered the parking fees.', 'contradicts'],
    // an offer made alone: no negation governs "unilaterally"
    ['Offering unilaterally to cut the fees would be a change for the council, which has not done so.', 'The council might cut the fees unilaterally.', 'agree'],
  ])('%s / %s: %s', (a, b, relation) => {
    expect(classify(f(a), f(b), 'Other').relation).toBe(relation);
  });
});

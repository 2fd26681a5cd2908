import { describe, it, expect } from 'vitest';
import { tokenize, termsOf } from '../../../utils/engine/text/normalize';
import { formatQuantity, quantitiesOf, sameQuantity, sameValue, type Quantity } from '../../../utils/engine/text/numbers';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const q = (text: string): Quantity[] => {
  const tokens = tokenize(text);
  return quantitiesOf(tokens, termsOf(tokens), text);
};
const one = (text: string): Quantity => {
  const all = q(text);
  expect(all.length).toBe(1);
  return all[0];
};

describe('quantities', () => {
  it.each([
    ['Tariffs rose to 145 per cent on steel.', 145, '%'],
    // "and a half", and a span of years with its months, are one figure
    ['He was jailed for eight and a half years.', 8.5, 'count'],
    ['The dealer was sentenced to seven years and six months.', 7.5, 'count'],
    ['Output rose by one and a half million tonnes.', 1.5e6, 'count'],
    ['Tariffs rose to 145% on steel.', 145, '%'],
    ['Tariffs rose to 145 percent on steel.', 145, '%'],
    ['Rates rose by 0.25 percentage points.', 0.25, '%'],
    ['Exports worth $46 billion were exempted.', 46e9, 'USD'],
    ['Exports worth 46 billion dollars were exempted.', 46e9, 'USD'],
    ['Exports worth €2.5bn were exempted.', 2.5e9, 'EUR'],
    ['The drug caused 450,000 overdose deaths.', 450000, 'count'],
    ['The storm killed twelve people.', 12, 'count'],
    ['Some two hundred workers were laid off.', 200, 'count'],
    ['The drug caused close to a quarter of a million overdose deaths.', 250000, 'count'],
    ['The fund lost half a billion dollars.', 5e8, 'USD'],
    ['Duties on steel reached 145pc last month.', 145, '%'],
    ['Exports worth some $64bn were exempted.', 64e9, 'USD'],
    // a tens word and a unit word are one number, hyphenated or not
    ['Forty-five people died in the fire.', 45, 'count'],
    ['Some twenty three workers were hurt.', 23, 'count'],
  ])('%s → %d %s', (text, value, unit) => {
    const x = one(text);
    expect(x.value).toBeCloseTo(value as number);
    expect(x.unit).toBe(unit);
  });

  it('marks hedged figures as approximate', () => {
    expect(one('The drug caused nearly 450,000 overdose deaths.').approx).toBe(true);
    expect(one('Tariffs reached a minimum of 145 percent on goods.').approx).toBe(true);
    expect(one('Tariffs reached 145 percent on goods.').approx).toBe(false);
  });

  it('reads multiplicity: "twice imposing tariffs of 10 percent" is 10% two times', () => {
    const x = one('The administration cited fentanyl as the reason for twice imposing additional tariffs of 10 percent.');
    expect(x.value).toBe(10);
    expect(x.times).toBe(2);
  });

  it('shows a count of millions or billions in words when the words are exact', () => {
    expect(formatQuantity(q('The airline carried 58 million passengers last year.')[0])).toBe('58 million');
    expect(formatQuantity(q('The city has some 1.2 billion litres in storage.')[0])).toBe('~1.2 billion');
    expect(formatQuantity(q('The census counted 1,234,567 residents.')[0])).toBe('1,234,567');
    expect(formatQuantity(q('The census counted 845,000 residents.')[0])).toBe('845,000');
  });

  it('keeps multiplicity to its own figure and clause', () => {
    expect(q('The fee of 5% was charged three times.')[0].times).toBe(3);
    // the figure's own "four times" counts occasions; the "three counts" after a comma are not
    // repeated four times
    const [occasions, counts] = q('The clerk read out the word four times, for the three counts in the case.');
    expect(occasions.times).toBe(1);
    expect(counts.times).toBe(1);
  });

  it('does not read a pronoun "one" or a year as a quantity to compare', () => {
    expect(q('One official said the talks would resume.')).toEqual([]);
    expect(q('The ban came in 2019.').every((x) => x.unit === 'year')).toBe(true);
  });

  it('compares only the same quantity: same unit, multiplicity and thing measured', () => {
    const a = one('Tariffs on steel rose to 25 percent.');
    const b = one('Steel tariffs now stand at 25%.');
    const c = one('Inflation rose to 25 percent.');
    const twice = one('Steel tariffs of 10 percent were imposed twice.');
    const twenty = one('Steel tariffs of 20 percent were imposed.');
    expect(sameQuantity(a, b) && sameValue(a, b)).toBe(true);
    expect(sameQuantity(a, c)).toBe(false);
    expect(sameQuantity(twice, twenty)).toBe(false);
  });

  it('treats hedged values within 10% as the same value', () => {
    const a = one('The drug caused nearly 450,000 overdose deaths.');
    const b = one('The drug caused 440,000 overdose deaths.');
    const c = one('The drug caused 300,000 overdose deaths.');
    expect(sameValue(a, b)).toBe(true);
    expect(sameValue(a, c)).toBe(false);
  });
});

describe('the level a change reaches', () => {
  it.each([
    ['Passenger numbers rose 7% to 56 million.', '56 million'],
    ['Output fell by 3 percentage points to 41%.', '41%'],
    ['The death toll rose by 5 to 31.', '31'],
    ['The population grew 14% to 1.28 million.', '1.28 million'],
  ])('%s keeps the level after the size of the change', (text, level) => {
    expect(q(text).map((x) => x.label)).toContain(level);
  });
});

describe('a count whose noun is elided', () => {
  it.each([
    // (a currency's name is the amount's unit: the elided figure is in crowns too)
    ['The court ordered him to repay 1.9 million crowns, down from 2.4 million.', '2.4 million', 'CROWN'],
    ['The court ordered him to repay 1.9 million euros, down from 2.4 million.', '2.4 million', 'EUR'],
    ['He will serve seven years rather than nine.', 'nine', 'year'],
    // a second source's figure after the verb of saying both follow
    ['Organisers said 6,000 people marched, police said about 2,800.', '2,800', 'march'],
  ])('%s counts what the figure before it counts', (text, label, noun) => {
    const found = q(text).find((x) => x.label === label);
    expect([...(found?.context ?? []), found?.unit]).toContain(noun);
  });

  it('not across a verb or a stop: the second number counts something else or nothing', () => {
    expect(q('The plane carried 242 people and landed at 9.').map((x) => x.label)).toEqual(['242']);
    expect(q('Officials counted 40 homes (against 52).').map((x) => x.label)).toEqual(['40']);
    expect(q('Organisers said 6,000 people marched. Police said 2,800.').map((x) => x.label)).toEqual(['6,000']);
  });
});

describe('estimates and bounds', () => {
  it('reads a hedge before a currency sign', () => {
    expect(one('Exports were worth about €60m last year.').approx).toBe(true);
  });

  it('tells a bound from an estimate', () => {
    expect(one('Tariffs reached at least 145 percent on steel.')).toMatchObject({ approx: true, bound: true });
    expect(one('The drug caused nearly 450,000 overdose deaths.')).toMatchObject({ approx: true, bound: false });
    expect(one('The drug caused close to a quarter of a million overdose deaths.')).toMatchObject({ approx: true, bound: false });
    expect(one('He faces a maximum of 40 years in prison.')).toMatchObject({ approx: true, bound: true });
  });

  it('reads a hedge only when nothing but hedge words stand between it and the figure', () => {
    // the maximum is the sentence's, not a bound on the figure
    expect(one('He faces a maximum sentence of 40 years in prison.')).toMatchObject({ approx: false, bound: false });
    expect(one('Nearly all 40 workers were rescued.')).toMatchObject({ approx: false });
  });

  it('a hedge covers the rounding at the figure’s own precision, at most a tenth', () => {
    // "nearly 80" may be 77; "close to 45" is not 41 (given to the unit, it was not rounded to tens)
    expect(sameValue(one('Nearly 80 people were trapped.'), one('77 people were trapped.'))).toBe(true);
    expect(sameValue(one('He faces close to 45 years in prison.'), one('He faces 41 years in prison.'))).toBe(false);
    expect(sameValue(one('About 1,000 homes lost power.'), one('Some 950 homes lost power.'))).toBe(true);
    expect(sameValue(one('About 1,000 homes lost power.'), one('Some 700 homes lost power.'))).toBe(false);
  });
});

describe('times of day', () => {
  it.each([
    ['The storm reached the coast at 7:58 a.m. local time.', 7 * 60 + 58, '7:58 a.m.'],
    ['The storm reached the coast just before 8:00 a.m. on Monday.', 8 * 60, '8:00 a.m.'],
    ['The count stood at 40 as of 10pm, officials said.', 22 * 60, '10pm'],
    ['By 3 p.m., the river had crested.', 15 * 60, '3 p.m.'],
    ['The polls closed at 12 am.', 0, '12 am'],
    ['Voting ends at 20:30 in the capital.', 20 * 60 + 30, '20:30'],
    // a 24-hour time with a redundant meridiem, and the British dot between hours and minutes
    ['The ferry left the harbour at 14:05 pm on Friday.', 14 * 60 + 5, '14:05 pm'],
    ['The ferry left the harbour at 2.05pm on Friday.', 14 * 60 + 5, '2.05pm'],
    ['The ferry docked at 9.40 a.m. on Saturday.', 9 * 60 + 40, '9.40 a.m.'],
    // a four-digit 24-hour time, told by its zone or "hrs"
    ['The aircraft departed at 1339 IST from runway 23.', 13 * 60 + 39, '1339 IST'],
    ['The ship sailed at 2015 GMT on Friday.', 20 * 60 + 15, '2015 GMT'],
    ['Firing stopped at 0600 hrs.', 6 * 60, '0600 hrs'],
  ])('%s → a time of day, not a count', (text, minutes, label) => {
    const clock = q(text).filter((x) => x.unit === 'clock');
    expect(clock).toHaveLength(1);
    expect(clock[0].value).toBe(minutes);
    expect(clock[0].label).toBe(label);
    // the hours and minutes are never read as counts of anything
    expect(q(text).filter((x) => x.unit === 'count' && x.tok === clock[0].tok)).toEqual([]);
  });

  it.each(['The 2024 GMT rules were changed.', 'Officials counted 1339 cases.', 'The vote was 3:2 in favour.', 'The team scored 25 points.', 'Turnout was 61 percent at 9.', 'The camp takes children aged 12-15 this summer.'])('%s has no time of day', (text) => {
    expect(q(text).filter((x) => x.unit === 'clock')).toEqual([]);
  });

  it('keeps a reading’s seconds: 2:18:02 is not 2:18:20, and no part of it is a count', () => {
    const a = q('She was second in 2:18:02.'), b = q('She was second in 2:18:20.');
    expect(a.map((x) => x.label)).toEqual(['2:18:02']);
    expect(b.map((x) => x.label)).toEqual(['2:18:20']);
    expect(a[0].value).not.toBe(b[0].value);
  });

  it('two times of day are never the same quantity', () => {
    expect(sameQuantity(one('It struck at 7:58 a.m.'), one('It struck at 8:58 a.m.'))).toBe(false);
  });
});

describe('numbers that name, not count', () => {
  it.each([
    ['The ferry, an Atlas 340-2 with 120 people on board, sank.', [120]],
    ['Ferry route 14 carried 120 passengers that day.', [120]],
    ['The crew of the Voyager 2 probe numbered 40 engineers.', [40]],
    ['Runway 27 stayed closed while 30 flights were diverted.', [30]],
    // a capitalised word and a number joined by a hyphen are one name, even opening the sentence
    ['Selene-2 landed with 6 instruments on board.', [6]],
    ['Its predecessor, Selene-1, carried 4 instruments.', [4]],
    ['COVID-19 killed 300 people there.', [300]],
    // a day of the month is a date, on either side of the month's name
    ['Norland had 9.14 million residents on March 21, the office said.', [9140000]],
    ['12 people were rescued on 3 April.', [12]],
    ['Sentencing is set for 28 March, when 7 counts will be read.', [7]],
    // an abbreviated month keeps its stop ("Jan. 27"); a full name before a stop ends a sentence
    ['He is to be sentenced on Jan. 27 with 3 co-defendants.', [3]],
    ['The vote was in May. 27 members voted.', [27]],
    // …but not a count after the month and a comma
    ['On 3 April, 9 people died.', [9]],
  ])('%s', (text, counts) => {
    expect(q(text).filter((x) => x.unit === 'count').map((x) => x.value)).toEqual(counts);
  });

  it.each([
    // a headline in title case: its capitals are not names
    ['Strong Storm Kills 9, Injures Dozens', 9],
    // a range keeps its numbers (a score is one figure: see "scorelines")
    ['The camp takes children aged 12-15 this summer.', 12],
    // a month before a day is a date, not a name
    ['About 30 people were hurt on Sept 11, officials said.', 30],
  ])('%s still has its count', (text, value) => {
    expect(q(text).some((x) => x.value === value)).toBe(true);
  });
});

describe('groups by rank', () => {
  it('a number after "top" or "bottom" counts nothing', () => {
    expect(q('Eleven seconds separate the top two, and 146 riders are left.').map((x) => x.label)).toEqual(['Eleven', '146']);
    expect(q('The club finished in the bottom three for a second season.')).toEqual([]);
  });
});

describe('stated ranges', () => {
  it.each([
    ['Between 20 and 30 people were arrested.', 'Between 20 and 30', [20, 30]],
    ['Temperatures of 20-25 degrees are expected.', '20-25', [20, 25]],
    ['Turnout was between 55 and 60 per cent.', 'between 55 and 60 per cent', [55, 60]],
    ['Each count carries a sentence ranging from 5 to 20 years.', '5 to 20', [5, 20]],
    ['Estimates vary from 10 to 15 per cent.', '10 to 15 per cent', [10, 15]],
    // "between" takes its ends in either order (years before an era count down)
    ['The hoard was buried between 1400 and 1100 BC.', 'between 1400 and 1100', [1100, 1400]],
    // after "of", N to M rising is an interval
    ['The firm forecast a margin of 6% to 7% for the year.', '6% to 7%', [6, 7]],
  ])('%s → one range', (text, label, range) => {
    const all = q(text);
    expect(all.map((x) => [x.label, x.range])).toEqual([[label, range]]);
  });

  it('a scale and a currency said once belong to both ends of a range', () => {
    expect(q('The hall will cost between 1.1 and 1.2 billion dollars.').map((x) => [x.label, x.unit, x.range])).toEqual([
      ['between 1.1 and 1.2 billion dollars', 'USD', [1.1e9, 1.2e9]],
    ]);
    expect(q('Repairs may cost between 20 and 30 million euros.').map((x) => [x.unit, x.range])).toEqual([['EUR', [2e7, 3e7]]]);
  });

  it('two amounts after "between", joined by "and", are one interval', () => {
    // each end keeps its label, both carry the interval: neither is a level on its own
    expect(q('The bridge is projected to cost between $1.1 billion and $1.2 billion.').map((x) => [x.label, x.range])).toEqual([
      ['$1.1 billion', [1.1e9, 1.2e9]],
      ['$1.2 billion', [1.1e9, 1.2e9]],
    ]);
    expect(q('The bridge will cost between $1.1 and $1.2 billion.').map((x) => x.range)).toEqual([[1.1e9, 1.2e9], [1.1e9, 1.2e9]]);
    // "between" with a noun after each amount shares it out: two amounts, no interval
    expect(q('The fund was split between $5m for roads and $8m for schools.').map((x) => x.range)).toEqual([undefined, undefined]);
  });

  it('a change from one level to another is two figures, not a range', () => {
    expect(q('Inflation rose from 3.2% to 3.5% in April.').map((x) => [x.value, x.range])).toEqual([[3.2, undefined], [3.5, undefined]]);
    // falling after "of" is no interval
    expect(q('It lowered its forecast of 7% to 5%.').map((x) => [x.value, x.range])).toEqual([[7, undefined], [5, undefined]]);
  });
});

describe('ages', () => {
  it.each([
    ['The 44-year-old was found guilty.', '44-year-old', 44],
    ['She is 44 years old.', '44 years old', 44],
    ['A man aged 52 was arrested.', '52', 52],
    ['She died at the age of 87.', '87', 87],
    ['He retired at age 61.', '61', 61],
    ['Novelist dies at 87', '87', 87],
    // news style: an age set off by commas after a name, hyphenated names too
    ['“It shook,” said Lena Park-soo, 60, a nurse.', '60', 60],
  ])('%s → an age', (text, label, value) => {
    expect(q(text).map((x) => [x.label, x.value, x.unit])).toEqual([[label, value, 'age']]);
  });

  it('an age is never the same quantity as a span of years', () => {
    const [age] = q('The 44-year-old was found guilty.');
    const [span] = q('He was sentenced to 44 years in prison.');
    expect(span.unit).toBe('count');
    expect(sameQuantity(age, span)).toBe(false);
  });

  it('an age is no term two sentences share: it describes a person, as a title does', () => {
    const terms = (text: string) => sentenceFeatures({ start: 0, end: text.length, text }).terms;
    expect(terms('The 52-year-old is expected to appeal.')).toEqual(['year', 'old', 'expect', 'appeal']);
    expect(terms('Vale, 52, was convicted.')).toEqual(['vale', 'convict']);
  });

  it('a count between commas after a place is still a count', () => {
    expect(q('In Dunmore, 12 buildings collapsed.').map((x) => x.unit)).toEqual(['count']);
  });
});

describe('scorelines', () => {
  it.each([
    ['The home side won 3-1 after extra time.', '3-1', 3001],
    ['Harbourside beat Millbrook 2-1 in the final.', '2-1', 2001],
    // the loser's view of the same result is the same figure
    ['Millbrook lost 1-2 to Harbourside.', '1-2', 2001],
    ['It ended in a 1–1 draw.', '1–1', 1001],
    ['The Senate voted 52-48 to confirm her.', '52-48', 52048],
  ])('%s → one result', (text, label, value) => {
    expect(q(text).map((x) => [x.label, x.value, x.unit])).toEqual([[label, value, 'score']]);
  });

  it.each([
    // no result word: a range, or a name and its variant
    ['Temperatures of 20-25 degrees are expected.'],
    ['The airline flies the 787-8 on that route.'],
  ])('%s → not a result', (text) => {
    expect(q(text).some((x) => x.unit === 'score')).toBe(false);
  });
});

describe('vague amounts', () => {
  it.each([
    ['The blast injured hundreds, the police said.', 200, 999],
    ['Dozens of people were trapped in the mall.', 24, 99],
    ['Thousands of residents fled the city.', 2000, 9999],
    ['Scores of homes burned overnight.', 40, 99],
  ])('%s → a range', (text, low, high) => {
    const [x] = q(text);
    expect(x.range).toEqual([low, high]);
    expect(x.approx).toBe(true);
  });

  it('"scores" is a vague amount only as "scores of"', () => {
    expect(q('The team posted high scores this season.').filter((x) => x.range)).toEqual([]);
  });

  it('is never the same value as a figure', () => {
    expect(sameValue(one('The blast injured hundreds of workers.'), one('The blast injured 300 workers.'))).toBe(false);
  });
});

describe('figures past a double', () => {
  // Number() of a 400-digit run, or a figure scaled by scale word after scale word, is Infinity:
  // every such figure "equalled" every other, and a report's JSON wrote it as null.
  it.each([
    ['a 400-digit count', `The toll rose to ${'9'.repeat(400)} people.`],
    ['a range ending at 400 digits', `Between 5 and ${'9'.repeat(400)} people were hurt.`],
    ['thirty scale words', `The fund lost 9 ${'trillion '.repeat(30)}dollars.`],
  ])('is no figure: %s', (_name, text) => {
    expect(q(text)).toEqual([]);
  });

  it('leaves a large figure within range as it was', () => {
    expect(one('The fund lost 9 trillion trillion dollars.').value).toBe(9e24);
  });
});

// What a figure measures, and when two figures are the same quantity with incompatible values.
import { describe, expect, it } from 'vitest';
import { sentenceFeatures, tokensOf } from '../../../utils/engine/text/features';
import { isNamedMeasure, measureOf, measuresOf, sameMeasure, valuesConflict } from '../../../utils/engine/facts/measure';

function figures(text: string) {
  const s = sentenceFeatures({ text, start: 0, end: text.length });
  return s.quantities.map((q) => ({ q, m: measureOf(q, tokensOf(s), s.text, s.seq) }));
}

describe('measureOf', () => {
  it.each([
    ['The storm killed 12 people and injured 340 others.', ['death', 'injury']],
    ['At least 40 people were trapped in the collapsed mall.', ['trapped']],
    ['The toll rose to 31 on Tuesday.', ['death']],
    ['The blast left 14 dead.', ['death']],
    ['It struck at a depth of 12 km off the coast.', ['length:depth']],
    ['The epicentre was 30 kilometres deep.', ['length:depth']],
    // "<figure> <unit> of X": what the unit measures
    ['The council voted after just over five hours of debate.', ['duration:debat']],
    ['The company cut 1,200 jobs.', ['job']],
    // a count of people is a whole number: "deadly" before a magnitude does not make it a toll
    ['Deadly 6.8 tremor, 40 hurt, toll rising', ['tremor', 'injury']],
    // the head of "X% of the …" past modifiers and possessives
    ['The mill ships about 30 percent of the region’s export timber.', ['timber']],
    ['The mill ships about 30 percent of national export timber.', ['timber']],
    // a pronoun before "of" names nothing: "that of a 74-year-old man" is the man's age
    ['The only loss so far is that of a 63-year-old farmer.', ['farmer']],
    // a count closing the sentence right after its verb
    ['Storm toll rises to 4, injured 210', ['death', 'injury']],
    // a count a verb of change reaches counts what the verb's subject names
    ['The toll from the storm rose to four.', ['death']],
    // a subject headed by a word for a count counts the noun before that head
    ['Passenger numbers rose 7% to 56 million.', ['number', 'passenger']],
    ['Its rank rose to seven.', ['uncompared']],
    // two figures joined by "and", each with its own verb: not one coordinated noun
    ['The fire has destroyed 40 homes and burned 18,000 acres.', ['home', 'acr']],
    ['The blaze burned 18,000 acres and destroyed 140 homes.', ['acr', 'home']],
    // a counted noun coordinated with another is one whole
    ['The plane carried 242 passengers and crew.', ['passenger+crew']],
    // a reading of the event, however it is worded
    ['A 6.9 magnitude tremor shook the valley.', ['magnitude']],
    ['The agency put it at magnitude 6.7.', ['magnitude']],
    ['One aftershock had a magnitude of 5.1.', ['magnitude']],
    // a distance from a named place, with its bracketed conversion
    ['It was centred 40 kilometres (25 miles) north-northwest of Dunmore.', ['length:offset:dunmor', 'length:offset:dunmor']],
    ['The vessel sank 12 km off the coast of Kerris.', ['length:offset:kerris']],
    ['The ferry sank 12 km offshore.', ['length:extent']],
    // a record: a superlative of size or strength, then a span of years
    ['It was the strongest storm to hit the coast in 30 years.', ['record']],
    ['The region’s most powerful tremor in at least 40 years shook the valley.', ['record']],
    ['It was the largest march in the city in half a century.', ['record']],
    ['It was the deadliest fire in 20 years.', ['record:toll']],
    ['The plant has run for 30 years.', ['year']],
    ['The most senior official in 30 years resigned.', ['year']],
    // the noun of "X of <figure>" stands before the figure's currency sign
    ['The firm will pay a dividend of €1.80 a share.', ['dividend']],
    ['The club paid a fee of £62 million a year ago.', ['fee']],
  ])('%s → %j', (text, keys) => {
    expect(figures(text).map(({ m }) => m.key)).toEqual(keys);
  });

  it('tells an increment from a level, a proposal from a fact, a counter-measure from a measure', () => {
    const [inc] = figures('The city added another 5% levy on hotel stays.');
    expect(inc.m.change).toBe('increment');
    const [level] = figures('Hotel stays carry a 12% levy.');
    expect(level.m.change).toBe('level');
    const [proposed] = figures('The council could raise the levy to 15%.');
    expect(proposed.m.status).toBe('proposed');
    const [counter] = figures('Ruritania retaliated with duties of 30% on the imports.');
    expect(counter.m.counter).toBe(true);
  });

  it('reads a word of aim or demand as one only with what it is for', () => {
    expect(figures('The collapse trapped nearly 80 people as rescue efforts continue.')[0].m.status).toBe('stated');
    expect(figures('The ministry began efforts to cut 80 tariffs.')[0].m.status).toBe('proposed');
    expect(figures('The crash left 177 people dead and two survivors in critical condition.')[0].m.status).toBe('stated');
    expect(figures('Rebels will free 40 hostages on condition that the army withdraws.')[0].m.status).toBe('proposed');
    expect(figures('More than 240 people were on board in what the airline called an accident.')[0].m.status).toBe('stated');
    // a demand with what it is for: a request (its own status since requests and offers were told apart)
    expect(figures('The union called for 40 new inspectors.')[0].m.status).toBe('requested');
  });

  it('reads an age as stated, whatever tally or plan its clause tells', () => {
    expect(figures('The only loss so far is that of a 63-year-old farmer.')[0].m.status).toBe('stated');
    expect(figures('The council will name a 52-year-old engineer as its new head.')[0].m.status).toBe('stated');
  });

  it('reads bounds and converts lengths', () => {
    const [lower] = figures('More than 700 people were injured.');
    expect(lower.m.bound).toBe('lower');
    const [upper] = figures('Fines run up to 84% of the damage.');
    expect(upper.m.bound).toBe('upper');
    const [miles] = figures('The quake had a depth of 10 miles.');
    expect(miles.m.value).toBeCloseTo(16.09, 1);
  });

  it('reads a length over a time as a speed, in km/h', () => {
    const [slash] = figures('The train reached 320 km/h on the new line.');
    expect(slash.m.key.startsWith('speed:')).toBe(true);
    expect(slash.m.value).toBe(320);
    const [perSecond] = figures('The capsule was moving at 7.5 km per second.');
    expect(perSecond.m.key.startsWith('speed:')).toBe(true);
    expect(perSecond.m.value).toBe(27000);
    const [anHour] = figures('Gusts of 90 miles an hour hit the coast.');
    expect(anHour.m.key.startsWith('speed:')).toBe(true);
    expect(anHour.m.value).toBeCloseTo(144.8, 1);
    // a distance stays a length, and a speed is never the same quantity as one
    const [far] = figures('The capsule was 400 km above the sea.');
    expect(far.m.key.startsWith('length:')).toBe(true);
    expect(sameMeasure(perSecond.q, perSecond.m, far.q, far.m)).toBe(false);
  });

  it('reads a temperature in degrees Celsius, whatever its scale', () => {
    const [f] = figures('Phoenix reached 118F on Tuesday.');
    const [c] = figures('Phoenix recorded nearly 48C on Tuesday.');
    expect(f.m.key.startsWith('temperature:')).toBe(true);
    expect(f.m.value).toBeCloseTo(47.8, 1);
    // one reading in two scales: the same measure, values that agree
    expect(sameMeasure(f.q, f.m, c.q, c.m)).toBe(true);
    expect(valuesConflict(f.q, f.m, c.q, c.m)).toBe(false);
    const [sign] = figures('It was 40 °C in the shade.');
    expect(sign.m.key.startsWith('temperature:')).toBe(true);
    const [words] = figures('It reached 104 degrees Fahrenheit.');
    expect(words.m.value).toBeCloseTo(40, 1);
    // two values in one scale still clash
    const [hot] = figures('Phoenix reached 46C on Tuesday.');
    expect(valuesConflict(hot.q, hot.m, c.q, c.m)).toBe(true);
    // a letter that is no scale: "Group C"
    expect(figures('They play 3 games in Group C.')[0].m.key.startsWith('temperature:')).toBe(false);
  });
});

describe('sameMeasure and valuesConflict', () => {
  const pair = (a: string, b: string, k = 0, l = 0) => {
    const x = figures(a)[k], y = figures(b)[l];
    const same = sameMeasure(x.q, x.m, y.q, y.m);
    return { same, conflict: same && valuesConflict(x.q, x.m, y.q, y.m) };
  };
  it.each([
    // same quantity, different values: a contradiction
    ['The fire killed nine people.', 'Seven people died in the fire.', true, true],
    ['About 80 people were trapped.', 'More than 100 people were trapped.', true, true],
    ['The quake struck 35 kilometers deep.', 'It had a depth of 15 km.', true, true],
    ['Ruritania hit back with tariffs of up to 84%.', 'Ruritania retaliated with 125% tariffs of its own.', true, true],
    // compatible values
    // a lower bound says "at least": "more than 900" is over 800 too (counts grow through an event)
    ['Over 800 people were injured.', 'More than 900 people were injured.', true, false],
    ['At least three people died in the storm.', 'Five people died in the storm.', true, false],
    // below a lower bound is a clash
    ['At least nine people died in the storm.', 'Five people died in the storm.', true, true],
    ['More than 700 people were injured.', 'Hospitals treated 736 injured people.', true, false],
    ['Over 800 people were injured.', 'The flood injured 900 people.', true, false],
    ['At least 900 people were injured.', 'Over 800 people were injured.', true, false],
    ['The quake had a depth of 9.6 miles.', 'It struck at a depth of 15.5 km.', true, false],
    ['The agency measured the quake at magnitude 7.2 on its scale.', 'The agency measured the quake at magnitude 7.4 on its scale.', true, false],
    // different quantities
    ['The tariff on steel is 25%.', 'The tariff on cars is 10%.', false, false],
    ['Ruritania faces 145% tariffs on its goods.', 'Ruritania retaliated with 125% tariffs.', false, false],
    ['The city added another 5% levy.', 'Hotel stays carry a 12% levy.', false, false],
    ['The council could raise the levy to 15%.', 'The levy stands at 12%.', false, false],
    ['The storm killed 12 people.', 'The storm injured 340 people.', false, false],
    // a group's figure is not the whole's
    ['Unemployment among people under 25 is 14%.', 'Unemployment is 5%.', false, false],
    ['Unemployment among people under 25 is 14%.', 'Unemployment among people under 25 is 12%.', true, true],
  ])('%s | %s → same %s, conflict %s', (a, b, same, conflict) => {
    expect(pair(a, b)).toEqual({ same, conflict });
  });

  it('keeps figures for different things apart ("on steel" / "on cars" share no target)', () => {
    const x = figures('Tariffs of 25% on steel took effect.')[0], y = figures('Tariffs of 10% on cars took effect.')[0];
    expect(sameMeasure(x.q, x.m, y.q, y.m)).toBe(false);
  });
});

describe('a numeral is never what a figure measures', () => {
  it.each([
    ['Jurors found him guilty of 13 of 14 counts of fraud.', 'count'],
    ['The House passed the bill by 312 votes to 105.', 'vote'],
    // a second figure with its own noun is a second count, not a second counted noun
    ['The plane was carrying 230 passengers and 12 crew members.', 'passenger'],
    ['The passengers included 217 adults, 11 children and two infants.', 'adult'],
  ])('%s → %s', (text, key) => {
    expect(figures(text)[0].m.key).toBe(key);
  });
});

describe('measuresOf', () => {
  const keys = (text: string) => measuresOf(sentenceFeatures({ text, start: 0, end: text.length })).map((m) => m.key);
  it('reads a conversion in brackets as the figure before it', () => {
    expect(keys('The tremor struck at a depth of 12 km (7.5 miles) below the bay.')).toEqual(['length:depth', 'length:depth']);
  });
  it('keeps a bracketed figure of another dimension apart', () => {
    expect(keys('The tremor struck at a depth of 12 km (about 40 minutes before dawn).')[1]).not.toBe('length:depth');
  });
  it.each([
    ['over 800 people were injured', 'injury', []],
    ['the storm killed seven people on Tuesday', 'death', []],
  ])('"%s": %s, with no target', (text, key, about) => {
    const [m] = measuresOf(sentenceFeatures({ text, start: 0, end: text.length }));
    expect(m.key).toBe(key);
    expect(m.about).toEqual(about);
  });
});

// Written for this test, on an invented flood.
describe('a count a verb of change reaches', () => {
  const keys = (text: string) => measuresOf(sentenceFeatures({ text, start: 0, end: text.length })).map((m) => m.key);
  it.each([
    ['The death toll rose to 31.', 'death'],
    ['The toll from the floods in Valdora rose to 12.', 'death'],
    ['Death toll from flash floods in the valley rises to nine', 'death'],
    ['The number of injured climbed to 140.', 'injury'],
  ])('"%s" measures its subject: %s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });

  it('is never compared when its subject names no measure', () => {
    const a = sentenceFeatures({ text: 'Its ranking rose to seven.', start: 0, end: 26 });
    const b = sentenceFeatures({ text: 'Its ranking rose to nine.', start: 0, end: 25 });
    expect(sameMeasure(a.quantities[0], measuresOf(a)[0], b.quantities[0], measuresOf(b)[0])).toBe(false);
  });
});

describe('a figure that defines a generic subject', () => {
  const same = (x: string, y: string, i = 0, j = 0) => {
    const [a] = [figures(x)[i]], [b] = [figures(y)[j]];
    return sameMeasure(a.q, a.m, b.q, b.m);
  };
  it('is never compared: it says which group, it states nothing', () => {
    expect(same('People who walked 8,000 steps a day had a 40% lower risk.', 'People who walked 4,000 steps a day had a 15% lower risk.')).toBe(false);
    expect(same('Those who earn over £100,000 will pay more.', 'Those who earn over £150,000 will pay more.')).toBe(false);
  });
  it('is compared when it follows the subject’s own verb, or the subject is not generic', () => {
    // the figure after the main verb states something of the group
    expect(same('Patients who took the drug lost 15% of their weight.', 'Patients who took the drug lost 9% of their weight.')).toBe(true);
    expect(same('People who walked 8,000 steps a day had a 40% lower risk.', 'People who walked 8,000 steps a day had a 15% lower risk.', 1, 1)).toBe(true);
    // a definite subject: the figure is a fact about those people
    expect(same('The passengers who spent 9 hours in the water were treated.', 'The passengers who spent 14 hours in the water were treated.')).toBe(true);
  });
});

describe('isNamedMeasure', () => {
  it.each([
    ['death', true], ['length:depth', true], ['length:extent', false], ['tariff', false],
  ])('%s → %s', (key, named) => expect(isNamedMeasure(key)).toBe(named));
});

describe('readings and distances', () => {
  it('a vague amount never clashes with a figure', () => {
    const [a] = figures('The blast injured hundreds.');
    const [b] = figures('The blast injured 1,400 people.');
    expect(sameMeasure(a.q, a.m, b.q, b.m)).toBe(true);
    expect(valuesConflict(a.q, a.m, b.q, b.m)).toBe(false);
  });

  it('two readings of one event never clash, whatever their values', () => {
    const [a] = figures('The agency rated the tremor at magnitude 6.9.');
    const [b] = figures('Aftershocks stronger than magnitude 5 followed.');
    expect(sameMeasure(a.q, a.m, b.q, b.m)).toBe(true);
    expect(valuesConflict(a.q, a.m, b.q, b.m)).toBe(false);
  });

  it('a distance from a place is one quantity on one side of it, two on opposite sides', () => {
    const [south] = figures('The epicentre was 20 km south of Dunmore.');
    const [southwest] = figures('It struck 26 kilometres south-southwest of Dunmore.');
    const [north] = figures('The dam stands 20 km north of Dunmore.');
    const [off] = figures('It was centred 30 km off Dunmore.');
    expect(sameMeasure(south.q, south.m, southwest.q, southwest.m)).toBe(true);
    expect(valuesConflict(south.q, south.m, southwest.q, southwest.m)).toBe(true);
    expect(sameMeasure(south.q, south.m, north.q, north.m)).toBe(false);
    expect(sameMeasure(south.q, south.m, off.q, off.m)).toBe(true);
    expect(isNamedMeasure(south.m.key)).toBe(true);
  });

  it('a distance from a thing no name gives is one quantity only from the same thing', () => {
    const [pole] = figures('It landed about 600km from the lunar south pole.');
    const [target] = figures('It came down within 300 metres of its target.');
    const [pole2] = figures('The probe came down 450km from the south pole.');
    const [coast] = figures('The wreck lies 3km off the coast.');
    const [site] = figures('The lander settled 1.2 km from its target site on the rim of the crater.');
    expect(sameMeasure(pole.q, pole.m, target.q, target.m)).toBe(false);
    expect(sameMeasure(pole.q, pole.m, coast.q, coast.m)).toBe(false);
    // the same thing, told with more or fewer words: one quantity
    expect(sameMeasure(pole.q, pole.m, pole2.q, pole2.m)).toBe(true);
    expect(valuesConflict(pole.q, pole.m, pole2.q, pole2.m)).toBe(true);
    expect(sameMeasure(target.q, target.m, site.q, site.m)).toBe(true);
    expect(isNamedMeasure(pole.m.key)).toBe(false);
  });

  it('a height or depth is measured from what its preposition names, and one quantity only from the same thing', () => {
    const [chamber] = figures('The crew waited in a shelter 290 metres below the surface.');
    const [chamber2] = figures('The shelter lies some 260 metres beneath the surface.');
    const [usual] = figures('The lake rose to 6.1 metres above its usual level.');
    const [sea] = figures('The lake peaked at 183.6 metres above sea level.');
    expect(chamber.m.reference).toEqual(['surfac']);
    expect(sameMeasure(chamber.q, chamber.m, chamber2.q, chamber2.m)).toBe(true);
    expect(valuesConflict(chamber.q, chamber.m, chamber2.q, chamber2.m)).toBe(true);
    // a rise above a norm is a difference, not a level measured from a datum
    expect(usual.m.change).toBe('increment');
    expect(sameMeasure(usual.q, usual.m, sea.q, sea.m)).toBe(false);
  });
});

// Another event of the same kind is not the story: ledes that disagree on the day and on the
// defining figure with the whole story.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../utils/engine';
import { anotherEvent, anotherNumberedThing, ledesClash, numberedThingsApart } from '../../../utils/engine/story/event-identity';
import { eventDays } from '../../../utils/engine/relations/event-days';
import { isSpanOfTime, measuresOf } from '../../../utils/engine/facts/measure';
import { splitSentences } from '../../../utils/engine/text/segment';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const story = [
  'A magnitude 6.9 earthquake struck the Vell coast on Monday morning, damaging the old harbour.',
  'The magnitude 6.9 quake hit at dawn on Monday, the seismology office said, and cut power to the port.',
  'Monday’s earthquake, measured at 6.9, was the strongest on the Vell coast in forty years.',
];
const index = new CorpusIndex();
story.forEach((text, k) => index.add({ id: 'd' + k, outlet: 'Outlet ' + k, outletNamed: true, headline: text, date: null, lang: 'en', text }));
const docs = story.map((_, k) => index.indexed('d' + k)!);
const page = (text: string) => splitSentences(text).map(sentenceFeatures);

describe('anotherEvent', () => {
  it.each([
    ['another quake on another day with another magnitude', 'A magnitude 5.1 earthquake shook the Vell coast on Thursday, rattling windows.', true],
    ['the same quake, told with its day', 'The Monday earthquake on the Vell coast damaged the old harbour and cut power.', false],
    ['the same quake read at a close magnitude by another agency', 'A magnitude 7.1 earthquake struck the Vell coast, an agency abroad said.', false],
    ['a page that says neither when nor how big', 'The old harbour on the Vell coast was damaged by an earthquake.', false],
    // a follow-up dates its own act and counts back to the event's day (Wednesday − 2 = Monday)
    ['a follow-up counting back to the day', 'Divers reopened the old harbour on the Vell coast on Wednesday, two days after the earthquake.', false],
    ['control: a follow-up counting back to another day', 'Divers reopened the old harbour on the Vell coast on Wednesday, a day after the earthquake.', true],
  ])('%s → %s', (_what, text, expected) => {
    expect(anotherEvent(page(text), docs)).toBe(expected);
  });
});

describe('anotherEvent: only a document on the story vouches for one event', () => {
  // a near miss of another story (a storm on Thursday) shares the page's day
  index.add({ id: 'storm', outlet: 'Storm desk', outletNamed: true, headline: 'Storm floods the Vell coast', date: null, lang: 'en', text: 'A storm flooded the Vell coast harbour on Thursday, and power was cut to the port.' });
  const storm = index.indexed('storm')!;
  const text = 'A magnitude 5.1 earthquake shook the Vell coast on Thursday, rattling windows.';
  it('the near miss vouches when every document may', () => {
    expect(anotherEvent(page(text), [...docs, storm])).toBe(false);
  });
  it('not when only the story’s documents may vouch', () => {
    expect(anotherEvent(page(text), [...docs, storm], undefined, docs)).toBe(true);
  });
});

describe('a day the lede dates a thing by is not the day of its act', () => {
  it.each([
    ['The offer is a 30% premium to Friday’s close.', ['friday'], ['friday']],
    ['The offer is a 30% premium to the Friday closing price.', ['friday'], ['friday']],
    ['The shares rose 27% on Monday after the announcement.', ['monday'], []],
    ['The quake struck on Friday night.', ['friday'], []],
    // after "on", the word that follows is the act the day dates
    ['The minister on Thursday announced a schools settlement.', ['thursday'], []],
  ])('%s', (text, weekdays, ofThings) => {
    const days = eventDays(page(text)[0])!;
    expect([...days.weekdays]).toEqual(weekdays);
    expect([...days.ofThings]).toEqual(ofThings);
  });

  // An invented takeover: the page's lede dates only the price its premium is reckoned from; the
  // other report's lede sets the shares' jump on Monday. Neither says the deal was on another day.
  const other = new CorpusIndex();
  other.add({ id: 'o', outlet: 'Other', outletNamed: true, headline: 'Why Norvik pays a premium for Aldane', date: null, lang: 'en', text: [
    'Why Norvik pays a premium for Aldane',
    'Aldane’s stock rose 27% on Monday after Norvik’s $18.5 billion offer for the chipmaker.',
    'It is the largest chip deal this year.',
  ].join('\n') });
  const doc = other.indexed('o')!;
  it('ledes that name different days only through a dated thing do not clash', () => {
    expect(ledesClash(page('Norvik agrees to buy Aldane\nThe price is a 30% premium to Aldane’s Friday closing price.'), doc)).toBe(false);
  });
  it('control: a lede that sets an act on another day clashes', () => {
    expect(ledesClash(page('Norvik agrees to buy Aldane\nAldane’s stock rose 12% on Thursday after the announcement.'), doc)).toBe(true);
  });
});

describe('a day the lede gives a planned act is not the day of another act', () => {
  // An invented water ban: the page's lede says when the ban starts, the other report's when it
  // was announced. Two acts of one event, not two events.
  const water = new CorpusIndex();
  water.add({ id: 'w', outlet: 'Wire', outletNamed: true, headline: 'Hosepipe ban for Alder Vale', date: null, lang: 'en', text: [
    'Hosepipe ban for Alder Vale',
    'Alder Water announced a hosepipe ban on Thursday for its 900,000 customers.',
    'Its reservoirs have fallen to a third of their capacity.',
  ].join('\n') });
  const doc = water.indexed('w')!;
  it('"will ban … from Monday" does not clash with "announced … on Thursday"', () => {
    expect(ledesClash(page('Alder Vale bans hosepipes\nAlder Water will ban hosepipes from Monday after the driest spring on record.'), doc)).toBe(false);
  });
  it('control: a ban imposed on Monday does clash with one announced on Thursday', () => {
    expect(ledesClash(page('Alder Vale bans hosepipes\nAlder Water imposed a hosepipe ban on Monday after the driest spring on record.'), doc)).toBe(true);
  });
});

describe('a calendar date against a shared weekday', () => {
  // Invented: a central bank's decision, two reports; one carries a wire's dateline. Central banks
  // decide on the same weekday meeting after meeting, so a shared "Thursday" says little.
  const decision = new CorpusIndex();
  const reports = [
    ['Orland central bank cuts rates', 'PELLA, Oct 9 (Wire) - The Bank of Orland cut its main rate to 3.75% on Thursday, its first cut in two years.', 'The committee voted 5-4 for the cut.'],
    ['Orland rate cut brings relief', 'The Bank of Orland lowered its rate to 3.75% on Thursday.', 'Mortgage lenders said they would pass the cut on.'],
  ];
  reports.forEach((lines, k) => decision.add({ id: 'r' + k, outlet: 'R' + k, outletNamed: true, headline: lines[0], date: null, lang: 'en', text: lines.join('\n') }));
  const rdocs = reports.map((_, k) => decision.indexed('r' + k)!);

  it('reads abbreviated months next to a day ("Oct 9", "Sept. 30") as dates', () => {
    expect([...eventDays(page('PELLA, Oct 9 (Wire) - The bank cut rates.')[0])!.dates]).toEqual(['october 9']);
    expect([...eventDays(page('The bank met on Sept. 30.')[0])!.dates]).toEqual(['september 30']);
  });
  it('takes a page whose lede dates its act months from the story’s dates for another occasion', () => {
    expect(anotherEvent(page('The Bank of Orland kept its main rate at 4% on Thursday, 12 March.\nThe committee voted 6-3 to hold.'), rdocs)).toBe(true);
  });
  it('takes a date within a week of the story’s for the same occasion', () => {
    expect(anotherEvent(page('The Bank of Orland cut its main rate to 3.75% on Thursday, 9 October.\nThe committee voted 5-4.'), rdocs)).toBe(false);
    expect(anotherEvent(page('A day after the Oct 9 cut, the Bank of Orland said lenders had passed it on.'), rdocs)).toBe(false);
  });
});

describe('a span of time in a lede is the report’s frame, not a figure of the event', () => {
  // Invented: a retailer's results for one quarter, two reports. Every quarter's results cover
  // "the three months to" its end, so a shared span says nothing of which quarter a page is on.
  const results = new CorpusIndex();
  const reports = [
    ['Marrow & Finch sales climb', 'Marrow & Finch posted an 8% rise in sales to £960m on Tuesday for the three months to the end of June.', 'Profit came in at £71m.'],
    ['Marrow & Finch beats forecasts', 'Marrow & Finch posted sales of £960m for the three months to June on Tuesday, up 8%.', 'Its shares rose 5%.'],
  ];
  reports.forEach((lines, k) => results.add({ id: 'q' + k, outlet: 'Q' + k, outletNamed: true, headline: lines[0], date: null, lang: 'en', text: lines.join('\n') }));
  const qdocs = reports.map((_, k) => results.indexed('q' + k)!);

  it('takes another quarter on another day with other figures for another occasion, whatever span they share', () => {
    expect(anotherEvent(page('Marrow & Finch posted a 2% fall in sales to £810m on Friday for the three months to the end of March.\nProfit was £40m.'), qdocs)).toBe(true);
  });
  it('reads a span running to a point or back from now as a frame, a span of the thing itself as its figure', () => {
    const spans = (text: string) => {
      const s = page(text)[0];
      return measuresOf(s).map((m, k) => isSpanOfTime(s, s.quantities[k], m));
    };
    expect(spans('Sales for the three months to the end of June rose to £960m.')).toEqual([true, false]);
    expect(spans('Rescuers found 12 survivors in the past 24 hours.')).toEqual([false, true]);
    expect(spans('The trial followed patients for a median of three years.')).toEqual([false]);
    expect(spans('The two-week strike closed the port.')).toEqual([false]);
  });
  it('control: the same quarter told with its figure is the story', () => {
    expect(anotherEvent(page('Marrow & Finch posted sales of £960m on Tuesday for the three months to the end of June.'), qdocs)).toBe(false);
  });
});

describe('reports that give the same precise figures are of one event', () => {
  // An invented results day: the stored reports set it on Tuesday; the page calls it Monday (a
  // contradiction to show, not another quarter) and gives the reports' exact figures.
  const results = new CorpusIndex();
  const reports = [
    ['Kellan Foods beats forecasts', 'Kellan Foods reported quarterly sales of £1,263m on Tuesday, ahead of forecasts.', 'Operating profit was £147.5m and the dividend rises to 6.2p.',
      'The shares have lagged the market this year.', 'The group employs 12,350 people at 41 plants.'],
    ['Kellan lifts outlook', 'Kellan Foods raised its outlook on Tuesday after sales of £1,263m in the quarter.', 'Profit came in at £147.5m, the company said.'],
  ];
  reports.forEach((lines, k) => results.add({ id: 'r' + k, outlet: 'R' + k, outletNamed: true, headline: lines[0], date: null, lang: 'en', text: lines.join('\n') }));
  const stored = reports.map((_, k) => results.indexed('r' + k)!);
  it('a page that sets the day otherwise but gives two of their precise figures is the story', () => {
    // (in other words than the reports' ledes: "the top line", not "sales")
    const text = 'Three things from Kellan\'s results\nKellan Foods published its results on Monday.\nThe top line came in at £1,263m and the bottom line at £147.5m.';
    expect(anotherEvent(page(text), stored)).toBe(false);
    expect(ledesClash(page(text), stored[0])).toBe(false);
  });
  it('control: another quarter, with one figure in common, is another event', () => {
    const text = 'Kellan Foods results\nKellan Foods reported quarterly sales of £1,190m on Monday.\nThe group employs 12,350 people.';
    expect(anotherEvent(page(text), stored)).toBe(true);
  });
});

describe('a figure shared by ledes set on days apart', () => {
  // Invented: a stage race. A margin of seconds recurs from one stage to the next; the page is
  // another stage, on another day, that happens to be won by the same margin.
  const stage16 = [
    'Ivo Rask won the 16th stage of the Tour of Vell on Tuesday, beating the race leader by 23 seconds.',
    'Ivo Rask cut the race leader’s advantage to 11 seconds with his stage win in the Vell mountains.',
    'Ivo Rask trimmed the race leader’s advantage to 11 seconds on the final climb of the Tour of Vell.',
  ];
  const idx = new CorpusIndex();
  stage16.forEach((text, k) => idx.add({ id: 's' + k, outlet: 'Outlet ' + k, outletNamed: true, headline: text, date: null, lang: 'en', text }));
  const stageDocs = stage16.map((_, k) => idx.indexed('s' + k)!);
  it('is no proof of one event: another stage on another day, won by the same margin, is another event', () => {
    expect(anotherEvent(page('Jan Mol won stage 14 of the Tour of Vell on Saturday, beating Ivo Rask by 23 seconds, and the race leader kept an advantage of 35 seconds.'), stageDocs)).toBe(true);
  });
  it('control: the same stage told with its day is the story', () => {
    expect(anotherEvent(page('Ivo Rask won on Tuesday by 23 seconds and now trails the race leader by 11 seconds in the Tour of Vell.'), stageDocs)).toBe(false);
  });
});

describe('numberedThingsApart: two numbered things of one kind are two stories', () => {
  const library = new CorpusIndex();
  const doc = (id: string, text: string) => {
    library.add({ id, outlet: id, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text });
    return library.indexed(id)!;
  };
  const tarn = doc('tarn', 'Steam found on Tarn-42 b\nAstronomers using the Halo telescope found steam in the air of Tarn-42 b, a world 70 light-years away.\nThe team said Tarn-42 b is twice the size of Earth.');
  const mentions = doc('mentions', 'Steam found on Tarn-42 b\nAstronomers found steam on Tarn-42 b.\nA rival team had studied Velo-9 c last year.');
  const plain = doc('plain', 'Steam found on a distant world\nAstronomers using the Halo telescope found steam in the air of a world 70 light-years away.');
  it.each([
    ['another planet, never named by the report', 'Hints of steam on Velo-9 c\nA team found hints of steam on Velo-9 c, a planet 40 light-years away.', tarn, true],
    ['the same planet', 'Steam on Tarn-42 b\nThe Halo telescope saw steam on Tarn-42 b, a report said.', tarn, false],
    ['another planet that the report names in passing', 'Hints of steam on Velo-9 c\nA team found hints of steam on Velo-9 c.', mentions, false],
    ['a report that names no numbered thing', 'Hints of steam on Velo-9 c\nA team found hints of steam on Velo-9 c.', plain, false],
  ])('%s → %s', (_what, text, other, expected) => {
    expect(numberedThingsApart(page(text), other)).toBe(expected);
  });
});

describe('anotherEvent: a monthly figure released for another month', () => {
  const monthly = [
    'Prices fall in March\nHouse prices fell 0.8% in March, the statistics office said, the first fall in a year.',
    'House prices slip\nHouse prices dropped by 0.8% in March as a tax break for buyers ended.',
    'March prices down\nThe office said house prices fell 0.8% in March, with the capital leading the slide.',
  ];
  const library = new CorpusIndex();
  monthly.forEach((text, k) => library.add({ id: 'm' + k, outlet: 'Outlet ' + k, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text }));
  const releases = monthly.map((_, k) => library.indexed('m' + k)!);
  it.each([
    ['another month’s release', 'Prices rise in January\nHouse prices rose again in January, the statistics office said.', true],
    ['the same month’s release', 'Prices fall\nHouse prices fell in March, the statistics office said.', false],
    // a month that names a thing ("its April index") sets no act in it
    ['a release that names the next month’s index', 'Prices fall\nHouse prices fell, and the office will publish its April index in May.', false],
  ])('%s → %s', (_what, text, expected) => {
    expect(anotherEvent(page(text), releases)).toBe(expected);
  });
});

describe('anotherEvent: the size of a set the reader knows is no fact of one event', () => {
  // a census and the one ten years before it count the same regions; their totals differ
  const census = [
    'Orvell counts 6.2 million\nOrvell has 6,204,118 residents, the first results of this year’s census show, and eight of the twelve regions grew.',
    'Census: Orvell grows\nThe census puts Orvell at 6,204,118 people, with the capital growing fastest of Orvell’s twelve regions.',
    'Orvell passes six million\nOrvell’s population reached 6,204,118, and only four of the twelve regions shrank, the census board said.',
  ];
  const library = new CorpusIndex();
  census.forEach((text, k) => library.add({ id: 'c' + k, outlet: 'Outlet ' + k, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text }));
  const reports = census.map((_, k) => library.indexed('c' + k)!);
  it.each([
    ['the census ten years before, counting the same twelve regions', 'Orvell counts 5.9 million\nOrvell had 5,873,402 residents in the first census results, and seven of the twelve regions grew.', true],
    ['the same census, told without its total', 'Census results out\nThe census shows that eight of the twelve regions of Orvell grew.', false],
    // control: a count of the event itself still tells one event from another
    ['the same census told with its total', 'Orvell counts 6.2 million\nOrvell has 6,204,118 residents, the census board said.', false],
  ])('%s → %s', (_what, text, expected) => {
    expect(anotherEvent(page(text), reports)).toBe(expected);
  });
});

describe('anotherNumberedThing: a page about a thing no report of the story names', () => {
  const trial = [
    'Vaccine works in large trial\nThe maker said its vaccine cut illness by 71% in a late-stage trial of 24,000 adults.\nThe shot, called TNV-204, will go to regulators next year.',
    'Shares jump on vaccine data\nThe maker’s shares rose after its TNV-204 vaccine met its main goal.',
    'What the vaccine results mean\nThe 71% figure comes from a press release, and the data are not yet published.',
  ];
  const library = new CorpusIndex();
  trial.forEach((text, k) => library.add({ id: 't' + k, outlet: 'Outlet ' + k, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text }));
  const reports = trial.map((_, k) => library.indexed('t' + k)!);
  it.each([
    ['the maker’s trial of another vaccine', 'Older vaccine cuts illness\nThe maker said its vaccine TNV-118 cut illness by 63% in a trial of older adults.', true],
    ['the same vaccine', 'Vaccine data out\nThe maker said TNV-204 cut illness by 71% in its trial.', false],
    ['a page that names no numbered thing in its lede', 'Vaccine data out\nThe maker said its vaccine cut illness by 71% in its trial.', false],
  ])('%s → %s', (_what, text, expected) => {
    expect(anotherNumberedThing(page(text), reports)).toBe(expected);
  });
});

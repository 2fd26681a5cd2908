import { describe, it, expect } from 'vitest';
import { causeFrame, retaliationFrame, sameJustification, sameRetaliation } from '../../../utils/engine/relations/cause-frame';
import { sentenceFeatures } from '../../../utils/engine/text/features';

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });
// The story's main actors, as story/background.ts finds them (names and places in many sentences).
const background = new Set(['usa', 'mexico', 'canada', 'trump']);

describe('justification frames', () => {
  it.each([
    // the same measure and reason in four constructions: "over its role in", "the reason
    // for", "linked X to Y" (with a long X), "tied to"
    ['Early this year the president hit Mexico with 25% tariffs over its role in an opioid epidemic.', 'The White House cited heroin as the reason for imposing the tariffs on Mexico twice.'],
    ['The White House cited heroin as the reason for imposing the tariffs on Mexico twice.', 'The president has linked the trade war with Mexico, which has rattled car makers and farmers alike, to the overdose epidemic.'],
    ['Opioids are directly tied to some of the tariffs, not to all of them.', 'The president hit Mexico with tariffs over its role in an opioid epidemic.'],
    ['Washington imposed sanctions on the port operator, blaming it for oil smuggling.', 'The sanctions are a response to oil smuggling through the port, officials said.'],
    // a long way from the marker to the measure
    ['Heroin was the reason the president gave for the first 25 per cent of extra duties on Mexico.', 'The White House cited heroin as the reason for imposing the tariffs on Mexico twice.'],
    // "invoked X when imposing": the cause is the object of the marker
    ['Only part of the duties concern Mexico: the White House invoked heroin when it imposed the first tariffs.', 'The White House cited heroin as the reason for imposing the tariffs on Mexico twice.'],
    // "justified by", "on the grounds that"
    ['The first round of levies, a 25% tariff, was justified by the opioid epidemic.', 'The president put tariffs on Mexico on the grounds that it let heroin across the border.'],
    // "blamed X for Y" (and "accused X of Y") before the measure: what X is blamed for is the cause
    ['Since taking office, the president has blamed Mexico for the opioid epidemic and built his tariffs on it.', 'Opioids are directly tied to some of the tariffs, not to all of them.'],
    ['The president accused Mexico of smuggling heroin and imposed tariffs.', 'The president put tariffs on Mexico on the grounds that it let heroin across the border.'],
    // the cause as the noun a relative clause hangs on: "the X that the president used as justification"
    ['Heroin is the drug behind a national health emergency that President Carter used as justification to impose tariffs on Mexico.', 'Opioids are directly tied to some of the tariffs, not to all of them.'],
  ])('same justification: %s / %s', (a, b) => {
    expect(sameJustification(feat(a), feat(b), background)).toBe(true);
    expect(sameJustification(feat(b), feat(a), background)).toBe(true);
  });

  it.each([
    // same measure, different reasons
    ['The tariffs were blamed for rising grocery prices in Texas.', 'The White House cited heroin as the reason for the tariffs on Mexico.'],
    ['Tariff relief for farmers came in response to criticism from retailers.', 'The tariffs were linked to the opioid epidemic.'],
    // the reason shared only through the story's main actors
    ['The president linked the tariffs to Mexico.', 'Mexico was blamed for the tariffs on steel.'],
    // a relative clause hanging on a different cause
    ['It was the slump in car sales that the president used as justification to impose tariffs on Mexico.', 'Opioids are directly tied to some of the tariffs, not to all of them.'],
    // "made it clear" makes nothing: no shared cause with a frame about producing
    ['The White House is weighing tariff relief in response to criticism, but it has made it clear that it expects Mexico to act.', 'Tariffs were imposed in response to cartels that produce heroin for export.'],
    // blamed for something else before the measure
    ['The president has blamed Mexico for the slump in car sales and built his tariffs on it.', 'Opioids are directly tied to some of the tariffs, not to all of them.'],
  ])('different justifications: %s / %s', (a, b) => {
    expect(sameJustification(feat(a), feat(b), background)).toBe(false);
  });

  it.each([
    // the marker belongs to something else: far from the measure
    'The administration is weighing targeted tariff relief for farmers and retailers, while pressing Mexico to curb shipments of chemicals linked to opioids.',
    // an adjective of the measure, not a reason
    'The foreign minister complained that Washington repaid its help with punitive tariffs.',
    // a reason, but no trade measure
    'Officials blamed the opioid epidemic on smugglers.',
    // a reaction to the measure, whatever its reason
    'The foreign minister criticized the tariffs imposed on the grounds that Mexico had to do more on opioids.',
    // an idiom, not a reason
    'Whether the president is ready to give ground on tariffs is unclear.',
  ])('no frame: %s', (text) => {
    expect(causeFrame(feat(text))).toBeNull();
  });

  it('folds drug names to their class, and reads a trade war as a measure', () => {
    const frame = causeFrame(feat('The president has linked the trade war, which has hurt farmers, to the fentanyl crisis.'));
    expect(frame?.measure).toBe('trade_measure');
    expect([...frame!.causes]).toEqual(expect.arrayContaining(['drug', 'crisis']));
  });
});

describe('retaliation frames', () => {
  it.each([
    ['Washington raised its levy on Canadian steel to 50%, and Ottawa in turn slapped 25% duties on American goods.', 'Canada has responded with tariffs of its own on US goods.'],
    ['Canada retaliated with similarly steep tariffs, vowing not to back down.', 'Ottawa has responded with 25% duties on American steel and whiskey.'],
    // "fired back" / "struck back" with a levy: the same counter-measure
    ['When Washington doubled its steel levy, Canada fired back with 25% tariffs on American goods.', 'Ottawa has responded with 25% duties on American steel and whiskey.'],
    ['Canada struck back with duties of its own on US whiskey.', 'Canada retaliated with similarly steep tariffs, vowing not to back down.'],
  ])('same counter-measure: %s / %s', (a, b) => {
    expect(sameRetaliation(feat(a), feat(b))).toBe(true);
    expect(sameRetaliation(feat(b), feat(a))).toBe(true);
  });

  it.each([
    // the other party's counter-measure
    ['Canada has responded with tariffs of its own on US goods.', 'The US responded with higher tariffs on Canadian lumber.'],
  ])('different counter-measures: %s / %s', (a, b) => {
    expect(sameRetaliation(feat(a), feat(b))).toBe(false);
  });

  it.each([
    'Canada responded to the offer by saying it would study it.',
    'Canada responded to the offer on Monday by saying it would study the proposed tariffs.',
    'In turn, the Canadian minister thanked the union for its patience.',
    'Turning back to tariffs, Canada said it would wait.',
    // a fire that struck back at the town is no counter-measure
    'The fire struck back at the town overnight, Canada’s forestry service said.',
    'The tariffs came in response to the border dispute, Canada said.',
  ])('no retaliation frame: %s', (text) => {
    expect(retaliationFrame(feat(text))).toBeNull();
  });
});

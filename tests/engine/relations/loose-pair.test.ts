// The loose pair (match-claim.ts LOOSE_PAIR_SCORE): below the pair bar, a document's best
// sentence for a claim is still a match when nothing of that document reaches the bar and no
// other claim of the page pairs better with it; it is told as agree or adds, never as a clash.
// An invented ferry grounding, three reports; every sentence is written for the test.
import { describe, expect, it } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import { PAIR_THRESHOLD } from '../../../utils/engine/index/similarity';

// A long sentence that reports the page's cancelled sailings among much else: it shares few of
// its terms with the page's claim, so the pair scores under the bar (0.295 when written).
const MANY_DISRUPTED =
  'Island deliveries, school trips, hospital visits, freight runs, tourist outings, mail and the weekly market boat are all disrupted for a month after Nordline cancelled 60 Tolvik sailings.';

const DOCS: Record<string, string[]> = {
  wire: ['Harbour ferry runs aground off Tolvik', 'The passenger ferry Marisol ran aground on a sandbank off Tolvik on Saturday evening with 140 people aboard.', 'All passengers were taken ashore by lifeboats within three hours, the coastguard said.', 'The operator, Nordline, said the vessel would be towed to Brenna for inspection.', 'Divers found a two-metre gash in the hull below the waterline.', 'Nordline suspended its Tolvik route until further notice.'],
  daily: ['Ferry stranded on sandbank, everyone rescued', 'The Marisol, a Nordline ferry, grounded on a sandbank near Tolvik on Saturday with 140 people on board.', 'Lifeboat crews brought every passenger to shore within three hours.', 'Investigators will examine why the ferry strayed from the marked channel.', 'Nordline said the ship would be towed to Brenna.', MANY_DISRUPTED],
  explainer: ['Tolvik ferry grounding: what we know', 'The Nordline ferry Marisol struck a sandbank off Tolvik on Saturday evening carrying 140 people.', 'Coastguard lifeboats ferried all of them to the quay in under three hours.', 'A diver reported a gash about two metres long in the hull.', 'The Tolvik crossing is closed while the ship is repaired.', 'Local fishermen said the channel markers had been moved in the spring.'],
};
const index = new CorpusIndex();
for (const [id, lines] of Object.entries(DOCS)) index.add({ id, outlet: id, outletNamed: true, headline: lines[0], date: null, lang: 'en', text: lines.slice(1).join('\n') });

const CANCELLED = 'Nordline has cancelled 40 Tolvik sailings while the ship is being repaired.';
const report = (...claims: string[]) =>
  analyzePage({ title: 'Marisol ferry aground near Tolvik', text: ['The Nordline ferry Marisol ran onto a sandbank near Tolvik on Saturday evening with 140 people on board.', ...claims].join('\n'), lang: 'en' }, index);
const matchesOf = (r: ReturnType<typeof report>, claim: string, source: string) => r.claims.find((c) => c.text === claim)!.matches.filter((m) => m.source === source);

describe('the loose pair', () => {
  it('pairs a claim with the one sentence of a document that reports it in other words, under the bar', () => {
    const [m, ...more] = matchesOf(report(CANCELLED), CANCELLED, 'daily');
    expect(more).toEqual([]);
    expect(m.text).toBe(MANY_DISRUPTED);
    expect(m.score).toBeLessThan(PAIR_THRESHOLD);
  });

  it('tells it as added detail, not as a clash: 40 and 60 sailings under the bar prove no contradiction', () => {
    const [m] = matchesOf(report(CANCELLED), CANCELLED, 'daily');
    expect(m.relation).toBe('adds');
    expect(m.proof).toBeUndefined();
  });

  it('leaves a document with a pair at the bar to that pair', () => {
    // the explainer's "The Tolvik crossing is closed while the ship is repaired" reaches the bar
    const explainer = matchesOf(report(CANCELLED), CANCELLED, 'explainer');
    expect(explainer.every((m) => m.score >= PAIR_THRESHOLD)).toBe(true);
    expect(explainer.map((m) => m.text)).toContain('The Tolvik crossing is closed while the ship is repaired.');
  });

  it('gives the sentence to the claim that pairs with it better', () => {
    const closer = 'Island deliveries, school trips and the weekly market boat are disrupted after Nordline cancelled 60 Tolvik sailings.';
    const r = report(CANCELLED, closer);
    expect(matchesOf(r, closer, 'daily').map((m) => m.text)).toContain(MANY_DISRUPTED);
    expect(matchesOf(r, CANCELLED, 'daily')).toEqual([]);
  });
});

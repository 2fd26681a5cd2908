import { describe, it, expect } from 'vitest';
import { CorpusIndex } from '../../../utils/engine/index/corpus-index';
import { LinkScores, corroborated, CORROBORATED_MIN_SCORE, CORROBORATOR_MIN_SCORE, TWO_BRIDGES_MIN_SCORE } from '../../../utils/engine/relations/corroboration';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { pairScore, PAIR_THRESHOLD } from '../../../utils/engine/index/similarity';

// Background corpus of my own sentences on several beats, so that IDF is meaningful.
const BACKGROUND = [
  'The central bank kept interest rates unchanged on Thursday.\nInflation eased to 3 percent in May.\nAnalysts expect a cut later this year.',
  'Heavy rain flooded parts of the coastal province.\nThousands of residents were moved to shelters.\nOfficials said the storm would weaken on Monday.',
  'The government raised tariffs on imported steel.\nExporters warned of higher prices.\nThe minister declined to comment.',
  'The two leaders met at a summit in Paris.\nThey agreed to cooperate on climate policy.\nProtesters gathered outside the venue.',
  'The dockworkers union said the strike would go on.\nThe harbour authority said ships were waiting.\nThe port handles a third of the country’s exports.',
];
const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });

describe('corroboration by a third outlet', () => {
  const index = new CorpusIndex();
  BACKGROUND.forEach((text, k) => index.add({ id: 'bg' + k, outlet: 'o', outletNamed: true, headline: '', date: null, lang: 'en', text }));

  it.each([
    {
      claim: 'The dockworkers union, which represents crane operators at the northern terminals, said on Tuesday that wage talks remain fluid and that it wants higher pay.',
      other: 'Union leaders hope ministers will soften their stance on overtime pay before the holiday season begins.',
      third: 'Wage talks remain fluid, and the dockworkers union hopes ministers will soften their stance on overtime pay.',
    },
  ])('a weak pair with a third outlet in between is corroborated', ({ claim, other, third }) => {
    const c = feat(claim), o = feat(other), t = feat(third);
    const weak = pairScore(c, o, index);
    expect(weak).toBeLessThan(PAIR_THRESHOLD);
    expect(weak).toBeGreaterThanOrEqual(CORROBORATED_MIN_SCORE);
    const counterpart = { docId: 'c', sentence: t, score: pairScore(c, t, index) };
    expect(counterpart.score).toBeGreaterThanOrEqual(CORROBORATOR_MIN_SCORE);
    expect(corroborated(o, 'b', weak, [counterpart], new LinkScores(index))).toBe(true);
    // the third sentence must come from a third document, not from the other sentence's own
    expect(corroborated(o, 'c', weak, [counterpart], new LinkScores(index))).toBe(false);
  });

  it.each([
    {
      claim: 'The dockworkers union, which represents crane operators at the northern terminals, said on Tuesday that wage talks remain fluid and that it wants higher pay.',
      other: 'Union leaders said twelve ships were waiting outside the northern terminals on Tuesday.',
      third: 'Wage talks remain fluid, and the dockworkers union hopes ministers will soften their stance on overtime pay.',
    },
  ])('a same-story sentence far from the third outlet is not', ({ claim, other, third }) => {
    const c = feat(claim), o = feat(other), t = feat(third);
    const counterpart = { docId: 'c', sentence: t, score: pairScore(c, t, index) };
    expect(corroborated(o, 'b', pairScore(c, o, index), [counterpart], new LinkScores(index))).toBe(false);
  });

  describe('two weaker bridges from two different documents', () => {
    const other = feat('Union leaders hope ministers will soften their stance on overtime pay before the holiday season begins.');
    const bridges = [
      'Ministers may change course on overtime in the coming weeks, according to a union leader who spoke after a rally at the northern terminals on Tuesday, where crane operators demanded safer cranes.',
      'A softer line from ministers before the holidays is what crane operators want, organisers said as they marched through the old town with banners and drums.',
    ].map(feat);
    // each bridge is a weaker counterpart of the claim (score given) and of the other sentence
    const links = bridges.map((b) => pairScore(other, b, index));
    // the weak pair itself, below the triangle's bar (see below)
    const WEAK = 0.15;

    it('the bridges are weaker than a confident counterpart', () => {
      for (const l of links) {
        expect(l).toBeGreaterThanOrEqual(TWO_BRIDGES_MIN_SCORE);
        expect(l).toBeLessThan(CORROBORATOR_MIN_SCORE);
      }
    });
    it('two documents corroborate', () => {
      const cps = bridges.map((sentence, k) => ({ docId: 'third' + k, sentence, score: 0.25 }));
      expect(corroborated(other, 'b', WEAK, cps, new LinkScores(index))).toBe(true);
    });
    it('one document, or two bridges in the same document, do not', () => {
      expect(corroborated(other, 'b', WEAK, [{ docId: 'third', sentence: bridges[0], score: 0.25 }], new LinkScores(index))).toBe(false);
      const same = bridges.map((sentence) => ({ docId: 'third', sentence, score: 0.25 }));
      expect(corroborated(other, 'b', WEAK, same, new LinkScores(index))).toBe(false);
    });
  });

  describe('a triangle: the pair, and a bridge fairly like the claim and confidently like the other', () => {
    const other = feat('Union leaders hope ministers will soften their stance on overtime pay before the holiday season begins.');
    const bridge = feat('Wage talks remain fluid, and the dockworkers union hopes ministers will soften their stance on overtime pay.');
    const link = pairScore(other, bridge, index);
    const fair = TWO_BRIDGES_MIN_SCORE + 0.01;

    it('the bridge is a confident counterpart of the other sentence', () => {
      expect(link).toBeGreaterThanOrEqual(CORROBORATOR_MIN_SCORE);
    });
    it('corroborates when the pair and the claim-side link are both fair', () => {
      expect(corroborated(other, 'b', fair, [{ docId: 'third', sentence: bridge, score: fair }], new LinkScores(index))).toBe(true);
    });
    it.each([
      ['the pair itself is weak', TWO_BRIDGES_MIN_SCORE - 0.01, fair],
      ['the bridge is only weakly like the claim', fair, TWO_BRIDGES_MIN_SCORE - 0.01],
    ])('does not when %s', (_, pair, claimSide) => {
      expect(corroborated(other, 'b', pair, [{ docId: 'third', sentence: bridge, score: claimSide }], new LinkScores(index))).toBe(false);
    });
  });
});

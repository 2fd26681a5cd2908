// A contradiction's reason names the compared values in the words of each side: every word the
// reason gives for "this page" is in the page's sentence, every word it gives for the other
// outlet is in that outlet's sentence (no stems, no invented wording). Checked on every
// contradiction the engine reports for the seeds and for sentences written here.
import { describe, expect, it } from 'vitest';
import { CorpusIndex, analyzePage } from '../../../utils/engine';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { classify } from '../../../utils/engine/relations/relations';
import { sentenceFeatures } from '../../../utils/engine/text/features';

/** The two sides of "Outlet: <other side>; this page: <page side>" (after an optional "different …:" label). */
function sides(why: string, outlet: string): { other: string; page: string } | null {
  const m = /^(?:different [a-z]+: )?(.+?)(?: says|:) (.+); this page: (.+)$/.exec(why);
  if (!m || !m[1].startsWith(outlet.split(',')[0].slice(0, 3))) return null;
  return { other: m[2], page: m[3] };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function inWords(phrase: string, sentence: string): string[] {
  const have = new Set(words(sentence));
  // "not" is the reason's own word for a negation the sentence writes as "wasn't", "never", …
  return words(phrase).filter((w) => w !== 'not' && !have.has(w));
}

const feat = (text: string) => sentenceFeatures({ start: 0, end: text.length, text });

describe('contradiction reasons read as phrases in each side’s words', () => {
  it.each([
    ['The flood killed nine people.', 'Seven people died in the flood.'],
    ['The death toll from the flood rose to nine on Monday.', 'The death toll from the flood climbed to seven.'],
    ['The mayor is willing to lower the parking fees.', 'The mayor said he was not willing to reduce the parking fees.'],
    ['The envoys will hold talks in Vienna on Friday.', 'The envoys will hold talks in Madrid on Friday.'],
    ['Ruritania retaliated with duties of up to 84% on the imports.', 'Ruritania hit back with 125% duties of its own on the imports.'],
  ])('%s / %s', (page, other) => {
    const r = classify(feat(page), feat(other), 'Other Paper');
    expect(r.relation).toBe('contradicts');
    const s = sides(r.why, 'Other Paper');
    expect(s, r.why).not.toBeNull();
    expect(inWords(s!.page, page), r.why).toEqual([]);
    expect(inWords(s!.other, other), r.why).toEqual([]);
  });

  it('on every contradiction the engine reports between the seeds', () => {
    const index = new CorpusIndex();
    const seeds = loadSeedDocs();
    for (const d of seeds) index.add(d);
    let checked = 0;
    for (const page of seeds) {
      const report = analyzePage({ title: page.headline, text: page.text }, index);
      for (const c of report.claims) {
        for (const m of c.matches.filter((x) => x.relation === 'contradicts')) {
          const s = sides(m.why, m.outlet.split(',')[0]);
          expect(s, m.why).not.toBeNull();
          expect(inWords(s!.page, c.text), m.why).toEqual([]);
          expect(inWords(s!.other, m.text), m.why).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('a figure in a reason keeps its hedge', () => {
  it('"at least nine people", not "least nine people"', () => {
    const r = classify(feat('The storm left 7 dead.'), feat('The storm killed at least nine people.'), 'Other Paper');
    expect(r.why).toBe('Other Paper: at least nine people; this page: 7 dead');
  });
});

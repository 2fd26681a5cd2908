import { describe, it, expect } from 'vitest';
import { analyzePage, CorpusIndex, type PageInput } from '../../../utils/engine';
import { DocCache, lookupIndexFor, memoryPostings, type LookupStats, type PostingsSource } from '../../../utils/engine/index/page-retrieval';
import { restoreDerived, serializeDerived, textHash } from '../../../utils/engine/index/derived-data';
import { sentenceFeatures } from '../../../utils/engine/text/features';
import { continuedYears } from '../../../utils/engine/facts/measure';
import { fixtureLibrary, libraryPages } from './fixture-library';

// Issue 21: a cold start restores its candidate documents' sentence features from a copy the
// background kept (derived-data.ts) instead of deriving them again. A restored copy must give
// the very analysis the derived features give: every page, byte for byte.

const newStats = (): LookupStats => ({ ms: 0, dfTerms: 0, postingTerms: 0, postingIds: 0, loaded: 0, cached: 0, restored: 0, storeMs: 0 });

/** `source` with the copies in `kept` attached to the documents it loads, as the store attaches them. */
function withCopies(source: PostingsSource, kept: ReadonlyMap<string, string>): PostingsSource {
  return {
    ...source,
    load: async (ids) => {
      const out = await source.load(ids);
      for (const [id, p] of out) {
        const data = kept.get(id);
        if (data !== undefined) p.derived = data;
      }
      return out;
    },
  };
}

describe("a document's derived data kept and restored (issue 21)", () => {
  const docs = fixtureLibrary(600);
  const full = new CorpusIndex();
  for (const d of docs) full.add(d);
  const pages: PageInput[] = libraryPages(docs);

  it('restored features give every page the same report, byte for byte, as features derived afresh', async () => {
    const source = memoryPostings(full);
    // A warm background: derives, and hands over what it derived after each page.
    const warm = new DocCache();
    const kept = new Map<string, string>();
    const expected: string[] = [];
    for (const page of pages) {
      expected.push(JSON.stringify(analyzePage(page, await lookupIndexFor(page, source, warm))));
      for (const { id, data } of warm.takeUnsaved()) kept.set(id, data);
    }
    expect(kept.size).toBeGreaterThan(100);
    // Cold starts: a fresh cache for every page, each loading its documents with their copies.
    let restored = 0;
    for (const [k, page] of pages.entries()) {
      const stats = newStats();
      const cold = new DocCache();
      const got = JSON.stringify(analyzePage(page, await lookupIndexFor(page, withCopies(source, kept), cold, stats)));
      expect(got, page.title).toBe(expected[k]);
      restored += stats.restored;
      // What was restored is not handed over again.
      expect(cold.takeUnsaved().every(({ id }) => !kept.has(id)), page.title).toBe(true);
    }
    // The copies were used: most loaded documents came with theirs.
    expect(restored).toBeGreaterThan(pages.length * 5);
  }, 300_000);

  it('restores features equal to those derived, sentence context included', () => {
    const text = 'The dam was finished in 1998. It cost 40 million dollars then. Officials said on Monday that the "repairs will take years".';
    const index = new CorpusIndex();
    index.add({ id: 'd', outlet: 'A', outletNamed: true, headline: 'h', date: null, lang: 'en', text });
    const derived = index.indexed('d')!;
    const data = serializeDerived(derived);
    expect(data).toBeNull(); // nothing derived yet: nothing to keep
    const features = derived.sentences;
    const kept = serializeDerived(derived)!;
    expect(kept).not.toContain('Officials said'); // the sentence texts come from the document, not the copy
    const other = new CorpusIndex();
    other.add({ id: 'd', outlet: 'B', outletNamed: false, headline: 'x', date: null, lang: 'en', text });
    const doc = other.indexed('d')!;
    expect(doc.hasSentences).toBe(false);
    expect(restoreDerived(doc, kept)).toBe(true);
    expect(doc.hasSentences).toBe(true);
    expect(doc.sentences).toEqual(features);
    // Offsets and text come from the document: the same features again from them (`subject` is linked afterwards).
    expect(doc.sentences.map((s) => sentenceFeatures(s))).toEqual(features.map(({ subject: _s, ...f }) => f));
    // linkSentenceContext ran on the restored sentences: "It cost…" continues 1998.
    expect(continuedYears(doc.sentences[1])).toEqual([1998]);
    expect(continuedYears(features[1])).toEqual([1998]);
    // And the pronoun's subject (linkSubjectPronouns) came with the copy.
    expect(features[1].subject?.length).toBeGreaterThan(0);
    expect(doc.sentences[1].subject).toEqual(features[1].subject);
  });

  it('refuses a copy of another text, of other sentences, or a damaged one, and never throws', () => {
    const make = (text: string) => {
      const index = new CorpusIndex();
      index.add({ id: 'd', outlet: 'A', outletNamed: true, headline: 'h', date: null, lang: 'en', text });
      return index.indexed('d')!;
    };
    const a = make('Prices rose by 4 percent in May. The bank held its rate.');
    void a.sentences;
    const kept = serializeDerived(a)!;
    // Same length, one letter changed: the hash of the exact text differs.
    const edited = make('Prices rose by 4 percent in May. The bank held its rats.');
    expect(restoreDerived(edited, kept)).toBe(false);
    expect(edited.hasSentences).toBe(false);
    expect(restoreDerived(make('Prices rose by 4 percent in May.'), kept)).toBe(false);
    for (const damaged of ['', 'null', '{', '{"h":1}', kept.replace('"s":[[', '"s":[['.concat('1,')), kept.slice(0, -5), JSON.stringify({ h: textHash(a.text), s: [[], []] })]) {
      const b = make(a.text);
      expect(restoreDerived(b, damaged), damaged.slice(0, 40)).toBe(false);
      expect(b.hasSentences).toBe(false);
      // Features are then derived as without a copy.
      expect(b.sentences).toEqual(a.sentences);
    }
  });

  it('keeps only what comes back from JSON exactly', () => {
    const index = new CorpusIndex();
    index.add({ id: 'd', outlet: 'A', outletNamed: true, headline: 'h', date: null, lang: 'en', text: 'Exports fell by 12 percent. Imports rose.' });
    const doc = index.indexed('d')!;
    const features = doc.sentences;
    expect(serializeDerived(doc)).not.toBeNull();
    // A value JSON cannot write (NaN becomes null) or a field left undefined (dropped): not kept.
    features[0].quantities[0].value = NaN;
    expect(serializeDerived(doc)).toBeNull();
    features[0].quantities[0].value = 12;
    (features[0] as unknown as Record<string, unknown>).extra = undefined;
    expect(serializeDerived(doc)).toBeNull();
  });
});

import { describe, it, expect } from 'vitest';
import { CorpusIndex, type IndexedDocEntry } from '../../../utils/engine/index/corpus-index';
import { analyzePage } from '../../../utils/engine/analyze';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import type { CorpusDoc } from '../../../utils/engine/types';

const doc = (id: string, text: string): CorpusDoc => ({
  id, outlet: 'Outlet ' + id, outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text,
});

describe('CorpusIndex', () => {
  it('adds, gets, lists and removes documents', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.\nFlights were cancelled.'));
    index.add(doc('b', 'The central bank raised rates.'));
    expect(index.size).toBe(2);
    expect(index.has('a')).toBe(true);
    expect(index.get('a')?.text).toBe('Heavy rain hit the coast.\nFlights were cancelled.');
    expect(index.docs().map((d) => d.id).sort()).toEqual(['a', 'b']);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.has('a')).toBe(false);
    expect(index.size).toBe(1);
    expect(index.docFreq('rain')).toBe(0);
  });

  it('re-adding an id replaces the document instead of duplicating it', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.'));
    index.add(doc('a', 'Snow closed the airport.'));
    expect(index.size).toBe(1);
    expect(index.docFreq('rain')).toBe(0);
    expect(index.docFreq('snow')).toBe(1);
  });

  it('keeps sentence-level postings per document', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Tariffs rose.\nLevies on steel were cut.\nRain fell.'));
    const d = index.indexed('a')!;
    // "tariffs" and "levies" are the same concept
    expect(d.postings['tariff']).toEqual([0, 1]);
  });

  it('adding a document does not change the stored features of the others', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.'));
    const before = JSON.stringify(index.indexed('a'));
    index.add(doc('b', 'Rain again hit the coast on Sunday.'));
    expect(JSON.stringify(index.indexed('a'))).toBe(before);
  });

  it('round-trips through JSON', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.'));
    index.add(doc('b', 'The central bank raised rates by 0.25 percentage points.'));
    const copy = CorpusIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(copy.size).toBe(2);
    expect(copy.get('b')).toEqual(index.get('b'));
    expect(copy.docFreq('rain')).toBe(1);
    expect(copy.idf('rain')).toBeCloseTo(index.idf('rain'));
  });

  it('a fromJSON index gives the same reports as the original, and stores terms once', () => {
    const seeds = loadSeedDocs();
    const index = new CorpusIndex();
    for (const d of seeds) index.add(d);
    const json = index.toJSON();
    expect(json.version).toBe(2);
    expect(new Set(json.terms).size).toBe(json.terms.length);
    const copy = CorpusIndex.fromJSON(JSON.parse(JSON.stringify(json)));
    expect(copy.avgSentenceTerms()).toBe(index.avgSentenceTerms());
    for (const d of seeds) {
      const page = { title: d.headline, text: d.text, lang: d.lang };
      expect(JSON.stringify(analyzePage(page, copy))).toBe(JSON.stringify(analyzePage(page, index)));
      // a page that is not stored (self detection through sentences, not the fingerprint)
      const edited = { ...page, text: d.text + '\nAn unrelated closing line about the weather.' };
      expect(JSON.stringify(analyzePage(edited, copy))).toBe(JSON.stringify(analyzePage(edited, index)));
    }
  });

  it('a story view reads the sentence statistics of its documents only, and is read-only', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.\nRain fell again on the coast.'));
    index.add(doc('b', 'The central bank raised rates.\nRain delayed the vote.'));
    const alone = new CorpusIndex();
    alone.add(doc('a', 'Heavy rain hit the coast.\nRain fell again on the coast.'));
    const story = index.story([index.indexed('a')!]);
    expect(story.idf('rain')).toBe(alone.idf('rain'));
    expect(story.idf('bank')).toBe(alone.idf('bank'));
    expect(story.avgSentenceTerms()).toBe(alone.avgSentenceTerms());
    expect(index.idf('rain')).not.toBe(alone.idf('rain'));
    // the documents are the base index's
    expect(story.indexed('b')).toBe(index.indexed('b'));
    expect(() => story.add(doc('c', 'Snow.'))).toThrow(/read-only/);
    expect(index.size).toBe(2);
  });

  it('rejects a snapshot of another version', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.'));
    const old = { version: 1, docs: [{ meta: { id: 'a' }, text: 'x', fingerprint: 'f', sentences: [], postings: {}, termFreq: {} }] };
    expect(() => CorpusIndex.fromJSON(old as never)).toThrow(/version/);
    expect(() => CorpusIndex.fromJSON(null as never)).toThrow();
  });

  it('remove after fromJSON updates the counts like on the original', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.\nRain fell again.'));
    index.add(doc('b', 'Rain and snow.'));
    const copy = CorpusIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    copy.remove('a');
    index.remove('a');
    expect(copy.docFreq('rain')).toBe(1);
    expect(copy.idf('rain')).toBe(index.idf('rain'));
    expect(copy.avgSentenceTerms()).toBe(index.avgSentenceTerms());
  });

  it('a document added from its entry gives the same reports as one added from its text', () => {
    const seeds = loadSeedDocs();
    const index = new CorpusIndex();
    for (const d of seeds) index.add(d);
    const copy = new CorpusIndex();
    for (const d of seeds) copy.addWithEntry(d, JSON.parse(JSON.stringify(index.entryOf(d.id))));
    expect(copy.avgSentenceTerms()).toBe(index.avgSentenceTerms());
    for (const d of seeds) {
      const page = { title: d.headline, text: d.text + '\nA closing line about the weather.', lang: d.lang };
      expect(JSON.stringify(analyzePage(page, copy))).toBe(JSON.stringify(analyzePage(page, index)));
    }
  });

  it.each([
    ['another text under the same id', (e: IndexedDocEntry) => e, 'Heavy snow hit the coast, and more is due.', /another text/],
    ['spans that do not fit the terms', (e: IndexedDocEntry) => ({ ...e, spans: e.spans.slice(1) }), undefined, /disagree/],
    ['offsets past the text', (e: IndexedDocEntry) => ({ ...e, spans: [0, 9999] }), undefined, /outside/],
    ['terms that are not strings', (e: IndexedDocEntry) => ({ ...e, terms: [[1 as never]] }), undefined, /not strings/],
    ['no entry at all', () => null as never, undefined, /disagree/],
  ])('refuses an entry with %s, and keeps the index as it was', (_, damage, text, error) => {
    const source = new CorpusIndex();
    source.add(doc('a', 'Heavy rain hit the coast.'));
    const index = new CorpusIndex();
    index.add(doc('b', 'Rain and snow.'));
    expect(() => index.addWithEntry(doc('a', text ?? 'Heavy rain hit the coast.'), damage(source.entryOf('a')!))).toThrow(error);
    expect(index.size).toBe(1);
    expect(index.docFreq('rain')).toBe(1);
  });

  it('entryOf is a copy: changing it does not change the index', () => {
    const index = new CorpusIndex();
    index.add(doc('a', 'Heavy rain hit the coast.'));
    const entry = index.entryOf('a')!;
    entry.terms[0].push('snow');
    expect(index.entryOf('a')!.terms[0]).not.toContain('snow');
    expect(index.entryOf('missing')).toBeUndefined();
  });
});

import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInStages, analyzePage, CorpusIndex, splitSentences } from '../../utils/engine';
import type { CorpusDoc, Report } from '../../utils/engine/types';

const SEEDS = join(__dirname, '../../seeds');
const UNRELATED = join(__dirname, '../fixtures/unrelated');

/** Seeds as corpus documents (headline = first line; trailing boilerplate kept: the engine must cope). */
function seedIndex(): { index: CorpusIndex; docs: CorpusDoc[] } {
  const index = new CorpusIndex();
  const docs: CorpusDoc[] = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      return { id: f.replace(/\.txt$/, ''), outlet: 'Outlet ' + f.slice(0, 3), outletNamed: true, headline: text.split('\n')[0], date: null, lang: 'en', text };
    });
  for (const d of docs) index.add(d);
  return { index, docs };
}

describe('analyzePage', () => {
  const { index, docs } = seedIndex();

  it('claims are the page sentences, with ids c0, c1, … and exact offsets', () => {
    const page = { title: 't', text: docs[1].text };
    const report = analyzePage(page, index);
    const sentences = splitSentences(page.text);
    expect(report.claims.map((c) => c.id)).toEqual(sentences.map((_, i) => 'c' + i));
    for (const c of report.claims) expect(page.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('every contradiction carries its proof, its values found in both sentences', () => {
    let shown = 0;
    for (const d of docs) {
      const report = analyzePage({ title: d.headline, text: d.text }, index);
      for (const c of report.claims) {
        for (const m of c.matches) {
          if (m.relation !== 'contradicts') {
            expect(m.proof).toBeUndefined();
            continue;
          }
          shown++;
          const p = m.proof!;
          expect(['figure', 'date', 'place', 'person', 'polarity', 'precondition']).toContain(p.kind);
          expect(p.about).not.toBe('');
          expect(p.page.span.end).toBeGreaterThan(p.page.span.start);
          expect(p.other.span.end).toBeGreaterThan(p.other.span.start);
          expect(p.page.span.end).toBeLessThanOrEqual(c.text.length);
          expect(p.other.span.end).toBeLessThanOrEqual(m.text.length);
        }
      }
    }
    // the seeds hold labelled contradictions: the test must see some
    expect(shown).toBeGreaterThan(0);
  });

  it('recognises a stored document as the page itself and never matches it', () => {
    for (const d of docs) {
      const report = analyzePage({ title: d.headline, text: d.text }, index);
      expect(report.self).toBe(d.id);
      expect(report.coverage.map((c) => c.source)).not.toContain(d.id);
      // the other four articles are on the same story
      expect(report.coverage.map((c) => c.source).sort()).toEqual(docs.filter((o) => o !== d).map((o) => o.id).sort());
      for (const c of report.claims) for (const m of c.matches) expect(m.source).not.toBe(d.id);
    }
  });

  it('finds the other outlets on the same story', () => {
    const report = analyzePage({ title: '', text: docs[3].text }, index);
    expect(report.coverage.length).toBeGreaterThanOrEqual(3);
    const matched = report.claims.filter((c) => c.matches.length).length;
    expect(matched).toBeGreaterThan(3);
  });

  it('matches a paraphrase that shares no sentence with the corpus', () => {
    const page = [
      'China mulls fentanyl concessions to open trade negotiations with Washington',
      'Beijing is weighing steps to address the Trump administration’s complaints about its role in the fentanyl trade, which could pave the way for trade negotiations, people familiar with the matter said.',
      'Wang Xiaohong, China’s minister of public security, has asked what the Trump administration wants China to do about the chemical ingredients used to make fentanyl.',
      'Washington has raised tariffs on most Chinese goods to 145%, and Beijing has hit back with 125% levies on US products.',
      'China’s Commerce Ministry said on Friday it was evaluating overtures from US officials about talks.',
    ].join('\n');
    const report = analyzePage({ title: '', text: page }, index);
    expect(report.self).toBeNull();
    expect(report.coverage.length).toBeGreaterThanOrEqual(3);
    const tariffClaim = report.claims[3];
    expect(tariffClaim.matches.length).toBeGreaterThan(0);
    expect(tariffClaim.matches.every((m) => m.relation !== 'contradicts')).toBe(true);
  });

  const unrelated = readdirSync(UNRELATED).filter((f) => f.endsWith('.txt'));
  it.each(unrelated)('gives zero matches on an unrelated story sharing the vocabulary: %s', (f) => {
    const report = analyzePage({ title: f, text: readFileSync(join(UNRELATED, f), 'utf8') }, index);
    expect(report.coverage).toEqual([]);
    expect(report.claims.reduce((n, c) => n + c.matches.length, 0)).toBe(0);
    expect(report.additions).toEqual([]);
  });

  it('returns an empty report for an empty page or an empty corpus', () => {
    expect(analyzePage({ title: '', text: '' }, index).claims).toEqual([]);
    const r = analyzePage({ title: '', text: docs[0].text }, new CorpusIndex());
    expect(r.coverage).toEqual([]);
    expect(r.claims.every((c) => c.matches.length === 0)).toBe(true);
  });
});

describe('analyzeInStages', () => {
  const { index, docs } = seedIndex();
  const withoutFacts = (r: Report) => r.claims.map((c) => ({ ...c, matches: c.matches.map(({ factId: _, ...m }) => m) }));

  it.each(docs.map((d) => [d.id, d] as const))('%s: the claims step is the report’s claims; finishing gives analyzePage’s report', (_, doc) => {
    const page = { title: doc.headline, text: doc.text };
    const expected = analyzePage(page, index);
    const staged = analyzeInStages(page, index);
    expect(staged.complete).toBe(false);
    // taken before finishing: finishing links the same match objects to their facts
    const claims = structuredClone(staged.claims);
    expect(claims.additions).toEqual([]);
    expect(claims.facts).toEqual([]);
    expect(claims.quotes).toEqual([]);
    expect(claims.figures).toEqual([]);
    expect(claims.claims.flatMap((c) => c.matches).every((m) => m.factId === undefined)).toBe(true);
    expect(withoutFacts(claims)).toEqual(withoutFacts(expected));
    expect(claims.coverage).toEqual(expected.coverage);
    expect(staged.finish()).toEqual(expected);
    expect(staged.finish()).toBe(staged.finish());
  });

  it('has nothing left to do for a page in another language', () => {
    const text =
      'Le gouvernement a annoncé mardi une nouvelle taxe sur les importations de voitures électriques. ' +
      'Les constructeurs ont protesté contre une décision prise, selon eux, sans aucune consultation. ' +
      'Le ministre des Finances a répondu que la mesure entrerait en vigueur au début de l’année prochaine.';
    const staged = analyzeInStages({ title: 'Une nouvelle taxe', text, lang: 'fr' }, index);
    expect(staged.claims.notice).toMatch(/Language not supported yet/);
    expect(staged.complete).toBe(true);
    expect(staged.finish()).toBe(staged.claims);
  });
});

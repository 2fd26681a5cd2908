import { describe, expect, it } from 'vitest';
import { analyzePage, CorpusIndex } from '../../../utils/engine';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';

// Written for this test: the seed story's facts (names, figures) in French and German, which a
// word matcher would otherwise pair on "Wang Xiaohong", "145" and "Trump" alone.
const PAGES: [string, string, string][] = [
  [
    'fr',
    'La Chine envisage une offre sur le fentanyl',
    'La Chine envisage une offre sur le fentanyl pour ouvrir des négociations commerciales avec les États-Unis. ' +
      'Wang Xiaohong, le ministre de la Sécurité publique, a demandé ce que l’administration Trump attend de Pékin. ' +
      'Les droits de douane américains sur les produits chinois atteignent 145 pour cent, et la Chine a répondu avec 125 pour cent. ' +
      'Les deux pays pourraient se rencontrer en Suisse dans les prochains jours, selon des personnes proches du dossier.',
  ],
  [
    'de',
    'China erwägt ein Angebot zu Fentanyl',
    'China erwägt ein Angebot zu Fentanyl, um Handelsgespräche mit den Vereinigten Staaten zu beginnen. ' +
      'Wang Xiaohong, der Minister für öffentliche Sicherheit, hat gefragt, was die Regierung Trump von Peking erwartet. ' +
      'Die amerikanischen Zölle auf chinesische Waren liegen bei 145 Prozent, China antwortete mit 125 Prozent. ' +
      'Die beiden Länder könnten sich in der Schweiz treffen, sagten mit der Sache vertraute Personen.',
  ],
];

describe('language gate', () => {
  const index = new CorpusIndex();
  for (const doc of loadSeedDocs()) index.add(doc);

  it.each(PAGES)('a page in %s gets its claims, no matches, and a notice that says why', (lang, title, text) => {
    for (const hint of [lang, undefined]) {
      const report = analyzePage({ title, text, lang: hint }, index);
      expect(report.claims.length).toBeGreaterThan(2);
      expect(report.claims.flatMap((c) => c.matches)).toEqual([]);
      expect(report.coverage).toEqual([]);
      expect(report.notice).toMatch(/Language not supported yet/);
    }
  });

  it('lets an English page through with no notice', () => {
    const seed = loadSeedDocs()[1]!;
    const report = analyzePage({ title: seed.headline, text: seed.text, lang: 'en' }, index);
    expect(report.notice).toBeUndefined();
    expect(report.claims.some((c) => c.matches.length)).toBe(true);
  });
});

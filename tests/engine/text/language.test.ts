import { describe, expect, it } from 'vitest';
import { detectEnglish, functionWordShare, primaryLang } from '../../../utils/engine/text/language';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';

// Snippets written for this test (news-like prose on an invented local story).
const EN = `The city council voted on Tuesday to expand the tram line to the northern suburbs, a project
that has been debated for more than a decade. Supporters said the extension would cut commuting times
and reduce traffic in the centre, while opponents argued that the budget of 240 million euros was too
high for a city of its size. The mayor, who had promised the line during her campaign, said work could
begin next spring if the regional government approves the funding.`;
const FR = `Le conseil municipal a voté mardi l'extension de la ligne de tramway vers les quartiers nord,
un projet débattu depuis plus de dix ans. Les partisans estiment que le prolongement réduira les temps de
trajet et la circulation dans le centre, tandis que les opposants jugent que le budget de 240 millions
d'euros est trop élevé pour une ville de cette taille. La maire, qui avait promis la ligne pendant sa
campagne, a déclaré que les travaux pourraient commencer au printemps prochain si la région accepte.`;
const DE = `Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie in die nördlichen Vororte zu
verlängern, ein Projekt, über das seit mehr als zehn Jahren gestritten wird. Befürworter sagen, die
Verlängerung werde die Fahrzeiten verkürzen und den Verkehr in der Innenstadt verringern, während Gegner
das Budget von 240 Millionen Euro für eine Stadt dieser Größe zu hoch finden. Die Bürgermeisterin sagte,
die Arbeiten könnten im nächsten Frühjahr beginnen, wenn die Landesregierung die Mittel bewilligt.`;
const ES = `El ayuntamiento votó el martes la ampliación de la línea de tranvía hacia los barrios del norte,
un proyecto que se debate desde hace más de una década. Sus defensores afirman que la prolongación reducirá
los tiempos de viaje y el tráfico en el centro, mientras que los opositores consideran que el presupuesto
de 240 millones de euros es demasiado alto para una ciudad de su tamaño. La alcaldesa dijo que las obras
podrían empezar la próxima primavera si el gobierno regional aprueba la financiación.`;
const ZH = `市议会周二投票决定将有轨电车线路延伸至北部郊区，这一项目已争论了十多年。支持者表示，延长线将缩短通勤时间并减少市中心的交通拥堵，
而反对者则认为，对于这样规模的城市来说，2.4亿欧元的预算过高。市长在竞选期间曾承诺修建这条线路，她表示，如果地区政府批准资金，工程可能于明年春天开工。`;

describe('detectEnglish', () => {
  it('accepts English prose, with or without a lang hint', () => {
    expect(detectEnglish(EN)).toEqual({ english: true });
    expect(detectEnglish(EN, 'en-GB')).toEqual({ english: true });
    // A wrong hint does not turn away text that is plainly English.
    expect(detectEnglish(EN, 'fr')).toEqual({ english: true });
    expect(functionWordShare(EN).share).toBeGreaterThan(0.3);
  });

  it('accepts every seed article (the corpus is English news)', () => {
    for (const d of loadSeedDocs()) expect(detectEnglish(d.text), d.id).toEqual({ english: true });
  });

  it.each([
    ['French', FR, 'fr'],
    ['German', DE, 'de'],
    ['Spanish', ES, 'es'],
    ['Chinese', ZH, 'zh'],
  ])('turns away %s, with and without the lang hint', (_name, text, lang) => {
    expect(detectEnglish(text).english).toBe(false);
    const hinted = detectEnglish(text, lang);
    expect(hinted).toMatchObject({ english: false, lang });
    // Even a page that wrongly claims to be English is not compared.
    expect(detectEnglish(text, 'en').english).toBe(false);
    expect(functionWordShare(text).share).toBeLessThan(0.12);
  });

  it('English with names and quotes in other languages is still English', () => {
    const mixed = `${EN} "Nous sommes très satisfaits," said Jean-Pierre Dubois of the Fédération des usagers.`;
    expect(detectEnglish(mixed).english).toBe(true);
  });

  it('short text: trusts a non-English hint, otherwise lets it through', () => {
    expect(detectEnglish('Tram line vote', 'de')).toMatchObject({ english: false, lang: 'de' });
    expect(detectEnglish('Tram line vote')).toEqual({ english: true });
  });

  it('primaryLang reads lang attributes', () => {
    expect(primaryLang('fr-CA')).toBe('fr');
    expect(primaryLang(' EN ')).toBe('en');
    expect(primaryLang('')).toBeNull();
    expect(primaryLang('<script>')).toBeNull();
  });
});

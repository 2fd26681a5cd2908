// The country an article is set in, as its lede names it: "Poland's population has fallen …",
// "Hungary's constitutional court ruled …". Two reports whose ledes set their events in two
// countries, neither naming the other's, are two events of a kind (two censuses, two courts'
// rulings), however many words they share.
//
// Countries come from the runtime's ICU region names (ISO 3166 through Intl.DisplayNames), not
// from a list of ours, plus the lexicon's places (which add adjectives and capitals: "Polish",
// "Warsaw"). Pure: no DOM.
import type { IndexedDoc } from '../index/corpus-index';
import type { SentenceFeatures } from '../text/features';
import { PLACE_KEYS } from '../text/lexicon';
import { LEDE_SENTENCES } from './event-identity';

/**
 * The lexicon's keys for countries whose ICU name differs from them. The two resources name
 * these four alike in prose ("the United States", "Britain"); the key is what both share.
 */
const LEXICON_KEY: Record<string, string> = { united_states: 'usa', united_kingdom: 'uk', united_arab_emirates: 'uae', türkiye: 'turkey' };

/**
 * ICU's country names as a pattern of capitalised words, and the key of each. Built on first use,
 * not at load: asking ICU for 676 region codes takes about 20 ms, which a worker's start-up or a
 * CLI run that never reaches the story gate should not pay.
 */
let countries: { pattern: RegExp; keyOf: Map<string, string> } | null | undefined;
function countryNames(): { pattern: RegExp; keyOf: Map<string, string> } | null {
  if (countries === undefined) countries = buildCountryNames();
  return countries;
}
function buildCountryNames(): { pattern: RegExp; keyOf: Map<string, string> } | null {
  if (typeof Intl.DisplayNames !== 'function') return null;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const keyOf = new Map<string, string>(), written: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // X and Q codes are private use, EU/EZ/UN unions of many countries, ZZ unknown
      if (/^[XQ]|^(?:EU|EZ|UN|ZZ)$/.test(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (!name || name === code) continue;
      // "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China": the name before the gloss
      const plain = name.replace(/\s*\(.*\)$/, '').replace(/\s+-\s+.*$/, '').replace(/\s+SAR China$/, '');
      const key = plain.toLowerCase().replace(/\s+/g, '_');
      keyOf.set(plain.toLowerCase(), LEXICON_KEY[key] ?? key);
      written.push(plain);
    }
  }
  const alternatives = written.sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // A country's name as written (capitalised), not the first name of a person or part of a
  // longer name ("Jordan Henderson", "Georgia Tech"): no capitalised word right after it.
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`, 'gu'), keyOf };
}

/** The countries a sentence names: the lexicon's places and ICU's country names, written capitalised. */
export function countriesNamed(s: SentenceFeatures): string[] {
  const out = s.details.flatMap((d) => (d.kind === 'place' && PLACE_KEYS.has(d.key) ? [d.key] : []));
  const names = countryNames();
  if (names) {
    for (const m of s.text.matchAll(names.pattern)) {
      const key = names.keyOf.get(m[1].toLowerCase().replace(/\s+/g, ' '));
      if (key) out.push(key);
    }
  }
  return out;
}

interface Countries {
  lede: Set<string>;
  all: Set<string>;
}
function countriesIn(sentences: readonly SentenceFeatures[]): Countries {
  const named = sentences.map((s) => new Set(countriesNamed(s)));
  const mentions = (c: string) => named.filter((n) => n.has(c)).length;
  const lede = new Set(named.slice(0, LEDE_SENTENCES).flatMap((n) => [...n]).filter((c) => mentions(c) >= SETTING_MENTIONS));
  return { lede, all: new Set(named.flatMap((n) => [...n])) };
}
/**
 * A country is where the report is set when its lede names it and the report names it again:
 * named once, it may be a rider's or a visitor's country ("Spain's Iker Zubiria completed the
 * podium").
 */
const SETTING_MENTIONS = 2;
const PAGE_COUNTRIES = new WeakMap<readonly SentenceFeatures[], Countries>(), DOC_COUNTRIES = new WeakMap<IndexedDoc, Countries>();

/**
 * The page's lede and the document's each name a country that the other text never names: two
 * events set in two countries (another country's census, its own court's ruling on a like
 * law). Not when either lede names none (a local paper names its town), nor when one text names
 * the other's country anywhere (a comparison, a neighbour's reaction: one story told from two
 * places).
 */
export function countriesApart(page: readonly SentenceFeatures[], doc: IndexedDoc): boolean {
  let p = PAGE_COUNTRIES.get(page);
  if (!p) PAGE_COUNTRIES.set(page, (p = countriesIn(page)));
  let d = DOC_COUNTRIES.get(doc);
  if (!d) DOC_COUNTRIES.set(doc, (d = countriesIn(doc.sentences)));
  if (!p.lede.size || !d.lede.size) return false;
  return ![...p.lede].some((c) => d!.all.has(c)) && ![...d.lede].some((c) => p!.all.has(c));
}

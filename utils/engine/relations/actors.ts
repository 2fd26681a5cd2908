// Who a sentence names, as opposed to what it reports. Two sentences on one story name the same
// people all the time; sharing only them is not sharing a fact. The telling case is a name used
// as a descriptor of someone else: "Chinese leader Xi Jinping’s security czar, Wang Xiaohong,
// asked …" is about Wang, and pairing it with "Trump praised the Chinese leader, Xi Jinping, …"
// on "Chinese leader Xi Jinping" pairs two unrelated facts.
import { tokensOf, type SentenceFeatures } from '../text/features';
import { perSentence } from '../text/memo';
import { termsOf, type Token } from '../text/normalize';
import { MONTHS, OFFICES, PERSON_TITLES, PLACE_KEYS, WEEKDAYS } from '../text/lexicon';
import { termSet } from '../index/similarity';

/** How a term of a sentence names someone (terms that report the fact itself have no role). */
type ActorRole = 'title' | 'descriptor' | 'name';

const POSSESSIVE = /\p{Lu}[\p{L}-]*[’']s\b/u;
/** Does the sentence have a capitalised word in the possessive ("Xi Jinping’s")? */
const hasPossessiveName = perSentence((s) => POSSESSIVE.test(s.text));

const ROLES = new WeakMap<SentenceFeatures, Map<string, { role: ActorRole; word: string }>>();

/**
 * The actor roles of a sentence's terms: person titles ("leader", "security czar"), names
 * (capitalised words that are not the sentence's first word), and descriptor names (a name in
 * the possessive before a title: "Xi Jinping’s security czar"). Computed once per sentence.
 */
export function actorRoles(s: SentenceFeatures): Map<string, { role: ActorRole; word: string }> {
  let out = ROLES.get(s);
  if (out) return out;
  out = new Map();
  const tokens = tokensOf(s);
  const descriptor = descriptorTokens(tokens, s.text);
  for (const t of termsOf(tokens)) {
    const words = tokens.slice(t.tok, t.tok + t.len);
    // A weekday or a month ("on Friday", "in May") is a date, not an actor.
    if (t.attribution || words.some((w) => WEEKDAYS.includes(w.lower) || MONTHS.includes(w.lower))) continue;
    const word = words.map((w) => w.lower).join(' ');
    if (PERSON_TITLES.has(t.key) || words.every((w) => PERSON_TITLES.has(w.lower))) out.set(t.key, { role: 'title', word });
    else if (words.some((_, k) => descriptor.has(t.tok + k))) out.set(t.key, { role: 'descriptor', word });
    else if (t.tok > 0 && words.every((w) => w.cap)) out.set(t.key, { role: 'name', word });
  }
  ROLES.set(s, out);
  return out;
}

/**
 * Token positions of names in the possessive before a title ("Xi Jinping’s [security] czar"),
 * with the capitalised words and titles right before them ("Chinese leader Xi Jinping’s …").
 * At most one modifier between the possessive and the title: "security czar", "top aide".
 */
function descriptorTokens(tokens: Token[], text: string): Set<number> {
  const out = new Set<number>();
  tokens.forEach((tok, i) => {
    if (!tok.cap || !/^[’']s\b/.test(text.slice(tok.end, tok.end + 3))) return;
    const next = tokens.slice(i + 1, i + 3).map((t) => t.lower);
    if (!next.some((w) => PERSON_TITLES.has(w))) return;
    // Back over the words of the same phrase: only spaces between them ("Wang Xiaohong, China’s
    // Minister" is two phrases, the name and its apposition).
    for (let k = i; k >= 0 && (tokens[k].cap || PERSON_TITLES.has(tokens[k].lower)); k--) {
      out.add(k);
      if (k > 0 && !/^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    }
  });
  return out;
}

/**
 * Does the pair rest on a name that one of the two sentences uses only to describe someone else?
 * True when every shared term is a person title, one of the story's main actors (`background`,
 * as story/background.ts finds them) or such a descriptor name, and at least one descriptor is among them. Pairs
 * that share only the main actors are left to the pair score: a secondary figure both sentences
 * are about ("Beijing is sending Wang" / "Beijing has tapped Wang") can be the fact itself.
 */
export function restsOnDescriptor(a: SentenceFeatures, b: SentenceFeatures, background: ReadonlySet<string>): boolean {
  // A descriptor is a name in the possessive: without one in either sentence, no need to look
  // (the common case; this runs for every candidate pair).
  if (!hasPossessiveName(a) && !hasPossessiveName(b)) return false;
  const shared = sharedTerms(a, b);
  const ra = actorRoles(a), rb = actorRoles(b);
  let descriptor = false;
  for (const t of shared) {
    const x = ra.get(t), y = rb.get(t);
    if (!x || !y) return false;
    if (x.role === 'descriptor' || y.role === 'descriptor') descriptor = true;
    else if (x.role !== 'title' && y.role !== 'title' && !background.has(t) && !background.has(x.word) && !background.has(y.word)) return false;
  }
  return descriptor;
}

/**
 * The specific actors both sentences name: a person or body other than the story's main actors,
 * by name in both ("Wang"), or an office both name under any of its titles ("the Commerce
 * Ministry" / "the Ministry of Commerce"). Not the main actors (`background`), not descriptors.
 */
export function sharedSpecificActors(a: SentenceFeatures, b: SentenceFeatures, background: ReadonlySet<string>): string[] {
  const ra = actorRoles(a), rb = actorRoles(b);
  return sharedTerms(a, b).filter((t) => {
    if (OFFICES.has(t)) {
      // "China's commerce ministry" and "the US commerce secretary" are two offices
      const ca = officeCountry(a, t), cb = officeCountry(b, t);
      return !(ca && cb && ca !== cb);
    }
    const x = ra.get(t), y = rb.get(t);
    return x?.role === 'name' && y?.role === 'name' && !background.has(t) && !background.has(x.word) && !background.has(y.word);
  });
}

/** How far back (content terms) the country of an office is named: "China's Ministry of Commerce", "the Chinese foreign minister". */
const OFFICE_COUNTRY_REACH = 2;

/** The country named just before the office `key` in the sentence, or null. */
function officeCountry(s: SentenceFeatures, key: string): string | null {
  const k = s.seq.findIndex(([t]) => t === key);
  for (let i = k - 1; k >= 0 && i >= Math.max(0, k - OFFICE_COUNTRY_REACH); i--) if (PLACE_KEYS.has(s.seq[i][0])) return s.seq[i][0];
  return null;
}

function sharedTerms(a: SentenceFeatures, b: SentenceFeatures): string[] {
  const bTerms = termSet(b);
  return a.terms.filter((t) => bTerms.has(t));
}

/**
 * The verbs that attribute a report to its source: "the fire agency said", "officials told",
 * "according to the agency".
 */
const SOURCE_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'reported', 'reports', 'stated', 'confirmed', 'according']);
/**
 * A source is a short phrase: "Taiwan’s National Fire Agency (NFA)", "the fire department",
 * "a spokesman for the ministry". Eight words hold those; a longer run before the verb is the
 * report itself ("Three hikers killed by falling rocks were found, …").
 */
const SOURCE_MAX_WORDS = 8;

/**
 * The terms a sentence uses only to say who reports it: the phrase between a clause boundary (the
 * sentence's start, a comma, a quotation mark) and a reporting verb ("Taiwan’s National Fire
 * Agency said …", "…, the agency said."), or after "according to" up to the next comma. A term
 * the sentence also uses in the report itself is not counted.
 */
const ANY_SOURCE_VERB = new RegExp(`\\b(?:${[...SOURCE_VERBS].join('|')})\\b`, 'i');
const NO_TERMS: ReadonlySet<string> = new Set();

export const sourceOnlyTerms = perSentence((s: SentenceFeatures): ReadonlySet<string> => {
  // Most sentences attribute nothing: no need to tokenise them again.
  if (!ANY_SOURCE_VERB.test(s.text)) return NO_TERMS;
  const tokens = tokensOf(s);
  const inSource = new Set<number>();
  const boundaryBefore = (i: number) => i === 0 || /[,;:“”"]/.test(s.text.slice(tokens[i - 1].end, tokens[i].start));
  tokens.forEach((t, r) => {
    if (!SOURCE_VERBS.has(t.lower)) return;
    if (t.lower === 'according') {
      // "according to the agency, …": the words after "to", up to the next boundary.
      for (let k = r + 2; k < tokens.length && k - r - 2 < SOURCE_MAX_WORDS && (k === r + 2 || !boundaryBefore(k)); k++) inSource.add(k);
      return;
    }
    let start = r;
    while (start > 0 && r - start < SOURCE_MAX_WORDS && !boundaryBefore(start)) start--;
    if (!boundaryBefore(start) || start === r) return;
    for (let k = start; k < r; k++) inSource.add(k);
  });
  if (!inSource.size) return NO_TERMS;
  const source = new Set<string>(), report = new Set<string>();
  for (const term of termsOf(tokens)) {
    if (term.attribution) continue;
    const covered = [...Array(term.len).keys()].every((k) => inSource.has(term.tok + k));
    (covered ? source : report).add(term.key);
  }
  return new Set([...source].filter((k) => !report.has(k)));
});

/**
 * Does the pair share nothing but who reports it? "The fire agency said the severity of the
 * injuries remains unclear" and "The fire agency said all the deaths were in the county" share
 * a source, not a fact. True when every shared term (the story's main actors aside) is, in both
 * sentences, only the source's name.
 */
export function restsOnSource(a: SentenceFeatures, b: SentenceFeatures, background: ReadonlySet<string>): boolean {
  const sa = sourceOnlyTerms(a);
  if (!sa.size) return false;
  const sb = sourceOnlyTerms(b);
  if (!sb.size) return false;
  const shared = sharedTerms(a, b).filter((t) => !background.has(t));
  return shared.length > 0 && shared.every((t) => sa.has(t) && sb.has(t));
}

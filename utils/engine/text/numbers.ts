// Quantities in a sentence, normalised so that "145 per cent" = "145%" = "145 percent",
// "$46 billion" = 46e9 USD, "nearly 450,000" = ~450000, "two" = 2, and "twice … 10 percent"
// is 10% applied two times (not 20%).
import { MONTHS, WEEKDAYS } from './lexicon';
import { CLAUSE_BREAK, wordKey, type Token, type Term } from './normalize';
import { wordTable } from './word-table';
import { generalWord } from '../story/word-weights';

export interface Quantity {
  /** Numeric value in base units (percent points for %, units of currency for money). */
  value: number;
  /** "%", "USD", "EUR", "GBP", "CNY", "count", "year", "age" (years of age) or "clock" (a time of day, in minutes since midnight). */
  unit: string;
  /** Hedged: "nearly", "about", "more than", "at least", "a minimum of"… */
  approx: boolean;
  /** Hedged as a bound ("more than", "at least", "up to", "a minimum of"), not an estimate. */
  bound: boolean;
  /** Multiplicity: "twice imposing … 10 percent" → 2. */
  times: number;
  /** The text the reader sees, e.g. "145 per cent". */
  label: string;
  /** Token index of the number. */
  tok: number;
  /** A vague amount ("hundreds", "dozens"): the values it may stand for. Never compared as a clash. */
  range?: [number, number];
  /** One of the two counts of a span told in two units ("2 hours and 47 minutes"): compared only with such a count. */
  partial?: true;
  /** Concept keys of the nearby content words: what is being measured or counted. */
  context: string[];
}

/**
 * Is the number word at token i a tens word followed by a unit word, joined by a hyphen or a
 * space ("twenty-three", "forty five"): one number, not its last word alone. Without the text
 * (no way to see the hyphen) a space is assumed.
 */
function compoundAt(tokens: Token[], i: number, text: string): boolean {
  const tens = SMALL[tokens[i].lower], unit = SMALL[tokens[i + 1]?.lower ?? ''];
  if (tens === undefined || unit === undefined || tens < 20 || tens > 90 || tens % 10 || unit < 1 || unit > 9) return false;
  return !text || /^(?:-|\s+)$/.test(text.slice(tokens[i].end, tokens[i + 1].start));
}

/**
 * Where the figure's label starts in its sentence: at its currency sign when it opens with one
 * ("€1.9 billion": the sign is the token before `tok`, the number's), else at the number. Any
 * sign, not only "$": a phrase cut from the number's token would end a character late.
 */
export function labelStart(tokens: readonly Token[], q: Quantity): number {
  const sign = q.tok > 0 && q.label.startsWith(tokens[q.tok - 1].text) && !q.label.startsWith(tokens[q.tok].text);
  return sign ? tokens[q.tok - 1].start : tokens[q.tok].start;
}

/** Is the word a number spelled out ("two", "twelve")? */
/** The value of a spelled-out number up to ninety-nine's words ("six" 6, "twenty" 20), or undefined. */
export function numberWordValue(w: string): number | undefined {
  return SMALL[w.toLowerCase()];
}
export function isNumberWord(w: string): boolean {
  return SMALL[w] !== undefined;
}
const SMALL: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
});
const SCALE: Record<string, number> = wordTable({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
});
const CURRENCY_SIGN: Record<string, string> = wordTable({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' });
/**
 * Currency names after a figure: the unit of an amount of money, never what is counted ("413
 * billion crowns" says how much, not that crowns are the measure). The currencies of English
 * news, a closed class; a name several countries use ("crown", "franc", "peso") is one unit here,
 * since two amounts in one story are in one country's money.
 */
const CURRENCY_WORD: Record<string, string> = withIsoCurrencyNames({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yuan: 'CNY', renminbi: 'CNY',
  yen: 'JPY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  franc: 'FRANC', francs: 'FRANC', crown: 'CROWN', crowns: 'CROWN', krona: 'CROWN', kronor: 'CROWN', krone: 'CROWN', kroner: 'CROWN',
  peso: 'PESO', pesos: 'PESO', lira: 'LIRA', lire: 'LIRA', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', forints: 'HUF',
  rand: 'ZAR', dinar: 'DINAR', dinars: 'DINAR', dirham: 'DIRHAM', dirhams: 'DIRHAM', riyal: 'RIYAL', riyals: 'RIYAL',
  shekel: 'ILS', shekels: 'ILS', naira: 'NGN', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR',
});
/**
 * The table above, plus the name of every other currency the runtime's ICU data knows (ISO 4217
 * through Intl: "Ghanaian Cedi" gives "cedi" and "cedis", "Zambian Kwacha" "kwacha"), keyed by
 * its ISO code. Not a name that is also a word of general English ("won", "mark", "real"): after a
 * figure it is as likely the word as the money. The listed entries win (one "franc" for all).
 */
function withIsoCurrencyNames(listed: Record<string, string>): Record<string, string> {
  const out = wordTable(listed);
  if (typeof Intl.supportedValuesOf !== 'function' || typeof Intl.DisplayNames !== 'function') return out;
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  for (const code of Intl.supportedValuesOf('currency')) {
    // X codes are metals, drawing rights and test codes, not a country's money
    if (code.startsWith('X')) continue;
    const word = names.of(code)?.split(/\s+/).at(-1)?.toLowerCase();
    if (!word || !/^\p{L}{3,}$/u.test(word) || generalWord(wordKey(word))) continue;
    for (const form of [word, word + 's']) if (!(form in out)) out[form] = code;
  }
  return out;
}
const HEDGES = new Set(['nearly', 'about', 'roughly', 'around', 'almost', 'approximately', 'some', 'over', 'least', 'minimum', 'than', 'up', 'estimated', 'maximum', 'close']);
/** Function words inside a hedge: "a minimum of", "close to", "more than", "at least", "as many as". */
const HEDGE_GLUE = new Set(['a', 'an', 'the', 'of', 'to', 'at', 'as', 'many', 'much', 'more', 'less', 'fewer', 'just', 'under', 'below', 'above']);
/** The hedges that make a figure a bound rather than an estimate. */
const BOUNDS = new Set(['over', 'least', 'minimum', 'than', 'up', 'maximum']);
/** "a quarter of a million", "half a billion", "a third of a million". */
const FRACTIONS: Record<string, number> = wordTable({ half: 0.5, quarter: 0.25, third: 1 / 3 });
const MULTIPLIERS: Record<string, number> = wordTable({ twice: 2, thrice: 3, double: 2 });
/**
 * Vague amounts: "dozens" is two dozen and more, up to a hundred; "hundreds" from two hundred to
 * under a thousand; "thousands" likewise. A reader reads "hundreds injured" beside "736 injured"
 * as the same count, so they link; they never make a clash (a figure says more than they do).
 */
const VAGUE: Record<string, [number, number]> = wordTable({ dozens: [24, 99], scores: [40, 99], hundreds: [200, 999], thousands: [2000, 9999] });
const MONTH_KEYS = new Set(MONTHS.map(wordKey));
/** The key of "years", what a span of years counts. */
const YEARS_KEY = wordKey('years');

/**
 * A unit of time and its next finer unit, with how many of them make one: "seven years and six
 * months" is 7.5 years. (Not hours and minutes: "four hours and 38 minutes" is compared by its
 * minutes, and as 4.63 hours it would be a reading within 5% of "four hours and 52 minutes".)
 */
const FINER_UNITS: Record<string, [RegExp, number]> = wordTable({ years: [/^months?$/, 12], year: [/^months?$/, 12] });
/**
 * Shorter units of time and the next finer one, for a span told in both ("2 hours and 47
 * minutes"): neither count is the span, so each is compared only with a count of another span
 * told so (`Quantity.partial`): "four hours and 38 minutes" still clashes with "four hours and 52
 * minutes" by its minutes, and neither count with "nearly three hours" or "more than four hours".
 * (Read as one span, 4.63 hours would be a reading within 5% of 4.87.)
 */
const WHOLE_UNITS: Record<string, RegExp> = wordTable({ weeks: /^days?$/, week: /^days?$/, days: /^hours?$/, day: /^hours?$/, hours: /^minutes?$/, hour: /^minutes?$/, minutes: /^seconds?$/, minute: /^seconds?$/ });

/** A whole number in digits or one word ("47", "six"). */
function wholeNumberAt(t: Token | undefined): boolean {
  return t !== undefined && (/^\d+$/.test(t.text) || isNumberWord(t.lower));
}

/** Words that follow a number to say it is a percentage. */
function percentAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (t.lower === '%' || t.lower === 'percent' || t.lower === 'pct' || t.lower === 'pc') return 1;
  if (t.lower === 'per' && tokens[i + 1]?.lower === 'cent') return 2;
  if (t.lower === 'percentage' && tokens[i + 1]?.lower === 'points') return 2;
  return 0;
}

/**
 * The whole of a proportion at token `i` ("in ten", "in 5" of "nine in ten", "one in 5"), or 0. Not
 * "in 5 games": a span of events or of time after it is a rate, not a share.
 */
function proportionAt(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== 'in') return 0;
  const w = tokens[i + 1]?.lower ?? '';
  const whole = /^\d+$/.test(w) ? Number(w) : w !== 'hundred' ? SMALL[w] ?? 0 : 100;
  if (whole < 2 || whole > 1000) return 0;
  return RATE_SPANS.test(tokens[i + 2]?.lower ?? '') ? 0 : whole;
}
/** Spans of time or of events after "N in M" that make it a rate: "two in five games". */
const RATE_SPANS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches?|races?|starts?|attempts?|innings|seasons?|tries)$/;

/** The sentence's quantities; `text` is the sentence the tokens are of (a time of day needs its colon). */
export function quantitiesOf(tokens: Token[], terms: Term[], text = ''): Quantity[] {
  const out: Quantity[] = [];
  /** The token after each figure of the main path (for elidedNouns). */
  const ends = new Map<Quantity, number>();
  /** Tokens of a figure already read as the finer part of another ("six" of "seven years and six months"). */
  const finerParts = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (finerParts.has(i)) continue;
    const t = tokens[i];
    let value: number | null = null;
    let compound = false;
    if (/^\p{N}+(?:[.,]\p{N}+)*$/u.test(t.text)) {
      // "450,000" (thousands) vs "2.5" (decimal)
      value = Number(/,\d{3}(?!\d)/.test(t.text) ? t.text.replace(/,/g, '') : t.text.replace(/,/g, '.'));
    } else if (VAGUE[t.lower] && !(t.lower === 'scores' && !/^of$/.test(tokens[i + 1]?.lower ?? ''))) {
      // "hundreds injured", "dozens of people", "injures hundreds" ("scores" only as "scores of")
      const range = VAGUE[t.lower];
      const context = contextOf(tokens, terms, i, tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1, 'count', true);
      if (context.length) out.push({ value: range[0], unit: 'count', approx: true, bound: false, times: 1, label: t.text, tok: i, context, range });
      continue;
    } else if (SMALL[t.lower] !== undefined && t.lower !== 'hundred') {
      // Spelled-out numbers only count when followed by a unit or a noun phrase we can count;
      // "one" is too often a pronoun ("one person there") to be a quantity.
      if (t.lower === 'one' && tokens[i - 1]?.lower !== 'between' && !proportionAt(tokens, i + 1) && !(tokens[i + 1]?.lower === 'and' && tokens[i + 3]?.lower === 'half')) continue;
      value = SMALL[t.lower];
      // "twenty-three", "forty five": a tens word and a unit word are one number
      if (compoundAt(tokens, i, text)) {
        value += SMALL[tokens[i + 1].lower];
        compound = true;
      } else if (SMALL[tokens[i + 1]?.lower ?? ''] && tokens[i + 1].lower !== 'hundred') continue;
    }
    let j = compound ? i + 2 : i + 1;
    if (value === null && FRACTIONS[t.lower] !== undefined) {
      // "a quarter of a million": the fraction, then its scale word after "of"/"a"
      let k = i + 1;
      while (k < i + 3 && /^(of|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
      if (tokens[k] && SCALE[tokens[k].lower] && tokens[k].lower !== 'm' && tokens[k].lower !== 'k') {
        value = FRACTIONS[t.lower];
        j = k;
      } else if (tokens[k]?.lower === 'dozen') {
        // "half a dozen": six, one figure (not a fraction and a dozen)
        value = FRACTIONS[t.lower] * 12;
        j = k + 1;
      } else if (tokens[k]?.lower === 'century') {
        // "in a quarter century", "half a century": a span of years, as "in 25 years" is
        out.push({ value: FRACTIONS[t.lower] * 100, unit: 'count', approx: false, bound: false, times: 1, label: tokensText(tokens, i, tokens[k].end), tok: i, context: [YEARS_KEY] });
        i = k;
        continue;
      }
    }
    if (value === null || Number.isNaN(value)) continue;
    // "the top two", "a top-10 finish", "the bottom three": a group by rank, as an ordinal names
    // a place, not a count of anything the story did
    if (RANK_WORDS.has(tokens[i - 1]?.lower ?? '')) continue;
    const first = i;
    const score = scorelineAt(tokens, i, text);
    if (score) {
      out.push(score);
      i += 1;
      continue;
    }
    const span = rangeAt(tokens, terms, i, text);
    if (span) {
      out.push(span.q);
      i = span.next - 1;
      continue;
    }
    const clock = clockTimeAt(tokens, i, text);
    if (!clock && identifierAt(tokens, i, text)) continue;
    // "March 21", "3 April": a day of a month is a date, never a count of anything.
    if (!clock && dayOfMonthAt(tokens, i, text)) continue;
    if (clock) {
      // "7:58 a.m.", "10pm": when, not how many; kept as a time of day so that its digits are
      // never read as a count ("just before 8:00 a.m." is not 8 of anything).
      out.push({ value: clock.minutes, unit: 'clock', approx: false, bound: false, times: 1, label: clock.label, tok: i, context: [] });
      i = clock.next - 1;
      continue;
    }
    // "eight and a half years", "one and a half million": the half is the figure's
    if (tokens[j]?.lower === 'and' && /^an?$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'half') {
      value += 0.5;
      j += 3;
    }
    // "seven years and six months": one span, in the larger unit (the finer count is read as part
    // of it, not as a figure of its own; FINER_UNITS)
    const finer = FINER_UNITS[tokens[j]?.lower ?? ''];
    if (finer && tokens[j + 1]) {
      const k = tokens[j + 1].lower === 'and' ? j + 2 : text.slice(tokens[j].end, tokens[j + 1].start).trim() === ',' ? j + 1 : -1;
      const part = k < 0 ? undefined : /^\d+$/.test(tokens[k]?.text ?? '') ? Number(tokens[k].text) : SMALL[tokens[k]?.lower ?? ''];
      if (part !== undefined && part < finer[1] && finer[0].test(tokens[k + 1]?.lower ?? '')) {
        value += part / finer[1];
        finerParts.add(k);
      }
    }
    // "2 hours and 47 minutes": the hours are whole units of a longer span (WHOLE_UNITS)
    const finerUnit = WHOLE_UNITS[tokens[j]?.lower ?? ''];
    const wholeOfSpan = finerUnit !== undefined && tokens[j + 1]?.lower === 'and' && wholeNumberAt(tokens[j + 2]) && finerUnit.test(tokens[j + 3]?.lower ?? '');
    // Scale words: "46 billion", "two hundred thousand".
    [[value], j] = scaledAt(tokens, j, [value]);
    let unit = 'count';
    const pct = percentAt(tokens, j);
    const per = pct ? 0 : proportionAt(tokens, j);
    if (pct) {
      unit = '%';
      j += pct;
    } else if (per && value < per) {
      // "nine in ten", "one in 5": a share, as "90%" is
      value = (value / per) * 100;
      unit = '%';
      j += 2;
    } else if (first > 0 && CURRENCY_SIGN[tokens[first - 1].text]) {
      unit = CURRENCY_SIGN[tokens[first - 1].text];
    } else if (tokens[j] && CURRENCY_WORD[tokens[j].lower]) {
      unit = CURRENCY_WORD[tokens[j].lower];
      j++;
    } else if (/^(1[89]|20)\d\d$/.test(t.text)) {
      unit = 'year';
    } else if (/^(1[89]|20)\d0s$/.test(tokens[j - 1].text + (tokens[j]?.lower === 's' ? 's' : ''))) {
      unit = 'year';
    }
    // Hedge words in the three tokens before the number ("a minimum of", "more than", "nearly"),
    // with nothing but other hedges and their function words between: in "a maximum sentence of
    // 110 years" the maximum is the sentence's, not a bound on 110.
    // (before a currency sign: "about €60m")
    let approx = false, bound = false;
    const hedgeEnd = first > 0 && CURRENCY_SIGN[tokens[first - 1].text] ? first - 1 : first;
    for (let k = hedgeEnd - 1; k >= Math.max(0, hedgeEnd - 3) && (HEDGES.has(tokens[k].lower) || HEDGE_GLUE.has(tokens[k].lower)); k--) {
      if (HEDGES.has(tokens[k].lower)) approx = true;
      if (BOUNDS.has(tokens[k].lower)) bound = true;
    }
    // Multiplicity within six tokens before the number ("twice imposing additional tariffs of")
    // or four after it ("tariffs of 10 percent were imposed twice"), in the number's own clause:
    // in "said it seven times, for the seven counts" the repetition is the saying's.
    let times = 1;
    for (let k = Math.max(0, first - 6); k < Math.min(tokens.length, j + 4); k++) {
      if (k >= first && k < j) continue;
      if (CLAUSE_BREAK.test(k < first ? text.slice(tokens[k].end, tokens[first].start) : text.slice(tokens[j - 1].end, tokens[k].start))) continue;
      if (MULTIPLIERS[tokens[k].lower]) times = MULTIPLIERS[tokens[k].lower];
      // "three times" after the figure multiplies it; the figure's own "seven times" is a count of
      // occasions, not seven sevens.
      if (tokens[k].lower === 'times' && k > 0 && k - 1 !== j - 1 && SMALL[tokens[k - 1].lower]) times = SMALL[tokens[k - 1].lower];
    }
    // An age ("the 44-year-old", "44 years old", "aged 44") is who someone is, not a span of
    // years: never the same figure as "a sentence of 20 years".
    // News style also sets an age off with commas after a name ("said Lena Park-soo, 60, a
    // worker"): a whole number after a capitalised word and a comma, closed by a comma.
    const ageBefore = tokens[first - 1]?.lower === 'aged' || (tokens[first - 1]?.lower === 'age' && /^(at|of)$/.test(tokens[first - 2]?.lower ?? '')) ||
      (tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.lower === 'age') || // "aged 87", "at age 87", "at the age of 87"
      (tokens[first - 1]?.lower === 'at' && /^(?:dies|died|dead|dying)$/.test(tokens[first - 2]?.lower ?? '') && !/^[\d.,]+\s*[%a-z]/i.test(text.slice(t.start, t.end + 3))); // "dies at 87"
    if (unit === 'count' && ((/^years?$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'old') || ageBefore)) {
      unit = 'age';
      if (!ageBefore) j += 2;
    } else if (unit === 'count' && j === first + 1 && appositiveAge(tokens, first, text)) unit = 'age';
    const startTok = first > 0 && CURRENCY_SIGN[tokens[first - 1].text] ? first - 1 : first;
    const end = tokens[j - 1].end;
    // With the sentence's text, the label is what the reader sees ("44-year-old", not "44 year old").
    const label = (unit === 'age' || compound) && text ? text.slice(tokens[startTok].start, end) : tokensText(tokens, startTok, end);
    // ... and the finer count after them ("… and 47 minutes"), whether or not the whole units were read as a figure
    const finerOfSpan = tokens[first - 1]?.lower === 'and' && WHOLE_UNITS[tokens[first - 2]?.lower ?? '']?.test(tokens[first + 1]?.lower ?? '') && wholeNumberAt(tokens[first - 3]);
    const partial = wholeOfSpan || finerOfSpan;
    out.push({ value, unit, approx, bound, times, label, tok: first, context: contextOf(tokens, terms, first, j, unit, !Number.isInteger(value)), ...(partial ? { partial: true as const } : {}) });
    ends.set(out[out.length - 1], j);
    i = j - 1;
  }
  elidedNouns(out, ends, tokens, text);
  statedIntervals(out, ends, tokens, text);
  // A bare count without any counted noun nearby, or a spelled-out number that does not sit
  // before a noun, is dropped: it is not a quantity anyone could compare. So is a figure past a
  // double's range (a run of 400 digits, "9 trillion trillion …" scaled past 1e308): it reads as
  // Infinity, which every other such figure would "equal", and which a report's JSON turns into null.
  return out.filter((q) => finiteFigure(q) && (q.unit !== 'count' || q.context.length > 0));
}

/**
 * A count whose noun is elided because the figure before it names it: "1.9 million crowns, down
 * from 2.4 million", "seven years rather than nine", "40 seats against 52". Only across the
 * words that compare two values of one thing (and commas): with a verb or another noun between,
 * the second number counts something else or nothing. The count takes the first one's context.
 */
function elidedNouns(out: Quantity[], ends: ReadonlyMap<Quantity, number>, tokens: Token[], text: string): void {
  for (let k = 1; k < out.length; k++) {
    const q = out[k], p = out[k - 1];
    const end = ends.get(p);
    // (an amount of money names its noun as its unit: "1.9 million crowns, down from 2.4 million")
    const money = isCurrency(p.unit);
    if (q.unit !== 'count' || q.context.length || q.range || (p.unit !== 'count' && !money) || !p.context.length || p.range || end === undefined || end >= q.tok) continue;
    // "Organisers said 7,000 people attended, police said 4,500": a second source's figure for the
    // same count, its noun left out after the verb of saying both figures follow.
    if (saidBefore(tokens, p.tok) && saidBefore(tokens, q.tok) && !/[.!?]/.test(text.slice(tokens[end - 1].end, tokens[q.tok].start))) {
      q.context = p.context;
      q.unit = p.unit;
      continue;
    }
    // past the first figure's own noun ("crowns" of "1.9 million crowns")
    let from = end;
    while (from < q.tok && p.context.includes(wordKey(tokens[from].lower))) from++;
    const between = tokens.slice(from, q.tok);
    if (!between.length || between.length > ELIDED_LINK_TOKENS || !between.every((t) => ELLIPSIS_LINK.test(t.lower))) continue;
    if (/[^\s,]/.test(text.slice(tokens[end - 1].end, tokens[q.tok].start).replace(/[\p{L}\p{N}]+/gu, ''))) continue; // a stop, a dash, a bracket: another clause
    q.context = p.context;
    q.unit = p.unit;
  }
}

/**
 * "revenue of £7.1bn to £7.3bn", "a spill of 2.5 million to 3 million litres": after "of", two
 * figures of one unit joined by "to" or a dash, rising, are one interval, and so are two after
 * "between" joined by "and" ("between $1.1 billion and $1.2 billion"), as rangeAt reads "of 9%
 * to 10%" (this pass reads the figures rangeAt cannot: with a currency sign or a scale word).
 * Both ends carry the interval as their range, so neither is compared as a level on its own: a
 * forecast of "£7.1bn to £7.3bn" is not told against "roughly £7.2bn". After "from" the two are
 * two levels of a change ("cut from £7.1bn to £6.9bn"), read by measure.ts.
 */
function statedIntervals(out: Quantity[], ends: ReadonlyMap<Quantity, number>, tokens: Token[], text: string): void {
  for (let k = 1; k < out.length; k++) {
    const p = out[k - 1], q = out[k];
    const end = ends.get(p);
    if (end === undefined || p.range || q.range || p.unit !== q.unit || isTimeStamp(p) || !(q.value > p.value)) continue;
    const pStart = labelStart(tokens, p), qStart = labelStart(tokens, q);
    const joiner = text.slice(tokens[end - 1].end, qStart);
    const before = tokens[tokens.findLastIndex((t) => t.end <= pStart)]?.lower;
    // "of £7.1bn to £7.3bn"; "between $1.1 billion and $1.2 billion" (after "between", "and"
    // joins the two ends of one interval, as rangeAt reads "between 20 and 30").
    const interval = before === 'of' ? /^\s*(?:to|-|–)\s*$/.test(joiner) : before === 'between' && /^\s*and\s*$/.test(joiner);
    if (!interval) continue;
    // "between $1.1 and $1.2 billion": the scale said once is the first end's too
    const scale = scaleOf(q.label);
    if (scaleOf(p.label) === 1 && scale > 1) p.value *= scale;
    if (!(q.value > p.value)) continue;
    p.range = q.range = [p.value, q.value];
  }
}

/**
 * The values times the scale words from token j on ("46 billion", "two hundred thousand"; "m"
 * only written onto its figure, "£5m", not "5 m"), each word applied in turn, and the token after them.
 */
function scaledAt(tokens: Token[], j: number, values: number[]): [number[], number] {
  while (tokens[j] && SCALE[tokens[j].lower] && !(tokens[j].lower === 'm' && tokens[j].start - tokens[j - 1].end > 0)) {
    const scale = SCALE[tokens[j].lower];
    values = values.map((v) => v * scale);
    j++;
  }
  return [values, j];
}

/** The product of the scale words in a figure's label ("$1.2 billion" → 1e9; "$1.1" → 1). */
function scaleOf(label: string): number {
  return label.toLowerCase().split(/[^a-z]+/).reduce((m, w) => m * (w && w !== 'm' ? (SCALE[w] ?? 1) : 1), 1);
}

/** A currency's unit code (CURRENCY_SIGN, CURRENCY_WORD). */
export function isCurrency(unit: string): boolean {
  return CURRENCY_UNITS.has(unit);
}
const CURRENCY_UNITS = new Set([...Object.values(CURRENCY_SIGN), ...Object.values(CURRENCY_WORD)]);
/** Is the figure at `tok` what a source says or estimates ("police said about 4,500")? */
function saidBefore(tokens: Token[], tok: number): boolean {
  let i = tok - 1;
  while (i > 0 && SAID_HEDGES.test(tokens[i].lower)) i--;
  return SAID.test(tokens[i]?.lower ?? '');
}
/** English verbs of saying and estimating a figure. */
const SAID = /^(?:said|says|say|estimated|estimates|estimate|counted|counts)$/;
/** Hedges between such a verb and its figure. */
const SAID_HEDGES = /^(?:about|around|some|nearly|almost|roughly|approximately|only|just|over|more|than|fewer|less|at|least|up|to)$/;
/** English words that set a second value of one thing against the first. */
const ELLIPSIS_LINK = /^(?:down|up|from|compared|with|against|versus|vs|than|rather|instead|of)$/;
/** "compared with", "rather than", "instead of", "down from": at most three such words. */
const ELIDED_LINK_TOKENS = 3;

function finiteFigure(q: Quantity): boolean {
  return Number.isFinite(q.value) && (!q.range || (Number.isFinite(q.range[0]) && Number.isFinite(q.range[1])));
}

/**
 * Nouns whose number names one of a series, not an amount: "flight 171", "runway 23", "model 3",
 * "article 5", "game 4". A closed class of English identifier nouns.
 */
const IDENTIFIER_NOUNS = new Set([
  'flight', 'flights', 'model', 'number', 'no', 'nos', 'route', 'runway', 'gate', 'seat', 'row', 'room', 'platform', 'terminal',
  'article', 'section', 'chapter', 'clause', 'amendment', 'case', 'game', 'episode', 'season', 'stage', 'round', 'level', 'grade',
  'version', 'phase', 'highway', 'interstate', 'bus', 'line', 'district', 'ward', 'unit', 'block', 'building', 'floor', 'apartment',
  'page', 'volume', 'item', 'resolution', 'bill', 'proposition', 'category',
]);

/**
 * Is the number at token i part of a name, not an amount? After an identifier noun ("flight
 * 171"), joined by a hyphen to a capitalised word ("Selene-2", "COVID-19"), after a capitalised
 * word inside the sentence ("Boeing 787", "Apollo 11", "Artemis 2"; not
 * a month, a weekday, a currency, a sentence's first word or a headline in title case), or joined by a hyphen, without spaces, to
 * another number ("787-8": a model and its variant; "ages 18-25" has its range word before it).
 */
function identifierAt(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!/^\d+$/.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (prev && IDENTIFIER_NOUNS.has(prev.lower) && !/^(the|a|an)$/.test(tokens[i - 2]?.lower ?? '') && /^\s+$/.test(text.slice(prev.end, t.start))) return true;
  if (prev && i > 1 && prev.cap && /^\p{Lu}[\p{L}]+$/u.test(prev.text) && !titleCase(tokens) && !calendarWord(prev.lower) && !CURRENCY_WORD[prev.lower] && /^ $/.test(text.slice(prev.end, t.start)) &&
    !/[.!?:;"“]\s*$/.test(text.slice(0, prev.start))) return true;
  // A capitalised word joined to the number by a hyphen is one name wherever it stands
  // ("Selene-2", "COVID-19", "F-35"); a year after it is still a year ("Mid-2024").
  if (prev && prev.cap && /^\p{Lu}[\p{L}]*$/u.test(prev.text) && text.slice(prev.end, t.start) === '-' && !/^(1[89]|20)\d\d$/.test(t.text) && !calendarWord(prev.lower)) return true;
  const next = tokens[i + 1];
  const hyphenNext = next && text.slice(t.end, next.start) === '-' && /^\d+$/.test(next.text);
  const hyphenPrev = prev && text.slice(prev.end, t.start) === '-' && /^\d+$/.test(prev.text);
  return (hyphenNext || hyphenPrev) && !RANGE_WORDS.test(tokens[(hyphenPrev ? i - 2 : i - 1)]?.lower ?? '');
}
/**
 * A headline in title case ("Strong Quake Kills 9, Injures Hundreds"): its capitals say nothing
 * about names. Most of its longer words (four letters and more) are capitalised.
 */
function titleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  return words.length > 0 && words.filter((t) => t.cap).length / words.length > 0.6;
}

/** A month or a weekday, or an abbreviation of one ("Sept", "Nov", "Fri"): "Sept 11" is a date. */
/** Is the number at token i a day of the month: 1-31 right after or right before a month's name ("March 21", "3 April")? */
function dayOfMonthAt(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!/^\d{1,2}$/.test(t.text) || Number(t.text) < 1 || Number(t.text) > 31) return false;
  // the month's name next to it, with only a space (or "of") between: "April, 9 people" is no
  // date; an abbreviation's stop is part of the name ("Jan. 27")
  const month = (k: number) => {
    const m = tokens[k];
    const [x, y] = k < i ? [m, t] : [t, m];
    const abbreviated = !!m && !MONTHS.includes(m.lower);
    return !!m && monthWord(m.lower) && (k < i && abbreviated ? /^\.?\s+$/ : /^\s+(?:of\s+)?$/i).test(text.slice(x.end, y.start));
  };
  return month(i - 1) || month(i + 1) || (tokens[i + 1]?.lower === 'of' && month(i + 2));
}

/** A month's or a weekday's name, or its abbreviation ("Mar", "Sept", "Thurs"). */
export function calendarWord(w: string): boolean {
  return monthWord(w) || (w.length >= 3 && WEEKDAYS.some((name) => name.startsWith(w)));
}
/** A month's name or its abbreviation. */
function monthWord(w: string): boolean {
  return monthNamed(w) !== undefined;
}
/**
 * The month a word names, in full or abbreviated ("Nov", "Sept", "Jan." of a dateline). Callers
 * read an abbreviation as a month only next to a day of the month ("Jan" alone may be a name).
 */
export function monthNamed(w: string): string | undefined {
  return w.length >= 3 ? MONTHS.find((name) => name.startsWith(w)) : undefined;
}
/**
 * A match's result or a vote's tally: "won 2-1", "beat Leeds 3-0", "a 1-1 draw", "lost 1-2 to",
 * "voted 52-48". Two numbers joined by a hyphen or an en dash, with a result word of English (a
 * verb of winning, losing, drawing or voting among the RESULT_REACH words before, or a result noun
 * right after) to say they are one result, not a range ("ages 18-25") or a model ("787-8"). One
 * figure, read the same from either side: "1-2" (the loser's view) is "2-1". Its measure is
 * `SCORE_UNIT` alone, so a scoreline is compared only with another; two that differ may be two
 * matches (two legs, two rounds), so they are told as different figures, never as a
 * contradiction (relations.ts numberConflict).
 */
export const SCORE_UNIT = 'score';
const RESULT_VERBS = /^(won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|beaten|defeated|defeat|defeats|defeating|drew|draw|draws|drawing|edged|edges|thrashed|trounced|routed|scored|score|leads?|led|leading|trail(?:s|ed|ing)?|voted|passed)$/;
const RESULT_NOUNS = /^(win|wins|victory|victories|defeat|defeats|loss|losses|draw|draws|lead|scoreline|result|triumph|rout|thrashing|drubbing|vote|votes|margin)$/;

/** How far back a result verb reaches: "won the Northern Cup final 2-1" puts four words between. */
const RESULT_REACH = 6;

function scorelineAt(tokens: Token[], i: number, text: string): Quantity | null {
  const a = tokens[i], b = tokens[i + 1];
  if (!b || !/^\d{1,3}$/.test(a.text) || !/^\d{1,3}$/.test(b.text) || !/^[-–]$/.test(text.slice(a.end, b.start))) return null;
  const before = tokens.slice(Math.max(0, i - RESULT_REACH), i).some((t) => RESULT_VERBS.test(t.lower));
  if (!before && !RESULT_NOUNS.test(tokens[i + 2]?.lower ?? '')) return null;
  const [x, y] = [Number(a.text), Number(b.text)];
  return {
    value: Math.max(x, y) * 1000 + Math.min(x, y), unit: SCORE_UNIT, approx: false, bound: false, times: 1,
    label: text.slice(a.start, b.end), tok: i, context: [SCORE_UNIT],
  };
}

/**
 * A stated range, "between 20 and 30 people", "ages 18-25", "20–25 degrees": one figure whose
 * values run from N to M. Like a vague amount (`range`), it is never told as a clash with a
 * figure inside or outside it ("between 20 and 30" / "25"): which value the other outlet gives
 * within or beside an interval is not a contradiction the engine can prove.
 */
function rangeAt(tokens: Token[], terms: Term[], i: number, text: string): { q: Quantity; next: number } | null {
  const a = tokens[i];
  let b: Token | undefined, bAt = -1;
  // "between six and nine months": the two ends of "between" may be spelled out, each one word
  if (tokens[i - 1]?.lower === 'between' && tokens[i + 1]?.lower === 'and' && endOfRange(a) !== null && endOfRange(tokens[i + 2]) !== null) [b, bAt] = [tokens[i + 2], i + 2];
  else if (!/^\d+(?:[.,]\d+)?$/.test(a.text)) return null;
  // "ranging from 5 to 20 years", "varies from 10 to 15": a span, not a change ("rose from 3% to
  // 4%" is two levels, read as such by measure.ts), so only after a verb of extent.
  else if (tokens[i - 1]?.lower === 'from' && RANGE_VERB.test(tokens[i - 2]?.lower ?? '') && tokens[i + 1]?.lower === 'to' && /^\d+(?:[.,]\d+)?$/.test(tokens[i + 2]?.text ?? '')) [b, bAt] = [tokens[i + 2], i + 2];
  else if (tokens[i + 1] && /^[-–]$/.test(text.slice(a.end, tokens[i + 1].start)) && /^\d+$/.test(tokens[i + 1].text) && RANGE_WORDS.test(tokens[i - 1]?.lower ?? '')) [b, bAt] = [tokens[i + 1], i + 1];
  // "a margin of 9% to 10%", "growth of 2 to 3 per cent": after "of", N to M rising is an interval
  // (a change has its verb: "cut its rate from 5% to 4%", read by measure.ts).
  else if (tokens[i - 1]?.lower === 'of') {
    const to = i + 1 + percentAt(tokens, i + 1);
    if (tokens[to]?.lower === 'to' && /^\d+(?:[.,]\d+)?$/.test(tokens[to + 1]?.text ?? '')) [b, bAt] = [tokens[to + 1], to + 1];
  }
  if (!b) return null;
  // "between 2018 and 2022": two years, each a date (a count of thousands has its comma: "1,900")
  if (YEAR_DIGITS.test(a.text) && YEAR_DIGITS.test(b.text) && !percentAt(tokens, bAt + 1)) return null;
  const [x, y] = [endOfRange(a)!, endOfRange(b)!];
  // "between 3200 and 2900 BC": English sets the two ends of "between" in either order (years before
  // an era count down). A dash or "from … to" in descending order is no range ("won 2-1").
  const between = tokens[i - 1]?.lower === 'between';
  if (!(y > x) && !(between && x > y)) return null;
  let [lo, hi] = [Math.min(x, y), Math.max(x, y)];
  let j = bAt + 1;
  // "between 1.1 and 1.2 billion dollars": a scale and a unit after the second end are the
  // first's too (English says them once for both ends).
  [[lo, hi], j] = scaledAt(tokens, j, [lo, hi]);
  const pct = percentAt(tokens, j);
  const sign = CURRENCY_SIGN[tokens[i - 1]?.text ?? ''] ?? (between ? CURRENCY_SIGN[tokens[i - 2]?.text ?? ''] : undefined);
  const word = pct ? undefined : CURRENCY_WORD[tokens[j]?.lower ?? ''];
  const unit = pct ? '%' : (word ?? sign ?? 'count');
  j += pct + (word ? 1 : 0);
  const start = between ? tokens[i - 1].start : a.start;
  const q: Quantity = { value: lo, unit, approx: true, bound: false, times: 1, label: text.slice(start, tokens[j - 1].end), tok: i, context: contextOf(tokens, terms, i, j, unit), range: [lo, hi] };
  return { q, next: j };
}

const YEAR_DIGITS = /^(?:1[89]|20)\d\d$/;
/** Words that make the number after them a group by rank ("top two", "bottom three"). */
const RANK_WORDS = new Set(['top', 'bottom']);

/** The value of one end of a range: a number in digits, or spelled out in one word ("six"; not "hundred" or "dozen", which scale). */
function endOfRange(t: Token | undefined): number | null {
  if (!t) return null;
  if (/^\d+(?:[.,]\d+)?$/.test(t.text)) return Number(t.text.replace(/,/g, ''));
  return SMALL[t.lower] !== undefined && t.lower !== 'hundred' && t.lower !== 'dozen' ? SMALL[t.lower] : null;
}

/** "Name, 60," (an apposition): a whole number of at most three digits between commas after a capitalised word. */
function appositiveAge(tokens: Token[], i: number, text: string): boolean {
  const before = tokens[i - 1], t = tokens[i];
  // The name may end in a hyphenated part ("Lena Park-soo, 60,").
  const endsName = before?.cap || (text[before?.start - 1] === '-' && tokens[i - 2]?.cap);
  if (!text || !endsName || !/^\d{1,3}$/.test(t.text) || Number(t.text) > 120) return false;
  return /^,\s$/.test(text.slice(before.end, t.start)) && /^\s*,/.test(text.slice(t.end));
}

/** English verbs of extent: "ranging from", "ranges from", "varying from", "spanning from". */
const RANGE_VERB = /^(?:rang|vari|vary|span)\w*$/;

/** Words before "N-M" that make it a range or a score: "ages 18-25", "from 10-12", "won 2-1". */
const RANGE_WORDS = /^(ages?|aged|from|between|won|lost|beat|drew|score|scores|scored|by|of|to|about|some|around|roughly|nearly|the|a|an)$/;

/** Time zones as news prints them after a time of day (upper case: "IST", not "ist"). */
const TIME_ZONES = new Set(['UTC', 'GMT', 'BST', 'IST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'HST', 'JST', 'KST', 'HKT', 'SGT', 'PHT', 'WIB', 'ICT', 'PKT', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'SAST', 'WAT', 'CAT', 'EAT', 'BRT', 'ART', 'ET', 'PT', 'CT', 'MT']);

/** "a.m.", "am", "p.m.", "pm" (after a figure only: "PM" alone is a title). */
const MERIDIEM = /^(a\.?m\.?|p\.?m\.?)$/i;

/**
 * A time of day at token i: hours then ":" and two-digit minutes ("7:58", "08:00"), and/or
 * a.m./p.m. ("10pm", "3 p.m."). Returns minutes since midnight and the token after it.
 */
function clockTimeAt(tokens: Token[], i: number, text: string): { minutes: number; next: number; label: string } | null {
  const h = tokens[i].text;
  // "1.38pm", "8.09 a.m.": British style, a dot between hours and minutes, with its meridiem
  const dotted = /^(\d{1,2})\.(\d{2})$/.exec(h);
  if (dotted && tokens[i + 1] && MERIDIEM.test(tokens[i + 1].text) && Number(dotted[2]) < 60) {
    const hours = Number(dotted[1]) % 12 + (tokens[i + 1].lower.startsWith('p') ? 12 : 0);
    if (Number(dotted[1]) < 1 || Number(dotted[1]) > 12) return null;
    return { minutes: hours * 60 + Number(dotted[2]), next: i + 2, label: h + (tokens[i + 1].start > tokens[i].end ? ' ' : '') + tokens[i + 1].text };
  }
  // "1339 IST", "0809 UTC", "1400 hrs": a four-digit 24-hour time, told by the zone or "hrs"
  // after it (a year or a count has neither)
  const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(h);
  const zone = tokens[i + 1];
  // ("the 2024 GMT rules": a number that reads as a year is a time only after "at")
  if (military && zone && (TIME_ZONES.has(zone.text) || zone.lower === 'hrs') && (!/^(?:19|20)/.test(h) || tokens[i - 1]?.lower === 'at')) {
    return { minutes: Number(military[1]) * 60 + Number(military[2]), next: i + 2, label: h + ' ' + zone.text };
  }
  if (!/^\d{1,2}$/.test(h)) return null;
  let hours = Number(h), minutes = 0, j = i + 1, label = h;
  const m = tokens[j];
  // "7:58", not "ages 18-25" or "7.58": a colon right between the two
  const hasMinutes = !!m && /^\d{2}$/.test(m.text) && m.start === tokens[i].end + 1 && text.charAt(tokens[i].end) === ':' && Number(m.text) < 60;
  if (hasMinutes) {
    minutes = Number(m.text);
    label += ':' + m.text;
    j++;
    // "2:18:02", "13:38:05": seconds too, kept in the value (a fraction of a minute), so that a
    // race run in 2:18:02 is never the same as one run in 2:18:20.
    const sec = tokens[j];
    if (sec && /^\d{2}$/.test(sec.text) && sec.start === m.end + 1 && text.charAt(m.end) === ':' && Number(sec.text) < 60) {
      minutes += Number(sec.text) / 60;
      label += ':' + sec.text;
      j++;
    }
  }
  const meridiem = tokens[j] && MERIDIEM.test(tokens[j].text) ? tokens[j].lower.startsWith('p') ? 'pm' : 'am' : null;
  if (meridiem) {
    label += (tokens[j].start > tokens[j - 1].end ? ' ' : '') + tokens[j].text;
    j++;
  }
  // "13:38 pm": a 24-hour time with a redundant meridiem is still that time
  if (meridiem ? hours < 1 || (hours > 12 && !(hasMinutes && meridiem === 'pm' && hours <= 23)) : !hasMinutes || hours > 23) return null;
  if (meridiem === 'pm' && hours < 12) hours += 12;
  if (meridiem === 'am' && hours === 12) hours = 0;
  return { minutes: hours * 60 + minutes, next: j, label };
}

/** A year or a time of day: when something happened, not a figure to compare as an amount. */
export function isTimeStamp(q: Quantity): boolean {
  return q.unit === 'year' || q.unit === 'clock';
}

function tokensText(tokens: Token[], from: number, end: number): string {
  return tokens
    .slice(from)
    .filter((t) => t.end <= end)
    .map((t, k, arr) => (k > 0 && t.start === arr[k - 1].end ? '' : k > 0 ? ' ' : '') + t.text)
    .join('');
}

/**
 * What the number measures. For a count: the next content terms ("450,000 overdose deaths").
 * For percentages and money: content terms within four terms on either side ("tariffs of
 * 10 percent", "125% taxes") — four because a measured noun sits next to its figure, and
 * going further picks up the other clause of a compound sentence.
 */
/**
 * `wordBefore`: a decimal reading or a vague amount, which may close its clause after what it
 * reads or counts ("rated at magnitude 6.7", "injures hundreds").
 */
function contextOf(tokens: Token[], terms: Term[], firstTok: number, afterTok: number, unit: string, wordBefore = false): string[] {
  const usable = (t: Term) => !/^\d/.test(t.key) && !movesFigure(t.key);
  // Counted nouns may be attribution words ("12 people"); measured things never are.
  const after = terms.filter((t) => t.tok >= afterTok && usable(t) && (unit === 'count' || !t.attribution));
  const before = terms.filter((t) => t.tok < firstTok && usable(t) && !t.attribution);
  // A reading closes its clause after what it reads ("rated at magnitude 6.7", "the magnitude
  // was 6.9"): a decimal is never a count of things, so the word just before it says what it is.
  if (unit === 'count' && !after.length && wordBefore) return before.slice(-1).filter((t) => t.tok >= firstTok - 3).map((t) => t.key);
  // A count a change verb reaches ("the death toll rose to 31") counts what the verb's subject
  // names: the terms before the verb (facts/measure.ts reads the measure off them).
  const verb = unit === 'count' && !after.length ? reachingVerb(tokens, firstTok) : -1;
  if (verb >= 0) return before.filter((t) => t.tok < verb).slice(-3).map((t) => t.key);
  // A count that closes its clause right after its verb ("injured 736") counts what that word
  // says. A day after its month ("on March 3") is a date, not a count of March.
  if (unit === 'count' && !after.length) return before.slice(-1).filter((t) => t.tok === firstTok - 1 && !MONTH_KEYS.has(t.key)).map((t) => t.key);
  if (unit === 'count') return after.slice(0, 3).map((t) => t.key);
  if (unit === 'year') return [];
  return [...before.slice(-4), ...after.slice(0, 4)].map((t) => t.key);
}

/**
 * Is the figure at token `tok` where a verb of change arrives ("rose to 31", "climbed to nine"):
 * such a verb, then "to", then the figure? (facts/measure.ts reads the measure off the verb's
 * subject for these.)
 */
export function changeReaches(tokens: Token[], tok: number): boolean {
  return reachingVerb(tokens, tok) >= 0;
}

/**
 * The token of the verb of change whose "to" arrives at the figure at `tok`, or -1. The size of
 * the change may stand between the verb and "to" ("rose 7% to 56 million", "fell by 3 points
 * to 41", "grew $1.2 billion to $5 billion"): the figure after "to" is still the level the
 * verb's subject reached.
 */
export function reachingVerb(tokens: Token[], tok: number): number {
  if (tok < 2 || tokens[tok - 1].lower !== 'to') return -1;
  let k = tok - 2, sized = false;
  for (; k >= 0 && k >= tok - 2 - CHANGE_SIZE_TOKENS && CHANGE_SIZE.test(tokens[k].lower); k--) if (/\d/.test(tokens[k].text)) sized = true;
  if (k === tok - 2 || sized) return k >= 0 && movesFigure(wordKey(tokens[k].lower)) ? k : -1;
  return -1;
}
/** Words that size a change: its figure, unit, scale and "by" ("by about 3 percentage points"). */
const CHANGE_SIZE = /^(?:[\d.,]+|%|by|about|around|nearly|almost|some|per|cent|percent|percentage|points?|[$€£¥]|thousand|million|billion|trillion|bn|m|k)$/;
/** "by about 3 percentage points": at most five such words. */
const CHANGE_SIZE_TOKENS = 5;

/**
 * English verbs of a change in amount, up or down, as term keys: they say how a figure moved,
 * not what it measures ("tariffs rose to 25%" and "inflation rose to 25%" measure different
 * things). One list for the figure's context here and its measure in facts/measure.ts.
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(
  ['rise', 'rose', 'risen', 'rising', 'fall', 'fell', 'fallen', 'climb', 'jump', 'drop', 'gain', 'grow', 'grew', 'shrink', 'shrank', 'slide', 'slid', 'slip',
    'plunge', 'surge', 'soar', 'tumble', 'sink', 'sank', 'dip', 'decline', 'lose', 'lost', 'raise', 'reduce', 'cut', 'increase', 'decrease', 'add', 'shed'].map(wordKey),
);
/** Words that say how a figure moved without being verbs of change in amount: "started at", "stood at", "twice". */
const MOVE_WORDS = new Set(['remove', 'start', 'stop', 'reach', 'stand', 'twice'].map(wordKey));
/** A verb of change, or a word of how a figure moved: never what it counts. */
function movesFigure(key: string): boolean {
  return CHANGE_VERBS.has(key) || MOVE_WORDS.has(key);
}

/** Display form of a quantity ("145%", "$46bn", "~450,000 deaths"). */
export function formatQuantity(q: Quantity): string {
  let v: string;
  if (q.unit === 'clock' || q.unit === SCORE_UNIT) return q.label;
  // "Vale, 52," alone reads as a bare number in a reason: "aged 52"
  if (q.unit === 'age') return /^\d+$/.test(q.label) ? `aged ${q.label}` : q.label;
  if (q.unit === '%') v = `${trim(q.value)}%`;
  else if (q.unit === 'USD' || q.unit === 'EUR' || q.unit === 'GBP' || q.unit === 'CNY') {
    const sign = { USD: '$', EUR: '€', GBP: '£', CNY: '¥' }[q.unit];
    v = q.value >= 1e9 ? `${sign}${trim(q.value / 1e9)}bn` : q.value >= 1e6 ? `${sign}${trim(q.value / 1e6)}m` : `${sign}${trim(q.value)}`;
  } else v = q.value >= 1e6 ? largeCount(q.value) : groupThousands(q.value);
  return (q.approx ? '~' : '') + v + (q.times > 1 ? (q.times === 2 ? ' twice' : ` ×${q.times}`) : '');
}

/**
 * `n.toLocaleString('en-US')` without ICU for whole numbers ("1,200"): the same string, and no
 * locale service on every figure a report formats (it showed in a profile of the engine).
 */
function groupThousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A count of millions or billions in words when that is exact to two decimals ("58 million", "1.2 billion"): a reason reads as the sentences wrote it, not "58,000,000". */
function largeCount(n: number): string {
  const [scale, word] = n >= 1e12 ? [1e12, 'trillion'] : n >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
  const short = trim(n / scale);
  return Math.abs(Number(short) * scale - n) < 0.5 ? `${short} ${word}` : groupThousands(n);
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Are two quantities about the same thing? Same unit, same multiplicity (10% twice is not
 * comparable with 20%), and they share at least one context concept (what is measured).
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || isTimeStamp(a)) return false;
  if (a.times !== b.times) return false;
  return a.context.some((k) => b.context.includes(k));
}

/**
 * Equal values, allowing for hedges: a hedged figure ("nearly 450,000") covers the values its
 * own rounding could hide (estimateRange), so "nearly 80" is 77 but "close to 115" is not 110.
 */
export function sameValue(a: Quantity, b: Quantity): boolean {
  if (a.range || b.range) return false; // a vague amount is never the same as a figure, nor told apart from it
  if (a.value === b.value) return true;
  const within = (h: Quantity, x: Quantity) => {
    const [lo, hi] = estimateRange(h.value);
    return x.value >= lo && x.value <= hi;
  };
  return (a.approx && within(a, b)) || (b.approx && within(b, a));
}

/**
 * The values a hedged figure ("about", "nearly", "close to") may stand for: the rounding at its
 * own precision (the place of its last significant digit: 80 → 10, 450,000 → 10,000, 115 → 1),
 * and never more than about a tenth either way (v / 1.1 to v × 1.1). A figure given to the unit
 * was not rounded to tens, so "close to 115" is not 110.
 */
export function estimateRange(v: number): [number, number] {
  const step = precisionOf(v);
  return [Math.max(v / ESTIMATE_MARGIN, v - step), Math.min(v * ESTIMATE_MARGIN, v + step)];
}
const ESTIMATE_MARGIN = 1.1;

/** The place of a figure's last significant digit: 115 → 1, 80 → 10, 450,000 → 10,000, 7.25 → 0.01. */
function precisionOf(n: number): number {
  if (!Number.isInteger(n)) return 10 ** -((String(n).split('.')[1] ?? '').length);
  let step = 1;
  while (n !== 0 && n % (step * 10) === 0) step *= 10;
  return step;
}

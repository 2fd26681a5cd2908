// What a figure measures. Two figures contradict only when they are the same quantity: the same
// measure (deaths, injuries, a levy, a magnitude), the same kind of figure (a level, not an
// increment), the same status (stated, not proposed or wanted), the same side (a counter-measure
// is the other party's), and neither is attributed to a different named source. This module
// reads those from the words around each figure; it knows nothing about any one story.
import { CHANGE_VERBS, isCurrency, isNumberWord, labelStart, reachingVerb, estimateRange, isTimeStamp, SCORE_UNIT, type Quantity } from '../text/numbers';
import type { Token } from '../text/normalize';
import { CLAUSE_BREAK, wordKey } from '../text/normalize';
import { ATTRIBUTION_WORDS, IRREGULAR, MODAL_HEDGES, IRREALIS_MARKERS, MONTHS, PLACE_KEYS, STOPWORDS, WEEKDAYS } from '../text/lexicon';
import { tokensOf, type SentenceFeatures } from '../text/features';
import { perSentence } from '../text/memo';
import { leadingName } from '../text/names';
import { wordTable } from '../text/word-table';
import { generalWord } from '../story/word-weights';

export interface Measure {
  /** What is counted or measured: a measure class ("death", "injury") or the measured noun's key. */
  key: string;
  /** "increment": "an additional 10%", "another 50", "raised by 10%"; else "level". */
  change: 'level' | 'increment';
  /**
   * "proposed": in a clause that is hedged, planned, threatened or promised. "requested": in a
   * clause that asks for it ("asked the government for 3,000 thalers", "the union demands 12%"):
   * what one side asks of another is not what the other offers, grants or plans, so a request
   * compares only with another request. "capacity": what
   * something can hold or carry ("can carry 248 passengers", "a capacity of 300"), not how many
   * it held. For a duration, "running": how long something had been going on at a moment ("had
   * been deliberating for four hours"), and "elapsed": how long it took until an act ("after
   * four hours of deliberation", "in less than three hours"). For a count, "running": a tally
   * still growing ("has delivered $800 million so far", "to date"). "holding": a verb of
   * containing in the present without an ability modal ("the reservoir holds 38 million cubic
   * metres", "the station now hosts 7"): what it holds now or what it can hold, English does not
   * say which, so it compares only with another such figure. "typical": what usually happens, in
   * a clause with an adverb of habit ("Normally about 50 ships use the canal each day"), not what
   * happened on the story's occasion. Else "stated".
   */
  status: 'stated' | 'proposed' | 'requested' | 'capacity' | 'holding' | 'running' | 'elapsed' | 'typical';
  /**
   * What narrows the counted noun, when the sentence says: a place word between the figure and
   * its noun ("53 British nationals"), the noun of "of X" after it ("two counts of fraud").
   * Two figures with different qualifiers, or one with and one without, are two quantities.
   */
  qualifiers: string[];
  /** In a clause of response or retaliation: the other party's measure. */
  counter: boolean;
  /** "lower" for "more than / at least / over", "upper" for "up to / under / fewer than", else "none". */
  bound: 'none' | 'lower' | 'upper';
  /** The bound leaves its own value out: "more than 900", "fewer than 10" (not "at least 900"). */
  strictBound?: boolean;
  /** Key of the named source the figure is attributed to in its clause ("according to X"), or null. */
  source: string | null;
  /**
   * The names (people, parties, companies; not places) in the figure's clause: whose figure it
   * is ("Hansen took 45.8%", "Norvik shares fell 5%"). Two figures whose clauses name only
   * different actors are two quantities: a candidate's share is not the other's.
   */
  holders?: string[];
  /**
   * Names the sentence sets the figure against ("74 points, four more than Brenton", "ahead of
   * Brenton"): the standard of a comparison, whose own figure this is not.
   */
  comparedWith?: string[];
  /** The country named nearest before the figure in its clause ("The EU imposed …"): whose figure it is. */
  subjectPlace?: string;
  /**
   * What the figure is on or for, when its clause says so: the content term after "on", "over",
   * "for" or "against" following it ("tariffs on Chinese goods", "tariffs over its role in …").
   * Two figures for different things ("on US goods" / "on Chinese goods") are two quantities.
   */
  about: string[];
  /**
   * What a distance no name gives is from, when its clause says ("600km from the lunar south
   * pole": lunar, south, pole). Two distances from things that share no word are two quantities.
   */
  reference?: string[];
  /** The value in its dimension's base unit (lengths in km), for comparing "9.6 miles" with "15.5 km". */
  value: number;
  /**
   * For a count of a noun: the act done to what is counted, when a verb says so right before the
   * figure ("destroyed 40 homes", "scored 20 goals") or after its noun in the passive ("140 homes
   * were damaged"): the verb's key. Two counts of one noun under two acts are two quantities.
   * Sums, shares and masses too, but never a verb of change ("rose 11%"): see measureOf.
   */
  act?: string;
  /**
   * The period the figure is of, when its clause says so: "full-year revenue", "revenue for the
   * quarter", "annual sales" (a key of PERIOD_KEYS). A quarter's revenue and a year's are two
   * quantities; a figure that names no period may be of either, and is compared.
   */
  period?: string;
}

/**
 * Measure classes of news counts: words that say what happened to the people or things counted
 * ("killed nine", "nine dead", "a toll of 9", "injuring 736", "80 trapped"). The counted noun
 * itself ("people", "residents") says nothing about what is counted, so these come first.
 */
const MEASURE_CLASSES: Record<string, string> = wordTable();
function measureClass(name: string, words: string): void {
  for (const w of words.split(/\s+/)) MEASURE_CLASSES[wordKey(w)] = name;
}
measureClass('death', 'killed kill kills killing dead died die dies death deaths fatalities fatality toll lives');
measureClass('injury', 'injured injuring injure injures injuries injury wounded wounding hurt');
measureClass('trapped', 'trapped trapping stranded');
measureClass('missing', 'missing unaccounted');
measureClass('arrest', 'arrested arrests arrest detained');
measureClass('evacuated', 'evacuated evacuating evacuation evacuations displaced homeless');
measureClass('rescued', 'rescued rescuing');
/** The classes above that count people or things an event affects: they grow through its day. */
const COUNT_CLASSES = new Set(Object.values(MEASURE_CLASSES));
// A physical extent: "at a depth of 15.5 km", "35 kilometers deep".
measureClass('depth', 'deep depth');
// An instrument's reading of the event: "a 7.4 magnitude quake", "magnitude 7.2", "a magnitude of 6.5".
measureClass('magnitude', 'magnitude');
/**
 * A record: "the strongest quake in 25 years", "the biggest protest in at least a decade"; its
 * value is the span of years. Superlatives of size and strength are one class (reporters vary
 * them freely); a toll's record ("the deadliest in 50 years") is another.
 */
const RECORD_SUPERLATIVES: Record<string, string> = wordTable({
  biggest: 'record', largest: 'record', strongest: 'record', mightiest: 'record', powerful: 'record', intense: 'record',
  deadliest: 'record:toll', deadly: 'record:toll',
});
/** How far before "in N years" the superlative may be ("the island's strongest earthquake in"). */
const RECORD_REACH = 8;
/**
 * Readings: one source's value for one event ("magnitude 7.2"), and records. Two agencies'
 * readings differ and are two facts; neither is ever told as a clash (see valuesConflict).
 */
const READING_CLASSES = new Set(['magnitude', 'record', 'record:toll']);

/** A count of people or things an event affects ("death", "injury", "trapped"…), which grows as it is reported. */
export function isEventCount(key: string): boolean {
  return COUNT_CLASSES.has(key);
}

/**
 * A span of time that frames a report rather than measures the event: a count of units of time
 * that runs to a point ("the three months to the end of September", "the year ended 30 June") or
 * back from now ("in the past 24 hours"). Every quarter's results cover such a span. ("A
 * follow-up of three years", "a two-week strike" measure the thing itself.)
 */
export function isSpanOfTime(s: SentenceFeatures, q: Quantity, m: Measure): boolean {
  // (hours, minutes and days are read as durations, longer units as counted nouns)
  if (q.unit !== 'count' || !(TIME_UNIT_KEYS.has(m.key) || m.key.startsWith('duration:'))) return false;
  const tokens = tokensOf(s);
  const start = labelStart(tokens, q);
  return SPAN_TO_A_POINT.test(s.text.slice(start + q.label.length)) || SPAN_BACK_FROM_NOW.test(s.text.slice(0, start));
}
/** English's units of time. */
const TIME_UNIT_KEYS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'century'].map(wordKey));
/** The unit, then the point the span runs to: "months to", "weeks ending", "year ended", "days through". */
const SPAN_TO_A_POINT = /^[\s-]*\p{L}+\s+(?:to|ending|ended|through|until)\b/u;
/** The span counted back from the time of writing: "the past 24 hours", "the last three months". */
const SPAN_BACK_FROM_NOW = /\b(?:past|last|previous|preceding)\s+$/i;

/**
 * A measure named by a class word, or a unit with what it measures ("killed", "15 km deep"),
 * not by a noun that may mean several things. A bare length ("25 km off the coast", "a 3-metre
 * wave") is not named: two of them are as often two distances as one.
 */
export function isNamedMeasure(key: string): boolean {
  return COUNT_CLASSES.has(key) || READING_CLASSES.has(key) || (/^(length|mass|duration|speed):/.test(key) && !key.endsWith(':' + UNNAMED_EXTENT));
}
/** The measure of a time of day ("at 7:58 a.m."): when something happened. */
export const CLOCK_KEY = 'clock';

/** A reading ("magnitude 7.2") or a record ("the strongest in 25 years"), not a count or an extent. */
export function isReading(key: string): boolean {
  return READING_CLASSES.has(key);
}

/** English nouns that stand for a count of what the noun before them names ("visitor numbers"). */
const COUNT_HEADS = new Set(['numbers', 'number', 'total', 'count', 'tally']);
/** Words that end a clause's subject: "the toll [from the quake] rose". */
const SUBJECT_END = new Set(['from', 'of', 'in', 'on', 'at', 'after', 'since', 'has', 'had', 'have', 'is', 'was', 'rose', 'rises', 'climbed', 'climbs', 'jumped', 'reached']);

/** The measure of a count that nothing names: the same as no other (sameMeasure). */
const UNCOMPARED = 'uncompared';

/** The measure of a figure with a unit and nothing that says what it measures. */
export const UNNAMED_EXTENT = 'extent';
const UNNAMED_LENGTH = `length:${UNNAMED_EXTENT}`;

/** Two non-integer readings this close (relative) are one reading at two precisions or by two instruments. */
export function closeReadings(x: number, y: number): boolean {
  return Math.abs(x - y) <= CLOSE_READING * Math.max(x, y);
}

/** Nouns that count without saying what is counted: the measure is elsewhere in the clause. */
const GENERIC_COUNTED = new Set(['people', 'person', 'persons', 'individuals', 'residents', 'others'].map(wordKey));

/**
 * Units of measure after a figure, as [dimension, factor to the dimension's base unit]. The
 * measure is then that dimension plus what the clause says is measured ("depth"), so that
 * "9.6 miles deep" and "15.5 km deep" are one quantity.
 */
const UNITS: Record<string, [string, number]> = wordTable({
  km: ['length', 1], kilometers: ['length', 1], kilometres: ['length', 1], kilometer: ['length', 1], kilometre: ['length', 1],
  miles: ['length', 1.609344], mile: ['length', 1.609344], meters: ['length', 0.001], metres: ['length', 0.001],
  meter: ['length', 0.001], metre: ['length', 0.001], feet: ['length', 0.0003048], foot: ['length', 0.0003048], ft: ['length', 0.0003048],
  kg: ['mass', 1], kilograms: ['mass', 1], tons: ['mass', 1000], tonnes: ['mass', 1000],
  hours: ['duration', 60], hour: ['duration', 60], minutes: ['duration', 1], minute: ['duration', 1],
  mph: ['speed', 1.609344], kph: ['speed', 1], 'km/h': ['speed', 1],
});

/**
 * A length over a time is a speed: "160 km/h", "7.8 km per second", "30 miles an hour". The
 * tokeniser splits "km/h", so the text after the unit says it. Speeds are in km/h.
 */
function speedOf(unit: [string, number] | undefined, rest: string): [string, number] | undefined {
  if (unit?.[0] !== 'length') return unit;
  const m = /^(?:\s*\/\s*|\s+(?:per|an|a)\s+)(h|hr|hour|s|sec|second|min|minute)\b/i.exec(rest);
  if (!m) return unit;
  const perHour = /^h/i.test(m[1]) ? 1 : /^m/i.test(m[1]) ? 60 : 3600;
  return ['speed', unit[1] * perHour];
}

const INCREMENT_WORDS = new Set(['additional', 'extra', 'another', 'further', 'new', 'added']);
/** Bounds that leave their value out ("more than 900" is 901 or more), then those that keep it. */
const STRICT_LOWER_BOUND = [/\bmore than\s*$/, /\bover\s*$/, /\bupwards of\s*$/, /\bexceeding\s*$/];
const LOWER_BOUND = [...STRICT_LOWER_BOUND, /\bat least\s*$/, /\ba minimum of\s*$/];
const STRICT_UPPER_BOUND = [/\bunder\s*$/, /\bfewer than\s*$/, /\bless than\s*$/];
const UPPER_BOUND = [...STRICT_UPPER_BOUND, /\bup to\s*$/, /\bat most\s*$/, /\ba maximum of\s*$/, /\bas (?:much|many|high) as\s*$/];
/** A response to the other party: "retaliated with", "hit back with", "responded with", "in turn". */
const COUNTER_RE = /\b(?:retaliat\w*|hit back|fired? back|struck back|responded|respond(?:ing|s)?|in turn|counter(?:ed|ing)?|in kind|of (?:its|their) own)\b/i;
/** Words that make a clause a plan, a threat or a possibility rather than a fact in force. */
const PROPOSAL_WORDS = new Set([
  ...MODAL_HEDGES, ...IRREALIS_MARKERS, 'would', 'will', 'threaten', 'threatened', 'threatens', 'threatening', 'proposed', 'proposes', 'planned', 'plans', 'considering', 'considered', 'floated', 'suggested', 'suggests', 'pitched', 'weighing', 'mulling',
  // a projection is not the result ("exit polls had put the party on 58 seats"), nor is what is
  // required ("a majority requires 76 seats", "short of the 76 needed", and English's nouns of a
  // required amount: "a majority is 101 seats", "the 5% threshold", "a quorum of 40")
  'poll', 'polls', 'projected', 'projection', 'projections', 'forecast', 'forecasts', 'predicted', 'predicts',
  'majority', 'threshold', 'quorum',
  // modals of what ought to or is likely to happen ("should fall to 2 metres by Friday")
  'should', 'ought', 'must', 'shall', 'likely', 'unlikely',
  'need', 'needs', 'needed', 'require', 'requires', 'required',
  // English's commissive verbs (a closed class of speech acts) bind the speaker to a future act:
  // "pledged $2 billion in aid" is a promise, not the aid delivered. Only those that are nothing
  // else: "committed fraud", "undertook a review", "a promising start" are not promises.
  'pledge', 'pledged', 'pledges', 'pledging', 'promise', 'promised', 'promises', 'vow', 'vowed', 'vows', 'vowing',
]);
/**
 * Words between a figure and what it counts: "736 people were reportedly injured", "nine were
 * confirmed dead", "40 are feared trapped", "12 remain missing".
 */
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'been', 'being', 'had', 'have', 'has', 'reportedly', 'now', 'already', 'left', 'so', 'far',
  'confirmed', 'reported', 'believed', 'feared', 'found', 'presumed', 'listed', 'known', 'remain', 'remained', 'remains', 'still']);

/** Token range [from, to) of the clause holding token `tok`. */
function clauseOf(tokens: Token[], text: string, tok: number): [number, number] {
  let from = tok;
  while (from > 0 && !CLAUSE_BREAK.test(text.slice(tokens[from - 1].end, tokens[from].start) + (BREAK_WORDS.has(tokens[from - 1].lower) ? ' while ' : ''))) from--;
  let to = tok + 1;
  while (to < tokens.length && !CLAUSE_BREAK.test(text.slice(tokens[to - 1].end, tokens[to].start) + (BREAK_WORDS.has(tokens[to].lower) ? ' while ' : ''))) to++;
  return [from, to];
}
const BREAK_WORDS = new Set(['while', 'whereas', 'but']);

/**
 * How far after a figure its measure class may be: past its counted noun and a verb chain ("nine
 * people are now known to have died", "40 are feared to have been trapped").
 */
const CLASS_REACH = 7;
/** The infinitive's words in such a chain ("known to have died", "believed to have been killed"). */
const RAISING = new Set(['to', 'have', 'been', 'be']);

/**
 * The sizes that say which thing a figure is of: the hyphen-joined figures ("the ten-year
 * yield", "the 150-seat chamber"; Measure qualifier 'size') in its clause, or, when its clause
 * has none, the sentence's when it has one value of that kind ("The yield on the two-year bond,
 * which tracks rate bets, dropped 11 basis points": the relative clause cuts the clause). Keyed
 * by what the size counts ("year"), with its values.
 */
export function sizesNaming(s: SentenceFeatures, q: Quantity): Map<string, Set<number>> {
  const measures = measuresOf(s);
  const sizes = s.quantities.flatMap((p, k) => (p !== q && measures[k].qualifiers.includes('size') ? [{ tok: p.tok, key: measures[k].key, value: measures[k].value }] : []));
  const out = new Map<string, Set<number>>();
  if (!sizes.length) return out;
  const [from, to] = clauseOf(tokensOf(s), s.text, q.tok);
  const inClause = sizes.filter((z) => z.tok >= from && z.tok < to);
  for (const z of inClause.length ? inClause : sizes) out.set(z.key, (out.get(z.key) ?? new Set()).add(z.value));
  if (!inClause.length) for (const [k, v] of [...out]) if (v.size > 1) out.delete(k);
  return out;
}

/**
 * A size that names which thing another figure of its clause is of ("the ten-year yield shed six
 * basis points", "two-year yields are down 9 basis points"): part of that thing's name, as a
 * model number is, not a figure told about it. Two such sizes are two things, not a clash.
 */
export function sizeNamesHolder(s: SentenceFeatures, q: Quantity): boolean {
  const measures = measuresOf(s);
  const k = s.quantities.indexOf(q);
  if (k < 0 || !measures[k].qualifiers.includes('size')) return false;
  const [from, to] = clauseOf(tokensOf(s), s.text, q.tok);
  return s.quantities.some((p, j) => j !== k && p.tok >= from && p.tok < to && !measures[j].qualifiers.includes('size') && !isTimeStamp(p));
}

/**
 * Two figures of two things told apart by size: each side names its thing by a size of one kind
 * and they share no value ("two-year yields fell 11 basis points" / "the ten-year yield shed six
 * basis points"): two bonds, two quantities.
 */
export function sizedApart(a: SentenceFeatures, qa: Quantity, b: SentenceFeatures, qb: Quantity): boolean {
  const sa = sizesNaming(a, qa), sb = sizesNaming(b, qb);
  for (const [key, va] of sa) {
    const vb = sb.get(key);
    if (vb && ![...va].some((v) => vb.has(v))) return true;
  }
  return false;
}

/** Auxiliaries and modals a clause may open with when its subject came before an appositive. */
const FINITE_OPENERS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'must', 'should', 'may', 'might']);

/** Each of the sentence's quantities' measure, in order (memoised per sentence). */
export const measuresOf = perSentence((s: SentenceFeatures): Measure[] => {
  const tokens = tokensOf(s);
  const names = [...new Set(s.details.flatMap((d) => (d.kind === 'name' ? [d.key] : [])))];
  // A lone name opening the sentence ("Hansen took 45.8%"; places aside, as above).
  const lead = leadingName(s);
  if (lead && !PLACE_KEYS.has(lead) && !names.includes(lead)) names.push(lead);
  // Names after a word of comparison: "than Brenton", "ahead of Brenton", "behind Brenton".
  const compared = names.filter((k) => tokens.some((t, i) => t.lower === k && COMPARISON_BEFORE.test(tokens.slice(Math.max(0, i - 2), i).map((w) => w.lower).join(' '))));
  const out = s.quantities.map((q) => {
    let m = measureOf(q, tokens, s.text, s.seq);
    if (compared.length) m = { ...m, comparedWith: compared };
    const [from, to] = clauseOf(tokens, s.text, q.tok);
    if (names.length) {
      const inClause = new Set(tokens.slice(from, to).map((t) => t.lower));
      let holders = names.filter((k) => inClause.has(k) && k !== m.source);
      // A clause that opens on its verb ("Lidiya Morosh, convicted of spying, had served two
      // years") has the sentence's opening subject, set off by an appositive: its names are whose.
      if (!holders.length && from > 0 && FINITE_OPENERS.has(tokens[from].lower)) {
        const [, firstEnd] = clauseOf(tokens, s.text, 0);
        const opening = new Set(tokens.slice(0, firstEnd).map((t) => t.lower));
        holders = names.filter((k) => opening.has(k) && k !== m.source);
      }
      // An appositive ("… freed Mila Oren, a lawyer serving 14 years") is about the name right
      // before its comma.
      if (!holders.length && from > 0 && /^(?:a|an)$/.test(tokens[from].lower)) {
        // the run of name words ending at the comma: "Mila Oren"
        for (let i = from - 1; i >= 0 && names.includes(tokens[i].lower) && tokens[i].lower !== m.source; i--) holders.push(tokens[i].lower);
      }
      if (holders.length) m = { ...m, holders };
      // An age set off after a person's full name ("Miriam Adler, 34,") is that person's, the
      // whole name: "Daniel Adler, 29," of the same family is another person.
      else if (q.unit === 'age') {
        const before = s.text.slice(0, tokens[from].start).replace(/[\s,(]+$/, '');
        const person = s.details.find((d) => d.kind === 'name' && d.name?.includes(' ') && before.endsWith(d.name));
        if (person) m = { ...m, holders: [person.name!.toLowerCase()] };
      }
    }
    // "The EU imposed sanctions on 14 officials" / "The US imposed sanctions on 9 officials": the
    // country named nearest before the figure in its clause is whose figure it is ("the US levy
    // is 145% and Canada's retaliatory levy is 115%": Canada's).
    const place = s.seq.filter(([key, t]) => t >= from && t < q.tok && PLACE_KEYS.has(key)).pop();
    return place ? { ...m, subjectPlace: place[0] } : m;
  });
  // A conversion in brackets right after a figure ("15.5 km (9.6 miles)") is that figure again:
  // it measures what the figure before it measures.
  for (let k = 1; k < out.length; k++) {
    const prev = s.quantities[k - 1], q = s.quantities[k];
    const dim = (m: Measure) => m.key.split(':')[0];
    const between = s.text.slice(labelStart(tokens, prev) + prev.label.length, tokens[q.tok].start);
    if (/^\s*[\p{L}/]*\s*\(\s*$/u.test(between) && out[k].key.includes(':') && dim(out[k]) === dim(out[k - 1])) out[k] = { ...out[k], key: out[k - 1].key };
  }
  return out;
});

/**
 * A value a figure is told against: an earlier moment's ("last year's", "the previous record", "a
 * year earlier", "2023's") or a norm ("its usual level", "normal", "the long-term average").
 */
const BASELINE_REFERENCE = /^(?:(?:the|its|their)\s+)?(?:last|previous|prior|earlier|same|a\s+year|(?:19|20)\d\d|usual|normal|average|typical|long-term)\b/;
/** English words that open the standard of a comparison: "than X", "ahead of X", "behind X". */
const COMPARISON_BEFORE = /(?:^|\s)(?:than|ahead of|behind|short of)$/;

/**
 * The years that date the figure at token `tok`: those before it ("In 2009, a flood killed 40")
 * and those after it in its own clause ("killed 40 in 2009"). A year past a clause break or a
 * relative word dates another event the sentence compares with ("the strongest since the 1999
 * quake, which killed 2,000"): the lede's own figures are not of that year.
 */
export function yearsDating(s: SentenceFeatures, tok: number): number[] {
  const tokens = tokensOf(s);
  return s.quantities
    .filter((q) => q.unit === 'year' && (q.tok < tok || !ANOTHER_CLAUSE.test(s.text.slice(tokens[tok].end, tokens[q.tok].start))))
    .map((q) => q.value);
}
/** A clause break, or the end of the text: where a figure's clause ends after it. */
const CLAUSE_BREAK_OR_END = new RegExp(CLAUSE_BREAK.source + '|$');
const ANOTHER_CLAUSE = new RegExp(CLAUSE_BREAK.source + '|\\b(?:since|than|that|which|who|when|after|before|while)\\b', 'i');

/**
 * Times of day at which something happened ("struck at 7:58 a.m.", "just before 8 a.m.", "around
 * 10 pm"), in minutes; not the time a count was made ("as of 10pm", "by 3 p.m.").
 */
export const eventClocks = perSentence((s: SentenceFeatures): Quantity[] => {
  const tokens = tokensOf(s);
  return s.quantities.filter((q) => {
    if (q.unit !== 'clock') return false;
    let i = q.tok - 1;
    while (i >= 0 && CLOCK_HEDGES.test(tokens[i].lower)) i--;
    return /^(at|before|after|around)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower !== 'as';
  });
});
const CLOCK_HEDGES = /^(just|shortly|about|approximately|roughly|some)$/;

/** Is the event clock stated exactly: "at 13:39", not "just before 8", "around 10 pm"? */
export function exactClock(s: SentenceFeatures, q: Quantity): boolean {
  return tokensOf(s)[q.tok - 1]?.lower === 'at';
}
/**
 * Two reports of one moment differ by a few minutes ("at 7:58" / "just before 8:00"); an hour
 * apart is another moment or another clock (local time against the reader's).
 */
export const SAME_MOMENT_MINUTES = 10;

/**
 * When each figure of the sentence holds: the years dating it (yearsDating) and "past" when a
 * past-time adverbial comes before it ("Early in his second term, he placed 20% tariffs",
 * "Initially", "Back in", "last year", "two years ago"). Two figures of one measure held at two
 * times are two quantities: the level then and the level now do not contradict each other.
 */
export const datingOf = perSentence((s: SentenceFeatures): string[][] => {
  const tokens = tokensOf(s);
  const continued = continuedYears(s).map(String);
  return s.quantities.map((q) => {
    const dating = [...yearsDating(s, q.tok).map(String), ...continued];
    // a past-time adverbial before the figure, or after it in its clause ("cut 800 jobs last year")
    const from = s.text.slice(tokens[q.tok].start);
    const after = from.slice(/^[\d.,]*\d/.exec(from)?.[0].length ?? 0); // past "1,200": its comma is no break
    const clauseEnd = Math.max(0, after.search(CLAUSE_BREAK_OR_END));
    const clauseAfter = after.slice(0, clauseEnd);
    const lead = s.text.slice(0, tokens[q.tok].start);
    // a time clause set off by a comma still dates the figure's clause ("with winds of 260 km/h,
    // before it weakened")
    const earlier = EARLIER_THAN.test(clauseAfter) || EARLIER_CLAUSE.test(after.slice(clauseEnd));
    if (PAST_ANCHOR.test(lead) || PAST_ANCHOR.test(clauseAfter) || earlier || FORMER_VALUE.test(lead)) dating.push('past');
    return dating;
  });
});

/**
 * A sentence that opens with a pronoun or a demonstrative ("It left 17 people dead", "That quake
 * …") goes on about what the sentence before it named, so the years that sentence states date
 * it too ("In 2018, a magnitude 6.4 earthquake destroyed hotels …. It left 17 people dead"): its
 * figures are then not compared with today's (datingOf), nor linked as one fact with them
 * (relations/measure-link.ts). A year anywhere in the sentence before counts ("the strongest
 * since 1999. It …" dates it too): a figure wrongly dated is only compared less, never more.
 * Call once on a text's sentences, in order, before reading datingOf or continuedYears.
 */
export function linkSentenceContext(sentences: readonly SentenceFeatures[]): void {
  for (let i = 1; i < sentences.length; i++) {
    if (!CONTINUES_BEFORE.test(sentences[i].text)) continue;
    const years = sentences[i - 1].quantities.filter((q) => q.unit === 'year').map((q) => q.value);
    if (years.length) CONTINUED_YEARS.set(sentences[i], years);
  }
}
/** The years of the sentence this one continues (linkSentenceContext), else none. */
export function continuedYears(s: SentenceFeatures): readonly number[] {
  return CONTINUED_YEARS.get(s) ?? [];
}
const CONTINUED_YEARS = new WeakMap<SentenceFeatures, number[]>();
/** Opening words that make a sentence continue the one before it (English pronouns and demonstratives). */
const CONTINUES_BEFORE = /^\W*(?:it|they|this|that|these|those)\b/i;
/** Past-time adverbials of English (a closed class): the figure after one is a former level. */
const PAST_ANCHOR =
  /\b(?:(?:early|earlier|late|later) in (?:his|her|their|its|the) (?:first |second |third )?\p{L}+|initially|originally|previously|formerly|at first|back in|until recently|in the past|last (?:year|month|week|spring|summer|autumn|fall|winter|season|quarter|decade)|\p{L}+ (?:years|months|weeks|decades) ago|an? (?:year|month|week|decade) (?:earlier|before|ago)|the (?:year|month|week) before|the previous (?:year|month|week|season|quarter))\b/iu;

/**
 * A level held before an event its clause names after it: "had 58 points before Saturday's
 * win", "stood at 9 before rescuers reached the village". Whatever follows "before" is a time
 * earlier than now, so the figure is dated like one after "a year earlier"; a figure read as
 * earlier is only compared less.
 */
const EARLIER_THAN = /\bbefore\b/i;
/** The next clause opens with "before": ", before it weakened". */
const EARLIER_CLAUSE = /^\s*,\s*before\b/i;

/**
 * The value a change started from: "down from 2.4 million", "up from 8 million", "reduced the
 * sentence from nine years to six" (a "from" after a verb of change, hedges aside).
 */
const FORMER_VALUE = /\b(?:(?:down|up)\s+from|(?:reduc|cut|rais|lower|increas|decreas|extend|shorten|rose|fell|climb|drop|jump|slash|trimm?|boost)\w*\b[^,;:.]*?\bfrom)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|an?\s+|the\s+)?[$€£¥]?$/i;

/** Do two figures hold at the same times (datingOf, or the years of yearsDating)? */
export function sameDating<T>(x: readonly T[], y: readonly T[]): boolean {
  return x.length === y.length && x.every((v) => y.includes(v));
}

/** The figure's measure, read from the sentence it is in. */
export function measureOf(q: Quantity, tokens: Token[], text: string, seq: readonly (readonly [string, number])[]): Measure {
  if (q.unit === 'clock') return { key: CLOCK_KEY, change: 'level', status: 'stated', qualifiers: [], counter: false, bound: 'none', source: null, about: [], value: q.value };
  // A scoreline measures a match's result, whatever nouns are near it.
  if (q.unit === SCORE_UNIT) return { key: SCORE_UNIT, change: 'level', status: 'stated', qualifiers: [], counter: false, bound: 'none', source: null, about: [], value: q.value };
  const [from, to] = clauseOf(tokens, text, q.tok);
  const lowerAt = (i: number) => tokens[i]?.lower ?? '';
  // The figure's last token: after "145 per cent", "7.2-magnitude" or "$46 billion".
  let after = q.tok + 1;
  const labelEnd = labelStart(tokens, q) + q.label.length;
  while (after < tokens.length && tokens[after].start < labelEnd && tokens[after].end <= tokens[q.tok].start + q.label.length + 1) after++;

  // 1. A measure class next to the figure. After it, past counted nouns and auxiliaries only
  //    ("nine dead", "736 people were injured"; not "a 7.4 tremor that killed"); before it, the
  //    nearest word past hedges ("killing at least 9", "a toll of 9", "the toll rose to 31").
  let key: string | null = null;
  for (let i = after; i < Math.min(to, after + CLASS_REACH); i++) {
    const w = tokens[i].lower;
    const cls = MEASURE_CLASSES[wordKey(w)];
    if (cls) {
      key = cls;
      break;
    }
    // "dozens of people were trapped"; "nine people are now known to have died"
    if (!GENERIC_COUNTED.has(wordKey(w)) && !AUXILIARIES.has(w) && !UNITS[w] && !(q.range && w === 'of') && !(i > after && RAISING.has(w))) break;
  }
  if (!key) {
    for (let i = q.tok - 1; i >= Math.max(from, q.tok - 5); i--) {
      const w = tokens[i].lower;
      const cls = MEASURE_CLASSES[wordKey(w)];
      if (cls) {
        key = cls;
        break;
      }
      if (!HEDGE_BETWEEN.test(w) && !/^(of|rises|rose|risen|rising|climbs|climbed|climbing|reaches|reached|stood|stands|jumps|jumped|increased|to|at|had|has|have|is|was)$/.test(w)) break;
    }
  }
  // "The death toll from the quake in Taiwan rose to seven": a count a verb of change reaches
  // measures the verb's subject, the clause's opening words up to its first preposition.
  const verb = q.unit === 'count' ? reachingVerb(tokens, q.tok) : -1;
  if (!key && verb >= 0) {
    for (let i = from; i < verb && !SUBJECT_END.has(tokens[i].lower); i++) {
      const cls = MEASURE_CLASSES[wordKey(tokens[i].lower)];
      if (cls) key = cls;
    }
    // A subject headed by a word for a count names what it counts in the noun before that
    // head: "Passenger numbers rose 7% to 56 million" counts passengers.
    if (!key && verb >= 2 && COUNT_HEADS.has(tokens[verb - 1].lower) && /^\p{L}{3,}$/u.test(tokens[verb - 2].text) && verb - 2 >= from) {
      const counted = wordKey(tokens[verb - 2].lower);
      if (!STOPWORDS.has(tokens[verb - 2].lower) && !GENERIC_COUNTED.has(counted)) key = counted;
    }
    // Without a measure word in the subject ("its rank rose to seven") nothing says what is
    // counted: the count is never compared.
    if (!key) key = UNCOMPARED;
  }
  // A span of years after a superlative: a record ("the strongest quake in 25 years").
  if (!key && q.unit === 'count' && q.context[0] === YEARS && /^(in|for)$/.test(precedingPastBound(tokens, q.tok, from))) {
    for (let i = q.tok - 1; i >= Math.max(from, q.tok - RECORD_REACH); i--) {
      const cls = RECORD_SUPERLATIVES[tokens[i].lower];
      // "most powerful" / "most intense": the superlative is "most" + adjective
      if (cls && (!/^(powerful|intense|deadly)$/.test(tokens[i].lower) || tokens[i - 1]?.lower === 'most')) {
        key = cls;
        break;
      }
    }
  }
  // People and things are counted in whole numbers: "a deadly 7.4 quake" gives a magnitude, not a toll.
  if (key && COUNT_CLASSES.has(key) && !Number.isInteger(q.value)) key = null;
  // 2. A unit: its dimension, and what is measured: a class found above ("deep"), the noun of
  //    "X of 15.5 km", or else a distance ("25 km south of the city").
  let value = q.value;
  const unit = q.unit === 'count' ? speedOf(UNITS[lowerAt(after)], text.slice(tokens[after]?.end ?? text.length)) : undefined;
  let offsetFrom: string[] | null = null;
  // A temperature ("46.2C", "118F", "40 °C", "104 degrees Fahrenheit"): in degrees Celsius, so
  // that "118F" and "nearly 48C" are one reading.
  const scale = q.unit === 'count' && !unit ? temperatureScale(tokens, text, q.tok, after) : null;
  if (scale) value = scale === 'F' ? ((q.value - 32) * 5) / 9 : q.value;
  if (unit) {
    value = q.value * unit[1];
    const offset = !key && unit[0] === 'length' ? offsetOf(tokens, after + 1) : null;
    key = `${unit[0]}:${key ?? nounOf(tokens, q.tok, from) ?? unitOf(tokens, seq, after, to) ?? (offset ? OFFSET + offset.place : UNNAMED_EXTENT)}`;
    if (offset) offsetFrom = offset.heading ? [offset.heading] : [];
  }
  // 3. The noun of "X of <figure>": "a toll of 9", "a rate of 4%"; for a count only when no
  //    noun follows it ("the cause of nearly 450,000 overdose deaths" counts deaths).
  //    The noun stands before the whole label: "a dividend of €1.80", not of "1.80" alone.
  if (!key && !(q.unit === 'count' && countedAfter(tokens, after, to))) key = nounOf(tokens, labelStart(tokens, q) < tokens[q.tok].start ? q.tok - 1 : q.tok, from);
  // 4. Otherwise the measured or counted noun. A count counts the noun after it ("1,200 jobs").
  //    A rate or a sum measures the noun right after it ("125% tariffs"), the noun of "X% of
  //    the Y" ("20 per cent of the extra duties"), or else the nearest noun before it ("the
  //    levy on steel is 145%", "inflation rose to 3%"), past words of change, of part or total,
  //    and what the figure is on ("on steel"); never a day or a month ("rose to 3.2% in March":
  //    when, not what).
  const { about, span } = aboutOf(tokens, seq, from, to, q.tok, after);
  if (!key) {
    const skip = (k: string, tok: number) =>
      /^[#\d]/.test(k) || GENERIC_COUNTED.has(k) || PLACE_KEYS.has(k) || PART_OR_TOTAL.has(k) || CHANGE_KEYS.has(k) || CHANGE_VERBS.has(k) || CALENDAR_KEYS.has(k) ||
      (PERIOD_KEYS.has(k) && DEICTIC_PERIOD.test(lowerAt(tok - 1))) || (tok > span[0] && tok < span[1]);
    const next = seq.find(([k, tok]) => tok >= after && tok < to && !skip(k, tok));
    const ofThe = lowerAt(after) === 'of';
    // right after it, past a word of part or total ("145 per cent total duties"), or after "of the"
    const adjacent = next && (next[1] <= after + 1 || (ofThe && next[1] <= after + 4));
    const beforeTerm = [...seq].reverse().find(([k, tok]) => tok < q.tok && tok >= from && !skip(k, tok));
    if (q.unit === 'count') key = coordinated(seq, tokens, next, to) ?? next?.[0] ?? q.context.find((k) => !GENERIC_COUNTED.has(k) && !CALENDAR_KEYS.has(k)) ?? q.unit;
    else key = (adjacent ? (ofThe ? headOf(seq, next, tokens, to) : next[0]) : beforeTerm?.[0]) ?? next?.[0] ?? q.unit;
  }

  // up to the figure's label, its currency sign included: "more than £1 million" is a bound
  const lead = text.slice(tokens[from].start, labelStart(tokens, q)).toLowerCase();
  const before3 = tokens.slice(Math.max(from, q.tok - 3), q.tok).map((t) => t.lower);
  // "1 million more than last year", "four fewer than Brenton": a difference between two levels;
  // so is a shortfall, with or without its counted noun ("23 seats short of a majority", "two
  // votes shy of")
  const shortfallAt = (k: number) => /^(?:short|shy)$/.test(lowerAt(k)) && lowerAt(k + 1) === 'of';
  // and a figure told against an earlier one or a norm ("7.4 million tonnes below last year's
  // total", "3% above the previous month's", "8.3 metres above its usual level"): not "metres
  // above sea level", a level measured from a datum
  const relative = (k: number) => /^(?:below|above)$/.test(lowerAt(k)) && BASELINE_REFERENCE.test(tokens.slice(k + 1, k + 3).map((t) => t.lower).join(' '));
  const difference = (/^(?:more|fewer|less)$/.test(lowerAt(after)) && lowerAt(after + 1) === 'than') || shortfallAt(after) || shortfallAt(after + 1) || relative(after) || relative(after + 1);
  const increment =
    before3.some((w) => INCREMENT_WORDS.has(w)) || /\bby\s*(?:an?\s+)?(?:additional\s+|extra\s+)?$/.test(lead) || q.label.startsWith('+') || changedBy(tokens, from, q.tok, text) || difference;
  // ("more than a dozen", "under a hundred": the article of a number word sits between)
  const boundLead = lead.replace(/\s+an?\s*$/, ' ');
  const bound = LOWER_BOUND.some((r) => r.test(boundLead)) ? 'lower' : UPPER_BOUND.some((r) => r.test(boundLead)) ? 'upper' : 'none';
  const strictBound = (bound === 'lower' ? STRICT_LOWER_BOUND : bound === 'upper' ? STRICT_UPPER_BOUND : []).some((r) => r.test(boundLead));
  // "May" the month; a word of aim or demand only with what it is for (WITH_COMPLEMENT)
  const clauseWords = tokens
    .slice(from, to)
    .filter((t, k, clause) => !(t.cap && t.lower === 'may') && complemented(t.lower, clause[k - 1]?.lower, clause[k + 1]?.lower))
    .map((t) => t.lower);
  // What a thing can do is a capacity even in a future clause ("will work … and can reach 2 m");
  // otherwise a plan or a requirement comes first ("a majority requires 76 seats").
  const clauseText = text.slice(tokens[from].start, tokens[to - 1].end);
  // An age says who someone is: no tally, plan or capacity of its clause ("the only death so far
  // is that of a 74-year-old man") makes it another quantity.
  const status = q.unit === 'age' ? 'stated' : clauseWords.some((w) => CAPABILITY_WORDS.has(w))
    ? 'capacity'
    : clauseWords.some((w) => DIRECTIVE_WORDS.has(w))
      ? 'requested'
      : clauseWords.some((w) => PROPOSAL_WORDS.has(w) || PROPOSAL_WORDS.has(wordKey(w)))
      ? 'proposed'
      : clauseWords.some((w) => HABITUAL_WORDS.has(w))
        ? 'typical'
        : clauseWords.some((w) => CAPACITY_WORDS.has(w))
          ? 'capacity'
          : clauseWords.some((w) => HOLDING_VERBS.has(w)) || presentPossession(tokens, from, q.tok)
            ? 'holding'
            : key.startsWith('duration:') ? durationStatus(tokens, text, from, q.tok) : RUNNING_TALLY.test(clauseText) ? 'running' : 'stated';
  // A counter-measure says so before the figure in its clause ("which in turn slapped 125%") or
  // just after it ("125% tariffs of its own", "a 125% levy on steel in turn").
  const counterText = text.slice(tokens[from].start, tokens[Math.min(to, after + COUNTER_AFTER) - 1].end);
  // "3 doctors per 1,000 people": a rate, not a count of doctors; "per 1,000" names no quantity.
  if (lowerAt(q.tok - 1) === 'per') key = UNCOMPARED;
  // "People who walked 8,000 steps a day had …": the figure says which group, it states nothing.
  if (definesGroup(tokens, from, q.tok)) key = UNCOMPARED;
  // ("$40 per night", "18% of each booking", "a fee on every ticket": a rate per item, not a total or a share of all)
  const perRate = ((lowerAt(after) === 'per' || lowerAt(after + 1) === 'per') && !unit?.[0].startsWith('speed')) ||
    (/^(?:of|on|for)$/.test(lowerAt(after)) && /^(?:each|every)$/.test(lowerAt(after + 1)));
  // "the 150-seat chamber", "a 6.7-inch screen": a figure joined to its noun by a hyphen sizes
  // the thing it describes; it compares only with another such size.
  // (A class keeps its readings comparable: "a 7.4-magnitude quake" / "magnitude 7.2".)
  const compound = !isNamedKey(key) && (text[labelEnd] === '-' || /-\p{L}+$/u.test(q.label));
  // A sum, a share or a mass has an act too ("2,400 tonnes escaped" / "loaded with 86,000 tonnes",
  // "opened 14% higher" / "closed 12.4% higher"), except a verb of change, which says how the
  // level moved, not what was done ("rose 11%" / "jumped 12%" are one move told two ways). A
  // length's or a speed's verb is a verb of motion ("travelling at 68 km/h" / "moving at 74
  // km/h"), a duration's act its status (durationStatus); a named measure has none.
  const acted = q.unit === '%' || isCurrency(q.unit) || (q.unit === 'count' && !scale && (!unit || unit[0] === 'mass'));
  const actVerb = acted && !isNamedKey(key) ? actOf(tokens, from, to, q.tok, after) : null;
  const act = q.unit === 'count' && !unit ? actVerb : actVerb && !CHANGE_KEYS.has(actVerb) && !CHANGE_VERBS.has(actVerb) ? actVerb : null;
  const period = key.startsWith('duration:') || key === UNCOMPARED ? null : periodOf(tokens, from, to, q.tok);
  // "300 metres long" / "40 metres wide": the adjective after a length names which extent.
  const dimension = unit?.[0] === 'length' ? DIMENSIONS[lowerAt(after + 1)] : undefined;
  // "eight minutes after the alarm", "two days before the vote": a time between two events, not
  // how long one lasted ("the raid lasted 12 minutes"); kept apart by its word.
  const gap = unit?.[0] === 'duration' && TIME_GAP_WORDS.has(lowerAt(after + 1)) ? lowerAt(after + 1) : undefined;
  const qualifiers = qualifiersOf(tokens, seq, after, to, q.unit !== 'count' || !!unit || !!q.range);
  // A distance from a thing no name gives ("600km from the lunar south pole", "within 300 metres
  // of its target"): what it is from qualifies it, so distances from two things are two quantities.
  const reference = key === UNNAMED_LENGTH ? referenceOf(tokens, seq, after + 1, to, lowerAt(q.tok - 1) === 'within') : null;
  // "Unemployment among people under 25 is 14%": the figure of a group, not of the whole.
  // A sentence that opens with "Among …," sets every figure after it in that group ("Among boys,
  // 63% passed").
  const group = groupOf(tokens, from, to, q.tok);
  if (scale) key = `${TEMPERATURE}:${key}`;
  return {
    key, change: increment ? 'increment' : 'level', status, qualifiers: [...qualifiers, ...(dimension ? [dimension] : []), ...(gap ? [gap] : []), ...(perRate ? ['per'] : []), ...(compound ? ['size'] : []), ...(group ? [group] : [])], counter: COUNTER_RE.test(counterText), bound, strictBound,
    source: sourceOf(text.slice(tokens[from].start, tokens[to - 1].end)),
    about: offsetFrom ?? (about.length ? about : compound ? sizedThing(seq, text[labelEnd] === '-' ? after + 1 : after, to) : extentSubject(key, tokens, seq, from, q.tok)), value,
    ...(act ? { act } : {}), ...(reference ? { reference } : {}), ...(period ? { period } : {}),
  };
}

/**
 * The group a figure is of, as "among" names it ("Unemployment among people under 25 is 14%",
 * "Among those aged 18 to 29, uptake is 54%"): `among:` and the group's first content words
 * (at most GROUP_WORDS), so two groups are two quantities and one group told in other words is
 * no proof of one either (sameMeasure compares qualifiers whole). Null without "among".
 */
function groupOf(tokens: Token[], from: number, to: number, tok: number): string | null {
  const inClause = tokens.slice(from, to).findIndex((t) => t.lower === 'among');
  // in the figure's clause, or opening the sentence before the clause ("Among boys, 63% passed")
  const opening = inClause < 0 && tokens[0]?.lower === 'among' && from > 0;
  if (inClause < 0 && !opening) return null;
  const at = opening ? 0 : inClause + from;
  const end = opening ? from : to;
  const words: string[] = [];
  for (let k = at + 1; k < end && k !== tok && words.length < GROUP_WORDS; k++) {
    // the clause's verb ends the group ("among people over 80 has reached")
    if (PASSIVE_AUXILIARIES.has(tokens[k].lower)) break;
    // its nouns and numbers, not a verb form ("those aged 18 to 29", "voters over 65 reached")
    const w = tokens[k].lower;
    if (/^[\p{L}\d]/u.test(w) && !STOPWORDS.has(w) && !DETERMINERS.has(w) && !verbForm(w, null)) words.push(wordKey(w));
  }
  return `among:${words.sort().join('+')}`;
}
/** How many words name a group after "among": "people over 80", "those aged 18 to 29". */
const GROUP_WORDS = 3;

/**
 * Is the figure at `tok` inside a relative clause that defines a generic subject: "People who
 * walked 8,000 steps a day had …", "Those who earn over £100,000 will pay …"? Such a figure says
 * which group the sentence is about; two of them name two groups, never one quantity told two
 * ways. Generic: the clause opens with a bare plural or "those" (no determiner, at most
 * GENERIC_SUBJECT_WORDS words), then "who" ("that" may open a complement clause instead: "reports
 * that 40 died"), and the figure comes within the relative clause's one verb group, before the
 * subject's own verb ("patients who took the drug lost 15%" states the 15%).
 */
function definesGroup(tokens: Token[], from: number, tok: number): boolean {
  let rel = -1;
  for (let i = from + 1; i < tok && i <= from + GENERIC_SUBJECT_WORDS; i++) {
    if (tokens[i].lower === 'who' || (tokens[i].lower === 'that' && tokens[i - 1].lower === 'those')) {
      rel = i;
      break;
    }
  }
  if (rel < 0) return false;
  const subject = tokens.slice(from, rel).map((t) => t.lower);
  const head = subject[subject.length - 1];
  if (subject.some((w) => DETERMINERS.has(w) && w !== 'those')) return false;
  if (!(head === 'those' || GENERIC_COUNTED.has(wordKey(head)) || /^\p{L}+[^s'’]s$/u.test(head))) return false;
  let groups = 0, inGroup = false;
  for (let i = rel + 1; i < tok; i++) {
    const w = tokens[i].lower;
    const verb = PASSIVE_AUXILIARIES.has(w) || LIGHT_VERBS.has(w) || verbForm(w, tokens[i - 1].lower);
    if (verb && !inGroup) groups++;
    inGroup = verb;
  }
  return groups <= 1;
}
/**
 * Words of a generic subject before its "who": "People", "Older women", "Those". Not fitted: 2 and
 * 4 give the same results on every battery of invented pairs it was checked on (scratch text, not
 * kept in the repository) and on every labelled set.
 */
const GENERIC_SUBJECT_WORDS = 3;

/** A temperature measure's key prefix (its dimension), as "length:" is a length's. */
const TEMPERATURE = 'temperature';

/**
 * The scale of a temperature after the figure at `tok` whose last token is before `after`: a
 * "C" or "F" written against the figure ("46.2C", "118F") or after a degree sign ("40 °C",
 * "40°F"), or "degrees" with "Celsius", "centigrade" or "Fahrenheit" ("104 degrees Fahrenheit").
 * A bare "degrees" names no scale (it may be an angle).
 */
function temperatureScale(tokens: Token[], text: string, tok: number, after: number): 'C' | 'F' | null {
  const rest = text.slice(tokens[after - 1].end);
  const m = /^(?:\s*°\s*|(?=[CF]\b))([CF])\b|^\s*°?\s*degrees?\s+(celsius|centigrade|fahrenheit)\b/i.exec(rest);
  if (!m) return null;
  return /^f/i.test(m[1] ?? m[2]) ? 'F' : 'C';
}

/**
 * Nouns and verbs of aim or demand that mark a goal only with what they are for: "efforts to
 * curb exports" (not "as rescue efforts continue"), "called for talks" / "calls on X to" (not
 * "what the airline called an accident"), "as a condition for talks" / "on condition that" (not
 * "two survivors in critical condition"). Each word with the words that may follow it.
 */
const WITH_COMPLEMENT: Record<string, RegExp> = wordTable({
  effort: /^to$/, efforts: /^to$/,
  call: /^(?:for|on)$/, calls: /^(?:for|on)$/, called: /^(?:for|on)$/, calling: /^(?:for|on)$/,
  condition: /^(?:for|that|of)$/, conditions: /^(?:for|that|of)$/,
  // "with space for about 1,100 containers", "room for 300 guests": what a thing can hold
  space: /^for$/, room: /^for$/,
});
/** Does the word keep its marking here: not one of WITH_COMPLEMENT, or with its complement ("on condition" too)? */
function complemented(w: string, before: string | undefined, after: string | undefined): boolean {
  const complement = WITH_COMPLEMENT[w];
  return !complement || complement.test(after ?? '') || (/^conditions?$/.test(w) && before === 'on');
}

/**
 * Is the figure the size of a change, said by a verb of change right before it ("shares fell 5%",
 * "the plane dropped 20,000 feet", "cut 1,200 jobs"), not the level reached ("fell to 5%",
 * "stood at 5%")?
 */
function changedBy(tokens: Token[], from: number, tok: number, text: string): boolean {
  let i = tok - 1;
  while (i >= from && CHANGE_HEDGES.test(tokens[i].lower)) i--;
  if (i < from) return false;
  if (CHANGE_VERBS.has(wordKey(tokens[i].lower))) return true;
  // "rose by roughly 40 mph": the amount of a change, hedged after its "by"
  if (tokens[i].lower === 'by' && i > from && CHANGE_VERBS.has(wordKey(tokens[i - 1].lower))) return true;
  // A noun of change and its amount: "a rise of 3%", "an increase in sustained winds of at least
  // 35 mph" (the noun within CHANGE_NOUN_REACH words before the "of", in one phrase)
  if (tokens[i].lower !== 'of') return false;
  for (let k = i - 1; k >= Math.max(from, i - CHANGE_NOUN_REACH); k--) {
    if (/[,;:.]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (CHANGE_NOUNS.has(tokens[k].lower) && /^(?:an?|the|its|their|this|that)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}
/** Words from a noun of change to the "of" of its amount: "an increase in sustained winds of". */
const CHANGE_NOUN_REACH = 4;
/** Nouns that name a change by an amount ("a rise of 3%"); "a loss of £52m" is a level. */
const CHANGE_NOUNS = new Set(['rise', 'increase', 'fall', 'drop', 'decline', 'decrease', 'cut', 'jump', 'gain', 'dip', 'surge', 'reduction', 'climb', 'slide', 'plunge']);
/** Hedges between a verb of change and its amount: "fell about 5%", "rose nearly 10%", "cut some 1,200". */
const CHANGE_HEDGES = /^(about|nearly|around|some|almost|roughly|approximately|more|than|over|less|at|least|another|a|further|an|additional)$/;
/** English words after a duration that make it a time between two events. */
const TIME_GAP_WORDS = new Set(['after', 'before', 'later', 'earlier', 'ago', 'into', 'since']);
/** English adjectives of extent after a length ("deep" is a measure class of its own: depth). */
const DIMENSIONS: Record<string, string> = wordTable({ long: 'length', wide: 'width', broad: 'width', tall: 'height', high: 'height', thick: 'thickness' });

/** Is the key a measure class ("death", "arrest") or a key of its own kind (clock, score, uncompared)? */
function isNamedKey(key: string): boolean {
  classKeys ??= new Set(Object.values(MEASURE_CLASSES));
  return classKeys.has(key) || key === CLOCK_KEY || key === SCORE_UNIT || key === UNCOMPARED;
}
/** The measure classes' names, once every class above is defined. */
let classKeys: Set<string> | null = null;

/**
 * The act a count is the object or the subject of (Measure.act): the verb right before the
 * figure, past hedges ("destroyed at least 40 homes", "will cut 1,200 jobs"), or an auxiliary and
 * a verb after its noun ("140 homes were damaged", "12 people had been arrested"), or a past
 * participle right after the noun ("40 homes destroyed"). A verb is told by its form alone, as
 * English marks it: a past in "-ed", a participle in "-ing", or an irregular form. Verbs that
 * only say the count is what it is (be, have, reach, total, include, leave) or report it (say,
 * confirm, record) are no act; nor is a verb of change that reaches a level ("rose to 14").
 */
function actOf(tokens: Token[], from: number, to: number, tok: number, after: number): string | null {
  let i = tok - 1;
  let toLevel = false;
  // ("close" is a hedge only in "close to 115"; "will close 120 stores" is the verb)
  for (; i >= from && HEDGE_BETWEEN.test(tokens[i].lower) && !(tokens[i].lower === 'close' && tokens[i + 1]?.lower !== 'to'); i--) if (tokens[i].lower === 'to') toLevel = true;
  // "nominated for 14 Emmys": the verb before a preposition before the figure
  // ("loaded with 86,000 tonnes" in the passive only: "responded with 125% tariffs" names no act on them)
  if (i > from && (ACT_PREPOSITIONS.has(tokens[i].lower) || (tokens[i].lower === 'with' && BE_FORMS.has(tokens[i - 2]?.lower ?? ''))) && verbForm(tokens[i - 1].lower, i - 1 > from ? tokens[i - 2].lower : null)) i--;
  if (i >= from) {
    const w = tokens[i].lower, prev = i > from ? tokens[i - 1].lower : null;
    // "will close 120 stores", "plans to keep 340": a word after a modal or "to" is a verb
    if (prev !== null && MODALS.has(prev) && /^\p{L}+$/u.test(w)) return NO_ACT.has(w) ? null : wordKey(w);
    // "rose to 14", "cut to 80": a verb of change that reaches a level says what the level is.
    if (toLevel && CHANGE_KEYS.has(wordKey(w))) return null;
    // "a combined 40", "the reported 12": after a determiner the form is an adjective.
    if (prev !== null && DETERMINERS.has(prev)) return null;
    // "Monday morning 40 homes", "the building's 40 flats": a word in "-ing" is a verb here only
    // opening its clause (", destroying 40 homes"), after "be" ("were evacuating 300"), or after
    // a determiner's noun, a relative clause cut short ("the bus carrying 40 students").
    const reducedRelative = i - 2 >= from && DETERMINERS.has(tokens[i - 2].lower) && /^\p{Ll}+$/u.test(tokens[i - 1].text);
    if (/ing$/.test(w) && prev !== null && !PASSIVE_AUXILIARIES.has(prev) && !reducedRelative) return null;
    const act = actWord(w);
    if (act) return act;
    // else past a verb of no act ("Officials said 11 missiles hit"), the noun's own verb below
  }
  for (let j = after; j < Math.min(to, after + ACT_AFTER); j++) {
    const w = tokens[j].lower;
    if (PASSIVE_AUXILIARIES.has(w)) {
      let k = j + 1;
      while (k < to && PASSIVE_AUXILIARIES.has(tokens[k].lower)) k++;
      // the passive ("were taken"), not the perfect ("had taken part")
      return k < to ? actWord(tokens[k].lower, BE_FORMS.has(tokens[k - 1].lower)) : null;
    }
    if (j > after && (/ed$/.test(w) || irregularForm(w))) return actWord(w);
  }
  return null;
}
/** How far after the figure its noun's verb may be: "140 homes were damaged", "40 new homes destroyed". */
const ACT_AFTER = 4;
/** English determiners that open a noun phrase (also read by relations/predicate-frame.ts). */
export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'had', 'has', 'have']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/**
 * The key of an act verb, or null when the word is no verb form or a verb of no act. A light
 * verb is light only with its object after it ("took 14 wickets"): in the passive after the
 * counted noun ("nine students were taken to hospital") it is the act done to them.
 */
function actWord(w: string, passive = false): string | null {
  if (!verbForm(w, null) && !(passive && LIGHT_VERBS.has(w))) return null;
  return NO_ACT.has(w) && !(passive && LIGHT_VERBS.has(w)) ? null : wordKey(w);
}
/** Is the word a verb by its form: "-ed", "-ing", an irregular past, or any word after a modal? */
function verbForm(w: string, prev: string | null): boolean {
  return irregularForm(w) || (w.length > 3 && /[^e]ed$|eed$/.test(w)) || (w.length > 5 && /ing$/.test(w)) || (prev !== null && MODALS.has(prev));
}
/** Is the word, alone, a verb by its form ("struck", "approved", "sailing")? */
export function verbByForm(w: string): boolean {
  return verbForm(w, null);
}
/** An irregular verb form ("fell", "held", "says"): this file's list or the lexicon's (general English). */
function irregularForm(w: string): boolean {
  return IRREGULAR_VERB_FORMS.has(w) || IRREGULAR[w] !== undefined;
}
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'to']);
/** Prepositions between an act and its count: "nominated for 14 Emmys". */
const ACT_PREPOSITIONS = new Set(['for', 'on', 'against']);
/**
 * Irregular pasts and participles of English verbs that take a counted object, beyond those the
 * lexicon's stemming table lists (IRREGULAR: "made", "held", "won", "sold", "cut", …).
 */
const IRREGULAR_VERB_FORMS = new Set(['cast', 'caught', 'shot', 'built', 'spent', 'threw', 'thrown', 'beat', 'beaten', 'stole', 'stolen', 'fed', 'sank', 'sunk', 'burnt', 'broke', 'broken', 'swept', 'lent', 'bent', 'fought', 'taught', 'ate', 'eaten', 'rode', 'ridden', 'flew', 'flown',
  'hurt', 'shut', 'fled', 'hid', 'hidden', 'lit', 'stuck', 'tore', 'torn', 'dug', 'spun', 'split', 'spread', 'burst', 'bore', 'borne', 'wore', 'worn', 'bled', 'slain', 'swore', 'sworn']);
/**
 * English's light verbs: "took 54% of the vote", "got 46%" name no act of their own. ("made 40
 * arrests" needs none: a measure class has no act; "made 1.1 million phones" is making them, not
 * selling them.)
 */
const LIGHT_VERBS = new Set(['take', 'took', 'taken', 'taking', 'get', 'getting', 'gotten', 'give', 'gave', 'given', 'giving', 'do', 'did', 'done', 'doing']);
/**
 * Verbs of no act on a count, as written: being, having, amounting, leaving, reporting, and light
 * verbs. Verbs of containing ("carried 300 passengers", "held 40 hostages") are acts: a load is
 * not how many were saved or freed.
 */
const NO_ACT = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'have', 'has', 'had', 'having', 'reach', 'reached', 'total', 'totalled', 'totaled', 'totalling', 'totaling', 'number', 'numbered',
  'top', 'topped', 'exceed', 'exceeded', 'surpass', 'surpassed', 'include', 'included', 'including', 'excluded', 'excluding', 'comprise', 'comprised', 'amount', 'amounted', 'count', 'counted',
  'leave', 'left', 'leaving', 'bring', 'brought', 'bringing', 'record', 'recorded', 'register', 'registered',
  'tally', 'tallied', 'estimated', 'involved', 'involving', 'affect', 'affected', 'affecting', 'see', 'saw', 'seen', 'remain', 'remained', 'stand', 'stood', 'get', 'got', 'need', 'needed',
  'follow', 'following', 'accord', 'according', 'during', 'nearing', 'exceeding', 'compared', 'averaged', 'averaging', 'ranged', 'ranging',
  ...LIGHT_VERBS]
  .concat([...ATTRIBUTION_WORDS]));


const YEARS = wordKey('years');

/**
 * What an unnamed extent measures: the noun right before its verb ("the bridge is 1,200 metres
 * long", "the bridge's main span is 480 metres long"): a bridge and its span are two lengths.
 */
function extentSubject(key: string, tokens: Token[], seq: readonly (readonly [string, number])[], from: number, tok: number): string[] {
  if (!key.endsWith(':' + UNNAMED_EXTENT)) return [];
  let i = tok - 1;
  while (i > from && HEDGE_BETWEEN.test(tokens[i].lower)) i--;
  if (!EXTENT_VERBS.test(tokens[i]?.lower ?? '')) return [];
  const noun = seq.find(([, t]) => t === i - 1)?.[0];
  return noun ? [noun] : [];
}
/**
 * What a hyphen-joined size sizes: the content words right after it ("a ten-year yield", "the
 * two-year government bond", "a 12-year prison sentence"). Sizes of two things are two
 * quantities ("two-year" / "ten-year" name two bonds, not one bond's term told twice); the
 * sides must share one of these words ("12-year prison sentence" / "10-year sentence"). Up to a
 * noun compound's length (SIZED_WORDS), within the clause.
 */
function sizedThing(seq: readonly (readonly [string, number])[], after: number, to: number): string[] {
  return seq.filter(([, t]) => t >= after && t < Math.min(to, after + SIZED_WORDS)).map(([k]) => k);
}
/** Words of a noun compound after a size: "two-year [government bond]", "150-seat [lower chamber]"; the third is the head of a longer one. */
const SIZED_WORDS = 3;

/** Verbs that give an extent: "is 1,200 metres long", "measures 40 m", "stretches 12 km". */
const EXTENT_VERBS = /^(?:is|was|are|were|measures|measured|stretches|stretched|runs|ran|spans|spanned|stands|stood)$/;

/**
 * The period a clause gives a figure (Measure.period), the one nearest it: a period word after
 * "full", "whole" or an ordinal ("full-year", "third-quarter"), after "for/in/over/during the"
 * ("for the quarter"), or an adjective of period ("annual", "quarterly"). Not after "this",
 * "last" or "next": those date the figure ("sales rose this year"), they do not say what span
 * it sums.
 */
function periodOf(tokens: Token[], from: number, to: number, tok: number): string | null {
  let best: string | null = null, distance = Infinity;
  for (let i = from; i < to; i++) {
    const w = tokens[i].lower;
    const prev = tokens[i - 1]?.lower ?? '';
    const key = PERIOD_ADJECTIVES[w] ??
      (PERIOD_KEYS.has(wordKey(w)) && !w.endsWith('s') && (PERIOD_OPENERS.has(prev) || (prev === 'the' && /^(?:for|in|over|during)$/.test(tokens[i - 2]?.lower ?? ''))) ? wordKey(w) : null);
    // the nearest to the figure: "revenue of £1.84bn for the quarter, and raised its forecast for the full year"
    if (key && Math.abs(i - tok) < distance) [best, distance] = [key, Math.abs(i - tok)];
  }
  return best;
}
/** Words before a period word that make it the span a figure sums: "full-year", "third-quarter". */
const PERIOD_OPENERS = new Set(['full', 'whole', 'first', 'second', 'third', 'fourth', 'final']);
/** English adjectives of period, as the period word's key. */
const PERIOD_ADJECTIVES: Record<string, string> = { annual: wordKey('year'), annually: wordKey('year'), yearly: wordKey('year'), quarterly: wordKey('quarter'), monthly: wordKey('month'), weekly: wordKey('week') };

/**
 * English's directive verbs (a closed class of speech acts, as the commissives of PROPOSAL_WORDS):
 * the clause asks another party for the amount (Measure.status "requested"). "call" only with
 * its complement ("called for", WITH_COMPLEMENT).
 */
const DIRECTIVE_WORDS = new Set(['ask', 'asks', 'asked', 'asking', 'request', 'requests', 'requested', 'requesting', 'demand', 'demands', 'demanded', 'demanding',
  'urge', 'urges', 'urged', 'urging', 'call', 'calls', 'called', 'calling', 'seek', 'seeks', 'sought', 'seeking', 'insist', 'insists', 'insisted', 'insisting',
  'want', 'wants', 'wanted', 'wanting']);
/** English's adverbs of habit: the clause tells what usually happens (Measure.status "typical"). */
const HABITUAL_WORDS = new Set(['normally', 'usually', 'typically', 'ordinarily', 'customarily', 'habitually']);
/** Words of what a thing is able to do, whatever the tense of its clause. */
const CAPABILITY_WORDS = new Set(['can', 'capable', 'capacity']);
/** Words of what a thing can hold, not what it held: "can carry", "a capacity of", "seats". */
const CAPACITY_WORDS = new Set(['can', 'capacity', 'capable', 'seats', 'seating', 'accommodate', 'designed', 'limit', 'limits', 'allows', 'space', 'room']);
/**
 * English verbs of containing in the present simple: "the stadium holds 50,000" is its capacity,
 * "the reservoir holds 38 million cubic metres" what is in it now. Without an ability modal the
 * form does not tell which (Measure.status "holding"); their past ("carried 4 astronauts") is a
 * load on one occasion, a stated figure.
 */
const HOLDING_VERBS = new Set(['holds', 'carries', 'contains', 'hosts', 'houses', 'accommodates', 'fits', 'sleeps']);
/**
 * "The company has 22 million customers", "City now have 74 points": a present "have" right
 * before the figure (hedges aside) is what something has as the sentence is written, a standing
 * level, not what an act on some day reached or affected. Not the perfect ("has risen to 31"):
 * there a verb comes between. So is an existential "there are" (below).
 */
function presentPossession(tokens: Token[], from: number, tok: number): boolean {
  let i = tok - 1;
  while (i >= from && HEDGE_BETWEEN.test(tokens[i].lower)) i--;
  if (i < from) return false;
  // "There are 21 crew members on board", "there were some 300 guests": the size of a set present,
  // as "the ship has 21 crew" is; not a count of those who did something
  return /^(?:has|have)$/.test(tokens[i].lower) || (/^(?:is|are|was|were)$/.test(tokens[i].lower) && tokens[i - 1]?.lower === 'there');
}
/**
 * Adverbials of a tally not yet closed (a closed class of English): "has delivered $800 million
 * so far", "to date", "thus far", "as yet". The count is where it stood at that moment, not the
 * total, so it is compared only with another running count.
 */
const RUNNING_TALLY = /\b(?:so far|thus far|to date|as yet|up to now|until now)\b/i;

/**
 * A duration's status: "after / in / within N hours" is how long it took until the clause's act
 * ("elapsed"); a progressive perfect before it ("had been deliberating for") is how long it had
 * been going on at some moment ("running"). Two durations of one kind compare; across kinds they
 * are two points of one process.
 */
function durationStatus(tokens: Token[], text: string, from: number, tok: number): Measure['status'] {
  let i = tok - 1;
  while (i > from && DURATION_HEDGES.test(tokens[i].lower)) i--;
  if (/^(after|in|within)$/.test(tokens[i]?.lower ?? '')) return 'elapsed';
  const lead = text.slice(tokens[from].start, tokens[tok].start);
  return /\b(?:had|has|have)\s+been\s+\p{L}+ing\b/u.test(lead) ? 'running' : 'stated';
}

/** Hedges between "after" / "in" and a duration: "after just over four hours", "in less than three". */
const DURATION_HEDGES = /^(just|only|more|less|than|over|under|about|nearly|around|almost|roughly|some|at|least|a|an|the|little|barely|slightly)$/;

/**
 * A counted noun coordinated with another ("242 passengers and crew"): the count is of both, a
 * whole, keyed by both nouns; not when a figure follows "and" ("230 passengers and 12 crew").
 */
function coordinated(seq: readonly (readonly [string, number])[], tokens: Token[], first: readonly [string, number] | undefined, to: number): string | null {
  if (!first || !/^(and|&|or|plus)$/.test(tokens[first[1] + 1]?.lower ?? '')) return null;
  // ("230 passengers and 12 crew": a second figure with its own noun is a second count)
  const second = seq.find(([k, t]) => t === first[1] + 2 && t < to && !/^[#\d]/.test(k) && !isNumberWord(tokens[t].lower));
  // "destroyed 40 homes and burned 18,000 acres": a word with an object of its own (a figure or
  // a determiner after it) is the verb of the next clause, not a second counted noun.
  if (second && /^(?:\d|(?:the|a|an|its|their|his|her|more|about|some|nearly|over)$)/.test(tokens[second[1] + 1]?.lower ?? '')) return null;
  return second ? `${first[0]}+${second[0]}` : null;
}

/**
 * The figure's qualifiers (Measure.qualifiers): place words between it and its counted noun
 * ("169 Indian nationals"), and the noun of "of X" right after the counted noun ("two counts of
 * fraud", "five of conspiracy"), for a plain count.
 */
function qualifiersOf(tokens: Token[], seq: readonly (readonly [string, number])[], after: number, to: number, noOf: boolean): string[] {
  const out: string[] = [];
  let i = after;
  for (; i < Math.min(to, after + 3); i++) {
    const k = seq.find(([, t]) => t === i)?.[0];
    if (!k || !PLACE_KEYS.has(k)) break;
    out.push(k);
  }
  // Past the counted noun (if any), "of" and a content word. Only a count's "of" qualifies what it
  // counts: "12 percent of the traffic" says what is measured (the measure key), "dozens of
  // people" is the vague amount itself.
  const ofAt = noOf ? -1 : tokens[i]?.lower === 'of' ? i : tokens[i + 1]?.lower === 'of' ? i + 1 : -1;
  const k = ofAt > 0 && ofAt < to ? nounAfterOf(tokens, seq, ofAt, to) : null;
  if (k) out.push(k);
  return out;
}

/**
 * The content word right after "of" at token `ofAt` (past "the"): "counts of fraud", "hours of
 * the deliberation". Not a figure, a word of time or a noun that counts without naming anything.
 */
function nounAfterOf(tokens: Token[], seq: readonly (readonly [string, number])[], ofAt: number, to: number): string | null {
  const at = tokens[ofAt + 1]?.lower === 'the' ? ofAt + 2 : ofAt + 1;
  const k = seq.find(([, t]) => t === at && t < to)?.[0];
  return k && !/^#/.test(k) && !TIME_KEYS.has(k) && !GENERIC_COUNTED.has(k) ? k : null;
}

/** The word before a figure past its bound or article ("in at least 25 years", "in a quarter century" → "in"). */
function precedingPastBound(tokens: Token[], tok: number, from: number): string {
  let i = tok - 1;
  if (tokens[i]?.lower === 'least' && tokens[i - 1]?.lower === 'at') i -= 2;
  else if (/^(over|nearly|almost|about|some|a)$/.test(tokens[i]?.lower ?? '')) i--;
  return i >= from ? tokens[i].lower : '';
}

const REFERENCE_DETERMINERS = new Set([...DETERMINERS, 'some']);

/**
 * What a length is measured from when its unit is followed by "from" or "off" ("600km from the
 * lunar south pole", "3km off the coast"), by a preposition of height or depth ("412 metres below
 * the surface", "214 metres above sea level", "8 metres above its usual level"), or by "of" after
 * "within" ("within 300 metres of its target"): the content words of that noun phrase, up to a
 * word of time, a preposition or the clause's end. Null when no such phrase follows.
 */
function referenceOf(tokens: Token[], seq: readonly (readonly [string, number])[], i: number, to: number, within: boolean): string[] | null {
  const w = tokens[i]?.lower;
  if (!(w === 'from' || w === 'off' || VERTICAL_PREPOSITIONS.has(w) || (within && w === 'of'))) return null;
  let k = i + 1;
  while (k < to && REFERENCE_DETERMINERS.has(tokens[k].lower)) k++;
  const words: string[] = [];
  for (; k < to; k++) {
    const key = seq.find(([, t]) => t === k)?.[0];
    if (!key || /^[#\d]/.test(key) || TIME_KEYS.has(key)) break;
    words.push(key);
  }
  return words.length ? words : null;
}

/** English's prepositions of height and depth: what a length after them is measured from. */
const VERTICAL_PREPOSITIONS = new Set(['below', 'beneath', 'under', 'underneath', 'above', 'over']);

/** Key prefix of a distance from a named place: "18 km south of Hualien" → "length:offset:hualien". */
const OFFSET = 'offset:';
/** Compass words; a heading is read by its first: "south-southwest" heads south. */
const HEADINGS = /^(north|south|east|west)(?:[- ]?(?:north|south|east|west))*(?:ern)?$/;
/** How far past the figure's unit the place may be named ("(11 miles) south of the city of Hualien"). */
const OFFSET_REACH = 8;

/**
 * A distance from a named place after a length's unit: a heading ("south-southwest of", "north
 * of") or "off"/"from", then a capitalised name. The place is what the distance is from; the
 * heading, when given, says which side (two distances on opposite sides of a town are two
 * places). A bracketed conversion after the unit is skipped.
 */
function offsetOf(tokens: Token[], i: number): { place: string; heading: string | null } | null {
  const end = Math.min(tokens.length, i + OFFSET_REACH);
  while (i < end && (tokens[i].text === '(' || /^[\d.,]+$/.test(tokens[i].text) || UNITS[tokens[i].lower] || tokens[i].text === ')')) i++;
  let heading: string | null = null;
  const h = HEADINGS.exec(tokens[i]?.lower ?? '');
  if (h) {
    heading = h[1];
    i++;
    while (i < end && HEADINGS.test(tokens[i].lower)) i++; // "south-southwest" is two tokens
    if (tokens[i]?.lower !== 'of') return null;
    i++;
  } else if (tokens[i]?.lower === 'off' || tokens[i]?.lower === 'from') i++;
  else return null;
  // past "the coast of", "the city of": the first capitalised word names the place
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k];
    if (t.cap && !/^(the|a|an)$/.test(t.lower)) return { place: wordKey(t.lower), heading };
    if (!/^(the|coast|city|town|county|village|of|island|capital|port)$/.test(t.lower)) return null;
  }
  return null;
}

const ABOUT_PREPOSITIONS = new Set(['on', 'over', 'for', 'against']);
/** Words of time after "on" or "for" ("killed seven on Tuesday", "for hours"): when, not what a figure is for. */
/**
 * Words of when, never what is measured: days, months, parts of a day, and the deictic words of
 * a period ("next year", "last week", "the previous month").
 */
const CALENDAR_KEYS = new Set([...WEEKDAYS, ...MONTHS, 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday', 'weekend', 'next', 'last', 'previous', 'coming'].map(wordKey));
/** A period named by a deictic word ("this year", "next quarter", "last week"): when, not what ("1.1% this year"). */
const DEICTIC_PERIOD = /^(?:this|next|last|previous|coming|current)$/;
const PERIOD_KEYS = new Set(['year', 'quarter', 'month', 'week', 'season', 'decade'].map(wordKey));
const TIME_KEYS = new Set([...CALENDAR_KEYS, ...['hours', 'days', 'weeks', 'months', 'years'].map(wordKey)]);
/** How far (tokens) from the figure its target may be named: "the tariff on steel is 25%", "25% on steel". */
const ABOUT_REACH = 6;
/** Tokens after a figure that may still say it is a counter-measure ("… levy on steel in turn"). */
const COUNTER_AFTER = 6;
/** Words of part and total ("the first 20%", "145% total tariffs"): not what is measured. */
const PART_OR_TOTAL = new Set(['first', 'initial', 'additional', 'extra', 'further', 'another', 'new', 'total', 'overall', 'cumulative', 'combined'].map(wordKey));
/** Words of change ("rose to 3%", "raised the fee to $4"): how a figure moved, not what it measures. */
const CHANGE_KEYS = new Set(['raise', 'reduce', 'remove', 'rise', 'rose', 'ris', 'fall', 'fell', 'climb', 'jump', 'drop', 'reach', 'stand', 'stood', 'hover', 'hit', 'set', 'impose', 'slap', 'place', 'put'].map(wordKey));

/**
 * What the figure applies to: the first content word after "on", "over", "for" or "against" in
 * its clause, within two tokens ("tariffs on Chinese goods", "over its role", "the tariff on
 * steel is 25%"). Without parts of speech, the word after that may be a verb ("on steel took").
 */
function aboutOf(tokens: Token[], seq: readonly (readonly [string, number])[], from: number, to: number, tok: number, after: number): { about: string[]; span: [number, number] } {
  // The figure's own preposition ("blames for close to 250,000", "tariffs of 145%") is not a target.
  let own = tok - 1;
  while (own >= from && HEDGE_BETWEEN.test(tokens[own].lower)) own--;
  for (let i = Math.max(from, tok - ABOUT_REACH); i < Math.min(to, after + ABOUT_REACH); i++) {
    // "over 800", "for over 800": a hedge of the figure itself (up to `own`), not a target
    if (!ABOUT_PREPOSITIONS.has(tokens[i].lower) || (i >= tok && i < after) || (i >= own && i < tok)) continue;
    const head = seq.find(([k, t]) => t > i && t <= i + 2 && t < to && !/^#/.test(k) && !/^[\d.,]+$/.test(k) && !TIME_KEYS.has(k) && !HEDGE_BETWEEN.test(tokens[t].lower));
    // the phrase runs to the figure when it comes before it ("the fee on downtown streets to $4")
    if (head) return { about: [head[0]], span: [i, i < tok ? tok : i + 3] };
  }
  return { about: [], span: [-1, -1] };
}

/**
 * The head of the noun phrase that starts at `first`: its last word, past modifiers and
 * possessives ("of the country’s container traffic", "of national container traffic": traffic).
 * The phrase runs while content words follow each other in the clause, a possessive "’s"
 * between them allowed.
 */
function headOf(seq: readonly (readonly [string, number])[], first: readonly [string, number], tokens: Token[], to: number): string {
  let k = seq.indexOf(first);
  while (k + 1 < seq.length && seq[k + 1][1] < to) {
    const gap = seq[k + 1][1] - seq[k][1];
    if (gap === 1 || (gap === 2 && /^['’]s$/.test(tokens[seq[k][1] + 1].lower))) k++;
    else break;
    if (/^#/.test(seq[k][0])) return seq[k - 1][0];
  }
  return seq[k][0];
}

/** Does a counted noun follow the figure ("450,000 U.S. overdose deaths"), past places and generic nouns? */
function countedAfter(tokens: Token[], after: number, to: number): boolean {
  for (let i = after; i < Math.min(to, after + 3); i++) {
    const w = tokens[i].lower;
    if (/^\p{L}{3,}$/u.test(w) && !GENERIC_COUNTED.has(wordKey(w)) && !AUXILIARIES.has(w) && !tokens[i].cap) return true;
  }
  return false;
}

/**
 * The noun of "<figure> <unit> of X" ("four hours of deliberation", "15 km of coastline", "ten
 * tonnes of cocaine"): what the unit measures, when "of" follows the unit directly.
 */
function unitOf(tokens: Token[], seq: readonly (readonly [string, number])[], after: number, to: number): string | null {
  return tokens[after + 1]?.lower === 'of' ? nounAfterOf(tokens, seq, after + 1, to) : null;
}

/** Hedge words between "of" and a figure: "a toll of more than 9". */
const HEDGE_BETWEEN = /^(more|than|over|least|at|about|nearly|around|some|under|fewer|less|up|to|almost|roughly|approximately|an|a|the|estimated|close|just|only|barely|slightly|well|above|below)$/;

/**
 * The noun of "X of <figure>" ("depth of 15.5 km", "a toll of 9"): the word before "of" is a
 * noun in English, whatever the story; without the "of", a word before a figure is as often a
 * verb ("struck 18 km") as a noun, so it is not read.
 */
function nounOf(tokens: Token[], tok: number, from: number): string | null {
  let i = tok - 1;
  while (i >= from && HEDGE_BETWEEN.test(tokens[i].lower)) i--;
  if (i - 1 < from || tokens[i]?.lower !== 'of') return null;
  const w = tokens[i - 1].lower;
  // (nor a pronoun: "that of a 74-year-old man" is the man's)
  if (!/^\p{L}{3,}$/u.test(w) || STOPWORDS.has(w) || /^(one|out|each|all|some|most|many|part|share|group|number|sum)$/.test(w)) return null;
  // "a record of $3,100": the noun is not the reading class of that name, which only a
  // superlative and a span of years make (RECORD_SUPERLATIVES)
  return READING_CLASSES.has(wordKey(w)) && !MEASURE_CLASSES[wordKey(w)] ? null : wordKey(w);
}

/** "according to the US Geological Survey" / "the fire department said": who gives the figure. */
function sourceOf(clause: string): string | null {
  const m = /\baccording to (?:the )?((?:\p{Lu}[\p{L}’'.-]*\s*){1,6})/u.exec(clause);
  if (m) return m[1].trim().toLowerCase();
  // "Police said 5,000 …", "organisers put the crowd at 20,000", "insurers estimate …": the
  // clause opens with who gives the figure and a verb of saying or estimating.
  const opener = /^\W*(?:the\s+)?((?:\p{L}[\p{L}’'-]*\s+){0,2}?\p{L}[\p{L}’'-]*)\s+(?:said|says|say|put|puts|estimated|estimates|estimate|reported|reports|report|counted|counts|count)\b/iu.exec(clause);
  // (a speaker is a noun phrase: "after an estimated 1.1%" names no one)
  if (opener && !/^(?:it|he|she|they|we|i|this|that|there|officials?|authorities)$/i.test(opener[1]) && !opener[1].split(/\s+/).some((w) => STOPWORDS.has(w.toLowerCase()))) return opener[1].toLowerCase();
  return null;
}

/**
 * Can two figures be compared at all: same unit and multiplicity (numbers.ts), same measure,
 * both levels or both increments, both stated or both proposed, the same side, and not
 * attributed to two different named sources (two agencies' readings are two facts).
 */
export function sameMeasure(a: Quantity, ma: Measure, b: Quantity, mb: Measure): boolean {
  // a measured figure's key is "<unit class>:<key>": "length:uncompared" is uncompared too
  if (uncompared(ma.key) || uncompared(mb.key)) return false;
  if (a.unit !== b.unit || isTimeStamp(a) || a.times !== b.times) return false;
  // A figure whose measure is its unit alone ("from 3.8 per cent this year", "after 0.9%") says
  // nothing of what it measures: no proof it is the other's quantity.
  // (An age, a time of day or a score is a measure of its own.)
  if ((ma.key === a.unit || mb.key === b.unit) && (a.unit === '%' || a.unit === 'count' || isCurrency(a.unit))) return false;
  if (ma.key !== mb.key || ma.change !== mb.change || ma.status !== mb.status || ma.counter !== mb.counter) return false;
  if (ma.source && mb.source && ma.source !== mb.source) return false;
  // Whose figure: the two sides share a name ("Hansen" / "Piet Hansen", "Hualien County Hall" /
  // "Hualien City"), not only a word of general English that names take ("the Bank of Estmar" /
  // "the Bank of Norland"), unless one side's names are all the other's.
  if (ma.holders && mb.holders && !sameHolder(ma.holders, mb.holders)) return false;
  // "City have 74 points, four more than Brenton" / "Brenton have 70 points": the other side's
  // figure is of the one this side compares itself with.
  if (comparedOnly(ma, mb) || comparedOnly(mb, ma)) return false;
  if (ma.subjectPlace && mb.subjectPlace && ma.subjectPlace !== mb.subjectPlace) return false;
  if (ma.period && mb.period && ma.period !== mb.period) return false;
  if (ma.about.length && mb.about.length && !ma.about.some((k) => mb.about.includes(k))) return false;
  // "600km from the lunar south pole" / "within 300 metres of its target": from two things.
  if (ma.reference && mb.reference && !ma.reference.some((k) => mb.reference!.includes(k))) return false;
  // A length nothing names is known only by what it is of ("the bridge is 1,200 metres long") or
  // what it is from ("2 km from its target"): a thing has many (its size, its distance from
  // another, its height above the ground), so sides that do not both say one of these ("passed
  // the moon at 1,900 km" / "the moon is 4,821 km across") give no proof that the two are one
  // length. (The size of a change is its verb's: "the plane dropped 20,000 feet" / "dropped
  // 15,000 feet". A speed or a duration nothing names is the story's moving thing's or event's:
  // "travelling at 68 km/h" / "moving at 74 km/h" stay compared.)
  if (ma.key === UNNAMED_LENGTH && ma.change === 'level' && !((ma.about.length && mb.about.length) || (ma.reference && mb.reference))) return false;
  // "destroyed 40 homes" / "damaged 140 homes", "scored 20 goals" / "conceded 31": two acts, two counts.
  if (ma.act && mb.act && ma.act !== mb.act) return false;
  // "two counts of fraud" / "seven counts": what is counted differs; "53 British" / "169 Indian":
  // two groups. A place on one side only is scope the other may give elsewhere ("450,000 U.S.
  // deaths" / "a quarter of a million deaths in the US"), not another group.
  const [pa, oa] = splitPlaces(ma.qualifiers), [pb, ob] = splitPlaces(mb.qualifiers);
  if (oa.length !== ob.length || oa.some((k) => !ob.includes(k))) return false;
  if (pa.length && pb.length && !pa.some((k) => pb.includes(k))) return false;
  return true;
}

/**
 * One measure of one thing, whatever the status or act of each figure ("pledged $2 billion in
 * aid" / "has delivered $800 million of that aid so far", "made 1.1 million phones" / "sold
 * 900,000 phones"): two facts about it, each of its own day. The date cue asks (relations.ts).
 */
export function sameMeasureAnyStatus(a: Quantity, ma: Measure, b: Quantity, mb: Measure): boolean {
  return sameMeasure(a, { ...ma, status: mb.status, act: mb.act }, b, mb);
}

/** Are `mb`'s holders named on `ma`'s side only as the standard of a comparison? */
function comparedOnly(ma: Measure, mb: Measure): boolean {
  return !!ma.comparedWith && !!mb.holders && mb.holders.some((k) => ma.comparedWith!.includes(k)) && !mb.holders.some((k) => ma.holders?.includes(k) && !ma.comparedWith!.includes(k));
}

function uncompared(key: string): boolean {
  return key === UNCOMPARED || key.endsWith(':' + UNCOMPARED);
}

function sameHolder(a: string[], b: string[]): boolean {
  // "the Zeta X9" / "the Zeta X8": two identifiers, two things
  const ids = (x: string[], y: string[]) => x.some((k) => /\d/.test(k) && !y.includes(k));
  if (ids(a, b) && ids(b, a)) return false;
  if (a.every((k) => b.includes(k)) || b.every((k) => a.includes(k))) return true;
  return a.some((k) => b.includes(k) && !generalWord(k));
}

/** Qualifiers that are places, and the others. */
function splitPlaces(qualifiers: string[]): [string[], string[]] {
  return [qualifiers.filter((k) => PLACE_KEYS.has(k)), qualifiers.filter((k) => !PLACE_KEYS.has(k))];
}

/**
 * Do two figures of the same measure state incompatible values? Bounds cover a range: "more than
 * 700" is 700 or more, "up to 84%" is at most 84. (A lower bound read as up to the next round
 * number, 700–800, told "at least three deaths" against "five dead", "at least four killed"
 * against "eleven" and "more than 400,000 customers" against 538,000 as clashes: counts that
 * grow through an event, which two blind story sets label as none. The earthquake set labels
 * three of that kind as clashes, "over 800 injured" against 1,011; they are no longer shown.) Hedged estimates are
 * compatible within a quarter of each other; two non-integer readings within 5% of each other
 * ("7.2" / "7.4") are a difference of precision or of instrument, not a clash a reader should be
 * told about; nor are two readings (a magnitude) at all.
 */
export function valuesConflict(a: Quantity, ma: Measure, b: Quantity, mb: Measure): boolean {
  if (ma.value === mb.value) return false;
  // "hundreds" against "736": a figure says more, it does not say otherwise.
  if (a.range || b.range) return false;
  // A reading differs by agency and by shock ("aftershocks stronger than magnitude 5" beside a
  // 7.4 main shock): two readings are never told as a clash.
  if (isReading(ma.key)) return false;
  const range = (q: Quantity, m: Measure): [number, number] => {
    const v = m.value;
    if (m.bound === 'lower') return [v, Infinity];
    if (m.bound === 'upper') return [0, v];
    // a hedged figure covers the rounding at its own precision (numbers.ts estimateRange)
    if (q.approx) return estimateRange(q.value).map((x) => x * (v / q.value || 1)) as [number, number];
    return [v, v];
  };
  // Two estimates ("nearly 450,000" / "about 400,000") can both be right when they are close.
  if (a.approx && b.approx && ma.bound === 'none' && mb.bound === 'none') {
    return Math.max(ma.value, mb.value) >= ESTIMATE_SPREAD * Math.min(ma.value, mb.value);
  }
  const [a0, a1] = range(a, ma), [b0, b1] = range(b, mb);
  // Ranges that only touch where a strict bound leaves the value out do not overlap: "over 800"
  // (up to 900) and "more than 900" say two different things.
  const touchesOnlyOutside = (hi: number, lo: number, mLow: Measure, mHigh: Measure) =>
    hi === lo && ((mLow.bound === 'lower' && mLow.strictBound) || (mHigh.bound === 'upper' && mHigh.strictBound));
  if (a0 <= b1 && b0 <= a1 && !touchesOnlyOutside(a1, b0, mb, ma) && !touchesOnlyOutside(b1, a0, ma, mb)) return false;
  if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || ma.value !== a.value || mb.value !== b.value) {
    if (closeReadings(ma.value, mb.value)) return false;
  }
  return true;
}

/** The spread within which two estimates of one quantity can both be right. */
const ESTIMATE_SPREAD = 1.25;
/** Non-integer readings this close (relative) are one reading at two precisions. */
const CLOSE_READING = 0.05;


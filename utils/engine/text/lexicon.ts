// Small, hand-written lexicon of general English news language. Nothing here is about one
// story: these are the words any wire report uses for the same handful of acts (talks, tariffs,
// cutting, weighing, asking…). Keep it small and documented; every entry must be a synonym a
// copy editor would accept in any news story.

import { wordTable } from './word-table';

/** Function words and news filler that carry no content for matching. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without into onto over under about ' +
    'as than then that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am do does did done doing have has had having will would shall should ' +
    'can could may might must it its it’s itself he him his she her hers they them their theirs we us our ' +
    'you your i me my mine one ones also too very just only even still already such some any all each ' +
    'both either neither other another more most much many few several own same up down out off again ' +
    'further once if while because although though whether upon via per within between among against ' +
    'after before during since until toward towards around across through thus however meanwhile ' +
    'mr mrs ms dr not no never n’t nt s ’s \'s way well like now new cent percent pct'
  ).split(/\s+/),
);

/**
 * Attribution and reporting vocabulary. "The WSJ said", "according to people familiar with the
 * matter", "sources told Reuters" say who reports, not what happened, so they are not material.
 */
export const ATTRIBUTION_WORDS = new Set(
  (
    'say said says saying tell told tells add added adds according report reported reports reporting ' +
    'people person persons familiar matter situation source sources cite cited citing stated ' +
    'unnamed anonymous spokesman spokeswoman spokesperson statement indicate indicated news paper ' +
    'journal newspaper reuters ap afp bloomberg cnn bbc cnbc post times allegedly reportedly claim'
  ).split(/\s+/),
);

/** Outlets and agencies: named only as sources, never a material detail of an event. */
export const OUTLET_NAMES = new Set(
  ['wall street journal', 'wsj', 'new york times', 'nyt', 'reuters', 'associated press', 'ap', 'afp',
   'bloomberg', 'cnn', 'bbc', 'cnbc', 'financial times', 'washington post', 'the guardian',
   'xinhua', 'global times', 'south china morning post', 'scmp'],
);

/**
 * More countries, each as [key, its name then its adjectives, its capital and the cities news
 * uses as venues]: a meeting "in Vienna" and one "in Geneva" are in two countries (relations.ts reads
 * a different place for the same event), and "Austrian officials" are Austria's.
 */
const OTHER_COUNTRIES: [string, string[], string[]][] = [
  ['austria', ['austria', 'austrian'], ['vienna']],
  ['italy', ['italy', 'italian'], ['rome', 'milan']],
  ['spain', ['spain', 'spanish'], ['madrid', 'barcelona']],
  ['netherlands', ['netherlands', 'dutch'], ['amsterdam', 'hague']],
  ['belgium', ['belgium', 'belgian'], []],
  ['sweden', ['sweden', 'swedish'], ['stockholm']],
  ['norway', ['norway', 'norwegian'], ['oslo']],
  ['denmark', ['denmark', 'danish'], ['copenhagen']],
  ['finland', ['finland', 'finnish'], ['helsinki']],
  ['poland', ['poland'], ['warsaw']], // not "polish": also a verb
  ['ukraine', ['ukraine', 'ukrainian'], ['kyiv', 'kiev']],
  ['turkey', ['turkey', 'turkish', 'türkiye'], ['ankara', 'istanbul']],
  ['saudi_arabia', ['saudi arabia', 'saudi'], ['riyadh', 'jeddah']],
  ['uae', ['uae', 'emirati'], ['dubai', 'abu dhabi']],
  ['qatar', ['qatar', 'qatari'], ['doha']],
  ['israel', ['israel', 'israeli'], ['jerusalem', 'tel aviv']],
  ['iran', ['iran', 'iranian'], ['tehran']],
  ['egypt', ['egypt', 'egyptian'], ['cairo']],
  ['south_korea', ['south korea', 'south korean'], ['seoul']],
  ['north_korea', ['north korea', 'north korean'], ['pyongyang']],
  ['singapore', ['singapore', 'singaporean'], []],
  ['vietnam', ['vietnam', 'vietnamese'], ['hanoi']],
  ['indonesia', ['indonesia', 'indonesian'], ['jakarta']],
  ['malaysia', ['malaysia', 'malaysian'], ['kuala lumpur']],
  ['thailand', ['thailand', 'thai'], ['bangkok']],
  ['philippines', ['philippines', 'philippine', 'filipino'], ['manila']],
  ['pakistan', ['pakistan', 'pakistani'], ['islamabad']],
  ['australia', ['australia', 'australian'], ['canberra', 'sydney']],
  ['brazil', ['brazil', 'brazilian'], ['brasilia']],
  ['argentina', ['argentina', 'argentine'], ['buenos aires']],
  ['south_africa', ['south africa', 'south african'], ['pretoria', 'johannesburg']],
];

/** Adjectives of the places above: "Chinese imports" names no setting (event-place.ts). */
export const PLACE_ADJECTIVES = new Set([
  'american', 'british', 'chinese', 'canadian', 'mexican', 'japanese', 'russian', 'indian', 'german', 'french', 'taiwanese',
  'swiss', 'european',
  ...OTHER_COUNTRIES.flatMap(([, names]) => names.slice(1)),
]);

/** Canonical keys of places (countries with their adjectives and capitals) among the aliases. */
export const PLACE_KEYS = new Set([
  'usa', 'uk', 'eu', 'china', 'canada', 'mexico', 'japan', 'russia', 'india', 'germany', 'france', 'taiwan', 'switzerland',
  ...((): string[] => OTHER_COUNTRIES.map(([key]) => key))(),
]);

/**
 * Government portfolios, each as [office key, the ways its field is named]. A portfolio's
 * ministry or department and its minister or secretary are one office in news prose: "China's
 * Commerce Ministry said", "the ministry of commerce said" and "the commerce minister said" are
 * the same voice, as are "the Treasury Department" and "the Treasury secretary". (Which country's
 * office it is, the sentence says in its own words.) Commerce keeps the key it always had.
 */
const PORTFOLIOS: [string, string[][]][] = [
  ['commerce_ministry', [['commerce']]],
  ['trade_ministry', [['trade']]],
  ['finance_ministry', [['finance']]],
  ['treasury_ministry', [['treasury']]],
  ['foreign_ministry', [['foreign'], ['foreign', 'affairs']]],
  ['defence_ministry', [['defence'], ['defense']]],
  ['interior_ministry', [['interior'], ['home', 'affairs']]],
  ['justice_ministry', [['justice']]],
  ['health_ministry', [['health']]],
  ['energy_ministry', [['energy']]],
  ['agriculture_ministry', [['agriculture']]],
  ['education_ministry', [['education']]],
  ['labour_ministry', [['labour'], ['labor']]],
  ['transport_ministry', [['transport'], ['transportation']]],
  ['security_ministry', [['security'], ['public', 'security'], ['state', 'security'], ['homeland', 'security']]],
];
/**
 * The office words: the body ("ministry", "department") and its head ("minister", "secretary",
 * and the informal "czar" / "tsar" / "chief" of headlines: "trade czar", "security chief").
 */
const OFFICE_WORDS = ['ministry', 'department', 'minister', 'secretary', 'czar', 'tsar', 'chief'];
/**
 * "<field> ministry", "ministry of/for <field>" for every office word and field name, and "top /
 * senior <field> official" (the head of the field, as headlines name a minister).
 */
const PORTFOLIO_OFFICES: [string[], string][] = PORTFOLIOS.flatMap(([key, fields]) =>
  fields.flatMap((field) => [
    ...OFFICE_WORDS.flatMap((office): [string[], string][] => [
      [[...field, office], key],
      [[office, 'of', ...field], key],
      [[office, 'for', ...field], key],
    ]),
    [['top', ...field, 'official'], key],
    [['senior', ...field, 'official'], key],
  ]),
);

/**
 * Multi-word and single-word aliases of the same referent, mapped to one canonical token.
 * Country names, their adjectives and their capitals used as metonyms for the government
 * ("Beijing said", "Washington wants") are the same actor in news prose.
 */
export const PHRASE_ALIASES: [string[], string][] = [
  [['united', 'states', 'of', 'america'], 'usa'],
  [['united', 'states'], 'usa'],
  [['u.s.'], 'usa'], [['u.s'], 'usa'], [['usa'], 'usa'], [['america'], 'usa'], [['american'], 'usa'],
  [['americans'], 'usa'], [['washington'], 'usa'], [['white', 'house'], 'usa'],
  [['united', 'kingdom'], 'uk'], [['u.k.'], 'uk'], [['britain'], 'uk'], [['british'], 'uk'], [['london'], 'uk'],
  [['european', 'union'], 'eu'], [['e.u.'], 'eu'], [['brussels'], 'eu'],
  [['china'], 'china'], [['chinese'], 'china'], [['beijing'], 'china'], [['prc'], 'china'],
  [['canada'], 'canada'], [['canadian'], 'canada'], [['ottawa'], 'canada'],
  [['mexico'], 'mexico'], [['mexican'], 'mexico'],
  [['japan'], 'japan'], [['japanese'], 'japan'], [['tokyo'], 'japan'],
  [['russia'], 'russia'], [['russian'], 'russia'], [['moscow'], 'russia'], [['kremlin'], 'russia'],
  [['india'], 'india'], [['indian'], 'india'], [['new', 'delhi'], 'india'],
  [['germany'], 'germany'], [['german'], 'germany'], [['berlin'], 'germany'],
  [['france'], 'france'], [['french'], 'france'], [['paris'], 'france'],
  [['taiwan'], 'taiwan'], [['taiwanese'], 'taiwan'], [['taipei'], 'taiwan'],
  [['switzerland'], 'switzerland'], [['swiss'], 'switzerland'], [['geneva'], 'switzerland'],
  [['zurich'], 'switzerland'], [['bern'], 'switzerland'],
  ...OTHER_COUNTRIES.flatMap(([key, names, cities]) => [...names, ...cities].map((n): [string[], string] => [n.split(' '), key])),
  // Titles: the same office under its usual variants.
  ...PORTFOLIO_OFFICES,
  // (OFFICES below lists the offices these titles name.)
  [['break', 'the', 'ice'], 'opportunity'],
  // resolving a standoff: "a way out of", "break the impasse / deadlock / stalemate"
  [['way', 'out'], 'opportunity'], [['break', 'the', 'impasse'], 'opportunity'],
  [['break', 'the', 'deadlock'], 'opportunity'], [['break', 'the', 'stalemate'], 'opportunity'],
  // the same enabling idiom in other words: "clear the way for talks", "a path to negotiations"
  [['clear', 'the', 'way'], 'opportunity'], [['path', 'to'], 'opportunity'], [['pathway', 'to'], 'opportunity'], [['imports'], 'goods'],
  [['people', 'familiar'], 'people'], [['persons', 'familiar'], 'people'],
  [['look', 'into'], 'consider'], [['looking', 'into'], 'consider'], [['looks', 'into'], 'consider'],
  [['crack', 'down'], 'curb'], [['cracking', 'down'], 'curb'], [['clamp', 'down'], 'curb'],
  [['roll', 'back'], 'reduce'], [['rolling', 'back'], 'reduce'], [['walk', 'back'], 'reduce'],
  // "made it clear that…" states something plainly; it makes nothing (not the produce concept)
  ...['make', 'makes', 'made', 'making'].map((w): [string[], string] => [[w, 'it', 'clear'], 'clear']),
  // taking office is one idiom (a time: "upon taking office", "since he took office"), not a
  // taking and an office apart (two rare words would weigh it twice)
  ...['take', 'takes', 'took', 'taking', 'taken'].map((w): [string[], string] => [[w, 'office'], 'take_office']),
  [['tens', 'of', 'thousands'], 'tens_of_thousands'],
  [['inner', 'circle'], 'aide'], [['real', 'estate'], 'properti'], [['early', 'stages'], 'undecided'],
  [['early', 'stage'], 'undecided'], [['under', 'discussion'], 'undecided'],
  // "tariff war" is what "trade war" names (the words "trade" and "war" apart stay as they are)
  [['tariff', 'war'], 'trade_war'], [['tariff', 'wars'], 'trade_war'], [['trade', 'war'], 'trade_war'], [['trade', 'wars'], 'trade_war'],
  // acting alone: "will not lower its tariffs on its own" / "wouldn't act unilaterally"
  // an endless chase: "a game of whack-a-mole", "a cat-and-mouse game"
  [['whack', 'a', 'mole'], 'endless_chase'], [['cat', 'and', 'mouse'], 'endless_chase'],
  [['on', 'its', 'own'], 'unilateral'], [['on', 'their', 'own'], 'unilateral'], [['by', 'itself'], 'unilateral'], [['hit', 'back'], 'retaliate'],
  // striking back in other words: "fired back with tariffs", "struck back with duties of its own"
  ...['fire', 'fires', 'fired', 'firing', 'strike', 'strikes', 'struck', 'striking', 'hits', 'hitting'].map((w): [string[], string] => [[w, 'back'], 'retaliate']), [['get', 'through', 'to'], 'talk'],
  [['goods'], 'goods'], [['products'], 'goods'], [['merchandise'], 'goods'],
  // "The two countries", "both sides", "the two capitals": a back-reference to the story's two
  // main actors, one referent however worded (two words would count it twice).
  ...(['two', 'both'].flatMap((n) =>
    ['countries', 'nations', 'sides', 'capitals', 'governments', 'economies', 'powers'].map((w): [string[], string] => [[n, w], 'both_sides']),
  )),
];

/**
 * The offices the title aliases above name: each is one office-holder or one body ("the
 * security czar", "China's Ministry of Commerce"), a specific actor like a person's name.
 */
export const OFFICES = new Set([...PORTFOLIOS.map(([key]) => key)]);

/**
 * Stem → concept. Synonyms of news verbs and nouns collapse to one concept token so that a
 * paraphrase shares the token ("slash the tariffs" ~ "lower its levies"). Keys are stems as
 * produced by `stem()` in normalize.ts.
 */
export const CONCEPTS: Record<string, string> = wordTable();
function concept(name: string, words: string): void {
  for (const w of words.split(/\s+/)) CONCEPTS[w] = name;
}
// trade measures
concept('tariff', 'tariff levy levi duty duti tax');
// negotiation
concept('talk', 'talk negotiat negotiation negoti discuss discussion dialogu dialogue communicat communic parley engag engage conversat contact');
concept('meet', 'meet meeting summit');
// changing a level
concept('reduce', 'cut slash lower reduc reduce eas ease trim relief relieve reliev soften');
concept('raise', 'rais raise increas increase hike hikes hiked boost escalat escalate');
// ("lift" is in neither: in the news it raises as often as it removes, "lifted its forecast" /
// "lifted the ban", so it is no evidence of either side of raise / remove)
concept('remove', 'cancel scrap remov remove elimin eliminat abolish revok revoke drop waiv waive');
concept('stop', 'halt stop end freez freeze suspend');
concept('start', 'start begin launch restart resum resume renew');
// deliberation
concept('consider', 'consid consider weigh evalu evaluat review explor explore mull ponder assess study studies studied think');
concept('ask', 'ask inquir inquire inquiri enquir enquiri request query queries queried question seek sought');
concept('propose', 'offer propos proposal plan option concession concess pledg pledge');
concept('deal', 'deal agreement agreements pact');
concept('concern', 'concern gripe gripes worri worry complaint grievanc grievance');
concept('role', 'role roles involv involvement');
// sending someone and their travelling are the same event seen from two sides
concept('travel', 'send sent dispatch travel visit trip');
concept('company', 'compani company firm business busi manufacturer producer maker exporter');
concept('produce', 'mak make produc produce creat create manufactur manufacture');
concept('country', 'country countri nation');
concept('official', 'official offici officer');
concept('curb', 'curb combat fight tackl tackle crackdown restrict');
concept('deny', 'deni deny disput dispute reject refut refute rebuff dismiss');
concept('confirm', 'confirm acknowledg acknowledge admit');
concept('accept', 'accept approv approve endors endorse');
// Taking part: "will join the delegation" / "won't attend the talks" / "participate in".
concept('attend', 'attend join particip participat');
concept('willing', 'willing readi ready readiness keen prepar prepared eager desire inclin');
concept('conflict', 'hostil hostility hostiliti conflict confront confrontation confrontations tension tensions war offensiv offensive assault');
concept('impasse', 'impass impasse deadlock stalemat stalemate standoff stall');
// enabling idioms: "pave the way", "an opening", "an off-ramp", "an icebreaker", and the
// possible means itself: "could be an option for China" says what "could be a way out" says
concept('opportunity', 'opportun opportunity opportunities open opening chanc chance pav pave ramp icebreaker option');
concept('death', 'death die died dying kill fatal fatality fataliti dead');
concept('warn', 'warn warning alert threat');
concept('trafficker', 'traffick trafficker smuggler cartel criminal');
concept('economy', 'econom economy economi economic');
concept('chief', 'czar tsar chief');
concept('want', 'want wish hop hope');
concept('stance', 'stanc stance posit position postur posture');
concept('criticize', 'critic criticiz criticize criticis condemn blast slam');
concept('demand', 'demand insist condition precondit precondition');
// General news paraphrase classes: the same act or state in the words reporters vary between.
// A leader's close advisers: "top aides", "inner circle", "cabinet members", "advisers".
concept('aide', 'aid aide adviser advis advisor cabinet');
// Deliberations not concluded: "remain fluid", "in early stages", "preliminary", "undecided".
concept('undecided', 'fluid preliminari preliminary undecid undecided');
// Advice given: "a list of suggestions", "a set of recommendations".
concept('suggest', 'suggest suggestion recommend recommendat');
// Answering: "in response", "in reply".
concept('respons', 'respons repli');
// Getting something wrong: "a miscalculation", "a costly misreading", "a blunder".
concept('mistake', 'mistak misread miscalculat misjudg blunder');
/**
 * Stems of deciding and concluding. Negated ("has not yet reached a conclusion", "no decision
 * has been made") they say what "fluid" and "in early stages" say: the sentence also gets the
 * `undecided` concept (features.ts).
 */
export const DECISION_STEMS = new Set(['conclus', 'conclud', 'decis', 'decid', 'final', 'finaliz', 'settl']);
// An economy or a demand losing strength: "weak", "faltering", "struggling", "declining", "slump".
concept('weaken', 'weak weaker weaken falter struggl slump sluggish');
// Blame: "accused of", "blamed for", "complicit in", "responsible for".
concept('blame', 'blam blame accus accusat complicit culpabl');
// Tying one thing to another: "linked X to Y", "tied to", "cited X as the reason for".
concept('link', 'link tie tied');
// Putting a levy in place: "imposed", "slapped", "levied" (as a verb).
concept('impose', 'impos impose slap');
// A stated reason not believed: "saw X as an excuse for", "used X as a pretext for", "a smokescreen".
concept('pretext', 'excus pretext smokescreen');
// Striking back: "retaliated", "retaliatory", "hit back".
concept('retaliate', 'retaliat retaliatori retaliatory');

/**
 * Event classes: the concepts above that name what happens (an act), each mapped to its class.
 * Two sentences whose event words all fall in different classes report different events, even
 * when they name the same people and things: "X asked what Washington wants" is not "X offered
 * to travel to Washington"; "the ministry is reviewing an offer of talks over the 145% tariffs"
 * is not "tariffs were raised to 145%". Acts that are one event seen from two sides share a
 * class: meeting, talking and travelling to talk; imposing, raising and retaliating with a levy
 * (all put a level up); reducing and removing one. Nouns of state (impasse, economy) and words
 * that are also common nouns in other senses ("consumer demand") are left out.
 */
export const EVENT_CLASSES: Record<string, string> = wordTable({
  talk: 'contact', meet: 'contact', travel: 'contact',
  raise: 'level_up', impose: 'level_up', retaliate: 'level_up',
  reduce: 'level_down', remove: 'level_down',
  start: 'start', stop: 'stop',
  consider: 'consider', propose: 'propose', ask: 'ask', want: 'want', willing: 'willing',
  curb: 'curb', deny: 'deny', confirm: 'confirm', accept: 'accept', criticize: 'criticize',
  blame: 'blame', link: 'link',
});

/**
 * Nouns that name a person's office, not the person: "the Chinese leader", "security czar",
 * "Treasury Secretary". Two sentences that share one of these share a role, not a fact (see
 * actors.ts). Term keys after stemming and aliasing, and the concept keys of title phrases.
 */
export const PERSON_TITLES = new Set([
  'president', 'premier', 'leader', 'minister', 'secretary', 'chief', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'senator', 'governor', 'chairman', 'official',
  'officials', 'deputy', 'head', 'czar', 'tsar', 'envoy', 'aide', 'adviser', 'advisor',
  'mayor', 'chancellor', 'commissioner', 'mr', 'mrs', 'ms', 'dr',
]);

/**
 * Antonymous predicates: a pair of concepts that, applied to the same thing, are incompatible
 * ("raise" vs "lower" tariffs; "confirm" vs "deny"; "remove" vs merely "reduce").
 */
export const ANTONYMS: [string, string][] = [
  ['raise', 'reduce'],
  ['remove', 'reduce'],
  ['remove', 'raise'],
  ['confirm', 'deny'],
  ['start', 'stop'],
  ['accept', 'deny'],
];

/** Words that deny a verb ("did not reopen", "never met"): a closed class of English. */
export const VERB_NEGATORS: ReadonlySet<string> = new Set(['not', 'n’t', "n't", 'never']);
/** Words that deny by a determiner or pronoun ("no power", "none of them", "neither side"). */
export const DETERMINER_NEGATORS: ReadonlySet<string> = new Set(['no', 'none', 'neither']);

/** Negation cues; the few content words after one are in its scope. */
export const NEGATIONS = new Set([
  'not', 'no', 'never', 'n’t', "n't", 'nt', 'neither', 'nor', 'unable', 'unwilling',
  'cannot', 'refus', 'refuse', 'fail', 'declin', 'decline', 'none', 'nothing',
]);

/**
 * Two-word negation cues, as (first word, second word): "ruled out sending Wang" says he will
 * not be sent. The first word as a pattern (any inflection listed).
 */
export const NEGATION_PHRASES: [RegExp, string][] = [
  [/^rul(e|ed|es|ing)$/, 'out'],
];

/**
 * Nouns of saying: a negation's scope ends at one. "Made no mention of any fentanyl offer"
 * denies the mention, not the offer. Term keys after stemming.
 */
export const SPEECH_NOUNS = new Set(['ment', 'comment', 'remark', 'referenc']);

/** Words that turn "unable"/"unwilling" into their positive base. */
export const NEGATED_ADJECTIVES: Record<string, string> = wordTable({
  unable: 'able', unwilling: 'willing', unclear: 'clear', unlikely: 'likely', unsure: 'sure',
});

/** Modality: hedged / prospective vs. asserted. */
export const MODAL_HEDGES = new Set([
  'consider', 'may', 'might', 'could', 'possibl', 'possible', 'potenti', 'potentially', 'weigh', 'mull',
  'explor', 'explore', 'option', 'propos', 'plan', 'hope', 'seek',
]);

/**
 * Markers after which a predicate is what someone wants, asks or wonders, not what happens:
 * "demanded that Washington slash tariffs", "hopes that both will reduce", "whether Trump is
 * prepared to cut". Polarity and antonym cues do not apply to a predicate in such a clause.
 */
export const IRREALIS_MARKERS = new Set([
  'demand', 'demanded', 'demanding', 'demands', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'hoping',
  'wish', 'wishes', 'urge', 'urged', 'urges', 'whether', 'if', 'unless', 'insist', 'insisted', 'insists',
  'call', 'called', 'calls', 'calling', 'ask', 'asked', 'asks', 'request', 'requested', 'condition',
  // Nouns and verbs of aim or expectation: "our expectations with regard to stopping the flow",
  // "efforts to curb exports", "aims to reduce" state a goal, not that the thing happened.
  'expect', 'expects', 'expected', 'expecting', 'expectation', 'expectations', 'effort', 'efforts',
  'aim', 'aims', 'aimed', 'goal', 'goals',
]);

/** Markers of a precondition: "before the talks", "as a condition for", "only if", "unless". */
export const PRECONDITION_MARKERS = new Set(['before', 'condition', 'precondition', 'unless', 'until', 'prerequisite']);

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];

/** Irregular verb forms → base form (before stemming). */
export const IRREGULAR: Record<string, string> = wordTable({
  said: 'say', says: 'say', told: 'tell', made: 'make', sent: 'send', held: 'hold', took: 'take',
  taken: 'take', gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come', met: 'meet',
  sought: 'seek', brought: 'bring', thought: 'think', bought: 'buy', sold: 'sell', paid: 'pay',
  led: 'lead', left: 'leave', began: 'begin', begun: 'begin', rose: 'rise', risen: 'rise',
  fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow', spoke: 'speak', spoken: 'speak',
  won: 'win', lost: 'lose', kept: 'keep', struck: 'strike', hit: 'hit', cut: 'cut', set: 'set',
  put: 'put', known: 'know', knew: 'know', saw: 'see', seen: 'see', wrote: 'write', written: 'write',
  froze: 'freeze', frozen: 'freeze', drew: 'draw', drawn: 'draw', chose: 'choose', chosen: 'choose',
  felt: 'feel', heard: 'hear', meant: 'mean', found: 'find', became: 'become', ran: 'run',
  slashed: 'slash', lifted: 'lift', handed: 'give', men: 'man', women: 'woman', children: 'child', duties: 'duty',
  levies: 'levy', countries: 'country', companies: 'company', talks: 'talk',
});

/**
 * Trade measures a government imposes and justifies (see cause-frame.ts): term keys after
 * stemming, concepts and aliases ("trade war" and "tariff war" are one term, `trade_war`).
 */
export const TRADE_MEASURES = new Set(['tariff', 'sanct', 'embargo', 'trade_war']);

/**
 * Causal markers that tie a measure to its stated reason: "linked/tied to", "blamed for",
 * "complicit in", "over its role in", "the reason for", "in response to", "to punish", "justified
 * by", "on the grounds that" (not
 * "punitive tariffs": an adjective of the measure, not a link to a reason).
 */
export const CAUSAL_MARKERS = new Set([
  'link', 'blame', 'role', 'reason', 'respons', 'responsibl', 'punish',
  // "justified by", "as justification", "on the grounds that"
  'justifi', 'justificat', 'ground',
  // "invoked the drug when imposing the duties"
  'invok',
]);

/** Causal markers whose cause is their object, after them: "invoked the drug when imposing…". */
export const CAUSE_AFTER_MARKERS = new Set(['invok']);

/**
 * Members of a class named by their class word, for frames only (cause-frame.ts): "the
 * fentanyl crisis" and "a drug-overdose crisis" are one cause. Not in the pair score, where the
 * class word would make every drug sentence of a drug story alike.
 */
export const HYPERNYMS: Record<string, string> = wordTable({
  fentanyl: 'drug', opioid: 'drug', heroin: 'drug', cocain: 'drug', methamphetamin: 'drug', meth: 'drug',
  narcotic: 'drug', overdos: 'drug', steel: 'metal', aluminum: 'metal', aluminium: 'metal', copper: 'metal',
});

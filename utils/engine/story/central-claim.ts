// The story's central claim. News is written as an inverted pyramid: the headline and the first
// sentence (the lede) state the one fact the story is about, and every outlet covering the
// story states it there, each in its own words ("X weighs an offer to start talks", "X's
// outreach created an opening for talks", "X is looking into concessions to restart talks").
// The same claim comes back further down ("the news that X was weighing …", "… may offer the
// long-awaited opportunity for …").
//
// The central-claim profile is the set of terms that the ledes of several covering documents
// share, each weighted by the share of ledes carrying it. A sentence anywhere in the story
// whose terms carry a large part of that profile's weight restates the central claim; all
// restatements report the same fact, so they are paired with one another across outlets, and
// (being the story's one recurring claim) not with the story's other, narrower facts.
// Two stricter tests catch restatements worded apart from the ledes: the frame most ledes share
// (subject, kind of act, object, mood), and the story words most ledes carry (the thing and
// what it is for); see `ledeFrame`.
import { asksQuestion, tokensOf, type SentenceFeatures } from '../text/features';
import { eventClasses } from '../relations/event-frame';
import { EVENT_CLASSES, PLACE_KEYS } from '../text/lexicon';
import { termSet } from '../index/similarity';
import { perSentence } from '../text/memo';
import { GENERIC_NEWS_TERMS } from './story-gate';
import { storyActors } from './background';
import { wordKey } from '../text/normalize';

/**
 * At most this many headline and deck lines (lines without final punctuation) at the top of a
 * text count as part of its lede: a headline and a deck (subheadline) under it.
 */
const MAX_HEADLINE_LINES = 2;

/**
 * The lede of an article: its headline and deck, when the text starts with them (lines without
 * final punctuation), and the first sentence of the body. The second body sentence already
 * moves on to supporting facts (who said it, the background), so it is not part of it.
 */
export function ledeOf(sentences: readonly SentenceFeatures[]): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  for (const s of sentences) {
    out.push(s);
    if (endsSentence(s.text) || out.length > MAX_HEADLINE_LINES) break;
  }
  return out;
}

function endsSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*\s*$/.test(text);
}
/**
 * A term is part of the central claim only when at least this many ledes carry it: one
 * outlet's angle is not the story's claim.
 */
const MIN_LEDES_PER_TERM = 2;
/**
 * The central claim needs ledes from at least this many documents (page included) to be told
 * apart from one outlet's wording.
 */
const MIN_LEDES = 3;
/**
 * Beat words (GENERIC_NEWS_TERMS: countries, offices, "talks", "tariffs") and the story's own
 * actors (`beatTerms`) are in every lede of the story; they count at half weight, so that the
 * story's own terms (the thing offered, the act) decide.
 */
const GENERIC_LEDE_WEIGHT = 0.5;
/**
 * A sentence restates the central claim when its profile weight is at least this share of the
 * best restatement in the story (the strongest lede). Relative, because how much of the profile
 * one sentence can carry depends on how varied the ledes are. A restatement names the subject
 * and most of the act ("weighs an offer … to start talks"); sentences with the subject and
 * actors but none of the ledes' acts are not candidates at all (see `carriesAct`). On the seed
 * labels every share from 0.5 to 0.6 gives the same pairs (0.65 loses restatements); 0.55 is
 * the middle of that plateau. MAX_PER_DOC limits the loss when the bar is too low for a story.
 */
export const CENTRAL_SHARE_OF_BEST = 0.55;

/**
 * A sentence whose terms are almost all in a restatement of the same document repeats it (a
 * deck under the headline that the lede then expands, a recap). 0.8: all but one term in five.
 */
const REPEAT_SHARE = 0.8;
/**
 * A subhead of a few words ("From dialogue to deadlock?", "Union meeting on Friday") names a
 * theme, not a claim; a claim that repeats the lede names an actor, an act, its object and a
 * circumstance: six content terms at least.
 */
const MIN_REPEAT_TERMS = 6;

/**
 * An article states its central claim in the headline, the lede and perhaps once more further
 * down; past MAX_PER_DOC sentences (the strongest kept) the rest are narrower facts that
 * happen to share the story's words. Bounds the damage of a loose profile (the frame's stricter
 * tests are not capped).
 */
const MAX_PER_DOC = 3;

export interface CentralProfile {
  weights: Map<string, number>;
  total: number;
}

/** The profile from the ledes of the page and of each covering document. */
export function centralProfile(ledes: SentenceFeatures[][], beat: ReadonlySet<string> = GENERIC_NEWS_TERMS): CentralProfile | null {
  if (ledes.length < MIN_LEDES) return null;
  const count = new Map<string, number>();
  for (const lede of ledes) {
    const terms = new Set<string>();
    for (const s of lede) for (const t of s.terms) if (!t.startsWith('#')) terms.add(t);
    for (const t of terms) count.set(t, (count.get(t) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  let total = 0;
  for (const [t, n] of count) {
    if (n < MIN_LEDES_PER_TERM) continue;
    const w = (n / ledes.length) * (beat.has(t) ? GENERIC_LEDE_WEIGHT : 1);
    weights.set(t, w);
    total += w;
  }
  return total ? { weights, total } : null;
}

/** Share of the profile's weight that the sentence carries, in [0, 1]. */
export function centralWeight(s: SentenceFeatures, profile: CentralProfile): number {
  let w = 0;
  for (const t of s.terms) w += profile.weights.get(t) ?? 0;
  return w / profile.total;
}

/**
 * The terms sentences carry for the story's main actors (`actors`, detail keys from
 * background.ts): the two countries of a trade dispute, the island of an earthquake, the company
 * of a strike, found from the story's own sentences.
 */
export function actorTerms(actors: ReadonlySet<string>): Set<string> {
  return new Set([...actors].flatMap((key) => [key, wordKey(key)]));
}

/**
 * The words that every sentence of this story may carry without restating its claim: the beat's
 * (GENERIC_NEWS_TERMS) and the story's main actors'.
 */
export function beatTerms(actors: ReadonlySet<string>): Set<string> {
  return new Set([...GENERIC_NEWS_TERMS, ...actorTerms(actors)]);
}

/**
 * For each document's sentences (page first, then the covering documents), which of them
 * restate the central claim. Empty sets when the story has too few ledes for a profile.
 * `actors` are the story's main actors (storyBackground); by default, those of these documents.
 */
export function centralRestatements(docs: SentenceFeatures[][], actors: ReadonlySet<string> = storyActors(docs.flat())): Set<number>[] {
  const ledes = docs.map(ledeOf);
  const beat = beatTerms(actors);
  const profile = centralProfile(ledes, beat);
  if (!profile) return docs.map(() => new Set());
  // The central claim is an act (weighing an offer, agreeing to talks): a sentence that carries
  // the story's subject and actors but none of the acts the ledes report is background.
  const acts = new Set([...profile.weights.keys()].flatMap((t) => (EVENT_CLASSES[t] ? [EVENT_CLASSES[t]] : [])));
  // Without an act the lexicon knows in the ledes (a crash, a verdict: EVENT_CLASSES holds the
  // acts of negotiation, policy and disaster counts, not every story's), the profile cannot tell
  // the claim from the details that only identify the story ("an Air India flight to London"):
  // every sentence naming the flight would restate it, and pair with every lede while narrower
  // claims could not. Then no sentence is a restatement, and pairs are judged on their own.
  // Measured on the three stories without such an act: air crash 0.372 -> 0.457, verdict 0.360
  // -> 0.373, earthquake 0.692 -> 0.695; the seed story (its acts are known) is unchanged.
  if (!acts.size) return docs.map(() => new Set());
  const carriesAct = (s: SentenceFeatures): boolean => [...eventClasses(s)].some((c) => acts.has(c));
  // Beat words and the story's actors are in every sentence of the story: a sentence that carries
  // only them and an act ("US officials will meet Chinese delegates in Switzerland for trade
  // talks") says the story is happening, not what it is about.
  const carriesStoryWord = (s: SentenceFeatures): boolean => s.terms.some((t) => profile.weights.has(t) && !beat.has(t));
  const weights = docs.map((d) => d.map((s) => (carriesAct(s) && carriesStoryWord(s) && mayRestate(s) ? centralWeight(s, profile) : 0)));
  // A loop, not Math.max(...spread): a story of very long documents holds more sentences than a
  // call's argument limit (~125,000 in V8).
  let best = 0;
  for (const d of weights) for (const w of d) if (w > best) best = w;
  const bar = Math.max(CENTRAL_SHARE_OF_BEST * best, Number.MIN_VALUE);
  const frame = ledeFrame(ledes, actors);
  return weights.map((ws, k) => {
    // The story's object (what nearly every lede is about) is in every restatement: the profile's
    // share alone lets in a sentence on a side plan that shares the ledes' idioms and actors
    // ("That plan would include sending Beijing's top security official … to break the ice").
    const above = ws.flatMap((w, i) => (w >= bar && carriesObjects(docs[k][i], frame) ? [i] : []));
    const found = new Set(above.sort((a, b) => ws[b] - ws[a]).slice(0, MAX_PER_DOC));
    // The frame's tests are strict (every object, subject and act, or every story word), so
    // what they find is not capped like the profile's looser share.
    if (frame) docs[k].forEach((s, i) => mayRestate(s) && (statesFrame(s, frame) || namesStoryTerms(s, frame)) && found.add(i));
    const restatements = [...found].map((i) => new Set(docs[k][i].terms));
    docs[k].forEach((s, i) => {
      if (found.size < MAX_PER_DOC && !found.has(i) && s.terms.length >= MIN_REPEAT_TERMS && mayRestate(s) && restatements.some((r) => repeats(s, r))) found.add(i);
    });
    return found;
  });
}

/**
 * A sentence anchored in an earlier time ("Back in 2017, …", "Six years ago, …", "during his
 * first term") tells an earlier episode of the story, however alike its words: a news lede is
 * about now, and its restatements are too. Any year counts (stored articles carry no reliable
 * date to compare with): a lede dates its news by weekday or "this week", not by year.
 */
const PAST_ANCHOR = /\b(?:back in|in|during|since)\s+(?:19|20)\d\d\b|\b(?:\w+|\d+)\s+years?\s+ago\b|\bfirst\s+(?:term|stint|presidency|administration)\b/i;

/**
 * A restatement of the story's claim reports it now, in the writer's voice: not an earlier
 * episode (setInThePast), not someone's words (quotation), not a question (asksQuestion).
 */
function mayRestate(s: SentenceFeatures): boolean {
  return !setInThePast(s) && !quotation(s) && !asksQuestion(s);
}

const setInThePast = perSentence((s: SentenceFeatures): boolean => PAST_ANCHOR.test(s.text));

/**
 * A sentence that is mostly someone's quoted words ("“Fentanyl could open the door,” an analyst
 * said") gives that person's view, not the story's claim in the outlet's voice, however many of
 * the ledes' words it uses: it is matched as itself, never as a restatement. Mostly: it opens
 * with the quote (the attribution follows), or more than half its letters are inside quotation
 * marks.
 */
const QUOTED_SHARE = 0.5;
const quotation = perSentence((s: SentenceFeatures): boolean => {
  // Opens with the quote, then says who: "“…,” Yun Sun, director of …, told the paper."
  if (/^\s*[“"‘]/.test(s.text)) return true;
  if (!/[“"]/.test(s.text)) return false;
  // Letters inside and outside quotation marks, counted over the quoted stretches' lengths.
  let inside = 0, open = -1;
  const letters = (from: number, to: number) => (s.text.slice(from, to).match(/\p{L}/gu) ?? []).length;
  for (let i = 0; i < s.text.length; i++) {
    const ch = s.text[i];
    if (ch !== '“' && ch !== '”' && ch !== '"') continue;
    const opens = ch === '“' || (ch === '"' && open < 0);
    if (opens && open < 0) open = i;
    else if (!opens && open >= 0) {
      inside += letters(open, i);
      open = -1;
    }
  }
  return inside > QUOTED_SHARE * letters(0, s.text.length);
});

/**
 * Does the sentence carry one of the ledes' object words (trivially, without a frame or
 * objects)? One, not all: a story whose ledes share several ("wage", "strike", "dockworkers")
 * is restated with some of them ("a pay offer to end the strike").
 */
function carriesObjects(s: SentenceFeatures, frame: LedeFrame | null): boolean {
  if (!frame?.objects.length) return true;
  const terms = termSet(s);
  return frame.objects.some((o) => terms.has(o));
}

function repeats(s: SentenceFeatures, restatement: ReadonlySet<string>): boolean {
  return s.terms.filter((t) => restatement.has(t)).length >= REPEAT_SHARE * s.terms.length;
}

/**
 * The central claim as a frame: who acts, what kind of act, about what, and in which mood, as
 * most ledes put it ("Beijing weighs a fentanyl offer", "China is considering ways to address
 * fentanyl", "Beijing is weighing options over fentanyl": China · consider · fentanyl · hedged).
 * The bag-of-words profile misses restatements worded apart from the ledes; a sentence with the
 * same subject, act, object and mood states the same claim whatever its other words. Outlets
 * that open with an anecdote (a delayed lede) state the claim further down in exactly this form.
 */
export interface LedeFrame {
  /**
   * Actors that come first in most ledes: a country (with its capital: "Beijing" = China) or one
   * of the story's main actors (a company, a person, a place; background.ts), which is how a
   * story led by a company or a person gets a frame too.
   */
  subjects: Set<string>;
  /** The act (first event word's class) of most of the ledes that report one. */
  acts: Set<string>;
  /** Story words (not beat words, acts or places) that nearly every lede carries. */
  objects: string[];
  /** Most ledes that report an act hedge it (weighs, considers, may): a restatement does too. */
  hedged: boolean;
  /**
   * Story words (as `objects`) that most ledes carry: the thing and what it is for ("fentanyl",
   * "opening"). A sentence in the outlet's own words with all of them restates the claim even
   * without its subject or act ("Turning back to fentanyl could be one way to break the impasse").
   */
  storyTerms: string[];
}

/** "Most ledes": three in five. */
const FRAME_MAJORITY = 0.6;
/** "Nearly every lede": four in five, so the object is the story's own thing, not an angle. */
const FRAME_OBJECT_SHARE = 0.8;

export function ledeFrame(ledes: SentenceFeatures[][], actors: ReadonlySet<string> = new Set()): LedeFrame | null {
  if (ledes.length < MIN_LEDES) return null;
  const beat = beatTerms(actors);
  const leading = actorTerms(actors);
  // A share of the ledes that have a say: the subject and the act are counted among the ledes
  // that name an actor, or report an act, at all. A lede that opens on an anecdote (a delayed
  // lede: "Six years ago, …") says nothing about the news, so it does not dilute the others'
  // act and mood down to what every sentence of the story has.
  const inMost = (share: number, keysOf: (lede: SentenceFeatures[]) => string[], voters: SentenceFeatures[][] = ledes) => {
    const count = new Map<string, number>();
    for (const lede of voters) for (const k of new Set(keysOf(lede))) count.set(k, (count.get(k) ?? 0) + 1);
    return [...count].filter(([, n]) => n >= share * voters.length).map(([k]) => k);
  };
  const subjectsOf = (lede: SentenceFeatures[]) => lede.flatMap((s) => s.seq.find(([k]) => PLACE_KEYS.has(k) || leading.has(k))?.[0] ?? []);
  // A lede's act is the first event word of each of its lines: "Beijing weighs an offer to start
  // talks" reports weighing; starting talks is its purpose (which every sentence on the story has).
  const actsOf = (lede: SentenceFeatures[]) => lede.flatMap((s) => firstAct(s) ?? []);
  const reporting = ledes.filter((lede) => actsOf(lede).length);
  const subjects = inMost(FRAME_MAJORITY, subjectsOf, ledes.filter((lede) => subjectsOf(lede).length));
  const acts = reporting.length >= MIN_LEDES ? inMost(FRAME_MAJORITY, actsOf, reporting) : [];
  const storyWords = (lede: SentenceFeatures[]) =>
    lede.flatMap((s) => s.terms.filter((t) => !t.startsWith('#') && !beat.has(t) && !EVENT_CLASSES[t]));
  const objects = inMost(FRAME_OBJECT_SHARE, storyWords);
  const storyTerms = inMost(FRAME_MAJORITY, storyWords);
  const hedged = reporting.filter((lede) => lede.some((s) => s.hedged)).length >= FRAME_MAJORITY * reporting.length;
  return { subjects: new Set(subjects), acts: new Set(acts), objects, hedged, storyTerms };
}

/** The event class of the sentence's first event word (in EVENT_CLASSES), if any. */
function firstAct(s: SentenceFeatures): string | undefined {
  for (const [t] of s.seq) if (EVENT_CLASSES[t] !== undefined) return EVENT_CLASSES[t];
  return undefined;
}

/**
 * One story word is a topic, not a claim: the story-words test needs at least two ("fentanyl"
 * and "opening"), each in most ledes.
 */
const MIN_STORY_TERMS = 2;

/**
 * Does the sentence carry every story word of the ledes, outside quotations, as a full sentence?
 * A subhead ("Fentanyl as an icebreaker") names a theme; a source's quoted remark is comment.
 */
export function namesStoryTerms(s: SentenceFeatures, frame: LedeFrame): boolean {
  if (frame.storyTerms.length < MIN_STORY_TERMS || !endsSentence(s.text)) return false;
  const terms = termSet(s);
  if (!frame.storyTerms.every((t) => terms.has(t))) return false;
  const quoted = quotedTokens(s);
  return frame.storyTerms.every((t) => s.seq.some(([k, tok]) => k === t && !quoted(tok)));
}

/** Is the token at this index inside one of the sentence's quotations? */
function quotedTokens(s: SentenceFeatures): (tok: number) => boolean {
  if (!s.quotes.length) return () => false;
  const tokens = tokensOf(s);
  return (tok) => s.quotes.some((q) => tokens[tok].start >= q.start && tokens[tok].start < q.end);
}

/**
 * Does the sentence state the frame? Every object, the mood, and a frame subject whose own act
 * (the first event word after it) is an un-negated frame act: "China is considering …", not
 * "… unaware of China’s plans to offer talks" (the act after China is the offer, and the talks
 * are its object). The subject must be the outlet's own words, not inside a quotation: a
 * source's remark about the actor ("“China is one of the most effective countries …”") is comment.
 */
export function statesFrame(s: SentenceFeatures, frame: LedeFrame): boolean {
  if (!frame.subjects.size || !frame.acts.size || !frame.objects.length) return false;
  if (frame.hedged && !s.hedged) return false;
  const terms = termSet(s);
  if (!frame.objects.every((o) => terms.has(o))) return false;
  const quoted = quotedTokens(s);
  return s.seq.some(([t, tok], i) => {
    if (!frame.subjects.has(t) || quoted(tok)) return false;
    const act = s.seq.slice(i + 1).find(([u]) => EVENT_CLASSES[u] !== undefined)?.[0];
    return act !== undefined && frame.acts.has(EVENT_CLASSES[act]) && !s.negated.includes(act);
  });
}

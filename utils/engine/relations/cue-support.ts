// What the contradiction cues share: the cue and its proof (each side's value in its own words,
// and where), a concept's own words in a sentence, and the tests of names, days and periods that
// the figure cue (relations.ts) and the polarity and antonym cues (polarity-cues.ts) both ask.
import { tokensOf, type SentenceFeatures } from '../text/features';
import { wordKey } from '../text/normalize';
import type { ContradictionProof, ProofSide } from '../types';
import { perSentence } from '../text/memo';
import { daysConflict, eventDays, monthAgainstDate } from './event-days';

export interface ContradictionCue {
  kind: 'number' | 'polarity' | 'antonym' | 'precondition' | 'date' | 'place' | 'actor';
  /**
   * Strong cues describe the same event frame on their own (the same predicate and object with
   * opposite polarity, or two preconditions that require different things): they may promote a
   * pair whose overall word overlap is below the pair threshold (see CONTRADICTION_MIN_SCORE).
   */
  strong: boolean;
  why: string;
  /** The evidence: what both sides state, and each side's value in its own words. */
  proof: ContradictionProof;
}

/**
 * One side of a proof: the value as the sentence words it and where. The words are found in
 * order (a predicate and its object need not be adjacent: "not reduce … tariffs"); the span runs
 * from the first to the last of them.
 */
export function proofSide(text: string, value: string): ProofSide {
  const lower = text.toLowerCase();
  const whole = lower.indexOf(value.toLowerCase());
  if (whole >= 0) return { value, span: { start: whole, end: whole + value.length } };
  let start = -1, end = -1, from = 0;
  for (const w of value.toLowerCase().split(/\s+/).filter((x) => x && x !== 'not')) {
    const at = lower.indexOf(w, from);
    if (at < 0) continue;
    if (start < 0) start = at;
    end = at + w.length;
    from = end;
  }
  return { value, span: start < 0 ? { start: 0, end: 0 } : { start, end } };
}

export function proofOf(kind: ContradictionProof['kind'], about: string, a: SentenceFeatures, pageValue: string, b: SentenceFeatures, otherValue: string): ContradictionProof {
  return { kind, about, page: proofSide(a.text, pageValue), other: proofSide(b.text, otherValue) };
}

/** How far apart (in content terms) a predicate and its object may be: "slash its steep tariffs". */
export const PREDICATE_WINDOW = 4;

/** Two-word names of people: their keys ("wang xiaohong") and how the sentence writes them. */
export const fullNames = perSentence((s): { key: string; name: string }[] => {
  const out: { key: string; name: string }[] = [];
  for (const d of s.details) {
    if (!d.name || d.name.split(' ').length !== 2 || out.some((n) => n.name === d.name)) continue;
    const keys = s.details.filter((x) => x.name === d.name).map((x) => x.key);
    if (keys.length === 2) out.push({ key: keys.join(' '), name: d.name });
  }
  return out;
});

/** Are the two sentences set on days (or months) that cannot be the same? */
export function daysApart(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const da = eventDays(a), db = eventDays(b);
  return !!da && !!db && (daysConflict(da, db) || monthAgainstDate(da, db));
}

export const PERIOD =
  /\b(?:(this|last|next)|(?:in|over|during|for|after|through|across)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|a\s+)?((?:first|second|third|fourth|final|full|whole|past|previous|last|next|regular|current|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?)\s*(season|winter|summer|spring|autumn|career|quarter|year|month|week|half|term|decade|games?|matches|doses?|rounds?|innings|laps?)\b/i;

/** The first token of the term in the sentence, or -1. */
export function tokenOf(s: SentenceFeatures, key: string): number {
  return s.seq.find(([k]) => k === key)?.[1] ?? -1;
}

/** The sentence's own words for the terms, in the order it says them. */
export function inOrder(s: SentenceFeatures, terms: string[]): string {
  const at = (t: string) => s.seq.find(([k]) => k === t)?.[1] ?? 0;
  return [...terms].sort((x, y) => at(x) - at(y)).map((t) => word(s, t)).join(' ');
}

/** The surface word of a concept in a sentence, for the reason text. */
export function word(s: SentenceFeatures, key: string): string {
  const at = tokenOf(s, key);
  const tok = at >= 0 ? tokenAt(s.text, at) : tokensOf(s).find((t) => wordKey(t.lower) === key)?.text;
  if (!tok) return key;
  // "U.S." stays whole; "Beijing’s" loses nothing but what follows its letters
  if (/^(?:\p{L}\.){2,}$/u.test(tok)) return tok;
  const m = /[\p{L}’'-]+/u.exec(tok);
  return m ? m[0] : key;
}

function tokenAt(text: string, tok: number): string | undefined {
  const re = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:[’'][\p{L}]+)*|[$€£¥%]/gu;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (i === tok) return m[0];
    i++;
    // "wasn’t" is one regex match but two tokens
    if (/n[’']t$/i.test(m[0])) i++;
  }
  return undefined;
}

// Relation of an aligned pair (page claim, other outlet's sentence): contradicts / adds / agree,
// with a short reason a reader understands.
//
// Contradiction needs an explicit cue; absent one, "adds" when the other sentence carries a
// material detail (number, name, place, date) the claim lacks, otherwise "agree".
import type { SentenceFeatures } from './features';
import { ANTONYMS } from './lexicon';
import type { Detail } from './normalize';
import { formatQuantity, sameQuantity, sameValue, type Quantity } from './numbers';
import type { Relation } from './types';

export interface RelationResult {
  relation: Relation;
  why: string;
  /** Material details the other sentence adds (for "adds" and for ranking additions). */
  added: Detail[];
}

/** How far apart (in content terms) a predicate and its object may be: "slash its steep tariffs". */
const PREDICATE_WINDOW = 4;

export function classify(claim: SentenceFeatures, other: SentenceFeatures, otherOutlet: string): RelationResult {
  const contra = contradiction(claim, other, otherOutlet);
  if (contra) return { relation: 'contradicts', why: contra, added: [] };
  const added = addedDetails(claim, other);
  if (added.length) return { relation: 'adds', why: 'adds: ' + added.map((d) => d.label).slice(0, 4).join(', '), added };
  return { relation: 'agree', why: agreeWhy(claim, other), added };
}

// ---------------------------------------------------------------------------------------------
// Contradiction cues

export function contradiction(a: SentenceFeatures, b: SentenceFeatures, outlet: string): string | null {
  return numberConflict(a, b, outlet) ?? polarityConflict(a, b, outlet) ?? antonymConflict(a, b, outlet);
}

/**
 * The same quantity (same unit, same multiplicity, same thing measured) with a different value,
 * and neither sentence states the other's value for it. "10% twice" vs "20%" is not comparable
 * (multiplicity differs), "125% and 145%" vs "145%" is not a conflict (the value is there).
 */
function numberConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string): string | null {
  for (const qa of a.quantities) {
    const peers = b.quantities.filter((qb) => sameQuantity(qa, qb));
    if (!peers.length) continue;
    if (peers.some((qb) => sameValue(qa, qb))) continue;
    // The other value must not also be stated on the page for the same thing.
    const qb = peers[0];
    if (a.quantities.some((q) => sameQuantity(q, qb) && sameValue(q, qb))) continue;
    // "at least 145%" does not contradict "150%"; hedged bounds are compatible upward.
    if (qa.approx && qb.approx) continue;
    return `${outlet}: ${describe(qb)}; this page: ${describe(qa)}`;
  }
  return null;
}

function describe(q: Quantity): string {
  return formatQuantity(q);
}

/**
 * Opposite polarity of a shared predicate: the claim negates (not / unable / unwilling / never)
 * two or more content terms that the other sentence asserts without negation, or vice versa.
 * Two terms (predicate + object, e.g. "reduce" + "tariff") so that a negation elsewhere in a
 * long sentence does not flip an unrelated shared word.
 */
function polarityConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string): string | null {
  const one = negatedAsserted(a, b);
  if (one) return `${outlet} asserts what this page negates: ${one}`;
  const two = negatedAsserted(b, a);
  if (two) return `${outlet} negates what this page asserts: ${two}`;
  return null;
}

function negatedAsserted(neg: SentenceFeatures, pos: SentenceFeatures): string | null {
  if (!neg.negated.length) return null;
  const posTerms = new Set(pos.terms);
  const posNegated = new Set(pos.negated);
  const shared = neg.negated.filter((t) => posTerms.has(t) && !posNegated.has(t) && !t.startsWith('#'));
  if (shared.length >= 2 || (shared.length === 1 && neg.negated.length === 1)) return shared.join(' ');
  return null;
}

/**
 * Antonymous predicates on the same object: "raise" vs "lower" tariffs, "cancel" vs "cut"
 * tariffs, "confirm" vs "deny". The object must follow each predicate within a few terms.
 */
function antonymConflict(a: SentenceFeatures, b: SentenceFeatures, outlet: string): string | null {
  for (const [x, y] of ANTONYMS) {
    for (const [p, q] of [[x, y], [y, x]] as const) {
      const objA = objectsOf(a, p), objB = objectsOf(b, q);
      if (!objA.length || !objB.length) continue;
      // each side must lack the other's predicate, otherwise the sentences discuss both options
      if (a.terms.includes(q) || b.terms.includes(p)) continue;
      const common = objA.filter((o) => objB.includes(o));
      if (common.length) return `${outlet}: ${word(b, q)} ${common[0]}; this page: ${word(a, p)} ${common[0]}`;
    }
  }
  return null;
}

function objectsOf(s: SentenceFeatures, predicate: string): string[] {
  const out: string[] = [];
  s.seq.forEach(([k], i) => {
    if (k !== predicate) return;
    for (let j = i + 1; j < Math.min(s.seq.length, i + 1 + PREDICATE_WINDOW); j++) out.push(s.seq[j][0]);
  });
  return out;
}

/** The surface word of a concept in a sentence, for the reason text. */
function word(s: SentenceFeatures, key: string): string {
  const hit = s.seq.find(([k]) => k === key);
  if (!hit) return key;
  const m = /[\p{L}’'-]+/u.exec(tokenAt(s.text, hit[1]) ?? '');
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

// ---------------------------------------------------------------------------------------------
// Additions

/** Details (names, places, dates, numbers) the other sentence has and the claim lacks. */
export function addedDetails(claim: SentenceFeatures, other: SentenceFeatures): Detail[] {
  const have = new Set(claim.details.map((d) => d.key));
  const claimTerms = new Set(claim.terms);
  const out: Detail[] = [];
  for (const d of other.details) {
    if (have.has(d.key)) continue;
    // a name the claim states as a plain word (e.g. a country as an adjective) is not new
    if (claimTerms.has(d.key)) continue;
    out.push(d);
  }
  for (const q of other.quantities) {
    if (q.unit === 'year') continue;
    if (claim.quantities.some((c) => c.unit === q.unit && sameValue(c, q))) continue;
    out.push({ kind: 'number', key: '#' + q.value + q.unit, label: q.label });
  }
  return out;
}

function agreeWhy(claim: SentenceFeatures, other: SentenceFeatures): string {
  const shared = claim.quantities.filter((q) => other.quantities.some((o) => sameQuantity(q, o) && sameValue(q, o)));
  if (shared.length) return 'same figures: ' + shared.map(formatQuantity).join(', ');
  return 'reports the same';
}

// Contradictions as the reader sees them. A "contradicts" match is shown in red only with its
// proof (Match.proof: what both sides state and each side's value), because the proof is what
// lets a reader check the claim of a contradiction for themselves. The engine promises a proof
// on every contradiction; a match that arrives without one (an older engine, a stored report,
// a bug) or with one the sidebar cannot read is shown as "adds" rather than as an unexplained red.
import type { ContradictionProof, Match, Relation, Span } from '../engine/types';

const KINDS: ReadonlySet<string> = new Set<ContradictionProof['kind']>(['figure', 'date', 'place', 'person', 'polarity', 'precondition']);

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The proof the sidebar shows for a match, or null: only on a "contradicts" match, and only when
 * every part a reader is told (kind, what it is about, both values) is there. Spans are not
 * required: a bad span only loses its <mark> (markedParts), the words are still shown.
 */
export function readableProof(m: Pick<Match, 'relation' | 'proof'>): ContradictionProof | null {
  if (m.relation !== 'contradicts') return null;
  const p: unknown = m.proof;
  if (!isRecord(p) || !KINDS.has(p.kind as string) || !isText(p.about)) return null;
  if (!isRecord(p.page) || !isText(p.page.value) || !isRecord(p.other) || !isText(p.other.value)) return null;
  return p as unknown as ContradictionProof;
}

/** The relation a match is shown with: "contradicts" without a readable proof reads as "adds". */
export function shownRelation(m: Pick<Match, 'relation' | 'proof'>): Relation {
  return m.relation === 'contradicts' && !readableProof(m) ? 'adds' : m.relation;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * `text` cut into consecutive parts, the ones inside `spans` marked, so the view can build
 * <mark> elements from plain slices (never an HTML string). Spans that do not fit the text
 * (negative, past its end, empty, not whole numbers) are ignored; overlapping ones are merged.
 * The parts always join back to `text`.
 */
export function markedParts(text: string, spans: readonly (Span | null | undefined)[]): TextPart[] {
  const ok = spans
    .filter((s): s is Span => !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of ok) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) parts.push({ text: text.slice(at, s.start), marked: false });
    parts.push({ text: text.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

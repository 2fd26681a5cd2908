// A sentence with some of its words marked (a contradiction's value), built from plain text
// slices: page and corpus text only ever becomes text nodes, never HTML.
import type { Span } from '../utils/engine/types';
import { markedParts } from '../utils/page/proof-view';

export function MarkedText({ text, spans }: { text: string; spans: readonly (Span | null | undefined)[] }) {
  return <>{markedParts(text, spans).map((p, i) => (p.marked ? <mark key={i} class="sc-mark">{p.text}</mark> : p.text))}</>;
}

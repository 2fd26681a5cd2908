// The extension's reader page shows a stored document as plain text, one paragraph per line,
// with the matched sentence marked. Pure: the text's lines cut around one span.
import { splitSentences } from '../engine';

export interface ReaderPiece {
  text: string;
  marked: boolean;
}

/** The document's lines, each as pieces; the part of each line inside `span` is marked. */
export function readerParagraphs(text: string, span: { start: number; end: number } | null): ReaderPiece[][] {
  const out: ReaderPiece[][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (!line.trim()) continue;
    if (!span || span.end <= start || span.start >= end) {
      out.push([{ text: line, marked: false }]);
      continue;
    }
    const a = Math.max(span.start, start) - start;
    const b = Math.min(span.end, end) - start;
    out.push(
      [
        { text: line.slice(0, a), marked: false },
        { text: line.slice(a, b), marked: true },
        { text: line.slice(b), marked: false },
      ].filter((p) => p.text),
    );
  }
  return out;
}

/** The span of sentence `index` of `text`, as the engine numbers sentences (Match.sentenceIndex). */
export function sentenceSpan(text: string, index: number): { start: number; end: number } | null {
  const s = splitSentences(text)[index];
  return s ? { start: s.start, end: s.end } : null;
}

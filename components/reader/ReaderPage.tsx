// The extension's own reader (reader.html?doc=<id>&s=<sentence>): a stored document that has no
// web address (a seed, an imported .txt) opened from a match in the sidebar, scrolled to the
// matched sentence and marked. Corpus text is untrusted: it is rendered only as text nodes.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredDoc } from '../../utils/storage/types';
import { readerParagraphs, sentenceSpan } from '../../utils/reader/paragraphs';
import { formatDay } from '../corpus/format';

export interface ReaderPageProps {
  docId: string | null;
  sentenceIndex: number | null;
  loadDoc(id: string): Promise<StoredDoc | undefined>;
}

export function ReaderPage({ docId, sentenceIndex, loadDoc }: ReaderPageProps) {
  const [state, setState] = useState<{ doc: StoredDoc } | { error: string } | null>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!docId) {
      setState({ error: 'No document was asked for.' });
      return;
    }
    loadDoc(docId).then(
      (doc) => setState(doc ? { doc } : { error: 'This document is no longer in your corpus.' }),
      (e) => setState({ error: `The corpus could not be opened: ${e instanceof Error ? e.message : String(e)}` }),
    );
  }, [docId, loadDoc]);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [state]);

  if (!state) return <p role="status">Opening the document…</p>;
  if ('error' in state) return <p role="alert">{state.error}</p>;
  const { doc } = state;
  const span = sentenceIndex === null ? null : sentenceSpan(doc.text, sentenceIndex);
  const [first, ...rest] = readerParagraphs(doc.text, span);
  // The headline is the text's first line; shown as the title unless the marked sentence is in it.
  const headlineLine = first && first.length === 1 && !first[0]!.marked && first[0]!.text.trim() === doc.headline.trim();
  const paragraphs = headlineLine ? rest : [first, ...rest].filter((p) => p);
  let marked = false;
  return (
    <main class="rd-page">
      <header>
        <p class="rd-meta">
          {doc.outlet} · {doc.date ? formatDay(doc.date) : 'no date stated'}
          {doc.author ? ` · ${doc.author}` : ''}
        </p>
        <h1>{doc.headline}</h1>
      </header>
      <article data-testid="reader-text">
        {paragraphs.map((pieces, i) => (
          <p key={i}>
            {pieces!.map((p, j) => {
              if (!p.marked) return p.text;
              const first = !marked;
              marked = true;
              return (
                <mark key={j} ref={first ? mark : undefined} data-testid="reader-mark">
                  {p.text}
                </mark>
              );
            })}
          </p>
        ))}
      </article>
    </main>
  );
}

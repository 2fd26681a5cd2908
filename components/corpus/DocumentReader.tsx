// A readable view of one stored document. Its text is untrusted: it is rendered only as text
// nodes, one paragraph per line, never as HTML.
import { useEffect, useRef } from 'preact/hooks';
import type { StoredDoc } from '../../utils/storage/types';
import { formatDay, plural, safeHref, wordCount } from './format';

export function DocumentReader({ doc, onClose }: { doc: StoredDoc; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
    return () => el?.close?.();
  }, [doc.id]);
  const href = safeHref(doc.url);
  const [headline, ...body] = doc.text.split('\n');
  const paragraphs = (headline.trim() === doc.headline.trim() ? body : [headline, ...body]).filter((l) => l.trim());
  return (
    <dialog ref={dialog} class="cp-reader" aria-labelledby="cp-reader-title" onClose={onClose} data-testid="document-reader">
      <header class="cp-reader-head">
        <p class="cp-reader-meta">
          {doc.outlet}
          {!doc.outletNamed && <span class="cp-note"> (the text does not name its outlet)</span>}
          {' · '}
          {doc.date ? formatDay(doc.date) : 'no date stated'} · {plural(wordCount(doc.text), 'word')}
        </p>
        <h2 id="cp-reader-title">{doc.headline}</h2>
        {href && (
          <p class="cp-reader-meta">
            <a href={href} target="_blank" rel="noopener noreferrer">
              Original page
            </a>
          </p>
        )}
      </header>
      <div class="cp-reader-body">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <form method="dialog" class="cp-reader-foot">
        <button type="submit" class="cp-button" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}

// A word-level diff between the page's sentence and another outlet's, as <del>/<ins>.
// Everything is rendered as Preact text nodes: page and corpus text are never HTML.
// Not by colour alone: deletions are struck through, insertions underlined, and each carries
// a visually hidden "removed:" / "added:" for screen readers.
import type { DiffPart } from '../utils/engine';

export function DiffView({ parts, outlet }: { parts: DiffPart[]; outlet: string }) {
  const changed = parts.some((p) => p.op !== 0);
  return (
    <div class="sc-diff" data-testid="diff">
      <p class="sc-diff-legend">
        <del>struck</del> only on this page · <ins>underlined</ins> only in {outlet}
      </p>
      <p class="sc-diff-text">
        {changed
          ? parts.map((p, i) =>
              p.op === -1 ? (
                <del key={i}>
                  <span class="sc-vh">removed: </span>
                  {p.text}
                </del>
              ) : p.op === 1 ? (
                <ins key={i}>
                  <span class="sc-vh">added: </span>
                  {p.text}
                </ins>
              ) : (
                <span key={i}>{p.text}</span>
              ),
            )
          : 'Same words.'}
      </p>
    </div>
  );
}

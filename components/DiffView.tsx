// A word-level diff between the page's sentence and another outlet's, as <del>/<ins>.
// Everything is rendered as Preact text nodes: page and corpus text are never HTML.
import type { DiffPart } from '../utils/engine';

export function DiffView({ parts, outlet }: { parts: DiffPart[]; outlet: string }) {
  return (
    <div class="sc-diff" data-testid="diff">
      <p class="sc-diff-legend">
        <del>Struck</del>: only on this page. <ins>Marked</ins>: only in {outlet}.
      </p>
      <p class="sc-diff-text">
        {parts.map((p, i) =>
          p.op === -1 ? <del key={i}>{p.text}</del> : p.op === 1 ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>,
        )}
      </p>
    </div>
  );
}

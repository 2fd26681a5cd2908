// A word-level diff between the page's sentence and another outlet's, as <del>/<ins>.
// Everything is rendered as Preact text nodes: page and corpus text are never HTML.
// Split in two lines, each readable as a sentence: the page's words with what only it says
// struck through, then the other outlet's with what only it says underlined. Not by colour
// alone: strike and underline, and a visually hidden "removed:" / "added:" for screen readers.
import type { DiffPart } from '../utils/engine';

export function DiffView({ parts, outlet }: { parts: DiffPart[]; outlet: string }) {
  const changed = parts.some((p) => p.op !== 0);
  const side = (keep: -1 | 1) =>
    parts.map((p, i) =>
      p.op === 0 ? (
        <span key={i}>{p.text}</span>
      ) : p.op !== keep ? null : p.op === -1 ? (
        <del key={i}>
          <span class="sc-vh">removed: </span>
          {p.text}
        </del>
      ) : (
        <ins key={i}>
          <span class="sc-vh">added: </span>
          {p.text}
        </ins>
      ),
    );
  return (
    <div class="sc-diff" data-testid="diff">
      {changed ? (
        <dl class="sc-diff-rows">
          <dt class="sc-diff-who">This page</dt>
          <dd class="sc-diff-text">{side(-1)}</dd>
          <dt class="sc-diff-who">{outlet}</dt>
          <dd class="sc-diff-text">{side(1)}</dd>
        </dl>
      ) : (
        <p class="sc-diff-text">Same words.</p>
      )}
      {changed && (
        <p class="sc-diff-legend">
          <del>Struck</del>: only on this page. <ins>Underlined</ins>: only in {outlet}.
        </p>
      )}
    </div>
  );
}

// How a claim's wording differs from another outlet's sentence, as <del>/<ins> (CONTRACT §2).
// Near-copies get a word diff; sentences worded differently get only their differing details
// marked (utils/page/display-diff.ts says why and where the line is). Two lines, each readable as
// a sentence: the page's words with what only it says struck through, then the other outlet's
// with what only it says underlined. Not by colour alone: strike and underline, and a visually
// hidden "only here:" for screen readers. Everything is a Preact text node, never HTML.
import type { DiffPart } from '../utils/engine';
import { displayDiff, type DisplayDiff, type Segment } from '../utils/page/display-diff';

/** A quote check's diff (engine parts) in the same two-line shape. */
function fromParts(parts: DiffPart[]): DisplayDiff {
  const page: Segment[] = parts.filter((p) => p.op !== 1).map((p) => ({ text: p.text, changed: p.op === -1 }));
  const other: Segment[] = parts.filter((p) => p.op !== -1).map((p) => ({ text: p.text, changed: p.op === 1 }));
  return { mode: parts.some((p) => p.op !== 0) ? 'words' : 'same', page, other, shared: 1 };
}

function Side({ segs, tag }: { segs: Segment[]; tag: 'del' | 'ins' }) {
  return (
    <>
      {segs.map((s, i) =>
        !s.changed ? (
          <span key={i}>{s.text}</span>
        ) : tag === 'del' ? (
          <del key={i}>
            <span class="sc-vh">only here: </span>
            {s.text}
          </del>
        ) : (
          <ins key={i}>
            <span class="sc-vh">only there: </span>
            {s.text}
          </ins>
        ),
      )}
    </>
  );
}

export function DiffView(props: { outlet: string } & ({ parts: DiffPart[] } | { page: string; other: string })) {
  const { outlet } = props;
  const view = 'parts' in props ? fromParts(props.parts) : displayDiff(props.page, props.other);
  const marked = view.page.some((s) => s.changed) || view.other.some((s) => s.changed);
  return (
    <div class="sc-diff" data-testid="diff" data-mode={view.mode}>
      {view.mode === 'same' ? (
        <p class="sc-diff-text">Same words.</p>
      ) : (
        <>
          {view.mode === 'details' && (
            <p class="sc-diff-note">
              Worded differently, so only the details are compared: figures, names and places, dates, and “not”.
            </p>
          )}
          <dl class="sc-diff-rows">
            <dt class="sc-diff-who">This page</dt>
            <dd class="sc-diff-text">
              <Side segs={view.page} tag="del" />
            </dd>
            <dt class="sc-diff-who">{outlet}</dt>
            <dd class="sc-diff-text">
              <Side segs={view.other} tag="ins" />
            </dd>
          </dl>
          {marked ? (
            <p class="sc-diff-legend">
              <del>Struck</del>: only on this page. <ins>Underlined</ins>: only in {outlet}.
            </p>
          ) : (
            <p class="sc-diff-legend">Same figures, names, places and dates.</p>
          )}
        </>
      )}
    </div>
  );
}

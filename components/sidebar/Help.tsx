/** Keyboard shortcuts and what the colours and marks mean. */
export function Help() {
  return (
    <details class="sc-help" data-testid="help">
      <summary>Keyboard shortcuts and colours</summary>
      <dl class="sc-keys">
        <dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>U</kbd></dt>
        <dd>Show or hide this sidebar</dd>
        <dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd></dt>
        <dd>Open the sidebar on the first claim</dd>
        <dt><kbd>↓</kbd> / <kbd>↑</kbd> on a claim</dt>
        <dd>Next / previous claim</dd>
        <dt><kbd>j</kbd> / <kbd>k</kbd></dt>
        <dd>Next / previous claim (inside the sidebar)</dd>
        <dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>.</kbd> / <kbd>,</kbd></dt>
        <dd>Next / previous claim (anywhere on the page)</dd>
        <dt><kbd>Esc</kbd></dt>
        <dd>Close the sidebar</dd>
        <dt><kbd>←</kbd> / <kbd>→</kbd> on the edge handle</dt>
        <dd>Make the sidebar wider / narrower</dd>
      </dl>
      <p class="sc-muted">
        In the page, contradicted claims have a wavy underline, claims others add detail to a solid one, agreed claims a dotted
        one; claims not found in the articles on this story in your library (when shown) a dashed grey one. When you compare
        the wording, <del>struck</del> words are only on this page and <ins>underlined</ins> words only in the other outlet;
        sentences worded differently have only their figures, names, places, dates and negations marked. The toolbar badge
        counts this page’s claims that articles in your library contradict, and its tooltip how many articles contradict it; a
        grey dot means articles in your library cover the story and none contradicts this page.
      </p>
    </details>
  );
}

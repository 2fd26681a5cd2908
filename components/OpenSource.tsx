// "Open the other article at this sentence" under a match (CONTRACT §4 `open-source`): a link to
// the document's URL with a text fragment, in a new tab; for a document without a URL (a seed,
// an imported .txt) a button that opens it in the extension's own reader at that sentence
// (a web page cannot link to an extension page, so the background opens the tab).
import { browser } from 'wxt/browser';
import type { Match } from '../utils/engine';
import { textFragmentUrl } from '../utils/page/text-fragment';

/** `tabbable`: false outside the card list's one tab stop (the sidebar's roving focus); default true. */
export function OpenSource({ match, outlet, tabbable = true }: { match: Match & { url?: string }; outlet: string; tabbable?: boolean }) {
  const href = match.url ? textFragmentUrl(match.url, match.text) : null;
  if (href) {
    return (
      <a class="sc-link-button sc-open-source" data-testid="open-source" href={href} target="_blank" rel="noopener" tabIndex={tabbable ? 0 : -1} onClick={(e) => e.stopPropagation()}>
        Open in {outlet}
      </a>
    );
  }
  return (
    <button
      type="button"
      class="sc-link-button sc-open-source"
      data-testid="open-source"
      tabIndex={tabbable ? 0 : -1}
      onClick={(e) => {
        e.stopPropagation();
        browser.runtime.sendMessage({ type: 'open-reader', source: match.source, sentenceIndex: match.sentenceIndex }).catch(() => {});
      }}
    >
      Read in {outlet} (stored copy)
    </button>
  );
}

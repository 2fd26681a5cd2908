// Kept apart from extract.ts so that code which only needs the threshold (the background's
// add-page handler) does not pull Readability into its bundle.

/** Below this many words Readability has found a teaser or a navigation block, not an article. */
export const MIN_ARTICLE_WORDS = 80;

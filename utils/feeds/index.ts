// Feeds: parsing (RSS 2.0, Atom 1.0, RSS 1.0/RDF, JSON Feed 1.x), discovery from a page, and the
// article-URL key that de-duplicates items across feeds. Pure functions: no DOM, no fetch, no
// storage, so they run in the MV3 service worker, Firefox's background page and Node alike.
export { parseFeed, MAX_FEED_CHARS, MAX_ITEMS, MAX_TITLE, MAX_SUMMARY, WEB_PAGE_ERROR, DUPLICATE_ITEM_REASON } from './parse';
export type { Feed, FeedItem, FeedResult, Skipped } from './parse';
export { discoverFeeds } from './discover';
export { normaliseArticleUrl } from './url';
export { htmlToText } from './text';
export { parseFeedDate } from './dates';

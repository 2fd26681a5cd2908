// A fetched article page's HTML → the article, by the same extraction the content script applies
// to a page the reader opens (utils/article/extract.ts: the project's furniture rules, then
// Readability), so a fetched article and a visited one give the same text. The HTML parser is
// passed in: DOMParser in the offscreen document (Chrome) and Firefox's background page, linkedom
// in Node. Nothing of the page runs: a parsed document executes no script and loads nothing.
import { extractArticle, type ExtractedArticle } from '../article/extract';
import type { ParseHtml } from '../storage/article-input';

export function extractFromHtml(html: string, url: string, parseHtml: ParseHtml): ExtractedArticle | null {
  return extractArticle(parseHtml(html), { url });
}

/** The browser's parser: a document that runs no script and fetches no resource. */
export const domParseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

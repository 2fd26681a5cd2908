// The page the reader is on as a new corpus document (the sidebar's "add page"), and the small
// metadata helpers it shares with file imports. Kept free of Readability so the background,
// which only receives already-extracted text, does not bundle it.
import { isHttpUrl, isIsoDate } from './doc-validation';
import { MAX_AUTHOR_CHARS, MAX_HEADLINE_CHARS, MAX_TEXT_CHARS } from './limits';
import { stripTrailingBoilerplate } from '../corpus/article-text';
import type { NewDoc } from './types';

/** Language tag for "not stated" (BCP-47 'und'): a .txt file says nothing about its language. */
export const UNKNOWN_LANG = 'und';

/** A YYYY-MM-DD date from metadata like "2025-05-01T09:30:00Z" or "May 1, 2025"; null when none. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (direct && isIsoDate(direct[1])) return direct[1];
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function tooLongHeadline(h: string): string {
  return h.length > MAX_HEADLINE_CHARS ? `${h.slice(0, MAX_HEADLINE_CHARS - 1)}…` : h;
}

/** What the content script knows about the page the reader wants to add. */
export interface PageArticle {
  title: string;
  text: string;
  url: string;
  siteName?: string | null;
  publishedTime?: string | null;
  author?: string | null;
  /** The page's canonical address (metadata); stored instead of `url` when it is http(s). */
  canonicalUrl?: string | null;
  lang?: string | null;
}

/** The page as a new corpus document: boilerplate dropped, outlet from the site's name or else its host. */
export function docFromPage(page: PageArticle): NewDoc {
  const text = stripTrailingBoilerplate(page.text).text.slice(0, MAX_TEXT_CHARS);
  const siteName = page.siteName?.trim() || null;
  let host = '';
  try {
    host = new URL(page.url).hostname.replace(/^www\./, '');
  } catch {
    // no usable URL: the outlet is unknown
  }
  const doc: NewDoc = {
    outlet: siteName ?? (host || 'Unknown outlet'),
    outletNamed: siteName !== null,
    headline: tooLongHeadline(page.title.trim() || text.split('\n', 1)[0].trim()),
    date: isoDay(page.publishedTime),
    lang: page.lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(page.lang) ? page.lang : UNKNOWN_LANG,
    text,
  };
  const author = page.author?.trim();
  if (author) doc.author = author.slice(0, MAX_AUTHOR_CHARS);
  // The canonical address is the one other visits (with tracking parameters, or from an AMP
  // copy) share, so the duplicate check by URL recognises the same article.
  const url = page.canonicalUrl && isHttpUrl(page.canonicalUrl) ? page.canonicalUrl : page.url;
  if (isHttpUrl(url)) doc.url = url;
  return doc;
}

// The one message map between the content script and the background. Every message that
// crosses the boundary goes through `parseMessage`, which drops anything malformed: a page
// cannot reach these listeners directly, but a content script runs next to untrusted page
// content, so the background still treats what it receives as input to validate.
import type { Report } from './engine/types';
import type { AddPageResponse } from './storage/add-page';

/** Upper bound on the article text we send for analysis (characters). Longer pages are cut. */
export const MAX_TEXT_CHARS = 400_000;
const MAX_TITLE_CHARS = 2_000;
const MAX_URL_CHARS = 8_000;

export interface MessageMap {
  /** content → background: analyse this page's article. */
  analyze: {
    request: { type: 'analyze'; title: string; text: string; url: string };
    response: AnalyzeResponse;
  };
  /** content → background: store this page's article in the reader's corpus (CONTRACT §4). */
  'add-page': {
    request: {
      type: 'add-page';
      title: string;
      text: string;
      url: string;
      siteName: string | null;
      publishedTime: string | null;
      lang: string | null;
    };
    response: AddPageResponse;
  };
  /** background → content: the toolbar button was pressed. */
  'toggle-sidebar': {
    request: { type: 'toggle-sidebar' };
    response: { open: boolean };
  };
}

export type AnalyzeResponse = { ok: true; report: Report } | { ok: false; error: string };

export type MessageType = keyof MessageMap;
export type Message = { [K in MessageType]: MessageMap[K]['request'] }[MessageType];
export type RequestOf<K extends MessageType> = MessageMap[K]['request'];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function boundedString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** Optional metadata: absent/null become null; anything but a short string is malformed (undefined). */
function optionalString(v: unknown, max = MAX_TITLE_CHARS): string | null | undefined {
  if (v === undefined || v === null) return null;
  return boundedString(v, max) ? v : undefined;
}

/** Returns a well-formed message (with only the known fields), or null for anything else. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'analyze':
      if (
        !boundedString(raw.title, MAX_TITLE_CHARS) ||
        !boundedString(raw.text, MAX_TEXT_CHARS) ||
        !boundedString(raw.url, MAX_URL_CHARS)
      ) {
        return null;
      }
      return { type: 'analyze', title: raw.title, text: raw.text, url: raw.url };
    case 'add-page': {
      if (
        !boundedString(raw.title, MAX_TITLE_CHARS) ||
        !boundedString(raw.text, MAX_TEXT_CHARS) ||
        !boundedString(raw.url, MAX_URL_CHARS)
      ) {
        return null;
      }
      const siteName = optionalString(raw.siteName);
      const publishedTime = optionalString(raw.publishedTime);
      const lang = optionalString(raw.lang, 64);
      if (siteName === undefined || publishedTime === undefined || lang === undefined) return null;
      return { type: 'add-page', title: raw.title, text: raw.text, url: raw.url, siteName, publishedTime, lang };
    }
    case 'toggle-sidebar':
      return { type: 'toggle-sidebar' };
    default:
      return null;
  }
}

/** Builds an analyze request, cutting oversized fields so the background never has to drop it. */
export function analyzeRequest(title: string, text: string, url: string): RequestOf<'analyze'> {
  return {
    type: 'analyze',
    title: title.slice(0, MAX_TITLE_CHARS),
    text: text.slice(0, MAX_TEXT_CHARS),
    url: url.slice(0, MAX_URL_CHARS),
  };
}

export function isAddPageResponse(v: unknown): v is AddPageResponse {
  if (!isRecord(v)) return false;
  if (v.ok === true) return typeof v.message === 'string';
  return v.ok === false && typeof v.error === 'string';
}

/** The response shape check the content script applies before trusting a reply. */
export function isAnalyzeResponse(v: unknown): v is AnalyzeResponse {
  if (!isRecord(v)) return false;
  if (v.ok === true) {
    const r = v.report;
    return isRecord(r) && Array.isArray(r.claims) && Array.isArray(r.coverage) && Array.isArray(r.additions);
  }
  return v.ok === false && typeof v.error === 'string';
}

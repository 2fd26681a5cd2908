// The one message map between the content script and the background. Every message that
// crosses the boundary goes through `parseMessage`, which drops anything malformed: a page
// cannot reach these listeners directly, but a content script runs next to untrusted page
// content, so the background still treats what it receives as input to validate.
import type { Report } from './engine/types';
import type { AddPageResponse, PageStoredResponse } from './storage/add-page';
import type { FetchProgress, FollowedSource } from './follow/types';
import type { ExtractedArticle } from './article/extract';

/** Upper bound on the article text we send for analysis (characters). Longer pages are cut. */
export const MAX_TEXT_CHARS = 400_000;
const MAX_TITLE_CHARS = 2_000;
const MAX_URL_CHARS = 8_000;

export interface MessageMap {
  /**
   * content → background, at document start on a page the extension will read: start now (open
   * the library, warm the engine) while the page loads, so the page's `analyze` that follows
   * finds the background awake (issue 21, a cold start). Carries nothing about the page: no
   * text, no address; no reply.
   */
  wake: {
    request: { type: 'wake' };
    response: void;
  };
  /** content → background: analyse this page's article. */
  analyze: {
    /**
     * `meta`: the page's own metadata, sent only when the content script has an article; the
     * background needs it to remember the page ("remember as you read") without another message.
     * `whole`: answer with the whole report in one step (a page whose second step was lost).
     */
    request: { type: 'analyze'; title: string; text: string; url: string; meta?: PageMetaFields; whole?: true };
    response: AnalyzeResponse;
  };
  /**
   * content → background: the rest of a report whose `analyze` reply came first with its claims
   * (`AnalyzeResponse.details`): the story's facts, what other outlets add, quotes and figures.
   */
  'analyze-details': {
    request: { type: 'analyze-details'; id: string };
    response: AnalyzeResponse;
  };
  /** content → background: open a stored document (one without a URL) in the extension's reader. */
  'open-reader': {
    request: { type: 'open-reader'; source: string; sentenceIndex: number };
    response: { ok: boolean };
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
      author: string | null;
      canonicalUrl: string | null;
      lang: string | null;
    };
    response: AddPageResponse;
  };
  /**
   * content → background: is this page stored already? The sidebar then says so instead of
   * offering "Add this article to my library" (which would only answer "Not stored again").
   */
  'page-stored': {
    request: { type: 'page-stored'; text: string; url: string; canonicalUrl: string | null };
    response: PageStoredResponse;
  };
  /** background → content: the toolbar button was pressed. */
  'toggle-sidebar': {
    request: { type: 'toggle-sidebar' };
    response: { open: boolean };
  };
  /** background → content: the "go to the first claim" keyboard command was pressed; opens the sidebar on it. */
  'focus-first-claim': {
    request: { type: 'focus-first-claim' };
    response: { open: boolean };
  };
  /**
   * content (sidebar's buttons) → background: open the options page, at one of its sections when
   * `section` is given (the no-coverage hint's "Follow outlets" opens "Sources you follow"); no reply.
   */
  'open-options': {
    request: { type: 'open-options'; section?: OptionsSection };
    response: void;
  };
  /** options page → background: the stored corpus changed (import, delete, reset); no reply. */
  'corpus-changed': {
    request: { type: 'corpus-changed'; revision: number };
    response: void;
  };
  /**
   * options page → background: follow a feed or a site (issue 22, CONTRACT §5). The background
   * fetches the address once to find the feed (discovery for a site), stores the source and
   * schedules runs. The only network request an options-page action causes, made because the
   * reader asked for it.
   */
  'follow-source': {
    request: { type: 'follow-source'; url: string };
    response: { ok: true; source: FollowedSource } | { ok: false; error: string };
  };
  /** options page → background: stop following; fetched articles stay until they expire or are deleted. */
  'unfollow-source': {
    request: { type: 'unfollow-source'; url: string };
    response: { ok: true } | { ok: false; error: string };
  };
  /** options page → background: fetch every followed source now; replies when the run ends. */
  'fetch-now': {
    request: { type: 'fetch-now' };
    response: { ok: true; progress: FetchProgress } | { ok: false; error: string };
  };
  /**
   * background → offscreen document (Chrome, whose MV3 worker has no DOM): extract the article of
   * a page a fetch run downloaded. Never sent by or to a content script.
   */
  'extract-html': {
    request: { type: 'extract-html'; html: string; url: string };
    response: { article: ExtractedArticle | null };
  };
}

/** Sections of the options page a sidebar button may open (ids of components/options/OptionsNav.tsx). */
export const OPTIONS_SECTION_IDS = ['follow', 'library'] as const;
export type OptionsSection = (typeof OPTIONS_SECTION_IDS)[number];

/** An article page a fetch run reads is at most MAX_PAGE_BYTES (utils/follow/fetch-run.ts) bytes, so at most as many characters. */
export const MAX_HTML_CHARS = 4_000_000;

/** What a page says about itself (utils/article/metadata.ts), as messages carry it. */
export interface PageMetaFields {
  siteName: string | null;
  publishedTime: string | null;
  author: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

/**
 * `details`: the report holds its claims and coverage only; the rest (facts, additions, quotes,
 * figures) is being computed and comes with an `analyze-details` request for this id. Highlights
 * and cards need only the claims, so a page shows them a step earlier (issue 21).
 */
export type AnalyzeResponse = { ok: true; report: Report; details?: string } | { ok: false; error: string };

/** The longest id `analyze-details` accepts (the background's ids are short counters). */
const MAX_DETAILS_ID_CHARS = 40;

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

// Dropped input is logged (it means a bug or a tampered peer) but rate-limited: a flood of junk
// must not flood the console. At most WARN_BURST warnings per WARN_WINDOW_MS, then one summary.
const WARN_BURST = 5;
const WARN_WINDOW_MS = 10_000;
let warnWindowStart = 0;
let warnCount = 0;
let warnSuppressed = 0;

/** Logs why a message or reply was dropped (rate-limited). Never logs page text: only the type and the reason. */
export function warnDropped(what: string, reason: string, now = Date.now()): void {
  if (now - warnWindowStart > WARN_WINDOW_MS) {
    if (warnSuppressed > 0) console.warn(`[source-compare] ${warnSuppressed} more malformed messages dropped`);
    warnWindowStart = now;
    warnCount = 0;
    warnSuppressed = 0;
  }
  if (warnCount >= WARN_BURST) {
    warnSuppressed++;
    return;
  }
  warnCount++;
  console.warn(`[source-compare] dropped ${what}: ${reason}`);
}

/** For tests: starts a fresh rate-limit window. */
export function resetWarnings(): void {
  warnWindowStart = 0;
  warnCount = 0;
  warnSuppressed = 0;
}

const typeLabel = (raw: unknown) => {
  if (!isRecord(raw)) return Array.isArray(raw) ? 'an array' : raw === null ? 'null' : `a ${typeof raw}`;
  return typeof raw.type === 'string' ? `"${raw.type.slice(0, 40)}"` : 'a message without a type';
};

/**
 * Returns a well-formed message (with only the known fields), or null for anything else; a
 * dropped message is logged with the reason (rate-limited).
 */
export function parseMessage(raw: unknown): Message | null {
  const msg = checkMessage(raw);
  if (typeof msg === 'string') {
    warnDropped(`message ${typeLabel(raw)}`, msg);
    return null;
  }
  return msg;
}

/** The validator itself: a message, or the reason it is malformed. */
export function checkMessage(raw: unknown): Message | string {
  if (!isRecord(raw)) return 'not an object';
  switch (raw.type) {
    case 'analyze':
      if (
        !boundedString(raw.title, MAX_TITLE_CHARS) ||
        !boundedString(raw.text, MAX_TEXT_CHARS) ||
        !boundedString(raw.url, MAX_URL_CHARS)
      ) {
        return 'title, text and url must be strings within their size limits';
      }
      if (raw.whole !== undefined && raw.whole !== true) return 'whole must be true when given';
      const base = { type: 'analyze' as const, title: raw.title, text: raw.text, url: raw.url, ...(raw.whole ? { whole: true as const } : {}) };
      if (raw.meta === undefined) return base;
      if (!isRecord(raw.meta)) return 'meta must be an object';
      const meta = pageMetadataFields(raw.meta);
      if (typeof meta === 'string') return `meta: ${meta}`;
      return { ...base, meta };
    case 'analyze-details':
      if (!boundedString(raw.id, MAX_DETAILS_ID_CHARS) || !raw.id) return 'id must be a short string';
      return { type: 'analyze-details', id: raw.id };
    case 'open-reader':
      if (!boundedString(raw.source, 200) || !raw.source) return 'source must be a short string';
      if (typeof raw.sentenceIndex !== 'number' || !Number.isSafeInteger(raw.sentenceIndex) || raw.sentenceIndex < 0) return 'sentenceIndex must be a non-negative integer';
      return { type: 'open-reader', source: raw.source, sentenceIndex: raw.sentenceIndex };
    case 'add-page': {
      if (
        !boundedString(raw.title, MAX_TITLE_CHARS) ||
        !boundedString(raw.text, MAX_TEXT_CHARS) ||
        !boundedString(raw.url, MAX_URL_CHARS)
      ) {
        return 'title, text and url must be strings within their size limits';
      }
      const meta = pageMetadataFields(raw);
      if (typeof meta === 'string') return meta;
      return { type: 'add-page', title: raw.title, text: raw.text, url: raw.url, ...meta };
    }
    case 'page-stored': {
      if (!boundedString(raw.text, MAX_TEXT_CHARS) || !boundedString(raw.url, MAX_URL_CHARS)) return 'text and url must be strings within their size limits';
      const canonicalUrl = optionalString(raw.canonicalUrl, MAX_URL_CHARS);
      if (canonicalUrl === undefined) return 'canonicalUrl must be a short string or null';
      return { type: 'page-stored', text: raw.text, url: raw.url, canonicalUrl };
    }
    case 'toggle-sidebar':
      return { type: 'toggle-sidebar' };
    case 'focus-first-claim':
      return { type: 'focus-first-claim' };
    case 'open-options':
      if (raw.section === undefined) return { type: 'open-options' };
      if (!(OPTIONS_SECTION_IDS as readonly unknown[]).includes(raw.section)) return `section must be one of ${OPTIONS_SECTION_IDS.join(', ')}`;
      return { type: 'open-options', section: raw.section as OptionsSection };
    case 'follow-source':
    case 'unfollow-source':
      if (!boundedString(raw.url, MAX_URL_CHARS) || !raw.url.trim()) return 'url must be a non-empty string within its size limit';
      return { type: raw.type, url: raw.url };
    case 'fetch-now':
      return { type: 'fetch-now' };
    case 'wake':
      return { type: 'wake' };
    case 'extract-html':
      if (!boundedString(raw.html, MAX_HTML_CHARS) || !boundedString(raw.url, MAX_URL_CHARS)) return 'html and url must be strings within their size limits';
      return { type: 'extract-html', html: raw.html, url: raw.url };
    case 'corpus-changed':
      if (typeof raw.revision !== 'number' || !Number.isSafeInteger(raw.revision) || raw.revision < 0) return 'revision must be a non-negative integer';
      return { type: 'corpus-changed', revision: raw.revision };
    default:
      return 'unknown type';
  }
}

/** The page-metadata fields of add-page (and remember-page): each a short string or null. */
function pageMetadataFields(raw: Record<string, unknown>): PageMetaFields | string {
  const siteName = optionalString(raw.siteName);
  const publishedTime = optionalString(raw.publishedTime);
  const author = optionalString(raw.author);
  const canonicalUrl = optionalString(raw.canonicalUrl, MAX_URL_CHARS);
  const lang = optionalString(raw.lang, 64);
  if (siteName === undefined || publishedTime === undefined || author === undefined || canonicalUrl === undefined || lang === undefined) {
    return 'siteName, publishedTime, author, canonicalUrl and lang must be short strings or null';
  }
  return { siteName, publishedTime, author, canonicalUrl, lang };
}

/** The wake message: its type and nothing else (nothing about the page it is sent from). */
export function wakeRequest(): RequestOf<'wake'> {
  return { type: 'wake' };
}

/** Builds an analyze request, cutting oversized fields so the background never has to drop it. */
export function analyzeRequest(title: string, text: string, url: string, meta?: PageMetaFields): RequestOf<'analyze'> {
  const req: RequestOf<'analyze'> = {
    type: 'analyze',
    title: title.slice(0, MAX_TITLE_CHARS),
    text: text.slice(0, MAX_TEXT_CHARS),
    url: url.slice(0, MAX_URL_CHARS),
  };
  if (meta) {
    const cut = (v: string | null, max = MAX_TITLE_CHARS) => (v === null ? null : v.slice(0, max));
    req.meta = {
      siteName: cut(meta.siteName),
      publishedTime: cut(meta.publishedTime),
      author: cut(meta.author),
      canonicalUrl: meta.canonicalUrl && meta.canonicalUrl.length <= MAX_URL_CHARS ? meta.canonicalUrl : null,
      lang: meta.lang && meta.lang.length <= 64 ? meta.lang : null,
    };
  }
  return req;
}

/** Builds a page-stored question, cutting oversized fields as analyzeRequest does (the stored text is cut the same way). */
export function pageStoredRequest(text: string, url: string, canonicalUrl: string | null): RequestOf<'page-stored'> {
  return {
    type: 'page-stored',
    text: text.slice(0, MAX_TEXT_CHARS),
    url: url.slice(0, MAX_URL_CHARS),
    canonicalUrl: canonicalUrl && canonicalUrl.length <= MAX_URL_CHARS ? canonicalUrl : null,
  };
}

export function isAddPageResponse(v: unknown): v is AddPageResponse {
  const ok = checkAddPageResponse(v);
  if (!ok) warnDropped('add-page reply', 'not { ok: true, message } or { ok: false, error }');
  return ok;
}

function checkAddPageResponse(v: unknown): boolean {
  if (!isRecord(v)) return false;
  if (v.ok === true) return typeof v.message === 'string';
  return v.ok === false && typeof v.error === 'string';
}

export function isPageStoredResponse(v: unknown): v is PageStoredResponse {
  const ok = isRecord(v) && (v.stored === false || (v.stored === true && typeof v.id === 'string' && typeof v.headline === 'string'));
  if (!ok) warnDropped('page-stored reply', 'not { stored: false } or { stored: true, id, headline }');
  return ok;
}

export function isToggleResponse(v: unknown): v is ResponseOf<'toggle-sidebar'> {
  const ok = isRecord(v) && typeof v.open === 'boolean';
  if (!ok) warnDropped('toggle-sidebar reply', 'not { open: boolean }');
  return ok;
}

const RELATIONS = new Set(['agree', 'adds', 'contradicts']);
const isStr = (v: unknown): v is string => typeof v === 'string';
const arrayOf = (v: unknown, item: (x: Record<string, unknown>) => boolean) => Array.isArray(v) && v.every((x) => isRecord(x) && item(x));
const isMatch = (m: Record<string, unknown>) =>
  isStr(m.source) && isStr(m.outlet) && isStr(m.text) && isStr(m.why) && RELATIONS.has(m.relation as string) &&
  (m.factId === undefined || isStr(m.factId)) && (m.url === undefined || isStr(m.url));
const isClaim = (c: Record<string, unknown>) => isStr(c.id) && isStr(c.text) && arrayOf(c.matches, isMatch);
const isSourced = (a: Record<string, unknown>) => isStr(a.source) && isStr(a.outlet);

const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isFreshness = (f: unknown) =>
  isRecord(f) && isCount(f.fetchedArticles) && isCount(f.fetchedSources) && isCount(f.following) && (f.lastFetchAt === null || (isStr(f.lastFetchAt) && !Number.isNaN(Date.parse(f.lastFetchAt))));

/** Why a report is unusable, or null when every field the page and the sidebar read has its type. */
function checkReport(r: unknown): string | null {
  if (!isRecord(r)) return 'report is not an object';
  if (!arrayOf(r.claims, isClaim)) return 'claims are malformed';
  if (!arrayOf(r.coverage, isSourced)) return 'coverage is malformed';
  if (!arrayOf(r.additions, (a) => isSourced(a) && isStr(a.text) && arrayOf(a.alsoReportedBy, isSourced))) return 'additions are malformed';
  if (r.quotes !== undefined && !arrayOf(r.quotes, (q) => isSourced(q) && isStr(q.claimId) && Array.isArray(q.diff))) return 'quotes are malformed';
  if (r.figures !== undefined && !arrayOf(r.figures, (f) => isStr(f.claimId) && Array.isArray(f.others))) return 'figures are malformed';
  if (r.facts !== undefined && !arrayOf(r.facts, (f) => isStr(f.id) && Array.isArray(f.members))) return 'facts are malformed';
  if (r.freshness !== undefined && !isFreshness(r.freshness)) return 'freshness is malformed';
  return null;
}

/** The response shape check the content script applies before trusting a reply. */
export function isAnalyzeResponse(v: unknown): v is AnalyzeResponse {
  let reason: string | null = null;
  if (!isRecord(v)) reason = 'not an object';
  else if (v.ok === true) reason = v.details !== undefined && !(boundedString(v.details, MAX_DETAILS_ID_CHARS) && v.details) ? 'details is not a short id' : checkReport(v.report);
  else if (!(v.ok === false && typeof v.error === 'string')) reason = 'neither a report nor an error';
  if (reason) warnDropped('analyze reply', reason);
  return reason === null;
}

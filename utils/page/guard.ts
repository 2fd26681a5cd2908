// What keeps the content script from hurting a page: a size check before any heavy work (a huge
// page gets a clear message instead of a frozen tab), yields between the heavy steps (so no
// single task blocks the page for long), the language gate, and one retry of a request that the
// background dropped (an MV3 service worker can be stopped mid-request).
import { detectEnglish } from '../engine/text/language';

/**
 * Limits, measured in Debian's Chromium on the 2-core test machine (tests/browser/hostile*.test.ts):
 * Readability plus anchoring cost about 1 ms per 100 elements; past these sizes a page would
 * block its main thread for more than about half a second, so we say so instead.
 */
export const MAX_PAGE_ELEMENTS = 60_000;
/** Characters of text in <body>; the article itself is further cut to MAX_TEXT_CHARS. */
export const MAX_PAGE_CHARS = 3_000_000;

export type SizeVerdict = { ok: true; elements: number; chars: number } | { ok: false; elements: number; chars: number; message: string };

const fmtChars = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : n.toLocaleString('en-US'));

/** Cheap: one live collection length and one text read, no layout. */
export function checkPageSize(doc: Document, limits = { elements: MAX_PAGE_ELEMENTS, chars: MAX_PAGE_CHARS }): SizeVerdict {
  const elements = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (elements > limits.elements) {
    return {
      ok: false,
      elements,
      chars: -1,
      message: `This page is too large to compare: it has ${fmtChars(elements)} elements (the limit is ${fmtChars(limits.elements)}).`,
    };
  }
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > limits.chars) {
    return {
      ok: false,
      elements,
      chars,
      message: `This page is too large to compare: it has ${fmtChars(chars)} characters of text (the limit is ${fmtChars(limits.chars)}).`,
    };
  }
  return { ok: true, elements, chars };
}

/** Lets the page (input, rendering) run between two heavy steps. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The sidebar's message for a page not in English, or null when the article is English. */
export function languageNotice(text: string, lang: string | null): string | null {
  const v = detectEnglish(text, lang);
  if (v.english) return null;
  return `This page’s language is not supported yet (${v.reason}). Source comparison works on English articles for now.`;
}

/**
 * For a page where no article was found: a non-English page still deserves the language message
 * (Readability's 80-word minimum counts spaces, so Chinese or Japanese articles never reach the
 * article check). Only the strong signals count here, so an English section front with terse
 * headlines is never called foreign: another script, or a non-English `lang` attribute.
 */
export function pageLanguageNotice(text: string, lang: string | null): string | null {
  if (text.trim().length < 400) return null;
  const v = detectEnglish(text.slice(0, 20_000), lang);
  if (v.english) return null;
  if (!/alphabet/.test(v.reason) && !(v.lang && v.lang !== 'en')) return null;
  return `This page’s language is not supported yet (${v.reason}). Source comparison works on English articles for now.`;
}

export const RETRY_DELAY_MS = 600;

/**
 * Sends a request; when the send throws (no receiver, port closed because the service worker
 * stopped) or the reply is missing, waits a moment and tries once more. A reply that says
 * `ok: false` is an answer, not a failure to deliver, and is not retried.
 */
export async function sendWithRetry<T>(send: () => Promise<T>, onRetry?: (why: string) => void, delayMs = RETRY_DELAY_MS): Promise<T> {
  let why: string;
  try {
    const reply = await send();
    if (reply !== undefined) return reply;
    why = 'no reply';
  } catch (err) {
    why = err instanceof Error ? err.message : String(err);
  }
  onRetry?.(why);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  return send();
}

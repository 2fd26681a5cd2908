// Where the background extracts a fetched page. Firefox's background page (MV2) has DOMParser:
// extraction runs right there. Chrome's MV3 service worker has no DOM: the page goes to an
// offscreen document (entrypoints/offscreen, reason DOM_PARSER) that parses it with the
// browser's own DOMParser and runs the same extraction (utils/follow/extract-html.ts), created
// when a run needs it and closed when the run ends. Measured against bundling linkedom into the
// worker: see the commit that chose this (and docs/bench.md's ingest row).
import type { Browser } from 'wxt/browser';
import type { ExtractedArticle } from '../article/extract';
import type { ExtractHtml } from './fetch-run';

type Offscreen = typeof Browser.offscreen;
interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  getURL(path: string): string;
}

const OFFSCREEN_PATH = '/offscreen.html';

const isArticle = (v: unknown): v is ExtractedArticle =>
  typeof v === 'object' && v !== null && typeof (v as ExtractedArticle).text === 'string' && typeof (v as ExtractedArticle).title === 'string';

/** Extraction through the offscreen document, plus `close` for the end of a run. */
export function offscreenExtractor(offscreen: Offscreen, runtime: Runtime): { extract: ExtractHtml; close: () => Promise<void> } {
  let creating: Promise<void> | null = null;
  const ensure = async () => {
    if (await offscreen.hasDocument?.().catch(() => false)) return;
    creating ??= offscreen
      .createDocument({
        url: runtime.getURL(OFFSCREEN_PATH),
        reasons: ['DOM_PARSER'],
        justification: 'Extract the article text of pages fetched from the news feeds the reader follows.',
      })
      .catch((e: unknown) => {
        // Created meanwhile by another call: fine; anything else is the run's problem.
        if (!/single offscreen|already/i.test(String(e))) throw e;
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
  return {
    extract: async (html, url) => {
      await ensure();
      const reply = (await runtime.sendMessage({ type: 'extract-html', html, url })) as { article?: unknown } | undefined;
      return isArticle(reply?.article) ? reply.article : null;
    },
    close: async () => {
      if (await offscreen.hasDocument?.().catch(() => false)) await offscreen.closeDocument().catch(() => undefined);
    },
  };
}

/** Extraction in a background that has a DOM (Firefox's background page). */
export function domExtractor(): ExtractHtml {
  return async (html, url) => {
    const { extractFromHtml, domParseHtml } = await import('./extract-html');
    return extractFromHtml(html, url, domParseHtml);
  };
}

// Chrome's offscreen document (reason DOM_PARSER): extracts the article of a page a fetch run of
// the background downloaded, with the browser's DOMParser and the same extraction as a page the
// reader opens. The parsed document runs no script and loads nothing. Answers the background only.
import { browser } from 'wxt/browser';
import { parseMessage } from '@/utils/messages';
import { domParseHtml, extractFromHtml } from '@/utils/follow/extract-html';

browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => {
  if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
  if ((raw as { type?: unknown } | null)?.type !== 'extract-html') return;
  const msg = parseMessage(raw);
  if (msg?.type !== 'extract-html') return;
  let article = null;
  try {
    article = extractFromHtml(msg.html, msg.url, domParseHtml);
  } catch {
    // A page Readability chokes on has no article for us.
  }
  sendResponse({ article });
  return true;
});

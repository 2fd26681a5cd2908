// Thin entrypoint: at document start, on a page the extension will read, tells the background to
// start while the page loads (issue 21: after the browser stopped the idle service worker, its
// start, the library's opening and the engine's first compilation otherwise all follow the
// page's extraction). The message is `{ type: 'wake' }` and nothing else: no text, no address.
// Pages where it does not run automatically ('Where it runs') wake nothing.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { wakeRequest } from '@/utils/messages';
import { autoRunAllowed, loadSettings } from '@/utils/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  // As the main content script: top frame only.
  allFrames: false,
  async main(ctx) {
    const settings = await loadSettings();
    if (ctx.isInvalid || !autoRunAllowed(settings, location.href)) return;
    // No reply is expected (the background answers the page's `analyze`, not this).
    void browser.runtime.sendMessage(wakeRequest()).catch(() => undefined);
  },
});

// Thin background: one corpus index for all tabs, from the reader's stored corpus (the bundled
// seeds are stored on first run); answers `analyze` and `add-page`, drives the toolbar button
// and badge. The logic is in utils/background so it can be tested without a browser.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseSeedDocs } from '@/utils/corpus/seeds';
import { openCorpusSource } from '@/utils/background/corpus-source';
import { createBackground } from '@/utils/background/handler';
import { loadRememberSettings } from '@/utils/remember/settings';
import { storageFollowState, watchFollow } from '@/utils/follow/sources-store';
import { domExtractor, offscreenExtractor } from '@/utils/follow/background-extract';
import { markStart, startMarks } from '@/utils/background/start-marks';

// Bundled at build time: the seeds are never fetched (the only requests are for followed feeds).
const seedFiles = import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export default defineBackground(() => {
  markStart('evaluated'); // the script parsed and its modules evaluated
  // Chrome's MV3 worker has no DOM: fetched pages are extracted in an offscreen document, which
  // exists only during a run. Firefox's background page extracts them itself. Decided at build
  // time, so Chrome's worker does not carry Readability and Firefox's no offscreen code.
  const extractor = import.meta.env.FIREFOX ? { extract: domExtractor(), close: undefined } : offscreenExtractor(browser.offscreen, browser.runtime);
  const bg = createBackground({
    openCorpus: () => openCorpusSource(parseSeedDocs(seedFiles)),
    browser,
    loadRememberSettings,
    readerUrl: (query) => browser.runtime.getURL(`/reader.html?${query}` as '/reader.html'),
    optionsUrl: (section) => browser.runtime.getURL(`/options.html#${section}` as '/options.html'),
    extensionOrigin: browser.runtime.getURL('/'),
    follow: {
      // The only requests the extension makes of its own: to the feeds the reader follows.
      fetch: (url, init) => fetch(url, init),
      extract: extractor.extract,
      state: storageFollowState(),
      alarms: browser.alarms,
      afterRun: extractor.close,
    },
  });
  // Registered at once (not after an await) so the alarm that wakes this background is heard.
  browser.alarms?.onAlarm.addListener((alarm) => bg.follow?.onAlarm(alarm));
  void bg.follow?.start();
  // The reader changed the settings on the options page: the schedule follows the interval, and
  // fetched articles older than a lowered "keep" limit go now rather than after the next run.
  watchFollow({
    settings: () => {
      void bg.follow?.syncSchedule();
      void bg.expireRemembered().catch(() => undefined);
    },
  });
  // Test hook (reachable only from the service worker's own console, never from a page): the
  // next `n` analysis requests get an error reply, to exercise the sidebar's Retry button.
  // The next `n` requests for a report's second step are told it is no longer kept (as when
  // many tabs were analysed at once), to exercise the page's request for its report whole.
  let failAnalyses = 0;
  let loseDetails = 0;
  browser.runtime.onMessage.addListener((raw: unknown, sender: Parameters<typeof bg.onMessage>[1], sendResponse: (r: unknown) => void) => {
    const type = sender.id === browser.runtime.id ? (raw as { type?: unknown } | null)?.type : undefined;
    if (failAnalyses > 0 && type === 'analyze') {
      failAnalyses--;
      sendResponse({ ok: false, error: 'Simulated failure (test hook)' });
      return true;
    }
    if (loseDetails > 0 && type === 'analyze-details') {
      loseDetails--;
      sendResponse({ ok: false, error: 'The rest of this comparison is no longer kept. (test hook)' });
      return true;
    }
    return bg.onMessage(raw, sender, sendResponse);
  });
  // MV3 has `action`; Firefox MV2 only `browserAction`.
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
    if (tab.id != null) void bg.toggleSidebar(tab.id);
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-sidebar') void bg.toggleSidebar();
    if (command === 'focus-first-claim') void bg.focusFirstClaim();
  });
  // A hook for end-to-end tests (and the curious): the toolbar button without a toolbar.
  (globalThis as { __sourceCompare?: unknown }).__sourceCompare = {
    toggleSidebar: bg.toggleSidebar,
    focusFirstClaim: bg.focusFirstClaim,
    failNextAnalyses: (n: number) => void (failAnalyses = n),
    loseNextDetails: (n: number) => void (loseDetails = n),
    // "Remember as you read": what happened to each page seen (in memory only), and expiry run
    // at a given time, so a test checks a 90-day limit without waiting 90 days.
    rememberLog: bg.rememberLog,
    expireRemembered: (atIso?: string) => bg.expireRemembered(atIso ? new Date(atIso) : undefined),
    // How this background life loaded its index: from the stored per-document entries or by
    // re-indexing texts (counts and ms only, no text), so a test sees a restart use the entries.
    indexLoad: bg.indexLoad,
    // The field names of the wake messages pages sent (entrypoints/wake.content.ts): `type` alone.
    wakeFields: bg.wakeFields,
    // Where this background life's first answer spent its time (utils/background/start-marks.ts).
    startMarks,
    // Followed sources: run a fetch now and await its final progress (the fetch-now message's
    // reply, without an options page), and whether a run is in flight.
    fetchNow: () => bg.follow?.fetchNow(),
    fetchRunning: () => bg.follow?.running() ?? false,
  };
});

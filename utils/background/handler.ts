// The background's behaviour as plain functions over an injected `browser`, so it can be
// exercised with a fake. One CorpusIndex serves every tab.
import type { Browser } from 'wxt/browser';
import { analyzePage, CorpusIndex } from '../engine';
import type { CorpusDoc } from '../engine/types';
import { parseMessage, type ResponseOf } from '../messages';
import { contradictedCount } from '../page/report-view';

type Tabs = Pick<typeof Browser.tabs, 'sendMessage' | 'query'>;
/** The badge calls of `action` (MV3) and `browserAction` (MV2); MV2's may return void. */
interface Action {
  setBadgeText(details: { tabId: number; text: string }): unknown;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): unknown;
}

export interface BackgroundDeps {
  loadDocs(): CorpusDoc[];
  browser: { runtime: { id: string }; tabs: Tabs; action?: Action; browserAction?: Action };
}

export function createBackground(deps: BackgroundDeps) {
  let index: CorpusIndex | null = null;
  const getIndex = () => {
    if (!index) {
      index = new CorpusIndex();
      for (const doc of deps.loadDocs()) index.add(doc);
    }
    return index;
  };
  const action = deps.browser.action ?? deps.browser.browserAction;

  const setBadge = async (tabId: number, count: number) => {
    if (!action) return;
    try {
      await action.setBadgeBackgroundColor({ tabId, color: '#b91c1c' });
      await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    } catch {
      // The tab may have closed while we were analysing; nothing to badge.
    }
  };

  const analyze = (title: string, text: string, url: string): ResponseOf<'analyze'> => {
    try {
      const report = analyzePage({ title, text, url }, getIndex());
      return { ok: true, report };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };

  /** runtime.onMessage listener: answers through sendResponse (works in Chromium, Firefox and WXT's fake). */
  const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== deps.browser.runtime.id) return;
    const msg = parseMessage(raw);
    if (msg?.type !== 'analyze') return;
    const res = analyze(msg.title, msg.text, msg.url);
    const tabId = sender.tab?.id;
    if (tabId != null) void setBadge(tabId, res.ok ? contradictedCount(res.report) : 0);
    sendResponse(res);
  };

  /** What the toolbar button does. Without a tab id: the active tab of the focused window. */
  const toggleSidebar = async (tabId?: number): Promise<boolean | null> => {
    let id = tabId;
    if (id == null) {
      const [tab] = await deps.browser.tabs.query({ active: true, lastFocusedWindow: true });
      id = tab?.id;
    }
    if (id == null) return null;
    try {
      const reply = (await deps.browser.tabs.sendMessage(id, { type: 'toggle-sidebar' })) as { open?: boolean } | undefined;
      return reply?.open ?? null;
    } catch {
      // No content script in this tab (a browser page, or one loaded before install).
      return null;
    }
  };

  return { onMessage, toggleSidebar, analyze };
}

// The background's behaviour as plain functions over an injected `browser` and corpus source,
// so it can be exercised with fakes. One CorpusIndex serves every tab; it is rebuilt only when
// the corpus revision changes (a page added here, or an import/delete in the options page).
import type { Browser } from 'wxt/browser';
import { analyzePage } from '../engine/analyze';
import type { CorpusIndex } from '../engine/corpus-index';
import { isToggleResponse, parseMessage, type Message, type ResponseOf } from '../messages';
import { contradictedCount } from '../page/report-view';
import type { CorpusSource } from './corpus-source';

type Tabs = Pick<typeof Browser.tabs, 'sendMessage' | 'query'>;
/** The badge calls of `action` (MV3) and `browserAction` (MV2); MV2's may return void. */
interface Action {
  setBadgeText(details: { tabId: number; text: string }): unknown;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): unknown;
  setTitle?(details: { tabId: number; title: string }): unknown;
}

export interface BackgroundDeps {
  /** Called once per background life, on first need. */
  openCorpus(): Promise<CorpusSource>;
  browser: { runtime: { id: string; openOptionsPage?: () => Promise<void> }; tabs: Tabs; action?: Action; browserAction?: Action };
}

/** Red: the badge shows a count of contradicted claims. Grey: the neutral "covered" mark. */
export const BADGE_RED = '#b91c1c';
export const BADGE_GREY = '#4b5563';
/** The neutral mark: other outlets cover this story and none contradicts this page. */
export const COVERED_MARK = '•';

/**
 * The badge has one meaning: the number of this page's claims other outlets contradict, in red,
 * only when there is at least one. A story other outlets cover without contradicting it gets a
 * grey dot (no number, so no number ever means anything else); a page nobody else covers, none.
 */
export function badgeFor(contradicted: number, covering: number): { text: string; color: string; title: string } {
  const articles = `${covering} ${covering === 1 ? 'article' : 'articles'} from other outlets`;
  if (contradicted > 0) {
    return { text: String(contradicted), color: BADGE_RED, title: `Source comparison: ${contradicted} ${contradicted === 1 ? 'claim' : 'claims'} on this page contradicted by ${articles}` };
  }
  if (covering > 0) return { text: COVERED_MARK, color: BADGE_GREY, title: `Source comparison: ${articles} cover this story; none contradicts this page` };
  return { text: '', color: BADGE_GREY, title: 'Source comparison' };
}

export function createBackground(deps: BackgroundDeps) {
  let source: Promise<CorpusSource> | null = null;
  let current: { rev: number; index: Promise<CorpusIndex> } | null = null;
  const action = deps.browser.action ?? deps.browser.browserAction;

  const getSource = () => (source ??= deps.openCorpus());

  const getIndex = async (): Promise<CorpusIndex> => {
    const src = await getSource();
    const rev = await src.revision();
    if (!current || current.rev !== rev) {
      const index = src.buildIndex(rev);
      current = { rev, index };
      // A failed build must not stick: the next request tries again.
      index.catch(() => {
        if (current?.index === index) current = null;
      });
    }
    return current.index;
  };

  /** The toolbar badge for a tab: one meaning only (badgeFor), said again in the button's tooltip. */
  const setBadge = async (tabId: number, contradicted: number, covering: number) => {
    if (!action) return;
    const badge = badgeFor(contradicted, covering);
    try {
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle?.({ tabId, title: badge.title });
    } catch {
      // The tab may have closed while we were analysing; nothing to badge.
    }
  };

  const analyze = async (title: string, text: string, url: string): Promise<ResponseOf<'analyze'>> => {
    try {
      const report = analyzePage({ title, text, url }, await getIndex());
      return { ok: true, report };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };

  const addPage = async (msg: Extract<Message, { type: 'add-page' }>): Promise<ResponseOf<'add-page'>> => {
    try {
      const src = await getSource();
      const { type: _, ...page } = msg;
      const { response, doc } = await src.addPage(page);
      if (doc && current) {
        // Index the new page now rather than rebuilding everything at the next analysis.
        (await current.index).add(doc);
        current = { rev: await src.revision(), index: current.index };
      }
      return response;
    } catch (err) {
      return { ok: false, error: `Not stored: ${err instanceof Error ? err.message : String(err)}` };
    }
  };

  const handle = async (msg: Message, tabId: number | undefined): Promise<unknown> => {
    switch (msg.type) {
      case 'analyze': {
        const res = await analyze(msg.title, msg.text, msg.url);
        if (tabId != null) void setBadge(tabId, res.ok ? contradictedCount(res.report) : 0, res.ok ? res.report.coverage.length : 0);
        return res;
      }
      case 'add-page':
        return addPage(msg);
      default:
        return undefined;
    }
  };

  /**
   * runtime.onMessage listener. Replies through sendResponse + `return true` (works in Chromium,
   * Firefox and WXT's fake browser); returns nothing for messages that are not ours.
   */
  const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== deps.browser.runtime.id) return;
    const msg = parseMessage(raw);
    // toggle-sidebar is the background's own message to tabs; corpus-changed needs no work here
    // (every analysis re-reads the corpus revision) and no reply.
    if (!msg || msg.type === 'toggle-sidebar' || msg.type === 'focus-first-claim' || msg.type === 'corpus-changed') return;
    if (msg.type === 'open-options') {
      // Content scripts cannot open extension pages themselves (they are not web-accessible).
      void deps.browser.runtime.openOptionsPage?.().catch(() => undefined);
      return;
    }
    void handle(msg, sender.tab?.id).then(sendResponse);
    return true;
  };

  /** What the toolbar button does. Without a tab id: the active tab of the focused window. */
  const toggleSidebar = (tabId?: number) => sendToTab('toggle-sidebar', tabId);
  /** The "first claim" keyboard command: opens the sidebar with focus on the first claim card. */
  const focusFirstClaim = (tabId?: number) => sendToTab('focus-first-claim', tabId);

  const sendToTab = async (type: 'toggle-sidebar' | 'focus-first-claim', tabId?: number): Promise<boolean | null> => {
    let id = tabId;
    if (id == null) {
      const [tab] = await deps.browser.tabs.query({ active: true, lastFocusedWindow: true });
      id = tab?.id;
    }
    if (id == null) return null;
    try {
      const reply: unknown = await deps.browser.tabs.sendMessage(id, { type });
      return isToggleResponse(reply) ? reply.open : null;
    } catch {
      // No content script in this tab (a browser page, or one loaded before install).
      return null;
    }
  };

  return { onMessage, toggleSidebar, focusFirstClaim };
}

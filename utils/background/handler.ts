// The background's behaviour as plain functions over an injected `browser` and corpus source,
// so it can be exercised with fakes. One CorpusIndex serves every tab; it is rebuilt only when
// the corpus revision changes (a page added here, or an import/delete in the options page).
import type { Browser } from 'wxt/browser';
import { analyzeInStages, preparePage, type PreparedPage } from '../engine/analyze';
import type { CorpusIndex } from '../engine/index/corpus-index';
import type { CorpusDoc, Report } from '../engine/types';
import { isToggleResponse, parseMessage, type Message, type OptionsSection, type ResponseOf } from '../messages';
import { badgeCounts, badgeFor } from './badge';
import type { CorpusSource } from './corpus-source';
import { DEFAULT_REMEMBER_SETTINGS, rememberRefusal, type RememberSettings } from '../remember/settings';
import type { RememberOutcome } from '../storage/remember-page';
import { withSourceUrls } from './source-links';
import { toCorpusDoc } from '../storage/corpus-doc';
import { isoDay } from '../storage/page-doc';
import { createFollow, type FollowDeps } from './follow';
import { libraryFreshness } from '../follow/freshness';
import { isFetchedId } from '../remember/expiry';
import { markStart } from './start-marks';

type Tabs = Pick<typeof Browser.tabs, 'sendMessage' | 'query'> & { create?: (props: { url: string }) => Promise<unknown> };
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
  /** The options page at one of its sections (runtime.getURL('/options.html#' + section)). */
  optionsUrl?: (section: OptionsSection) => string;
  /** The extension's reader page for `query` (runtime.getURL('/reader.html?' + query)). */
  readerUrl?: (query: string) => string;
  /** The reader's "remember as you read" settings; without it nothing is remembered (the default is off). */
  loadRememberSettings?: () => Promise<RememberSettings>;
  /** The clock expiry measures age by (a test passes its own). */
  now?: () => Date;
  /** Followed sources (issue 22): without it the three follow messages answer that it is off. */
  follow?: FollowDeps;
  /**
   * The extension's own origin (runtime.getURL('/')): follow-source, unfollow-source and
   * fetch-now are accepted only from the extension's pages, never from a content script.
   */
  extensionOrigin?: string;
}

/** The messages only the extension's own pages may send: they cause requests or change the list. */
const EXTENSION_PAGE_ONLY = new Set(['follow-source', 'unfollow-source', 'fetch-now']);

/** What happened to a page "remember as you read" saw: kept in memory for tests and debugging only. */
export interface RememberLogEntry {
  url: string;
  status: RememberOutcome['status'] | 'not-remembered';
  detail: string;
}
/** The log keeps the last few outcomes; it is never stored or sent anywhere. */
const REMEMBER_LOG_SIZE = 50;
/**
 * Second steps of reports kept for their `analyze-details` request: a page asks right after its
 * first reply, but a restored session opens many tabs at once, each first step answered before
 * any second is asked for. Once computed an entry is one report (tens of KB); the oldest goes
 * first, and a page whose rest is gone asks for its report whole.
 */
const DETAILS_KEPT = 32;
/** Wakes whose field names are kept (for the privacy test: one per page opened; never stored or sent). */
const WAKES_KEPT = 50;

export function createBackground(deps: BackgroundDeps) {
  let source: Promise<CorpusSource> | null = null;
  let current: { rev: number; index: Promise<CorpusIndex> } | null = null;
  const action = deps.browser.action ?? deps.browser.browserAction;

  /**
   * Settles when this background life has answered its first message: work that no answer
   * needs (start-up expiry) waits for it, so a page that woke the worker is answered first.
   */
  let firstAnswered!: () => void;
  const answeredOnce = new Promise<void>((r) => (firstAnswered = r));

  const getSource = () => {
    if (!source) {
      source = deps.openCorpus();
      // Once per background life, after the first answer: limits the reader lowered (or time
      // that passed while nothing was remembered) apply even when remembering is off now.
      void source
        .then(() => answeredOnce)
        .then(() => loadRemember().then((settings) => expire(settings)))
        .catch(() => {});
    }
    return source;
  };

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

  /**
   * Adds a document just stored to the live index (when there is one: otherwise the next build
   * reads it) and persists its index entry, so the next start of the background loads it rather
   * than re-indexing its text.
   */
  const indexNew = async (src: CorpusSource, doc: CorpusDoc): Promise<void> => {
    if (!current) return;
    const live = current.index;
    const index = await live;
    index.add(doc);
    current = { rev: await src.revision(), index: live };
    const entry = index.entryOf(doc.id);
    if (entry) await src.saveIndexEntry(doc, entry);
  };

  /** The toolbar badge for a tab: one meaning only (badgeFor), said again in the button's tooltip. */
  const setBadge = async (tabId: number, report: Report | null) => {
    if (!action) return;
    const badge = badgeFor(badgeCounts(report));
    try {
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setBadgeText({ tabId, text: badge.text });
      await action.setTitle?.({ tabId, title: badge.title });
    } catch {
      // The tab may have closed while we were analysing; nothing to badge.
    }
  };

  const analyze = async (title: string, text: string, url: string, date: string | null, tab?: number, whole = false): Promise<ResponseOf<'analyze'>> => {
    try {
      markStart('analyzeReceived');
      const page = { title, text, url, date };
      const src = await getSource();
      markStart('sourceReady');
      const built = await getIndex();
      markStart('indexReady');
      // A library on disk: the index holds what this page's retrieval read (issue 21). The page's
      // own text stage is computed while the first read is in flight, and used by both.
      let prepared: PreparedPage | undefined;
      const prepare = () => (prepared ??= preparePage(page));
      const sentencesOf = () => ({ sentences: prepare().sentences, terms: prepare().feats.map((f) => f.terms) });
      const index = src.indexFor ? await src.indexFor(built, page, sentencesOf) : built;
      markStart('lookedUp');
      // The claims first: highlights and cards need nothing else. The rest of the report (the
      // story's facts, additions, quotes, figures) is computed in the next task, while the page
      // draws, and fetched with `analyze-details` (analyze.ts has the figures).
      const staged = analyzeInStages(page, index, prepare());
      // The covering documents as this lookup found them: by the second step the document cache
      // may have moved on to another tab's page.
      const found = new Map(staged.claims.coverage.map((d) => [d.source, index.get(d.source)]));
      const docs = { get: (id: string) => (found.has(id) ? found.get(id) : index.get(id)) };
      // Nothing covers the page (or it is not English), or the page asks for it whole: one step.
      const direct = whole || staged.complete || staged.claims.coverage.length === 0;
      const report = withSourceUrls(direct ? staged.finish() : staged.claims, docs);
      markStart('analysed');
      const load = src.lastIndexLoad();
      // "N of its total": the total from the indexing round, not N plus its pending count, which
      // a batch committing while the page read N would make one batch short.
      if (load?.pending) report.indexing = { searchable: index.documentCount, pending: load.total !== undefined ? Math.max(0, load.total - index.documentCount) : load.pending };
      const first = await withFreshness(report);
      const rest = direct ? null : keepDetails(tab, () => ({ ...withSourceUrls(staged.finish(), docs), ...pick(first, 'indexing', 'freshness') }));
      markStart('replied');
      // A later task than the second step: what the analysis derived is kept off the page's path.
      if (src.answered) setTimeout(() => void src.answered?.(), 0);
      return rest ? { ok: true, report: first, details: rest } : { ok: true, report: first };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };

  /** The fields of `report` among `keys` that are set (a spread of undefined ones would add keys). */
  const pick = (report: Report, ...keys: ('indexing' | 'freshness')[]): Partial<Report> =>
    Object.fromEntries(keys.filter((k) => report[k] !== undefined).map((k) => [k, report[k]]));

  /**
   * Second steps being computed or done, by id, with the tab that asked (at most DETAILS_KEPT,
   * oldest out first): only that tab is given its rest.
   */
  const details = new Map<string, { tab: number | undefined; answer: Promise<ResponseOf<'analyze-details'>> }>();
  let detailsSeq = 0;
  /** Starts `finish` in the next task (the first reply goes out before it) and keeps its answer for the page's request. */
  const keepDetails = (tab: number | undefined, finish: () => Report): string => {
    const id = `d${++detailsSeq}`;
    const answer = new Promise<ResponseOf<'analyze-details'>>((resolve) =>
      setTimeout(() => {
        try {
          resolve({ ok: true, report: finish() });
          markStart('detailed');
        } catch (err) {
          resolve({ ok: false, error: err instanceof Error ? err.message : String(err) });
        }
      }, 0),
    );
    details.set(id, { tab, answer });
    while (details.size > DETAILS_KEPT) details.delete(details.keys().next().value!);
    return id;
  };

  const analyzeDetails = async (id: string, tab: number | undefined): Promise<ResponseOf<'analyze-details'>> => {
    const pending = details.get(id);
    // Gone (many tabs analysed since, or another background life), or another tab's.
    if (!pending || pending.tab !== tab) return { ok: false, error: 'The rest of this comparison is no longer kept.' };
    details.delete(id);
    return pending.answer;
  };

  /**
   * The sidebar's "compared with 3 articles from 3 sources you follow, fetched 20 min ago": only
   * when the reader follows sources or the coverage holds fetched articles (their ids say so; only
   * those documents are read, for their feed). Never fails the analysis: without it the summary
   * simply says less.
   */
  const withFreshness = async (report: Report): Promise<Report> => {
    if (!deps.follow) return report;
    try {
      const sources = await deps.follow.state.loadSources();
      const fetchedIds = report.coverage.map((d) => d.source).filter(isFetchedId);
      if (!sources.length && !fetchedIds.length) return report;
      const store = (await getSource()).store();
      // One read each, all at once: this runs before every reply that covers fetched articles.
      const froms = await Promise.all(fetchedIds.map(async (id) => (await store?.getDocument(id))?.fetchedFrom));
      const feeds = new Map<string, string>();
      fetchedIds.forEach((id, k) => froms[k] && feeds.set(id, froms[k]));
      return { ...report, freshness: libraryFreshness(report.coverage, (id) => feeds.get(id), sources) };
    } catch {
      return report;
    }
  };

  const addPage = async (msg: Extract<Message, { type: 'add-page' }>): Promise<ResponseOf<'add-page'>> => {
    try {
      const src = await getSource();
      const { type: _, ...page } = msg;
      const { response, doc } = await src.addPage(page);
      // Index the new page now rather than rebuilding everything at the next analysis.
      if (doc) await indexNew(src, doc);
      return response;
    } catch (err) {
      return { ok: false, error: `Not stored: ${err instanceof Error ? err.message : String(err)}` };
    }
  };

  /**
   * The last "remember" started (it runs after the analysis reply): a page-stored question waits
   * for it, or a page being remembered right now would be offered the add button once more.
   */
  let remembering: Promise<void> = Promise.resolve();

  const pageStored = async (msg: Extract<Message, { type: 'page-stored' }>): Promise<ResponseOf<'page-stored'>> => {
    await remembering;
    try {
      const src = await getSource();
      return await src.findPage({ title: '', text: msg.text, url: msg.url, canonicalUrl: msg.canonicalUrl });
    } catch {
      // Unknown: offer the button, whose reply says what happened.
      return { stored: false };
    }
  };

  const rememberLog: RememberLogEntry[] = [];
  /** The field names of the last wake messages received (a test checks they are `type` alone). */
  const wakes: string[][] = [];
  const log = (entry: RememberLogEntry) => {
    rememberLog.push(entry);
    if (rememberLog.length > REMEMBER_LOG_SIZE) rememberLog.shift();
  };
  const now = deps.now ?? (() => new Date());
  const loadRemember = deps.loadRememberSettings ?? (async () => DEFAULT_REMEMBER_SETTINGS);

  /** Drops expired documents from the live index too, so they stop matching at once. */
  const expire = async (settings: RememberSettings, at: Date = now()): Promise<string[]> => {
    const src = await getSource();
    const fetchedKeepDays = deps.follow ? (await deps.follow.state.loadSettings()).keepDays : undefined;
    const gone = await src.expire({ now: at, keepDays: settings.keepDays, maxDocs: settings.maxDocs, fetchedKeepDays });
    if (gone.length && current) {
      const index = await current.index;
      for (const id of gone) index.remove(id);
      current = { rev: await src.revision(), index: current.index };
    }
    return gone;
  };

  /**
   * "Remember as you read": after an analysis of an English article, store the page unless the
   * reader's settings say otherwise. Never blocks or changes the analysis reply, and says nothing
   * in the badge or the page.
   */
  const remember = async (msg: Extract<Message, { type: 'analyze' }>): Promise<void> => {
    const settings = await loadRemember();
    const refusal = rememberRefusal(settings, msg.url);
    if (refusal) return log({ url: msg.url, status: 'not-remembered', detail: refusal });
    const src = await getSource();
    const { outcome, doc } = await src.remember({ title: msg.title, text: msg.text, url: msg.url, ...msg.meta });
    if (doc) await indexNew(src, doc);
    log({ url: msg.url, status: outcome.status, detail: outcome.status === 'stored' ? outcome.id : outcome.status === 'duplicate' ? outcome.of : outcome.reason });
    if (outcome.status === 'stored') await expire(settings);
  };

  const openReader = async (source: string, sentenceIndex: number): Promise<{ ok: boolean }> => {
    if (!deps.readerUrl || !deps.browser.tabs.create) return { ok: false };
    const query = new URLSearchParams({ doc: source, s: String(sentenceIndex) });
    try {
      await deps.browser.tabs.create({ url: deps.readerUrl(String(query)) });
      return { ok: true };
    } catch {
      return { ok: false };
    }
  };

  const follow = deps.follow
    ? createFollow(deps.follow, {
        store: async () => (await getSource()).store(),
        indexNew: async (doc) => {
          // The live index gains the article now (when there is one: otherwise the next build
          // reads it with the rest); no rebuild, and no badge: a fetch is not a page being read.
          const src = await getSource();
          await indexNew(src, toCorpusDoc(doc));
        },
        expire: async () => void (await expire(await loadRemember())),
      })
    : null;
  const followOff = { ok: false, error: 'following sources is not available here' } as const;

  const handle = async (msg: Message, tabId: number | undefined): Promise<unknown> => {
    switch (msg.type) {
      case 'follow-source':
        return follow ? follow.followSource(msg.url) : followOff;
      case 'unfollow-source':
        return follow ? follow.unfollowSource(msg.url) : followOff;
      case 'fetch-now':
        return follow ? follow.fetchNow() : followOff;
      case 'analyze': {
        // The page's own day (its metadata), so a contradiction with a report of another day says both.
        const res = await analyze(msg.title, msg.text, msg.url, isoDay(msg.meta?.publishedTime), tabId, msg.whole);
        if (tabId != null) void setBadge(tabId, res.ok ? res.report : null);
        // Only pages the content script found an article on carry `meta`; a report with a
        // notice (not English) is not remembered.
        if (res.ok && !res.report.notice && msg.meta) {
          remembering = remember(msg).catch((e) => log({ url: msg.url, status: 'refused', detail: e instanceof Error ? e.message : String(e) }));
        }
        return res;
      }
      case 'analyze-details':
        return analyzeDetails(msg.id, tabId);
      case 'open-reader':
        return openReader(msg.source, msg.sentenceIndex);
      case 'add-page':
        return addPage(msg);
      case 'page-stored':
        return pageStored(msg);
      default:
        return undefined;
    }
  };

  /**
   * runtime.onMessage listener. Replies through sendResponse + `return true` (works in Chromium,
   * Firefox and WXT's fake browser); returns nothing for messages that are not ours.
   */
  const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number }; url?: string }, sendResponse: (r: unknown) => void) => {
    if (sender.id !== deps.browser.runtime.id) return;
    const msg = parseMessage(raw);
    // toggle-sidebar is the background's own message to tabs; corpus-changed needs no work here
    // (every analysis re-reads the corpus revision) and no reply; extract-html is for the
    // offscreen document.
    if (!msg || msg.type === 'toggle-sidebar' || msg.type === 'focus-first-claim' || msg.type === 'corpus-changed' || msg.type === 'extract-html') return;
    if (msg.type === 'wake') {
      // A page is loading that will ask for an analysis: open the library and check what is
      // pending now, while it loads. No reply, and not an answer: start-up expiry still waits
      // for the page's own. The fields it came with are kept (names only) for the privacy test.
      markStart('wakeReceived');
      wakes.push(Object.keys(raw as object));
      if (wakes.length > WAKES_KEPT) wakes.shift();
      void getIndex().catch(() => undefined);
      return;
    }
    if (EXTENSION_PAGE_ONLY.has(msg.type) && !fromExtensionPage(sender)) {
      // A content script runs beside untrusted page content: it must not make the extension
      // fetch, or change what it follows.
      sendResponse({ ok: false, error: 'only the extension’s own pages can do this' });
      return;
    }
    if (msg.type === 'open-options') {
      // Content scripts cannot open extension pages themselves (they are not web-accessible).
      // openOptionsPage takes no fragment: a section is opened as a tab at its own address.
      if (msg.section && deps.optionsUrl && deps.browser.tabs.create) void deps.browser.tabs.create({ url: deps.optionsUrl(msg.section) }).catch(() => undefined);
      else void deps.browser.runtime.openOptionsPage?.().catch(() => undefined);
      return;
    }
    void handle(msg, sender.tab?.id)
      .then(sendResponse)
      .finally(() => firstAnswered());
    return true;
  };

  /** An extension page (options, reader) rather than a content script in a web page's tab. */
  const fromExtensionPage = (sender: { tab?: unknown; url?: string }) =>
    sender.tab === undefined || (!!deps.extensionOrigin && typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin));

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

  return {
    onMessage,
    toggleSidebar,
    focusFirstClaim,
    /** Runs expiry now with the reader's limits (at `at`, for tests that cannot wait 90 days). */
    expireRemembered: async (at?: Date) => {
      firstAnswered();
      return expire(await loadRemember(), at);
    },
    rememberLog: (): readonly RememberLogEntry[] => [...rememberLog],
    /** The field names of each wake message received lately, oldest first (never their values). */
    wakeFields: (): string[][] => wakes.map((w) => [...w]),
    /** How the background's index was last loaded (from stored entries or re-indexed), or null. */
    indexLoad: async () => (source ? (await source).lastIndexLoad() : null),
    /** Followed sources: the alarm's listener, start-up, and the runs (null without deps.follow). */
    follow,
  };
}

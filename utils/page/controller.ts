// The content script's logic, kept out of the entrypoint: extract the article, ask the
// background for a report, anchor the claims in the live page, draw highlights, and route
// clicks on highlighted text to the sidebar. Every listener is registered through WXT's ctx,
// so an extension update or reload leaves nothing behind in the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Relation, Report } from '../engine/types';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../article/extract';
import { anchorQuotes, buildTextMap, rangeForSpan } from '../anchoring';
import { analyzeRequest, isAddPageResponse, isAnalyzeResponse, isPageStoredResponse, pageStoredRequest, type Message, type OptionsSection } from '../messages';
import type { ExtractedArticle } from '../article/extract';
import { clearHighlights, drawFocus, drawHighlights, hideHighlights, highlightsSupported } from './highlights';
import { caretAt, claimAtPoint, isInteractiveTarget } from './hit-test';
import { filteredCards, filteredMatches, primaryRelation, stepId } from './report-view';
import { createStore, initialState, type PageStatus, type SidebarState, type Store } from './store';
import { loadPreferences, savePreferences, type Preferences } from './preferences';
import { checkPageSize, languageNotice, pageLanguageNotice, sendWithRetry, yieldToPage } from './guard';
import { markStep, recordDuration } from './timings';
import { rightEdge } from './layout';
import type { Claim } from '../engine/types';

/** The sidebar's host element; the text map and the click handler ignore it. */
export const SIDEBAR_TAG = 'source-compare-sidebar';
/** The host of the in-page helpers: the skip button to the first claim and the first-run hint. */
export const HINT_TAG = 'source-compare-hint';

export interface PageDeps {
  /** Sends a message to the background and returns its raw (unvalidated) reply. */
  send(msg: Message): Promise<unknown>;
}

export interface PageController {
  store: Store<SidebarState>;
  start(): Promise<void>;
  toggle(): boolean;
  close(): void;
  /** Opens the sidebar on a claim's card; `scrollPage` also brings the claim into view in the page. */
  focusClaim(id: string, scrollPage?: boolean): void;
  /** Stores this page's article in the reader's corpus; the outcome lands in state.addPage. */
  addPage(): Promise<void>;
  /** Changes and persists the reader's UI preferences (highlights, filters, width…). */
  setPrefs(patch: Partial<Omit<Preferences, 'version'>>): void;
  /** Marks a claim in the page while its card is hovered (null: none). */
  hoverClaim(id: string | null): void;
  /** Focuses the next (1) or previous (-1) visible card and shows its claim in the page. */
  step(delta: 1 | -1): void;
  setCollapsed(collapsed: boolean): void;
  /** Analyses the page again (after an error). */
  retry(): void;
  /** Opens the sidebar with keyboard focus on the first claim card (the keyboard route from the page). */
  focusFirstClaim(): boolean;
  /** Hides the first-run hint for good. */
  dismissHint(): void;
  /** Asks the background to open the options page (at one of its sections). */
  openOptions(section?: OptionsSection): void;
}

interface Anchor {
  claimId: string;
  claim: Claim;
  range: Range;
  /** The page text the range held when anchored: a different text later means the page re-rendered. */
  text: string;
}

/** Quiet time after the last relevant DOM change before re-anchoring or re-analysing. */
const SETTLE_MS = 350;

/** True when the page paints a dark background of its own (luminance of body's, else html's). */
export function pageIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = win.getComputedStyle(el).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!m) continue;
    const alpha = m[4] === undefined ? 1 : Number(m[4]);
    if (alpha < 0.5) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.35;
  }
  return false;
}

const reducedMotion = (doc: Document) => !!doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

const isOwnUi = (el: Element) => el.localName === SIDEBAR_TAG || el.localName === HINT_TAG;

export function createPageController(ctx: ContentScriptContext, doc: Document, deps: PageDeps): PageController {
  const store = createStore<SidebarState>(initialState);
  let anchors: Anchor[] = [];
  /** The anchors drawn right now (what a click in the page can land on). */
  let clickable: Anchor[] = [];
  let article: ExtractedArticle | null = null;
  /** The URL the current report is for; a different one (pushState, popstate) means a new article. */
  let analysedUrl = '';
  /** The page's URL without its fragment: jumping to #section is not another article. */
  const articleUrl = () => (doc.location?.href ?? '').replace(/#.*$/, '');
  /** Bumped on every analysis, so a slow reply for an earlier article is dropped. */
  let generation = 0;
  /** Closest element holding every anchored claim: mutations inside it may have re-rendered the article. */
  let articleRoot: Node | null = null;
  let hoverId: string | null = null;
  /** Preferences came from storage: until then, whether the hint was dismissed is unknown. */
  let prefsLoaded = false;

  /** The first-run hint: the first time highlights are drawn, until dismissed or the sidebar is opened. */
  const updateHint = () => {
    const s = store.get();
    const show = prefsLoaded && !s.prefs.hintDismissed && !s.open && s.status === 'ready' && s.highlightedIds.size > 0;
    if (show !== s.hintVisible) store.set({ hintVisible: show });
  };
  const rememberHintSeen = () => {
    const s = store.get();
    if (s.hintVisible) store.set({ hintVisible: false });
    if (!prefsLoaded || s.prefs.hintDismissed) return;
    const prefs = { ...s.prefs, hintDismissed: true };
    store.set({ prefs });
    void savePreferences(prefs);
  };

  /**
   * Updates the state and the <html> test hooks together, so they never disagree. The hook says
   * 'loading' until the whole report is in: highlights and cards may be drawn a step before the
   * rest arrives (the 'highlighted' and 'detailed' timings tell the two apart).
   */
  const setStatus = (status: PageStatus, patch: Partial<SidebarState> = {}) => {
    const ds = doc.documentElement.dataset;
    ds.sourceCompare = status === 'ready' && (patch.detailsPending ?? store.get().detailsPending) ? 'loading' : status;
    if (status === 'loading') delete ds.sourceCompareHighlights;
    else ds.sourceCompareHighlights = String(patch.highlightedIds?.size ?? 0);
    store.set({ status, ...patch });
  };

  /** The focus mark: the hovered card's claim, else the current one while the sidebar is open. */
  const drawFocusMark = () => {
    const s = store.get();
    const id = hoverId ?? (s.open && !s.collapsed ? s.currentClaimId : null);
    const a = id ? anchors.find((x) => x.claimId === id) : undefined;
    drawFocus(doc, a?.range ?? null, s.pageDark);
  };

  const scrollToClaim = (id: string) => {
    const a = anchors.find((x) => x.claimId === id);
    const el = a?.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: reducedMotion(doc) ? 'auto' : 'smooth' });
  };

  const focusClaim = (id: string, scrollPage = false) => {
    const s = store.get();
    store.set({ open: true, currentClaimId: id, focusSeq: s.focusSeq + 1 });
    // The reader found the sidebar: the hint has done its work.
    rememberHintSeen();
    if (scrollPage) scrollToClaim(id);
    drawFocusMark();
  };

  /** Draws the anchored claims as the reader's preferences say (switch, filters, unmatched claims). */
  const redraw = () => {
    const s = store.get();
    const { prefs } = s;
    const byRelation = new Map<Relation, Range[]>();
    const unmatched: Range[] = [];
    const drawnIds = new Set<string>();
    clickable = [];
    if (prefs.highlights) {
      for (const a of anchors) {
        if (a.claim.matches.length === 0) {
          if (prefs.showUnmatched) {
            unmatched.push(a.range);
            clickable.push(a);
          }
          continue;
        }
        const relation = primaryRelation({ matches: filteredMatches(a.claim, prefs) });
        if (!relation) continue;
        let ranges = byRelation.get(relation);
        if (!ranges) byRelation.set(relation, (ranges = []));
        ranges.push(a.range);
        drawnIds.add(a.claimId);
        clickable.push(a);
      }
      drawHighlights(doc, byRelation, unmatched, s.pageDark);
    } else {
      hideHighlights(doc);
    }
    drawFocusMark();
    if (s.status === 'ready') setStatus('ready', { highlightedIds: drawnIds });
    else store.set({ highlightedIds: drawnIds });
    updateHint();
  };

  /** Finds every claim in the live page text (matched or not) and draws them. */
  const showReport = (report: Report) => {
    const map = buildTextMap(doc.body, { exclude: isOwnUi });
    const spans = anchorQuotes(map.text, report.claims.map((c) => c.text));
    anchors = [];
    // Without the Highlight API nothing is drawn, and clicks have nothing to land on.
    if (highlightsSupported(doc.defaultView as Window & typeof globalThis)) {
      report.claims.forEach((claim, i) => {
        const span = spans[i];
        if (!span) return;
        const range = rangeForSpan(map, span.start, span.end, doc);
        if (!range) return;
        anchors.push({ claimId: claim.id, claim, range, text: range.toString() });
      });
    }
    articleRoot = null;
    if (anchors.length) {
      const r = doc.createRange();
      r.setStart(anchors[0]!.range.startContainer, 0);
      r.setEnd(anchors[anchors.length - 1]!.range.endContainer, 0);
      articleRoot = r.commonAncestorContainer;
    }
    // Measured only while the page is not pushed aside: a pushed page has reflowed around the sidebar.
    const pushed = doc.defaultView?.getComputedStyle(doc.documentElement).marginRight ?? '0px';
    const articleRight = pushed === '0px' ? rightEdge(anchors.map((a) => a.range)) : store.get().articleRight;
    store.set({ report, anchoredIds: new Set(anchors.map((a) => a.claimId)), articleRight });
    store.set({ status: 'ready' });
    redraw();
  };

  /** An anchor whose nodes left the page or whose words changed: the page re-rendered it. */
  const anchorsStale = () => anchors.some((a) => !a.range.startContainer.isConnected || !a.range.endContainer.isConnected || a.range.toString() !== a.text);

  let settleTimer: number | undefined;
  /** After the page settles: a new URL means a new article; a re-rendered article is re-anchored. */
  const settle = () => {
    settleTimer = undefined;
    if (ctx.isInvalid) return;
    if (articleUrl() !== analysedUrl) {
      void analyse();
      return;
    }
    const s = store.get();
    if (s.status !== 'ready' || !s.report || !anchorsStale()) return;
    const before = anchors.length;
    showReport(s.report);
    // Most claims gone: the page swapped in another article without changing its URL.
    if (anchors.length < before / 2) void analyse();
  };
  const scheduleSettle = () => {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(settle, SETTLE_MS);
  };

  const onMutations = (records: MutationRecord[]) => {
    if (articleUrl() !== analysedUrl) {
      scheduleSettle();
      return;
    }
    if (!anchors.length) return;
    const root = articleRoot;
    for (const m of records) {
      // Our own sidebar host coming and going is not the article changing.
      if (m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((n) => n.nodeType === 1 && isOwnUi(n as Element))) continue;
      if (!root || !root.isConnected || root.contains(m.target) || m.target.contains(root)) {
        scheduleSettle();
        return;
      }
    }
  };

  const onClick = (ev: MouseEvent) => {
    if (ev.button !== 0 || !clickable.length) return;
    if (ev.composedPath().some((n) => (n as Node).nodeType === 1 && isOwnUi(n as Element))) return;
    if (isInteractiveTarget(ev.target)) return;
    // A reader selecting text is not asking for a card.
    const sel = doc.getSelection();
    if (sel && !sel.isCollapsed) return;
    const caret = caretAt(doc, ev.clientX, ev.clientY);
    if (!caret) return;
    const id = claimAtPoint(clickable, caret.node, caret.offset);
    if (id) focusClaim(id);
  };

  /** The ids of the cards the sidebar shows, in its order (filters applied). */
  const visibleIds = () => {
    const s = store.get();
    return s.report ? filteredCards(s.report, s.prefs).map((c) => c.claim.id) : [];
  };
  const step = (delta: 1 | -1) => {
    const id = stepId(visibleIds(), store.get().currentClaimId, delta);
    if (id) focusClaim(id, true);
  };
  const close = () => {
    hoverId = null;
    store.set({ open: false });
    drawFocusMark();
  };

  const onKey = (ev: KeyboardEvent) => {
    const s = store.get();
    if (!s.open) return;
    if (ev.key === 'Escape') {
      close();
      return;
    }
    // Alt+Shift+. / , anywhere; j / k inside the sidebar (not while typing in a control).
    if (ev.altKey && ev.shiftKey && !ev.ctrlKey && !ev.metaKey && (ev.code === 'Period' || ev.code === 'Comma')) {
      ev.preventDefault();
      step(ev.code === 'Period' ? 1 : -1);
      return;
    }
    if (ev.altKey || ev.ctrlKey || ev.metaKey || (ev.key !== 'j' && ev.key !== 'k')) return;
    const path = ev.composedPath();
    if (!path.some((n) => (n as Node).nodeType === 1 && isOwnUi(n as Element))) return;
    const inner = path[0] as Element | undefined;
    if (inner?.nodeType === 1 && /^(INPUT|SELECT|TEXTAREA)$/.test(inner.tagName)) return;
    ev.preventDefault();
    step(ev.key === 'j' ? 1 : -1);
  };

  /** Asks the background whether this article is in the library already (state.pageStored). */
  const checkStored = async (gen: number) => {
    const a = article;
    if (!a) return;
    let reply: unknown = null;
    try {
      reply = await deps.send(pageStoredRequest(a.text, doc.location?.href ?? '', a.canonicalUrl));
    } catch {
      // No answer: offer the button, whose reply says what happened.
    }
    if (ctx.isInvalid || gen !== generation) return;
    store.set({ pageStored: isPageStoredResponse(reply) ? reply.stored : false });
  };

  const analyse = async () => {
    const gen = ++generation;
    analysedUrl = articleUrl();
    anchors = [];
    clickable = [];
    articleRoot = null;
    article = null;
    if (store.get().report) {
      // A new article on the same page (single-page sites): start from a clean slate.
      clearHighlights(doc);
      store.set({ report: null, currentClaimId: null, anchoredIds: new Set(), addPage: null, error: null, detailsPending: false });
    }
    store.set({ pageStored: null });
    setStatus('loading');
    // A huge page gets a message instead of a frozen tab; the heavy steps below are separate
    // tasks with the page's own work in between (guard.ts has the figures).
    const size = checkPageSize(doc);
    if (!size.ok) {
      setStatus('too-large', { error: size.message });
      return;
    }
    const stale = () => ctx.isInvalid || gen !== generation;
    try {
      // Reader View's cheap test first: most pages that are not articles (feeds, apps, search
      // results) are turned away without cloning the whole document for Readability.
      const readerable = isProbablyReaderable(doc);
      if (readerable) await yieldToPage();
      if (stale()) return;
      const t0 = performance.now();
      article = readerable ? extractArticle(doc.cloneNode(true) as Document, { url: doc.location?.href }) : null;
      if (article) recordDuration('readabilityMs', markStep('extracted', doc) - t0, doc);
    } catch {
      article = null;
    }
    if (!article) {
      // No article: the button stays, and says there is nothing to store when pressed.
      store.set({ pageStored: false });
      const foreign = pageLanguageNotice(doc.body?.textContent ?? '', doc.documentElement.getAttribute('lang'));
      if (foreign) setStatus('unsupported-language', { error: foreign });
      else setStatus('no-article');
      return;
    }
    const notice = languageNotice(article.text, article.lang);
    if (notice) {
      store.set({ pageStored: false });
      setStatus('unsupported-language', { error: notice });
      return;
    }
    try {
      const { title, text } = article;
      // The page's metadata rides along: the background remembers the page with it when the
      // reader has turned "remember as you read" on (it decides; nothing else is sent).
      const meta = { siteName: article.siteName, publishedTime: article.publishedTime, author: article.author, canonicalUrl: article.canonicalUrl, lang: article.lang };
      // An MV3 service worker may be stopped mid-request: one more try after a short pause.
      const reply = await sendWithRetry(
        () => deps.send(analyzeRequest(title, text, doc.location?.href ?? '', meta)),
        (why) => console.warn(`[source-compare] analysis request failed (${why}); retrying once`),
      );
      if (stale()) return;
      // Asked only now: the background may be remembering this page after its analysis, and
      // answers once that is done.
      void checkStored(gen);
      markStep('analysed', doc);
      await yieldToPage();
      if (stale()) return;
      if (!isAnalyzeResponse(reply)) throw new Error('The extension’s background sent no usable answer.');
      if (!reply.ok) throw new Error(reply.error);
      if (reply.report.coverage.length === 0) {
        setStatus('no-coverage', { report: reply.report });
        return;
      }
      const t1 = performance.now();
      if (reply.details) store.set({ detailsPending: true });
      showReport(reply.report);
      recordDuration('anchorMs', markStep('highlighted', doc) - t1, doc);
      if (reply.details) await fetchDetails(reply.details, reply.report, stale, () => deps.send({ ...analyzeRequest(title, text, doc.location?.href ?? ''), whole: true }));
    } catch (err) {
      if (gen !== generation) return;
      setStatus('error', { error: err instanceof Error ? err.message : String(err) });
    }
  };

  /**
   * The rest of the report (facts, additions, quotes, figures) for the claims already shown.
   * The claims stay as drawn (the second step adds their fact ids, nothing else); if the rest
   * does not come, the sidebar keeps the claims and says less.
   */
  const fetchDetails = async (id: string, claims: Report, stale: () => boolean, askWhole: () => Promise<unknown>) => {
    let reply: unknown = null;
    let again = false;
    try {
      reply = await deps.send({ type: 'analyze-details', id });
      // Not kept any more (many tabs at once, or a new background life): the report whole, once.
      if (isAnalyzeResponse(reply) && !reply.ok && !stale()) {
        again = true;
        reply = await askWhole();
      }
    } catch (err) {
      console.warn(`[source-compare] the rest of the report did not come (${err instanceof Error ? err.message : String(err)})`);
    }
    if (stale()) return;
    const whole = isAnalyzeResponse(reply) && reply.ok && reply.report.claims.length === claims.claims.length ? reply.report : null;
    if (!whole && isAnalyzeResponse(reply) && !reply.ok) console.warn(`[source-compare] the rest of the report did not come (${reply.error})`);
    store.set({ detailsPending: false });
    // A report asked for again may differ (the library changed meanwhile): drawn anew.
    if (whole && again) showReport(whole);
    else if (whole) store.set({ report: whole });
    setStatus(store.get().status, { highlightedIds: store.get().highlightedIds });
    markStep('detailed', doc);
  };

  return {
    store,
    async start() {
      setStatus('loading');
      ctx.addEventListener(doc, 'click', onClick);
      ctx.addEventListener(doc, 'keydown', onKey);
      // Single-page sites: a pushState/popstate to another URL means another article (WXT's
      // watcher uses the Navigation API where there is one, else polls).
      ctx.addEventListener(doc.defaultView ?? window, 'wxt:locationchange', scheduleSettle);
      // Sites that re-render the article (hydration, live updates) replace the nodes our ranges
      // point at: re-anchor once the page is quiet again.
      const observer = new MutationObserver(onMutations);
      if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      ctx.onInvalidated(() => {
        observer.disconnect();
        if (settleTimer !== undefined) clearTimeout(settleTimer);
        clearHighlights(doc);
        delete doc.documentElement.dataset.sourceCompare;
        delete doc.documentElement.dataset.sourceCompareHighlights;
      });
      try {
        store.set({ pageDark: pageIsDark(doc) });
      } catch {
        // A page that hides its styles from us: follow the system theme.
      }
      // Preferences load beside the analysis; whichever comes second redraws with both.
      const loadingPrefs = loadPreferences().then((prefs) => {
        if (ctx.isInvalid) return;
        prefsLoaded = true;
        store.set({ prefs });
        if (anchors.length) redraw();
        updateHint();
      });
      await Promise.all([analyse(), loadingPrefs]);
    },
    toggle() {
      const open = !store.get().open;
      if (open) {
        store.set({ open, collapsed: false });
        rememberHintSeen();
      } else close();
      return open;
    },
    focusFirstClaim() {
      const [first] = visibleIds();
      if (first) focusClaim(first, true);
      else {
        store.set({ open: true, collapsed: false });
        rememberHintSeen();
      }
      store.set({ collapsed: false });
      return true;
    },
    dismissHint: rememberHintSeen,
    openOptions(section) {
      void deps.send(section ? { type: 'open-options', section } : { type: 'open-options' }).catch(() => undefined);
    },
    close,
    focusClaim,
    setPrefs(patch) {
      const prefs = { ...store.get().prefs, ...patch };
      store.set({ prefs });
      void savePreferences(prefs);
      if (anchors.length) redraw();
    },
    retry() {
      void analyse();
    },
    hoverClaim(id) {
      hoverId = id;
      drawFocusMark();
    },
    step,
    setCollapsed(collapsed) {
      store.set({ collapsed });
      drawFocusMark();
    },
    async addPage() {
      if (store.get().addPage?.state === 'pending') return;
      if (!article) {
        store.set({ addPage: { state: 'error', message: 'Not stored: no article found on this page.' } });
        return;
      }
      store.set({ addPage: { state: 'pending', message: 'Storing this article…' } });
      let reply: unknown;
      try {
        reply = await deps.send({
          ...analyzeRequest(article.title, article.text, doc.location?.href ?? ''),
          type: 'add-page',
          siteName: article.siteName,
          publishedTime: article.publishedTime,
          author: article.author,
          canonicalUrl: article.canonicalUrl,
          lang: article.lang,
        });
      } catch (err) {
        reply = { ok: false, error: `Not stored: ${err instanceof Error ? err.message : String(err)}` };
      }
      if (ctx.isInvalid) return;
      if (!isAddPageResponse(reply)) {
        store.set({ addPage: { state: 'error', message: 'Not stored: the extension’s background sent no usable answer.' } });
      } else if (reply.ok) {
        // Stored now (or found stored): the outcome is said, and the button is not offered again.
        store.set({ addPage: { state: 'done', message: reply.message }, pageStored: true });
      } else {
        store.set({ addPage: { state: 'error', message: reply.error } });
      }
    },
  };
}

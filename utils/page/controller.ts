// The content script's logic, kept out of the entrypoint: extract the article, ask the
// background for a report, anchor the claims in the live page, draw highlights, and route
// clicks on highlighted text to the sidebar. Every listener is registered through WXT's ctx,
// so an extension update or reload leaves nothing behind in the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Relation, Report } from '../engine/types';
import { isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../article/extract';
import { anchorQuotes, buildTextMap, rangeForSpan } from '../anchoring';
import { analyzeRequest, isAddPageResponse, isAnalyzeResponse, type Message } from '../messages';
import type { ExtractedArticle } from '../article/extract';
import { clearHighlights, drawHighlights } from './highlights';
import { caretAt, claimAtPoint, isInteractiveTarget } from './hit-test';
import { primaryRelation } from './report-view';
import { createStore, initialState, type PageStatus, type SidebarState, type Store } from './store';

/** The sidebar's host element; the text map and the click handler ignore it. */
export const SIDEBAR_TAG = 'source-compare-sidebar';

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
}

interface Anchor {
  claimId: string;
  range: Range;
}

const isOwnUi = (el: Element) => el.localName === SIDEBAR_TAG;

export function createPageController(ctx: ContentScriptContext, doc: Document, deps: PageDeps): PageController {
  const store = createStore<SidebarState>(initialState);
  let anchors: Anchor[] = [];
  let article: ExtractedArticle | null = null;

  /** Updates the state and the <html> test hooks together, so they never disagree. */
  const setStatus = (status: PageStatus, patch: Partial<SidebarState> = {}) => {
    const ds = doc.documentElement.dataset;
    ds.sourceCompare = status;
    if (status === 'loading') delete ds.sourceCompareHighlights;
    else ds.sourceCompareHighlights = String(patch.highlightedIds?.size ?? 0);
    store.set({ status, ...patch });
  };

  const focusClaim = (id: string, scrollPage = false) => {
    const s = store.get();
    store.set({ open: true, currentClaimId: id, focusSeq: s.focusSeq + 1 });
    if (scrollPage) {
      const a = anchors.find((x) => x.claimId === id);
      const el = a?.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };

  const showReport = (report: Report) => {
    const map = buildTextMap(doc.body, { exclude: isOwnUi });
    const spans = anchorQuotes(map.text, report.claims.map((c) => c.text));
    const byRelation = new Map<Relation, Range[]>();
    anchors = [];
    report.claims.forEach((claim, i) => {
      const span = spans[i];
      const relation = primaryRelation(claim);
      if (!span || !relation) return;
      const range = rangeForSpan(map, span.start, span.end, doc);
      if (!range) return;
      anchors.push({ claimId: claim.id, range });
      let ranges = byRelation.get(relation);
      if (!ranges) byRelation.set(relation, (ranges = []));
      ranges.push(range);
    });
    // Without the Highlight API nothing is drawn, and clicks have nothing to land on.
    if (drawHighlights(doc, byRelation) === 0) anchors = [];
    setStatus('ready', { report, highlightedIds: new Set(anchors.map((a) => a.claimId)) });
  };

  const onClick = (ev: MouseEvent) => {
    if (ev.button !== 0 || !anchors.length) return;
    if (ev.composedPath().some((n) => (n as Node).nodeType === 1 && isOwnUi(n as Element))) return;
    if (isInteractiveTarget(ev.target)) return;
    // A reader selecting text is not asking for a card.
    const sel = doc.getSelection();
    if (sel && !sel.isCollapsed) return;
    const caret = caretAt(doc, ev.clientX, ev.clientY);
    if (!caret) return;
    const id = claimAtPoint(anchors, caret.node, caret.offset);
    if (id) focusClaim(id);
  };

  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape' && store.get().open) store.set({ open: false });
  };

  return {
    store,
    async start() {
      setStatus('loading');
      ctx.addEventListener(doc, 'click', onClick);
      ctx.addEventListener(doc, 'keydown', onKey);
      ctx.onInvalidated(() => {
        clearHighlights(doc);
        delete doc.documentElement.dataset.sourceCompare;
        delete doc.documentElement.dataset.sourceCompareHighlights;
      });
      try {
        // Reader View's cheap test first: most pages that are not articles (feeds, apps, search
        // results) are turned away without cloning the whole document for Readability.
        article = isProbablyReaderable(doc) ? extractArticle(doc.cloneNode(true) as Document) : null;
      } catch {
        article = null;
      }
      if (!article) {
        setStatus('no-article');
        return;
      }
      try {
        const reply = await deps.send(analyzeRequest(article.title, article.text, doc.location?.href ?? ''));
        if (ctx.isInvalid) return;
        if (!isAnalyzeResponse(reply)) throw new Error('The extension’s background sent no usable answer.');
        if (!reply.ok) throw new Error(reply.error);
        if (reply.report.coverage.length === 0) {
          setStatus('no-coverage', { report: reply.report });
          return;
        }
        showReport(reply.report);
      } catch (err) {
        setStatus('error', { error: err instanceof Error ? err.message : String(err) });
      }
    },
    toggle() {
      const open = !store.get().open;
      store.set({ open });
      return open;
    },
    close() {
      store.set({ open: false });
    },
    focusClaim,
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
          lang: article.lang,
        });
      } catch (err) {
        reply = { ok: false, error: `Not stored: ${err instanceof Error ? err.message : String(err)}` };
      }
      if (ctx.isInvalid) return;
      if (!isAddPageResponse(reply)) {
        store.set({ addPage: { state: 'error', message: 'Not stored: the extension’s background sent no usable answer.' } });
      } else if (reply.ok) {
        store.set({ addPage: { state: 'done', message: reply.message } });
      } else {
        store.set({ addPage: { state: 'error', message: reply.error } });
      }
    },
  };
}

// Thin entrypoint: wires the page controller (utils/page) to the extension runtime and mounts
// the sidebar in a shadow root the first time it is opened.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import { PageHint } from '@/components/PageHint';
import { createPageController, HINT_TAG, SIDEBAR_TAG } from '@/utils/page/controller';
import { parseMessage } from '@/utils/messages';
import { autoRunAllowed, loadSettings } from '@/utils/settings';
import { afterPaint, markStep, recordDuration } from '@/utils/page/timings';
// The sidebar's stylesheet goes into its shadow root as text: no web-accessible file that pages
// could probe for, and no fetch at mount time.
import sidebarCss from '@/components/sidebar.css?inline';
import hintCss from '@/components/page-hint.css?inline';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Top frame only: an article inside an iframe is not analysed, and no sidebar ever appears
  // inside a frame (README, "Permissions and privacy").
  allFrames: false,
  cssInjectionMode: 'manual',
  async main(ctx) {
    markStep('start');
    const page = createPageController(ctx, document, {
      send: (msg) => browser.runtime.sendMessage(msg),
    });

    let mounting: Promise<unknown> | null = null;
    const ensureSidebar = () =>
      (mounting ??= createShadowRootUi(ctx, {
        name: SIDEBAR_TAG,
        css: sidebarCss,
        position: 'inline',
        // On <html>, after <body>: page CSS on body (a transform that would become the fixed
        // sidebar's containing block, overflow or display tricks) cannot move or hide it.
        anchor: 'html',
        append: 'last',
        onMount: (container) => {
          const t0 = performance.now();
          render(<Sidebar store={page.store} actions={page} />, container);
          recordDuration('sidebarRenderMs', performance.now() - t0);
          return container;
        },
        onRemove: (container) => {
          if (container) render(null, container);
        },
      }).then((ui) => ui.mount()));
    // The skip button and the first-run hint, mounted the first time highlights are drawn. At the
    // start of <html> (before <body>) so they are the first stop of the page's tab order.
    let hintMounting: Promise<unknown> | null = null;
    const ensureHint = () =>
      (hintMounting ??= createShadowRootUi(ctx, {
        name: HINT_TAG,
        css: hintCss,
        position: 'inline',
        anchor: 'html',
        append: 'first',
        onMount: (container) => {
          render(<PageHint store={page.store} actions={page} />, container);
          return container;
        },
        onRemove: (container) => {
          if (container) render(null, container);
        },
      }).then((ui) => ui.mount()));
    let wasOpen = false;
    page.store.subscribe((s) => {
      if (s.status === 'ready' && s.highlightedIds.size > 0) void ensureHint();
      // Time to a painted sidebar (docs/bench.md, "In the browser"): mounted, rendered, two frames.
      if (s.open && !wasOpen) void ensureSidebar().then(() => afterPaint()).then(() => markStep('sidebar-painted'));
      wasOpen = s.open;
      if (s.open) void ensureSidebar();
    });

    // Where it runs (options page): on a page that is not allowed to run automatically, nothing
    // is read from the page until the reader presses the toolbar button.
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void page.start();
    };

    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return;
      const msg = parseMessage(raw);
      if (msg?.type === 'focus-first-claim') {
        start();
        sendResponse({ open: page.focusFirstClaim() });
        return;
      }
      if (msg?.type !== 'toggle-sidebar') return;
      start();
      markStep('sidebar-toggle');
      sendResponse({ open: page.toggle() });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const settings = await loadSettings();
    if (ctx.isInvalid) return;
    if (autoRunAllowed(settings, location.href)) start();
  },
});

// Performance marks of the content script's steps, readable from the page and from tests.
// Marks made in a content script's isolated world are not visible to the page's own
// `performance.getEntriesByType('mark')` in Chromium, so each mark's time (ms since the page's
// time origin, the same clock as the page's performance.now() and its long-task entries) is
// also written, as JSON of numbers only, to `<html data-source-compare-timings>`.
// tests/browser/perf.test.ts reads it; docs/bench.md ("In the browser") has the figures.

export type TimingName =
  /** the content script's main() ran (document_idle) */
  | 'start'
  /** Readability extracted the article (after the clone) */
  | 'extracted'
  /** the background's report arrived */
  | 'analysed'
  /** the claims were anchored and the highlights drawn */
  | 'highlighted'
  /** the rest of the report (facts, additions, quotes, figures) arrived and the sidebar has it */
  | 'detailed'
  /** the toolbar toggle asked for the sidebar */
  | 'sidebar-toggle'
  /** the sidebar was rendered and two animation frames later painted */
  | 'sidebar-painted'
  /** main-thread time of the synchronous steps (durations, not times) */
  | 'readabilityMs'
  | 'anchorMs'
  | 'sidebarRenderMs';

const timings: Partial<Record<TimingName, number>> = {};

const round = (n: number) => Math.round(n * 10) / 10;

function publish(doc: Document) {
  try {
    doc.documentElement.dataset.sourceCompareTimings = JSON.stringify(timings);
  } catch {
    // A document without <html> (never in practice): the marks are still in the timeline.
  }
}

/** Records that a step finished now (the latest occurrence wins: a re-analysis re-marks). */
export function markStep(name: TimingName, doc: Document = document): number {
  const now = performance.now();
  try {
    performance.mark(`source-compare:${name}`);
  } catch {
    // Very old engines: only the attribute.
  }
  timings[name] = round(now);
  publish(doc);
  return now;
}

/** Records a duration (ms) of main-thread work, e.g. Readability's task. */
export function recordDuration(name: 'readabilityMs' | 'anchorMs' | 'sidebarRenderMs', ms: number, doc: Document = document): void {
  timings[name] = round(ms);
  publish(doc);
}

/** Resolves after the next frame has been painted (two animation frames). */
export function afterPaint(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
}

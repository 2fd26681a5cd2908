// The sidebar, rendered into a shadow root. It reads the content script's store and never
// touches the page; every string from the page or the corpus is a Preact text node.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SidebarState, Store } from '../utils/page/store';
import type { PageController } from '../utils/page/controller';
import {
  RELATION_LABEL,
  RELATION_ORDER,
  coverageGrid,
  filteredCards,
  outletLabels,
  outletSummaries,
  type OutletSummary,
} from '../utils/page/report-view';
import { DEFAULT_PREFERENCES, MAX_WIDTH, MIN_WIDTH, clampWidth, type Preferences } from '../utils/page/preferences';
import type { Relation, Report } from '../utils/engine/types';
import { removePageStyle, setPageStyle } from '../utils/page/page-style';
import { ClaimCard } from './ClaimCard';
import { RememberPause } from './RememberPause';
import { StatusNotice } from './StatusNotice';
import { DiffView } from './DiffView';

/**
 * What the sidebar may ask of the page controller (utils/page/controller.ts): everything but its
 * lifecycle. Retry is optional so the sidebar can be rendered on its own (tests).
 */
export type SidebarActions = Omit<PageController, 'store' | 'start' | 'toggle' | 'retry'> & Partial<Pick<PageController, 'retry'>>;

/** Below this window width the sidebar overlays the page; above it, it may push the page aside. */
export const NARROW_PX = 900;
/** Push mode leaves the page at least this wide; otherwise the sidebar overlays. */
export const MIN_PAGE_PX = 720;

function useStore<T extends object>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

function Legend({ showUnmatched }: { showUnmatched: boolean }) {
  return (
    <p class="sc-legend" data-testid="legend">
      {RELATION_ORDER.map((rel) => (
        <span key={rel} class="sc-legend-item">
          <span class={`sc-swatch sc-rel-${rel}`} aria-hidden="true" />
          {RELATION_LABEL[rel]}
        </span>
      ))}
      {showUnmatched && (
        <span class="sc-legend-item">
          <span class="sc-swatch sc-swatch-only" aria-hidden="true" />
          Only this outlet
        </span>
      )}
    </p>
  );
}

function Outlets({ rows, labels }: { rows: OutletSummary[]; labels: ReturnType<typeof outletLabels> }) {
  return (
    <section class="sc-section" aria-labelledby="sc-outlets-h">
      <h3 id="sc-outlets-h" class="sc-h3">
        {rows.length === 1 ? '1 other outlet covers this story' : `${rows.length} other outlets cover this story`}
      </h3>
      <ul class="sc-outlets">
        {rows.map((r, i) => {
          const label = labels.get(r.source)!;
          return (
            <li key={r.source} class="sc-outlet-row" data-testid="outlet" data-source={r.source}>
              <span class="sc-col-no" aria-hidden="true">{i + 1}</span>
              <span class="sc-outlet-name" title={r.headline}>
                {label.name}
                {label.detail && <span class="sc-outlet-detail">{label.detail}</span>}
              </span>
              <span class="sc-counts">
                {RELATION_ORDER.map((rel) => (
                  <span
                    key={rel}
                    class={`sc-count sc-rel-${rel}${r.counts[rel] ? '' : ' sc-zero'}`}
                    title={`${RELATION_LABEL[rel]}: ${r.counts[rel]}`}
                    aria-label={`${RELATION_LABEL[rel]}: ${r.counts[rel]}`}
                  >
                    {r.counts[rel]}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The coverage picture: claims down, outlets across, a cell per claim × outlet coloured (and
 * marked) by relation. One tab stop; arrow keys move between claims, Enter opens the card.
 */
function CoverageGrid({ report, labels, currentId, actions }: { report: Report; labels: ReturnType<typeof outletLabels>; currentId: string | null; actions: SidebarActions }) {
  const { outlets, rows } = coverageGrid(report);
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  if (!rows.length || !outlets.length) return null;
  const at = Math.min(active, rows.length - 1);
  const move = (i: number) => {
    const n = Math.max(0, Math.min(rows.length - 1, i));
    setActive(n);
    refs.current[n]?.focus();
  };
  return (
    <section class="sc-section" aria-labelledby="sc-grid-h">
      <h3 id="sc-grid-h" class="sc-h3">Where they agree and differ</h3>
      <div class="sc-grid-head" aria-hidden="true">
        {outlets.map((o, i) => (
          <span key={o.source} class="sc-grid-col" title={labels.get(o.source)?.detail ? `${o.outlet} — ${o.headline}` : o.outlet}>
            {i + 1}
          </span>
        ))}
      </div>
      <div class="sc-grid" role="toolbar" aria-orientation="vertical" aria-label="Coverage picture: one row per claim, one column per outlet" data-testid="coverage-grid">
        {rows.map((row, i) => {
          const said = row.cells
            .map((rel, j) => (rel ? `${labels.get(outlets[j]!.source)!.name}: ${RELATION_LABEL[rel].toLowerCase()}` : null))
            .filter(Boolean)
            .join('; ');
          return (
            <button
              key={row.claim.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              class={`sc-grid-row${row.claim.id === currentId ? ' sc-grid-current' : ''}`}
              tabIndex={i === at ? 0 : -1}
              data-testid="grid-row"
              data-claim-id={row.claim.id}
              aria-label={`Claim ${i + 1}: ${said}`}
              title={row.claim.text}
              onClick={() => {
                setActive(i);
                actions.focusClaim(row.claim.id, true);
              }}
              onKeyDown={(e) => {
                const k = e.key;
                if (k === 'ArrowDown' || k === 'ArrowUp' || k === 'Home' || k === 'End') {
                  e.preventDefault();
                  e.stopPropagation();
                  move(k === 'ArrowDown' ? i + 1 : k === 'ArrowUp' ? i - 1 : k === 'Home' ? 0 : rows.length - 1);
                }
              }}
            >
              {row.cells.map((rel, j) => (
                <span key={j} class={`sc-cell${rel ? ` sc-rel-${rel}` : ''}`} aria-hidden="true" />
              ))}
            </button>
          );
        })}
      </div>
    </section>
  );
}

function Filters({ prefs, rows, labels, actions }: { prefs: Preferences; rows: OutletSummary[]; labels: ReturnType<typeof outletLabels>; actions: SidebarActions }) {
  const toggle = (rel: Relation) => {
    const on = prefs.relations.includes(rel);
    actions.setPrefs({ relations: on ? prefs.relations.filter((r) => r !== rel) : RELATION_ORDER.filter((r) => r === rel || prefs.relations.includes(r)) });
  };
  const outlet = prefs.outlet && rows.some((r) => r.source === prefs.outlet) ? prefs.outlet : '';
  return (
    <div class="sc-filters" role="group" aria-label="Filter claims">
      {RELATION_ORDER.map((rel) => (
        <button
          key={rel}
          type="button"
          class={`sc-chip sc-chip-${rel}`}
          data-testid="relation-filter"
          data-relation={rel}
          aria-pressed={prefs.relations.includes(rel) ? 'true' : 'false'}
          onClick={() => toggle(rel)}
        >
          <span class={`sc-swatch sc-rel-${rel}`} aria-hidden="true" />
          {RELATION_LABEL[rel]}
        </button>
      ))}
      <label class="sc-select-label">
        <span class="sc-vh">Outlet</span>
        <select
          class="sc-select"
          data-testid="outlet-filter"
          value={outlet}
          onChange={(e) => actions.setPrefs({ outlet: e.currentTarget.value || null })}
        >
          <option value="">All outlets</option>
          {rows.map((r) => {
            const l = labels.get(r.source)!;
            return (
              <option key={r.source} value={r.source}>
                {l.detail ? `${l.name} — ${l.detail}` : l.name}
              </option>
            );
          })}
        </select>
      </label>
    </div>
  );
}

function Toolbar({ prefs, actions }: { prefs: Preferences; actions: SidebarActions }) {
  const item = (testid: string, key: 'highlights' | 'showUnmatched' | 'allDiffs', label: string, hint: string) => (
    <button
      type="button"
      class="sc-toggle"
      data-testid={testid}
      aria-pressed={prefs[key] ? 'true' : 'false'}
      title={hint}
      onClick={() => actions.setPrefs({ [key]: !prefs[key] })}
    >
      <span class="sc-toggle-box" aria-hidden="true" />
      {label}
    </button>
  );
  return (
    <div class="sc-toolbar" role="group" aria-label="Display">
      {item('highlights-toggle', 'highlights', 'Highlights', 'Show the claims other outlets report in the page')}
      {item('unmatched-toggle', 'showUnmatched', 'Only this outlet', 'Also show claims no other outlet reports')}
      {item('all-diffs-toggle', 'allDiffs', 'All word diffs', 'Open the word-by-word comparison on every match')}
    </div>
  );
}

function Help() {
  return (
    <details class="sc-help" data-testid="help">
      <summary>Keyboard shortcuts and colours</summary>
      <dl class="sc-keys">
        <dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>U</kbd></dt>
        <dd>Show or hide this sidebar</dd>
        <dt><kbd>j</kbd> / <kbd>k</kbd></dt>
        <dd>Next / previous claim (inside the sidebar)</dd>
        <dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>.</kbd> / <kbd>,</kbd></dt>
        <dd>Next / previous claim (anywhere on the page)</dd>
        <dt><kbd>Esc</kbd></dt>
        <dd>Close the sidebar</dd>
        <dt><kbd>←</kbd> / <kbd>→</kbd> on the edge handle</dt>
        <dd>Make the sidebar wider / narrower</dd>
      </dl>
      <p class="sc-muted">
        In the page, contradicted claims have a wavy underline, claims others add detail to a solid one, agreed claims a dotted
        one; claims only this outlet reports (when shown) a dashed grey one. In word diffs, <del>struck</del> words are only on
        this page and <ins>underlined</ins> words only in the other outlet.
      </p>
    </details>
  );
}

/** Quotes of the same speaker that other outlets give in different words: a misquote risk. */
function Quotes({ report, actions }: { report: Report; actions: SidebarActions }) {
  const differing = (report.quotes ?? []).filter((q) => q.differs);
  if (!differing.length) return null;
  return (
    <section class="sc-section" aria-labelledby="sc-quotes-h">
      <h3 id="sc-quotes-h" class="sc-h3">Quotes worded differently elsewhere</h3>
      <ul class="sc-additions">
        {differing.map((q, i) => (
          <li key={i} class="sc-addition" data-testid="quote-check" data-source={q.source}>
            <p class="sc-muted">
              {q.speaker ?? 'Quoted'} · {q.outlet}
            </p>
            <DiffView parts={q.diff} outlet={q.outlet} />
            <p class="sc-why">{q.why}</p>
            <button type="button" class="sc-link-button" onClick={() => actions.focusClaim(q.claimId, true)}>
              Show the claim
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Figures on the page next to the values other outlets give for the same quantity; disagreements first. */
function Figures({ report, labels, actions }: { report: Report; labels: ReturnType<typeof outletLabels>; actions: SidebarActions }) {
  const rows = (report.figures ?? [])
    .filter((f) => f.others.length > 0)
    .map((f) => ({ f, differs: f.others.some((o) => !o.agrees) }))
    .sort((a, b) => Number(b.differs) - Number(a.differs));
  if (!rows.length) return null;
  const claimText = new Map(report.claims.map((c) => [c.id, c.text]));
  const name = (source: string, fallback: string) => {
    const l = labels.get(source);
    return l ? (l.detail ? `${l.name} (${l.detail})` : l.name) : fallback;
  };
  /** One entry per document: an outlet quoting the same figure in three sentences is one voice. */
  const unique = <T extends { source: string; label: string }>(xs: T[]) => [...new Map(xs.map((x) => [`${x.source}\u0000${x.label}`, x])).values()];
  return (
    <section class="sc-section" aria-labelledby="sc-figures-h">
      <h3 id="sc-figures-h" class="sc-h3">Figures</h3>
      <ul class="sc-additions">
        {rows.map(({ f, differs }, i) => {
          const same = unique(f.others.filter((o) => o.agrees));
          const other = unique(f.others.filter((o) => !o.agrees));
          return (
            <li key={i} class={`sc-addition sc-figure${differs ? ' sc-figure-differs' : ''}`} data-testid="figure">
              <p class="sc-claim">
                {f.label}
                <span class={`sc-badge ${differs ? 'sc-rel-contradicts' : 'sc-rel-agree'} sc-figure-badge`}>{differs ? 'Differs elsewhere' : 'Same elsewhere'}</span>
              </p>
              {/* The page's sentence says what the number is about; the engine's concept keys are stems, not prose. */}
              <p class="sc-muted sc-clamp">{claimText.get(f.claimId) ?? ''}</p>
              <ul class="sc-figure-others">
                {other.map((o, j) => (
                  <li key={`d${j}`} class="sc-fig-differs" title={o.text}>
                    <span aria-hidden="true">≠ </span>
                    <span class="sc-outlet">{name(o.source, o.outlet)}</span> gives <strong>{o.label}</strong>
                  </li>
                ))}
                {same.length > 0 && (
                  <li class="sc-fig-agree">
                    <span aria-hidden="true">= </span>
                    Same in {same.map((o) => name(o.source, o.outlet)).filter((n, k, all) => all.indexOf(n) === k).join(', ')}
                  </li>
                )}
              </ul>
              <button type="button" class="sc-link-button" onClick={() => actions.focusClaim(f.claimId, true)}>
                Show the claim
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** How many additions are listed before "Show all": the engine ranks them, the first few matter most. */
const ADDITIONS_SHOWN = 6;

function Additions({ report, outlet, labels }: { report: Report; outlet: string | null; labels: ReturnType<typeof outletLabels> }) {
  const [all, setAll] = useState(false);
  const items = outlet ? report.additions.filter((a) => a.source === outlet || a.alsoReportedBy.some((o) => o.source === outlet)) : report.additions;
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, ADDITIONS_SHOWN);
  const hidden = items.length - shown.length;
  // Grouped by the outlet that reports them (in the engine's ranking order), each group headed
  // by the outlet's name, so the attribution is said once; facts others also report say so.
  const groups: { source: string; items: typeof shown }[] = [];
  for (const a of shown) {
    let g = groups.find((x) => x.source === a.source);
    if (!g) groups.push((g = { source: a.source, items: [] }));
    g.items.push(a);
  }
  const name = (source: string, fallback: string) => labels.get(source)?.name ?? fallback;
  return (
    <section class="sc-section" aria-labelledby="sc-additions-h">
      <h3 id="sc-additions-h" class="sc-h3">Reported elsewhere, not on this page</h3>
      {groups.map((g) => {
        const l = labels.get(g.source);
        return (
          <div key={g.source} class="sc-add-group">
            <h4 class="sc-h4">
              {name(g.source, g.items[0]!.outlet)}
              {l?.detail && <span class="sc-outlet-detail"> · {l.detail}</span>}
            </h4>
            <ul class="sc-additions">
              {g.items.map((a, i) => (
                <li key={i} class="sc-addition" data-testid="addition" data-source={a.source}>
                  <blockquote class="sc-quote">{a.text}</blockquote>
                  {a.alsoReportedBy.length > 0 && (
                    <p class="sc-muted">Also reported by {a.alsoReportedBy.map((o) => name(o.source, o.outlet)).filter((n, k, all) => all.indexOf(n) === k).join(', ')}</p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {hidden > 0 && (
        <button type="button" class="sc-link-button" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
    </section>
  );
}

/** "Add this page to my corpus" (CONTRACT §4) with its outcome announced to screen readers. */
function AddPage({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  if (state.status === 'loading') return null;
  const outcome = state.addPage;
  return (
    <footer class="sc-footer">
      <button
        type="button"
        class="sc-button"
        data-testid="add-page"
        disabled={outcome?.state === 'pending'}
        onClick={() => void actions.addPage()}
      >
        Add this article to my corpus
      </button>
      {/* The live regions exist before they are filled, so the outcome is announced. */}
      <p class="sc-outcome" role="status">
        {outcome && outcome.state !== 'error' ? outcome.message : ''}
      </p>
      <p class="sc-outcome sc-error" role="alert">
        {outcome?.state === 'error' ? outcome.message : ''}
      </p>
    </footer>
  );
}

function Body({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  switch (state.status) {
    case 'loading':
      return (
        <div class="sc-state" role="status">
          <p>Comparing this article with other outlets…</p>
          <div class="sc-loading-bar" aria-hidden="true" />
        </div>
      );
    case 'no-article':
      return (
        <div class="sc-state" role="status">
          <p>No article found on this page.</p>
          <p class="sc-muted">Source comparison works on news articles; this page looks like a list of links or has too little text to compare.</p>
        </div>
      );
    case 'no-coverage':
      return (
        <div class="sc-state" role="status">
          <p>No other outlet in your corpus covers this story.</p>
          <p class="sc-muted">Nothing on this page was compared: none of the stored articles is about the same events.</p>
        </div>
      );
    case 'error':
    case 'unsupported-language':
    case 'too-large':
      return <StatusNotice status={state.status} message={state.error} onRetry={actions.retry} />;
    case 'ready': {
      const report = state.report!;
      const { prefs } = state;
      const rows = outletSummaries(report);
      const labels = outletLabels(rows);
      const cards = filteredCards(report, prefs);
      const matched = report.claims.filter((c) => c.matches.length > 0).length;
      const filtered = prefs.relations.length < RELATION_ORDER.length || prefs.outlet !== null;
      return (
        <>
          <Outlets rows={rows} labels={labels} />
          <Legend showUnmatched={prefs.showUnmatched} />
          <CoverageGrid report={report} labels={labels} currentId={state.currentClaimId} actions={actions} />
          <section class="sc-section" aria-labelledby="sc-claims-h">
            <div class="sc-claims-head">
              <h3 id="sc-claims-h" class="sc-h3">Claim by claim</h3>
              <span class="sc-muted sc-small" aria-live="polite">
                {cards.length} of {prefs.showUnmatched ? report.claims.length : matched} claims
              </span>
            </div>
            <Filters prefs={prefs} rows={rows} labels={labels} actions={actions} />
            {cards.length ? (
              <ol class="sc-cards">
                {cards.map(({ claim, matches }) => (
                  <ClaimCard
                    key={claim.id}
                    claim={claim}
                    matches={matches}
                    labels={labels}
                    current={state.currentClaimId === claim.id}
                    focusSeq={state.focusSeq}
                    inPage={state.anchoredIds.has(claim.id)}
                    allDiffs={prefs.allDiffs}
                    onSelect={(id) => actions.focusClaim(id, true)}
                    onHover={actions.hoverClaim}
                  />
                ))}
              </ol>
            ) : (
              <div class="sc-empty">
                <p class="sc-muted">{filtered ? 'No claim matches these filters.' : 'No sentence on this page is matched by another outlet.'}</p>
                {filtered && (
                  <button type="button" class="sc-link-button" onClick={() => actions.setPrefs({ relations: [...DEFAULT_PREFERENCES.relations], outlet: null })}>
                    Clear filters
                  </button>
                )}
              </div>
            )}
          </section>
          <Quotes report={report} actions={actions} />
          <Figures report={report} labels={labels} actions={actions} />
          <Additions report={report} outlet={prefs.outlet} labels={labels} />
        </>
      );
    }
  }
}

/**
 * Keyboard focus: opening the sidebar moves focus into it (a focused card takes it over), and
 * closing gives it back to whatever had it in the page.
 */
function useFocusOnOpen(open: boolean, hasCurrentClaim: boolean) {
  const title = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    const active = document.activeElement as HTMLElement | null;
    returnTo.current = active && active !== document.body ? active : null;
    if (!hasCurrentClaim) title.current?.focus({ preventScroll: true });
    return () => returnTo.current?.focus?.({ preventScroll: true });
    // Only on open/close: later card picks manage their own focus.
  }, [open]);
  return title;
}

function useWindowWidth(): number {
  const [w, setW] = useState(() => window.innerWidth);
  useEffect(() => {
    const on = () => setW(window.innerWidth);
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return w;
}

export const PUSH_STYLE_ID = 'source-compare-push-style';

/**
 * Push mode: on a wide window the page gets a right margin on <html> as wide as the sidebar, so
 * the article reflows beside it instead of under it. Only on windows of NARROW_PX and more, and
 * only when MIN_PAGE_PX of page width is left: narrower than that, many sites switch to their
 * mobile layout or overflow sideways, so the sidebar overlays instead. The margin is the only change to the page's
 * layout (a page stylesheet, CSP-safe, removed on close); fixed-position page bars keep their place.
 */
function usePagePush(px: number) {
  useEffect(() => {
    if (px <= 0) removePageStyle(document, PUSH_STYLE_ID);
    else setPageStyle(document, PUSH_STYLE_ID, `html { margin-right: ${px}px !important; }`);
  }, [px]);
  useEffect(() => () => removePageStyle(document, PUSH_STYLE_ID), []);
}

/** The drag handle on the sidebar's edge; arrow keys resize too. */
function ResizeHandle({ width, onResize, onCommit }: { width: number; onResize: (w: number) => void; onCommit: (w: number) => void }) {
  const dragging = useRef(false);
  return (
    <div
      class="sc-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the sidebar"
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      tabIndex={0}
      data-testid="resize-handle"
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (dragging.current) onResize(clampWidth(window.innerWidth - e.clientX));
      }}
      onPointerUp={(e) => {
        if (!dragging.current) return;
        dragging.current = false;
        onCommit(clampWidth(window.innerWidth - e.clientX));
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 80 : 24;
        const next =
          e.key === 'ArrowLeft' ? width + step : e.key === 'ArrowRight' ? width - step : e.key === 'Home' ? MIN_WIDTH : e.key === 'End' ? MAX_WIDTH : null;
        if (next === null) return;
        e.preventDefault();
        onCommit(clampWidth(next));
      }}
    />
  );
}

function contradictedTotal(report: Report | null): number {
  return report ? report.claims.filter((c) => c.matches.some((m) => m.relation === 'contradicts')).length : 0;
}

export function Sidebar({ store, actions }: { store: Store<SidebarState>; actions: SidebarActions }) {
  const state = useStore(store);
  const title = useFocusOnOpen(state.open && !state.collapsed, state.currentClaimId !== null);
  const windowWidth = useWindowWidth();
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const width = Math.min(dragWidth ?? state.prefs.width, windowWidth);
  // Overlay under NARROW_PX, or when pushing would leave the page less than MIN_PAGE_PX.
  const narrow = windowWidth < NARROW_PX || windowWidth - width < MIN_PAGE_PX;
  usePagePush(state.open && !state.collapsed && !narrow ? width : 0);
  if (!state.open) return null;
  const theme = state.pageDark ? 'dark' : undefined;
  if (state.collapsed) {
    const n = contradictedTotal(state.report);
    return (
      <aside class="sc-root sc-collapsed" data-theme={theme} role="complementary" aria-label="Source comparison (collapsed)">
        <button type="button" class="sc-expand" data-testid="expand" aria-expanded="false" onClick={() => actions.setCollapsed(false)}>
          <span aria-hidden="true">‹</span>
          <span class="sc-expand-label">Sources{n > 0 ? ` · ${n} contradicted` : ''}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside
      class={`sc-root${narrow ? ' sc-overlay' : ' sc-push'}${dragWidth !== null ? ' sc-resizing' : ''}`}
      data-theme={theme}
      role="complementary"
      aria-label="Source comparison"
      style={{ width: `${width}px` }}
    >
      <ResizeHandle
        width={width}
        onResize={setDragWidth}
        onCommit={(w) => {
          setDragWidth(null);
          actions.setPrefs({ width: w });
        }}
      />
      <header class="sc-header">
        <h2 class="sc-title" ref={title} tabIndex={-1}>
          Source comparison
        </h2>
        <div class="sc-header-buttons">
          <button type="button" class="sc-icon-button" data-testid="collapse" aria-label="Collapse the sidebar" aria-expanded="true" onClick={() => actions.setCollapsed(true)}>
            <span aria-hidden="true">›</span>
          </button>
          <button type="button" class="sc-icon-button sc-close" data-testid="close" aria-label="Close source comparison" onClick={() => actions.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </header>
      {state.status === 'ready' && <Toolbar prefs={state.prefs} actions={actions} />}
      <div class="sc-scroll">
        <Body state={state} actions={actions} />
        <Help />
      </div>
      <AddPage state={state} actions={actions} />
      <RememberPause />
    </aside>
  );
}

// The sidebar, rendered into a shadow root. It reads the content script's store and never
// touches the page; every string from the page or the corpus is a Preact text node.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SidebarState, Store } from '../utils/page/store';
import { RELATION_LABEL, RELATION_ORDER, outletSummaries, visibleClaims } from '../utils/page/report-view';
import type { Report } from '../utils/engine/types';
import { ClaimCard } from './ClaimCard';
import { DiffView } from './DiffView';

export interface SidebarActions {
  close(): void;
  focusClaim(id: string, scrollPage?: boolean): void;
  addPage(): Promise<void>;
}

function useStore<T extends object>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

function Outlets({ report }: { report: Report }) {
  const rows = outletSummaries(report);
  return (
    <section class="sc-section" aria-labelledby="sc-outlets-h">
      <h3 id="sc-outlets-h" class="sc-h3">
        {rows.length === 1 ? '1 other outlet covers this story' : `${rows.length} other outlets cover this story`}
      </h3>
      <ul class="sc-outlets">
        {rows.map((r) => (
          <li key={r.source} class="sc-outlet-row" data-testid="outlet" data-source={r.source}>
            <span class="sc-outlet-name" title={r.headline}>{r.outlet}</span>
            <span class="sc-counts">
              {RELATION_ORDER.map((rel) => (
                <span key={rel} class={`sc-count sc-rel-${rel}`} title={RELATION_LABEL[rel]} aria-label={`${RELATION_LABEL[rel]}: ${r.counts[rel]}`}>
                  {r.counts[rel]}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      <p class="sc-legend">
        {RELATION_ORDER.map((rel) => (
          <span key={rel} class="sc-legend-item">
            <span class={`sc-dot sc-rel-${rel}`} aria-hidden="true" />
            {RELATION_LABEL[rel]}
          </span>
        ))}
      </p>
    </section>
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
function Figures({ report, actions }: { report: Report; actions: SidebarActions }) {
  const rows = (report.figures ?? [])
    .filter((f) => f.others.length > 0)
    .map((f) => ({ f, differs: f.others.some((o) => !o.agrees) }))
    .sort((a, b) => Number(b.differs) - Number(a.differs));
  if (!rows.length) return null;
  const claimText = new Map(report.claims.map((c) => [c.id, c.text]));
  return (
    <section class="sc-section" aria-labelledby="sc-figures-h">
      <h3 id="sc-figures-h" class="sc-h3">Figures</h3>
      <ul class="sc-additions">
        {rows.map(({ f }, i) => (
          <li key={i} class="sc-addition" data-testid="figure">
            <p class="sc-claim">{f.label}</p>
            {/* The page's sentence says what the number is about; the engine's concept keys are stems, not prose. */}
            <p class="sc-muted sc-clamp">{claimText.get(f.claimId) ?? ''}</p>
            <ul class="sc-figure-others">
              {f.others.map((o, j) => (
                <li key={j} class={o.agrees ? 'sc-fig-agree' : 'sc-fig-differs'} title={o.text}>
                  <span class="sc-outlet">{o.outlet}</span>: {o.label} {o.agrees ? '(same)' : '(differs)'}
                </li>
              ))}
            </ul>
            <button type="button" class="sc-link-button" onClick={() => actions.focusClaim(f.claimId, true)}>
              Show the claim
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many additions are listed before "Show all": the engine ranks them, the first few matter most. */
const ADDITIONS_SHOWN = 6;

function Additions({ report }: { report: Report }) {
  const [all, setAll] = useState(false);
  if (!report.additions.length) return null;
  const shown = all ? report.additions : report.additions.slice(0, ADDITIONS_SHOWN);
  const hidden = report.additions.length - shown.length;
  return (
    <section class="sc-section" aria-labelledby="sc-additions-h">
      <h3 id="sc-additions-h" class="sc-h3">Reported elsewhere, not on this page</h3>
      <ul class="sc-additions">
        {shown.map((a, i) => (
          <li key={i} class="sc-addition" data-testid="addition" data-source={a.source}>
            <blockquote class="sc-quote">{a.text}</blockquote>
            <p class="sc-muted">
              {a.outlet}
              {a.alsoReportedBy.length > 0 && `, also ${a.alsoReportedBy.map((o) => o.outlet).join(', ')}`}
            </p>
          </li>
        ))}
      </ul>
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
  const [onlyMatched, setOnlyMatched] = useState(true);
  switch (state.status) {
    case 'loading':
      return <p class="sc-state" role="status">Comparing this article with other outlets…</p>;
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
      return (
        <p class="sc-state sc-error" role="alert">
          Something went wrong while comparing this page{state.error ? `: ${state.error}` : '.'}
        </p>
      );
    case 'ready': {
      const report = state.report!;
      const claims = visibleClaims(report, onlyMatched);
      return (
        <>
          <Outlets report={report} />
          <section class="sc-section" aria-labelledby="sc-claims-h">
            <div class="sc-claims-head">
              <h3 id="sc-claims-h" class="sc-h3">Claim by claim</h3>
              <label class="sc-filter">
                <input type="checkbox" checked={onlyMatched} onChange={(e) => setOnlyMatched(e.currentTarget.checked)} />
                Only claims with matches
              </label>
            </div>
            {claims.length ? (
              <ol class="sc-cards">
                {claims.map((c) => (
                  <ClaimCard
                    key={c.id}
                    claim={c}
                    current={state.currentClaimId === c.id}
                    focusSeq={state.focusSeq}
                    highlighted={state.highlightedIds.has(c.id)}
                    onSelect={(id) => actions.focusClaim(id, true)}
                  />
                ))}
              </ol>
            ) : (
              <p class="sc-muted">No sentence on this page is matched by another outlet.</p>
            )}
          </section>
          <Quotes report={report} actions={actions} />
          <Figures report={report} actions={actions} />
          <Additions report={report} />
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

export function Sidebar({ store, actions }: { store: Store<SidebarState>; actions: SidebarActions }) {
  const state = useStore(store);
  const title = useFocusOnOpen(state.open, state.currentClaimId !== null);
  if (!state.open) return null;
  return (
    <aside class="sc-root" role="complementary" aria-label="Source comparison">
      <header class="sc-header">
        <h2 class="sc-title" ref={title} tabIndex={-1}>
          Source comparison
        </h2>
        <button type="button" class="sc-close" data-testid="close" aria-label="Close source comparison" onClick={() => actions.close()}>
          ×
        </button>
      </header>
      <div class="sc-scroll">
        <Body state={state} actions={actions} />
      </div>
      <AddPage state={state} actions={actions} />
    </aside>
  );
}

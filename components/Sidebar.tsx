// The sidebar, rendered into a shadow root. It reads the content script's store and never
// touches the page; every string from the page or the corpus is a Preact text node.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SidebarState, Store } from '../utils/page/store';
import type { PageController } from '../utils/page/controller';
import {
  RELATION_LABEL,
  RELATION_ORDER,
  filteredCards,
  outletLabels,
  outletSummaries,
  type OutletSummary,
} from '../utils/page/report-view';
import { RELATION_PHRASE, articlesPhrase, claimsPerOutlet, libraryScope, namesSentence, outletPhrase, plural, storySummary } from '../utils/page/summary';
import { DEFAULT_PREFERENCES, MAX_WIDTH, MIN_WIDTH, clampWidth, type Preferences } from '../utils/page/preferences';
import type { Relation, Report } from '../utils/engine/types';
import { removePageStyle, setPageStyle } from '../utils/page/page-style';
import { sidebarMode } from '../utils/page/layout';
import { shownRelation } from '../utils/page/proof-view';
import { ClaimCard } from './ClaimCard';
import { RememberPause } from './RememberPause';
import { StatusNotice } from './StatusNotice';
import { IndexingNotice } from './IndexingNotice';
import { DiffView } from './DiffView';
import { AddToLibrary } from './AddToLibrary';
import { freshnessSentence } from '../utils/follow/freshness';
import { plural as countOf } from '../utils/page/summary';
import { timeAgo } from '../utils/follow/time-words';

/**
 * What the sidebar may ask of the page controller (utils/page/controller.ts): everything but its
 * lifecycle. Retry is optional so the sidebar can be rendered on its own (tests).
 */
export type SidebarActions = Omit<PageController, 'store' | 'start' | 'toggle' | 'retry' | 'openOptions' | 'focusFirstClaim' | 'dismissHint'> &
  Partial<Pick<PageController, 'retry' | 'openOptions'>>;

export { NARROW_PX, MIN_PAGE_PX } from '../utils/page/layout';

function useStore<T extends object>(store: Store<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

/**
 * The header a reader needs first: how many articles cover the story, and how many of this
 * page's claims they contradict, add detail to or agree with, in words. The per-outlet figures
 * are one click away (collapsed), labelled as claims.
 */
function Summary({ report }: { report: Report }) {
  const s = storySummary(report);
  const perOutlet = claimsPerOutlet(report);
  const fresh = report.freshness ? freshnessSentence(report.freshness, report.coverage.length, new Date()) : null;
  return (
    <section class="sc-section sc-summary" aria-labelledby="sc-summary-h" data-testid="summary">
      <h3 id="sc-summary-h" class="sc-vh">
        Summary
      </h3>
      <p class="sc-lead">
        <strong>{articlesPhrase(s)}</strong>{' '}
        {s.documents === 1 ? 'covers' : 'cover'} this story: {outletPhrase(s.outletNames)}.
      </p>
      {fresh && (
        <p class="sc-muted" data-testid="freshness">
          {fresh}
        </p>
      )}
      <p class="sc-lead" data-testid="claim-tally">
        {s.reported === 0 ? (
          <>None of this page’s {plural(s.claims, 'claim', 'claims')} is reported by them.</>
        ) : (
          <>
            They report <strong>{s.reported}</strong> of this page’s {plural(s.claims, 'claim', 'claims')}:{' '}
            {RELATION_ORDER.filter((r) => s.byRelation[r] > 0).map((r, i, shown) => (
              <span key={r}>
                <span class={`sc-tally sc-tally-${r}`}>
                  <span class={`sc-swatch sc-rel-${r}`} aria-hidden="true" />
                  {`${s.byRelation[r]} ${RELATION_PHRASE[r]}`}
                </span>
                {i < shown.length - 2 ? ', ' : i === shown.length - 2 ? ' and ' : '.'}
              </span>
            ))}
          </>
        )}
      </p>
      <details class="sc-by-outlet" data-testid="by-outlet">
        <summary>Claims by outlet</summary>
        <table class="sc-outlet-table">
          <caption class="sc-vh">Claims of this page each outlet contradicts, adds detail to or agrees with</caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              {RELATION_ORDER.map((r) => (
                <th key={r} scope="col" class={`sc-num sc-th-${r}`}>
                  {RELATION_PHRASE[r].replace(/^with /, '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {perOutlet.map((o) => (
              <tr key={o.source} data-testid="outlet" data-source={o.source}>
                <th scope="row" title={o.headline}>
                  {o.label.name}
                  {o.label.detail && <span class="sc-outlet-detail">{o.label.detail}</span>}
                </th>
                {RELATION_ORDER.map((r) => (
                  <td key={r} class={`sc-num${o.counts[r] ? ` sc-count-${r}` : ' sc-zero'}`}>
                    {o.counts[r]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function Filters({ prefs, rows, labels, covering, actions }: { prefs: Preferences; rows: OutletSummary[]; labels: ReturnType<typeof outletLabels>; covering: number; actions: SidebarActions }) {
  const toggle = (rel: Relation) => {
    const on = prefs.relations.includes(rel);
    actions.setPrefs({ relations: on ? prefs.relations.filter((r) => r !== rel) : RELATION_ORDER.filter((r) => r === rel || prefs.relations.includes(r)) });
  };
  const outlet = prefs.outlet && rows.some((r) => r.source === prefs.outlet) ? prefs.outlet : '';
  return (
    <div class="sc-filters" role="group" aria-label="Filter claims">
      <span class="sc-filters-label" aria-hidden="true">Show</span>
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
      <button
        type="button"
        class="sc-toggle sc-toggle-unmatched"
        data-testid="unmatched-toggle"
        aria-pressed={prefs.showUnmatched ? 'true' : 'false'}
        onClick={() => actions.setPrefs({ showUnmatched: !prefs.showUnmatched })}
      >
        <span class="sc-toggle-box" aria-hidden="true" />
        Also claims not found in {libraryScope(covering)}
      </button>
    </div>
  );
}

function Toolbar({ prefs, actions }: { prefs: Preferences; actions: SidebarActions }) {
  const item = (testid: string, key: 'highlights' | 'allDiffs', label: string, hint: string) => (
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
      {item('highlights-toggle', 'highlights', 'Highlights in the page', 'Mark the claims other outlets report in the page')}
      {item('all-diffs-toggle', 'allDiffs', 'All comparisons open', 'Open the comparison of the wording on every match')}
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
        <dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd></dt>
        <dd>Open the sidebar on the first claim</dd>
        <dt><kbd>↓</kbd> / <kbd>↑</kbd> on a claim</dt>
        <dd>Next / previous claim</dd>
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
        one; claims not found in the articles on this story in your library (when shown) a dashed grey one. When you compare
        the wording, <del>struck</del> words are only on this page and <ins>underlined</ins> words only in the other outlet;
        sentences worded differently have only their figures, names, places, dates and negations marked. The toolbar badge
        counts this page’s claims that articles in your library contradict, and its tooltip how many articles contradict it; a
        grey dot means articles in your library cover the story and none contradicts this page.
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
              Show the claim<span class="sc-vh"> quoted by {q.outlet}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Figures on the page next to the values other outlets give for the same quantity, disagreements
 * first, folded away under one line. An outlet that gives the page's own value is "same", even
 * when another of its sentences gives a different one (that sentence is most likely about
 * another quantity), so one figure never reads as both differing and the same in one outlet.
 */
function Figures({ report, labels, actions }: { report: Report; labels: ReturnType<typeof outletLabels>; actions: SidebarActions }) {
  const name = (source: string, fallback: string) => {
    const l = labels.get(source);
    return l ? (l.detail ? `${l.name} (${l.detail})` : l.name) : fallback;
  };
  /** One entry per document: an outlet quoting the same figure in three sentences is one voice. */
  const unique = <T extends { source: string; label: string }>(xs: T[]) => [...new Map(xs.map((x) => [`${x.source}\u0000${x.label}`, x])).values()];
  const rows = (report.figures ?? [])
    .filter((f) => f.others.length > 0)
    .map((f) => {
      const same = unique(f.others.filter((o) => o.agrees));
      const sameSources = new Set(same.map((o) => o.source));
      const other = unique(f.others.filter((o) => !o.agrees && !sameSources.has(o.source)));
      return { f, same, other, differs: other.length > 0 };
    })
    .sort((a, b) => Number(b.differs) - Number(a.differs));
  if (!rows.length) return null;
  const claimText = new Map(report.claims.map((c) => [c.id, c.text]));
  const differing = rows.filter((r) => r.differs).length;
  return (
    <details class="sc-section sc-fold" data-testid="figures">
      <summary class="sc-h3">
        Figures compared ({plural(rows.length, 'figure', 'figures')}
        {differing ? `, ${differing} given differently elsewhere` : ', all the same elsewhere'})
      </summary>
      <ul class="sc-additions">
        {rows.map(({ f, same, other, differs }, i) => (
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
              Show the claim<span class="sc-vh"> with {f.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * How many additions are listed before "Show N more": the engine ranks them (material details and
 * the number of outlets first), and eight short lines fit beside the last cards on one screen.
 */
export const ADDITIONS_SHOWN = 8;

/** What other outlets report and this page leaves out: one ranked list, each line naming who reports it. */
function Additions({ report, outlet, labels }: { report: Report; outlet: string | null; labels: ReturnType<typeof outletLabels> }) {
  const [all, setAll] = useState(false);
  const items = outlet ? report.additions.filter((a) => a.source === outlet || a.alsoReportedBy.some((o) => o.source === outlet)) : report.additions;
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, ADDITIONS_SHOWN);
  const hidden = items.length - shown.length;
  const name = (source: string, fallback: string) => labels.get(source)?.name ?? fallback;
  return (
    <section class="sc-section" aria-labelledby="sc-additions-h" id="sc-additions">
      <h3 id="sc-additions-h" class="sc-h3">
        Reported elsewhere, not on this page <span class="sc-count-note">({plural(items.length, 'fact', 'facts')}, most important first)</span>
      </h3>
      <ol class="sc-additions sc-ranked">
        {shown.map((a, i) => {
          const who = [a.source, ...a.alsoReportedBy.map((o) => o.source)]
            .map((src, k) => name(src, k === 0 ? a.outlet : a.alsoReportedBy[k - 1]!.outlet))
            .filter((n, k, xs) => xs.indexOf(n) === k);
          return (
            <li key={i} class="sc-addition" data-testid="addition" data-source={a.source}>
              <span class="sc-addition-text">{a.text}</span>
              <span class="sc-addition-who"> — {namesSentence(who)}</span>
            </li>
          );
        })}
      </ol>
      {hidden > 0 && (
        <button type="button" class="sc-link-button" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
    </section>
  );
}

/**
 * How to get coverage for a story the library does not cover: follow outlets (their new articles
 * are fetched on a schedule), add articles, or remember what you read. A reader who follows
 * sources already is told how fresh they are, so "not covered" is not mistaken for "not fetched".
 */
function CoverageHint({ report, actions }: { report: Report | null; actions: SidebarActions }) {
  const f = report?.freshness;
  return (
    <>
      <p class="sc-muted" data-testid="coverage-hint">
        {f && f.following > 0 ? (
          <>
            None of the articles fetched from the {countOf(f.following, 'source', 'sources')} you follow is about this story
            {f.lastFetchAt ? ` (last fetched ${timeAgo(f.lastFetchAt, new Date())})` : ' (not fetched yet)'}. Follow more outlets that
            report on it, add other outlets' articles on this story to your library, or turn on “Remember what you read”.
          </>
        ) : (
          <>
            To compare it, follow outlets' feeds: their new articles are fetched into your library on a schedule, and the next article you
            open on a story they covered is compared with them. You can also add other outlets' articles on this story to your library, or
            turn on “Remember what you read” so that the articles you read are kept for the next one.
          </>
        )}
      </p>
      {actions.openOptions && (
        <div class="sc-buttons">
          <button type="button" class="sc-button" data-testid="follow-outlets" onClick={() => actions.openOptions?.('follow')}>
            Follow outlets
          </button>{' '}
          <button type="button" class="sc-button" data-testid="open-library" onClick={() => actions.openOptions?.()}>
            Open your library
          </button>
        </div>
      )}
    </>
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
          <IndexingNotice report={state.report} />
          <p>No other outlet in your library covers this story.</p>
          <p class="sc-muted">Nothing on this page was compared: none of the stored articles is about the same events.</p>
          <CoverageHint report={state.report} actions={actions} />
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
      // One tab stop for the whole list (the current card, else the first): Tab goes on to the
      // additions and the add button instead of through every card's buttons; arrows, j and k move.
      const tabStop = cards.some((c) => c.claim.id === state.currentClaimId) ? state.currentClaimId : cards[0]?.claim.id ?? null;
      return (
        <>
          <p id="sc-cards-hint" class="sc-vh">
            Claims other outlets report. Move between them with the arrow keys or j and k; Tab reaches the buttons of the current claim.
          </p>
          <IndexingNotice report={report} />
          <Summary report={report} />
          <section class="sc-section" aria-labelledby="sc-claims-h">
            <div class="sc-claims-head">
              <h3 id="sc-claims-h" class="sc-h3">Claim by claim</h3>
              <span class="sc-muted sc-small" aria-live="polite">
                {cards.length === (prefs.showUnmatched ? report.claims.length : matched)
                  ? plural(cards.length, 'claim', 'claims')
                  : `${cards.length} of ${plural(prefs.showUnmatched ? report.claims.length : matched, 'claim', 'claims')}`}
              </span>
            </div>
            <Filters prefs={prefs} rows={rows} labels={labels} covering={report.coverage.length} actions={actions} />
            {cards.length ? (
              <ol class="sc-cards" aria-describedby="sc-cards-hint">
                {cards.map(({ claim, matches }) => (
                  <ClaimCard
                    key={claim.id}
                    claim={claim}
                    matches={matches}
                    covering={report.coverage.length}
                    facts={report.facts ?? []}
                    labels={labels}
                    tabStop={claim.id === tabStop}
                    onStep={actions.step}
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
                <p class="sc-muted">{filtered ? 'No claim matches these filters.' : `No sentence on this page was found in ${libraryScope(report.coverage.length)}.`}</p>
                {filtered && (
                  <button type="button" class="sc-link-button" onClick={() => actions.setPrefs({ relations: [...DEFAULT_PREFERENCES.relations], outlet: null })}>
                    Clear filters
                  </button>
                )}
              </div>
            )}
          </section>
          {state.detailsPending ? (
            // The rest of the report is a step behind the claims: said, not shown as "nothing".
            <p class="sc-muted sc-small sc-details-pending" role="status" data-testid="details-pending">
              Looking for what other outlets add, and for quotes and figures that differ…
            </p>
          ) : (
            <>
              <Additions report={report} outlet={prefs.outlet} labels={labels} />
              <Quotes report={report} actions={actions} />
              <Figures report={report} labels={labels} actions={actions} />
            </>
          )}
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
 * Push mode: on a wide window where the sidebar would cover the article, the page gets a right
 * margin on <html> as wide as the sidebar, so the article reflows beside it instead of under it. Only on windows of NARROW_PX and more, and
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
  return report ? report.claims.filter((c) => c.matches.some((m) => shownRelation(m) === 'contradicts')).length : 0;
}

export function Sidebar({ store, actions }: { store: Store<SidebarState>; actions: SidebarActions }) {
  const state = useStore(store);
  const title = useFocusOnOpen(state.open && !state.collapsed, state.currentClaimId !== null);
  const windowWidth = useWindowWidth();
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const width = Math.min(dragWidth ?? state.prefs.width, windowWidth);
  const mode = sidebarMode(windowWidth, width, state.articleRight);
  usePagePush(state.open && !state.collapsed && mode === 'push' ? width : 0);
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
      class={`sc-root sc-${mode}${dragWidth !== null ? ' sc-resizing' : ''}`}
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
          {actions.openOptions && (
            <button type="button" class="sc-icon-button sc-settings" data-testid="open-options" aria-label="Settings and your library (opens the options page)" title="Settings and your library" onClick={() => actions.openOptions?.()}>
              <span aria-hidden="true">⚙</span>
            </button>
          )}
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
      <AddToLibrary state={state} actions={actions} />
      <RememberPause />
    </aside>
  );
}

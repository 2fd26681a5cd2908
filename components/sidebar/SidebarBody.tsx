import type { SidebarState } from '../../utils/page/store';
import { RELATION_ORDER, filteredCards, outletLabels, outletSummaries } from '../../utils/page/report-view';
import { libraryScope, plural } from '../../utils/page/summary';
import { DEFAULT_PREFERENCES } from '../../utils/page/preferences';
import { ClaimCard } from '../ClaimCard';
import { StatusNotice } from '../StatusNotice';
import { IndexingNotice } from '../IndexingNotice';
import { Summary } from './Summary';
import { Filters } from './Filters';
import { Additions } from './Additions';
import { Quotes } from './Quotes';
import { Figures } from './Figures';
import { CoverageHint } from './CoverageHint';
import type { SidebarActions } from './actions';

/** What the sidebar shows under its header for each state of the comparison. */
export function SidebarBody({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
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

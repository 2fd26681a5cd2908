import type { Report } from '../../utils/engine/types';
import { RELATION_ORDER } from '../../utils/page/report-view';
import { RELATION_PHRASE, articlesPhrase, claimsPerOutlet, outletPhrase, plural, storySummary } from '../../utils/page/summary';
import { freshnessSentence } from '../../utils/follow/freshness';

/**
 * The header a reader needs first: how many articles cover the story, and how many of this
 * page's claims they contradict, add detail to or agree with, in words. The per-outlet figures
 * are one click away (collapsed), labelled as claims.
 */
export function Summary({ report }: { report: Report }) {
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

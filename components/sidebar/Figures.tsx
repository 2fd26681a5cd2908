import type { Report } from '../../utils/engine/types';
import type { outletLabels } from '../../utils/page/report-view';
import { plural } from '../../utils/page/summary';
import type { SidebarActions } from './actions';

/**
 * Figures on the page next to the values other outlets give for the same quantity, disagreements
 * first, folded away under one line. An outlet that gives the page's own value is "same", even
 * when another of its sentences gives a different one (that sentence is most likely about
 * another quantity), so one figure never reads as both differing and the same in one outlet.
 */
export function Figures({ report, labels, actions }: { report: Report; labels: ReturnType<typeof outletLabels>; actions: SidebarActions }) {
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

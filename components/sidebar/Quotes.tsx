import type { Report } from '../../utils/engine/types';
import { DiffView } from '../DiffView';
import type { SidebarActions } from './actions';

/** Quotes of the same speaker that other outlets give in different words: a misquote risk. */
export function Quotes({ report, actions }: { report: Report; actions: SidebarActions }) {
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

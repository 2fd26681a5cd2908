import type { Relation } from '../../utils/engine/types';
import { RELATION_LABEL, RELATION_ORDER, type OutletSummary, type outletLabels } from '../../utils/page/report-view';
import { libraryScope } from '../../utils/page/summary';
import type { Preferences } from '../../utils/page/preferences';
import type { SidebarActions } from './actions';

/** The relation chips, the outlet menu and the "also claims not found" toggle above the cards. */
export function Filters({ prefs, rows, labels, covering, actions }: { prefs: Preferences; rows: OutletSummary[]; labels: ReturnType<typeof outletLabels>; covering: number; actions: SidebarActions }) {
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

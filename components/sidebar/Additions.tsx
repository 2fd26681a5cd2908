import { useState } from 'preact/hooks';
import type { Report } from '../../utils/engine/types';
import type { outletLabels } from '../../utils/page/report-view';
import { namesSentence, plural } from '../../utils/page/summary';

/**
 * How many additions are listed before "Show N more": the engine ranks them (material details and
 * the number of outlets first), and eight short lines fit beside the last cards on one screen.
 */
export const ADDITIONS_SHOWN = 8;

/** What other outlets report and this page leaves out: one ranked list, each line naming who reports it. */
export function Additions({ report, outlet, labels }: { report: Report; outlet: string | null; labels: ReturnType<typeof outletLabels> }) {
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

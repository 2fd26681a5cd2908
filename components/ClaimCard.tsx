import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { wordDiff, type Claim, type Match } from '../utils/engine';
import { RELATION_LABEL, primaryRelation } from '../utils/page/report-view';
import { DiffView } from './DiffView';
import { OpenSource } from './OpenSource';

type Labels = Map<string, { name: string; detail: string | null }>;

function MatchRow({ claim, match, labels, allDiffs }: { claim: Claim; match: Match; labels: Labels; allDiffs: boolean }) {
  // The reader's own choice for this match wins until the global switch is flipped again.
  const [local, setLocal] = useState<boolean | null>(null);
  useEffect(() => setLocal(null), [allDiffs]);
  const showDiff = local ?? allDiffs;
  const label = labels.get(match.source);
  return (
    <li class={`sc-match sc-rel-${match.relation}`} data-testid="match" data-source={match.source} data-relation={match.relation}>
      <div class="sc-match-head">
        <span class={`sc-badge sc-rel-${match.relation}`}>{RELATION_LABEL[match.relation]}</span>
        <span class="sc-outlet">{label?.name ?? match.outlet}</span>
        {label?.detail && <span class="sc-outlet-detail">{label.detail}</span>}
      </div>
      <blockquote class="sc-quote">{match.text}</blockquote>
      <p class="sc-why">{match.why}</p>
      <button
        type="button"
        class="sc-link-button"
        data-testid="diff-toggle"
        aria-pressed={showDiff ? 'true' : 'false'}
        onClick={(e) => {
          // The card's own click handler would re-focus the card; the toggle is its own action.
          e.stopPropagation();
          setLocal(!showDiff);
        }}
      >
        Word differences
      </button>
      <OpenSource match={match} outlet={label?.name ?? match.outlet} />
      {showDiff && <DiffView parts={wordDiff(claim.text, match.text)} outlet={label?.name ?? match.outlet} />}
    </li>
  );
}

export function ClaimCard(props: {
  claim: Claim;
  /** The matches to show (the reader's filters applied), most important first. */
  matches: Match[];
  labels: Labels;
  current: boolean;
  focusSeq: number;
  /** The claim was found in the page, so "Show in the page" can scroll to it. */
  inPage: boolean;
  allDiffs: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}) {
  const { claim, matches, labels, current, focusSeq, inPage, allDiffs, onSelect, onHover } = props;
  const ref = useRef<HTMLLIElement>(null);
  // A layout effect, not a plain one: focus moves in the same commit that marks the card current,
  // so a key pressed right after navigating lands on the card, not on whatever had focus a frame ago.
  useLayoutEffect(() => {
    if (!current || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    // 'start': the claim's own sentence stays visible even when its card is taller than the panel.
    // Instant, not smooth: the reader's eyes are on the page they just clicked, and a jump lands
    // the card before they look over.
    ref.current.scrollIntoView({ block: 'start' });
  }, [current, focusSeq]);
  const relation = primaryRelation(claim);
  const hidden = claim.matches.length - matches.length;
  return (
    <li
      ref={ref}
      class={`sc-card${current ? ' sc-current' : ''}${relation ? ` sc-card-${relation}` : ' sc-card-only'}`}
      data-testid="claim-card"
      data-claim-id={claim.id}
      data-relation={relation ?? 'none'}
      aria-current={current ? 'true' : undefined}
      tabIndex={-1}
      onClick={() => onSelect(claim.id)}
      onMouseEnter={() => onHover(claim.id)}
      onMouseLeave={() => onHover(null)}
    >
      <p class="sc-claim">{claim.text}</p>
      {inPage && (
        <button
          type="button"
          class="sc-link-button sc-jump"
          data-testid="show-in-page"
          onClick={(e) => {
            e.stopPropagation();
            onSelect(claim.id);
          }}
          onFocus={() => onHover(claim.id)}
          onBlur={() => onHover(null)}
        >
          Show in the page
        </button>
      )}
      {claim.matches.length > 0 ? (
        <>
          <ul class="sc-matches">
            {matches.map((m) => (
              <MatchRow key={`${m.source}:${m.sentenceIndex}`} claim={claim} match={m} labels={labels} allDiffs={allDiffs} />
            ))}
          </ul>
          {hidden > 0 && <p class="sc-muted sc-small">{hidden === 1 ? '1 more match hidden by the filters' : `${hidden} more matches hidden by the filters`}</p>}
        </>
      ) : (
        <p class="sc-muted">
          <span class="sc-badge sc-badge-only">Only this outlet</span> No other outlet in your corpus reports this.
        </p>
      )}
    </li>
  );
}

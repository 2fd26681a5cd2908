import { useEffect, useRef, useState } from 'preact/hooks';
import { wordDiff, type Claim, type Match } from '../utils/engine';
import { RELATION_LABEL, orderedMatches, primaryRelation } from '../utils/page/report-view';
import { DiffView } from './DiffView';

function MatchRow({ claim, match }: { claim: Claim; match: Match }) {
  const [showDiff, setShowDiff] = useState(false);
  return (
    <li class={`sc-match sc-rel-${match.relation}`} data-testid="match" data-source={match.source} data-relation={match.relation}>
      <div class="sc-match-head">
        <span class={`sc-badge sc-rel-${match.relation}`}>{RELATION_LABEL[match.relation]}</span>
        <span class="sc-outlet">{match.outlet}</span>
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
          setShowDiff(!showDiff);
        }}
      >
        {showDiff ? 'Hide word differences' : 'Show word differences'}
      </button>
      {showDiff && <DiffView parts={wordDiff(claim.text, match.text)} outlet={match.outlet} />}
    </li>
  );
}

export function ClaimCard(props: {
  claim: Claim;
  current: boolean;
  focusSeq: number;
  highlighted: boolean;
  onSelect: (id: string) => void;
}) {
  const { claim, current, focusSeq, highlighted, onSelect } = props;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!current || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    // 'start': the claim's own sentence stays visible even when its card is taller than the panel.
    // Instant, not smooth: the reader's eyes are on the page they just clicked, and a jump lands
    // the card before they look over.
    ref.current.scrollIntoView({ block: 'start' });
  }, [current, focusSeq]);
  const relation = primaryRelation(claim);
  return (
    <li
      ref={ref}
      class={`sc-card${current ? ' sc-current' : ''}${relation ? ` sc-card-${relation}` : ''}`}
      data-testid="claim-card"
      data-claim-id={claim.id}
      aria-current={current ? 'true' : undefined}
      tabIndex={-1}
      onClick={() => onSelect(claim.id)}
    >
      <p class="sc-claim">{claim.text}</p>
      {highlighted && (
        <button
          type="button"
          class="sc-link-button sc-jump"
          onClick={(e) => {
            e.stopPropagation();
            onSelect(claim.id);
          }}
        >
          Show in the page
        </button>
      )}
      {claim.matches.length > 0 ? (
        <ul class="sc-matches">
          {orderedMatches(claim).map((m) => (
            <MatchRow key={`${m.source}:${m.sentenceIndex}`} claim={claim} match={m} />
          ))}
        </ul>
      ) : (
        <p class="sc-muted">No other outlet says anything about this.</p>
      )}
    </li>
  );
}

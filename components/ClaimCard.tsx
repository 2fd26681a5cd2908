import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Claim, Fact, Match } from '../utils/engine';
import { RELATION_LABEL, primaryRelation } from '../utils/page/report-view';
import { groupByFact, type FactGroup } from '../utils/page/fact-groups';
import { notFoundSentence, outletPhrase } from '../utils/page/summary';
import { readableProof, shownRelation } from '../utils/page/proof-view';
import { ContradictionProof } from './ContradictionProof';
import { DiffView } from './DiffView';
import { MarkedText } from './MarkedText';
import { OpenSource } from './OpenSource';

type Labels = Map<string, { name: string; detail: string | null }>;

function MatchRow(props: { claim: Claim; match: Match; labels: Labels; allDiffs: boolean; compact: boolean; tabbable: boolean }) {
  const { claim, match, labels, allDiffs, compact, tabbable } = props;
  // The reader's own choice for this match wins until the global switch is flipped again.
  const [local, setLocal] = useState<boolean | null>(null);
  useEffect(() => setLocal(null), [allDiffs]);
  const showDiff = local ?? allDiffs;
  const label = labels.get(match.source);
  const outlet = label?.name ?? match.outlet;
  // A contradiction without a proof is shown as "adds" (proof-view.ts): no red the reader cannot check.
  const relation = shownRelation(match);
  const proof = readableProof(match);
  return (
    <li class={`sc-match sc-rel-${relation}${compact ? ' sc-match-compact' : ''}`} data-testid="match" data-source={match.source} data-relation={relation}>
      <div class="sc-match-head">
        <span class={`sc-badge sc-rel-${relation}`}>{RELATION_LABEL[relation]}</span>
        <span class="sc-outlet">{outlet}</span>
        {label?.detail && <span class="sc-outlet-detail">{label.detail}</span>}
      </div>
      {/* In a fact shared by several outlets the later sentences are clamped: the fact was said once above. */}
      <blockquote class={`sc-quote${compact ? ' sc-clamp' : ''}`}>
        <MarkedText text={match.text} spans={proof ? [proof.other.span] : []} />
      </blockquote>
      {/* A contradiction's proof replaces its reason: the reason says the same thing, with the
          outlet shortened to initials; the proof names it and says what both sides talk about. */}
      {proof ? <ContradictionProof proof={proof} outlet={outlet} /> : <p class="sc-why">{match.why}</p>}
      {/* One row of actions; when the outlet's name is long, the second wraps to the row's start, not indented. */}
      <div class="sc-match-actions">
        <button
          type="button"
          class="sc-link-button"
          data-testid="diff-toggle"
          aria-pressed={showDiff ? 'true' : 'false'}
          tabIndex={tabbable ? 0 : -1}
          onClick={(e) => {
            // The card's own click handler would re-focus the card; the toggle is its own action.
            e.stopPropagation();
            setLocal(!showDiff);
          }}
        >
          Word differences<span class="sc-vh"> with {outlet}</span>
        </button>
        <OpenSource match={match} outlet={outlet} tabbable={tabbable} />
      </div>
      {showDiff && <DiffView page={claim.text} other={match.text} outlet={outlet} />}
    </li>
  );
}

function Group({ group, claim, labels, allDiffs, tabbable }: { group: FactGroup; claim: Claim; labels: Labels; allDiffs: boolean; tabbable: boolean }) {
  const rows = group.matches.map((m, i) => (
    <MatchRow key={`${m.source}:${m.sentenceIndex}`} claim={claim} match={m} labels={labels} allDiffs={allDiffs} compact={i > 0} tabbable={tabbable} />
  ));
  if (group.matches.length === 1) return <>{rows}</>;
  const names = [...new Set(group.matches.map((m) => labels.get(m.source)?.name ?? m.outlet))];
  return (
    <li class="sc-fact" data-testid="fact-group" data-fact-id={group.factId ?? ''}>
      <p class="sc-fact-head">
        {names.length === 1 ? `${names[0]} reports this ${group.matches.length} times` : `${outletPhrase(names)} report this`}
      </p>
      <ul class="sc-matches">{rows}</ul>
    </li>
  );
}

export function ClaimCard(props: {
  claim: Claim;
  /** The matches to show (the reader's filters applied), most important first. */
  matches: Match[];
  /** How many articles on this story the library holds (the report's coverage): where an unmatched claim was looked for. */
  covering: number;
  /** The report's facts, to group matches that report the same one. */
  facts: Fact[];
  labels: Labels;
  current: boolean;
  /** The list's one tab stop (the current card, else the first). */
  tabStop: boolean;
  focusSeq: number;
  /** The claim was found in the page, so "Show in the page" can scroll to it. */
  inPage: boolean;
  allDiffs: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onStep: (delta: 1 | -1) => void;
}) {
  const { claim, matches, covering, facts, labels, current, tabStop, focusSeq, inPage, allDiffs, onSelect, onHover, onStep } = props;
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
  const groups = groupByFact(matches, facts);
  return (
    <li
      ref={ref}
      class={`sc-card${current ? ' sc-current' : ''}${relation ? ` sc-card-${relation}` : ' sc-card-unmatched'}`}
      data-testid="claim-card"
      data-claim-id={claim.id}
      data-relation={relation ?? 'none'}
      aria-current={current ? 'true' : undefined}
      tabIndex={tabStop ? 0 : -1}
      onClick={() => onSelect(claim.id)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          onStep(e.key === 'ArrowDown' ? 1 : -1);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          onSelect(claim.id);
        }
      }}
      onMouseEnter={() => onHover(claim.id)}
      onMouseLeave={() => onHover(null)}
    >
      {/* The words each shown contradiction disputes, marked in the claim (its proof's page side). */}
      <p class="sc-claim">
        <MarkedText text={claim.text} spans={matches.map((m) => readableProof(m)?.page.span)} />
      </p>
      {inPage && (
        <button
          type="button"
          class="sc-link-button sc-jump"
          data-testid="show-in-page"
          tabIndex={tabStop ? 0 : -1}
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
            {groups.map((g, i) => (
              <Group key={g.factId ?? `m${i}`} group={g} claim={claim} labels={labels} allDiffs={allDiffs} tabbable={tabStop} />
            ))}
          </ul>
          {hidden > 0 && <p class="sc-muted sc-small">{hidden === 1 ? '1 more match hidden by the filters' : `${hidden} more matches hidden by the filters`}</p>}
        </>
      ) : (
        <p class="sc-muted" data-testid="not-found">
          {/* Only what the engine can know: these articles do not report it, not that no outlet does. */}
          <span class="sc-badge sc-badge-unmatched">No match</span> {notFoundSentence(covering)}
        </p>
      )}
    </li>
  );
}

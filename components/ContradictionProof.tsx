// Why a match contradicts the page, in words a reader can check: what both sentences state, then
// each side's value in that sentence's own words. The outlet is named as the match names it
// (never the engine's initials), and the values are words, so nothing depends on colour. Reports
// of two different days say each side's day: a stance or a toll may have changed between them.
import type { ContradictionProof as Proof } from '../utils/engine/types';

export function ContradictionProof({ proof, outlet }: { proof: Proof; outlet: string }) {
  return (
    <div class="sc-proof" data-testid="proof" data-kind={proof.kind}>
      <p class="sc-proof-about">
        <span class="sc-proof-label">About:</span> {proof.about}
      </p>
      <ul class="sc-proof-sides">
        <li data-side="page">
          <span class="sc-proof-label">This page{proof.page.day ? ` (${proof.page.day})` : ''}:</span> <span class="sc-proof-value">{proof.page.value}</span>
        </li>
        <li data-side="other">
          <span class="sc-proof-label">{outlet}{proof.other.day ? ` (${proof.other.day})` : ''}:</span> <span class="sc-proof-value">{proof.other.value}</span>
        </li>
      </ul>
    </div>
  );
}

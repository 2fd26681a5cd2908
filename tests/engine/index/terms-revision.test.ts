// A stored library keeps every sentence's terms (its index entries and postings) and reuses them
// only under the same TERMS_REVISION. Terms come from code (normalize.ts, features.ts,
// numbers.ts) as well as from the word lists the revision hashes; a change to that code that
// leaves TERMS_CODE_VERSION alone leaves every reader's library indexed with the old terms, whose
// retrieval and statistics then disagree with the page's. This golden test notices: it hashes
// the terms of a fixed set of sentences (the seeds and the invented stories of tests/engine/kinds, listed)
// and fails when they change under the same TERMS_CODE_VERSION.
//
// When it fails after a deliberate change: if the revision below is still TERMS_REVISION, bump
// TERMS_CODE_VERSION in corpus-index.ts (libraries are then indexed again in the background);
// then record the new revision and hash. (A change to the word lists moves the revision by
// itself: only the record needs updating.)
import { describe, expect, it } from 'vitest';
import { TERMS_REVISION } from '../../../utils/engine/index/corpus-index';
import { sentenceTerms } from '../../../utils/engine/text/features';
import { splitSentences } from '../../../utils/engine/text/segment';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import { CUP_FINAL, LANDING, OBITUARY, RATES, RUNOFF, SENTENCING, STORM, STRIKE, TAKEOVER, TRANSFER, WILDFIRE } from '../kinds/stories';

const RECORDED = { revision: '30.662dca3a', hash: '1f62a0a2' };

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

describe('TERMS_REVISION', () => {
  it('changes whenever the terms of a fixed set of sentences change', () => {
    const texts = [
      ...loadSeedDocs().map((d) => d.text),
      // a fixed list: a story added to stories.ts later does not move the hash
      ...[CUP_FINAL, RUNOFF, TAKEOVER, LANDING, SENTENCING, WILDFIRE, STRIKE, TRANSFER, STORM, RATES, OBITUARY].flatMap((k) => [...Object.values(k.reports).map((r) => r.join('\n')), k.page.join('\n'), (k.otherEvent ?? []).join('\n')]),
      // shapes the stories above lack (revision 20: an ordinal in digits, a range spelled out)
      'Brandt equalised in the 118th minute on May 21st. He will miss between six and nine months.',
      // revision 21: a negation's scope ends at a verb of saying or "whether"; "no further" negates nothing
      'The board declined to say whether it had decided on the bid. No further decision is due.',
      // revision 22: a currency's name is a unit; "half a dozen" is one figure
      'Spending will reach 413 billion crowns, and half a dozen ministries will share 6,000 rupees.',
      // revision 23 (negated terms, not hashed here): "failed" without "to", "nothing"
      'The plan failed despite a majority, and monitors found nothing unusual.',
      // revision 25: a scale said once is both ends' ("between 1.1 and 1.2 billion dollars", "between $1.1 and $1.2 billion")
      'The hall will cost between 1.1 and 1.2 billion dollars, or between $1.1 and $1.2 billion.',
      // revision 26: "the top two" is a group by rank, no count
      'Eleven seconds separate the top two, and 146 riders are left in the race.',
      // revision 30: a currency named by the runtime's ISO 4217 names is a unit
      'The survey cost 182 million kwacha, against a budget of 195 million cedis.',
    ];
    const terms = texts.flatMap((t) => splitSentences(t).map((s) => sentenceTerms(s.text)));
    expect(terms.length).toBeGreaterThan(300);
    const hash = fnv1a(JSON.stringify(terms));
    // Same revision, other terms: the code changed without a bump. That is the failure that matters.
    if (TERMS_REVISION === RECORDED.revision) expect(hash, 'terms changed: bump TERMS_CODE_VERSION').toBe(RECORDED.hash);
    expect({ revision: TERMS_REVISION, hash }).toEqual(RECORDED);
  });
});

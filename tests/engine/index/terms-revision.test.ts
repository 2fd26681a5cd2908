// A stored library keeps every sentence's terms (its index entries and postings) and reuses them
// only under the same TERMS_REVISION. Terms come from code (normalize.ts, features.ts,
// numbers.ts) as well as from the word lists the revision hashes; a change to that code that
// leaves TERMS_CODE_VERSION alone leaves every reader's library indexed with the old terms, whose
// retrieval and statistics then disagree with the page's. This golden test notices: it hashes
// the terms of a fixed set of sentences (the seeds and the invented stories of tests/engine/kinds)
// and fails when they change under the same TERMS_CODE_VERSION.
//
// When it fails after a deliberate change: bump TERMS_CODE_VERSION in corpus-index.ts (libraries
// are then indexed again in the background) and record the new version and hash below.
import { describe, expect, it } from 'vitest';
import { TERMS_CODE_VERSION } from '../../../utils/engine/index/corpus-index';
import { sentenceTerms } from '../../../utils/engine/text/features';
import { splitSentences } from '../../../utils/engine/text/segment';
import { loadSeedDocs } from '../../../utils/corpus/seeds-node';
import * as kinds from '../kinds/stories';

const RECORDED = { version: 13, hash: '9f133dab' };

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

describe('TERMS_CODE_VERSION', () => {
  it('changes whenever the terms of a fixed set of sentences change', () => {
    const texts = [
      ...loadSeedDocs().map((d) => d.text),
      ...Object.values(kinds).flatMap((k) => (typeof k === 'object' && k && 'reports' in k ? [...Object.values(k.reports).map((r) => r.join('\n')), k.page.join('\n'), (k.otherEvent ?? []).join('\n')] : [])),
    ];
    const terms = texts.flatMap((t) => splitSentences(t).map((s) => sentenceTerms(s.text)));
    expect(terms.length).toBeGreaterThan(300);
    expect({ version: TERMS_CODE_VERSION, hash: fnv1a(JSON.stringify(terms)) }).toEqual(RECORDED);
  });
});

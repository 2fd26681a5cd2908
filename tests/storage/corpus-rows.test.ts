// The corpus page's per-document data (components/corpus/format.ts): computed once per
// document and kept across re-reads, so listing 10,000 documents after a delete does not
// recount every text or re-render every row.
import { describe, expect, it } from 'vitest';
import { formatDay, haystackOf, toRows, wordCount } from '../../components/corpus/format';
import type { StoredDoc } from '../../utils/storage/types';
import { exportedDoc } from './helpers';

const stored = (seed: number, extra: Partial<StoredDoc> = {}): StoredDoc => ({
  ...exportedDoc(seed),
  contentHash: `h${seed}`,
  minhash: [],
  bands: [],
  ...extra,
});

describe('corpus rows', () => {
  it('counts words like /\\S+/g, whatever the whitespace', () => {
    for (const t of ['', ' ', 'one', ' one  two\tthree\nfour ', 'a\u00a0b\u2003c\u3000d\ufeffe', 'x'.repeat(50)]) {
      expect(wordCount(t)).toBe(t.match(/\S+/g)?.length ?? 0);
    }
  });

  it('keeps the Row of an unchanged document across re-reads and rebuilds a changed one', () => {
    const first = toRows([stored(1), stored(2), stored(3)]);
    // A re-read gives new objects with the same content.
    const again = toRows([stored(1), stored(2, { hidden: true }), stored(3)], first);
    expect(again.get('doc-1')).toBe(first.get('doc-1'));
    expect(again.get('doc-3')).toBe(first.get('doc-3'));
    expect(again.get('doc-2')).not.toBe(first.get('doc-2'));
    expect(again.get('doc-2')!.doc.hidden).toBe(true);
    expect(toRows([stored(1)], again).size).toBe(1);
  });

  it('computes the day once and the search text only when searched', () => {
    const row = toRows([stored(4)]).get('doc-4')!;
    expect(row.day).toBe(formatDay(row.doc.date));
    expect(row.haystack).toBeUndefined();
    expect(haystackOf(row)).toContain(row.doc.headline.toLowerCase());
    expect(row.haystack).toBeDefined();
  });
});

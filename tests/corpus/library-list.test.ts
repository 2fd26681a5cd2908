import { describe, expect, it } from 'vitest';
import { countKinds, kindOf, pageOfIndex, pageWindow, selectRows, PAGE_SIZE } from '../../utils/corpus/library-list';

type D = { id: string; source: 'seed' | 'user'; remembered?: boolean; pinned?: boolean; fetchedFrom?: string; text: string };
const row = (doc: D) => ({ doc });
const hay = (r: { doc: D }) => r.doc.text.toLowerCase();

const docs: D[] = [
  { id: 's1', source: 'seed', text: 'Fentanyl talks' },
  { id: 'r1', source: 'user', remembered: true, text: 'Harbour plan' },
  { id: 'r2', source: 'user', remembered: true, pinned: true, text: 'Bridge reopens' },
  { id: 'u1', source: 'user', text: 'Harbour vote' },
  { id: 'f_1', source: 'user', fetchedFrom: 'http://127.0.0.1:8000/feed.xml', text: 'Bridge closed' },
];

describe('the library list: one entry per document', () => {
  it('gives every document one kind', () => {
    expect(docs.map(kindOf)).toEqual(['seed', 'remembered', 'remembered', 'added', 'fetched']);
    expect(countKinds(docs)).toEqual({ all: 5, fetched: 1, remembered: 2, added: 1, seed: 1 });
  });

  it('lists each document once, remembered ones included (they used to be listed again in a list of their own)', () => {
    const all = selectRows(docs.map(row), 'all', '', hay).map((r) => r.doc.id);
    expect(all).toEqual(['s1', 'r1', 'r2', 'u1', 'f_1']);
    expect(new Set(all).size).toBe(all.length);
    // The kinds partition the library: together they list every document exactly once.
    const byKind = (['fetched', 'remembered', 'added', 'seed'] as const).flatMap((k) => selectRows(docs.map(row), k, '', hay).map((r) => r.doc.id));
    expect(byKind.sort()).toEqual([...all].sort());
  });

  it('filters by kind and by every word of the search, case-insensitively', () => {
    expect(selectRows(docs.map(row), 'remembered', '', hay).map((r) => r.doc.id)).toEqual(['r1', 'r2']);
    expect(selectRows(docs.map(row), 'all', '  HARBOUR ', hay).map((r) => r.doc.id)).toEqual(['r1', 'u1']);
    expect(selectRows(docs.map(row), 'remembered', 'harbour plan', hay).map((r) => r.doc.id)).toEqual(['r1']);
    expect(selectRows(docs.map(row), 'seed', 'harbour', hay)).toEqual([]);
    expect(selectRows(docs.map(row), 'fetched', '', hay).map((r) => r.doc.id)).toEqual(['f_1']);
  });
});

describe('paging', () => {
  it('windows a list into pages of PAGE_SIZE', () => {
    expect(pageWindow(2000, 0)).toEqual({ page: 0, pages: 40, start: 0, end: PAGE_SIZE });
    expect(pageWindow(2000, 39)).toEqual({ page: 39, pages: 40, start: 1950, end: 2000 });
    expect(pageWindow(101, 2, 50)).toEqual({ page: 2, pages: 3, start: 100, end: 101 });
  });

  it('clamps a page past the end (a search narrowed the list, the last rows were deleted) and an empty list', () => {
    expect(pageWindow(120, 9, 50)).toEqual({ page: 2, pages: 3, start: 100, end: 120 });
    expect(pageWindow(0, 3)).toEqual({ page: 0, pages: 1, start: 0, end: 0 });
    expect(pageWindow(10, -1, 50)).toMatchObject({ page: 0 });
  });

  it('finds the page of an item', () => {
    expect(pageOfIndex(0, 50)).toBe(0);
    expect(pageOfIndex(49, 50)).toBe(0);
    expect(pageOfIndex(50, 50)).toBe(1);
    expect(pageOfIndex(-1, 50)).toBe(0);
  });
});

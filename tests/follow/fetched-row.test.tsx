// A fetched article in the library list (issue 22): listed like a remembered one (outlet, date,
// URL, Pin and Delete), marked "Fetched", and "Summary only" when its text is the feed's summary.
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CorpusTable } from '../../components/corpus/CorpusRow';
import { toRows } from '../../components/corpus/format';
import type { StoredDoc } from '../../utils/storage/types';

const doc = (over: Partial<StoredDoc>): StoredDoc => ({
  id: 'f_abc',
  outlet: 'Valley Courier',
  outletNamed: true,
  headline: 'Millbrook closes Ferris Street bridge',
  date: '2026-12-05',
  lang: 'en',
  text: 'Millbrook closes Ferris Street bridge\nThe town closed the bridge.',
  url: 'http://127.0.0.1:8000/valley-courier/bridge',
  addedAt: '2026-12-06T03:00:00.000Z',
  source: 'user',
  hidden: false,
  contentHash: 'h',
  minhash: [],
  bands: [],
  fetchedFrom: 'http://127.0.0.1:8000/feed.rss',
  ...over,
});

function renderRows(docs: (StoredDoc)[]) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  const root = document.getElementById('root')! as unknown as HTMLElement;
  const actions = { open: vi.fn(), remove: vi.fn(), setHidden: vi.fn(), setPinned: vi.fn(), editOutlet: vi.fn() };
  const items = [...toRows(docs).values()].map((row) => ({ row }));
  act(() => render(<CorpusTable items={items} actions={actions} busy={false} caption="c" />, root as unknown as Element));
  return { root, actions };
}

describe('a fetched article in the library', () => {
  it('shows outlet, date and URL, a Fetched mark, and Pin and Delete buttons', () => {
    const { root } = renderRows([doc({})]);
    const row = root.querySelector('[data-testid="corpus-row"]')!;
    expect(row.getAttribute('data-doc-id')).toBe('f_abc');
    expect(row.textContent).toContain('Valley Courier');
    expect(row.textContent).toContain('2026');
    expect(row.querySelector('[data-testid="doc-url"]')!.getAttribute('href')).toBe('http://127.0.0.1:8000/valley-courier/bridge');
    expect(row.querySelector('[data-testid="fetched-badge"]')!.textContent).toBe('Fetched');
    expect(row.querySelector('[data-testid="summary-only"]')).toBeNull();
    // The table's one delegated click handler acts on these buttons (CorpusRow.tsx).
    expect(row.querySelector('[data-testid="pin-doc"]')!.getAttribute('data-action')).toBe('pin');
    expect(row.querySelector('[data-testid="delete-doc"]')!.getAttribute('data-action')).toBe('delete');
  });

  it('says "Summary only" when the stored text is the feed item’s summary', () => {
    const { root } = renderRows([doc({ summaryOnly: true, pinned: true })]);
    expect(root.querySelector('[data-testid="summary-only"]')!.textContent).toBe('Summary only');
    expect(root.querySelector('[data-testid="fetched-badge"]')!.textContent).toBe('Fetched, pinned');
  });

  it('an article added by hand has neither mark nor Pin', () => {
    const { root } = renderRows([doc({ fetchedFrom: undefined })]);
    expect(root.querySelector('[data-testid="fetched-badge"]')).toBeNull();
    expect(root.querySelector('[data-testid="pin-doc"]')).toBeNull();
  });
});

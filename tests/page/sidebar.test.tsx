// The sidebar rendered with Preact into a linkedom document: the contract's test ids, and that
// page/corpus text is rendered as text, never as HTML.
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Sidebar } from '../../components/Sidebar';
import { createStore, initialState, type SidebarState } from '../../utils/page/store';
import type { Report } from '../../utils/engine/types';
import { PROOF } from './proof-fixture';

const EVIL = '<img src=x onerror="alert(1)"><b>bold</b>';

const report: Report = {
  title: 'T',
  self: null,
  coverage: [{ source: 'other', outlet: 'Other Outlet', headline: 'H', date: null, relatedness: 0.9 }],
  claims: [
    {
      id: 'c0', start: 0, end: 40, text: `Tariffs rose to 145 percent ${EVIL}`,
      matches: [{ source: 'other', outlet: 'Other Outlet', text: `Tariffs rose to 125 percent ${EVIL}`, relation: 'contradicts', why: `different figure ${EVIL}`, score: 0.8, sentenceIndex: 2, proof: PROOF }],
    },
    { id: 'c1', start: 41, end: 60, text: 'Nobody else says this.', matches: [] },
  ],
  additions: [{ source: 'other', outlet: 'Other Outlet', text: `Talks are set for Geneva ${EVIL}`, alsoReportedBy: [], weight: 1 }],
  quotes: [],
  figures: [],
  facts: [],
};

function setup(state: Partial<SidebarState>) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  const root = document.getElementById('root')!;
  // linkedom has no layout: scrolling and focus are no-ops here.
  (window.HTMLElement.prototype as any).scrollIntoView = vi.fn();
  (window.HTMLElement.prototype as any).focus ??= vi.fn();
  const store = createStore<SidebarState>({ ...initialState, open: true, pageStored: false, ...state });
  const actions = { close: vi.fn(), focusClaim: vi.fn(), addPage: vi.fn(async () => {}), setPrefs: vi.fn(), hoverClaim: vi.fn(), step: vi.fn(), setCollapsed: vi.fn() };
  act(() => render(<Sidebar store={store} actions={actions} />, root as unknown as Element));
  return { root: root as unknown as HTMLElement, store, actions };
}

describe('Sidebar', () => {
  it('renders the contract hooks for a report', () => {
    const { root } = setup({ status: 'ready', report, currentClaimId: 'c0', highlightedIds: new Set(['c0']) });
    const aside = root.querySelector('[role="complementary"]')!;
    expect(aside.getAttribute('aria-label')).toContain('Source comparison');
    const cards = root.querySelectorAll('[data-testid="claim-card"]');
    expect(cards).toHaveLength(1); // only claims with matches, by default
    expect(cards[0]!.getAttribute('aria-current')).toBe('true');
    const match = cards[0]!.querySelector('[data-testid="match"]')!;
    expect(match.getAttribute('data-source')).toBe('other');
    expect(match.getAttribute('data-relation')).toBe('contradicts');
    expect(match.textContent).toContain('Other Outlet');
    expect(root.querySelector('[data-testid="diff-toggle"]')!.getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('[data-testid="add-page"]')).not.toBeNull();
  });

  it('never turns page or corpus text into elements', () => {
    const { root } = setup({ status: 'ready', report });
    act(() => (root.querySelector('[data-testid="diff-toggle"]') as HTMLElement).click());
    expect(root.querySelector('[data-testid="diff"]')).not.toBeNull();
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(root.textContent).toContain(EVIL);
  });

  it('shows the diff as ins/del when toggled', () => {
    const { root } = setup({ status: 'ready', report });
    const toggle = root.querySelector('[data-testid="diff-toggle"]') as HTMLElement;
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const diff = root.querySelector('[data-testid="diff"]')!;
    expect(diff.querySelectorAll('del').length).toBeGreaterThan(0);
    expect(diff.querySelectorAll('ins').length).toBeGreaterThan(0);
  });

  it('shows a contradiction’s proof in words: what both sides state, each side’s value, the outlet by name', () => {
    const { root } = setup({ status: 'ready', report });
    const match = root.querySelector('[data-testid="match"]')!;
    const proof = match.querySelector('[data-testid="proof"]')!;
    expect(proof.getAttribute('data-kind')).toBe('figure');
    expect([...proof.querySelectorAll('p, li')].map((el) => el.textContent)).toEqual([
      'About: the tariff rate',
      'This page: 145 percent',
      'Other Outlet: 125 percent',
    ]);
    // The proof says what the reason said (with the outlet's name, not initials): the reason goes.
    expect(match.querySelector('.sc-why')).toBeNull();
    // Each value is marked where it stands in its sentence; the sentences' text is unchanged.
    const card = root.querySelector('[data-testid="claim-card"]')!;
    expect([...card.querySelectorAll('.sc-claim mark')].map((el) => el.textContent)).toEqual(['145 percent']);
    expect(card.querySelector('.sc-claim')!.textContent).toBe(report.claims[0]!.text);
    expect([...match.querySelectorAll('blockquote mark')].map((el) => el.textContent)).toEqual(['125 percent']);
    expect(match.querySelector('blockquote')!.textContent).toBe(report.claims[0]!.matches[0]!.text);
  });

  it('says each side’s day when the two reports are of different days', () => {
    const dated = { ...PROOF, page: { ...PROOF.page, day: '9 May' }, other: { ...PROOF.other, day: '6 May' } };
    const { root } = setup({ status: 'ready', report: { ...report, claims: [{ ...report.claims[0]!, matches: [{ ...report.claims[0]!.matches[0]!, proof: dated }] }] } });
    const proof = root.querySelector('[data-testid="proof"]')!;
    expect([...proof.querySelectorAll('li')].map((el) => el.textContent)).toEqual(['This page (9 May): 145 percent', 'Other Outlet (6 May): 125 percent']);
  });

  it('renders a proof’s words as text, never as elements', () => {
    const evilProof = { kind: 'polarity' as const, about: `talks ${EVIL}`, page: { value: `not ${EVIL}`, span: { start: 0, end: 7 } }, other: { value: EVIL, span: { start: 0, end: 7 } } };
    const claim = report.claims[0]!;
    const { root } = setup({ status: 'ready', report: { ...report, claims: [{ ...claim, matches: [{ ...claim.matches[0]!, proof: evilProof }] }] } });
    const proof = root.querySelector('[data-testid="proof"]')!;
    expect(proof.textContent).toContain(`About: talks ${EVIL}`);
    expect(proof.textContent).toContain(`This page: not ${EVIL}`);
    expect(proof.textContent).toContain(`Other Outlet: ${EVIL}`);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelectorAll('b')).toHaveLength(0);
  });

  it('shows a contradiction that comes without a proof as added detail, nowhere in red', () => {
    const claim = report.claims[0]!;
    const { proof: _dropped, ...bare } = claim.matches[0]!;
    const { root } = setup({ status: 'ready', report: { ...report, claims: [{ ...claim, matches: [bare] }, report.claims[1]!] } });
    const card = root.querySelector('[data-testid="claim-card"]')!;
    const match = card.querySelector('[data-testid="match"]')!;
    expect(match.getAttribute('data-relation')).toBe('adds');
    expect(card.getAttribute('data-relation')).toBe('adds');
    expect(match.querySelector('.sc-badge')!.textContent).toBe('Adds detail');
    // (The filter buttons keep their red swatch: that is the legend, not this claim.)
    expect(card.matches('.sc-card-contradicts')).toBe(false);
    expect(card.querySelectorAll('.sc-rel-contradicts')).toHaveLength(0);
    expect(match.querySelector('[data-testid="proof"]')).toBeNull();
    expect(card.querySelectorAll('mark')).toHaveLength(0);
    // Its reason still tells what the engine saw, as text.
    expect(match.querySelector('.sc-why')!.textContent).toBe(`different figure ${EVIL}`);
    expect(root.querySelector('[data-testid="claim-tally"]')!.textContent).toBe('They report 1 of this page’s 2 claims: 1 with added detail.');
  });

  it('opens with a summary in words: articles covering the story and claims by relation', () => {
    const { root } = setup({ status: 'ready', report });
    const summary = root.querySelector('[data-testid="summary"]')!;
    expect(summary.textContent).toContain('1 article from other outlets covers this story: Other Outlet.');
    expect(root.querySelector('[data-testid="claim-tally"]')!.textContent).toBe('They report 1 of this page’s 2 claims: 1 contradicted.');
    // The summary comes before the first card in the document (and so in reading and tab order).
    const html = root.innerHTML;
    expect(html.indexOf('data-testid="summary"')).toBeLessThan(html.indexOf('data-testid="claim-card"'));
  });

  it('shows one block per fact naming all its outlets, each match still its own element', () => {
    const factReport: Report = {
      ...report,
      coverage: [...report.coverage, { source: 'third', outlet: 'Third Paper', headline: 'H3', date: null, relatedness: 0.8 }],
      claims: [
        {
          ...report.claims[0]!,
          matches: [
            { ...report.claims[0]!.matches[0]!, factId: 'f1' },
            { source: 'third', outlet: 'Third Paper', text: 'Tariffs reached 145 percent.', relation: 'agree', why: 'same', score: 0.7, sentenceIndex: 4, factId: 'f1' },
          ],
        },
      ],
      facts: [{ id: 'f1', members: [], values: [], outlets: 2, claimIds: ['c0'] }],
    };
    const { root } = setup({ status: 'ready', report: factReport });
    const groups = root.querySelectorAll('[data-testid="fact-group"]');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.querySelector('.sc-fact-head')!.textContent).toBe('Other Outlet and Third Paper report this');
    expect([...groups[0]!.querySelectorAll('[data-testid="match"]')].map((m) => m.getAttribute('data-source'))).toEqual(['other', 'third']);
    // Every diff button names its outlet.
    expect([...root.querySelectorAll('[data-testid="diff-toggle"]')].map((b) => b.textContent)).toEqual([
      'Word differences with Other Outlet',
      'Word differences with Third Paper',
    ]);
  });

  it('says where an unmatched claim was looked for: the articles on this story in the library, never "no other outlet"', () => {
    const prefs = { ...initialState.prefs, showUnmatched: true };
    const { root } = setup({ status: 'ready', report, prefs });
    const unmatched = root.querySelector('[data-testid="claim-card"][data-relation="none"]')!;
    expect(unmatched.querySelector('[data-testid="not-found"]')!.textContent).toBe('No match Not found in the only article on this story in your library.');
    expect(root.querySelector('[data-testid="unmatched-toggle"]')!.textContent).toBe('Also claims not found in the only article on this story in your library');
    expect(root.querySelector('[data-testid="help"]')!.textContent).toContain('claims not found in the articles on this story in your library');
    expect(root.textContent).not.toMatch(/no other outlet reports|not reported elsewhere/i);

    // N as the report counts it: covering documents, a syndicated copy folded into its original.
    const three: Report = {
      ...report,
      coverage: [
        { ...report.coverage[0]!, copies: [{ source: 'copy', outlet: 'Copy Wire' }] },
        { source: 'b', outlet: 'B', headline: 'HB', date: null, relatedness: 0.7 },
        { source: 'c', outlet: 'C', headline: 'HC', date: null, relatedness: 0.6 },
      ],
    };
    const again = setup({ status: 'ready', report: three, prefs }).root;
    expect(again.querySelector('[data-testid="not-found"]')!.textContent).toContain('Not found in the 3 articles on this story in your library.');
    expect(again.querySelector('[data-testid="unmatched-toggle"]')!.textContent).toBe('Also claims not found in the 3 articles on this story in your library');
  });

  it('says the same when no claim of the page has a match', () => {
    const none: Report = { ...report, claims: report.claims.map((c) => ({ ...c, matches: [] })) };
    const { root } = setup({ status: 'ready', report: none });
    expect(root.querySelector('.sc-empty')!.textContent).toBe('No sentence on this page was found in the only article on this story in your library.');
  });

  it.each([
    ['no-article', 'No article found on this page'],
    ['no-coverage', 'No other outlet in your library covers this story'],
    ['loading', 'Comparing'],
  ] as const)('says so plainly in state %s', (status, text) => {
    const { root } = setup({ status });
    expect(root.textContent).toContain(text);
  });

  it('with no coverage, says how to get some (follow outlets) and offers that section and the library', () => {
    const { root } = setup({ status: 'no-coverage' });
    const hint = root.querySelector('[data-testid="coverage-hint"]')!.textContent!.replace(/\s+/g, ' ');
    expect(hint).toMatch(/^To compare it, follow outlets' feeds: their new articles are fetched into your library on a schedule/);
    expect(hint).toMatch(/add other outlets' articles on this story to your library, or turn on “Remember what you read”/);
    // the buttons need a way to open the options page; without one they are not offered
    expect(root.querySelector('[data-testid="open-library"]')).toBeNull();
    expect(root.querySelector('[data-testid="follow-outlets"]')).toBeNull();
    const store = createStore<SidebarState>({ ...initialState, open: true, pageStored: false, status: 'no-coverage' });
    const openOptions = vi.fn();
    const host = document.createElement('div');
    act(() => render(<Sidebar store={store} actions={{ close: vi.fn(), focusClaim: vi.fn(), addPage: vi.fn(async () => {}), setPrefs: vi.fn(), hoverClaim: vi.fn(), step: vi.fn(), setCollapsed: vi.fn(), openOptions }} />, host as unknown as Element));
    act(() => (host.querySelector('[data-testid="follow-outlets"]') as HTMLElement).click());
    expect(openOptions).toHaveBeenLastCalledWith('follow');
    act(() => (host.querySelector('[data-testid="open-library"]') as HTMLElement).click());
    expect(openOptions).toHaveBeenCalledTimes(2);
    expect(openOptions).toHaveBeenLastCalledWith();
  });

  it('with no coverage while following sources, says how fresh they are', () => {
    const lastFetchAt = new Date(Date.now() - 20 * 60_000).toISOString();
    const { root } = setup({ status: 'no-coverage', report: { ...report, coverage: [], freshness: { fetchedArticles: 0, fetchedSources: 0, following: 3, lastFetchAt } } });
    expect(root.querySelector('[data-testid="coverage-hint"]')!.textContent!.replace(/\s+/g, ' ')).toMatch(/^None of the articles fetched from the 3 sources you follow is about this story \(last fetched 20 min ago\)\. Follow more outlets/);
  });

  it('the summary names the articles and sources from followed feeds and how fresh they are', () => {
    const lastFetchAt = new Date(Date.now() - 20 * 60_000).toISOString();
    const { root } = setup({ status: 'ready', report: { ...report, freshness: { fetchedArticles: 1, fetchedSources: 1, following: 6, lastFetchAt } }, currentClaimId: 'c0', highlightedIds: new Set(['c0']) });
    expect(root.querySelector('[data-testid="freshness"]')!.textContent).toBe('Compared with 1 article from 1 source you follow, fetched 20 min ago.');
    const { root: none } = setup({ status: 'ready', report, currentClaimId: 'c0', highlightedIds: new Set(['c0']) });
    expect(none.querySelector('[data-testid="freshness"]')).toBeNull();
  });

  it('says the rest of the report is coming while only the claims are in, then shows it', () => {
    const { root, store } = setup({ status: 'ready', report: { ...report, additions: [] }, detailsPending: true });
    expect(root.querySelectorAll('[data-testid="claim-card"]')).toHaveLength(1);
    const pending = root.querySelector('[data-testid="details-pending"]')!;
    expect(pending.getAttribute('role')).toBe('status');
    expect(root.querySelector('[data-testid="addition"]')).toBeNull();
    act(() => store.set({ report, detailsPending: false }));
    expect(root.querySelector('[data-testid="details-pending"]')).toBeNull();
    expect(root.querySelectorAll('[data-testid="addition"]')).toHaveLength(1);
  });

  it('lists the first additions and the rest on request', () => {
    const additions = Array.from({ length: 11 }, (_, i) => ({ source: 'other', outlet: 'Other Outlet', text: `Fact ${i}`, alsoReportedBy: [], weight: 11 - i }));
    const { root } = setup({ status: 'ready', report: { ...report, additions } });
    const shown = () => [...root.querySelectorAll('[data-testid="addition"]')].map((li) => li.textContent);
    // At most eight, in the engine's ranking order, each naming who reports it.
    expect(shown()).toEqual(Array.from({ length: 8 }, (_, i) => `Fact ${i} — Other Outlet`));
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show 3 more') as HTMLElement;
    act(() => more.click());
    expect(shown()).toHaveLength(11);
  });

  it('offers the add button only once the background says the page is not stored; on a stored page says so', () => {
    const { root, store } = setup({ status: 'ready', report, pageStored: null });
    expect(root.querySelector('[data-testid="add-page"]')).toBeNull();
    act(() => store.set({ pageStored: true }));
    expect(root.querySelector('[data-testid="add-page"]')).toBeNull();
    expect(root.querySelector('[data-testid="already-stored"]')!.textContent).toContain('Already in your library');
    act(() => store.set({ pageStored: false }));
    expect(root.querySelector('[data-testid="add-page"]')!.textContent).toBe('Add this article to my library');
    expect(root.querySelector('[data-testid="already-stored"]')).toBeNull();
  });

  it('links a matched sentence that holds half a surrogate pair (a stored text cut inside an emoji)', () => {
    const m = report.claims[0].matches[0];
    const cut = { ...report, claims: [{ ...report.claims[0], matches: [{ ...m, text: 'Tariffs rose to 125 percent \ud83d', url: 'https://other.example/a' }] }] };
    const { root } = setup({ status: 'ready', report: cut });
    const link = root.querySelector('[data-testid="open-source"]')!;
    expect(link.getAttribute('href')).toBe('https://other.example/a#:~:text=Tariffs%20rose%20to%20125%20percent%20%EF%BF%BD');
  });

  it('announces the add-page outcome and renders nothing when closed', () => {
    const { root, store } = setup({ status: 'ready', report, addPage: { state: 'error', message: 'Not stored: quota.' } });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Not stored: quota.');
    act(() => store.set({ open: false }));
    expect(root.querySelector('[role="complementary"]')).toBeNull();
  });
});

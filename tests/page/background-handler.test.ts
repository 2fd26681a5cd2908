// The background's behaviour with a hand-made browser double and a real corpus source (the
// IndexedDB one on fake-indexeddb): the analyze round trip, add-page, sender checks, the
// badge, and the toolbar toggle.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { COVERED_MARK, badgeFor, createBackground } from '../../utils/background/handler';
import { memorySource, openCorpusSource } from '../../utils/background/corpus-source';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { contradictedCount } from '../../utils/page/report-view';

function fakeBrowser() {
  return {
    runtime: { id: 'ext-id' },
    tabs: {
      query: vi.fn(async () => [{ id: 7 }]),
      sendMessage: vi.fn(async () => ({ open: true })),
    },
    action: { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}) },
  };
}

const docs = loadSeedDocs();
const own = docs[0]!;
const SENDER = { id: 'ext-id', tab: { id: 3 } };

function call(bg: ReturnType<typeof createBackground>, raw: unknown, sender: { id?: string; tab?: { id?: number } }): Promise<any> | 'ignored' {
  let resolve!: (v: unknown) => void;
  const reply = new Promise((r) => (resolve = r));
  const claimed = bg.onMessage(raw, sender, resolve);
  return claimed === true ? reply : 'ignored';
}

describe('background handler', () => {
  it('answers analyze with a report that excludes the page’s own document, and badges the tab', async () => {
    const browser = fakeBrowser();
    const openCorpus = vi.fn(async () => memorySource(docs, 'test'));
    const bg = createBackground({ openCorpus, browser: browser as never });
    const reply = await call(bg, { type: 'analyze', title: own.headline, text: own.text, url: 'http://127.0.0.1/a' }, SENDER);
    expect(reply.ok).toBe(true);
    expect(reply.report.self).toBe(own.id);
    expect(reply.report.coverage.length).toBeGreaterThan(0);
    for (const c of reply.report.claims) for (const m of c.matches) expect(m.source).not.toBe(own.id);
    await vi.waitFor(() => expect(browser.action.setBadgeText).toHaveBeenCalled());
    const n = contradictedCount(reply.report);
    // One meaning: contradicted claims when there are any, else the neutral "covered" mark.
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: n > 0 ? String(n) : COVERED_MARK });
    // One corpus per background life, not one per message.
    await call(bg, { type: 'analyze', title: 'x', text: 'y', url: '' }, SENDER);
    expect(openCorpus).toHaveBeenCalledTimes(1);
  });

  it('gives the badge one meaning: contradicted claims in red, else a grey mark when the story is covered, else nothing', () => {
    expect(badgeFor(3, 4)).toMatchObject({ text: '3', color: '#b91c1c' });
    expect(badgeFor(3, 4).title).toBe('Source comparison: 3 claims on this page contradicted by 4 articles from other outlets');
    expect(badgeFor(0, 4)).toMatchObject({ text: COVERED_MARK, color: '#4b5563' });
    expect(badgeFor(0, 0).text).toBe('');
  });

  it('opens the options page on request and forwards the first-claim command to the tab', async () => {
    const browser = { ...fakeBrowser(), runtime: { id: 'ext-id', openOptionsPage: vi.fn(async () => {}) } };
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: browser as never });
    expect(call(bg, { type: 'open-options' }, SENDER)).toBe('ignored'); // no reply is owed
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    expect(await bg.focusFirstClaim()).toBe(true);
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'focus-first-claim' });
  });

  it('ignores other senders and malformed messages', () => {
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: fakeBrowser() as never });
    expect(call(bg, { type: 'analyze', title: 't', text: 'x', url: '' }, { id: 'someone-else' })).toBe('ignored');
    expect(call(bg, { type: 'analyze', title: 1 }, SENDER)).toBe('ignored');
    expect(call(bg, { type: 'toggle-sidebar' }, SENDER)).toBe('ignored');
  });

  it('stores a page with add-page, indexes it at once, and refuses it the second time', async () => {
    const bg = createBackground({ openCorpus: () => openCorpusSource(docs), browser: fakeBrowser() as never });
    // A page on another story, so nothing in the corpus is taken for it.
    const text = [
      'City council approves new riverside park',
      'The city council voted on Tuesday to turn a disused rail yard beside the river into a public park, ending a debate that had lasted nearly a decade.',
      'The plan includes a playground, a rowing club and a cycle path linking the old town with the harbour, according to the council’s published budget.',
      'Work is expected to start next spring and to cost about 12 million euros, most of it paid for by a regional grant that the council secured last year.',
      'Residents who had campaigned for housing on the site said they were disappointed, while local businesses welcomed the decision as a boost for visitors.',
      'The mayor said the park would open in stages, with the first section ready before the summer festival, and promised regular updates on the work.',
    ].join('\n');
    const page = { type: 'add-page', title: 'City council approves new riverside park', text, url: 'http://127.0.0.1/new', siteName: 'The Daily Ledger', publishedTime: null, lang: 'en' };
    const before = await call(bg, { type: 'analyze', title: page.title, text, url: page.url }, SENDER);
    expect(before.report.self).toBeNull();
    const stored = await call(bg, page, SENDER);
    expect(stored).toMatchObject({ ok: true, status: 'stored' });
    expect(stored.message).toMatch(/Stored/);
    const after = await call(bg, { type: 'analyze', title: page.title, text, url: page.url }, SENDER);
    expect(after.report.self).toBe(stored.id);
    const again = await call(bg, page, SENDER);
    expect(again).toMatchObject({ ok: true, status: 'duplicate' });
  });

  it('says why a page cannot be stored when there is no storage', async () => {
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'no storage here.'), browser: fakeBrowser() as never });
    const r = await call(bg, { type: 'add-page', title: 'T', text: own.text, url: 'http://127.0.0.1/', siteName: null, publishedTime: null, lang: null }, SENDER);
    expect(r).toEqual({ ok: false, error: 'Not stored: no storage here.' });
  });

  it('toggleSidebar messages the given tab, or the active one', async () => {
    const browser = fakeBrowser();
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: browser as never });
    expect(await bg.toggleSidebar(5)).toBe(true);
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(5, { type: 'toggle-sidebar' });
    await bg.toggleSidebar();
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'toggle-sidebar' });
    browser.tabs.sendMessage.mockRejectedValueOnce(new Error('no receiver'));
    expect(await bg.toggleSidebar(9)).toBeNull();
  });
});

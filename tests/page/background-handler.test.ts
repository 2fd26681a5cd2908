// The background's behaviour with a hand-made browser double and a real corpus source (the
// IndexedDB one on fake-indexeddb): the analyze round trip, add-page, sender checks, the
// badge, and the toolbar toggle.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../utils/background/handler';
import { COVERED_MARK, badgeCounts, badgeTitle } from '../../utils/background/badge';
import { memorySource, openCorpusSource } from '../../utils/background/corpus-source';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { contradictedCount } from '../../utils/page/report-view';
import { IDBFactory } from 'fake-indexeddb';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { analyzePage, CorpusIndex } from '../../utils/engine';
import { DEFAULT_REMEMBER_SETTINGS, type RememberSettings } from '../../utils/remember/settings';

function fakeBrowser() {
  return {
    runtime: { id: 'ext-id' },
    tabs: {
      query: vi.fn(async () => [{ id: 7 }]),
      sendMessage: vi.fn(async () => ({ open: true })),
    },
    action: { setBadgeText: vi.fn(async () => {}), setBadgeBackgroundColor: vi.fn(async () => {}), setTitle: vi.fn(async () => {}) },
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
    // The tooltip counts the covering articles that contradict the page, not all that cover it.
    const contradicting = new Set(reply.report.claims.flatMap((c: any) => c.matches.filter((m: any) => m.relation === 'contradicts').map((m: any) => m.source))).size;
    expect(badgeCounts(reply.report)).toEqual({ contradictedClaims: n, contradicting, covering: reply.report.coverage.length });
    await vi.waitFor(() => expect(browser.action.setTitle).toHaveBeenCalledWith({ tabId: 3, title: badgeTitle(badgeCounts(reply.report)) }));
    // One corpus per background life, not one per message.
    await call(bg, { type: 'analyze', title: 'x', text: 'y', url: '' }, SENDER);
    expect(openCorpus).toHaveBeenCalledTimes(1);
  });

  it('answers the claims first and the rest of the report on request: together, what the engine reports', async () => {
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: fakeBrowser() as never });
    const page = docs[2]!;
    const first = await call(bg, { type: 'analyze', title: page.headline, text: page.text, url: 'http://127.0.0.1/b' }, SENDER);
    expect(first.ok).toBe(true);
    expect(typeof first.details).toBe('string');
    // the claims carry their matches; what needs the story's facts comes in the second step
    expect(first.report.claims.some((c: any) => c.matches.length > 0)).toBe(true);
    expect(first.report.additions).toEqual([]);
    expect(first.report.facts).toEqual([]);
    // another tab is not given this page's rest
    expect(await call(bg, { type: 'analyze-details', id: first.details }, { id: 'ext-id', tab: { id: 4 } })).toEqual({ ok: false, error: expect.stringMatching(/no longer kept/) });
    const rest = await call(bg, { type: 'analyze-details', id: first.details }, SENDER);
    expect(rest.ok).toBe(true);
    const index = new CorpusIndex();
    for (const d of docs) index.add(d);
    const engine = analyzePage({ title: page.headline, text: page.text, url: 'http://127.0.0.1/b', date: null }, index);
    expect(rest.report.additions).toEqual(engine.additions);
    expect(rest.report.facts).toEqual(engine.facts);
    expect(rest.report.figures).toEqual(engine.figures);
    expect(rest.report.quotes).toEqual(engine.quotes);
    // the same claims and matches as the first step, now with their facts
    const strip = (r: any) => r.claims.map((c: any) => ({ ...c, matches: c.matches.map(({ factId: _, ...m }: any) => m) }));
    expect(strip(rest.report)).toEqual(strip(first.report));
    expect(rest.report.claims.flatMap((c: any) => c.matches).some((m: any) => m.factId)).toBe(true);
    // served once: a second request for the same id is told so, not answered with another page's
    const again = await call(bg, { type: 'analyze-details', id: first.details }, SENDER);
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/no longer kept/) });
    expect(call(bg, { type: 'analyze-details', id: 42 }, SENDER)).toBe('ignored');
  });

  it('answers in one step a page that asks for its report whole', async () => {
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: fakeBrowser() as never });
    const page = docs[2]!;
    const reply = await call(bg, { type: 'analyze', title: page.headline, text: page.text, url: 'http://127.0.0.1/b', whole: true }, SENDER);
    expect(reply.ok).toBe(true);
    expect(reply.details).toBeUndefined();
    expect(reply.report.additions.length).toBeGreaterThan(0);
    expect(reply.report.facts.length).toBeGreaterThan(0);
  });

  it('answers a page nothing covers in one step', async () => {
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: fakeBrowser() as never });
    const text = 'The village fete raised money for the church roof. Stalls sold cakes and plants all afternoon. The brass band played until dusk.';
    const reply = await call(bg, { type: 'analyze', title: 'Village fete', text, url: 'http://127.0.0.1/fete' }, SENDER);
    expect(reply.ok).toBe(true);
    expect(reply.report.coverage).toEqual([]);
    expect(reply.details).toBeUndefined();
  });

  it('opens the options page on request and forwards the first-claim command to the tab', async () => {
    const browser = { ...fakeBrowser(), runtime: { id: 'ext-id', openOptionsPage: vi.fn(async () => {}) } };
    const bg = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: browser as never });
    expect(call(bg, { type: 'open-options' }, SENDER)).toBe('ignored'); // no reply is owed
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    expect(await bg.focusFirstClaim()).toBe(true);
    // A section ("Follow outlets" in the no-coverage hint) opens the page at it, in a tab.
    const create = vi.fn(async () => ({}));
    const withTabs = { ...browser, tabs: { ...browser.tabs, create } };
    const bg2 = createBackground({ openCorpus: async () => memorySource(docs, 'test'), browser: withTabs as never, optionsUrl: (s) => `ext://options.html#${s}` });
    expect(call(bg2, { type: 'open-options', section: 'follow' }, SENDER)).toBe('ignored');
    expect(create).toHaveBeenCalledWith({ url: 'ext://options.html#follow' });
    expect(call(bg2, { type: 'open-options', section: 'javascript:alert(1)' }, SENDER)).toBe('ignored');
    expect(create).toHaveBeenCalledTimes(1);
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
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
    // Not stored yet: the sidebar offers the add button.
    expect(await call(bg, { type: 'page-stored', text, url: page.url, canonicalUrl: null }, SENDER)).toEqual({ stored: false });
    const stored = await call(bg, page, SENDER);
    expect(stored).toMatchObject({ ok: true, status: 'stored' });
    expect(stored.message).toMatch(/Stored/);
    const after = await call(bg, { type: 'analyze', title: page.title, text, url: page.url }, SENDER);
    expect(after.report.self).toBe(stored.id);
    const again = await call(bg, page, SENDER);
    expect(again).toMatchObject({ ok: true, status: 'duplicate' });
    // Stored: by its text, and by its address with other text (the add button's own rules).
    expect(await call(bg, { type: 'page-stored', text, url: page.url, canonicalUrl: null }, SENDER)).toEqual({ stored: true, id: stored.id, headline: page.title });
    expect(await call(bg, { type: 'page-stored', text: 'Other words entirely.', url: 'http://127.0.0.1/elsewhere', canonicalUrl: page.url }, SENDER)).toMatchObject({ stored: true, id: stored.id });
    expect(call(bg, { type: 'page-stored', text: 1, url: page.url }, SENDER)).toBe('ignored');
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

describe('remember as you read (background)', () => {
  const text = [
    'Ferry operator adds winter crossings to the islands',
    'The island ferry company said on Wednesday that it would run two extra crossings a day through the winter, after a summer of record passenger numbers.',
    'The new sailings leave the mainland at dawn and return after dark, so that island workers can commute without staying overnight on the coast.',
    'The company said the extra crossings would cost about 3 million a year, covered in part by a regional transport grant agreed in the spring.',
    'Island councillors welcomed the plan but asked for lower fares for residents, who pay the same prices as tourists for the short trip.',
    'A spokesperson said the timetable would be reviewed in March, once the company had seen how many passengers used the new winter crossings.',
  ].join('\n');
  const meta = { siteName: 'Island Courier', publishedTime: '2025-05-14T06:00:00Z', author: 'Ada Brook', canonicalUrl: 'https://island-courier.example/ferry', lang: 'en' };
  const analyzeMsg = (url: string, m: unknown = meta) => ({ type: 'analyze', title: 'Ferry operator adds winter crossings to the islands', text, url, meta: m });

  async function setup(settings: Partial<RememberSettings>) {
    globalThis.indexedDB = new IDBFactory();
    let src!: Awaited<ReturnType<typeof openCorpusSource>>;
    const bg = createBackground({
      openCorpus: async () => (src = await openCorpusSource(docs)),
      browser: fakeBrowser() as never,
      loadRememberSettings: async () => ({ ...DEFAULT_REMEMBER_SETTINGS, ...settings }),
    });
    const store = await CorpusStore.open();
    return { bg, store, src: () => src };
  }

  it('stores the page once, with its metadata, marked remembered; the next analysis finds it as itself', async () => {
    const { bg, store } = await setup({ enabled: true });
    await call(bg, analyzeMsg('http://127.0.0.1/ferry?utm=1'), SENDER);
    await vi.waitFor(() => expect(bg.rememberLog()).toHaveLength(1));
    const [entry] = bg.rememberLog();
    expect(entry).toMatchObject({ status: 'stored' });
    expect(await store.getDocument(entry!.detail)).toMatchObject({
      outlet: 'Island Courier', outletNamed: true, date: '2025-05-14', author: 'Ada Brook', url: 'https://island-courier.example/ferry', remembered: true,
    });
    const again = await call(bg, analyzeMsg('http://127.0.0.1/ferry?utm=2'), SENDER);
    expect(again.report.self).toBe(entry!.detail);
    await vi.waitFor(() => expect(bg.rememberLog()).toHaveLength(2));
    expect(bg.rememberLog()[1]).toMatchObject({ status: 'duplicate', detail: entry!.detail });
    expect((await store.listDocuments()).filter((d) => d.remembered)).toHaveLength(1);
    store.close();
  });

  it.each([
    ['the switch is off', {}, 'off'],
    ['the site is left out', { enabled: true, sites: 'except' as const, list: ['127.0.0.1'] }, 'site left out'],
    ['the site is paused', { enabled: true, paused: ['127.0.0.1'] }, 'paused on this site'],
  ])('stores nothing when %s', async (_n, settings, why) => {
    const { bg, store } = await setup(settings);
    await call(bg, analyzeMsg('http://127.0.0.1/ferry'), SENDER);
    await vi.waitFor(() => expect(bg.rememberLog()).toHaveLength(1));
    expect(bg.rememberLog()[0]).toMatchObject({ status: 'not-remembered', detail: why });
    expect((await store.listDocuments()).filter((d) => d.source !== 'seed')).toEqual([]);
    store.close();
  });

  it('does not remember a page sent without metadata (no article found by the content script)', async () => {
    const { bg, store } = await setup({ enabled: true });
    const reply = await call(bg, { type: 'analyze', title: 'Ferry operator adds winter crossings to the islands', text, url: 'http://127.0.0.1/ferry' }, SENDER);
    expect(reply.ok).toBe(true);
    expect(bg.rememberLog()).toEqual([]);
    store.close();
  });

  it('makes the remembered page searchable at once, so the next background life has nothing to index and reads no document', async () => {
    const { bg, store } = await setup({ enabled: true });
    await call(bg, analyzeMsg('http://127.0.0.1/ferry'), SENDER);
    await vi.waitFor(() => expect(bg.rememberLog()[0]).toMatchObject({ status: 'stored' }));
    const id = bg.rememberLog()[0]!.detail;
    // The first life indexed the seeds from their texts (no entries yet), in the background.
    await vi.waitFor(async () => expect((await bg.indexLoad())?.persisted).toBe(true));
    expect(await bg.indexLoad()).toMatchObject({ fromEntries: 0, reindexed: docs.length, pending: 0 });
    const entries = await store.listIndexEntries();
    expect(entries.map((e) => e.id).sort()).toEqual([...docs.map((d) => d.id), id].sort());
    // Every entry is searchable (posted), the remembered page's too.
    expect(entries.every((e) => e.posted !== undefined)).toBe(true);
    expect(await store.postedCount()).toBe(docs.length + 1);
    // A new background life (the service worker started again) on the same database.
    // (on the class: the new life opens its own connection)
    const reads = ['listDocuments', 'indexInputs', 'documentsToIndex', 'exportCorpus'].map((m) => vi.spyOn(CorpusStore.prototype, m as 'listDocuments'));
    const next = createBackground({ openCorpus: () => openCorpusSource(docs), browser: fakeBrowser() as never });
    const reply = await call(next, analyzeMsg('http://127.0.0.1/ferry', undefined), SENDER);
    expect(reply.report.self).toBe(id);
    expect(reply.report.indexing).toBeUndefined();
    await vi.waitFor(async () => expect((await next.indexLoad())?.persisted).toBe(true));
    expect(await next.indexLoad()).toMatchObject({ docs: docs.length + 1, indexed: 0, pending: 0 });
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    reads.forEach((r) => r.mockRestore());
    store.close();
  });

  it('after an import, pages are answered from what is indexed so far, saying so, until every article is searchable', async () => {
    const { bg, store } = await setup({});
    const seed = docs[1]!;
    await call(bg, { type: 'analyze', title: seed.headline, text: seed.text, url: 'http://127.0.0.1/s' }, SENDER);
    await vi.waitFor(async () => expect((await bg.indexLoad())?.persisted).toBe(true));
    // An import from the options page: 300 articles, none searchable yet.
    const imported = Array.from({ length: 300 }, (_, i) => ({
      id: `imp-${i}`, outlet: `Outlet ${i % 9}`, outletNamed: true, headline: `Imported ${i}`, date: null, lang: 'en',
      text: `Imported article ${i} on the harbour council budget.\nThe council of district ${i} voted ${i} to ${i % 7} on the harbour budget on Monday.\nThe mayor of district ${i} said the vote was close.`,
      addedAt: '2025-05-01T00:00:00.000Z', source: 'user' as const, hidden: false,
    }));
    await store.importDocuments(imported);
    const first = await call(bg, { type: 'analyze', title: seed.headline, text: seed.text, url: 'http://127.0.0.1/s' }, SENDER);
    expect(first.ok).toBe(true);
    expect(first.report.indexing).toMatchObject({ searchable: docs.length });
    expect(first.report.indexing.pending).toBeGreaterThan(0);
    await vi.waitFor(async () => expect((await bg.indexLoad())?.persisted).toBe(true), { timeout: 60_000 });
    const later = await call(bg, { type: 'analyze', title: seed.headline, text: seed.text, url: 'http://127.0.0.1/s' }, SENDER);
    expect(later.report.indexing).toBeUndefined();
    expect(await store.postedCount()).toBe(docs.length + imported.length);
    store.close();
  }, 90_000);

  it('expiry through the background removes the document from the live index too', async () => {
    const { bg, store } = await setup({ enabled: true, keepDays: 30 });
    await call(bg, analyzeMsg('http://127.0.0.1/ferry'), SENDER);
    await vi.waitFor(() => expect(bg.rememberLog()[0]).toMatchObject({ status: 'stored' }));
    const id = bg.rememberLog()[0]!.detail;
    expect(await bg.expireRemembered(new Date(Date.now() + 31 * 86_400_000))).toEqual([id]);
    expect(await store.getDocument(id)).toBeUndefined();
    const after = await call(bg, analyzeMsg('http://127.0.0.1/ferry', undefined), SENDER);
    expect(after.report.self).toBeNull();
    store.close();
  });

  it('start-up expiry waits until the page that woke the background is answered', async () => {
    globalThis.indexedDB = new IDBFactory();
    const events: string[] = [];
    const bg = createBackground({
      openCorpus: () => openCorpusSource(docs),
      browser: fakeBrowser() as never,
      loadRememberSettings: async () => {
        events.push('settings read for expiry');
        return { ...DEFAULT_REMEMBER_SETTINGS };
      },
    });
    await call(bg, { type: 'analyze', title: 'x', text: 'y', url: 'http://127.0.0.1/x' }, SENDER);
    events.push('replied');
    await vi.waitFor(() => expect(events).toEqual(['replied', 'settings read for expiry']));
  });

  it('a wake opens the library and checks what is pending, owes no reply, and is not the answer start-up expiry waits for', async () => {
    globalThis.indexedDB = new IDBFactory();
    const events: string[] = [];
    let built = 0;
    const bg = createBackground({
      openCorpus: async () => {
        events.push('library opened');
        const src = await openCorpusSource(docs);
        return { ...src, buildIndex: (rev: number) => (built++, src.buildIndex(rev)) };
      },
      browser: fakeBrowser() as never,
      loadRememberSettings: async () => {
        events.push('settings read for expiry');
        return { ...DEFAULT_REMEMBER_SETTINGS };
      },
    });
    // Extra fields are not read (the content script sends none: tests/browser/wake.test.ts).
    expect(call(bg, { type: 'wake', text: 'page text', url: 'http://127.0.0.1/x' }, SENDER)).toBe('ignored');
    await vi.waitFor(() => expect(built).toBe(1));
    expect(bg.wakeFields()).toEqual([['type', 'text', 'url']]);
    // Nothing else ran: expiry waits for a page's answer, which the wake is not.
    await new Promise((r) => setTimeout(r, 50));
    expect(events).toEqual(['library opened']);
    await call(bg, { type: 'analyze', title: 'x', text: 'y', url: 'http://127.0.0.1/x' }, SENDER);
    events.push('replied');
    await vi.waitFor(() => expect(events).toEqual(['library opened', 'replied', 'settings read for expiry']));
    // The page found the index the wake built (same revision: not built again).
    expect(built).toBe(1);
    // From another extension: nothing opened, nothing recorded.
    const other = createBackground({ openCorpus: async () => (events.push('opened for a stranger'), memorySource(docs, 'test')), browser: fakeBrowser() as never });
    expect(call(other, { type: 'wake' }, { id: 'someone-else' })).toBe('ignored');
    expect(other.wakeFields()).toEqual([]);
    expect(events).not.toContain('opened for a stranger');
  });

  it('expires old remembered articles once at start, even with remembering off now', async () => {
    const { bg, store } = await setup({ enabled: false, keepDays: 30 });
    const old = await store.addDocument({ outlet: 'Island Courier', outletNamed: true, headline: 'Old', date: null, lang: 'en', text, remembered: true, addedAt: new Date(Date.now() - 100 * 86_400_000).toISOString() });
    expect(old.status).toBe('stored');
    await call(bg, { type: 'analyze', title: 'x', text: 'y', url: 'http://127.0.0.1/x' }, SENDER);
    await vi.waitFor(async () => expect(await store.getDocument((old as { id: string }).id)).toBeUndefined());
    store.close();
  });
});

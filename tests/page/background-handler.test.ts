// The background's behaviour with a hand-made browser double: the analyze round trip,
// sender checks, the badge, and the toolbar toggle.
import { describe, expect, it, vi } from 'vitest';
import { createBackground } from '../../utils/background/handler';
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

function call(bg: ReturnType<typeof createBackground>, raw: unknown, sender: { id?: string; tab?: { id?: number } }) {
  let reply: unknown = 'no reply';
  bg.onMessage(raw, sender, (r) => (reply = r));
  return reply;
}

describe('background handler', () => {
  it('answers analyze with a report that excludes the page’s own document, and badges the tab', async () => {
    const browser = fakeBrowser();
    const loadDocs = vi.fn(() => docs);
    const bg = createBackground({ loadDocs, browser: browser as never });
    const reply = call(bg, { type: 'analyze', title: own.headline, text: own.text, url: 'http://127.0.0.1/a' }, { id: 'ext-id', tab: { id: 3 } }) as any;
    expect(reply.ok).toBe(true);
    for (const c of reply.report.claims) for (const m of c.matches) expect(m.source).not.toBe(own.id);
    await vi.waitFor(() => expect(browser.action.setBadgeText).toHaveBeenCalled());
    const n = contradictedCount(reply.report);
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: n > 0 ? String(n) : '' });
    // One index per background life, not one per message.
    call(bg, { type: 'analyze', title: 'x', text: 'y', url: '' }, { id: 'ext-id' });
    expect(loadDocs).toHaveBeenCalledTimes(1);
  });

  it('ignores other senders and malformed messages (no reply)', () => {
    const bg = createBackground({ loadDocs: () => docs, browser: fakeBrowser() as never });
    expect(call(bg, { type: 'analyze', title: 't', text: 'x', url: '' }, { id: 'someone-else' })).toBe('no reply');
    expect(call(bg, { type: 'analyze', title: 1 }, { id: 'ext-id' })).toBe('no reply');
  });

  it('toggleSidebar messages the given tab, or the active one', async () => {
    const browser = fakeBrowser();
    const bg = createBackground({ loadDocs: () => docs, browser: browser as never });
    expect(await bg.toggleSidebar(5)).toBe(true);
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(5, { type: 'toggle-sidebar' });
    await bg.toggleSidebar();
    expect(browser.tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'toggle-sidebar' });
    browser.tabs.sendMessage.mockRejectedValueOnce(new Error('no receiver'));
    expect(await bg.toggleSidebar(9)).toBeNull();
  });
});

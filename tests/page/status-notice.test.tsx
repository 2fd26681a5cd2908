// The sidebar's notice states (language, too large, error with Retry) and the options page's
// "Where it runs" section, rendered with Preact into linkedom.
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { StatusNotice } from '../../components/StatusNotice';
import { WhereItRuns } from '../../components/settings/WhereItRuns';
import type { Settings } from '../../utils/settings';

function mount(node: preact.ComponentChild) {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  Object.assign(globalThis, { document, window, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  const root = document.getElementById('root')! as unknown as HTMLElement;
  act(() => render(node, root as unknown as Element));
  return root;
}

const EVIL = '<img src=x onerror="alert(1)">';

describe('StatusNotice', () => {
  it('error: says what went wrong as text, with a Retry button that retries', () => {
    const onRetry = vi.fn();
    const root = mount(<StatusNotice status="error" message={`boom ${EVIL}`} onRetry={onRetry} />);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(`Something went wrong while comparing this page: boom ${EVIL}`);
    expect(root.querySelector('img')).toBeNull();
    act(() => (root.querySelector('[data-testid="retry"]') as HTMLElement).click());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('language and size notices are status messages without Retry', () => {
    const lang = mount(<StatusNotice status="unsupported-language" message="Not English." />);
    expect(lang.querySelector('[role="status"]')!.textContent).toContain('Language not supported yet.');
    expect(lang.querySelector('[data-testid="retry"]')).toBeNull();
    const big = mount(<StatusNotice status="too-large" message="It has 80,000 elements." />);
    expect(big.textContent).toContain('This page is too large to compare.');
  });
});

describe('WhereItRuns', () => {
  it('loads the setting, saves a mode and adds a site', async () => {
    let stored: Settings = { mode: 'auto', sites: [] };
    const save = vi.fn(async (s: Settings) => (stored = s));
    const root = mount(<WhereItRuns load={async () => stored} save={save} />);
    await act(async () => {});
    expect(root.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    expect(root.querySelector('[data-testid="site-input"]')).toBeNull();
    await act(async () => {
      root.querySelector('[data-testid="mode-sites"]')!.dispatchEvent(new (window as any).Event('change', { bubbles: true }));
    });
    await act(async () => {});
    expect(save).toHaveBeenLastCalledWith({ mode: 'sites', sites: [] });
    const input = root.querySelector('[data-testid="site-input"]') as HTMLInputElement;
    expect(input).not.toBeNull();
    await act(async () => {
      input.value = 'https://www.Example.com/news';
      input.dispatchEvent(new (window as any).Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new (window as any).Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(async () => {});
    expect(stored).toEqual({ mode: 'sites', sites: ['example.com'] });
    expect([...root.querySelectorAll('[data-testid="site-row"]')].map((r) => r.textContent)).toEqual([expect.stringContaining('example.com')]);
  });
});

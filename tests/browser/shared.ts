// Facts both browser tests need: where the build and the browsers are, and the one command
// that installs a missing browser (a missing browser fails the test; it is never skipped).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { probeHighlights } from './probes';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = `${ROOT}test-artifacts/`;
export const INSTALL_BROWSERS = 'sudo apt-get install -y chromium firefox-esr';

export function requireFile(path: string, what: string, fix: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}. Fix: ${fix}`);
  return path;
}

export function requireBuild(target: 'chrome-mv3' | 'firefox-mv2'): string {
  const dir = `${ROOT}.output/${target}`;
  requireFile(`${dir}/manifest.json`, `The ${target} build`, target === 'chrome-mv3' ? 'npx wxt build' : 'npx wxt build -b firefox');
  return dir;
}

export function artifactsDir(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** docs/screenshots/: the screenshots the README shows, written by the browser tests. */
export function docsScreenshotsDir(): string {
  const dir = `${ROOT}docs/screenshots/`;
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Debian's Chromium binary (/usr/bin/chromium is a wrapper script that adds flags of its own). */
export const CHROMIUM = '/usr/lib/chromium/chromium';

/**
 * Flags that keep Chromium off the network and quiet on this machine (TOOLCHAIN.md): without the
 * background-networking ones it tries Google's hosts at every start, which this machine refuses.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

/**
 * Headless Chromium on a persistent profile with the built extension loaded (or without it, for
 * baselines). Without --disable-extensions-except, Playwright's own --disable-extensions wins.
 */
export async function launchChromium(
  profile: string,
  { withExtension = true, ...options }: LaunchOptions & { withExtension?: boolean } = {},
): Promise<BrowserContext> {
  requireFile(CHROMIUM, 'Chromium', INSTALL_BROWSERS);
  const ext = withExtension ? requireBuild('chrome-mv3') : null;
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []), ...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
}

/** Debian's Firefox ESR. */
export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * Headless Firefox ESR (puppeteer-core over WebDriver BiDi; no geckodriver needed) with the built
 * Firefox extension installed, and Firefox's own telemetry, update and safe-browsing traffic off.
 */
export async function launchFirefox(extraPrefs: Record<string, unknown> = {}): Promise<Browser> {
  requireFile(FIREFOX, 'Firefox ESR', INSTALL_BROWSERS);
  const ext = requireBuild('firefox-mv2');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...extraPrefs,
    },
  });
  await browser.installExtension(ext);
  return browser;
}

/**
 * In Firefox, opens the extension's reader from the page's first highlighted claim: the claim's
 * card, its first match's "open source" button (a seed's match opens the extension's reader in a
 * new tab). Returns the new tab and the matched sentence as the card shows it. An extension tab
 * is also how a test reaches the background page and the options page.
 */
export async function openMatchInReader(browser: Browser, page: Page): Promise<{ reader: Page; sentence: string }> {
  const hl = await page.evaluate(probeHighlights);
  await page.mouse.click(hl.target!.x, hl.target!.y);
  const button = await page.waitForSelector('source-compare-sidebar >>> [aria-current="true"] button[data-testid="open-source"]', { timeout: 15_000 });
  const sentence = await button!.evaluate((b) => b.closest('[data-testid="match"]')!.querySelector('.sc-quote')!.textContent!.trim());
  const before = (await browser.pages()).length;
  await button!.click();
  await expect.poll(async () => (await browser.pages()).length, { timeout: 15_000 }).toBe(before + 1);
  const pages = await browser.pages();
  return { reader: pages[pages.length - 1]!, sentence };
}

const extensionIds = new WeakMap<BrowserContext, string>();

/** True when a worker handle answers within 5 s: a stopped MV3 worker can stay listed but never answer. */
async function answers(worker: Worker): Promise<boolean> {
  return Promise.race([worker.evaluate(() => true).catch(() => false), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
}

/**
 * The extension's service worker, awake. An MV3 worker stops after 30 s without events (or when a
 * test stops it) and starts again only for an event, so a stopped one is woken with a runtime
 * message from one of the extension's own pages.
 */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const listed = () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const known = extensionIds.get(context);
  if (!known) {
    const first = listed() ?? (await context.waitForEvent('serviceworker'));
    extensionIds.set(context, new URL(first.url()).host);
    return first;
  }
  const live = listed();
  if (live && (await answers(live))) return live;
  const waker = await context.newPage();
  try {
    await waker.goto(`chrome-extension://${known}/options.html`);
    await waker.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
    // The woken worker may come back as a new handle or as the same one: poll until one answers.
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      const w = listed();
      if (w && (await answers(w))) return w;
    }
  } finally {
    await waker.close();
  }
  throw new Error('the extension service worker did not start again within 30 s');
}

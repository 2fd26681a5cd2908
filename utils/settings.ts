// Where the extension runs, as the reader chose it in the options page. Stored with WXT's
// storage (browser.storage.local), versioned so that a later release can migrate it.
//  - 'auto'  (default): every http/https article page is analysed when it loads;
//  - 'sites': only pages on the listed sites (a site also covers its subdomains);
//  - 'click': nothing runs until the reader presses the toolbar button.
// On a page that is not allowed, the content script does nothing but wait for the toolbar button.
import { storage } from 'wxt/utils/storage';
import { httpUrl } from './url';

export type RunMode = 'auto' | 'sites' | 'click';

export interface Settings {
  mode: RunMode;
  /** Host names (lower case, no scheme/port/path), e.g. "example.com". */
  sites: string[];
}

export const SETTINGS_VERSION = 1;
export const DEFAULT_SETTINGS: Settings = { mode: 'auto', sites: [] };
const MAX_SITES = 500;

/** Turns whatever the reader typed ("https://www.Example.com/news", "example.com:8080") into a host name, or null. */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  try {
    const host = new URL(s).hostname.replace(/^www\./, '').replace(/\.$/, '');
    return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) && host.length <= 253 ? host : null;
  } catch {
    return null;
  }
}

/** Anything read from storage (possibly written by an older or a broken version) as valid settings. */
export function sanitizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const r = raw as Record<string, unknown>;
  const mode: RunMode = r.mode === 'sites' || r.mode === 'click' ? r.mode : 'auto';
  const sites = Array.isArray(r.sites)
    ? [...new Set(r.sites.filter((s): s is string => typeof s === 'string').map(normalizeSite).filter((s): s is string => !!s))].slice(0, MAX_SITES)
    : [];
  return { mode, sites };
}

/** True when a page at `url` is analysed as soon as it loads. */
export function autoRunAllowed(settings: Settings, url: string): boolean {
  const u = httpUrl(url);
  if (!u) return false;
  if (settings.mode === 'auto') return true;
  if (settings.mode === 'click') return false;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  return settings.sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Defined on first use: a versioned item starts its migration check as soon as it is defined. */
let item: ReturnType<typeof defineSettingsItem> | null = null;
const defineSettingsItem = () =>
  storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    // Version 1 is the first stored shape. A later version adds `2: (old) => …` here; every step
    // ends in sanitizeSettings so that nothing a reader chose is silently lost.
    migrations: {},
  });
export const settingsItem = () => (item ??= defineSettingsItem());

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem().getValue());
  } catch {
    // Storage unavailable (or a migration failed): fall back to the documented default.
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const clean = sanitizeSettings(next);
  await settingsItem().setValue(clean);
  return clean;
}

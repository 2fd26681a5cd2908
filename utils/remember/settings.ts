// "Remember as you read" (issue 13, CONTRACT §4 `remember-reading`): the reader's choice, off by
// default. When on, the background stores each English article page the reader opens in the
// corpus, once, on this device only. Stored with WXT's storage (browser.storage.local) as its
// own versioned item, apart from "where it runs", so either can change shape alone.
import { storage } from 'wxt/utils/storage';
import { normalizeSite } from '../settings';
import { httpUrl } from '../url';

/** Which sites are remembered: every site, every site but the listed ones, or only the listed ones. */
export type RememberSites = 'all' | 'except' | 'only';

export interface RememberSettings {
  enabled: boolean;
  sites: RememberSites;
  /** Host names for 'except' (never remembered) and 'only' (the only ones remembered). */
  list: string[];
  /** Sites paused from the sidebar ("Paused on this site"): never remembered, whatever `sites` says. */
  paused: string[];
  /** Remembered articles older than this many days are deleted (pinned and hand-added ones never). */
  keepDays: number;
  /** At most this many unpinned remembered articles are kept; the oldest go first. */
  maxDocs: number;
}

export const REMEMBER_SETTINGS_VERSION = 1;

/** Three months: a story's follow-ups and anniversaries arrive within weeks; the example. */
export const DEFAULT_KEEP_DAYS = 90;
/**
 * 2,000 articles: a reader of ~20 articles a day keeps the whole 90 days. At about 5 KB of text
 * each that is ~10 MB of IndexedDB, and a cold rebuild of the index stays near 2 s on a 2-core
 * machine (README: 0.9 s at 1,000 documents), while the engine is benchmarked far beyond (10,000).
 * Readers who read more raise it on the options page.
 */
export const DEFAULT_MAX_DOCS = 2_000;
/** Bounds of what the options page accepts: a day to ten years; 10 to 20,000 articles (the import cap). */
export const KEEP_DAYS_RANGE = [1, 3_650] as const;
export const MAX_DOCS_RANGE = [10, 20_000] as const;
const MAX_SITES = 500;

export const DEFAULT_REMEMBER_SETTINGS: RememberSettings = {
  enabled: false,
  sites: 'all',
  list: [],
  paused: [],
  keepDays: DEFAULT_KEEP_DAYS,
  maxDocs: DEFAULT_MAX_DOCS,
};

function sites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((s): s is string => typeof s === 'string').map(normalizeSite).filter((s): s is string => !!s))].slice(0, MAX_SITES);
}

function clampInt(v: unknown, [lo, hi]: readonly [number, number], fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback;
}

/** Anything read from storage (an older or broken version's) as valid settings; unknown means off. */
export function sanitizeRememberSettings(raw: unknown): RememberSettings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_REMEMBER_SETTINGS };
  const r = raw as Record<string, unknown>;
  return {
    enabled: r.enabled === true,
    sites: r.sites === 'except' || r.sites === 'only' ? r.sites : 'all',
    list: sites(r.list),
    paused: sites(r.paused),
    keepDays: clampInt(r.keepDays, KEEP_DAYS_RANGE, DEFAULT_KEEP_DAYS),
    maxDocs: clampInt(r.maxDocs, MAX_DOCS_RANGE, DEFAULT_MAX_DOCS),
  };
}

/** The site (host without www.) of an http(s) URL, or null. */
export function siteOf(url: string): string | null {
  return httpUrl(url)?.hostname.toLowerCase().replace(/^www\./, '') ?? null;
}

/** True when `host` is `site` or one of its subdomains. */
const onSite = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/** Why a page at `url` is not remembered, or null when it is. */
export function rememberRefusal(settings: RememberSettings, url: string): string | null {
  if (!settings.enabled) return 'off';
  const host = siteOf(url);
  if (!host) return 'not a web page';
  if (settings.paused.some((s) => onSite(host, s))) return 'paused on this site';
  if (settings.sites === 'except' && settings.list.some((s) => onSite(host, s))) return 'site left out';
  if (settings.sites === 'only' && !settings.list.some((s) => onSite(host, s))) return 'site not listed';
  return null;
}

export const isPaused = (settings: RememberSettings, url: string): boolean => {
  const host = siteOf(url);
  return !!host && settings.paused.some((s) => onSite(host, s));
};

/** The settings with the site of `url` paused or resumed (resuming also lifts a pause of a parent site). */
export function withPause(settings: RememberSettings, url: string, paused: boolean): RememberSettings {
  const host = siteOf(url);
  if (!host) return settings;
  const others = settings.paused.filter((s) => !onSite(host, s));
  return { ...settings, paused: paused ? [...others, host] : others };
}

let item: ReturnType<typeof defineItem> | null = null;
const defineItem = () =>
  storage.defineItem<RememberSettings>('local:rememberReading', {
    fallback: DEFAULT_REMEMBER_SETTINGS,
    version: REMEMBER_SETTINGS_VERSION,
    // Version 1 is the first stored shape; a later one adds `2: (old) => …`, ending in sanitize.
    migrations: {},
  });
export const rememberSettingsItem = () => (item ??= defineItem());

export async function loadRememberSettings(): Promise<RememberSettings> {
  try {
    return sanitizeRememberSettings(await rememberSettingsItem().getValue());
  } catch {
    // Storage unavailable: the default, which is off. Nothing is remembered without a stored "on".
    return { ...DEFAULT_REMEMBER_SETTINGS };
  }
}

export async function saveRememberSettings(next: RememberSettings): Promise<RememberSettings> {
  const clean = sanitizeRememberSettings(next);
  await rememberSettingsItem().setValue(clean);
  return clean;
}

/** Calls `fn` whenever the stored settings change (another page or the sidebar saved them). */
export function watchRememberSettings(fn: (s: RememberSettings) => void): () => void {
  return rememberSettingsItem().watch((v) => fn(sanitizeRememberSettings(v)));
}

// Followed sources (issue 22) in browser.storage.local: the list of sources, the reader's
// FollowSettings and the progress of the current (or last) fetch run, each its own versioned
// WXT storage item, like utils/remember/settings.ts. Whatever is read goes through a sanitize
// function, so a broken or older value can never reach the fetcher or the options page.
//
// Who writes what: the options page saves FollowSettings (saveFollowSettings) and only READS the
// sources and the progress; following, unfollowing and fetching go through the background's
// messages (follow-source, unfollow-source, fetch-now), which are the only writers of the list.
import { storage } from 'wxt/utils/storage';
import { httpUrl } from '../url';
import { FETCH_HISTORY_LENGTH, type FetchProgress, type FetchRunRecord, type FollowedSource, type FollowSettings } from './types';
import { cutText } from '../text-cut';

export const FOLLOW_STORAGE_VERSION = 1;

/** Hourly: news sites publish through the day; a shorter interval mostly re-reads unchanged feeds. */
export const DEFAULT_INTERVAL_MINUTES = 60;
/** Two weeks: a story's coverage by other outlets arrives within days (the default). */
export const DEFAULT_FOLLOW_KEEP_DAYS = 14;
/** Article pages per run over all sources (the example): a run of ~1-2 minutes, not a crawl. */
export const DEFAULT_PER_RUN_CAP = 50;
/**
 * What the options page accepts. browser.alarms would fire every minute, but a feed polled more
 * often than every 15 minutes mostly answers with what it said before and costs the outlet a
 * request each time; a week is the longest gap that still feels "followed".
 */
export const INTERVAL_MINUTES_RANGE = [15, 7 * 24 * 60] as const;
export const FOLLOW_KEEP_DAYS_RANGE = [1, 365] as const;
/** 1 to 500 pages per run: 500 is the parser's MAX_ITEMS of one feed. */
export const PER_RUN_CAP_RANGE = [1, 500] as const;
/** More sources than this is a crawler, not a reader's list; each costs a request per run. */
export const MAX_SOURCES = 200;
const MAX_TEXT = 2_000;
const MAX_URL = 8_000;

export const DEFAULT_FOLLOW_SETTINGS: FollowSettings = {
  intervalMinutes: DEFAULT_INTERVAL_MINUTES,
  keepDays: DEFAULT_FOLLOW_KEEP_DAYS,
  perRunCap: DEFAULT_PER_RUN_CAP,
};

export const IDLE_PROGRESS: FetchProgress = {
  running: false,
  startedAt: null,
  finishedAt: null,
  sourcesDone: 0,
  sourcesTotal: 0,
  stored: 0,
  message: '',
  error: null,
};

// ---------------------------------------------------------------------------------------------
// Sanitizers

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function clampInt(v: unknown, [lo, hi]: readonly [number, number], fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback;
}

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.min(Math.floor(v), Number.MAX_SAFE_INTEGER) : 0);
const text = (v: unknown, fallback = '') => (typeof v === 'string' ? cutText(v, MAX_TEXT) : fallback);
const textOrNull = (v: unknown) => (typeof v === 'string' ? cutText(v, MAX_TEXT) : null);
const isoOrNull = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : null);
const httpOrNull = (v: unknown) => (typeof v === 'string' && v.length <= MAX_URL && httpUrl(v) ? v : null);

export function sanitizeFollowSettings(raw: unknown): FollowSettings {
  if (!isRecord(raw)) return { ...DEFAULT_FOLLOW_SETTINGS };
  return {
    intervalMinutes: clampInt(raw.intervalMinutes, INTERVAL_MINUTES_RANGE, DEFAULT_INTERVAL_MINUTES),
    keepDays: clampInt(raw.keepDays, FOLLOW_KEEP_DAYS_RANGE, DEFAULT_FOLLOW_KEEP_DAYS),
    perRunCap: clampInt(raw.perRunCap, PER_RUN_CAP_RANGE, DEFAULT_PER_RUN_CAP),
  };
}

function sanitizeRecord(raw: unknown): FetchRunRecord | null {
  if (!isRecord(raw)) return null;
  const at = isoOrNull(raw.at);
  if (!at) return null;
  return {
    at,
    items: count(raw.items),
    stored: count(raw.stored),
    summaries: count(raw.summaries),
    duplicates: count(raw.duplicates),
    skipped: count(raw.skipped),
    error: textOrNull(raw.error),
  };
}

/** One source as stored, or null when it cannot be one (no http(s) address). */
export function sanitizeSource(raw: unknown): FollowedSource | null {
  if (!isRecord(raw)) return null;
  const url = httpOrNull(raw.url);
  const feedUrl = httpOrNull(raw.feedUrl);
  if (!url || !feedUrl) return null;
  const history = Array.isArray(raw.history) ? raw.history.map(sanitizeRecord).filter((r): r is FetchRunRecord => r !== null) : [];
  return {
    url,
    feedUrl,
    name: text(raw.name).trim() || (httpUrl(feedUrl)?.hostname ?? feedUrl),
    addedAt: isoOrNull(raw.addedAt) ?? new Date(0).toISOString(),
    lastFetchAt: isoOrNull(raw.lastFetchAt),
    lastError: textOrNull(raw.lastError),
    articlesStored: count(raw.articlesStored),
    failures: count(raw.failures),
    notBefore: isoOrNull(raw.notBefore),
    history: history.slice(0, FETCH_HISTORY_LENGTH),
  };
}

/** The stored list as valid sources, each address once (the first kept), at most MAX_SOURCES. */
export function sanitizeSources(raw: unknown): FollowedSource[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: FollowedSource[] = [];
  for (const r of raw) {
    const s = sanitizeSource(r);
    if (!s || seen.has(s.url)) continue;
    seen.add(s.url);
    out.push(s);
    if (out.length >= MAX_SOURCES) break;
  }
  return out;
}

export function sanitizeProgress(raw: unknown): FetchProgress {
  if (!isRecord(raw)) return { ...IDLE_PROGRESS };
  return {
    running: raw.running === true,
    startedAt: isoOrNull(raw.startedAt),
    finishedAt: isoOrNull(raw.finishedAt),
    sourcesDone: count(raw.sourcesDone),
    sourcesTotal: count(raw.sourcesTotal),
    stored: count(raw.stored),
    message: text(raw.message),
    error: textOrNull(raw.error),
  };
}

// ---------------------------------------------------------------------------------------------
// The state a fetch run and the background read and write, as an interface: the extension's is
// WXT storage (below); unit tests pass memoryFollowState().

export interface FollowState {
  loadSources(): Promise<FollowedSource[]>;
  /**
   * Applies `change` to the current list and stores the result; returns it. Calls are queued, so
   * a run's status write and a follow from the options page never overwrite each other.
   */
  updateSources(change: (sources: FollowedSource[]) => FollowedSource[]): Promise<FollowedSource[]>;
  loadSettings(): Promise<FollowSettings>;
  loadProgress(): Promise<FetchProgress>;
  saveProgress(progress: FetchProgress): Promise<void>;
}

/** Serialises read-modify-write calls of one state (one background holds it). */
function queued<T>() {
  let last: Promise<unknown> = Promise.resolve();
  return (job: () => Promise<T>): Promise<T> => {
    const next = last.then(job, job);
    last = next.catch(() => undefined);
    return next;
  };
}

/** An in-memory FollowState (tests, and a background whose storage is unavailable). */
export function memoryFollowState(init: { sources?: FollowedSource[]; settings?: Partial<FollowSettings> } = {}): FollowState & { progressLog: FetchProgress[] } {
  let sources = sanitizeSources(init.sources ?? []);
  let progress = { ...IDLE_PROGRESS };
  const settings = sanitizeFollowSettings({ ...DEFAULT_FOLLOW_SETTINGS, ...init.settings });
  const queue = queued<FollowedSource[]>();
  const progressLog: FetchProgress[] = [];
  return {
    progressLog,
    loadSources: async () => structuredClone(sources),
    updateSources: (change) =>
      queue(async () => {
        sources = sanitizeSources(change(structuredClone(sources)));
        return structuredClone(sources);
      }),
    loadSettings: async () => ({ ...settings }),
    loadProgress: async () => ({ ...progress }),
    saveProgress: async (p) => {
      progress = sanitizeProgress(p);
      progressLog.push({ ...progress });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The extension's storage items.

const defineItems = () => ({
  sources: storage.defineItem<FollowedSource[]>('local:followedSources', {
    fallback: [],
    version: FOLLOW_STORAGE_VERSION,
    // Version 1 is the first stored shape; a later one adds `2: (old) => …`, ending in sanitize.
    migrations: {},
  }),
  settings: storage.defineItem<FollowSettings>('local:followSettings', {
    fallback: DEFAULT_FOLLOW_SETTINGS,
    version: FOLLOW_STORAGE_VERSION,
    migrations: {},
  }),
  progress: storage.defineItem<FetchProgress>('local:fetchProgress', {
    fallback: IDLE_PROGRESS,
    version: FOLLOW_STORAGE_VERSION,
    migrations: {},
  }),
});
let items: ReturnType<typeof defineItems> | null = null;
const followItems = () => (items ??= defineItems());

/** The followed sources, in the order they were followed (options page: read only). */
export async function loadFollowedSources(): Promise<FollowedSource[]> {
  try {
    return sanitizeSources(await followItems().sources.getValue());
  } catch {
    return [];
  }
}

export async function loadFollowSettings(): Promise<FollowSettings> {
  try {
    return sanitizeFollowSettings(await followItems().settings.getValue());
  } catch {
    return { ...DEFAULT_FOLLOW_SETTINGS };
  }
}

/** Saves the reader's settings (clamped to the accepted ranges) and returns what was stored. */
export async function saveFollowSettings(next: FollowSettings): Promise<FollowSettings> {
  const clean = sanitizeFollowSettings(next);
  await followItems().settings.setValue(clean);
  return clean;
}

/** The run in flight, or the last one's outcome (options page: the `role="status"` line). */
export async function loadFetchProgress(): Promise<FetchProgress> {
  try {
    return sanitizeProgress(await followItems().progress.getValue());
  } catch {
    return { ...IDLE_PROGRESS };
  }
}

/**
 * Calls back whenever something of "followed sources" changes (a run's progress, a source's
 * status, the settings, saved by the background or another page). Returns the unsubscribe.
 */
export function watchFollow(on: {
  sources?: (s: FollowedSource[]) => void;
  settings?: (s: FollowSettings) => void;
  progress?: (p: FetchProgress) => void;
}): () => void {
  const i = followItems();
  const stops = [
    on.sources && i.sources.watch((v) => on.sources!(sanitizeSources(v))),
    on.settings && i.settings.watch((v) => on.settings!(sanitizeFollowSettings(v))),
    on.progress && i.progress.watch((v) => on.progress!(sanitizeProgress(v))),
  ];
  return () => stops.forEach((stop) => stop?.());
}

/** The background's FollowState over the storage items. */
export function storageFollowState(): FollowState {
  const queue = queued<FollowedSource[]>();
  return {
    loadSources: loadFollowedSources,
    updateSources: (change) =>
      queue(async () => {
        const next = sanitizeSources(change(await loadFollowedSources()));
        await followItems().sources.setValue(next);
        return next;
      }),
    loadSettings: loadFollowSettings,
    loadProgress: loadFetchProgress,
    saveProgress: async (p) => followItems().progress.setValue(sanitizeProgress(p)),
  };
}

// The reader's UI preferences for the in-page sidebar, in one small versioned record in
// storage.local (WXT storage). Only UI choices live here: never page text or reports.
import { storage } from 'wxt/utils/storage';
import type { Relation } from '../engine/types';

export const PREFERENCES_KEY = 'local:sidebarPreferences' as const;
export const PREFERENCES_VERSION = 1;

export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;

export interface Preferences {
  version: typeof PREFERENCES_VERSION;
  /** Sidebar width in CSS pixels. */
  width: number;
  /** Claim highlights drawn in the page. */
  highlights: boolean;
  /** Also show (and subtly highlight) claims not found in the library's articles on the story. */
  showUnmatched: boolean;
  /** Every match's word diff open at once. */
  allDiffs: boolean;
  /** Relations whose matches are shown; all three by default. */
  relations: Relation[];
  /** Only matches from this corpus document, or null for every outlet. */
  outlet: string | null;
  /**
   * The first-run hint (what the highlights mean, how to open the sidebar) was dismissed, or the
   * reader opened the sidebar: it is never shown again. Added in version 1 without a bump: a
   * record without it reads as false, which is right for a reader who never saw the hint.
   */
  hintDismissed: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  version: PREFERENCES_VERSION,
  width: 400,
  highlights: true,
  showUnmatched: false,
  allDiffs: false,
  relations: ['contradicts', 'adds', 'agree'],
  outlet: null,
  hintDismissed: false,
};

const RELATIONS: readonly Relation[] = ['contradicts', 'adds', 'agree'];

export const clampWidth = (w: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));

/** Whatever is stored (possibly from an older or newer version, or corrupt), as valid preferences. */
export function parsePreferences(raw: unknown): Preferences {
  const p: Preferences = { ...DEFAULT_PREFERENCES, relations: [...DEFAULT_PREFERENCES.relations] };
  if (typeof raw !== 'object' || raw === null) return p;
  const r = raw as Record<string, unknown>;
  // Version 1 is the only one so far; a record without a known version keeps only the fields that check out.
  if (typeof r.width === 'number' && Number.isFinite(r.width)) p.width = clampWidth(r.width);
  if (typeof r.highlights === 'boolean') p.highlights = r.highlights;
  if (typeof r.showUnmatched === 'boolean') p.showUnmatched = r.showUnmatched;
  if (typeof r.allDiffs === 'boolean') p.allDiffs = r.allDiffs;
  if (Array.isArray(r.relations)) p.relations = RELATIONS.filter((x) => (r.relations as unknown[]).includes(x));
  if (typeof r.outlet === 'string' && r.outlet.length < 500) p.outlet = r.outlet;
  if (typeof r.hintDismissed === 'boolean') p.hintDismissed = r.hintDismissed;
  return p;
}

export async function loadPreferences(): Promise<Preferences> {
  try {
    return parsePreferences(await storage.getItem<unknown>(PREFERENCES_KEY));
  } catch {
    // No storage (a test page, a revoked permission): the defaults serve.
    return parsePreferences(null);
  }
}

export async function savePreferences(p: Preferences): Promise<void> {
  try {
    await storage.setItem<Preferences>(PREFERENCES_KEY, { ...p, version: PREFERENCES_VERSION });
  } catch {
    // Not persisting a UI choice is no reason to disturb the reader.
  }
}

// Which remembered and fetched articles expire: pure, so the rules are tested without a database.
// Only unpinned remembered documents and unpinned articles fetched from a followed source
// (issue 22) are candidates (the store's by-expiry index lists exactly those); pinned ones and the
// ones the reader added or imported never expire. Fetched articles are told apart by their id
// (FETCHED_ID_PREFIX), which the by-expiry index's key cursor gives without reading documents.

/**
 * Ids of articles fetched from followed sources start with this (utils/follow/fetch-run.ts makes
 * them); every other id in the by-expiry index is a remembered page.
 */
export const FETCHED_ID_PREFIX = 'f_';
/** Days a fetched article is kept when the caller names no limit (FollowSettings' default). */
export const DEFAULT_FETCHED_KEEP_DAYS = 14;

export interface ExpiryCandidate {
  id: string;
  /** When it was remembered (ISO timestamp, the by-expiry index key). */
  rememberedAt: string;
}

export interface ExpiryLimits {
  now: Date;
  /** Remembered pages: days kept and how many at most. */
  keepDays: number;
  maxDocs: number;
  /** Fetched articles: days kept (FollowSettings.keepDays); no count limit, the per-run cap bounds them. */
  fetchedKeepDays?: number;
}

const DAY_MS = 86_400_000;

export const isFetchedId = (id: string) => id.startsWith(FETCHED_ID_PREFIX);

/**
 * Ids to delete, oldest first: every remembered page stored more than `keepDays` ago, then the
 * oldest of the rest until at most `maxDocs` remain; and every fetched article stored more than
 * `fetchedKeepDays` ago. `candidates` may come in any order.
 */
export function planExpiry(candidates: readonly ExpiryCandidate[], { now, keepDays, maxDocs, fetchedKeepDays = DEFAULT_FETCHED_KEEP_DAYS }: ExpiryLimits): string[] {
  const cutoffOf = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const oldestFirst = [...candidates].sort((a, b) => a.rememberedAt.localeCompare(b.rememberedAt) || (a.id < b.id ? -1 : 1));
  const fetchedCutoff = cutoffOf(fetchedKeepDays);
  const fetchedGone = new Set(oldestFirst.filter((c) => isFetchedId(c.id) && c.rememberedAt < fetchedCutoff).map((c) => c.id));
  const remembered = oldestFirst.filter((c) => !isFetchedId(c.id));
  const cutoff = cutoffOf(keepDays);
  const tooOld = remembered.filter((c) => c.rememberedAt < cutoff);
  const rest = remembered.length - tooOld.length;
  const overCount = Math.max(0, rest - Math.max(0, maxDocs));
  const rememberedGone = new Set([...tooOld, ...remembered.slice(tooOld.length, tooOld.length + overCount)].map((c) => c.id));
  return oldestFirst.filter((c) => fetchedGone.has(c.id) || rememberedGone.has(c.id)).map((c) => c.id);
}

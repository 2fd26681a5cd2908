// Which remembered articles expire: pure, so the rules are tested without a database. Only
// unpinned remembered documents are candidates (the store's by-expiry index lists exactly those);
// pinned ones and the ones the reader added or imported never expire.

export interface ExpiryCandidate {
  id: string;
  /** When it was remembered (ISO timestamp, the by-expiry index key). */
  rememberedAt: string;
}

export interface ExpiryLimits {
  now: Date;
  keepDays: number;
  maxDocs: number;
}

const DAY_MS = 86_400_000;

/**
 * Ids to delete, oldest first: everything remembered more than `keepDays` ago, then the oldest
 * of the rest until at most `maxDocs` remain. `candidates` may come in any order.
 */
export function planExpiry(candidates: readonly ExpiryCandidate[], { now, keepDays, maxDocs }: ExpiryLimits): string[] {
  const cutoff = new Date(now.getTime() - keepDays * DAY_MS).toISOString();
  const oldestFirst = [...candidates].sort((a, b) => a.rememberedAt.localeCompare(b.rememberedAt) || (a.id < b.id ? -1 : 1));
  const tooOld = oldestFirst.filter((c) => c.rememberedAt < cutoff);
  const rest = oldestFirst.length - tooOld.length;
  const overCount = Math.max(0, rest - Math.max(0, maxDocs));
  return [...tooOld, ...oldestFirst.slice(tooOld.length, tooOld.length + overCount)].map((c) => c.id);
}

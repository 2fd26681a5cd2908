// When a source that failed may be requested again: what the server asked (Retry-After), and at
// least an exponential back-off on consecutive failed runs, so a broken or overloaded outlet is
// asked less and less often instead of every hour forever.

const MINUTE_MS = 60_000;
/**
 * First back-off 15 minutes, doubling per consecutive failure: a "Fetch now" right after a
 * failure does not hit the outlet again at once; an hourly schedule starts skipping runs after
 * three failures in a row (15, 30, 60 min) and a feed that stays down is tried about once a day.
 */
export const BACKOFF_BASE_MINUTES = 15;
export const BACKOFF_MAX_MINUTES = 24 * 60;
/** A Retry-After further away than this is taken as this: a typo must not silence a source for years. */
export const RETRY_AFTER_MAX_MS = 7 * 24 * 60 * MINUTE_MS;

/** Retry-After as a time: delay-seconds ("120") or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): Date | null {
  const v = value?.trim();
  if (!v) return null;
  let at: number;
  if (/^\d+$/.test(v)) at = now.getTime() + Number(v) * 1000;
  else {
    at = Date.parse(v);
    if (Number.isNaN(at)) return null;
  }
  return new Date(Math.min(Math.max(at, now.getTime()), now.getTime() + RETRY_AFTER_MAX_MS));
}

/** Back-off after the `failures`-th consecutive failure (1 = the first). */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MINUTES, BACKOFF_BASE_MINUTES * 2 ** Math.min(failures - 1, 20)) * MINUTE_MS;
}

/** The source's notBefore after a failure: the later of the back-off and the server's Retry-After. */
export function notBeforeAfterFailure(failures: number, now: Date, retryAfter: Date | null): string {
  const backoff = now.getTime() + backoffMs(failures);
  return new Date(Math.max(backoff, retryAfter?.getTime() ?? 0)).toISOString();
}

// The background's side of followed sources (issue 22): the follow-source, unfollow-source and
// fetch-now messages, the alarm that runs a fetch every FollowSettings.intervalMinutes, and the
// run itself (utils/follow/fetch-run.ts). Plain functions over injected parts, so they are tested
// without a browser.
//
// The schedule exists only while at least one source is followed: with none, no alarm, so the
// extension never makes a request of its own. A run is never started by a page the reader opens:
// only by the alarm, by "Fetch now" in the options page, or by the test hook.
import { createFetchRunner, recoverInterruptedRun, runFetch, type ExtractHtml } from '../follow/fetch-run';
import { resolveNewSource, sameAddress } from '../follow/follow-source';
import type { FetchFn } from '../follow/http';
import type { FollowState } from '../follow/sources-store';
import type { FetchProgress, FollowedSource } from '../follow/types';
import type { CorpusStore } from '../storage/corpus-store';
import type { StoredDoc } from '../storage/types';

/** The one alarm of followed sources. */
export const FETCH_ALARM = 'fetch-followed-sources';

/** The part of browser.alarms used here (Chrome's and Firefox's agree on it). */
export interface Alarms {
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): unknown;
  clear(name: string): Promise<boolean> | unknown;
  get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined>;
}

export interface FollowDeps {
  fetch: FetchFn;
  extract: ExtractHtml;
  state: FollowState;
  alarms?: Alarms;
  now?: () => Date;
  /** Per-request timeout (tests shorten it). */
  timeoutMs?: number;
  /** Called after a run, whatever happened (the extraction's offscreen document is closed here). */
  afterRun?: () => Promise<void>;
}

/** What the background gives the follow part: its corpus and its live index. */
export interface FollowHost {
  /** The corpus store, or null when this browser window cannot store one (then nothing is fetched). */
  store(): Promise<CorpusStore | null>;
  /** Adds a stored document to the live index (incrementally) and persists its index entry. */
  indexNew(doc: StoredDoc): Promise<void>;
  /** Runs expiry (remembered and fetched articles) after a run stored something. */
  expire(): Promise<void>;
}

export function createFollow(deps: FollowDeps, host: FollowHost) {
  const now = deps.now ?? (() => new Date());

  /** Makes the alarm match the list and the settings: present only while a source is followed. */
  const syncSchedule = async (): Promise<void> => {
    if (!deps.alarms) return;
    const sources = await deps.state.loadSources();
    if (!sources.length) {
      await deps.alarms.clear(FETCH_ALARM);
      return;
    }
    const { intervalMinutes } = await deps.state.loadSettings();
    const existing = await deps.alarms.get(FETCH_ALARM);
    // Re-created only when the interval changed: re-creating resets the countdown.
    if (existing?.periodInMinutes === intervalMinutes) return;
    await deps.alarms.create(FETCH_ALARM, { delayInMinutes: intervalMinutes, periodInMinutes: intervalMinutes });
  };

  /** The start's check for a run the browser cut short; every run waits for it (see start). */
  let recovery: Promise<unknown> = Promise.resolve();

  const runner = createFetchRunner(async (): Promise<FetchProgress> => {
    await recovery;
    const store = await host.store();
    if (!store) throw new Error('this browser window cannot store articles, so nothing was fetched');
    let stored = 0;
    try {
      const progress = await runFetch({
        fetch: deps.fetch,
        extract: deps.extract,
        store,
        state: deps.state,
        now,
        timeoutMs: deps.timeoutMs,
        onStored: async (doc) => {
          stored++;
          await host.indexNew(doc);
        },
      });
      return progress;
    } finally {
      if (stored) await host.expire().catch(() => undefined);
      await deps.afterRun?.().catch(() => undefined);
    }
  });

  const followSource = async (url: string): Promise<{ ok: true; source: FollowedSource } | { ok: false; error: string }> => {
    try {
      const r = await resolveNewSource({ fetch: deps.fetch, now, timeoutMs: deps.timeoutMs }, url, await deps.state.loadSources());
      if (!r.ok) return r;
      let twin: FollowedSource | undefined;
      // Checked again in the queued update: two follows of one address at once store it once.
      await deps.state.updateSources((list) => {
        twin = list.find((s) => sameAddress(s.url, r.source.url) || s.feedUrl === r.source.feedUrl);
        return twin ? list : [...list, r.source];
      });
      if (twin) return { ok: false, error: `you already follow this address (${twin.name})` };
      await syncSchedule();
      return r;
    } catch (e) {
      return { ok: false, error: `not followed: ${e instanceof Error ? e.message : String(e)}` };
    }
  };

  /** Stops following; the articles fetched from it stay until they expire or the reader deletes them. */
  const unfollowSource = async (url: string): Promise<{ ok: true } | { ok: false; error: string }> => {
    try {
      let found = false;
      await deps.state.updateSources((list) => {
        const rest = list.filter((s) => !sameAddress(s.url, url));
        found = rest.length !== list.length;
        return rest;
      });
      await syncSchedule();
      return found ? { ok: true } : { ok: false, error: 'this address is not followed' };
    } catch (e) {
      return { ok: false, error: `not unfollowed: ${e instanceof Error ? e.message : String(e)}` };
    }
  };

  const fetchNow = async (): Promise<{ ok: true; progress: FetchProgress } | { ok: false; error: string }> => {
    try {
      return { ok: true, progress: await runner.run() };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  };

  return {
    followSource,
    unfollowSource,
    fetchNow,
    syncSchedule,
    /** browser.alarms.onAlarm: runs the fetch when it is ours. */
    onAlarm: (alarm: { name: string }) => {
      if (alarm.name === FETCH_ALARM) void runner.run().catch(() => undefined);
    },
    /** Once per background life: an interrupted run is said so, and the alarm matches the list. */
    start: async () => {
      // Assigned before anything awaits, so an alarm that woke this background waits for it
      // rather than have its own fresh "running" progress taken for an interrupted one.
      recovery = recoverInterruptedRun(deps.state, now()).catch(() => false);
      await recovery;
      await syncSchedule().catch(() => undefined);
    },
    running: runner.running,
  };
}

export type Follow = ReturnType<typeof createFollow>;

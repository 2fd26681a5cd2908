// What the "Sources you follow" section needs from the extension, as one injected object: the
// options page wires it to browser.storage (utils/follow/sources-store.ts) and to the background's
// messages; unit tests pass fakes. Nothing here fetches: only the background does, when asked.
import type { ResponseOf } from '../messages';
import type { FetchProgress, FollowedSource, FollowSettings } from './types';

export interface FollowApi {
  listSources(): Promise<FollowedSource[]>;
  loadSettings(): Promise<FollowSettings>;
  /** Saves (the store sanitises) and returns what was saved. */
  saveSettings(next: FollowSettings): Promise<FollowSettings>;
  /** The run in flight, or the last one; null before the first. */
  loadProgress(): Promise<FetchProgress | null>;
  /** Calls `onChange` whenever the sources, the settings or the progress change; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  follow(url: string): Promise<ResponseOf<'follow-source'>>;
  unfollow(url: string): Promise<ResponseOf<'unfollow-source'>>;
  fetchNow(): Promise<ResponseOf<'fetch-now'>>;
}

/** Bounds the settings form accepts (inclusive), with the reason for each in the store that defines them. */
export interface FollowSettingsLimits {
  intervalMinutes: readonly [number, number];
  keepDays: readonly [number, number];
}

/** A reply that is not one of the shapes the message map names: a bug or a background that went away. */
export function replyError(reply: unknown): string | null {
  if (typeof reply !== 'object' || reply === null) return 'The extension’s background did not answer. Try again in a moment.';
  const r = reply as { ok?: unknown; error?: unknown };
  if (r.ok === true) return null;
  if (r.ok === false && typeof r.error === 'string') return r.error;
  return 'The extension’s background gave an answer this page does not understand.';
}

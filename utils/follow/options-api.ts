// The options page's FollowApi (components/follow/follow-api.ts): reads and watches the followed
// sources, the settings and the run's progress in browser.storage (sources-store.ts, written by
// the background), saves the settings, and asks the background to follow, unfollow and fetch.
// The page itself never requests anything from the network.
import { browser } from 'wxt/browser';
import type { FollowApi } from './follow-api';
import type { Message, ResponseOf } from '../messages';
import { loadFetchProgress, loadFollowedSources, loadFollowSettings, saveFollowSettings, watchFollow } from './sources-store';

const send = <R>(msg: Message) => browser.runtime.sendMessage(msg) as Promise<R>;

export const browserFollowApi: FollowApi = {
  listSources: loadFollowedSources,
  loadSettings: loadFollowSettings,
  saveSettings: saveFollowSettings,
  loadProgress: loadFetchProgress,
  watch: (onChange) => watchFollow({ sources: onChange, settings: onChange, progress: onChange }),
  follow: (url) => send<ResponseOf<'follow-source'>>({ type: 'follow-source', url }),
  unfollow: (url) => send<ResponseOf<'unfollow-source'>>({ type: 'unfollow-source', url }),
  fetchNow: () => send<ResponseOf<'fetch-now'>>({ type: 'fetch-now' }),
};

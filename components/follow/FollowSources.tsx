// Options page section "Sources you follow" (issue 22, CONTRACT §5): follow a feed or a site,
// see each source's last fetch, articles and errors, fetch now, and choose the schedule. Off by
// default: until the reader follows a source the extension makes no request at all. The list
// re-reads itself whenever the background writes (a run's progress, a source's outcome).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FetchProgress, FollowedSource, FollowSettings } from '../../utils/follow/types';
import { replyError, type FollowApi, type FollowSettingsLimits } from '../../utils/follow/follow-api';
import { SourceRow } from './SourceRow';
import { FetchStatus } from './FetchStatus';
import { FollowSettingsForm } from './FollowSettingsForm';
import { plural } from '../corpus/format';
import './follow.css';

export interface FollowSourcesProps {
  api: FollowApi;
  limits: FollowSettingsLimits;
  /** The clock "20 min ago" is measured by (tests pass their own). */
  now?: () => Date;
}

/** "20 min ago" is re-rendered this often while the page is open: finer would only cost renders. */
const CLOCK_TICK_MS = 30_000;

type Message = { kind: 'status' | 'alert'; text: string } | null;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The default clock: one function for the page's life (a new one per render would re-run the effects below each time). */
const systemNow = () => new Date();

export function FollowSources({ api, limits, now = systemNow }: FollowSourcesProps) {
  const [sources, setSources] = useState<FollowedSource[] | null>(null);
  const [settings, setSettings] = useState<FollowSettings | null>(null);
  const [progress, setProgress] = useState<FetchProgress | null>(null);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [fetching, setFetching] = useState(false);
  const [fetchFailure, setFetchFailure] = useState<string | null>(null);
  const [clock, setClock] = useState(now);

  const reload = useCallback(async () => {
    const [list, s, p] = await Promise.all([api.listSources(), api.loadSettings(), api.loadProgress()]);
    setSources(list);
    setSettings(s);
    setProgress(p);
    setClock(now());
  }, [api, now]);

  useEffect(() => {
    reload().catch((e) => {
      setSources([]);
      setMessage({ kind: 'alert', text: `Your followed sources could not be read: ${errorText(e)}` });
    });
    const stop = api.watch(() => void reload().catch(() => {}));
    const tick = setInterval(() => setClock(now()), CLOCK_TICK_MS);
    return () => {
      stop();
      clearInterval(tick);
    };
  }, [api, reload, now]);

  const follow = async (ev: Event) => {
    ev.preventDefault();
    const url = address.trim();
    if (!url) {
      setMessage({ kind: 'alert', text: 'Paste the address of a feed or of a news site first.' });
      return;
    }
    setBusy(true);
    setMessage({ kind: 'status', text: `Looking for a feed at ${url}…` });
    try {
      const reply = await api.follow(url);
      const error = replyError(reply);
      if (error || !reply.ok) {
        setMessage({ kind: 'alert', text: `Not followed: ${error}` });
        return;
      }
      setAddress('');
      setMessage({ kind: 'status', text: `Following ${reply.source.name}. Its new articles are fetched at the next run, or now with “Fetch now”.` });
    } catch (e) {
      setMessage({ kind: 'alert', text: `Not followed: ${errorText(e)}` });
    } finally {
      setBusy(false);
      await reload().catch(() => {});
    }
  };

  const unfollow = async (url: string) => {
    const source = sources?.find((s) => s.url === url);
    setBusy(true);
    try {
      const error = replyError(await api.unfollow(url));
      setMessage(
        error
          ? { kind: 'alert', text: `Still following ${source?.name ?? url}: ${error}` }
          : {
              kind: 'status',
              text: `Stopped following ${source?.name ?? url}: nothing more is fetched from it. The articles it gave stay in your library until they expire or you delete them.`,
            },
      );
    } catch (e) {
      setMessage({ kind: 'alert', text: `Still following ${source?.name ?? url}: ${errorText(e)}` });
    } finally {
      setBusy(false);
      await reload().catch(() => {});
    }
  };

  const fetchNow = async () => {
    setFetching(true);
    setFetchFailure(null);
    try {
      const reply = await api.fetchNow();
      const error = replyError(reply);
      if (error || !reply.ok) setFetchFailure(`Not fetched: ${error}`);
      else setProgress(reply.progress);
    } catch (e) {
      setFetchFailure(`Not fetched: ${errorText(e)}`);
    } finally {
      setFetching(false);
      await reload().catch(() => {});
    }
  };

  const saveSettings = async (next: FollowSettings) => {
    try {
      setSettings(await api.saveSettings(next));
      setMessage({ kind: 'status', text: 'Schedule saved.' });
    } catch (e) {
      setMessage({ kind: 'alert', text: `Not saved: ${errorText(e)}` });
    }
  };

  return (
    <section id="follow" class="cp-settings" aria-labelledby="fs-h" data-testid="follow-settings">
      <h2 id="fs-h">Sources you follow</h2>
      <p class="cp-note" id="fs-what">
        Follow an outlet’s feed (RSS, Atom or JSON Feed) or its site’s address, and this browser fetches the feed
        {settings ? ` every ${plural(settings.intervalMinutes, 'minute')}` : ' on a schedule'} and the new articles it lists, so the pages you
        read are compared with them. The requests carry no cookies and no referrer, and are never caused by the page you are reading, so
        nothing about what you read is sent anywhere. Off until you follow a source.
      </p>
      {/* noValidate: "example.com/news" is an address the background accepts (it adds https://), which a url field's own check would refuse. */}
      <form class="cp-tool-row" onSubmit={follow} noValidate>
        <label class="cp-label" for="fs-address">
          Feed or site address
        </label>
        <input
          id="fs-address"
          type="url"
          inputMode="url"
          class="fs-input"
          data-testid="follow-source"
          value={address}
          placeholder="https://example.com/feed.xml"
          aria-describedby="fs-what"
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <button type="submit" class="cp-button" data-testid="follow-add" disabled={busy}>
          Follow
        </button>
      </form>
      {message && (
        <p role={message.kind} class={message.kind === 'alert' ? 'cp-notice cp-notice-alert' : 'cp-note'} data-testid="follow-message">
          {message.text}
        </p>
      )}
      {sources === null ? (
        <p role="status">Reading your sources…</p>
      ) : sources.length === 0 ? (
        <p class="cp-note" data-testid="follow-none">
          You follow no source: nothing is fetched.
        </p>
      ) : (
        <ul class="fs-list" aria-label="Followed sources">
          {sources.map((s) => (
            <SourceRow key={s.url} source={s} now={clock} busy={busy} onUnfollow={unfollow} />
          ))}
        </ul>
      )}
      <FetchStatus progress={progress} failure={fetchFailure} sources={sources?.length ?? 0} waiting={fetching} now={clock} onFetchNow={fetchNow} />
      {settings && <FollowSettingsForm settings={settings} limits={limits} save={saveSettings} />}
      <p class="cp-note">
        Fetched articles are listed in <a href="#library">your library</a> (Show: Fetched from sources), where you can pin or delete
        them. Unfollowing stops the fetching; what was fetched stays until it expires or you delete it.
      </p>
    </section>
  );
}

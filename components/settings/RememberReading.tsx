// Options page section "Remember what you read" (CONTRACT §4 `remember-reading`, issue 13):
// the switch (off by default), which sites, and how long and how many remembered articles are
// kept. Saved at once, like "Where it runs".
import { useEffect, useState } from 'preact/hooks';
import './settings.css';
import { normalizeSite } from '../../utils/settings';
import {
  DEFAULT_REMEMBER_SETTINGS,
  KEEP_DAYS_RANGE,
  MAX_DOCS_RANGE,
  type RememberSettings,
  type RememberSites,
} from '../../utils/remember/settings';

export interface RememberReadingProps {
  load(): Promise<RememberSettings>;
  save(next: RememberSettings): Promise<RememberSettings>;
}

const SITE_MODES: { sites: RememberSites; label: string }[] = [
  { sites: 'all', label: 'Every site' },
  { sites: 'except', label: 'Every site except these' },
  { sites: 'only', label: 'Only these sites' },
];

export function RememberReading({ load, save }: RememberReadingProps) {
  const [settings, setSettings] = useState<RememberSettings | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    load().then(setSettings, () => setSettings({ ...DEFAULT_REMEMBER_SETTINGS }));
  }, [load]);

  if (!settings) return <section id="remember" class="cp-settings" aria-label="Remember what you read" aria-busy="true" />;

  const update = async (next: RememberSettings, done: string) => {
    try {
      setSettings(await save(next));
      setMessage({ kind: 'status', text: done });
    } catch (err) {
      setMessage({ kind: 'alert', text: `Not saved: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  const addSite = (ev: Event) => {
    ev.preventDefault();
    const host = normalizeSite(site);
    if (!host) {
      setMessage({ kind: 'alert', text: `“${site}” is not a site address (try example.com).` });
      return;
    }
    setSite('');
    if (!settings.list.includes(host)) void update({ ...settings, list: [...settings.list, host] }, `Added ${host}.`);
  };

  const number = (field: 'keepDays' | 'maxDocs', range: readonly [number, number], label: string, unit: string) => (
    <label class="cp-check">
      <span>{label}</span>
      <input
        type="number"
        min={range[0]}
        max={range[1]}
        step={1}
        value={settings[field]}
        data-testid={field === 'keepDays' ? 'remember-keep-days' : 'remember-max-docs'}
        onChange={(e) => {
          const v = Number((e.currentTarget as HTMLInputElement).value);
          if (!Number.isFinite(v) || v < range[0] || v > range[1]) {
            setMessage({ kind: 'alert', text: `${label}: a whole number from ${range[0].toLocaleString()} to ${range[1].toLocaleString()}.` });
            return;
          }
          void update({ ...settings, [field]: Math.round(v) }, 'Saved.');
        }}
      />
      <span>{unit}</span>
    </label>
  );

  return (
    <section id="remember" class="cp-settings" aria-labelledby="cp-remember-h" data-testid="remember-settings">
      <h2 id="cp-remember-h">Remember what you read</h2>
      <label class="cp-check">
        <input
          type="checkbox"
          data-testid="remember-reading"
          checked={settings.enabled}
          aria-describedby="cp-remember-what"
          onChange={(e) => {
            const enabled = (e.currentTarget as HTMLInputElement).checked;
            void update({ ...settings, enabled }, enabled ? 'Articles you open will be remembered.' : 'Nothing more will be remembered. Remembered articles stay until you delete them or they expire.');
          }}
        />
        Remember each article I open, so later articles on the same story are compared with it
      </label>
      <p class="cp-note" id="cp-remember-what">
        Each article’s text, outlet, author, date and address are stored only on this device, in this browser; nothing is sent anywhere.
        Remembered articles are listed in <a href="#library">your library</a> (Show: Remembered as you read), where you can pin or delete them.
      </p>
      {settings.enabled && (
        <>
          <fieldset class="cp-fieldset">
            <legend>Sites</legend>
            {SITE_MODES.map((m) => (
              <label key={m.sites} class="cp-check cp-mode">
                <input
                  type="radio"
                  name="cp-remember-sites"
                  value={m.sites}
                  data-testid={`remember-sites-${m.sites}`}
                  checked={settings.sites === m.sites}
                  onChange={() => void update({ ...settings, sites: m.sites }, 'Saved.')}
                />
                {m.label}
              </label>
            ))}
          </fieldset>
          {settings.sites !== 'all' && (
            <div class="cp-sites">
              <form onSubmit={addSite} class="cp-tool-row">
                <label class="cp-label" for="cp-remember-site">
                  {settings.sites === 'except' ? 'Never remember' : 'Remember only'}
                </label>
                <input id="cp-remember-site" data-testid="remember-site-input" value={site} onInput={(e) => setSite(e.currentTarget.value)} placeholder="example.com" />
                <button type="submit" class="cp-button">
                  Add
                </button>
              </form>
              <ul class="cp-site-list">
                {settings.list.map((s) => (
                  <li key={s} data-testid="remember-site-row">
                    {s}{' '}
                    <button type="button" class="cp-button cp-button-quiet" aria-label={`Remove ${s}`} onClick={() => void update({ ...settings, list: settings.list.filter((x) => x !== s) }, `Removed ${s}.`)}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {settings.paused.length > 0 && (
            <div>
              <p class="cp-note">Paused from the sidebar (never remembered):</p>
              <ul class="cp-site-list">
                {settings.paused.map((s) => (
                  <li key={s} data-testid="remember-paused-row">
                    {s}{' '}
                    <button type="button" class="cp-button cp-button-quiet" aria-label={`Resume remembering ${s}`} onClick={() => void update({ ...settings, paused: settings.paused.filter((x) => x !== s) }, `Resumed ${s}.`)}>
                      Resume
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <fieldset class="cp-fieldset">
            <legend>Keep remembered articles</legend>
            {number('keepDays', KEEP_DAYS_RANGE, 'For at most', 'days')}
            {number('maxDocs', MAX_DOCS_RANGE, 'At most', 'articles (the oldest go first)')}
            <p class="cp-note">Pinned articles, and articles you added or imported yourself, are never removed.</p>
          </fieldset>
        </>
      )}
      <p class={message?.kind === 'alert' ? 'cp-note cp-error' : 'cp-note'} data-testid="remember-message" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

// Options page section "Where it runs": automatic on every article page (the default), only on
// the reader's chosen sites, or only when the toolbar button is pressed. Saved at once.
import { useEffect, useState } from 'preact/hooks';
import './settings.css';
import { DEFAULT_SETTINGS, normalizeSite, type RunMode, type Settings } from '../../utils/settings';

export interface WhereItRunsProps {
  load(): Promise<Settings>;
  save(next: Settings): Promise<Settings>;
}

const MODES: { mode: RunMode; label: string; hint: string }[] = [
  { mode: 'auto', label: 'On every article page', hint: 'Pages are compared as they load (the default).' },
  { mode: 'sites', label: 'Only on these sites', hint: 'Elsewhere, press the toolbar button to compare a page.' },
  { mode: 'click', label: 'Only when I press the toolbar button', hint: 'Nothing is read from a page until you ask.' },
];

export function WhereItRuns({ load, save }: WhereItRunsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    load().then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
  }, [load]);

  const update = async (next: Settings, done: string) => {
    try {
      setSettings(await save(next));
      setMessage({ kind: 'status', text: done });
    } catch (err) {
      setMessage({ kind: 'alert', text: `Not saved: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  if (!settings) return <section id="where-it-runs" class="cp-tools" aria-label="Where it runs" aria-busy="true" />;

  const addSite = (ev: Event) => {
    ev.preventDefault();
    const host = normalizeSite(site);
    if (!host) {
      setMessage({ kind: 'alert', text: `“${site}” is not a site address (try example.com).` });
      return;
    }
    setSite('');
    if (!settings.sites.includes(host)) void update({ ...settings, sites: [...settings.sites, host] }, `Added ${host}.`);
  };

  return (
    <section id="where-it-runs" class="cp-settings" aria-labelledby="cp-where-h" data-testid="where-it-runs">
      <h2 id="cp-where-h">Where it runs</h2>
      <fieldset class="cp-fieldset">
        <legend class="cp-sr">Compare pages</legend>
        {MODES.map((m) => (
          <label key={m.mode} class="cp-check cp-mode">
            <input
              type="radio"
              name="cp-mode"
              value={m.mode}
              data-testid={`mode-${m.mode}`}
              checked={settings.mode === m.mode}
              onChange={() => void update({ ...settings, mode: m.mode }, 'Saved.')}
            />
            <span>
              {m.label} <span class="cp-note">{m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {settings.mode === 'sites' && (
        <div class="cp-sites">
          <form onSubmit={addSite} class="cp-tool-row">
            <label class="cp-label" for="cp-site">
              Site
            </label>
            <input id="cp-site" data-testid="site-input" value={site} onInput={(e) => setSite(e.currentTarget.value)} placeholder="example.com" />
            <button type="submit" class="cp-button">
              Add
            </button>
          </form>
          {settings.sites.length ? (
            <ul class="cp-site-list">
              {settings.sites.map((s) => (
                <li key={s} data-testid="site-row">
                  {s}{' '}
                  <button
                    type="button"
                    class="cp-button cp-button-quiet"
                    aria-label={`Remove ${s}`}
                    onClick={() => void update({ ...settings, sites: settings.sites.filter((x) => x !== s) }, `Removed ${s}.`)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="cp-note">No sites yet: pages are compared only when you press the toolbar button.</p>
          )}
        </div>
      )}
      {/* Not role="alert": the corpus tools own the page's one alert region (CONTRACT §4). */}
      <p class={message?.kind === 'alert' ? 'cp-note cp-error' : 'cp-note'} data-testid="settings-message" aria-live="polite">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

// "Paused on this site" in the sidebar (issue 13): shown only while "remember as you read" is
// on; checked, the site of this page is never remembered (the options page lists paused sites).
// It says nothing about whether this page was remembered: that stays off the page.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  isPaused,
  loadRememberSettings,
  saveRememberSettings,
  siteOf,
  watchRememberSettings,
  withPause,
  type RememberSettings,
} from '../utils/remember/settings';

export function RememberPause({ url = globalThis.location?.href ?? '' }: { url?: string }) {
  const [settings, setSettings] = useState<RememberSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Outside an extension (the sidebar rendered in a unit test) there is no setting to read.
    if (!browser?.runtime?.id) return;
    let live = true;
    loadRememberSettings().then((s) => live && setSettings(s));
    let unwatch = () => {};
    try {
      unwatch = watchRememberSettings((s) => live && setSettings(s));
    } catch {
      // No extension storage (a test page): the control shows what was loaded, without live updates.
    }
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const site = siteOf(url);
  if (!settings?.enabled || !site) return null;
  const paused = isPaused(settings, url);
  return (
    <div class="sc-remember">
      <label class="sc-remember-label">
        <input
          type="checkbox"
          data-testid="remember-pause"
          checked={paused}
          onChange={(e) => {
            const next = withPause(settings, url, (e.currentTarget as HTMLInputElement).checked);
            saveRememberSettings(next).then(setSettings, (err) => setError(`Not saved: ${err instanceof Error ? err.message : String(err)}`));
          }}
        />
        Paused on this site ({site}): articles here are not remembered
      </label>
      {error && <p class="sc-outcome sc-error">{error}</p>}
    </div>
  );
}

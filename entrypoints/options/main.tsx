// Thin entrypoint of the options page: a table of contents, then the settings (what a reader
// opens the page for; followed sources first, the one setting that makes requests), then the
// library, which grows. Wires the corpus store, the bundled seeds,
// the browser's DOMParser and the message to the background into CorpusPage.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CorpusPage } from '@/components/corpus/CorpusPage';
import { parseSeedDocs } from '@/utils/corpus/seeds';
import { CorpusStore } from '@/utils/storage/corpus-store';
import { WhereItRuns } from '@/components/settings/WhereItRuns';
import { loadSettings, saveSettings } from '@/utils/settings';
import { RememberReading } from '@/components/settings/RememberReading';
import { loadRememberSettings, saveRememberSettings } from '@/utils/remember/settings';
import { OptionsNav } from '@/components/options/OptionsNav';
import { FollowSources } from '@/components/follow/FollowSources';
import { browserFollowApi } from '@/utils/follow/options-api';
import { FOLLOW_KEEP_DAYS_RANGE, INTERVAL_MINUTES_RANGE, watchFollow } from '@/utils/follow/sources-store';
import '@/components/corpus/corpus.css';

// Bundled at build time, as in the background: "reset seeds" restores exactly what shipped.
const seedFiles = import.meta.glob('/seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seeds = parseSeedDocs(seedFiles);

const openStore = () => CorpusStore.open();
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** Asks the background to re-read the corpus. It may not be listening (yet): that is fine, it re-checks the revision itself. */
const notifyChanged = (revision: number) => {
  browser.runtime.sendMessage({ type: 'corpus-changed', revision }).catch(() => {});
};

/** A fetch run's progress moved (articles may have been stored): the library re-checks its revision. */
const watchFetchRuns = (onChange: () => void) => watchFollow({ progress: onChange });

render(
  <main class="cp-page">
    <header class="cp-page-head">
      <h1>Source Compare</h1>
      <OptionsNav />
    </header>
    <FollowSources api={browserFollowApi} limits={{ intervalMinutes: INTERVAL_MINUTES_RANGE, keepDays: FOLLOW_KEEP_DAYS_RANGE }} />
    <RememberReading load={loadRememberSettings} save={saveRememberSettings} />
    <WhereItRuns load={loadSettings} save={saveSettings} />
    <CorpusPage openStore={openStore} seeds={seeds} parseHtml={parseHtml} notifyChanged={notifyChanged} watchChanges={watchFetchRuns} />
  </main>,
  document.getElementById('app')!,
);

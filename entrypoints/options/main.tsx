// Thin entrypoint of the options page (the corpus page): wires the corpus store, the bundled
// seeds, the browser's DOMParser and the message to the background into CorpusPage.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CorpusPage } from '@/components/corpus/CorpusPage';
import { parseSeedDocs } from '@/utils/corpus/seeds';
import { CorpusStore } from '@/utils/storage/corpus-store';
import { WhereItRuns } from '@/components/settings/WhereItRuns';
import { loadSettings, saveSettings } from '@/utils/settings';
import { RememberReading } from '@/components/settings/RememberReading';
import { loadRememberSettings, saveRememberSettings } from '@/utils/remember/settings';
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

render(
  <>
    <CorpusPage openStore={openStore} seeds={seeds} parseHtml={parseHtml} notifyChanged={notifyChanged} />
    <div class="cp-page">
      <RememberReading load={loadRememberSettings} save={saveRememberSettings} />
      <WhereItRuns load={loadSettings} save={saveSettings} />
    </div>
  </>,
  document.getElementById('app')!,
);

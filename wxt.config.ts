import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of the engine's sources (utils/engine, every file): the format of the derived data the
 * background keeps on disk includes it (utils/background/corpus-source.ts DERIVED_FORMAT), so a
 * build with any change to the engine never restores features an older engine computed.
 */
function engineSourcesHash(dir = 'utils/engine'): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else hash.update(path).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

// Entry points stay thin; the engine lives in utils/engine and is shared with the CLI,
// so imports are explicit everywhere (no WXT auto-imports) and the same files run in Node.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()], define: { __ENGINE_SOURCES_HASH__: JSON.stringify(engineSourcesHash()) } }),
  // `npm run zip`: Firefox's review gets the sources that build the package, not what the tests
  // left behind (screenshots and figures in test-artifacts/, which .gitignore also leaves out).
  zip: { excludeSources: ['test-artifacts/**'] },
  manifest: ({ browser }) => ({
    name: 'Source Compare',
    // The store description (at most 132 characters in Chrome): the privacy promise in short,
    // as the code keeps it. The only requests are for feeds the reader follows (issue 22).
    description: 'Compares the article you read, claim by claim, with other outlets’ coverage. Fetches only feeds you follow; sends nothing you read.',
    // alarms: the schedule of followed sources (issue 22), which exists only while one is followed.
    // offscreen (Chrome only): the DOM that extracts fetched pages, which its MV3 worker lacks;
    // Firefox's background page has a DOM (and no offscreen API).
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'offscreen'],
    // Followed sources are fetched from the background. The same hosts the content script already
    // declares (it runs on every http(s) page), so installing asks for nothing new, and a followed
    // feed needs no permission prompt (none a browser test could not click either). WXT writes
    // them as host_permissions in Chrome's MV3 manifest and into permissions in Firefox's MV2.
    host_permissions: ['http://*/*', 'https://*/*'],
    // Drawn for the project (assets/icon.svg), rasterised by scripts/make-icons.ts.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Source comparison', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // The toolbar button's action from the keyboard (and for browser tests, which cannot click
    // the toolbar): the background toggles the sidebar in the active tab.
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: 'Show or hide the source comparison sidebar',
      },
      // The keyboard route to the claims with the sidebar closed: opens it with focus on the
      // first claim card (J is the sidebar's own "next claim" key).
      'focus-first-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the first claim other outlets report',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'source-compare@news-tools.local',
        // The extension collects and transmits nothing about the reader (its only requests fetch
        // the feeds the reader follows, with no cookies); Firefox requires this declared.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});

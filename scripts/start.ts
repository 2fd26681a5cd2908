// `npm start`: opens the system's Chromium with the freshly built extension on a local seed
// article (served from 127.0.0.1, wrapped in a news-site shell). With a display it opens a
// window and waits until you close it; without one it runs headless, saves a screenshot of
// the page with the sidebar open and prints a short summary of the comparison (scripts/start-summary.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/browser/fixtures';
import { extractArticle } from '../utils/article/extract';
import { loadSeedDocs } from '../utils/corpus/seeds-node';
import { CorpusIndex, analyzePage } from '../utils/engine';
import { startSummary } from './start-summary';

const ARTICLE = process.argv[2] ?? '003_48a0785e15c454a3';
// Debian's wrapper script (/usr/bin/chromium) adds flags of its own; the real binary is first.
// Branded Google Chrome ignores --load-extension since version 137, so it is tried last.
const BROWSERS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const EXTENSION = new URL('../.output/chrome-mv3/', import.meta.url).pathname;

/**
 * Builds the Chromium extension, quietly: its ~15 lines of bundle sizes are shown only when the
 * build fails, so a headless run prints the summary and little else.
 */
function build(): void {
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    process.stderr.write(`${err.stdout ?? ''}${err.stderr ?? ''}`);
    throw new Error('the build failed (output above)');
  }
}

async function main(): Promise<void> {
  build();
  const executablePath = BROWSERS.find((p) => existsSync(p));
  if (!executablePath) {
    throw new Error('no Chromium found. Install it with: sudo apt-get install -y --no-install-recommends chromium');
  }
  if (!existsSync(`${EXTENSION}manifest.json`)) throw new Error('no build found in .output/chrome-mv3');
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const server = await startFixtureServer();
  const url = `${server.origin}/article/${ARTICLE}`;
  if (!server.pages.has(`/article/${ARTICLE}`)) throw new Error(`no seed article ${ARTICLE}`);
  const profile = mkdtempSync(`${tmpdir()}/source-compare-start-`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1400, height: 900 } : null,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    console.log(`Opened ${url} in ${executablePath} with the extension loaded.`);
    if (!headless) {
      console.log('Click a highlighted sentence, or the toolbar button, to open the sidebar. Close the window to stop.');
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
      return;
    }
    await page.waitForFunction(() => !['loading', undefined].includes(document.documentElement.dataset.sourceCompare), null, {
      timeout: 60_000,
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => (globalThis as any).__sourceCompare.toggleSidebar());
    await page.locator('[role="complementary"][aria-label*="Source comparison"]').waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500); // let the sidebar's entry transition finish before the screenshot
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/start.png' });
    console.log(`Page state: ${await page.evaluate(() => document.documentElement.dataset.sourceCompare)}, ` +
      `${await page.evaluate(() => document.documentElement.dataset.sourceCompareHighlights)} highlighted claims.`);
    console.log('Screenshot (page with the sidebar open): test-artifacts/start.png\n');

    // The same article through the same engine, summed up in a few lines (the full report is
    // `npm run --silent compare -- seeds/<id>.txt`).
    const article = extractArticle(parseHTML(server.pages.get(`/article/${ARTICLE}`)!).document as unknown as Document);
    if (!article) throw new Error('no article found in the start page');
    const index = new CorpusIndex();
    for (const doc of loadSeedDocs()) index.add(doc);
    console.log(startSummary(analyzePage({ title: article.title, text: article.text, url }, index), ARTICLE).join('\n'));
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`start: ${(e as Error).message}`);
  process.exitCode = 1;
});

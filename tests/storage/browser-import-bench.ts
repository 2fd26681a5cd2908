// Measures the largest import in real Chromium (the built extension's options page, real
// IndexedDB on disk): `npx wxt build && npx tsx tests/storage/browser-import-bench.ts [docs] [sentences]`.
// Prints docs, MB and seconds from choosing the file to the "Imported" message (importSeconds,
// which includes Playwright handing the 48 MB file to the page, several seconds of it), and
// inside the page from the input's change event to the message (pageImportSeconds) and to
// every row listed (pageListedSeconds).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { articleText, exportedDoc } from './helpers';
import { buildExport, serializeExport } from '../../utils/storage/export-format';

const DOCS = Number(process.argv[2] ?? 10_000);
const SENTENCES = Number(process.argv[3] ?? 40);
const ext = `${process.cwd()}/.output/chrome-mv3`;
const profile = mkdtempSync(`${tmpdir()}/sc-bench-`);
const docs = Array.from({ length: DOCS }, (_, i) => ({ ...exportedDoc(i + 1000), text: articleText(i + 1000, SENTENCES) }));
const file = Buffer.from(serializeExport(buildExport(docs)));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/lib/chromium/chromium',
  headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await page.locator('[data-testid="corpus-row"]').first().waitFor();
  // In-page clock: from the file input's change event to the message, and to all rows listed.
  await page.evaluate(`(() => {
    const w = window;
    document.querySelector('[data-testid="import-file"]').addEventListener('change', () => (w.__t0 = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (w.__t0 == null) return;
      if (w.__imported == null && document.querySelector('[data-testid="import-result"], [role="alert"]')) w.__imported = performance.now() - w.__t0;
      if (w.__listed == null && document.querySelectorAll('[data-testid="corpus-row"]').length >= ${DOCS + 5}) w.__listed = performance.now() - w.__t0;
    }).observe(document.body, { childList: true, subtree: true });
  })()`);
  const t0 = Date.now();
  await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: file });
  await page.locator('[data-testid="import-result"], [role="alert"]').first().waitFor({ timeout: 600_000 });
  const importS = (Date.now() - t0) / 1000;
  const result = await page.locator('[data-testid="import-result"], [role="alert"]').first().textContent();
  await page.locator(`[data-testid="corpus-row"]`).nth(DOCS + 4).waitFor({ timeout: 600_000 });
  const listedS = (Date.now() - t0) / 1000;
  const rows = await page.locator('[data-testid="corpus-row"]').count();
  const inPage = (await page.evaluate('[window.__imported, window.__listed]')) as [number, number];
  const usage = await page.evaluate(() => navigator.storage.estimate());
  console.log(
    JSON.stringify({ docs: DOCS, mb: +(file.length / 1024 / 1024).toFixed(1), importSeconds: importS, listedSeconds: listedS, pageImportSeconds: +(inPage[0] / 1000).toFixed(2), pageListedSeconds: +(inPage[1] / 1000).toFixed(2), rows, result: result?.slice(0, 120), storageUsageMB: +((usage.usage ?? 0) / 1024 / 1024).toFixed(1) }),
  );
} finally {
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}

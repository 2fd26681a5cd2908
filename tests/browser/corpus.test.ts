// The corpus page (CONTRACT §4) in the built extension in Debian's Chromium: stored documents
// survive a browser restart, a corrupt import leaves the corpus unchanged and says why in
// role="alert", export → import gives the same documents back, a selection of article files
// with one bad file imports the others and names the bad one, and a library of 2,000 documents
// keeps the page usable (one page of rows in the DOM, the settings at the top, a document found
// by searching). The sidebar's add-page button is not covered here (corpus-add.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from './shared';

const SEED_COUNT = 5;

function article(n: number): string {
  const sentences = Array.from(
    { length: 14 },
    (_, i) => `Council ${n} said on day ${i} that the bridge number ${n * 31 + i} would reopen after repairs costing ${n * 7 + i} million, officials in district ${n} confirmed.`,
  );
  return [`Bridge ${n} reopens after repairs`, ...sentences].join('\n');
}

function exportFile(docs: { id: string; text: string }[], patch: (d: Record<string, unknown>, i: number) => void = () => {}) {
  return JSON.stringify({
    format: 'source-compare-corpus',
    version: 1,
    exportedAt: '2025-06-01T00:00:00.000Z',
    documents: docs.map((d, i) => {
      const doc: Record<string, unknown> = {
        id: d.id, outlet: `Test Outlet ${i}`, outletNamed: true, headline: d.text.split('\n')[0], date: '2025-05-01',
        lang: 'en', url: `http://127.0.0.1/${d.id}`, text: d.text, addedAt: '2025-05-01T00:00:00.000Z', source: 'user', hidden: false,
      };
      patch(doc, i);
      return doc;
    }),
  });
}

/** An article file on another story than article(n)'s, so no two are near-copies. */
function harbourArticle(n: number, header: string[] = []): string {
  const sentences = Array.from(
    { length: 12 },
    (_, i) => `Harbour pilots in port ${n} guided ${i + 3} cargo ships past the breakwater on night ${i}, while ${n + i * 11} dock workers unloaded grain and timber.`,
  );
  return [`Harbour ${n} busiest in a decade`, ...header, ...sentences].join('\n');
}

describe('corpus page in Chromium', () => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let extId: string;

  async function launch() {
    context = await launchChromium(profile, {
      acceptDownloads: true,
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extId = new URL(worker.url()).host;
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.locator('[data-testid="corpus-row"]').first().waitFor({ timeout: 30_000 });
  }

  const rowIds = () => page.locator('[data-testid="corpus-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')!).sort());

  beforeAll(async () => {
    profile = mkdtempSync(`${tmpdir()}/sc-corpus-`);
    await launch();
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('lists the seeds, one corpus-row per stored document', async () => {
    expect(await rowIds()).toHaveLength(SEED_COUNT);
  });

  it('imports a file, and the documents are still there after the browser restarts', async () => {
    const file = exportFile([{ id: 'bridge-1', text: article(1) }, { id: 'bridge-2', text: article(2) }]);
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(rowIds, { timeout: 15_000 }).toContain('bridge-2');
    expect(await page.locator('[data-testid="import-result"]').textContent()).toMatch(/Imported 2 documents/);
    await context.close();
    await launch();
    expect(await rowIds()).toEqual(expect.arrayContaining(['bridge-1', 'bridge-2']));
    expect(await rowIds()).toHaveLength(SEED_COUNT + 2);
  });

  it.each([
    ['wrongly typed', exportFile([{ id: 'bridge-3', text: article(3) }, { id: 'bridge-4', text: article(4) }], (d, i) => { if (i === 1) d.text = 42; }), /Article 2 in “bad\.json” is damaged: its “text” field should be a string but is number/],
    ['truncated', exportFile([{ id: 'bridge-5', text: article(5) }]).slice(0, 300), /“bad\.json” looks cut off/],
  ])('a %s import is rejected, says why in role="alert", and changes nothing', async (_n, file, why) => {
    const before = await rowIds();
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const alert = page.locator('[role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(why);
    // In a reader's words: no field paths or ids.
    expect(await alert.textContent()).not.toMatch(/documents\[|bridge-\d|expected "|got nothing/);
    expect(await rowIds()).toEqual(before);
  });

  it('export → delete → import the export: the same documents come back', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export"]').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const docsBefore = JSON.parse(exported).documents;
    expect(docsBefore.map((d: { id: string }) => d.id).sort()).toEqual(await rowIds());

    await page.locator('[data-testid="corpus-row"][data-doc-id="bridge-1"] [data-testid="delete-doc"]').click();
    await expect.poll(rowIds).not.toContain('bridge-1');
    await expect.poll(() => page.locator('[data-testid="undo"]').count()).toBe(1);
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(rowIds, { timeout: 15_000 }).toContain('bridge-1');
    // The re-import brought bridge-1 back: its "Deleted … Undo" is stale and gone, and the
    // skipped documents are named by headline, not id.
    await page.locator('[data-testid="import-result"]').filter({ hasText: /Imported 1 document/ }).waitFor();
    expect(await page.locator('[data-testid="undo"]').count()).toBe(0);
    expect(await page.locator('[data-testid="import-result"]').textContent()).not.toMatch(/bridge-\d|u_/);

    const [again] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export"]').click()]);
    expect(JSON.parse(readFileSync((await again.path())!, 'utf8')).documents).toEqual(docsBefore);
  });

  it('Undo after a re-import of another file still restores the deleted document', async () => {
    await page.locator('[data-testid="corpus-row"][data-doc-id="bridge-1"] [data-testid="delete-doc"]').click();
    await expect.poll(rowIds).not.toContain('bridge-1');
    const other = exportFile([{ id: 'bridge-7', text: article(7) }]);
    for (let i = 0; i < 2; i++) {
      await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(other) });
      await page.locator('[data-testid="import-result"]').filter({ hasText: i === 0 ? /Imported 1 document/ : /Nothing new was imported/ }).waitFor({ timeout: 15_000 });
    }
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(rowIds).toContain('bridge-1');
    const notice = page.locator('[data-testid="notice"]');
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toMatch(/^Restored/);
  });

  it('renames an outlet, and the name survives a reload', async () => {
    await page.locator('[data-testid="corpus-row"][data-doc-id="bridge-7"] [data-testid="edit-outlet"]').click();
    await page.locator('[data-testid="outlet-input"]').fill('The Bridge Gazette');
    await page.locator('[data-testid="save-outlet"]').click();
    await page.locator('[data-testid="notice"]').filter({ hasText: 'The Bridge Gazette' }).waitFor();
    await page.reload();
    const row = page.locator('[data-testid="corpus-row"][data-doc-id="bridge-7"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('.cp-outlet').textContent()).toContain('The Bridge Gazette');
  });

  it('deletes with undo, and hides a seed until "reset seeds"', async () => {
    await page.locator('[data-testid="corpus-row"][data-doc-id="bridge-2"] [data-testid="delete-doc"]').click();
    await expect.poll(rowIds).not.toContain('bridge-2');
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(rowIds).toContain('bridge-2');

    const seedRow = page.locator('[data-testid="corpus-row"]').filter({ has: page.locator('[data-testid="hide-doc"]') }).first();
    const seedId = await seedRow.getAttribute('data-doc-id');
    await seedRow.locator('[data-testid="hide-doc"]').click();
    await page.locator(`[data-testid="corpus-row"][data-doc-id="${seedId}"] [data-testid="show-doc"]`).waitFor();
    await page.locator('[data-testid="reset-seeds"]').click();
    await page.locator(`[data-testid="corpus-row"][data-doc-id="${seedId}"] [data-testid="hide-doc"]`).waitFor();
  });

  it('opens a document as text, never as HTML', async () => {
    const hostile = exportFile([{ id: 'hostile', text: `Hostile <img src=x onerror="window.__pwned=1"> headline\n${article(9).split('\n').slice(1).join('\n')}\n<script>window.__pwned=2</script> is printed as text.` }]);
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'h.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(rowIds, { timeout: 15_000 }).toContain('hostile');
    await page.locator('[data-testid="corpus-row"][data-doc-id="hostile"] [data-testid="open-doc"]').click();
    const reader = page.locator('[data-testid="document-reader"]');
    await reader.waitFor();
    expect(await reader.textContent()).toContain('<script>window.__pwned=2</script> is printed as text.');
    expect(await reader.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
  });

  it('a selection of article files with one invalid file imports the valid ones and lists the skipped one with its reason', async () => {
    const before = await rowIds();
    await page.locator('[data-testid="import-file"]').setInputFiles([
      { name: 'harbour-1.txt', mimeType: 'text/plain', buffer: Buffer.from(harbourArticle(1, ['Source: The Harbour Gazette', 'Date: 2025-05-03'])) },
      { name: 'harbour-2.txt', mimeType: 'text/plain', buffer: Buffer.from(harbourArticle(2)) },
      { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Call the harbour office\nabout the permit') },
    ]);
    const result = page.locator('[data-testid="import-result"]').filter({ hasText: /Imported 2 documents/ });
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('role')).toBe('status');
    expect(await result.textContent()).toMatch(/1 file could not be imported/);
    const skipped = await page.locator('[data-testid="import-result-details"] li').allTextContents();
    expect(skipped).toEqual(['“note.txt”: no article found: 7 words, fewer than the 80 an article has']);
    await expect.poll(async () => (await rowIds()).length).toBe(before.length + 2);
    // The outlet comes from the file's "Source:" line, or is unknown; never the file name.
    const outlets = await page.locator('[data-testid="corpus-row"] .cp-outlet').allTextContents();
    expect(outlets.some((o) => o.startsWith('The Harbour Gazette'))).toBe(true);
    expect(outlets.some((o) => o.startsWith('Unknown outlet'))).toBe(true);
    expect(outlets.some((o) => /harbour-\d/.test(o))).toBe(false);
  });

  it('only invalid files: nothing is imported, and the alert says why', async () => {
    const before = await rowIds();
    await page.locator('[data-testid="import-file"]').setInputFiles([{ name: 'note-2.txt', mimeType: 'text/plain', buffer: Buffer.from('Buy rope') }]);
    const alert = page.locator('[data-testid="import-result"][role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/Nothing was imported.*“note-2\.txt”: no article found: 2 words/);
    expect(await rowIds()).toEqual(before);
  });

  it('a library of 2,000 more documents: settings at the top, one page of rows in the DOM, a document found by searching', async () => {
    const N = 2000;
    const PAGE_ROWS = 50;
    const TARGET = 'bulk-1234';
    const bulk = exportFile(
      Array.from({ length: N }, (_, i) => ({ id: `bulk-${String(i).padStart(4, '0')}`, text: article(100 + i) })),
      (d, i) => {
        if (i === 1234) {
          d.outlet = 'The Skerry Islander';
          d.headline = 'Lighthouse keeper returns to the island';
        }
      },
    );
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'bulk.json', mimeType: 'application/json', buffer: Buffer.from(bulk) });
    await page.locator('[data-testid="import-result"]').filter({ hasText: /Imported 2,000 documents/ }).waitFor({ timeout: 120_000 });
    await page.reload();
    await page.locator('[data-testid="corpus-row"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="corpus-count"]').textContent()).toMatch(/2,0\d\d documents/);

    // The settings are at the top, not below the list, and each section is one link away.
    const remember = await page.locator('[data-testid="remember-reading"]').boundingBox();
    expect(remember!.y).toBeLessThan(page.viewportSize()!.height);
    await page.locator('[data-testid="nav-library"]').click();
    await expect.poll(() => page.evaluate(() => Math.abs(document.getElementById('library')!.getBoundingClientRect().top) < 40)).toBe(true);

    // One page of rows in the DOM; the pager says where the reader is.
    const rows = () => page.locator('[data-testid="corpus-row"]').count();
    expect(await rows()).toBe(PAGE_ROWS);
    const status = page.locator('[data-testid="page-status"]');
    expect(await status.textContent()).toMatch(/^Page 1 of 4\d \(documents 1–50 of 2,0\d\d\)$/);
    expect(await page.locator(`[data-doc-id="${TARGET}"]`).count()).toBe(0);
    const firstPage = await rowIds();

    // Long tasks while paging and searching (a whole 2,000-row list in the DOM took seconds).
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'))).toBe(true);
    await page.evaluate(() => {
      (window as any).__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as any).__longest = Math.max((window as any).__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.locator('[data-testid="page-next"]').click();
    await status.filter({ hasText: /^Page 2 of / }).waitFor();
    expect(await rows()).toBe(PAGE_ROWS);
    expect((await rowIds()).filter((id) => firstPage.includes(id))).toEqual([]);

    // Found by its outlet, then by words of its headline: the one row, whatever page it was on.
    const search = page.locator('[data-testid="search"]');
    await search.fill('skerry islander');
    await expect.poll(rowIds).toEqual([TARGET]);
    expect(await page.locator('[data-testid="pager"]').count()).toBe(0);
    expect(await page.locator(`[data-testid="corpus-row"][data-doc-id="${TARGET}"] .cp-outlet`).textContent()).toContain('The Skerry Islander');
    await search.fill('lighthouse keeper');
    await expect.poll(rowIds).toEqual([TARGET]);
    await search.fill('');
    await expect.poll(rows).toBe(PAGE_ROWS);
    await status.filter({ hasText: /^Page 1 of / }).waitFor();
    const longest = await page.evaluate(() => (window as any).__longest as number);
    console.log(`[corpus] 2,000-document library: longest task while paging and searching ${Math.round(longest)} ms`);
    expect(longest).toBeLessThan(1000);
  });
});

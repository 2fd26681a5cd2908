// The real background's heap at a large corpus (issue 13): the built Chromium extension, a
// synthetic corpus imported through the options page (the same generator as `npm run bench`),
// one article page analysed so the background builds its index, then the service worker's heap
// after a full GC, read over the DevTools protocol. Then the browser restarts on the same profile
// and the heap is read again, with the index loaded from the stored per-document entries.
//
//   npm run build && npm run bench:heap [-- --docs 10000]   (node 20: --experimental-websocket, set by the script)
//
// Slow (an import of 10,000 articles and a first index build take minutes), so it is not part of
// CI; it prints one JSON line per measurement.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { loadSeedDocs } from '../utils/corpus/seeds-node';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedDoc } from '../utils/storage/export-format';
import { generateCorpus } from './bench/synthetic-corpus';
import { extensionWorker, launchChromium } from '../tests/browser/shared';
import { startFixtureServer } from '../tests/browser/fixtures';

const docsArg = process.argv.indexOf('--docs');
const SIZE = docsArg > 0 ? Number(process.argv[docsArg + 1]) : 10_000;
/** The first start re-indexes every text: minutes at 10,000 documents on two cores. */
const INDEX_TIMEOUT_MS = 15 * 60_000;

/**
 * The service worker's heap after a full GC, over the DevTools protocol. Playwright gives no CDP
 * session on a worker of a persistent context, so the browser also listens on a DevTools port
 * (its number in the profile's DevToolsActivePort file) and this talks to the worker's target
 * over a WebSocket (node --experimental-websocket: Node 20 has no WebSocket otherwise).
 */
async function heapOf(profile: string): Promise<{ usedMB: number; totalMB: number }> {
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
  const sw = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!sw) throw new Error('no extension service worker among the DevTools targets');
  const ws = new WebSocket(sw.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ((ws.onopen = resolve), (ws.onerror = reject)));
  let next = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = ++next;
      ws.addEventListener('message', function onMessage(e) {
        const msg = JSON.parse(String(e.data)) as { id?: number; result?: Record<string, number> };
        if (msg.id !== id) return;
        ws.removeEventListener('message', onMessage);
        resolve(msg.result ?? {});
      });
      ws.send(JSON.stringify({ id, method }));
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await call('Runtime.getHeapUsage');
  ws.close();
  return { usedMB: Math.round(usedSize / 1e5) / 10, totalMB: Math.round(totalSize / 1e5) / 10 };
}

/** Opens a seed article so the background builds (or loads) its index, and waits for the analysis. */
async function analyseOnePage(context: BrowserContext, url: string, worker: Worker): Promise<unknown> {
  const page = await context.newPage();
  await page.goto(url);
  // The background's own account of how it got its index, once it has one.
  const load = await worker.evaluate(async (timeout) => {
    const hook = (globalThis as { __sourceCompare?: { indexLoad(): Promise<unknown> } }).__sourceCompare!;
    for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) {
      // ready, and its entries written (a first start writes them after the analysis, in batches)
      const l = (await hook.indexLoad()) as { docs?: number; reindexed?: number; persisted?: boolean } | null;
      if (l && l.docs && (l.persisted || !l.reindexed)) return l;
    }
    return null;
  }, INDEX_TIMEOUT_MS);
  await page.close();
  return load;
}

async function main(): Promise<void> {
  const seeds = loadSeedDocs();
  const corpus = generateCorpus({ size: SIZE, seeds });
  const now = new Date().toISOString();
  const documents: ExportedDoc[] = corpus.docs
    .filter((d) => !seeds.some((s) => s.id === d.id))
    .map((d) => ({ ...d, addedAt: now, source: 'user', hidden: false }));
  const file = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, documents });
  const profile = mkdtempSync(join(tmpdir(), 'sc-heap-'));
  const server = await startFixtureServer();
  const pageUrl = server.origin + [...server.pages.keys()].find((p) => p.startsWith('/article/'))!;
  try {
    let context = await launchChromium(profile, { args: ['--remote-debugging-port=0'] });
    let worker = await extensionWorker(context);
    const empty = await heapOf(profile);
    console.log(JSON.stringify({ phase: 'idle, seeds only', ...empty }));

    const options = await context.newPage();
    await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    const t0 = Date.now();
    await options.locator('[data-testid="import-file"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await options.locator('[data-testid="corpus-row"]').nth(Math.min(documents.length, 1000) - 1).waitFor({ timeout: INDEX_TIMEOUT_MS });
    const rows = await options.locator('[role="status"]').allTextContents();
    console.log(JSON.stringify({ phase: 'imported', documents: documents.length + seeds.length, ms: Date.now() - t0, status: rows.join(' | ').slice(0, 200) }));
    await options.close();

    worker = await extensionWorker(context);
    const built = await analyseOnePage(context, pageUrl, worker);
    console.log(JSON.stringify({ phase: 'index built from the texts', load: built, ...(await heapOf(profile)) }));

    await context.close();
    context = await launchChromium(profile, { args: ['--remote-debugging-port=0'] });
    worker = await extensionWorker(context);
    const loaded = await analyseOnePage(context, pageUrl, worker);
    console.log(JSON.stringify({ phase: 'after a restart, index from the stored entries', load: loaded, ...(await heapOf(profile)) }));
    await context.close();
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

// The extension as a reader feels it, at a large library (issue 21): the built Chromium extension,
// a synthetic library (the generator `npm run bench` uses) imported through the options page
// (the product's own storage path), then the time from navigation to highlights on a seed
// article page:
//  - browser-after-import: the first page right after the import (what the background must
//    index first, it indexes then);
//  - browser-warm: the background's worker awake, its index loaded;
//  - browser-cold: right after the worker was stopped (`ServiceWorker.stopAllWorkers` over the
//    DevTools protocol, as Chrome stops an idle worker after ~30 s), so the page wakes it;
// and the worker's heap (`Runtime.getHeapUsage` on its target, after a full GC) once warm.
// Highlights come with the background's first step (the claims); the rest of the report (facts,
// additions, quotes, figures) a step later: `completeMs` on the warm and cold rows is navigation
// to the whole sidebar, and `completeColdOverWarm` its ratio, so neither step hides the other.
//
//   npm run build && npm run bench:browser [-- --sizes 10000,100000 --runs 5 --json]
//
// Rows in the style of CONTRACT §3 on stdout (one JSON line per row, or one object with --json).
// Slow (an import of 10,000 articles takes minutes), so not part of CI.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { loadSeedDocs } from '../utils/corpus/seeds-node';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedDoc } from '../utils/storage/export-format';
import { generateCorpus } from './bench/synthetic-corpus';
import { extensionWorker, launchChromium } from '../tests/browser/shared';
import { startFixtureServer } from '../tests/browser/fixtures';

const arg = (name: string, fallback: string) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? process.argv[k + 1] : fallback;
};
const SIZES = arg('sizes', '10000').split(',').map(Number);
const RUNS = Number(arg('runs', '5'));
const JSON_OUT = process.argv.includes('--json');
/**
 * A page that takes this long to load (ms): each article page's <head> waits for a script a
 * second local server answers only after it, as a page from the network waits for its scripts.
 * 0 (the default): the fixture pages as they are, ready in ~40-60 ms. Both warm and cold pages
 * carry it, so `coldOverWarm` shrinks by construction; compare cold minus warm instead.
 */
const PAGE_LOAD_MS = Number(arg('page-load-ms', '0'));
/** Documents per imported file: a file may hold 64 MB (utils/storage/limits.ts), ~10,000 synthetic articles. */
const FILE_DOCS = Number(arg('file-docs', '5000'));
/** How long one page may take (the first page after an import at 100,000 rebuilt for minutes before issue 21). */
const PAGE_TIMEOUT_MS = 20 * 60_000;

interface Row {
  name: 'browser-warm' | 'browser-cold' | 'browser-after-import' | 'browser-import';
  corpusDocs: number;
  medianMs: number;
  runs: number;
  minMs: number;
  maxMs: number;
  samplesMs: number[];
  heapBytes?: number | null;
  [k: string]: unknown;
}

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const r1 = (n: number) => Math.round(n * 10) / 10;
const row = (name: Row['name'], corpusDocs: number, samples: number[], extra: Record<string, unknown> = {}): Row => ({
  name,
  corpusDocs,
  medianMs: r1(median(samples)),
  runs: samples.length,
  minMs: r1(Math.min(...samples)),
  maxMs: r1(Math.max(...samples)),
  samplesMs: samples.map(r1),
  ...extra,
});
const progress = (msg: string) => process.stderr.write(`[bench:browser ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** A DevTools-protocol connection to one target, over the browser's DevTools port (see heapOf). */
async function cdp(profile: string, pick: (t: { type: string; url: string }) => boolean) {
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
  const target = targets.find(pick);
  if (!target) return null;
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ((ws.onopen = resolve), (ws.onerror = reject)));
  let next = 0;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const id = ++next;
      ws.addEventListener('message', function onMessage(e) {
        const msg = JSON.parse(String(e.data)) as { id?: number; result?: Record<string, number>; error?: { message: string } };
        if (msg.id !== id) return;
        ws.removeEventListener('message', onMessage);
        if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
        else resolve(msg.result ?? {});
      });
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { call, close: () => ws.close() };
}

const isExtensionWorker = (t: { type: string; url: string }) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://');

/**
 * The extension worker's heap after a full GC. Playwright gives no CDP session on a worker of a
 * persistent context, so this talks to the worker's target over the browser's DevTools port.
 */
async function workerHeap(profile: string): Promise<number | null> {
  const conn = await cdp(profile, isExtensionWorker);
  if (!conn) return null;
  try {
    await conn.call('HeapProfiler.collectGarbage');
    return (await conn.call('Runtime.getHeapUsage')).usedSize;
  } finally {
    conn.close();
  }
}

/** The largest heap the worker shows while `during` runs (sampled every 50 ms, no GC forced). */
async function peakHeapWhile<T>(profile: string, during: Promise<T>): Promise<{ value: T; peak: number | null }> {
  let peak: number | null = null;
  let done = false;
  const sample = (async () => {
    while (!done) {
      const conn = await cdp(profile, isExtensionWorker).catch(() => null);
      if (conn) {
        try {
          while (!done) {
            const { usedSize } = await conn.call('Runtime.getHeapUsage');
            peak = Math.max(peak ?? 0, usedSize);
            await new Promise((r) => setTimeout(r, 50));
          }
        } catch {
          // the worker went away or restarted: reconnect
        } finally {
          conn.close();
        }
      } else await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return { value: await during, peak };
  } finally {
    done = true;
    await sample;
  }
}

/** Stops every service worker (the extension's among them) and waits until its target is gone. */
async function stopWorkers(profile: string, page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const conn = await cdp(profile, isExtensionWorker);
    if (!conn) return;
    conn.close();
  }
  throw new Error('the extension worker did not stop');
}

/** Navigation to highlights, from the content script's own marks (ms since the page's time origin). */
async function timeToHighlights(page: Page, url: string): Promise<{ ms: number; highlights: number; status: string; marks: Record<string, number> }> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const s = document.documentElement.dataset.sourceCompare;
    return !!s && s !== 'loading';
  }, null, { timeout: PAGE_TIMEOUT_MS, polling: 50 });
  return page.evaluate(() => {
    const t = JSON.parse(document.documentElement.dataset.sourceCompareTimings ?? '{}') as Record<string, number>;
    const ds = document.documentElement.dataset;
    return { ms: t.highlighted ?? t.analysed ?? NaN, highlights: Number(ds.sourceCompareHighlights ?? 0), status: ds.sourceCompare ?? '', marks: t };
  });
}

async function importLibrary(context: BrowserContext, extId: string, documents: ExportedDoc[]): Promise<number> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  const t0 = Date.now();
  for (let i = 0; i < documents.length; i += FILE_DOCS) {
    const part = documents.slice(i, i + FILE_DOCS);
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), documents: part });
    await options.evaluate(() => ((globalThis as { statusText?: () => string }).statusText = () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent ?? '').join('|')));
    const before = [await options.evaluate(() => (globalThis as unknown as { statusText: () => string }).statusText())];
    await options.locator('[data-testid="import-file"]').setInputFiles({ name: `library-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(file) });
    // The import's own report: the notice is cleared when the import starts (a progress bar
    // replaces it), then says how many were added.
    await options.waitForFunction((prev) => (globalThis as any).statusText() !== prev, before.join('|'), { timeout: 30_000, polling: 20 }).catch(() => {});
    await options.waitForFunction(() => !document.querySelector('.cp-progress') && /Imported|Nothing/.test((globalThis as any).statusText()), null, { timeout: PAGE_TIMEOUT_MS, polling: 200 });
    progress(`imported ${Math.min(i + FILE_DOCS, documents.length)} / ${documents.length}`);
  }
  const ms = Date.now() - t0;
  await options.close();
  return ms;
}

async function measure(size: number, seedsUrls: string[]): Promise<Row[]> {
  const seeds = loadSeedDocs();
  const corpus = generateCorpus({ size, seeds });
  const now = new Date().toISOString();
  const documents: ExportedDoc[] = corpus.docs
    .filter((d) => !seeds.some((s) => s.id === d.id))
    .map((d) => ({ ...d, addedAt: now, source: 'user', hidden: false }));
  const profile = mkdtempSync(join(tmpdir(), 'sc-bench-browser-'));
  const rows: Row[] = [];
  try {
    const context = await launchChromium(profile, { args: ['--remote-debugging-port=0'] });
    try {
      const worker = await extensionWorker(context);
      const extId = new URL(worker.url()).host;
      const page = await context.newPage();
      // The background's first index (seeds only), so the import is what the next page sees changed.
      await timeToHighlights(page, seedsUrls[0]);
      progress(`importing ${documents.length} documents`);
      const importMs = await importLibrary(context, extId, documents);
      rows.push(row('browser-import', documents.length + seeds.length, [importMs]));

      progress('first page after the import');
      const { value: after, peak: afterPeak } = await peakHeapWhile(profile, timeToHighlights(page, seedsUrls[1 % seedsUrls.length]));
      rows.push(row('browser-after-import', documents.length + seeds.length, [after.ms], { highlights: after.highlights, peakHeapBytes: afterPeak }));
      // Whatever the background still does after answering (writing index entries) finishes before timing.
      await settle(context);

      progress('warm');
      const warm: number[] = [];
      const warmReads: unknown[] = [];
      const warmPageMarks: Record<string, number>[] = [];
      for (let i = 0; i < RUNS; i++) {
        const got = await timeToHighlights(page, seedsUrls[i % seedsUrls.length]);
        warm.push(got.ms);
        warmPageMarks.push(got.marks);
        warmReads.push(await lastPage(context));
      }
      const heap = await workerHeap(profile);
      const warmComplete = completeTimes(warmPageMarks);
      rows.push(row('browser-warm', documents.length + seeds.length, warm, { completeMs: r1(median(warmComplete)), heapBytes: heap, reads: warmReads, pageMarks: medianMarks(warmPageMarks) }));

      progress('cold');
      const cold: number[] = [];
      const coldReads: unknown[] = [];
      const coldMarks: Record<string, number>[] = [];
      const coldPageMarks: Record<string, number>[] = [];
      for (let i = 0; i < RUNS; i++) {
        await stopWorkers(profile, page);
        const value = await timeToHighlights(page, seedsUrls[i % seedsUrls.length]);
        cold.push(value.ms);
        coldPageMarks.push(value.marks);
        coldReads.push(await lastPage(context));
        coldMarks.push(await startMarks(context));
      }
      // The peak heap of a cold page, from one more cold page that is not timed: the sampler is a
      // second DevTools client polling the starting worker every 50 ms, which the timed pages
      // (like the warm ones) must not carry.
      await stopWorkers(profile, page);
      const coldPeak = (await peakHeapWhile(profile, timeToHighlights(page, seedsUrls[0]))).peak;
      const coldHeap = await workerHeap(profile);
      const coldComplete = completeTimes(coldPageMarks);
      rows.push(row('browser-cold', documents.length + seeds.length, cold, { completeMs: r1(median(coldComplete)), completeColdOverWarm: r1((median(coldComplete) / median(warmComplete)) * 100) / 100, heapBytes: coldHeap, peakHeapBytes: coldPeak || null, coldOverWarm: r1((median(cold) / median(warm)) * 100) / 100, reads: coldReads, startMarks: medianMarks(coldMarks), pageMarks: medianMarks(coldPageMarks) }));
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}

/** What the background's last page read from the store (null: a background that keeps every document in memory). */
async function lastPage(context: BrowserContext): Promise<unknown> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const hook = (globalThis as { __sourceCompare?: { indexLoad(): Promise<{ lastPage?: Record<string, number> } | null> } }).__sourceCompare!;
    const p = (await hook.indexLoad())?.lastPage;
    return p ? Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Math.round(v * 10) / 10])) : null;
  });
}

/** Where the woken worker's first answer spent its time: ms since the worker's time origin (utils/background/start-marks.ts). */
async function startMarks(context: BrowserContext): Promise<Record<string, number>> {
  const worker = await extensionWorker(context);
  return worker.evaluate(() => (globalThis as { __sourceCompare?: { startMarks?(): Record<string, number> } }).__sourceCompare?.startMarks?.() ?? {});
}

/** Navigation to the whole report of each run: the 'detailed' mark, or 'highlighted' when the report came in one step. */
function completeTimes(runs: Record<string, number>[]): number[] {
  return runs.map((m) => m.detailed ?? m.highlighted ?? m.analysed ?? NaN);
}

/** The median of each mark over the runs. */
function medianMarks(runs: Record<string, number>[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((m) => Object.keys(m)))];
  return Object.fromEntries(names.map((n) => [n, r1(median(runs.map((m) => m[n]).filter((v) => v !== undefined)))]).sort((a, b) => (a[1] as number) - (b[1] as number)));
}

/** Waits until the background reports its index ready and its writes done (the test hook). */
async function settle(context: BrowserContext): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (timeout) => {
    const hook = (globalThis as { __sourceCompare?: { indexLoad(): Promise<unknown> } }).__sourceCompare!;
    for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      const l = (await hook.indexLoad()) as { persisted?: boolean; pending?: number } | null;
      if (!l || (l.persisted !== false && !l.pending)) return;
    }
  }, PAGE_TIMEOUT_MS);
}

/** A local server that answers /slow.js after `ms` (see PAGE_LOAD_MS). */
async function slowScriptServer(ms: number): Promise<{ origin: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const srv = createServer((_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript' }).end('// a page script'), ms));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => srv.close(() => r())) };
}

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const articlePaths = [...server.pages.keys()].filter((p) => p.startsWith('/article/'));
  const slow = PAGE_LOAD_MS > 0 ? await slowScriptServer(PAGE_LOAD_MS) : null;
  if (slow) for (const p of articlePaths) server.pages.set(p, server.pages.get(p)!.replace('<head>', `<head><script src="${slow.origin}/slow.js"></script>`));
  const seedsUrls = articlePaths.map((p) => server.origin + p);
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      progress(`size ${size}`);
      const got = await measure(size, seedsUrls);
      if (PAGE_LOAD_MS) for (const r of got) r.pageLoadMs = PAGE_LOAD_MS;
      rows.push(...got);
      if (!JSON_OUT) for (const r of got) console.log(JSON.stringify(r));
    }
  } finally {
    await server.close();
    await slow?.close();
  }
  if (JSON_OUT) console.log(JSON.stringify({ rows, machine: { nproc: (await import('node:os')).availableParallelism() } }, null, 2));
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

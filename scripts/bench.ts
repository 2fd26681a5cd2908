// The benchmark (contract: shared/docs/CONTRACT.md §3). Runs the real engine in Node against
// baselines, all in the same run:
//   npm run bench                 readable tables
//   npm run --silent bench -- --json   one JSON object on stdout, nothing else
// Options: --sizes 1000,10000 (synthetic corpus sizes), --runs N (max timed runs per row),
// --warmup N (warm-up runs per row, at least; 0: no warm-up at all), --query <seed id> (the page), --seed N (corpus PRNG seed), --naive-pairs N (the
// naive baseline's sample: pairs scored per run, default 6000; its time is scaled to all pairs), --pairs N (alternating
// pairs per paired ratio, default 41).
// The npm script runs node with --expose-gc so heap deltas are taken after a full GC; without it
// memory figures are null.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { loadSeedDocs } from '../utils/corpus/seeds-node';
import * as engine from '../utils/engine';
import type { CorpusDoc, PageInput, Report } from '../utils/engine';
import * as normalize from '../utils/engine/text/normalize';
import { claimsOf, corpusSentences, FulltextBaseline, FULLTEXT_TOP_K, naiveAllPairs, BASELINE_THRESHOLD } from './bench/baselines';
import { fmtMs, fullGc, canGc, heapUsed, mb, median, PeakHeap, quantile, retainedBytes, summarize, table, timeIt, type Timing } from './bench/measure';
import { DEFAULT_SEED, generateCorpus } from './bench/synthetic-corpus';
import { generateRssFeed } from './bench/feed';
import { parseFeed } from '../utils/feeds';
import { buildIndexFromStore, indexEntryRecord, internTerms } from '../utils/background/corpus-source';
import type { CorpusStore as CorpusStoreType } from '../utils/storage/corpus-store';
import { runFetch } from '../utils/follow/fetch-run';
import { extractFromHtml } from '../utils/follow/extract-html';
import { memoryFollowState } from '../utils/follow/sources-store';
import { toCorpusDoc } from '../utils/storage/corpus-doc';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  json: boolean;
  sizes: number[];
  runs: number;
  warmup: number;
  query: string | null;
  seed: number;
  /** How many claim × sentence pairs the naive baseline scores per run (its sample). */
  naivePairs: number;
  /** Alternating pairs per paired ratio. */
  pairs: number;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, sizes: [1000, 10000], runs: 15, warmup: 3, query: null, seed: DEFAULT_SEED, naivePairs: 6000, pairs: PAIRED_RUNS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--json') o.json = true;
    else if (name === '--sizes') o.sizes = value().split(',').map((s) => Number(s.trim()));
    else if (name === '--runs') o.runs = Number(value());
    else if (name === '--warmup') o.warmup = Number(value());
    else if (name === '--query') o.query = value();
    else if (name === '--seed') o.seed = Number(value());
    else if (name === '--naive-pairs') o.naivePairs = Number(value());
    else if (name === '--pairs') o.pairs = Number(value());
    else throw new UsageError(`unknown option ${a}\nusage: npm run bench -- [--json] [--sizes 1000,10000] [--runs N] [--warmup N] [--query <seed id>] [--seed N] [--naive-pairs N] [--pairs N]`);
  }
  if (!o.sizes.length || o.sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new UsageError('--sizes wants integers ≥ 20');
  if (!(o.runs >= 1 && o.warmup >= 0 && o.naivePairs >= 1 && Number.isInteger(o.pairs) && o.pairs >= 1)) throw new UsageError('--runs ≥ 1, --warmup ≥ 0, --naive-pairs ≥ 1, --pairs ≥ 1');
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Rows

export interface Row {
  name: string;
  corpusDocs: number;
  medianMs: number | null;
  runs?: number;
  warmup?: number;
  minMs?: number;
  maxMs?: number;
  madMs?: number;
  /** Median CPU time of the process per run (see measure.ts). */
  cpuMedianMs?: number;
  scaled?: boolean;
  note?: string;
  [k: string]: unknown;
}

const rows: Row[] = [];
const notes: string[] = [];
const peak = new PeakHeap();
const log = (msg: string) => process.stderr.write(msg + '\n');
let quiet = false;
const progress = (msg: string) => {
  if (!quiet) log(`[bench] ${msg}`);
};

function timingFields(t: Timing): Pick<Row, 'medianMs' | 'runs' | 'warmup' | 'minMs' | 'maxMs' | 'madMs' | 'cpuMedianMs'> {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    medianMs: r(t.medianMs), runs: t.runs, warmup: t.warmup, minMs: r(t.minMs), maxMs: r(t.maxMs), madMs: r(t.madMs),
    ...(t.cpuMedianMs !== undefined ? { cpuMedianMs: r(t.cpuMedianMs) } : {}),
  };
}

/**
 * V8 optimises a function only after it has run hot for a while (and compiles on a background
 * thread, which competes for the 2 cores): from a cold process the engine's first ~40 analyses
 * of the query page at 5 documents took 2–4× the time of later ones, so 3 warm-up runs were
 * not enough and the bench's first engine row read 71–129 ms for a 23 ms page. Two measures:
 * the whole engine is warmed once before any timed row (warmUpProcess), and each row's
 * warm-up lasts at least `warmupMs` as well as `warmup` runs (the row reports how many ran).
 */
const PROCESS_WARMUP_MS = 3000;
/** And at least this many rounds: V8 tiers up by how often code ran, a loaded machine runs fewer rounds in 3 s. */
const PROCESS_WARMUP_ROUNDS = 20;
const ROW_WARMUP_MS = 500;
/**
 * And engine and floor rows warm up for at least this many runs. On a loaded machine 500 ms
 * covered only 3–8 analyses of the query page at 5 documents, and in those 7 of 18 runs (load
 * 3–8) that row read 17–44 % more CPU than the same page's `engine-seed-page` row a few seconds
 * later (0.72–1.21× in the runs with 12 or more warm-up analyses). That flattered the 10,000 / 5
 * ratio of medians (not the paired one, which warms up within its own pairs).
 */
const ROW_WARMUP_RUNS = 20;

/**
 * Times `fn` with a time budget: warm-up runs first (at least `warmup` of them, and for at
 * least `warmupMs`), then up to `maxRuns` measured runs, fewer (but at least `minRuns`) when one
 * run is slow, so the whole benchmark fits in a few minutes.
 */
function timeBudgeted<T>(fn: () => T, o: { maxRuns: number; minRuns?: number; warmup: number; warmupMs?: number; budgetMs: number }): Timing {
  const t0 = performance.now();
  let warmup = 0;
  let last = 0;
  while (warmup < o.warmup || performance.now() - t0 < (o.warmupMs ?? 0)) {
    const t1 = performance.now();
    fn();
    last = performance.now() - t1;
    warmup++;
    peak.sample();
  }
  // The last warm-up run, not their mean: the first ones are the slow, cold ones.
  const minRuns = Math.min(o.minRuns ?? 3, o.maxRuns);
  const runs = last > 0 ? Math.max(minRuns, Math.min(o.maxRuns, Math.floor(o.budgetMs / last))) : o.maxRuns;
  const t = timeIt(fn, { runs, warmup: 0 }, () => peak.sample());
  return { ...t, warmup };
}

/**
 * Before any timed row: builds the seed index and analyses each seed page against it, over and
 * over for `ms` and at least `minRounds` times, so the engine's code (segmenting, features, retrieval, relations, report) is
 * optimised before the first row is timed, as it is for every row after it.
 */
function warmUpProcess(seeds: readonly CorpusDoc[], ms: number, minRounds: number): { rounds: number; ms: number } {
  const t0 = performance.now();
  let rounds = 0;
  while (rounds < minRounds || performance.now() - t0 < ms) {
    const index = buildIndex(seeds);
    for (const s of seeds) warmSink = engine.analyzePage(pageOf(s), index);
    rounds++;
    peak.sample();
  }
  return { rounds, ms: Math.round(performance.now() - t0) };
}

/** Holds the warm-up's last report so the work cannot be optimised away. */
let warmSink: unknown = null;

// ---------------------------------------------------------------------------------------------
// Helpers on the engine's public surface

type Index = InstanceType<typeof engine.CorpusIndex>;

function buildIndex(docs: readonly CorpusDoc[]): Index {
  const index = new engine.CorpusIndex();
  for (const d of docs) index.add(d);
  return index;
}

/**
 * What a background start does with every document's stored entry (no re-segmenting): the
 * terms interned as buildIndexFromStore does, then addWithEntry. `entries` are used up.
 */
function loadIndex(docs: readonly CorpusDoc[], entries: readonly engine.IndexedDocEntry[]): Index {
  const index = new engine.CorpusIndex();
  const pool = new Map<string, string>();
  for (let i = 0; i < docs.length; i++) index.addWithEntry(docs[i], internTerms(entries[i], pool));
  return index;
}

/** Times an async function: runs after warm-ups, wall and process CPU time per run. */
async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<Timing> {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    peak.sample();
    if (i >= warmup) {
      samples.push(dt);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { ...summarize(samples, warmup), cpuMedianMs: median(cpu) };
}

/**
 * The persisted side at `size` documents, through the real storage module (utils/storage) and
 * the background's build (utils/background/corpus-source.ts) over fake-indexeddb, an in-memory
 * pure-JS IndexedDB: its reads and writes cost CPU in this process where a browser's cost some in
 * its storage process and disk, so these rows show the shape (entries against re-indexing), not
 * a browser's absolute times. The corpus is generated without near-duplicates and syndicated
 * copies, which the store's duplicate rules would refuse; `corpusDocs` is what was stored.
 */
async function storeRows(size: number, seeds: CorpusDoc[], o: Options): Promise<void> {
  // Installs fake-indexeddb's globals (indexedDB, IDBRequest, …) that idb and the store use.
  // (Named through a variable: its type declarations do not resolve under this tsconfig.)
  const fakeIdb = 'fake-indexeddb/auto';
  await import(fakeIdb);
  const { CorpusStore } = await import('../utils/storage/corpus-store');
  const corpus = generateCorpus({ size, seeds, seed: o.seed, nearDuplicateRate: 0, syndicationRate: 0 });
  const store: CorpusStoreType = await CorpusStore.open(`bench-${size}`);
  progress(`  store: importing ${size} documents into fake-indexeddb`);
  const t0 = performance.now();
  const imported = await store.importDocuments(corpus.docs.map((d) => ({ ...d, addedAt: '2025-05-01T00:00:00.000Z', source: 'user' as const, hidden: false })));
  const importMs = performance.now() - t0;
  const stored = imported.added.length;
  const r = (x: number) => Math.round(x * 10) / 10;

  // The first start after the import: no entries yet, every text indexed, then the entries written.
  progress(`  index-build-store (${stored}): first start, every document re-indexed, entries written`);
  const c0 = process.cpuUsage();
  const t1 = performance.now();
  const first = await buildIndexFromStore(store);
  const buildMs = performance.now() - t1;
  const cpuBuild = process.cpuUsage(c0);
  const t2 = performance.now();
  await first.persisted;
  const persistMs = performance.now() - t2;
  rows.push({
    name: 'index-build-store', corpusDocs: stored, medianMs: r(buildMs), runs: 1, warmup: 0, cpuMedianMs: r((cpuBuild.user + cpuBuild.system) / 1000),
    reindexed: first.load.reindexed, entriesWriteMs: r(persistMs), importMs: r(importMs),
    note: 'buildIndexFromStore with no stored entries (the first start after an import): read + re-index every text; entriesWriteMs: writing the 10,000 entries afterwards (batches of 500), not waited for by the first analysis',
  });

  // Every later start: the index from the entries.
  progress(`  index-load-store (${stored}): a start from the stored entries`);
  let load = first.load;
  const tl = await timeAsync(async () => {
    const b = await buildIndexFromStore(store);
    load = b.load;
  }, Math.min(o.runs, 3), 1);
  rows.push({
    name: 'index-load-store', corpusDocs: stored, ...timingFields(tl), fromEntries: load.fromEntries, reindexed: load.reindexed,
    note: 'buildIndexFromStore with every entry valid: one read transaction of documents + entries, then CorpusIndex.addWithEntry per document (what a background start costs now)',
  });

  // Adding one document as the background does: store it, index.add, write its entry.
  progress(`  add-document-persisted (${stored})`);
  const index = first.index;
  const base = seeds[1];
  const addMs: number[] = [];
  const storeMs: number[] = [];
  const cpu: number[] = [];
  for (let n = 0; n < o.warmup + o.runs; n++) {
    const doc = { ...base, id: `bench_store_add_${n}`, text: base.text.replace(/\bthe\b/g, n % 2 ? 'this' : 'that') + `\nA note numbered ${n}.` };
    const ts = performance.now();
    const res = await store.addDocument(doc);
    const te = performance.now();
    if (res.status !== 'stored') throw new Error(`bench: the added document was refused (${res.status})`);
    const c1 = process.cpuUsage();
    const ta = performance.now();
    index.add(doc);
    await store.saveIndexEntries([indexEntryRecord(doc, index.entryOf(doc.id)!)]);
    const dt = performance.now() - ta;
    const c = process.cpuUsage(c1);
    if (n >= o.warmup) {
      addMs.push(dt);
      storeMs.push(te - ts);
      cpu.push((c.user + c.system) / 1000);
    }
    index.remove(doc.id);
    await store.deleteDocument(doc.id);
  }
  const tadd = { ...summarize(addMs, o.warmup), cpuMedianMs: median(cpu) };
  rows.push({
    name: 'add-document-persisted', corpusDocs: stored, ...timingFields(tadd), storeDocumentMedianMs: Math.round(median(storeMs) * 1000) / 1000,
    note: 'CorpusIndex.add of one article + writing its index entry (one transaction); storeDocumentMedianMs: storing the document itself (duplicate checks, fingerprint, put), which was already paid before this change',
  });

  await ingestRow(store, index, seeds, stored, o);
  store.close();
}

/**
 * One fetched article ingested as a fetch run does it (utils/follow/fetch-run.ts: runFetch over a
 * one-item feed), into the same ~10,000-document store and index as add-document-persisted: the
 * feed read and parsed, the article page read as a stream, extracted (the extension's own
 * extract.ts on linkedom here; the extension uses the browser's DOMParser), looked up by URL,
 * stored (duplicate checks, fingerprint, put), added to the live index and its entry written.
 * The network is left out: `fetch` answers from memory with real Response objects.
 */
async function ingestRow(store: CorpusStoreType, index: engine.CorpusIndex, seeds: CorpusDoc[], storedDocs: number, o: Options): Promise<void> {
  progress(`  ingest-fetched-article (${storedDocs})`);
  const { parseHTML } = await import('linkedom');
  const base = seeds[1];
  const [headline, ...paragraphs] = base.text.split('\n');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const ms: number[] = [];
  const cpu: number[] = [];
  let pageChars = 0;
  for (let n = 0; n < o.warmup + o.runs; n++) {
    const url = `https://bench.example/story/${n}`;
    const body = paragraphs.map((p) => `<p>${esc(p.replace(/\bthe\b/g, n % 2 ? 'this' : 'that'))}</p>`).join('\n') + `<p>A note numbered ${n}.</p>`;
    const html = `<!doctype html><html lang="en"><head><title>${esc(headline)}</title><meta property="og:site_name" content="Bench Wire"></head><body><nav><a href="/">Home</a></nav><article><h1>${esc(headline)}</h1>${body}</article><footer>Bench Wire</footer></body></html>`;
    pageChars = html.length;
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title><item><title>${esc(headline)}</title><link>${url}</link></item></channel></rss>`;
    const answers = new Map([['https://bench.example/feed.xml', feed], [url, html]]);
    const state = memoryFollowState({
      sources: [{ url: 'https://bench.example/feed.xml', feedUrl: 'https://bench.example/feed.xml', name: 'Bench Wire', addedAt: '2025-05-01T00:00:00.000Z', lastFetchAt: null, lastError: null, articlesStored: 0, failures: 0, notBefore: null, history: [] }],
    });
    let id = '';
    const c1 = process.cpuUsage();
    const t0 = performance.now();
    const progressOut = await runFetch({
      fetch: async (u) => new Response(answers.get(u) ?? 'missing', { status: answers.has(u) ? 200 : 404, headers: { 'content-type': 'text/html; charset=utf-8' } }),
      extract: async (h, u) => extractFromHtml(h, u, (x) => parseHTML(x).document as unknown as Document),
      store,
      state,
      onStored: async (doc) => {
        id = doc.id;
        const d = toCorpusDoc(doc);
        index.add(d);
        await store.saveIndexEntries([indexEntryRecord(d, index.entryOf(d.id)!)]);
      },
    });
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c1);
    if (progressOut.stored !== 1 || !id) throw new Error(`bench: the fetched article was not stored (${progressOut.message})`);
    if (n >= o.warmup) {
      ms.push(dt);
      cpu.push((c.user + c.system) / 1000);
    }
    index.remove(id);
    await store.deleteDocument(id);
  }
  rows.push({
    name: 'ingest-fetched-article', corpusDocs: storedDocs, ...timingFields({ ...summarize(ms, o.warmup), cpuMedianMs: median(cpu) }), pageChars,
    note: 'runFetch over a one-item feed, network left out: feed parsed, page streamed, extracted (extract.ts on linkedom), looked up by URL, stored, index.add + its entry written',
  });
}

/**
 * Length of JSON.stringify(value) without building the whole string (a 10,000-document index
 * can exceed V8's maximum string length): arrays and objects at the top two levels are measured
 * part by part. Equal to JSON.stringify(value).length for plain data.
 */
export function jsonLength(value: unknown, depth = 0): number {
  if (value && typeof (value as { toJSON?: unknown }).toJSON === 'function') value = (value as { toJSON: () => unknown }).toJSON();
  if (depth >= 3 || value === null || typeof value !== 'object') return (JSON.stringify(value) ?? 'null').length;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += v === undefined || typeof v === 'function' ? 4 : jsonLength(v, depth + 1);
    return n;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  let n = 2 + Math.max(0, entries.length - 1);
  for (const [k, v] of entries) n += JSON.stringify(k).length + 1 + jsonLength(v, depth + 1);
  return n;
}

function serializedBytes(index: Index): number | null {
  if (typeof (index as { toJSON?: unknown }).toJSON !== 'function') return null;
  return jsonLength(index);
}

function pageOf(doc: CorpusDoc): PageInput {
  return { title: doc.headline, text: doc.text, lang: doc.lang };
}

/** The engine's normaliser and tokeniser (with a plain fallback if the module changes shape). */
function normaliseAndTokenise(text: string): number {
  const n = normalize as unknown as { tokenize?: (s: string) => unknown[]; termsOf?: (t: unknown[]) => unknown[] };
  if (n.tokenize && n.termsOf) return n.termsOf(n.tokenize(text)).length;
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
}

/**
 * The sentences the engine read for this page, as far as can be observed from the outside.
 * The engine has no hook that reports them, so this follows its design: the claims are matched
 * only against documents that pass the story gate (report.coverage), and findAdditions reads
 * every sentence of each such document. So "read" = every sentence of every coverage document.
 * (A superset of the BM25 candidates the pair score sees; see docs/bench.md.)
 */
function touchedSentences(report: Report, index: Index): { texts: string[]; docs: number; source: string } {
  const texts: string[] = [];
  for (const c of report.coverage) {
    const doc = index.get(c.source);
    if (doc) for (const s of engine.splitSentences(doc.text)) texts.push(s.text);
  }
  return { texts, docs: report.coverage.length, source: 'all sentences of the story-gate documents (report.coverage)' };
}

/**
 * The floor: only splitting, normalising and tokenising the page, plus normalising and tokenising
 * every corpus sentence the engine read for it — the work no design can avoid. (The sentence
 * texts are gathered before timing: a stored document's sentences are known at index time.)
 */
function floorWorkFor(page: PageInput, report: Report, index: Index) {
  const touched = touchedSentences(report, index);
  const fn = () => {
    let n = 0;
    for (const s of engine.splitSentences(page.text)) n += normaliseAndTokenise(s.text);
    for (const t of touched.texts) n += normaliseAndTokenise(t);
    return n;
  };
  return { fn, touched };
}

/**
 * `engine-new-page`: the query page as a page never analysed before. The `engine` row analyses
 * one page over and over, and from its second run reads its story's views and facts from the
 * index's memo; a reader opens each article once. Here the memo is dropped before each run
 * (CorpusIndex.forgetAnalyses: one Map.clear, timed with it), so the run pays what a new page on a known story
 * pays, with the engine warm and every document's own derived data kept.
 */
function newPageRow(size: number, pageId: string, page: PageInput, index: Index, timing: Parameters<typeof timeBudgeted>[1]): Row {
  const tn = timeBudgeted(() => {
    index.forgetAnalyses();
    engine.analyzePage(page, index);
  }, timing);
  return { name: 'engine-new-page', corpusDocs: size, ...timingFields(tn), page: pageId };
}

function floorRow(size: number, pageId: string, page: PageInput, report: Report, index: Index, timing: Parameters<typeof timeBudgeted>[1]): Row {
  const { fn, touched } = floorWorkFor(page, report, index);
  const tf = timeBudgeted(fn, { ...timing, maxRuns: Math.max(timing.maxRuns, 15) });
  return {
    name: 'floor', corpusDocs: size, ...timingFields(tf), page: pageId, pageSentences: engine.splitSentences(page.text).length,
    touchedSentences: touched.texts.length, touchedDocs: touched.docs, touchedFrom: touched.source,
  };
}

/**
 * A ratio from paired runs: A and B alternate (A B B A …), and the ratio is the median of the
 * per-pair ratios. Other processes slowing the machine for a while slow both sides of a pair,
 * so this is steadier than the ratio of two medians taken minutes apart.
 *
 * How many pairs: one sample of either side can be slowed by a collection or another process,
 * so single per-pair ratios spread widely (at 10,000 / 5 documents a quarter of them read under
 * ~2.5× and a quarter over ~4× on the shared 2 cores), and the median of 11 of them moved by
 * ±0.5 between identical runs. The error of a median shrinks with the square root of the pairs:
 * PAIRED_RUNS (41) pairs cost ~2 s a ratio and halve it. `iqr` gives the spread of the per-pair
 * ratios (25th and 75th percentiles), so a reader sees how far one pair is from the median.
 *
 * Before the pairs, one full collection (outside the timed region, so neither side pays for the
 * earlier rows' garbage: index builds of hundreds of MB whose marking would otherwise run, on the
 * second core, during whichever samples it overlaps), then warm-up pairs for at least
 * PAIRED_WARMUP_MS, since the first few analyses after a full collection of this heap take up to
 * twice their CPU time while the heap regrows. Both sides get the same treatment.
 */
function pairedRatio(a: () => unknown, b: () => unknown, pairs: number, warmup: number, warmupMs: number): PairedRatio {
  const once = (f: () => unknown) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { wall, cpu: (c.user + c.system) / 1000 };
  };
  fullGc();
  const wall: number[] = [];
  const cpu: number[] = [];
  const w0 = performance.now();
  let warmed = 0;
  for (let i = 0; wall.length < pairs; i++) {
    let x, y;
    if (i % 2 === 0) {
      x = once(a);
      y = once(b);
    } else {
      y = once(b);
      x = once(a);
    }
    peak.sample();
    if (warmed < warmup || (warmup > 0 && performance.now() - w0 < warmupMs)) {
      warmed++;
      continue;
    }
    wall.push(x.wall / y.wall);
    cpu.push(x.cpu / Math.max(y.cpu, 1e-3));
  }
  const r = (v: number) => Math.round(v * 100) / 100;
  return {
    wall: r(median(wall)), cpu: r(median(cpu)), pairs, warmupPairs: warmed,
    iqr: { wall: [r(quantile(wall, 0.25)), r(quantile(wall, 0.75))], cpu: [r(quantile(cpu, 0.25)), r(quantile(cpu, 0.75))] },
  };
}

interface PairedRatio {
  wall: number;
  cpu: number;
  pairs: number;
  warmupPairs: number;
  /** 25th and 75th percentiles of the per-pair ratios. */
  iqr: { wall: [number, number]; cpu: [number, number] };
}

/** Pairs per paired ratio (see pairedRatio); `--pairs N` changes it. */
const PAIRED_RUNS = 41;
/** Warm-up pairs: at least this many (unless --warmup 0) and for at least PAIRED_WARMUP_MS. */
const PAIRED_WARMUP = 5;
const PAIRED_WARMUP_MS = 500;

// ---------------------------------------------------------------------------------------------
// Bundle sizes

function bundleSizes(): Record<string, unknown> {
  const dir = join(ROOT, '.output/chrome-mv3');
  if (!existsSync(dir)) {
    return { contentScriptBytes: null, sidebarBytes: null, note: 'no build in .output/chrome-mv3 (run npm run build first)' };
  }
  const files: { path: string; bytes: number; gzipBytes: number }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) {
        const buf = readFileSync(p);
        files.push({ path: p.slice(dir.length + 1), bytes: buf.length, gzipBytes: gzipSync(buf).length });
      }
    }
  };
  walk(dir);
  const sum = (xs: typeof files) => (xs.length ? xs.reduce((s, f) => s + f.bytes, 0) : null);
  const gz = (xs: typeof files) => (xs.length ? xs.reduce((s, f) => s + f.gzipBytes, 0) : null);
  const content = files.filter((f) => f.path.startsWith('content-scripts/'));
  const sidebar = files.filter((f) => /sidebar|sidepanel|side-panel/i.test(f.path));
  const out: Record<string, unknown> = {
    contentScriptBytes: sum(content),
    contentScriptGzipBytes: gz(content),
    sidebarBytes: sum(sidebar),
    sidebarGzipBytes: gz(sidebar),
    backgroundBytes: sum(files.filter((f) => f.path.startsWith('background'))),
    files,
  };
  if (!content.length) out.note = 'the build has no content script';
  else if (!sidebar.length) {
    out.note = 'no separate sidebar bundle: the sidebar is rendered by the content script (its code is in content-scripts/)';
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

interface Ratio {
  /** From the rows' medianMs (wall time). */
  value: number | null;
  /** The same ratio from the rows' cpuMedianMs (process CPU time): steadier on a shared machine. */
  cpuValue: number | null;
  /** Median of per-pair ratios from alternating runs (wall and CPU), where measured. */
  paired?: PairedRatio & { met: boolean | null };
  target: string | null;
  met: boolean | null;
  description: string;
}

function ratio(num: Row | undefined, den: Row | undefined, target: string | null, met: ((v: number) => boolean) | null, description: string): Ratio {
  const value = num?.medianMs != null && den?.medianMs ? Math.round((num.medianMs / den.medianMs) * 100) / 100 : null;
  const cpuValue = num?.cpuMedianMs != null && den?.cpuMedianMs ? Math.round((num.cpuMedianMs / den.cpuMedianMs) * 100) / 100 : null;
  return { value, cpuValue, target, met: value == null || !met ? null : met(value), description };
}

async function main(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  quiet = o.json && !process.env.BENCH_PROGRESS;
  const started = performance.now();
  const loadStart = loadavg();
  if (!canGc()) notes.push('node ran without --expose-gc: heap figures are null (use npm run bench)');

  const seeds = loadSeedDocs();
  const query = o.query ? seeds.find((s) => s.id === o.query) : seeds[0];
  if (!query) throw new UsageError(`no seed with id ${o.query}`);
  const page = pageOf(query);
  const baselineSize = o.sizes.includes(1000) ? 1000 : o.sizes[0];
  const floorSize = o.sizes[o.sizes.length - 1]; // the ratios' large corpus
  // --warmup 0 asks for no warm-up at all (cold figures): neither the process's nor the rows' minimum time.
  const warm = o.warmup > 0;
  const rowWarmupMs = warm ? ROW_WARMUP_MS : 0;
  const engineTiming = { maxRuns: o.runs, minRuns: Math.min(5, o.runs), warmup: warm ? Math.max(o.warmup, ROW_WARMUP_RUNS) : 0, warmupMs: rowWarmupMs, budgetMs: 10_000 };

  let seedIndex: Index | null = null;
  const paired: Record<string, PairedRatio> = {};

  if (warm) progress(`warming the engine up (at least ${PROCESS_WARMUP_MS / 1000} s and ${PROCESS_WARMUP_ROUNDS} rounds: seed index built and every seed page analysed)`);
  const processWarmup = warm ? warmUpProcess(seeds, PROCESS_WARMUP_MS, PROCESS_WARMUP_ROUNDS) : { rounds: 0, ms: 0 };
  void warmSink;

  // --- the seed corpus -------------------------------------------------------------------
  progress(`seed corpus: ${seeds.length} documents; query page ${query.id}`);
  {
    const mem = retainedBytes(() => buildIndex(seeds));
    const index = (seedIndex = mem.value);
    const build = timeBudgeted(() => buildIndex(seeds), { maxRuns: o.runs, warmup: o.warmup, warmupMs: rowWarmupMs, budgetMs: 3000 });
    rows.push({ name: 'index-build', corpusDocs: seeds.length, ...timingFields(build), heapBytes: mem.bytes, serializedBytes: serializedBytes(index) });
    const t = timeBudgeted(() => engine.analyzePage(page, index), engineTiming);
    const report = engine.analyzePage(page, index);
    rows.push({
      name: 'engine', corpusDocs: seeds.length, ...timingFields(t), page: query.id, coverageDocs: report.coverage.length,
      claims: report.claims.length, matches: report.claims.reduce((n, c) => n + c.matches.length, 0), additions: report.additions.length,
    });
    rows.push(floorRow(seeds.length, query.id, page, report, index, engineTiming));
    rows.push(newPageRow(seeds.length, query.id, page, index, engineTiming));
    for (const s of seeds) {
      const p = pageOf(s);
      const ts = timeBudgeted(() => engine.analyzePage(p, index), { ...engineTiming, budgetMs: 3000 });
      const r = engine.analyzePage(p, index);
      rows.push({
        name: 'engine-seed-page', corpusDocs: seeds.length, ...timingFields(ts), page: s.id,
        claims: r.claims.length, matches: r.claims.reduce((n, c) => n + c.matches.length, 0),
      });
    }
  }

  // --- feeds (issue 22): parsing one fetched feed; corpusDocs is 0, the corpus is not involved ---
  {
    const FEED_ITEMS = 500;
    const text = generateRssFeed(FEED_ITEMS);
    const parsed = parseFeed(text, 'https://bench.example/feed.xml');
    if (!parsed.ok || parsed.feed.items.length !== FEED_ITEMS) throw new Error(`bench: the generated feed did not parse (${parsed.ok ? parsed.feed.items.length : parsed.error})`);
    const tp = timeBudgeted(() => parseFeed(text, 'https://bench.example/feed.xml'), { maxRuns: Math.max(o.runs, 5), warmup: o.warmup, warmupMs: rowWarmupMs, budgetMs: 2000 });
    rows.push({ name: 'feed-parse', corpusDocs: 0, ...timingFields(tp), feedItems: FEED_ITEMS, feedChars: text.length });
  }

  // --- synthetic corpora ----------------------------------------------------------------
  for (const size of o.sizes) {
    progress(`synthetic corpus of ${size} documents`);
    const g0 = performance.now();
    const corpus = generateCorpus({ size, seeds, seed: o.seed });
    const genMs = performance.now() - g0;
    const kinds: Record<string, number> = {};
    for (const i of corpus.info) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
    rows.push({ name: 'corpus-generate', corpusDocs: size, medianMs: Math.round(genMs * 10) / 10, runs: 1, warmup: 0, kinds, chars: corpus.docs.reduce((n, d) => n + d.text.length, 0) });
    peak.sample();

    // Index: one build measured for its retained heap, more for the time when they are cheap.
    progress(`  index build (${size})`);
    let index: Index | null = null;
    {
      const mem = retainedBytes(() => buildIndex(corpus.docs));
      index = mem.value;
      peak.sample();
      const samples = [mem.ms];
      // Further builds while the budget allows (each is released before the next).
      const budget = 20_000;
      while (samples.length < Math.min(o.runs, 5) && samples.reduce((a, b) => a + b, 0) + mem.ms < budget) {
        const t0 = performance.now();
        const extra = buildIndex(corpus.docs);
        samples.push(performance.now() - t0);
        peak.sample();
        void extra;
      }
      fullGc();
      const t = summarize(samples, 0);
      rows.push({
        name: 'index-build', corpusDocs: size, ...timingFields(t), heapBytes: mem.bytes, serializedBytes: serializedBytes(index),
        note: 'first build included (no warm-up: a build is what a user waits for once)',
      });
    }

    // Adding one document to the built index (what remembering an article costs the background):
    // its postings and the global counts only, never a rebuild. Each sample adds a fresh article
    // of the story (a reworded copy of a seed under a new id) and removes it again untimed.
    if (size === floorSize) {
      progress(`  add-document (${size})`);
      const base = seeds[1];
      const samples: number[] = [];
      for (let n = 0; n < o.warmup + o.runs; n++) {
        const id = `bench_add_${n}`;
        const doc = { ...base, id, text: base.text.replace(/\bthe\b/g, n % 2 ? 'this' : 'that') + `\nA note numbered ${n}.` };
        const t0 = performance.now();
        index.add(doc);
        if (n >= o.warmup) samples.push(performance.now() - t0);
        index.remove(id);
      }
      const ta = summarize(samples, o.warmup);
      rows.push({ name: 'add-document', corpusDocs: size, ...timingFields(ta), note: 'CorpusIndex.add of one article; the story facts it joins are linked lazily, on the first page of that story (facts/group.ts)' });

      // A background start from the persisted per-document entries: the engine's part of it
      // (addWithEntry for every document; the entries are structured clones, as a read from
      // IndexedDB gives). heapBytes counts the loaded index with the entries' arrays it keeps.
      progress(`  index-load (${size}): the index from per-document entries`);
      const entries = corpus.docs.map((d) => index!.entryOf(d.id)!);
      const mem = retainedBytes(() => loadIndex(corpus.docs, entries.map((e) => structuredClone(e))));
      const cloned = entries.map((e) => structuredClone(e));
      const tl = timeBudgeted(() => loadIndex(corpus.docs, cloned), { maxRuns: Math.min(o.runs, 5), minRuns: 3, warmup: 1, budgetMs: 15_000 });
      rows.push({
        name: 'index-load', corpusDocs: size, ...timingFields(tl), heapBytes: mem.bytes,
        note: 'CorpusIndex.addWithEntry of every document from its stored entry (no re-segmenting): the CPU of a background start; index-load-store adds the IndexedDB read',
      });
      void mem.value;
    }

    progress(`  engine (${size})`);
    const report = engine.analyzePage(page, index);
    const te = timeBudgeted(() => engine.analyzePage(page, index!), engineTiming);
    rows.push({
      name: 'engine', corpusDocs: size, ...timingFields(te), page: query.id, coverageDocs: report.coverage.length,
      claims: report.claims.length, matches: report.claims.reduce((n, c) => n + c.matches.length, 0), additions: report.additions.length,
    });

    progress(`  floor (${size})`);
    rows.push(floorRow(size, query.id, page, report, index, engineTiming));
    progress(`  engine-new-page (${size})`);
    rows.push(newPageRow(size, query.id, page, index, engineTiming));

    if (size === floorSize) {
      progress(`  paired runs for the ratios (${size})`);
      const big = index;
      const pairedWarmup = warm ? Math.max(o.warmup, PAIRED_WARMUP) : 0;
      paired.engineLargeOverEngineSeeds = pairedRatio(() => engine.analyzePage(page, big), () => engine.analyzePage(page, seedIndex!), o.pairs, pairedWarmup, PAIRED_WARMUP_MS);
      paired.engineOverFloor = pairedRatio(() => engine.analyzePage(page, big), floorWorkFor(page, report, big).fn, o.pairs, pairedWarmup, PAIRED_WARMUP_MS);
    }

    // Diagnostic: the same large corpus with the story held to the size it has at the baseline
    // corpus (only that many of our topic articles; the seeds and their copies stay). Separates
    // "the corpus is larger" from "more documents cover this story".
    if (size === floorSize && size !== baselineSize) {
      const keep = generateCorpus({ size: baselineSize, seeds, seed: o.seed }).info.filter((i) => i.kind === 'topic').length;
      // Remove our topic articles beyond that count, and their near-duplicates and syndicated copies.
      const topicIds = corpus.info.filter((i) => i.kind === 'topic').map((i) => i.id);
      const removed = new Set(topicIds.slice(keep));
      const extra = corpus.info.filter((i) => removed.has(i.id) || (i.of !== undefined && removed.has(i.of)));
      if (extra.length) {
        for (const i of extra) index.remove(i.id);
        progress(`  engine, story held at the ${baselineSize}-document coverage (${size - extra.length})`);
        const fixed = engine.analyzePage(page, index);
        const tx = timeBudgeted(() => engine.analyzePage(page, index!), engineTiming);
        rows.push({
          name: 'engine-fixed-story', corpusDocs: size - extra.length, ...timingFields(tx), page: query.id, coverageDocs: fixed.coverage.length,
          claims: fixed.claims.length, matches: fixed.claims.reduce((n, c) => n + c.matches.length, 0), additions: fixed.additions.length,
          note: `the ${size}-document corpus minus ${removed.size} of its ${topicIds.length} topic articles (and ${extra.length - removed.size} copies of them), so the story has as many documents as at ${baselineSize}`,
        });
        const ff = floorRow(size - extra.length, query.id, page, fixed, index, engineTiming);
        rows.push({ ...ff, name: 'floor-fixed-story' });
      }
    }

    if (size === baselineSize) {
      const sentences = corpusSentences(corpus.docs, query.id);
      const claims = claimsOf(page.text);
      const totalPairs = claims.length * sentences.length;

      progress(`  naive all-pairs (${size}): ${claims.length} claims × ${sentences.length} sentences = ${totalPairs} pairs, sampled`);
      const stride = Math.max(1, Math.ceil(totalPairs / o.naivePairs));
      let sampled = 0;
      const tn = timeBudgeted(() => (sampled = naiveAllPairs(claims, sentences, stride).pairs), { maxRuns: 3, minRuns: 3, warmup: 1, budgetMs: 0 });
      const scale = totalPairs / sampled;
      rows.push({
        name: 'naive-all-pairs', corpusDocs: size, medianMs: Math.round(tn.medianMs * scale), runs: tn.runs, warmup: tn.warmup,
        minMs: Math.round(tn.minMs * scale), maxMs: Math.round(tn.maxMs * scale), cpuMedianMs: Math.round((tn.cpuMedianMs ?? NaN) * scale), scaled: stride > 1,
        sampledPairs: sampled, totalPairs, sampleMedianMs: Math.round(tn.medianMs * 10) / 10, scaleFactor: Math.round(scale * 100) / 100,
        note: `every ${stride}th corpus sentence against all ${claims.length} claims, time × ${scale.toFixed(1)}; diff-match-patch similarity ≥ ${BASELINE_THRESHOLD}`,
      });

      progress(`  fulltext library (${size})`);
      const mem = retainedBytes(() => new FulltextBaseline(sentences));
      const ft = mem.value;
      rows.push({ name: 'fulltext-index-build', corpusDocs: size, medianMs: Math.round(mem.ms * 10) / 10, runs: 1, warmup: 0, heapBytes: mem.bytes, serializedBytes: jsonLength(ft.search) });
      let pairs = 0;
      const tq = timeBudgeted(() => (pairs = ft.query(claims).pairs), { ...engineTiming, warmup: o.warmup, maxRuns: Math.min(o.runs, 7) });
      rows.push({
        name: 'fulltext-library', corpusDocs: size, ...timingFields(tq), page: query.id, pairsScored: pairs,
        note: `MiniSearch (OR query, English stop words dropped), top ${FULLTEXT_TOP_K} sentences per claim scored with diff-match-patch`,
      });
    }
    index = null;
    fullGc();
    peak.sample();
  }

  // --- the persisted index, through the storage module ----------------------------------
  progress(`persisted index over fake-indexeddb (${floorSize})`);
  await storeRows(floorSize, seeds, o);
  fullGc();
  peak.sample();

  // --- ratios ---------------------------------------------------------------------------
  const find = (name: string, docs: number) => rows.find((r) => r.name === name && r.corpusDocs === docs);
  const large = floorSize;
  const ratios: Record<string, Ratio> = {
    naiveOverEngine: ratio(find('naive-all-pairs', baselineSize), find('engine', baselineSize), '≥ 100', (v) => v >= 100,
      `naive-all-pairs / engine at ${baselineSize} documents (how many times faster the engine is)`),
    engineLargeOverEngineSeeds: ratio(find('engine', large), find('engine', seeds.length), '≤ 3', (v) => v <= 3,
      `engine at ${large} / engine at ${seeds.length} documents (same page)`),
    engineOverFloor: ratio(find('engine', large), find('floor', large), '≤ 5', (v) => v <= 5,
      `engine / floor at ${large} documents`),
    indexBuildOverAddDocument: ratio(find('index-build', large), rows.find((r) => r.name === 'add-document'), null, null,
      `building the ${large}-document index from scratch / adding one document to it (how many times cheaper an addition is)`),
    indexBuildOverIndexLoad: ratio(find('index-build', large), find('index-load', large), null, null,
      `building the ${large}-document index from the texts / loading it from per-document entries (the engine's part of a background start)`),
    indexBuildStoreOverIndexLoadStore: ratio(rows.find((r) => r.name === 'index-build-store'), rows.find((r) => r.name === 'index-load-store'), null, null,
      `a background start that re-indexes every stored text / one that loads the stored entries, both through the storage module over fake-indexeddb at ${large}`),
    ingestOverAddDocumentPersisted: ratio(rows.find((r) => r.name === 'ingest-fetched-article'), rows.find((r) => r.name === 'add-document-persisted'), null, null,
      `ingesting one fetched article (feed, page, extraction, lookup, store, index) / adding an already extracted one to the index and writing its entry, both into the ${large}-document store`),
    ingestOverEngine: ratio(rows.find((r) => r.name === 'ingest-fetched-article'), find('engine', large), null, null,
      `ingesting one fetched article / one analysis of the query page at ${large} documents (what a fetch run costs the background per article, against what a page the reader opens costs it)`),
    indexBuildOverAddDocumentPersisted: ratio(find('index-build', large), rows.find((r) => r.name === 'add-document-persisted'), null, null,
      `building the ${large}-document index from scratch / adding one document to it and writing its entry (what the defect cost at the next start, against what an addition costs now)`),
    engineNewPageLargeOverSeeds: ratio(rows.find((r) => r.name === 'engine-new-page' && r.corpusDocs === large), rows.find((r) => r.name === 'engine-new-page' && r.corpusDocs === seeds.length), null, null,
      'engine-new-page at the large corpus / at 5 documents: the 10k/5 ratio for a page never analysed before'),
    engineFixedStoryOverEngineSeeds: ratio(rows.find((r) => r.name === 'engine-fixed-story'), find('engine', seeds.length), null, null,
      `engine on the large corpus with the story held at its ${baselineSize}-document coverage / engine at ${seeds.length} documents`),
    engineFixedStoryOverEngineBaseline: ratio(rows.find((r) => r.name === 'engine-fixed-story'), find('engine', baselineSize), null, null,
      `engine on the large corpus with the story held at its ${baselineSize}-document coverage / engine at ${baselineSize} documents: growth with corpus size alone`),
    floorLargeOverFloorSeeds: ratio(find('floor', large), find('floor', seeds.length), null, null,
      `floor at ${large} / floor at ${seeds.length} documents: how much the unavoidable work itself grew`),
    fulltextOverEngine: ratio(find('fulltext-library', baselineSize), find('engine', baselineSize), null, null,
      `fulltext-library / engine at ${baselineSize} documents (how many times faster the engine is)`),
  };

  const targets: Record<string, (v: number) => boolean> = {
    engineLargeOverEngineSeeds: (v) => v <= 3,
    engineOverFloor: (v) => v <= 5,
  };
  for (const [k, v] of Object.entries(paired)) if (ratios[k]) ratios[k].paired = { ...v, met: targets[k] ? targets[k](v.wall) : null };

  const memory = { peakHeapUsedBytes: canGc() || peak.peakHeapUsed ? peak.peakHeapUsed : null, peakRssBytes: peak.peakRss() };
  const bundles = bundleSizes();
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? null,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadStart.map((x) => Math.round(x * 100) / 100),
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
  };
  const out = {
    benchmark: 'source-compare engine',
    date: new Date().toISOString(),
    machine,
    settings: {
      sizes: o.sizes, maxRuns: o.runs, warmup: o.warmup, rowWarmupMs, pairs: o.pairs, pairedWarmupMs: warm ? PAIRED_WARMUP_MS : 0, query: query.id, corpusSeed: o.seed, baselineSize, floorSize,
      processWarmup: { ...processWarmup, what: 'before any timed row: the seed index built and every seed page analysed, repeatedly' },
    },
    results: rows,
    ratios,
    memory,
    bundles,
    notes,
    totalSeconds: Math.round((performance.now() - started) / 100) / 10,
  };

  if (o.json) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const extra = (r: Row) => {
    const bits: string[] = [];
    if (r.scaled) bits.push(`scaled ×${r.scaleFactor} from ${r.sampledPairs} of ${r.totalPairs} pairs`);
    if (r.heapBytes !== undefined) bits.push(`heap ${mb(r.heapBytes as number | null)}`);
    if (r.serializedBytes !== undefined) bits.push(`JSON ${mb(r.serializedBytes as number | null)}`);
    if (r.coverageDocs !== undefined) bits.push(`${r.coverageDocs} story docs, ${r.matches} matches`);
    if (r.touchedSentences !== undefined) bits.push(`${r.pageSentences} page + ${r.touchedSentences} corpus sentences`);
    if (r.pairsScored !== undefined) bits.push(`${r.pairsScored} pairs scored`);
    if (r.name === 'engine-seed-page') bits.push(`${r.page}: ${r.claims} claims, ${r.matches} matches`);
    if (r.name === 'corpus-generate') bits.push(Object.entries(r.kinds as object).map(([k, v]) => `${v} ${k}`).join(', '));
    return bits.join('; ');
  };
  const lines: string[] = [];
  lines.push(`Benchmark: ${machine.nproc} cores, ${machine.cpu}, node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')} at start`);
  lines.push(`Query page: ${query.id}. Medians over the runs shown, after the warm-up runs shown; cpu ms = median process CPU time per run (all threads).`);
  lines.push(`Warm-up: the engine ran for ${(processWarmup.ms / 1000).toFixed(1)} s (${processWarmup.rounds} rounds of the seed index and pages) before the first row; engine and floor rows warm up for at least ${rowWarmupMs} ms and ${o.warmup} runs.`);
  lines.push('');
  lines.push(table(['name', 'docs', 'median ms', 'cpu ms', 'runs', 'warm-up', 'min', 'max', 'notes'],
    rows.map((r) => [r.name, r.corpusDocs, fmtMs(r.medianMs), fmtMs(r.cpuMedianMs), r.runs ?? '', r.warmup ?? '', fmtMs(r.minMs), fmtMs(r.maxMs), extra(r)])));
  lines.push('');
  lines.push(table(['ratio', 'value', 'cpu', 'paired', 'target', 'met', 'what'],
    Object.entries(ratios).map(([k, r]) => [k, r.value == null ? 'n/a' : r.value + '×', r.cpuValue == null ? 'n/a' : r.cpuValue + '×',
      r.paired ? `${r.paired.wall}× [${r.paired.iqr.wall.join('–')}] (cpu ${r.paired.cpu}×)${r.paired.met === false ? ' NO' : ''}` : '—',
      r.target ?? '—', r.met == null ? '—' : r.met ? 'yes' : 'NO', r.description])));
  lines.push('value: ratio of the two rows\' medianMs (wall); cpu: of their cpu ms; paired: median of per-pair ratios over alternating runs [their 25th–75th percentiles] (NO when it misses the target); met: judged on value.');
  lines.push('');
  lines.push(`Peak heap used (sampled after each run and phase): ${mb(memory.peakHeapUsedBytes)}; peak RSS: ${mb(memory.peakRssBytes)}`);
  const b = bundles as { contentScriptBytes: number | null; contentScriptGzipBytes?: number | null; sidebarBytes: number | null; note?: string };
  lines.push(`Bundles (.output/chrome-mv3): content script ${b.contentScriptBytes == null ? 'null' : `${(b.contentScriptBytes / 1024).toFixed(1)} KiB (${((b.contentScriptGzipBytes ?? 0) / 1024).toFixed(1)} KiB gzip)`}; ` +
    `sidebar ${b.sidebarBytes == null ? 'null' : `${(b.sidebarBytes / 1024).toFixed(1)} KiB`}${b.note ? ` — ${b.note}` : ''}`);
  for (const n of notes) lines.push(`Note: ${n}`);
  lines.push(`Total time: ${out.totalSeconds} s; heap now ${mb(heapUsed())}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error).stack ?? e}`;
  process.stderr.write(`bench: ${message}\n`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}

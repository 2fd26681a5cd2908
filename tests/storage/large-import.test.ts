// Measures the largest import we try: validate + store in one transaction, in fake-indexeddb
// (an in-memory, pure-JS IndexedDB; a browser's is typically faster for writes but pays for disk).
// STORAGE_BENCH_DOCS=10000 STORAGE_BENCH_SENTENCES=40 npx vitest run tests/storage/large-import.test.ts for the full size.
import { afterEach, expect, it } from 'vitest';
import { useFreshIndexedDb, exportedDoc, articleText } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { buildExport, serializeExport } from '../../utils/storage/export-format';
import { importCorpusFile } from '../../utils/storage/import-file';

useFreshIndexedDb();
let store: CorpusStore | undefined;
afterEach(() => store?.close());

const DOCS = Number(process.env.STORAGE_BENCH_DOCS ?? 2000);
/** Sentences per document: 12 gives ~1.7 KB texts; 40 gives ~5.5 KB, about a real article. */
const SENTENCES = Number(process.env.STORAGE_BENCH_SENTENCES ?? 12);

it(`imports ${DOCS} documents in one transaction, with progress, and exports them back`, async () => {
  const docs = Array.from({ length: DOCS }, (_, i) => {
    const d = exportedDoc(i + 1000);
    return SENTENCES === 12 ? d : { ...d, text: articleText(i + 1000, SENTENCES) };
  });
  const file = serializeExport(buildExport(docs, new Date('2025-06-01T00:00:00.000Z')));
  const mb = Buffer.byteLength(file) / 1024 / 1024;
  store = await CorpusStore.open('big');
  const phases = new Set<string>();
  let last = 0;
  const t0 = performance.now();
  const r = await importCorpusFile(store, file, {
    onProgress: (done, _total, phase) => {
      phases.add(phase);
      last = done;
    },
  });
  const importS = (performance.now() - t0) / 1000;
  expect(r.ok && r.result.added.length).toBe(DOCS);
  expect(last).toBe(DOCS);
  // Fingerprinting happens while earlier documents are written: one phase.
  expect([...phases]).toEqual(['checking', 'storing']);
  const t1 = performance.now();
  const again = serializeExport(await store.exportCorpus(new Date('2025-06-01T00:00:00.000Z')));
  const exportS = (performance.now() - t1) / 1000;
  expect(again).toBe(file);
  console.log(
    `[storage bench] import: ${DOCS} documents, ${mb.toFixed(1)} MB, ${importS.toFixed(2)} s (${Math.round(DOCS / importS)} docs/s); export: ${exportS.toFixed(2)} s`,
  );
}, 600_000);

// Quick profile: build an N-document synthetic index and analyse seed 000 a few times.
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { CorpusIndex, analyzePage } from '../../utils/engine';
import { generateCorpus } from './synthetic-corpus';
const N = Number(process.env.N ?? 1000);
const seeds = loadSeedDocs();
const corpus = generateCorpus({ size: N, seeds });
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const h0 = process.memoryUsage().heapUsed;
let t = performance.now();
const index = new CorpusIndex();
for (const d of corpus.docs) index.add(d);
const buildMs = performance.now() - t;
gc?.();
const heap = process.memoryUsage().heapUsed - h0;
let json = 0;
const j = index.toJSON() as unknown as Record<string, unknown>;
for (const [k, v] of Object.entries(j)) {
  if (Array.isArray(v)) for (const x of v) json += JSON.stringify(x).length + 1;
  else json += JSON.stringify(v).length + k.length + 4;
}
t = performance.now();
const idx2 = CorpusIndex.fromJSON(JSON.parse(JSON.stringify(j)));
const loadMs = performance.now() - t;
const page = { title: seeds[0].headline, text: seeds[0].text, lang: seeds[0].lang };
const times: number[] = [];
let out = '';
for (let i = 0; i < Number(process.env.RUNS ?? 8); i++) {
  t = performance.now();
  out = JSON.stringify(analyzePage(page, index));
  times.push(performance.now() - t);
}
const same = JSON.stringify(analyzePage(page, idx2)) === out;
times.sort((a, b) => a - b);
console.log(JSON.stringify({ N, buildMs: Math.round(buildMs), heapMB: +(heap / 1e6).toFixed(1), jsonMB: +(json / 1e6).toFixed(1), loadMs: Math.round(loadMs), engineMedianMs: +times[times.length >> 1].toFixed(1), engineMin: +times[0].toFixed(1), roundTripSame: same }));

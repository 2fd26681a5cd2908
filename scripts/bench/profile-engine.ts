// Profile only analyzePage: build an N-document index, then analyse seed 000 RUNS times.
import { loadSeedDocs } from '../../utils/corpus/seeds-node';
import { CorpusIndex, analyzePage } from '../../utils/engine';
import { generateCorpus } from './synthetic-corpus';
const seeds = loadSeedDocs();
const index = new CorpusIndex();
for (const d of generateCorpus({ size: Number(process.env.N ?? 10000), seeds }).docs) index.add(d);
const page = { title: seeds[0].headline, text: seeds[0].text, lang: seeds[0].lang };
const { Session } = await import('node:inspector/promises');
const session = new Session();
session.connect();
for (let i = 0; i < 5; i++) analyzePage(page, index);
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let i = 0; i < Number(process.env.RUNS ?? 100); i++) analyzePage(page, index);
const { profile } = await session.post('Profiler.stop');
(await import('node:fs')).writeFileSync(process.env.OUT ?? '/tmp/prof/engine.cpuprofile', JSON.stringify(profile));

// Shared fixtures for the storage tests: a fresh in-memory IndexedDB per test and
// deterministic article texts that do not resemble each other.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import type { NewDoc } from '../../utils/storage/types';
import type { ExportedDoc } from '../../utils/storage/export-format';
import { mulberry32 } from '../../scripts/bench/synthetic-corpus';

/** Every test gets an empty IndexedDB: no state leaks between tests. */
export function useFreshIndexedDb(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
}

const WORDS = (
  'harbour council minister budget court river school hospital bridge railway station farmer market ' +
  'election senator treaty border factory union strike wage tariff export import shipment vessel port ' +
  'storm flood drought harvest price inflation bank loan debt bond investor company chief officer ' +
  'police judge trial witness verdict appeal hearing mayor city village province region capital ' +
  'airline flight airport runway pilot engine fuel energy power grid solar wind coal mine miner ' +
  'doctor nurse patient vaccine clinic study scientist survey report committee inquiry'
).split(' ');

/** Deterministic pseudo-random generator, so fixtures are the same on every run. */
export const rng = mulberry32;

/** An article-like text of `sentences` sentences, unique to `seed`. */
export function articleText(seed: number, sentences = 12): string {
  const r = rng(seed);
  const lines: string[] = [`Headline number ${seed} about the ${WORDS[Math.floor(r() * WORDS.length)]}`];
  for (let s = 0; s < sentences; s++) {
    const n = 12 + Math.floor(r() * 10);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    lines.push(`${words.join(' ')}.`);
  }
  return lines.join('\n');
}

export function newDoc(seed: number, extra: Partial<NewDoc> = {}): NewDoc {
  const text = articleText(seed);
  return {
    outlet: `Outlet ${seed % 7}`,
    outletNamed: true,
    headline: text.split('\n')[0],
    date: '2025-05-0' + ((seed % 9) + 1),
    lang: 'en',
    text,
    ...extra,
  };
}

export function exportedDoc(seed: number, extra: Partial<ExportedDoc> = {}): ExportedDoc {
  const d = newDoc(seed);
  return {
    id: `doc-${seed}`,
    outlet: d.outlet,
    outletNamed: d.outletNamed,
    headline: d.headline,
    date: d.date,
    lang: d.lang,
    url: `https://news.example/${seed}`,
    text: d.text,
    addedAt: new Date(Date.UTC(2025, 4, 1, 0, 0, seed)).toISOString(),
    source: 'user',
    hidden: false,
    ...extra,
  };
}

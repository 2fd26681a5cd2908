// Hostile import files: keys named like Object.prototype's members ("__proto__", "constructor"),
// JSON nested 100,000 levels deep, megabyte-long keys and values. Each gets a short, clear error
// or a correct result; never a thrown TypeError or RangeError, never a polluted prototype, and a
// rejected file leaves the library as it was. Text written for this test.
import { afterEach, describe, expect, it } from 'vitest';
import { exportedDoc, useFreshIndexedDb } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { buildExport, serializeExport, validateImport, type ValidationResult } from '../../utils/storage/export-format';
import { importCorpusFile } from '../../utils/storage/import-file';
import { analyzePage, CorpusIndex } from '../../utils/engine';
import { toCorpusDoc } from '../../utils/storage/corpus-doc';

useFreshIndexedDb();
let store: CorpusStore | undefined;
afterEach(() => store?.close());

const MEMBERS = Object.getOwnPropertyNames(Object.prototype);
const DEEP = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const DEEP_OBJECT = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
const HEAD = '"format":"source-compare-corpus","version":1,"exportedAt":"2025-05-01T12:00:00.000Z"';
const DOC = '"id":"doc-1","outlet":"Wire","outletNamed":true,"headline":"H","date":null,"lang":"en","text":"A harbour fire hurt 12 people.","addedAt":"2025-05-01T12:00:00.000Z","source":"user","hidden":false';
/** A file of one document, with raw JSON text spliced into the file's object and into the document's. */
const file = (top = '', doc = '') => `{${HEAD}${top},"documents":[{${DOC}${doc}}]}`;

/** No error message is longer than this: each is one line a reader reads. */
const MAX_MESSAGE = 200;

function rejected(r: ValidationResult): string[] {
  expect(r.ok).toBe(false);
  const errors = r.ok ? [] : r.errors;
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e.length).toBeLessThanOrEqual(MAX_MESSAGE);
  return errors;
}

function notPolluted(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.id).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(typeof probe.constructor).toBe('function');
}

describe('import keys named like Object.prototype members', () => {
  it.each(MEMBERS)('%s as a key of the file or of a document is an unknown field, and pollutes nothing', (m) => {
    const payload = '{"polluted":1,"id":"x","prototype":{"polluted":1}}';
    expect(rejected(validateImport(file(`,"${m}":${payload}`)))).toEqual([`${m}: unknown field`]);
    expect(rejected(validateImport(file('', `,"${m}":${payload}`)))).toEqual([`documents[0].${m}: unknown field`]);
    notPolluted();
  });

  it('a document made only of "__proto__" is a document missing its fields, not one that inherits them', () => {
    const errors = rejected(validateImport(`{${HEAD},"documents":[{"__proto__":{${DOC}}}]}`));
    expect(errors).toContain('documents[0].id: missing (expected a string)');
    expect(errors).toContain('documents[0].__proto__: unknown field');
    notPolluted();
  });

  it('"documents" given only through "__proto__" is missing', () => {
    const errors = rejected(validateImport(`{${HEAD},"__proto__":{"documents":[{${DOC}}]}}`));
    expect(errors).toEqual(['__proto__: unknown field', 'documents: expected an array, got nothing (missing)']);
  });

  it('ids and outlets named like members are imported, stored, exported and compared like any others', async () => {
    const names = ['constructor', 'valueOf', 'toString', 'hasOwnProperty', 'isPrototypeOf'];
    // Five reports of one fire, worded apart (the store keeps one of near-identical texts).
    const reports = [
      'A fire at the Kessel harbour warehouse hurt 12 dock workers on Monday, the port authority said.\nFirefighters from three stations needed four hours to put out the blaze.',
      'Twelve dock workers were hurt when a warehouse burned at Kessel harbour on Monday.\nThe constructor of the new quay said its site was not damaged.',
      'Kessel port officials said on Monday that 12 workers were injured in a warehouse fire.\nThe cause is not yet known; an inquiry will report toString week.',
      'Monday’s blaze in a Kessel harbour warehouse left 12 dockers injured, according to the port.\nShipping resumed in the evening, a valueOf spokesman said.',
      'Crews fought a warehouse fire at Kessel harbour for four hours on Monday; 12 dock workers were hurt.\nThe hasOwnProperty union called for a review of storage rules.',
    ];
    const docs = names.map((m, i) => exportedDoc(i + 1, { id: m, outlet: m === 'constructor' ? '__proto__' : m, text: `Fire at Kessel harbour\n${reports[i]}` }));
    const text = serializeExport(buildExport(docs, new Date('2025-05-01T12:00:00.000Z')));
    store = await CorpusStore.open('hostile');
    const r = await importCorpusFile(store, text);
    expect(r.ok && [...r.result.added].sort()).toEqual([...names].sort());
    expect(serializeExport(await store.exportCorpus(new Date('2025-05-01T12:00:00.000Z')))).toBe(text);
    const index = new CorpusIndex();
    for (const d of await store.listDocuments()) index.add(toCorpusDoc(d));
    const report = analyzePage({ title: 'Kessel harbour fire', text: 'Kessel harbour fire\nA fire at the Kessel harbour warehouse hurt 12 dock workers on Monday, the port authority said.\nIt took firefighters four hours to put out the blaze.' }, index);
    const sources = report.claims.flatMap((c) => c.matches.map((m) => m.source));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => names.includes(s))).toBe(true);
    notPolluted();
  });
});

describe('import values nested deep or very long', () => {
  it.each([
    ['format', `{"format":${DEEP}}`, 'format: expected "source-compare-corpus", got array'],
    ['version', `{"format":"source-compare-corpus","version":${DEEP_OBJECT}}`, 'version: expected 1, got object'],
    ['exportedAt', `{"format":"source-compare-corpus","version":1,"exportedAt":${DEEP},"documents":[]}`, 'exportedAt: expected a timestamp like "2025-05-01T12:00:00.000Z", got array'],
    ['documents', `{${HEAD},"documents":${DEEP_OBJECT}}`, 'documents: expected an array, got object'],
    ['a document', `{${HEAD},"documents":[${DEEP}]}`, 'documents[0]: expected an object, got array'],
    ['a document\'s text', file('', '').replace('"text":"A harbour fire hurt 12 people."', `"text":${DEEP}`), 'documents[0].text: expected a string, got array'],
    ['an unknown field', file('', `,"extra":${DEEP_OBJECT}`), 'documents[0].extra: unknown field'],
  ])('%s nested 100,000 levels deep is a clear error, not a stack overflow', (_name, text, error) => {
    expect(rejected(validateImport(text))).toEqual([error]);
  });

  it.each([
    ['a 1 MB key of the file', file(`,"${'k'.repeat(1_000_000)}":1`), `${'k'.repeat(40)}…: unknown field`],
    ['a 1 MB key of a document', file('', `,"${'k'.repeat(1_000_000)}":1`), `documents[0].${'k'.repeat(40)}…: unknown field`],
    ['a 1 MB format', `{"format":"${'f'.repeat(1_000_000)}"}`, `format: expected "source-compare-corpus", got "${'f'.repeat(40)}…"`],
    ['a 1 MB version', `{"format":"source-compare-corpus","version":"${'9'.repeat(1_000_000)}"}`, `version: expected 1, got "${'9'.repeat(40)}…"`],
    ['a 1 MB exportedAt', `{"format":"source-compare-corpus","version":1,"exportedAt":"${'t'.repeat(1_000_000)}","documents":[]}`, `exportedAt: expected a timestamp like "2025-05-01T12:00:00.000Z", got "${'t'.repeat(40)}…"`],
  ])('%s is named in a short message', (_name, text, error) => {
    expect(rejected(validateImport(text))).toEqual([error]);
  });

  it('a repeated 1 MB id is named in short messages', () => {
    const id = 'a'.repeat(1_000_000);
    const errors = rejected(validateImport(`{${HEAD},"documents":[{${DOC.replace('doc-1', id)}},{${DOC.replace('doc-1', id)}}]}`));
    expect(errors).toContain(`documents[1].id: "${'a'.repeat(40)}…" is also the id of documents[0]`);
  });

  it('a rejected hostile file leaves the library as it was', async () => {
    store = await CorpusStore.open('unchanged');
    await store.importDocuments([exportedDoc(9)]);
    const before = serializeExport(await store.exportCorpus(new Date(0)));
    for (const text of [`{"format":${DEEP}}`, file('', ',"__proto__":{"polluted":1}'), file(`,"constructor":{"prototype":{"polluted":1}}`)]) {
      const r = await importCorpusFile(store, text);
      expect(r.ok).toBe(false);
    }
    expect(serializeExport(await store.exportCorpus(new Date(0)))).toBe(before);
    notPolluted();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { useFreshIndexedDb, exportedDoc } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { buildExport, serializeExport, toExportedDoc, validateImport, EXPORT_FORMAT } from '../../utils/storage/export-format';
import { importCorpusFile } from '../../utils/storage/import-file';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';

useFreshIndexedDb();
let store: CorpusStore | undefined;
afterEach(() => store?.close());

const good = () => buildExport([exportedDoc(1), exportedDoc(2), exportedDoc(3)], new Date('2025-05-01T00:00:00.000Z'));
const text = (v: unknown) => JSON.stringify(v);
const withDoc = (i: number, patch: Record<string, unknown>) => {
  const f = good() as unknown as { documents: Record<string, unknown>[] };
  f.documents[i] = { ...f.documents[i], ...patch };
  return text(f);
};
const withoutField = (i: number, field: string) => {
  const f = good() as unknown as { documents: Record<string, unknown>[] };
  delete f.documents[i][field];
  return text(f);
};

describe('export entries', () => {
  it('keep the documented field order, url (when there is one) before text, bookkeeping last', () => {
    const withUrl = { ...exportedDoc(1), fingerprint: 'not exported' } as unknown as Parameters<typeof toExportedDoc>[0];
    expect(Object.keys(toExportedDoc(withUrl))).toEqual(['id', 'outlet', 'outletNamed', 'headline', 'date', 'lang', 'url', 'text', 'addedAt', 'source', 'hidden']);
    const { url: _url, ...noUrl } = exportedDoc(2);
    expect(Object.keys(toExportedDoc(noUrl))).toEqual(['id', 'outlet', 'outletNamed', 'headline', 'date', 'lang', 'text', 'addedAt', 'source', 'hidden']);
  });
});

describe('validateImport', () => {
  it('accepts a well-formed export', () => {
    const r = validateImport(serializeExport(good()));
    expect(r.ok).toBe(true);
    expect(r.ok && r.documents.map((d) => d.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
  });

  it.each([
    ['empty file', '', /^file: it is empty/],
    ['not JSON', 'hello', /^file: not valid JSON/],
    ['truncated file', serializeExport(good()).slice(0, 500), /^file: not valid JSON \(the file looks truncated\)/],
    ['a JSON array', '[]', /^file: expected a JSON object, got array/],
    ['another format', text({ ...good(), format: 'something-else' }), /^format: expected "source-compare-corpus", got "something-else"/],
    ['newer version', text({ ...good(), version: 2 }), /^version: the file is version 2, made by a newer release/],
    ['version as a string', text({ ...good(), version: '1' }), /^version: expected 1, got "1"/],
    ['bad exportedAt', text({ ...good(), exportedAt: 'yesterday' }), /^exportedAt: expected a timestamp/],
    ['unknown top-level field', text({ ...good(), extra: 1 }), /^extra: unknown field/],
    ['documents not an array', text({ ...good(), documents: {} }), /^documents: expected an array, got object/],
    ['entry not an object', text({ ...good(), documents: [exportedDoc(1), 'x'] }), /^documents\[1\]: expected an object, got string/],
    ['text is a number', withDoc(3 - 1, { text: 42 }), /^documents\[2\]\.text: expected a string, got number/],
    ['text missing', withoutField(0, 'text'), /^documents\[0\]\.text: missing \(expected a string\)/],
    ['text empty', withDoc(1, { text: '   ' }), /^documents\[1\]\.text: must not be empty/],
    ['text too long', withDoc(1, { text: 'x'.repeat(400_001) }), /^documents\[1\]\.text: 400,001 characters; the limit is 400,000/],
    ['outletNamed a string', withDoc(0, { outletNamed: 'yes' }), /^documents\[0\]\.outletNamed: expected true or false, got string/],
    ['date not a day', withDoc(0, { date: '2025-13-01' }), /^documents\[0\]\.date: "2025-13-01" is not a calendar date/],
    ['date missing', withoutField(0, 'date'), /^documents\[0\]\.date: missing/],
    ['lang not a tag', withDoc(0, { lang: 'English!' }), /^documents\[0\]\.lang/],
    ['javascript: url', withDoc(0, { url: 'javascript:alert(1)' }), /^documents\[0\]\.url: "javascript:alert\(1\)" is not an http\(s\) address/],
    ['id with markup', withDoc(0, { id: '<img src=x>' }), /^documents\[0\]\.id: "<img src=x>" may only contain/],
    ['id a number', withDoc(0, { id: 7 }), /^documents\[0\]\.id: expected a string, got number/],
    ['source unknown', withDoc(0, { source: 'web' }), /^documents\[0\]\.source: expected "seed" or "user", got "web"/],
    ['addedAt not canonical', withDoc(0, { addedAt: '2025-05-01' }), /^documents\[0\]\.addedAt/],
    ['unknown entry field', withDoc(0, { html: '<p>' }), /^documents\[0\]\.html: unknown field/],
    ['duplicate ids', withDoc(2, { id: 'doc-1' }), /^documents\[2\]\.id: "doc-1" is also the id of documents\[0\]/],
  ])('rejects %s', (_name, input, message) => {
    const r = validateImport(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(message);
  });

  it('rejects an oversized file by its size, before parsing', () => {
    const r = validateImport(serializeExport(good()), { limits: { maxBytes: 1000 } });
    expect(!r.ok && r.errors[0]).toMatch(/^file: \d+\.\d KB is larger than the limit of 1000 bytes/);
    expect(validateImport('{', { byteLength: 65 * 1024 * 1024 })).toEqual({ ok: false, errors: ['file: 65.0 MB is larger than the limit of 64.0 MB'] });
  });

  it('rejects too many documents', () => {
    const r = validateImport(serializeExport(good()), { limits: { maxDocs: 2 } });
    expect(!r.ok && r.errors[0]).toBe('documents: 3 documents; the limit is 2 per import');
  });

  it('lists every problem, each naming its entry, up to a cap', () => {
    const f = { ...good(), documents: Array.from({ length: 30 }, (_, i) => ({ ...exportedDoc(i), text: i })) };
    const r = validateImport(text(f));
    expect(!r.ok && r.errors).toHaveLength(21);
    expect(!r.ok && r.errors[29 - 29]).toBe('documents[0].text: expected a string, got number');
    expect(!r.ok && r.errors[20]).toBe('…and 10 more problems');
  });
});

describe('import file → corpus', () => {
  it.each([
    ['corrupt', '{"format": "source-compare-corpus", "version": 1, "documents": [ {"id": '],
    ['truncated', serializeExport(good()).slice(0, -40)],
    ['oversized', serializeExport(good()) + ' '.repeat(2000)],
    ['wrongly typed (last entry)', withDoc(2, { hidden: 'no' })],
    ['duplicate ids', withDoc(1, { id: 'doc-1' })],
  ])('a %s file is rejected and the corpus is unchanged', async (_name, input) => {
    store = await CorpusStore.open('t');
    await store.ensureSeeds(loadSeedDocs());
    await store.importDocuments([exportedDoc(9)]);
    const before = serializeExport(await store.exportCorpus(new Date(0)));
    const rev = await store.revision();
    const r = await importCorpusFile(store, input, { limits: { maxBytes: serializeExport(good()).length + 100 } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.length).toBeGreaterThan(0);
    expect(serializeExport(await store.exportCorpus(new Date(0)))).toBe(before);
    expect(await store.revision()).toBe(rev);
  });

  it('export → import into an empty profile → export gives byte-for-byte the same documents', async () => {
    store = await CorpusStore.open('a');
    await store.ensureSeeds(loadSeedDocs());
    await store.setHidden('001_6126d935732da1c5', true);
    await store.addDocument({ outlet: 'Example “Quoted” Times', outletNamed: false, headline: 'Ünïcödé & <b>markup</b>', date: null, lang: 'pt-BR', text: 'Line one.\n\tIndented line with emoji 🗞️ and "quotes".\nLast line' });
    await store.importDocuments([exportedDoc(5), exportedDoc(6, { url: undefined })]);
    const first = serializeExport(await store.exportCorpus(new Date('2025-06-01T00:00:00.000Z')));
    store.close();

    store = await CorpusStore.open('b');
    const r = await importCorpusFile(store, first);
    expect(r.ok && r.result.added).toHaveLength(8);
    const second = serializeExport(await store.exportCorpus(new Date('2025-06-01T00:00:00.000Z')));
    expect(second).toBe(first);
    expect(JSON.parse(second).format).toBe(EXPORT_FORMAT);
  });
});

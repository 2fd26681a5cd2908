import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { useFreshIndexedDb, exportedDoc } from './helpers';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { buildExport, serializeExport } from '../../utils/storage/export-format';
import { importPickedFiles, type PickedFile } from '../../components/corpus/import-files';

useFreshIndexedDb();
let store: CorpusStore | undefined;
afterEach(() => store?.close());

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const file = (name: string, text: string, size = Buffer.byteLength(text)): PickedFile => ({ name, size, text: async () => text });
const exportText = serializeExport(buildExport([exportedDoc(1), exportedDoc(2)]));

describe('importPickedFiles (the options page file control)', () => {
  it.each([
    ['no file', [], /No file was chosen/],
    ['a .json beside a file without an article', [file('a.json', exportText), file('b.txt', 'x')], /^a\.json: a corpus export \(\.json\) is imported on its own/],
    ['only files without an article', [file('b.txt', 'x'), file('.DS_Store', 'x')], /^b\.txt: no article found/],
    ['an oversized .json (refused by size, not read)', [{ name: 'big.json', size: 65 * 1024 * 1024, text: async () => { throw new Error('must not read'); } }], /big\.json: 65\.0 MB is larger than the limit of 64 MB/],
    ['a corrupt .json', [file('c.json', exportText.slice(0, 100))], /^c\.json: file: not valid JSON/],
  ])('refuses %s and stores nothing', async (_n, files, why) => {
    store = await CorpusStore.open('t');
    const r = await importPickedFiles(store, files, { parseHtml });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(why);
    expect(await store.count()).toBe(0);
  });

  it('imports the valid articles of a folder and lists the others with their reasons', async () => {
    store = await CorpusStore.open('t');
    const body = Array.from({ length: 12 }, (_, i) => `The harbour authority said on day ${i} that the channel would be deepened by ${i + 2} metres.`);
    const files = [
      file('one.txt', ['Harbour plan advances', 'Source: Coastal Daily', ...body].join('\n')),
      file('two.txt', ['Bridge reopens', ...Array.from({ length: 12 }, (_, i) => `Engineers checked ${i + 3} cables of the old river bridge before ${i + 40} lorries crossed it in a test on ${['Monday', 'Tuesday', 'Friday'][i % 3]}.`)].join('\n')),
      file('note.txt', 'Shopping list\neggs'),
      file('export.json', exportText),
    ];
    const r = await importPickedFiles(store, files, { parseHtml });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.added).toHaveLength(2);
    expect(r.rejected).toEqual([
      { name: 'export.json', reason: expect.stringMatching(/imported on its own/) },
      { name: 'note.txt', reason: expect.stringMatching(/^no article found: 3 words/) },
    ]);
    const outlets = (await store.listDocuments()).map((d) => d.outlet).sort();
    expect(outlets).toEqual(['Coastal Daily', 'Unknown outlet']);
  });

  it('imports a .json export', async () => {
    store = await CorpusStore.open('t');
    const r = await importPickedFiles(store, [file('ok.json', exportText)], { parseHtml });
    expect(r.ok && r.result.added).toEqual(['doc-1', 'doc-2']);
  });
});

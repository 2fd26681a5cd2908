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
    ['a .json mixed with articles', [file('a.json', exportText), file('b.txt', 'x')], /either one \.json export, or \.txt\/\.html articles/],
    ['an oversized .json (refused by size, not read)', [{ name: 'big.json', size: 65 * 1024 * 1024, text: async () => { throw new Error('must not read'); } }], /big\.json: 65\.0 MB is larger than the limit of 64 MB/],
    ['a corrupt .json', [file('c.json', exportText.slice(0, 100))], /^c\.json: file: not valid JSON/],
  ])('refuses %s and stores nothing', async (_n, files, why) => {
    store = await CorpusStore.open('t');
    const r = await importPickedFiles(store, files, { parseHtml });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(why);
    expect(await store.count()).toBe(0);
  });

  it('imports a .json export', async () => {
    store = await CorpusStore.open('t');
    const r = await importPickedFiles(store, [file('ok.json', exportText)], { parseHtml });
    expect(r.ok && r.result.added).toEqual(['doc-1', 'doc-2']);
  });
});

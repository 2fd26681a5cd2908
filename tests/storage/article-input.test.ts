import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { useFreshIndexedDb } from './helpers';
import { docsFromArticleFiles, docFromPage, docFromTxtFile, isoDay } from '../../utils/storage/article-input';
import { addPageToCorpus } from '../../utils/storage/add-page';
import { CorpusStore } from '../../utils/storage/corpus-store';
import { StorageQuotaError } from '../../utils/storage/errors';
import { readFileSync } from 'node:fs';

useFreshIndexedDb();
let store: CorpusStore | undefined;
afterEach(() => store?.close());

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

const PARAGRAPHS = [
  'The harbour authority approved a plan on Tuesday to deepen the main shipping channel by four metres.',
  'Officials said the work would start in the spring and take about two years, with most of it done at night.',
  'Fishermen, who use the channel every morning, asked for a schedule that keeps at least one lane open.',
  'The council will hold a public hearing next month, and residents can send written comments until then.',
  'A spokesperson for the port said the cost, estimated at 120 million dollars, would be shared with the state.',
];

function htmlPage(meta = ''): string {
  return `<!doctype html><html lang="en-GB"><head><title>Harbour plan | Coastal Daily</title>${meta}</head><body>
    <nav><a href="/">Home</a></nav><article><h1>Harbour plan advances</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
    <footer>© Coastal Daily</footer></body></html>`;
}

describe('docsFromArticleFiles', () => {
  it('reads a .txt file: first line is the headline, a syndication footer names the outlet', () => {
    const raw = ['Harbour plan advances', ...PARAGRAPHS, ...PARAGRAPHS, 'The post Harbour plan advances appeared first on Coastal Daily.'].join('\r\n');
    const r = docsFromArticleFiles([{ name: 'harbour.txt', text: raw }], { parseHtml });
    expect(r.ok).toBe(true);
    const d = r.ok ? r.documents[0] : null!;
    expect(d.headline).toBe('Harbour plan advances');
    expect(d).toMatchObject({ outlet: 'Coastal Daily', outletNamed: true, source: 'user', lang: 'und', date: null });
    expect(d.text).not.toMatch(/appeared first on/);
    expect(d.text.split('\n')[0]).toBe('Harbour plan advances');
  });

  it('a .txt without a footer or a Source line: the outlet is unknown, not the file name', () => {
    const raw = readFileSync('seeds/001_6126d935732da1c5.txt', 'utf8');
    const r = docsFromArticleFiles([{ name: '001.txt', text: raw }], { parseHtml });
    expect(r.ok && r.documents[0]).toMatchObject({ outlet: 'Unknown outlet', outletNamed: false });
    // The CLI's --corpus folders keep the file name (its evaluation sets label documents so).
    expect(docFromTxtFile({ name: '001.txt', text: raw })).toMatchObject({ ok: true, doc: { outlet: '001', outletNamed: false } });
  });

  it('a .txt with "Source:" and "Date:" lines near the top: outlet and date from them, the lines left out of the text', () => {
    const raw = ['Harbour plan advances', 'Source: Coastal Daily', 'Date: 2025-05-02', '', ...PARAGRAPHS, ...PARAGRAPHS].join('\n');
    const r = docsFromArticleFiles([{ name: 'notes-3.txt', text: raw }], { parseHtml });
    const d = r.ok ? r.documents[0] : null!;
    expect(d).toMatchObject({ outlet: 'Coastal Daily', outletNamed: true, date: '2025-05-02', headline: 'Harbour plan advances' });
    expect(d.text).not.toMatch(/Source:|Date:/);
    // Before the headline too, and "Outlet:" with a URL-less name.
    const first = docsFromArticleFiles([{ name: 'x.txt', text: ['Outlet: The Harbour Post', 'Harbour plan advances', ...PARAGRAPHS, ...PARAGRAPHS].join('\n') }], { parseHtml });
    expect(first.ok && first.documents[0]).toMatchObject({ outlet: 'The Harbour Post', headline: 'Harbour plan advances' });
  });

  it('reads an .html page with metadata: site name, date, canonical URL, language', () => {
    const meta =
      '<meta property="og:site_name" content="Coastal Daily"><meta property="article:published_time" content="2025-04-29T08:00:00Z"><link rel="canonical" href="https://coastal.example/harbour">';
    const r = docsFromArticleFiles([{ name: 'saved.html', text: htmlPage(meta) }], { parseHtml });
    expect(r.ok && r.documents[0]).toMatchObject({
      outlet: 'Coastal Daily',
      outletNamed: true,
      date: '2025-04-29',
      url: 'https://coastal.example/harbour',
      lang: 'en-GB',
    });
    expect(r.ok && r.documents[0].text.split('\n')).toEqual(expect.arrayContaining(PARAGRAPHS));
  });

  it('without metadata, the outlet is unknown (not the file name) and the date comes from the name', () => {
    const r = docsFromArticleFiles([{ name: 'harbour-2025-05-02.html', text: htmlPage() }], { parseHtml });
    expect(r.ok && r.documents[0]).toMatchObject({ outlet: 'Unknown outlet', outletNamed: false, date: '2025-05-02' });
  });

  it('file by file: the valid files are read, each file without an article is listed with its reason', () => {
    const r = docsFromArticleFiles(
      [
        { name: 'good.html', text: htmlPage() },
        { name: 'menu.html', text: '<html><body><nav>Home News Sport</nav></body></html>' },
        { name: 'note.txt', text: 'Shopping list\neggs' },
        { name: 'photo.png', text: '' },
        { name: 'huge.txt', text: 'x', size: 6 * 1024 * 1024 },
      ],
      { parseHtml },
    );
    expect(r.ok && r.documents.map((d) => d.outlet)).toEqual(['Unknown outlet']);
    expect(r.ok && r.rejected).toEqual([
      { name: 'menu.html', reason: 'no article found in the page (no block of text long enough to be one)' },
      { name: 'note.txt', reason: 'no article found: 3 words, fewer than the 80 an article has' },
      { name: 'photo.png', reason: 'not a .txt, .html or .json file' },
      { name: 'huge.txt', reason: 'larger than the limit of 5 MB per file' },
    ]);
  });

  it('the same file imported twice is recognised (ids come from the text)', async () => {
    store = await CorpusStore.open('t');
    const r = docsFromArticleFiles([{ name: 'a.html', text: htmlPage() }], { parseHtml });
    if (!r.ok) throw new Error('expected ok');
    expect((await store.importDocuments(r.documents)).added).toHaveLength(1);
    expect((await store.importDocuments(r.documents)).skipped[0].reason).toBe('already in your library');
  });
});

describe('add page', () => {
  const page = { title: 'Harbour plan advances', text: ['Harbour plan advances', ...PARAGRAPHS, ...PARAGRAPHS.map((p) => p.replace('the', 'a'))].join('\n'), url: 'https://coastal.example/harbour?utm_medium=social' };

  it('docFromPage: host as outlet when the site has no name; date from published time', () => {
    expect(docFromPage({ ...page, publishedTime: 'Tue, 29 Apr 2025 08:00:00 GMT' })).toMatchObject({
      outlet: 'coastal.example',
      outletNamed: false,
      date: '2025-04-29',
      lang: 'und',
      url: page.url,
    });
    expect(isoDay('not a date')).toBeNull();
  });

  it('stores, then refuses the same page again, with sentences to announce', async () => {
    store = await CorpusStore.open('t');
    const first = await addPageToCorpus(store, { ...page, siteName: 'Coastal Daily' });
    expect(first).toMatchObject({ ok: true, status: 'stored', message: 'Stored “Harbour plan advances” in your library.' });
    const second = await addPageToCorpus(store, { ...page, url: 'https://coastal.example/harbour#comments' });
    expect(second).toMatchObject({ ok: true, status: 'duplicate', message: expect.stringMatching(/^Not stored again: the same web address is already stored as “Harbour plan advances” \(Coastal Daily\)\.$/) });
  });

  it('refuses a page without an article, and reports a full disk', async () => {
    store = await CorpusStore.open('t');
    expect(await addPageToCorpus(store, { title: 'Home', text: 'Home\nNews', url: 'https://x.example/' })).toMatchObject({ ok: false, error: expect.stringMatching(/no article/) });
    const orig = store.addDocument.bind(store);
    store.addDocument = async () => {
      throw new StorageQuotaError('storing the document');
    };
    expect(await addPageToCorpus(store, page)).toMatchObject({ ok: false, error: expect.stringMatching(/no more storage space/) });
    store.addDocument = orig;
  });
});

// What the import control does with the files the reader chose: one .json export (all or
// nothing: its entries belong together), or any number of .txt/.html articles, a folder's
// files included, each on its own: the valid ones are imported and the others listed with why.
import type { CorpusStore } from '../../utils/storage/corpus-store';
import { ImportConflictError, StorageQuotaError } from '../../utils/storage/errors';
import { importCorpusFile } from '../../utils/storage/import-file';
import { docsFromArticleFiles, type ParseHtml, type RejectedFile } from '../../utils/storage/article-input';
import { MAX_ARTICLE_FILE_BYTES, MAX_IMPORT_BYTES } from '../../utils/storage/limits';
import type { ImportResult, ProgressCallback } from '../../utils/storage/types';

/** The parts of a File we use (a real File in the browser; a stand-in in tests). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * `ok: true` when something could be stored or was already stored; `rejected` lists the files
 * left out. `ok: false` (nothing imported) with one reason per problem.
 */
export type PickedOutcome = { ok: true; result: ImportResult; rejected: RejectedFile[] } | { ok: false; errors: string[] };

/** Files a folder holds besides articles (system files): skipped without a word. */
const SYSTEM_FILE = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|\._.*)$/i;

export async function importPickedFiles(
  store: CorpusStore,
  files: readonly PickedFile[],
  opts: { parseHtml: ParseHtml; onProgress?: ProgressCallback },
): Promise<PickedOutcome> {
  const picked = files.filter((f) => !SYSTEM_FILE.test(f.name.replace(/^.*[\\/]/, '')));
  if (picked.length === 0) return { ok: false, errors: ['No file was chosen.'] };
  const json = picked.filter((f) => /\.json$/i.test(f.name));
  if (json.length === 1 && picked.length === 1) {
    const file = json[0]!;
    // Refuse by size before reading a huge file into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      return { ok: false, errors: [`${file.name}: ${(file.size / 1024 / 1024).toFixed(1)} MB is larger than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB`] };
    }
    const r = await importCorpusFile(store, await file.text(), { byteLength: file.size, onProgress: opts.onProgress });
    return r.ok ? { ...r, rejected: [] } : { ok: false, errors: r.errors.map((e) => `${file.name}: ${e}`) };
  }
  // Among articles, an export is left out rather than merged: its import is all or nothing and
  // says so on its own, which a list of article files cannot.
  const rejected: RejectedFile[] = json.map((f) => ({ name: f.name, reason: 'a corpus export (.json) is imported on its own: choose it alone' }));
  const articles = picked.filter((f) => !/\.json$/i.test(f.name));
  const read = [];
  for (const [i, f] of articles.entries()) {
    opts.onProgress?.(i, articles.length, 'reading files');
    // Too-large files are not read; docsFromArticleFiles reports them from their size.
    read.push({ name: f.name, size: f.size, text: f.size > MAX_ARTICLE_FILE_BYTES ? '' : await f.text() });
  }
  const parsed = docsFromArticleFiles(read, { parseHtml: opts.parseHtml, onProgress: opts.onProgress });
  if (!parsed.ok) return parsed;
  rejected.push(...parsed.rejected);
  if (parsed.documents.length === 0) return { ok: false, errors: rejected.map((r) => `${r.name}: ${r.reason}`) };
  try {
    return { ok: true, result: await store.importDocuments(parsed.documents, { onProgress: opts.onProgress }), rejected };
  } catch (e) {
    if (e instanceof ImportConflictError || e instanceof StorageQuotaError) return { ok: false, errors: [e.message] };
    throw e;
  }
}

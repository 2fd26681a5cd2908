// What the import control does with the files the reader chose: one .json export, or any
// number of .txt/.html articles — never a mix — each all or nothing.
import type { CorpusStore } from '../../utils/storage/corpus-store';
import { ImportConflictError, StorageQuotaError } from '../../utils/storage/errors';
import { importCorpusFile, type ImportOutcome } from '../../utils/storage/import-file';
import { docsFromArticleFiles, type ParseHtml } from '../../utils/storage/article-input';
import { MAX_ARTICLE_FILE_BYTES, MAX_IMPORT_BYTES } from '../../utils/storage/limits';
import type { ProgressCallback } from '../../utils/storage/types';

/** The parts of a File we use (a real File in the browser; a stand-in in tests). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export async function importPickedFiles(
  store: CorpusStore,
  files: readonly PickedFile[],
  opts: { parseHtml: ParseHtml; onProgress?: ProgressCallback },
): Promise<ImportOutcome> {
  if (files.length === 0) return { ok: false, errors: ['No file was chosen.'] };
  const json = files.filter((f) => /\.json$/i.test(f.name));
  if (json.length > 0) {
    if (files.length > 1) {
      return { ok: false, errors: ['Choose either one .json export, or .txt/.html articles — not both at once.'] };
    }
    const file = json[0];
    // Refuse by size before reading a huge file into memory.
    if (file.size > MAX_IMPORT_BYTES) {
      return { ok: false, errors: [`${file.name}: ${(file.size / 1024 / 1024).toFixed(1)} MB is larger than the limit of ${MAX_IMPORT_BYTES / 1024 / 1024} MB`] };
    }
    const r = await importCorpusFile(store, await file.text(), { byteLength: file.size, onProgress: opts.onProgress });
    return r.ok ? r : { ok: false, errors: r.errors.map((e) => `${file.name}: ${e}`) };
  }
  const read = [];
  for (const [i, f] of files.entries()) {
    opts.onProgress?.(i, files.length, 'reading files');
    // Too-large files are not read; docsFromArticleFiles reports them from their size.
    read.push({ name: f.name, size: f.size, text: f.size > MAX_ARTICLE_FILE_BYTES ? '' : await f.text() });
  }
  const parsed = docsFromArticleFiles(read, { parseHtml: opts.parseHtml, onProgress: opts.onProgress });
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, result: await store.importDocuments(parsed.documents, { onProgress: opts.onProgress }) };
  } catch (e) {
    if (e instanceof ImportConflictError || e instanceof StorageQuotaError) return { ok: false, errors: [e.message] };
    throw e;
  }
}

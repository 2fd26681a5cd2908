// The one path from an export file to the corpus: validate everything, then store in one
// transaction. Any problem (invalid file, conflicting id, full disk) leaves the corpus as it was.
import type { CorpusStore } from './corpus-store';
import { ImportConflictError, StorageQuotaError } from './errors';
import { validateImport, type ImportLimits } from './export-format';
import type { ImportResult, ProgressCallback } from './types';

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; errors: string[] };

export async function importCorpusFile(
  store: CorpusStore,
  text: string,
  opts: { byteLength?: number; limits?: Partial<ImportLimits>; onProgress?: ProgressCallback } = {},
): Promise<ImportOutcome> {
  opts.onProgress?.(0, 1, 'checking');
  const checked = validateImport(text, opts);
  if (!checked.ok) return checked;
  try {
    return { ok: true, result: await store.importDocuments(checked.documents, { onProgress: opts.onProgress }) };
  } catch (e) {
    // Errors a reader can act on become messages; anything else is a bug and is rethrown.
    if (e instanceof ImportConflictError || e instanceof StorageQuotaError) return { ok: false, errors: [e.message] };
    throw e;
  }
}

// The corpus storage module's public surface. Everything that reads or writes the reader's
// corpus goes through CorpusStore; the rest are pure helpers around it.
export { CorpusStore, TRASH_RETENTION_DAYS } from './corpus-store';
export { toCorpusDoc } from './corpus-doc';
export { DB_NAME } from './schema';
export { DB_VERSION, MIGRATIONS } from './migrations';
export { StorageQuotaError, ImportConflictError, isQuotaError } from './errors';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  buildExport,
  serializeExport,
  exportFileName,
  validateImport,
  type CorpusExport,
  type ExportedDoc,
} from './export-format';
export { importCorpusFile, type ImportOutcome } from './import-file';
export { docsFromArticleFiles, docFromPage, type ArticleFile, type PageArticle } from './article-input';
export { addPageToCorpus, type AddPageResponse } from './add-page';
export type * from './types';

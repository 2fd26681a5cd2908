// The corpus export file (documented in docs/corpus-format.md): one JSON object
//   { "format": "source-compare-corpus", "version": 1, "exportedAt": "<ISO>", "documents": [ … ] }
// validateImport checks everything about a file before anything is written; a file with any
// problem is rejected whole, and each problem names its entry and field.
import { fieldName, isIsoTimestamp, isRecord, shownValue, typeName, validateDocFields } from './doc-validation';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DOCS, MAX_REPORTED_ERRORS } from './limits';
import type { DocSource, StoredDoc } from './types';
import type { CorpusDoc } from '../engine/types';
import { toCorpusDoc } from './corpus-doc';

export const EXPORT_FORMAT = 'source-compare-corpus';
export const EXPORT_VERSION = 1;

/**
 * One document in an export file: the engine's document plus the corpus bookkeeping. Written in
 * the order toExportedDoc builds it; `url` only when the document has one.
 */
export interface ExportedDoc extends CorpusDoc {
  /** Only when the page named one. */
  author?: string;
  addedAt: string;
  source: DocSource;
  hidden: boolean;
  /** Only when true: stored by "remember as you read" (so it expires like one after an import). */
  remembered?: boolean;
  /** Only when true: kept whatever the limits on remembered articles say. */
  pinned?: boolean;
}

export interface CorpusExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  documents: ExportedDoc[];
}

/** A stored document as written to a file: fingerprints are left out (they are rebuilt on import). */
export function toExportedDoc(d: ExportedDoc | StoredDoc): ExportedDoc {
  // The documented field order: the engine's fields (url, when there is one, before text), then
  // the bookkeeping ones.
  const { text, url, ...head } = toCorpusDoc(d);
  return {
    ...head,
    ...(url !== undefined ? { url } : {}),
    ...(d.author ? { author: d.author } : {}),
    text,
    addedAt: d.addedAt,
    source: d.source,
    hidden: d.hidden,
    ...(d.remembered ? { remembered: true } : {}),
    ...(d.pinned ? { pinned: true } : {}),
  };
}

export function buildExport(docs: readonly (StoredDoc | ExportedDoc)[], now: Date = new Date()): CorpusExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    documents: [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toExportedDoc),
  };
}

/** The file's text, two-space indented so a reader can look inside and diff two exports. */
export function serializeExport(data: CorpusExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `source-compare-corpus-${now.toISOString().slice(0, 10)}.json`;
}

export interface ImportLimits {
  maxBytes: number;
  maxDocs: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: MAX_IMPORT_BYTES, maxDocs: MAX_IMPORT_DOCS };

export type ValidationResult =
  | { ok: true; exportedAt: string; documents: ExportedDoc[] }
  | { ok: false; errors: string[] };

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

/** UTF-8 size of a string without encoding it when the answer is clear from its length. */
function utf8Bytes(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length; // bytes ≥ chars; ≤ 3 per UTF-16 unit
  return new TextEncoder().encode(text).byteLength;
}

function capped(errors: string[]): string[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), `…and ${errors.length - MAX_REPORTED_ERRORS} more problems`];
}

/**
 * Checks an export file completely: size, JSON syntax, format and version, every entry's fields
 * and types, the number of documents, and ids repeated within the file.
 * `byteLength` (e.g. File.size) lets the caller skip measuring the text.
 */
export function validateImport(
  text: string,
  opts: { limits?: Partial<ImportLimits>; byteLength?: number } = {},
): ValidationResult {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...opts.limits };
  const bytes = opts.byteLength ?? utf8Bytes(text, limits.maxBytes);
  if (bytes > limits.maxBytes) {
    return { ok: false, errors: [`file: ${formatBytes(bytes)} is larger than the limit of ${formatBytes(limits.maxBytes)}`] };
  }
  if (text.trim() === '') return { ok: false, errors: ['file: it is empty'] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const truncated = /end of (json )?input|unterminated|unexpected end/i.test(msg) ? ' (the file looks truncated)' : '';
    return { ok: false, errors: [`file: not valid JSON${truncated}: ${msg}`] };
  }
  if (!isRecord(data)) return { ok: false, errors: [`file: expected a JSON object, got ${typeName(data)}`] };

  const errors: string[] = [];
  if (data.format !== EXPORT_FORMAT) {
    errors.push(`format: expected "${EXPORT_FORMAT}", got ${shownValue(data.format)}`);
    // Anything else about a file of another format would only be noise.
    return { ok: false, errors };
  }
  if (data.version !== EXPORT_VERSION) {
    const v = data.version;
    errors.push(
      typeof v === 'number' && v > EXPORT_VERSION
        ? `version: the file is version ${v}, made by a newer release; this one reads version ${EXPORT_VERSION}`
        : `version: expected ${EXPORT_VERSION}, got ${shownValue(v)}`,
    );
    return { ok: false, errors };
  }
  if (typeof data.exportedAt !== 'string' || !isIsoTimestamp(data.exportedAt)) {
    errors.push(`exportedAt: expected a timestamp like "2025-05-01T12:00:00.000Z", got ${shownValue(data.exportedAt)}`);
  }
  for (const key of Object.keys(data)) {
    if (!['format', 'version', 'exportedAt', 'documents'].includes(key)) errors.push(`${fieldName(key)}: unknown field`);
  }
  const docs = data.documents;
  if (!Array.isArray(docs)) {
    errors.push(`documents: expected an array, got ${docs === undefined ? 'nothing (missing)' : typeName(docs)}`);
    return { ok: false, errors: capped(errors) };
  }
  if (docs.length > limits.maxDocs) {
    errors.push(`documents: ${docs.length.toLocaleString('en')} documents; the limit is ${limits.maxDocs.toLocaleString('en')} per import`);
    return { ok: false, errors };
  }
  const firstIndexOfId = new Map<string, number>();
  docs.forEach((entry, i) => {
    const label = `documents[${i}]`;
    errors.push(...validateDocFields(entry, label, { requireId: true, strict: true }));
    if (isRecord(entry) && typeof entry.id === 'string') {
      const first = firstIndexOfId.get(entry.id);
      if (first !== undefined) errors.push(`${label}.id: ${shownValue(entry.id)} is also the id of documents[${first}]`);
      else firstIndexOfId.set(entry.id, i);
    }
  });
  if (errors.length) return { ok: false, errors: capped(errors) };
  return { ok: true, exportedAt: data.exportedAt as string, documents: (docs as ExportedDoc[]).map(toExportedDoc) };
}

// Node-side loading of a reader's own corpus for the CLI's `--corpus PATH` (CONTRACT §1):
// a folder of .txt/.html articles, or a corpus export file (the options page's format).
// Files go through the same readers as the options page's import, so the CLI and the
// extension see the same documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CorpusDoc } from '../engine/types';
import { docFromHtmlFile, docFromTxtFile, type ParseHtml } from '../storage/article-input';
import { validateImport } from '../storage/export-format';

export class CorpusPathError extends Error {}

export interface LoadedCorpus {
  docs: CorpusDoc[];
  /** Files that could not be read as articles, each with why (the CLI prints them on stderr). */
  skipped: string[];
}

/**
 * linkedom's parser, loaded only for a folder that holds HTML: importing linkedom is about a
 * fifth of a CLI run over .txt articles.
 */
async function htmlParser(): Promise<ParseHtml> {
  const { parseHTML } = await import('linkedom');
  return (html) => parseHTML(html).document as unknown as Document;
}

function fromExport(path: string): LoadedCorpus {
  const result = validateImport(readFileSync(path, 'utf8'));
  if (!result.ok) throw new CorpusPathError(`${path} is not a usable corpus export: ${result.errors[0]}`);
  const docs = result.documents.map(({ id, outlet, outletNamed, headline, date, lang, url, text }) => ({
    id, outlet, outletNamed, headline, date, lang, text, ...(url ? { url } : {}),
  }));
  return { docs, skipped: [] };
}

async function fromFolder(dir: string): Promise<LoadedCorpus> {
  const docs: CorpusDoc[] = [];
  const skipped: string[] = [];
  const names = readdirSync(dir).filter((n) => /\.(txt|html?)$/i.test(n)).sort();
  const parseHtml = names.some((n) => /\.html?$/i.test(n)) ? await htmlParser() : null;
  /** Corpus id → the file that gave it: "a.txt" and "a.html" would be one document. */
  const taken = new Map<string, string>();
  for (const name of names) {
    const id = name.replace(/\.(txt|html?)$/i, '');
    const first = taken.get(id);
    if (first) {
      skipped.push(`${name}: same corpus id "${id}" as ${first} (rename one of them)`);
      continue;
    }
    let raw: string;
    try {
      raw = readFileSync(join(dir, name), 'utf8');
    } catch (e) {
      skipped.push(`${name}: ${(e as Error).message}`);
      continue;
    }
    const file = { name, text: raw };
    const r = /\.txt$/i.test(name) ? docFromTxtFile(file) : docFromHtmlFile(file, parseHtml!);
    if (!r.ok) {
      skipped.push(`${name}: ${r.error}`);
      continue;
    }
    docs.push({ ...r.doc, id });
    taken.set(id, name);
  }
  if (!docs.length) {
    throw new CorpusPathError(
      names.length ? `no readable article in ${dir} (${skipped[0]}${skipped.length > 1 ? `, and ${skipped.length - 1} more` : ''})` : `no .txt or .html article in ${dir}`,
    );
  }
  return { docs, skipped };
}

/** Loads `path` as a corpus: a folder of articles or an export (.json). */
export async function loadCorpusPath(path: string): Promise<LoadedCorpus> {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new CorpusPathError(`no such corpus folder or file: ${path}`);
  }
  if (isDir) return fromFolder(path);
  if (/\.json$/i.test(path)) return fromExport(path);
  throw new CorpusPathError(`${basename(path)}: a corpus is a folder of .txt/.html articles or an export (.json)`);
}

// Turning articles from outside the corpus into documents: a selection of .txt/.html files
// (options page) and the page the reader is on (sidebar "add page"). Metadata comes only from
// what the file or page says; when it says nothing, the document says so (outletNamed: false).
import { extractArticle } from '../article/extract';
import { MIN_ARTICLE_WORDS } from '../article/limits';
import { outletFromFooter, parseTxtArticle, stripTrailingBoilerplate } from '../corpus/article-text';
import { isHttpUrl, isIsoDate, validateDocFields } from './doc-validation';
import type { ExportedDoc } from './export-format';
import { contentHash } from './fingerprint';
import { MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILES, MAX_TEXT_CHARS } from './limits';
import type { NewDoc, ProgressCallback } from './types';
import { isoDay, tooLongHeadline, UNKNOWN_LANG } from './page-doc';
import { readTxtHeader } from './txt-header';
import { cutText } from '../text-cut';

export { docFromPage, isoDay, UNKNOWN_LANG, type PageArticle } from './page-doc';

export interface ArticleFile {
  name: string;
  text: string;
  /** Bytes on disk (File.size), to refuse huge files before reading them. */
  size?: number;
}

/** Parses HTML into a Document: DOMParser in the browser, linkedom in Node tests. */
export type ParseHtml = (html: string) => Document;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.(txt|html?)$/i, '');
}

function dateFromFileName(name: string): string | null {
  const m = /(\d{4}-\d{2}-\d{2})/.exec(name);
  return m && isIsoDate(m[1]) ? m[1] : null;
}

type FileResult = { ok: true; doc: NewDoc } | { ok: false; error: string };

/** The outlet of an imported article that does not name one: said as such, never made up. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

/**
 * A .txt article: its first line is the headline; the outlet and date come from labelled lines at
 * the top ("Source: …", "Date: …", utils/storage/txt-header.ts) or a syndication footer. Without
 * either, the outlet is `fallbackOutlet`: the options page passes UNKNOWN_OUTLET; the CLI's
 * `--corpus` folders keep the file name, the only label its evaluation sets give a document.
 */
export function docFromTxtFile(file: ArticleFile, fallbackOutlet = baseName(file.name)): FileResult {
  const header = readTxtHeader(file.text);
  const { title, text, dropped } = parseTxtArticle(header.text);
  if (!title) return { ok: false, error: 'the file is empty' };
  const words = wordCount(text);
  if (words < MIN_ARTICLE_WORDS) {
    return { ok: false, error: `no article found: ${words} words, fewer than the ${MIN_ARTICLE_WORDS} an article has` };
  }
  const named = header.outlet ?? outletFromFooter(dropped);
  const doc: NewDoc = {
    outlet: named ?? fallbackOutlet,
    outletNamed: named !== null,
    headline: tooLongHeadline(title),
    date: header.date ?? dateFromFileName(file.name),
    lang: UNKNOWN_LANG,
    text,
  };
  if (header.url) doc.url = header.url;
  return { ok: true, doc };
}

export function docFromHtmlFile(file: ArticleFile, parseHtml: ParseHtml, fallbackOutlet = baseName(file.name)): FileResult {
  const dom = parseHtml(file.text);
  // extractArticle reads the page's metadata (og:site_name, JSON-LD, <time>, canonical) itself.
  const article = extractArticle(dom);
  if (!article) return { ok: false, error: 'no article found in the page (no block of text long enough to be one)' };
  const text = stripTrailingBoilerplate(article.text).text;
  const siteName = article.siteName?.trim() || null;
  const doc: NewDoc = {
    outlet: siteName ?? fallbackOutlet,
    outletNamed: siteName !== null,
    headline: tooLongHeadline(article.title || text.split('\n', 1)[0]),
    date: isoDay(article.publishedTime) ?? dateFromFileName(file.name),
    lang: article.lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(article.lang) ? article.lang : UNKNOWN_LANG,
    text: cutText(text, MAX_TEXT_CHARS),
  };
  if (article.canonicalUrl && isHttpUrl(article.canonicalUrl)) doc.url = article.canonicalUrl;
  if (article.author) doc.author = article.author;
  return { ok: true, doc };
}

/** A file of a selection that is not imported, and why (in the validators' words). */
export interface RejectedFile {
  name: string;
  reason: string;
}

/**
 * `ok: false` only when the selection itself is refused (too many files); otherwise every file is
 * either an entry of `documents` or one of `rejected`.
 */
export type ArticleFilesResult = { ok: true; documents: ExportedDoc[]; rejected: RejectedFile[] } | { ok: false; errors: string[] };

/**
 * Reads a selection of .txt/.html files (or a folder's files) into import entries. Each file
 * stands alone: a file without an article (a short note, a menu page, a picture in the folder)
 * is listed in `rejected` with its reason and the others are imported. (This was all or
 * nothing, like a JSON export, so one note in a folder of 268 articles blocked all of them; an
 * export is one file whose entries belong together, a folder is not.) Ids are derived from the
 * text, so importing the same file twice is recognised.
 */
export function docsFromArticleFiles(
  files: readonly ArticleFile[],
  opts: { parseHtml: ParseHtml; onProgress?: ProgressCallback; now?: Date },
): ArticleFilesResult {
  if (files.length > MAX_ARTICLE_FILES) {
    return { ok: false, errors: [`${files.length} files selected; the limit is ${MAX_ARTICLE_FILES} per import`] };
  }
  const addedAt = (opts.now ?? new Date()).toISOString();
  const rejected: RejectedFile[] = [];
  const documents: ExportedDoc[] = [];
  files.forEach((file, i) => {
    opts.onProgress?.(i, files.length, 'reading files');
    const fail = (reason: string) => rejected.push({ name: file.name, reason });
    if ((file.size ?? file.text.length) > MAX_ARTICLE_FILE_BYTES) {
      return fail(`larger than the limit of ${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MB per file`);
    }
    const r = /\.txt$/i.test(file.name)
      ? docFromTxtFile(file, UNKNOWN_OUTLET)
      : /\.html?$/i.test(file.name)
        ? docFromHtmlFile(file, opts.parseHtml, UNKNOWN_OUTLET)
        : ({ ok: false, error: 'not a .txt, .html or .json file' } as const);
    if (!r.ok) return fail(r.error);
    const entry: ExportedDoc = {
      id: `u_${contentHash(r.doc.text)}`,
      outlet: r.doc.outlet,
      outletNamed: r.doc.outletNamed,
      headline: r.doc.headline,
      date: r.doc.date,
      lang: r.doc.lang,
      ...(r.doc.url ? { url: r.doc.url } : {}),
      ...(r.doc.author ? { author: r.doc.author } : {}),
      text: r.doc.text,
      addedAt,
      source: 'user',
      hidden: false,
    };
    // Field problems are prefixed with the label; the file's name is said once, by `rejected`.
    const problems = validateDocFields(entry, 'file', { requireId: true, strict: true });
    if (problems.length) return fail(problems.map((p) => p.replace(/^file\./, '')).join('; '));
    documents.push(entry);
  });
  opts.onProgress?.(files.length, files.length, 'reading files');
  return { ok: true, documents, rejected };
}

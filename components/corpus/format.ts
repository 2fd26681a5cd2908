// Small display helpers for the corpus page.
import type { StoredDoc } from '../../utils/storage/types';

/** JavaScript's whitespace (what `\s` matches), by char code. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Runs of non-whitespace (the same count as `text.match(/\S+/g).length`), without a regex or allocations. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * One formatter for every date: `toLocaleDateString(…, options)` builds a new Intl formatter
 * on each call (~0.1 ms), which at 10,000 rows was the page's largest cost.
 */
let dayFormat: Intl.DateTimeFormat | null = null;

/** "1 May 2025" for an ISO day, or a dash with an explanation for screen readers. */
export function formatDay(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(d);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

/**
 * A document prepared for listing: everything a row shows is computed once per document (not
 * on every render), and the same Row object is kept while the document is unchanged, so rows
 * can skip re-rendering by identity.
 */
export interface Row {
  doc: StoredDoc;
  words: number;
  /** formatDay(doc.date). */
  day: string;
  /** safeHref(doc.url): only http(s) links are rendered. */
  href: string | null;
  /** Lower-cased outlet + headline + text, for the search box: built on the first search only. */
  haystack?: string;
}

export function toRow(doc: StoredDoc): Row {
  return { doc, words: wordCount(doc.text), day: formatDay(doc.date), href: safeHref(doc.url) };
}

export function haystackOf(row: Row): string {
  return (row.haystack ??= `${row.doc.outlet}\n${row.doc.headline}\n${row.doc.text}`.toLowerCase());
}

/** Fields a row displays or acts on: when none changed, the previous Row is reused. */
function sameForRow(a: StoredDoc, b: StoredDoc): boolean {
  return (
    a.id === b.id && a.outlet === b.outlet && a.headline === b.headline && a.date === b.date && a.hidden === b.hidden &&
    a.source === b.source && a.addedAt === b.addedAt && a.url === b.url && a.lang === b.lang && a.outletNamed === b.outletNamed && a.text === b.text &&
    a.remembered === b.remembered && a.pinned === b.pinned && a.fetchedFrom === b.fetchedFrom && a.summaryOnly === b.summaryOnly
  );
}

/**
 * Rows for `docs`, reusing the Row (and its derived data) of any document that did not change
 * since `previous` — re-reading the corpus after a delete then costs one comparison per document,
 * not a word count and a re-render per row.
 */
export function toRows(docs: readonly StoredDoc[], previous: ReadonlyMap<string, Row> = new Map()): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const doc of docs) {
    const old = previous.get(doc.id);
    out.set(doc.id, old && sameForRow(old.doc, doc) ? old : toRow(doc));
  }
  return out;
}

/** Only http(s) links are ever rendered (the store refuses others; this is the second lock). */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

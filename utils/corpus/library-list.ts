// What the options page's library list shows: which documents (a kind and a search), and which
// page of them. Pure functions over rows that carry a stored document, so the page renders at
// most one page of rows whatever the library's size (10,000 rows in the DOM froze the page and
// put the settings 14,400 px down), and every document is listed exactly once: remembered
// articles used to have a list of their own above the full list, which listed them again.
import type { StoredDoc } from '../storage/types';

/** Where a document came from, as the reader tells them apart. */
export type LibraryKind = 'fetched' | 'remembered' | 'added' | 'seed';
/** What the list shows: every document, or one kind. */
export type LibraryShow = 'all' | LibraryKind;

export const LIBRARY_SHOW: readonly LibraryShow[] = ['all', 'fetched', 'remembered', 'added', 'seed'];

/** Rows per page: enough to scan, few enough that a page renders in a frame or two. */
export const PAGE_SIZE = 50;

type Kinded = Pick<StoredDoc, 'source' | 'remembered' | 'fetchedFrom'>;

/** A document's one kind: a seed, fetched from a followed source, remembered as the reader read, or added/imported by hand. */
export function kindOf(doc: Kinded): LibraryKind {
  if (doc.source === 'seed') return 'seed';
  if (doc.fetchedFrom) return 'fetched';
  return doc.remembered ? 'remembered' : 'added';
}

/** How many documents each choice of "Show" lists. */
export function countKinds(docs: Iterable<Kinded>): Record<LibraryShow, number> {
  const counts: Record<LibraryShow, number> = { all: 0, fetched: 0, remembered: 0, added: 0, seed: 0 };
  for (const d of docs) {
    counts.all++;
    counts[kindOf(d)]++;
  }
  return counts;
}

/**
 * The rows to list, in the order given: those of the chosen kind whose search text holds every
 * word of `query` (case-insensitive). `haystack` gives a row's search text (built lazily by the
 * caller, since at 10,000 documents building them all costs more than most searches).
 */
export function selectRows<R extends { doc: Kinded }>(rows: readonly R[], show: LibraryShow, query: string, haystack: (row: R) => string): R[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  // Each row is tested once and kept at most once: one list, one entry per document.
  return rows.filter((r) => (show === 'all' || kindOf(r.doc) === show) && terms.every((t) => haystack(r).includes(t)));
}

export interface PageWindow {
  /** The page shown, 0-based, clamped to the pages there are. */
  page: number;
  /** Pages in all (at least 1, so "page 1 of 1" for an empty list). */
  pages: number;
  /** Slice bounds into the list: items [start, end). */
  start: number;
  end: number;
}

/**
 * The window of a `total`-item list that page `page` shows. A page past the end (the last
 * documents of the last page were deleted, or a search narrowed the list) shows the last page.
 */
export function pageWindow(total: number, page: number, size = PAGE_SIZE): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size) };
}

/** The page that holds item `index` (to show a given document, e.g. after an undo). */
export function pageOfIndex(index: number, size = PAGE_SIZE): number {
  return index < 0 ? 0 : Math.floor(index / size);
}

// Small display helpers for the corpus page.
import type { StoredDoc } from '../../utils/storage/types';

export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** "1 May 2025" for an ISO day, or a dash with an explanation for screen readers. */
export function formatDay(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** A document prepared for listing: counted and searchable once, not on every keystroke. */
export interface Row {
  doc: StoredDoc;
  words: number;
  /** Lower-cased outlet + headline + text, for the search box. */
  haystack: string;
}

export function toRow(doc: StoredDoc): Row {
  return { doc, words: wordCount(doc.text), haystack: `${doc.outlet}\n${doc.headline}\n${doc.text}`.toLowerCase() };
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

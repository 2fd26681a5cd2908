// The background's side of the sidebar's "add page" button: store the page and say, in one
// sentence a screen reader can announce, what happened.
import type { CorpusStore } from './corpus-store';
import { StorageQuotaError } from './errors';
import { docFromPage, type PageArticle } from './page-doc';
import { MIN_ARTICLE_WORDS } from '../article/limits';

export type AddPageResponse =
  | { ok: true; status: 'stored'; id: string; message: string }
  | { ok: true; status: 'duplicate'; of: string; message: string }
  | { ok: false; error: string };

export async function addPageToCorpus(store: CorpusStore, page: PageArticle): Promise<AddPageResponse> {
  const doc = docFromPage(page);
  const words = doc.text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) {
    return { ok: false, error: `Not stored: this page has no article to store (${words} words of text).` };
  }
  try {
    const r = await store.addDocument(doc);
    if (r.status === 'stored') {
      return { ok: true, status: 'stored', id: r.id, message: `Stored “${doc.headline}” in your library.` };
    }
    return { ok: true, status: 'duplicate', of: r.of, message: `Not stored again: ${r.reason}.` };
  } catch (e) {
    if (e instanceof StorageQuotaError) return { ok: false, error: e.message };
    return { ok: false, error: `Not stored: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Whether the page is already stored (the sidebar then offers no "add" button), and as what. */
export type PageStoredResponse = { stored: false } | { stored: true; id: string; headline: string };

/** Asks with the text and address the add button would store, so both apply the same rules. */
export async function findPageInCorpus(store: CorpusStore, page: PageArticle): Promise<PageStoredResponse> {
  const doc = docFromPage(page);
  const dup = await store.findStored(doc);
  if (!dup) return { stored: false };
  const stored = await store.getDocument(dup.of);
  return { stored: true, id: dup.of, headline: stored?.headline ?? '' };
}

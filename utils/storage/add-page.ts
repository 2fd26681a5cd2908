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
      return { ok: true, status: 'stored', id: r.id, message: `Stored “${doc.headline}” in your corpus.` };
    }
    return { ok: true, status: 'duplicate', of: r.of, message: `Not stored again: ${r.reason}.` };
  } catch (e) {
    if (e instanceof StorageQuotaError) return { ok: false, error: e.message };
    return { ok: false, error: `Not stored: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// The background's side of "remember as you read": store the page the reader opened, marked as
// remembered (so it may expire), unless it is already stored (the duplicate rules of addDocument:
// same URL, same text, or a near-identical syndicated copy) or is no article.
import type { CorpusStore } from './corpus-store';
import { docFromPage, type PageArticle } from './page-doc';
import { MIN_ARTICLE_WORDS } from '../article/limits';

export type RememberOutcome =
  | { status: 'stored'; id: string }
  | { status: 'duplicate'; of: string }
  | { status: 'refused'; reason: string };

export async function rememberPageInCorpus(store: CorpusStore, page: PageArticle): Promise<RememberOutcome> {
  const doc = docFromPage(page);
  const words = doc.text.split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) return { status: 'refused', reason: `no article (${words} words)` };
  try {
    const r = await store.addDocument({ ...doc, remembered: true });
    return r.status === 'stored' ? { status: 'stored', id: r.id } : { status: 'duplicate', of: r.of };
  } catch (e) {
    // Out of space or an invalid field: nothing stored, and reading goes on undisturbed.
    return { status: 'refused', reason: e instanceof Error ? e.message : String(e) };
  }
}

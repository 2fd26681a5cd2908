// Article extraction shared by the CLI (a linkedom Document in Node) and the content script
// (a clone of the live document). Readability finds the article; we then read its text
// block by block so that paragraphs stay separate lines, which the segmenter treats as hard
// sentence boundaries (Readability's own textContent glues "…end.Next paragraph" together).
import { Readability } from '@mozilla/readability';
import { stripTrailingBoilerplate } from '../corpus/article-text';
import { MIN_ARTICLE_WORDS } from './limits';
import { readPageMetadata } from './metadata';
import { dropFurnitureLines, removeFurniture } from './furniture';
import { BLOCK_TAGS, SKIP_TAGS } from './blocks';

export interface ExtractedArticle {
  title: string;
  /** Headline on the first line, then one line per block of the article. */
  text: string;
  byline: string | null;
  /** The outlet's name from the page's metadata (utils/article/metadata.ts), else Readability's guess. */
  siteName: string | null;
  publishedTime: string | null;
  /** The author from the page's metadata, else Readability's byline. */
  author: string | null;
  /** The page's canonical http(s) address, when it states one. */
  canonicalUrl: string | null;
  lang: string | null;
}

export { MIN_ARTICLE_WORDS };

/** Text of an element with a line break at every block boundary; inline whitespace collapsed. */
export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/**
 * Runs Readability on `doc` (which it mutates: pass a clone of a live document) and returns the
 * article, or null when the page has no article worth comparing.
 */
export function extractArticle(doc: Document, opts: { url?: string } = {}): ExtractedArticle | null {
  const lang = doc.documentElement?.getAttribute('lang') || null;
  // Before Readability, which removes <script> (JSON-LD) and <meta> from what it returns.
  const metadata = readPageMetadata(doc, opts.url);
  // Breadcrumbs, captions, credits, tag lists and share bars are not claims (furniture.ts).
  const furniture = removeFurniture(doc);
  const parsed = new Readability(doc, { serializer: (el: Node) => el }).parse();
  if (!parsed || !parsed.content) return null;
  // The same trailing-boilerplate rules as stored articles: a page's "log in to comment" or
  // agency credit is not a claim of the article.
  const body = stripTrailingBoilerplate(dropFurnitureLines(blockText(parsed.content as unknown as Node))).text;
  const title = (parsed.title ?? '').replace(/\s+/g, ' ').trim();
  if (body.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) return null;
  // The headline is part of what the article claims; Readability usually leaves it out of the body.
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  return {
    title,
    text,
    byline: parsed.byline ?? null,
    siteName: metadata.outlet ?? parsed.siteName ?? null,
    publishedTime: metadata.published ?? parsed.publishedTime ?? null,
    author: metadata.author ?? bylineName(furniture.byline) ?? bylineName(parsed.byline),
    canonicalUrl: metadata.canonicalUrl,
    lang: parsed.lang || lang,
  };
}

/** Readability's byline as an author name: "By Jane Doe" → "Jane Doe"; a long byline is not a name. */
function bylineName(byline: string | null | undefined): string | null {
  const s = (byline ?? '').replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  // Names of two or three authors fit in 80 characters; longer is a sentence Readability took for a byline.
  return s && s.length <= 80 ? s : null;
}

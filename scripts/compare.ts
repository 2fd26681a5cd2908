// The comparison CLI (contract: shared/docs/CONTRACT.md §1).
//   npm run --silent compare -- [--json] <file.html|file.txt|->
// Compares one article with the seed corpus using the same engine as the extension.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../utils/article/extract';
import { readPageMetadata } from '../utils/article/metadata';
import { isoDay } from '../utils/storage/page-doc';
import { parseTxtArticle } from '../utils/corpus/article-text';
import { CorpusPathError, loadCorpusPath } from '../utils/corpus/corpus-path-node';
import { loadSeedDocs } from '../utils/corpus/seeds-node';
import { CorpusIndex, analyzePage, type PageInput, type Report } from '../utils/engine';
import { formatReport } from './format-report';

class UsageError extends Error {}

function readInput(path: string): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(e as Error).message}`);
  }
}

/** HTML goes through Readability like a page in the browser; anything else is a .txt article. */
export async function pageFromInput(path: string, raw: string): Promise<PageInput> {
  if (!raw.trim()) throw new UsageError(`${path === '-' ? 'standard input' : path} is empty`);
  const looksHtml = /\.html?$/i.test(path) || (path === '-' && /^\s*</.test(raw));
  if (looksHtml) {
    // Loaded only here: importing linkedom is about a fifth of a run that reads a .txt article.
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(raw);
    const article = extractArticle(document as unknown as Document);
    if (!article) throw new UsageError(`no article found in ${path === '-' ? 'standard input' : path}`);
    const date = isoDay(readPageMetadata(document as unknown as Document).published);
    return { title: article.title, text: article.text, lang: article.lang ?? undefined, ...(date ? { date } : {}) };
  }
  const { title, text } = parseTxtArticle(raw);
  return { title, text };
}

const USAGE = 'usage: npm run --silent compare -- [--json] [--corpus <folder|export.json>] [--exclude <corpus id>] <file.html|file.txt|->';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  // --exclude <id>: leave a corpus document out (as if that outlet had not covered the story);
  // scripts/eval-leave-one-out.mjs uses it to check the engine against fitting the five seeds.
  // --corpus <path>: the reader's own corpus (a folder of articles or an export) instead of the seeds.
  const excluded: string[] = [];
  let corpusPath: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--exclude' || argv[i] === '--corpus') {
      if (!argv[i + 1]) throw new UsageError(USAGE);
      if (argv[i] === '--exclude') excluded.push(argv[++i]);
      else corpusPath = argv[++i];
    } else rest.push(argv[i]);
  }
  const files = rest.filter((a) => a === '-' || !a.startsWith('--'));
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length || files.length !== 1) throw new UsageError(USAGE);
  const page = await pageFromInput(files[0], readInput(files[0]));
  const index = new CorpusIndex();
  let corpus = loadSeedDocs();
  if (corpusPath) {
    try {
      const loaded = await loadCorpusPath(corpusPath);
      for (const why of loaded.skipped) process.stderr.write(`compare: skipped ${why}\n`);
      corpus = loaded.docs;
    } catch (e) {
      throw e instanceof CorpusPathError ? new UsageError(e.message) : e;
    }
  }
  for (const doc of corpus) if (!excluded.some((x) => doc.id === x || doc.id.startsWith(x + '_'))) index.add(doc);
  const report: Report = analyzePage(page, index);
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error).stack ?? e}`;
  process.stderr.write(`compare: ${message.split('\n')[0]}\n`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}

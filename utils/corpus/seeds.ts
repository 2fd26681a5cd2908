// The shipped seed corpus: five articles on one story, with metadata taken only from what
// the texts say (seeds/seeds.json). The extension bundles the raw files; Node reads them
// from disk. Both go through parseSeedDocs so they see the same documents.
import type { CorpusDoc } from '../engine/types';
import { parseTxtArticle } from './article-text';
import seedMeta from '../../seeds/seeds.json';

export interface SeedMeta {
  id: string;
  outlet: string;
  outletNamed: boolean;
  outletEvidence: string;
  headline: string;
  date: string | null;
  lang: string;
}

export const SEED_META: readonly SeedMeta[] = seedMeta.seeds;

/**
 * Builds corpus documents from raw seed files keyed by file name (a path is fine: only the
 * base name counts). A file without metadata is an error: a seed must not appear unlabelled.
 */
export function parseSeedDocs(files: Record<string, string>): CorpusDoc[] {
  const byId = new Map(SEED_META.map((m) => [m.id, m]));
  const docs: CorpusDoc[] = [];
  for (const [path, raw] of Object.entries(files)) {
    const id = path.replace(/^.*\//, '').replace(/\.txt$/, '');
    const meta = byId.get(id);
    if (!meta) throw new Error(`seed ${id} has no entry in seeds/seeds.json`);
    const { text } = parseTxtArticle(raw);
    docs.push({
      id,
      outlet: meta.outlet,
      outletNamed: meta.outletNamed,
      headline: meta.headline,
      date: meta.date,
      lang: meta.lang,
      text,
    });
  }
  // Code-unit order, not localeCompare: the background parses the seeds at every start, and a
  // worker's first localeCompare sets up ICU's collator (2-6 ms of a cold page in a profile).
  return docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

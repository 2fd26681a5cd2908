// Node-side seed loading (CLI, bench, tests): reads seeds/*.txt from the project folder.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusDoc } from '../engine/types';
import { parseSeedDocs } from './seeds';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export function loadSeedDocs(dir = SEEDS_DIR): CorpusDoc[] {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return parseSeedDocs(files);
}

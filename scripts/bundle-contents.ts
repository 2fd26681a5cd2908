// What is in each bundle: builds the extension once more (production mode, into a temporary
// directory, so .output is untouched) with a Vite plugin that reads rolldown's per-module
// rendered lengths (after tree-shaking, before minification) and groups them by package or by
// our own folder. The minified share of each group is estimated as its share of the rendered
// length times the chunk's minified size.
//
//   npx tsx scripts/bundle-contents.ts            # table for chrome-mv3
//   npx tsx scripts/bundle-contents.ts --json     # the same as JSON
//   npx tsx scripts/bundle-contents.ts --modules  # also every module's rendered length
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';
import type { Plugin } from 'vite';

const ROOT = new URL('../', import.meta.url).pathname;

interface ChunkReport {
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
  renderedBytes: number;
  groups: { group: string; renderedBytes: number; share: number; estMinifiedBytes: number; modules: number }[];
}

/** node_modules/<pkg> (scoped too), else our folder (utils/page, components, …), else the module id. */
export function groupOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const rel = relative(ROOT, clean);
  if (rel.startsWith('..') || clean.startsWith('virtual:') || !clean.startsWith('/')) return `(virtual) ${clean.split('/')[0]}`;
  const parts = rel.split('/');
  if (parts[0] === 'utils' && parts.length > 2) return `utils/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : rel;
}

async function main() {
  const json = process.argv.includes('--json');
  const out = mkdtempSync(`${tmpdir()}/sc-bundle-`);
  const rendered = new Map<string, Map<string, { bytes: number; modules: number }>>();
  const code = new Map<string, string>();
  const reporter: Plugin = {
    name: 'source-compare:bundle-contents',
    enforce: 'post',
    generateBundle(_opts, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const groups = new Map<string, { bytes: number; modules: number }>();
        for (const [id, m] of Object.entries(chunk.modules)) {
          const g = groupOf(id);
          const cur = groups.get(g) ?? { bytes: 0, modules: 0 };
          cur.bytes += m.renderedLength;
          cur.modules += 1;
          groups.set(g, cur);
        }
        rendered.set(chunk.fileName, groups);
        if (process.argv.includes('--modules'))
          for (const [id, m] of Object.entries(chunk.modules)) if (m.renderedLength > 0) console.log(`${chunk.fileName}\t${m.renderedLength}\t${relative(ROOT, id)}`);
        code.set(chunk.fileName, chunk.code);
      }
    },
  };
  const quiet = process.env.BUNDLE_VERBOSE ? {} : { logger: { debug() {}, log() {}, info() {}, warn() {}, error: console.error, fatal: console.error, success() {}, level: 0 } };
  try {
    await build({ root: ROOT, outDir: out, ...(quiet as object), vite: () => ({ plugins: [reporter] }) });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const reports: ChunkReport[] = [];
  for (const [file, groups] of rendered) {
    if (file.includes('-esm') || !code.has(file)) continue;
    const src = code.get(file)!;
    const minifiedBytes = Buffer.byteLength(src);
    const total = [...groups.values()].reduce((s, g) => s + g.bytes, 0);
    reports.push({
      file,
      minifiedBytes,
      gzipBytes: gzipSync(src).length,
      renderedBytes: total,
      groups: [...groups]
        .map(([group, g]) => ({ group, renderedBytes: g.bytes, share: total ? g.bytes / total : 0, estMinifiedBytes: Math.round(total ? (g.bytes / total) * minifiedBytes : 0), modules: g.modules }))
        .sort((a, b) => b.renderedBytes - a.renderedBytes),
    });
  }
  reports.sort((a, b) => a.file.localeCompare(b.file));
  if (json) {
    console.log(JSON.stringify(reports, null, 2));
    return;
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  for (const r of reports) {
    console.log(`\n${r.file}: ${kib(r.minifiedBytes)} minified, ${kib(r.gzipBytes)} gzip (${kib(r.renderedBytes)} before minification)`);
    console.log(`${'group'.padEnd(34)} ${'modules'.padStart(7)} ${'rendered'.padStart(11)} ${'share'.padStart(6)} ${'≈ minified'.padStart(11)}`);
    for (const g of r.groups) {
      if (g.share < 0.005) continue;
      console.log(`${g.group.padEnd(34)} ${String(g.modules).padStart(7)} ${kib(g.renderedBytes).padStart(11)} ${(g.share * 100).toFixed(1).padStart(5)}% ${kib(g.estMinifiedBytes).padStart(11)}`);
    }
  }
}

await main();

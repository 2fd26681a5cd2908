// Runs the real benchmark script (as `npm run bench -- --json` does) on small corpora and checks
// the contract rows (shared/docs/CONTRACT.md §3). Times are never asserted, only their shape.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function bench(args: string[]) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench.ts', ...args], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row { name: string; corpusDocs: number; medianMs: number; scaled?: boolean; [k: string]: unknown }

describe('npm run bench', { timeout: 300_000 }, () => {
  it('--json prints one JSON object with the contract rows, ratios, memory and bundle sizes', () => {
    const { code, stdout, stderr } = bench(['--json', '--sizes', '40,80', '--runs', '2', '--warmup', '1', '--naive-pairs', '200']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout); // the whole of stdout is one JSON value
    expect(stdout.trim().startsWith('{')).toBe(true);
    const rows: Row[] = out.results;
    const row = (name: string, docs: number) => rows.find((r) => r.name === name && r.corpusDocs === docs);
    for (const [name, docs] of [
      ['engine', 5], ['engine', 40], ['engine', 80], ['floor', 80],
      ['naive-all-pairs', 40], ['fulltext-library', 40],
      ['index-build', 5], ['index-build', 40], ['index-build', 80],
    ] as const) {
      const r = row(name, docs);
      expect(r, `${name} at ${docs}`).toBeDefined();
      expect(typeof r!.medianMs).toBe('number');
      expect(r!.medianMs).toBeGreaterThanOrEqual(0);
      expect(r!.runs).toBeGreaterThanOrEqual(1);
    }
    expect(row('naive-all-pairs', 40)!.scaled).toBe(true);
    expect(row('naive-all-pairs', 40)!.totalPairs).toBeGreaterThan(row('naive-all-pairs', 40)!.sampledPairs as number);
    expect(rows.filter((r) => r.name === 'engine-seed-page')).toHaveLength(5);
    // Feed parsing (issue 22): 500 generated items, all read.
    expect(rows.find((r) => r.name === 'feed-parse')).toMatchObject({ corpusDocs: 0, feedItems: 500, medianMs: expect.any(Number) });
    // A fetched article ingested into the store of add-document-persisted, with its two ratios.
    const ingest = rows.find((r) => r.name === 'ingest-fetched-article');
    expect(ingest).toMatchObject({ corpusDocs: rows.find((r) => r.name === 'add-document-persisted')!.corpusDocs, medianMs: expect.any(Number), runs: 2 });
    for (const k of ['ingestOverAddDocumentPersisted', 'ingestOverEngine']) expect(typeof out.ratios[k].value, k).toBe('number');
    // Warm-up: the engine ran before the first timed row, and every engine and floor row warmed
    // up for at least --warmup runs (a cold first row once read 3-5x its warm time).
    expect(out.settings.processWarmup.rounds).toBeGreaterThanOrEqual(1);
    expect(out.settings.rowWarmupMs).toBeGreaterThan(0);
    for (const r of rows.filter((x) => /^(engine|floor)/.test(x.name))) expect(r.warmup, `${r.name} at ${r.corpusDocs}`).toBeGreaterThanOrEqual(1);
    // Memory: heap deltas after GC (the script runs with --expose-gc) and the serialised index.
    expect(row('index-build', 80)!.heapBytes).toBeGreaterThan(0);
    expect(row('index-build', 80)!.serializedBytes).toBeGreaterThan(row('index-build', 5)!.serializedBytes as number);
    expect(out.memory.peakHeapUsedBytes).toBeGreaterThan(0);
    expect(out.memory.peakRssBytes).toBeGreaterThan(0);
    // Ratios: the four of the issue (plus the floor's own growth), each a number with its target.
    for (const k of ['naiveOverEngine', 'engineLargeOverEngineSeeds', 'engineOverFloor', 'fulltextOverEngine']) {
      expect(typeof out.ratios[k].value, k).toBe('number');
    }
    expect(out.ratios.naiveOverEngine.target).toBe('≥ 100');
    expect(out.ratios.engineLargeOverEngineSeeds.target).toBe('≤ 3');
    expect(out.ratios.engineOverFloor.target).toBe('≤ 5');
    // Paired (alternating) runs for the two ratios on the large corpus.
    for (const k of ['engineLargeOverEngineSeeds', 'engineOverFloor']) {
      expect(out.ratios[k].paired.pairs, k).toBeGreaterThanOrEqual(1);
      expect(typeof out.ratios[k].paired.wall, k).toBe('number');
      expect(typeof out.ratios[k].paired.cpu, k).toBe('number');
    }
    expect(out.bundles).toHaveProperty('contentScriptBytes');
    expect(out.bundles).toHaveProperty('sidebarBytes');
    expect(out.machine.nproc).toBeGreaterThan(0);
  });

  it('prints readable tables without --json', () => {
    const { code, stdout } = bench(['--sizes', '30', '--runs', '1', '--warmup', '0', '--naive-pairs', '100']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^name\s+docs\s+median ms/m);
    expect(stdout).toMatch(/^engine\s+5\s/m);
    expect(stdout).toMatch(/^naive-all-pairs\s+30\s/m);
    expect(stdout).toMatch(/naiveOverEngine/);
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it('rejects an unknown option with a usage line and exit status 2', () => {
    const { code, stderr, stdout } = bench(['--json', '--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown option --bogus/);
  });
});

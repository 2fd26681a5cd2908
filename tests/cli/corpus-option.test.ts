// `compare --corpus PATH` (CONTRACT §1): a folder of .txt/.html articles or an export file
// replaces the seed corpus. Runs the real CLI on folders made from the seeds and an HTML page
// written here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../utils/storage/export-format';
import { loadSeedDocs } from '../../utils/corpus/seeds-node';

const ROOT = new URL('../..', import.meta.url);
const seed = (id: string) => readFileSync(new URL(`seeds/${id}.txt`, ROOT), 'utf8');

function compare(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compare.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Seed 001 as a news page with its outlet in og:site_name. */
function htmlPage(): string {
  const [headline, ...paragraphs] = seed('001_6126d935732da1c5').split('\n').filter((l) => l.trim());
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><title>${esc(headline)}</title>
<meta property="og:site_name" content="The Test Ledger"></head><body><article><h1>${esc(headline)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
}

// Each test spawns the CLI (a second or two when idle): the timeout only bounds a hang.
describe('compare --corpus', { timeout: 120_000 }, () => {
  it('matches against a folder of .txt and .html articles, names unreadable files and skips them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'wire-copy.txt'), seed('000_603276615ce932ed'));
    writeFileSync(join(dir, 'ledger.html'), htmlPage());
    writeFileSync(join(dir, 'stub.txt'), 'A headline\nToo short to be an article.\n');
    writeFileSync(join(dir, 'notes.md'), 'not an article format');
    const { code, stdout, stderr } = compare(['--json', '--corpus', dir, 'seeds/003_48a0785e15c454a3.txt']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped stub\.txt: no article found/);
    expect(stderr).not.toMatch(/notes\.md/);
    const report = JSON.parse(stdout);
    const sources = new Set(report.claims.flatMap((c: { matches: { source: string }[] }) => c.matches.map((m) => m.source)));
    expect([...sources].sort()).toEqual(['ledger', 'wire-copy']);
    expect(report.coverage.find((c: { source: string }) => c.source === 'ledger').outlet).toBe('The Test Ledger');
    // A .txt file that names no outlet is shown under its file name.
    expect(report.coverage.find((c: { source: string }) => c.source === 'wire-copy').outlet).toMatch(/wire-copy|Wall Street Journal/);
  });

  it('says which file it left out when two give one corpus id ("a.txt" and "a.html")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'ledger.html'), htmlPage());
    writeFileSync(join(dir, 'ledger.txt'), seed('000_603276615ce932ed'));
    const { code, stdout, stderr } = compare(['--json', '--corpus', dir, 'seeds/003_48a0785e15c454a3.txt']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped ledger\.txt: same corpus id "ledger" as ledger\.html/);
    expect(JSON.parse(stdout).coverage.find((c: { source: string }) => c.source === 'ledger').outlet).toBe('The Test Ledger');
  });

  it('reads an export file and keeps its ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    const docs = loadSeedDocs().filter((d) => !d.id.startsWith('003')).map((d) => ({ ...d, id: 'x_' + d.id.slice(0, 3), addedAt: '2025-05-10T00:00:00.000Z', source: 'user' as const, hidden: false }));
    const file = join(dir, 'export.json');
    writeFileSync(file, serializeExport(buildExport(docs, new Date('2025-05-11T00:00:00Z'))));
    const { code, stdout } = compare(['--json', '--corpus', file, 'seeds/003_48a0785e15c454a3.txt']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const sources = new Set(report.claims.flatMap((c: { matches: { source: string }[] }) => c.matches.map((m) => m.source)));
    expect([...sources].every((s) => String(s).startsWith('x_'))).toBe(true);
    expect(sources.size).toBeGreaterThan(1);
  });

  it.each([
    ['an empty folder', () => mkdtempSync(join(tmpdir(), 'corpus-')), /no \.txt or \.html article/],
    ['a missing path', () => join(tmpdir(), 'no-such-corpus-folder'), /no such corpus folder or file/],
    ['a corrupt export', () => { const d = mkdtempSync(join(tmpdir(), 'corpus-')); writeFileSync(join(d, 'c.json'), '{"format":'); return join(d, 'c.json'); }, /not a usable corpus export: file: not valid JSON/],
    ['a folder of unreadable articles', () => { const d = mkdtempSync(join(tmpdir(), 'corpus-')); writeFileSync(join(d, 'a.txt'), 'Title\nshort'); return d; }, /no readable article in .*a\.txt: no article found/],
  ])('fails with one clear line for %s', (_what, make, message) => {
    const { code, stdout, stderr } = compare(['--json', '--corpus', make(), 'seeds/003_48a0785e15c454a3.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

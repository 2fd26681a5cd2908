// The CLI loads linkedom (the HTML parser) only for HTML input: importing it was a large part of a
// run over a .txt article. Each run here is made with every import of linkedom failing
// (block-linkedom.mjs): a .txt run must still succeed, an HTML run must not, which shows the
// block works. The time itself is measured by hand (see the commit), not asserted here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url);
const BLOCK = new URL('./block-linkedom.mjs', import.meta.url).href;

function compare(args: string[], opts: { block: boolean; input?: string }) {
  const pre = opts.block ? ['--import', BLOCK] : [];
  const r = spawnSync(process.execPath, [...pre, '--import', 'tsx', 'scripts/compare.ts', ...args], { cwd: ROOT, input: opts.input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SEED = 'seeds/003_48a0785e15c454a3.txt';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const seedHtml = () => {
  const [headline, ...paragraphs] = readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim()).map(esc);
  return `<!doctype html><html lang="en"><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
};

// Each test spawns the CLI two or three times (a second or two each when idle): the timeout only
// bounds a hang, as in bench-cli.test.ts; the default 5 s failed once on a busy machine.
describe('compare CLI loads linkedom only for HTML', { timeout: 120_000 }, () => {
  it('compares a .txt article and a folder of .txt articles with linkedom blocked', () => {
    const plain = compare(['--json', SEED], { block: true });
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).self).toBe('003_48a0785e15c454a3');
    const viaStdin = compare(['--json', '-'], { block: true, input: readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8') });
    expect(viaStdin.code).toBe(0);
    const folder = compare(['--json', '--corpus', 'seeds', SEED], { block: true });
    expect(folder.stderr).toBe('');
    expect(folder.code).toBe(0);
    expect(JSON.parse(folder.stdout).claims.some((c: { matches: unknown[] }) => c.matches.length)).toBe(true);
  });

  it('needs linkedom for an HTML page and for a folder holding one (so the block above is real)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lazy-linkedom-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, seedHtml());
    const open = compare(['--json', page], { block: false });
    expect(open.code).toBe(0);
    expect(JSON.parse(open.stdout).claims.length).toBeGreaterThan(20);
    const blocked = compare(['--json', page], { block: true });
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toMatch(/linkedom is blocked/);
    const corpus = mkdtempSync(join(tmpdir(), 'lazy-linkedom-corpus-'));
    writeFileSync(join(corpus, 'page.html'), seedHtml());
    const folder = compare(['--json', '--corpus', corpus, SEED], { block: true });
    expect(folder.code).not.toBe(0);
    expect(folder.stderr).toMatch(/linkedom is blocked/);
  });
});

// Runs the real CLI (tsx scripts/compare.ts) as a user or the scorer would.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEEDS = readFileSync(new URL('../../seeds/seeds.json', import.meta.url), 'utf8');
const SEED_IDS: string[] = JSON.parse(SEEDS).seeds.map((s: { id: string }) => s.id);

function compare(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compare.ts', ...args], {
    cwd: new URL('../..', import.meta.url),
    input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test spawns the CLI (a second or two when idle): the timeout only bounds a hang.
describe('compare CLI', { timeout: 120_000 }, () => {
  it('prints contract JSON for a seed, with matches from the other four documents and none from itself', () => {
    const { code, stdout, stderr } = compare(['--json', 'seeds/003_48a0785e15c454a3.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.title).toMatch(/^When Donald J. Trump/);
    expect(report.self).toBe('003_48a0785e15c454a3');
    expect(report.claims.length).toBeGreaterThan(20);
    const sources = new Set<string>();
    for (const claim of report.claims) {
      expect(typeof claim.id).toBe('string');
      expect(typeof claim.text).toBe('string');
      for (const m of claim.matches) {
        expect(['agree', 'adds', 'contradicts']).toContain(m.relation);
        expect(m.why.length).toBeGreaterThan(0);
        expect(typeof m.outlet).toBe('string');
        sources.add(m.source);
      }
    }
    expect([...sources].sort()).toEqual(SEED_IDS.filter((id) => !id.startsWith('003')));
    expect(Array.isArray(report.additions)).toBe(true);
  });

  it('leaves a corpus document out with --exclude (by id or its three-digit prefix)', () => {
    for (const exclude of ['001', '001_6126d935732da1c5']) {
      const { code, stdout } = compare(['--json', '--exclude', exclude, 'seeds/003_48a0785e15c454a3.txt']);
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      const sources = new Set<string>(report.claims.flatMap((c: { matches: { source: string }[] }) => c.matches.map((m) => m.source)));
      expect([...sources].sort()).toEqual(SEED_IDS.filter((id) => !id.startsWith('003') && !id.startsWith('001')));
      expect(report.coverage.map((c: { source: string }) => c.source)).not.toContain('001_6126d935732da1c5');
    }
  });

  it('reads a .txt article from standard input', () => {
    const raw = readFileSync(new URL('../../seeds/001_6126d935732da1c5.txt', import.meta.url), 'utf8');
    const { code, stdout } = compare(['--json', '-'], raw);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).self).toBe('001_6126d935732da1c5');
  });

  it('prints a readable report without --json', () => {
    const { code, stdout } = compare(['seeds/004_d9d90d85d9b168a8.txt']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Coverage of this story/);
    expect(stdout).toMatch(/AGREES|ADDS|CONTRADICTS/);
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it.each([
    [['--json', 'no/such/file.txt'], /no such file/],
    [['--json'], /usage/],
    [['--json', '--bogus', 'seeds/000_603276615ce932ed.txt'], /usage/],
    [['--json', 'seeds/000_603276615ce932ed.txt', '--exclude'], /usage/],
  ])('fails with a one-line message on bad input %j', (args, message) => {
    const { code, stdout, stderr } = compare(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('says plainly that an article in another language is not supported yet', () => {
    const french =
      'La Chine envisage une offre sur le fentanyl\n' +
      'La Chine envisage une offre sur le fentanyl pour ouvrir des négociations commerciales avec les États-Unis, ' +
      'selon des personnes proches du dossier. Les droits de douane américains atteignent 145 pour cent, et la Chine ' +
      'a répondu avec des droits de 125 pour cent sur les produits venus des États-Unis depuis le mois dernier.';
    const { code, stdout } = compare(['--json', '-'], french);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.notice).toMatch(/Language not supported yet/);
    expect(report.claims.flatMap((c: { matches: unknown[] }) => c.matches)).toEqual([]);
  });

  it('fails clearly on an HTML page with no article', () => {
    const { code, stderr } = compare(['--json', '-'], '<html><body><nav>Home</nav><p>Sign in</p></body></html>');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/no article/);
  });
});

// The built Firefox extension through Mozilla's own linter (web-ext lint, the checks of
// addons.mozilla.org), and the built bundles checked for code that evaluates strings.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild, ROOT } from './shared';

/**
 * The warnings the bundled libraries cause, each known and checked: Preact's support for
 * dangerouslySetInnerHTML (we never use it: tests/security/source.test.ts) and Readability's
 * innerHTML on its own cloned document. A warning of any other kind fails the test.
 */
const KNOWN_LIBRARY_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

describe('the built extension', () => {
  it('passes web-ext lint with 0 errors and no warnings beyond the bundled libraries’ known ones', () => {
    const dir = requireBuild('firefox-mv2');
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', dir, '--output', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w: { code: string }) => w.code).filter((c: string) => !KNOWN_LIBRARY_WARNINGS.has(c))).toEqual([]);
  });

  it.each(['chrome-mv3', 'firefox-mv2'] as const)('%s: no eval, no new Function, no remote script', (target) => {
    for (const file of jsFiles(requireBuild(target))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/(^|[^.\w$])eval\s*\(/);
      expect(code, file).not.toMatch(/new\s+Function\s*\(/);
      expect(code, file).not.toMatch(/https?:\/\/[^\s"'`]*\.(js|mjs)\b/);
    }
  });
});

// Page and corpus text is untrusted: our own code never turns a string into markup or code.
// Bundled libraries (Preact's dangerouslySetInnerHTML support, Readability's work on its cloned
// document) are outside this check; web-ext lint's view of the bundles is in tests/browser/lint.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timer (implicit eval)', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['remote script or fetch', /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|importScripts\s*\(/],
];

/**
 * The one network call of the extension (issue 22): the background's fetch of followed sources,
 * handed to the fetch run, which adds the privacy options to every request (utils/follow/http.ts).
 */
const ALLOWED_FETCH = /^entrypoints\/background\.ts:\d+: fetch: \(url, init\) => fetch\(url, init\),$/;

/** Lines of `files` (comments aside) that match `pattern`, as "path:line: text". */
function linesMatching(files: string[], pattern: RegExp): string[] {
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${f.slice(ROOT.length)}:${i + 1}` }))
      .filter(({ line }) => !/^\s*(\/\/|\*)/.test(line) && pattern.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
}

describe('our source code', () => {
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(FORBIDDEN)('never uses %s', (_name, pattern) => {
    expect(linesMatching(files, pattern).filter((l) => !ALLOWED_FETCH.test(l))).toEqual([]);
  });

  it('calls fetch in one place only: the background’s requests to the sources the reader follows', () => {
    // Everything those requests may do is in utils/follow/http.ts (no credentials, no referrer,
    // no cache, no redirect to another origin), which receives this function.
    expect(linesMatching(files, /\bfetch\s*\(/).filter((l) => ALLOWED_FETCH.test(l))).toHaveLength(1);
  });
});

// The engine runs in the extension's pages and worker as well as in Node (the CLI): a Node
// global there passes every unit test and breaks every analysis in the browser.
const NODE_ONLY = /\bprocess\.|\brequire\(|\bBuffer\.|__dirname|__filename|from ['"]node:/;

describe('the engine', () => {
  const files = sourceFiles(join(ROOT, 'utils/engine'));

  it('uses nothing that exists only in Node', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(linesMatching(files, NODE_ONLY)).toEqual([]);
  });
});

// Facts both browser tests need: where the build and the browsers are, and the one command
// that installs a missing browser (a missing browser fails the test; it is never skipped).
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = `${ROOT}test-artifacts/`;
export const INSTALL_BROWSERS = 'sudo apt-get install -y chromium firefox-esr';

export function requireFile(path: string, what: string, fix: string): string {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}. Fix: ${fix}`);
  return path;
}

export function requireBuild(target: 'chrome-mv3' | 'firefox-mv2'): string {
  const dir = `${ROOT}.output/${target}`;
  requireFile(`${dir}/manifest.json`, `The ${target} build`, target === 'chrome-mv3' ? 'npx wxt build' : 'npx wxt build -b firefox');
  return dir;
}

export function artifactsDir(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

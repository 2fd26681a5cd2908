// Rasterises assets/icon.svg (drawn for this project) to the toolbar and store sizes WXT puts in
// the manifest: public/icon/{16,32,48,128}.png. Run by hand after changing the SVG
// (`npx tsx scripts/make-icons.ts`); the PNGs are committed, so builds need no browser.
// Uses the system's Chromium (the same one the browser tests use) with a transparent background.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/browser/shared';

const SIZES = [16, 32, 48, 128] as const;
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const out = new URL('../public/icon/', import.meta.url).pathname;

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.screenshot({ path: `${out}${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(`make-icons: ${(e as Error).message}`);
  process.exitCode = 1;
});

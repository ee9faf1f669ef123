// Draws the app icons in web/icons/ from their SVG sources with Chromium
// (playwright-core, a dev dependency, and Debian's chromium), so the PNGs
// can be remade after an artwork change:  node web/make-icons.mjs
// The PNGs are committed: building the app needs no browser.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const WEB = path.dirname(fileURLToPath(import.meta.url));
/** [source SVG, size in px, output]: "any" icons keep their rounded corners; maskable ones fill the square. */
const ICONS = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 192, 'maskable-192.png'],
  ['icon-maskable.svg', 512, 'maskable-512.png'],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [source, size, out] of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const svg = fs.readFileSync(path.join(WEB, source), 'utf8');
    await page.setContent(`<style>*{margin:0}svg{display:block;width:100vw;height:100vh}</style>${svg}`);
    await page.screenshot({ path: path.join(WEB, 'icons', out), omitBackground: true });
    console.log(`make-icons: ${source} -> icons/${out} (${size} px)`);
  }
} finally {
  await browser.close();
}

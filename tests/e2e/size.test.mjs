// Size budgets, measured on the release dist/: the first load (brotli) and
// the blog embed script (minified).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { DIST } from './browser.mjs';
import { firstLoad, table } from './first-load.mjs';

/**
 * The budget set by the performance issue (140 KB, up from 120 KB): room for
 * the safety table, more muscles and memoised views, not for dead weight.
 */
const BUDGET = 140 * 1024;

/** Each language's build: English at the root, the others in their folders. */
async function builds() {
  const folders = (await fs.readdir(DIST, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => path.join(DIST, e.name));
  const withPage = [];
  for (const f of folders) if (await fs.stat(path.join(f, 'index.html')).catch(() => null)) withPage.push(f);
  return [DIST, ...withPage];
}

test('each language\'s first load stays within the brotli budget', async () => {
  const dirs = await builds();
  assert.ok(dirs.includes(path.join(DIST, 'es')), 'the Spanish build is there');
  for (const dir of dirs) {
    const load = await firstLoad(dir);
    console.log(`${path.relative(DIST, dir) || 'en'}:\n${table(load)}`);
    assert.ok(load.files.some((f) => f.name.endsWith('.wasm')), 'the wasm is part of the first load');
    assert.ok(load.total.brotli <= BUDGET, `${dir}: first load is ${load.total.brotli} bytes brotli, over ${BUDGET}`);
  }
});

test('embed.js, which blogs load on every page view, stays under 3 KB minified', async () => {
  const source = await fs.readFile(path.join(DIST, 'embed.js'), 'utf8');
  const { code } = transformSync(source, { minify: true });
  console.log(`embed.js: ${source.length} bytes as shipped, ${code.length} minified`);
  assert.ok(code.length <= 3 * 1024, `embed.js is ${code.length} bytes minified`);
});

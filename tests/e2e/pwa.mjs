// Helpers for the offline and update tests: waiting for the service worker,
// and deploying a second version of the build over a served folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { sri, writeServiceWorker } from '../../web/sw-build.mjs';

/** Resolves once a service worker controls the page, i.e. the whole build is cached. */
export function controlled(page) {
  return page.waitForFunction(() => navigator.serviceWorker.controller);
}

/** The text the version-2 stylesheet adds after the app's name in the header. */
export const V2_MARK = '" v2"';

/** What the header shows after the app's name: 'none' in the real build. */
export function brandMark(page) {
  return page.locator('.brand').evaluate((el) => getComputedStyle(el, '::after').content);
}

/**
 * Replaces one hashed file of the build in `site` as a rebuild would: new
 * bytes under a new name, the old file deleted, and index.html (name and
 * integrity hash) pointing at the new one. Returns the updated index.html.
 */
async function replaceHashed(site, index, pattern, change) {
  const name = (await fs.readdir(site)).find((n) => pattern.test(n) && index.includes(n));
  if (!name) throw new Error(`deployVersion2: no ${pattern} in index.html`);
  const before = await fs.readFile(path.join(site, name));
  const after = change(before);
  const hash = crypto.createHash('sha256').update(after).digest('hex').slice(0, 16);
  // Trunk writes the hash without leading zeros, so it can be shorter than 16.
  const renamed = name.replace(/-[0-9a-f]{8,16}(?=[_.])/, `-${hash}`);
  const updated = index.replaceAll(name, renamed).replaceAll(sri(before), sri(after));
  if (renamed === name || !updated.includes(renamed)) throw new Error(`deployVersion2: cannot rename ${name}`);
  await fs.writeFile(path.join(site, renamed), after);
  await fs.rm(path.join(site, name));
  return updated;
}

/** A wasm module with an empty custom section named "v2" appended: valid, and other bytes. */
const markWasm = (bytes) => Buffer.concat([bytes, Buffer.from([0x00, 0x03, 0x02, 0x76, 0x32])]);

/**
 * Deploys "version 2" into `site` in place, as a rebuild would: the
 * stylesheet gains a visible mark, and the wasm-bindgen glue, the wasm and
 * the details file change too, so every file version 1 runs on is gone from the server and a
 * page that mixed the two builds would fail to load. index.html points at
 * the new names and sw.js is written again.
 * Returns the new worker's { version, files }.
 */
export async function deployVersion2(site) {
  const indexPath = path.join(site, 'index.html');
  let index = await fs.readFile(indexPath, 'utf8');
  index = await replaceHashed(site, index, /\.css$/, (b) => Buffer.concat([b, Buffer.from(`.brand::after{content:${V2_MARK}}`)]));
  index = await replaceHashed(site, index, /\.wasm$/, markWasm);
  index = await replaceHashed(site, index, /^symptom-explorer-[0-9a-f]+\.js$/, (b) => Buffer.concat([b, Buffer.from('\n// version 2\n')]));
  index = await replaceHashed(site, index, /^details-[0-9a-f]+\.txt$/, (b) => Buffer.concat([b, Buffer.from('\n')]));
  await fs.writeFile(indexPath, index);
  return writeServiceWorker(site);
}

// Helpers for the offline and update tests: waiting for the service worker,
// and deploying a second version of the build over a served folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeServiceWorker } from '../../web/sw-build.mjs';

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

const sri = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');

/**
 * Deploys "version 2" into `site` in place, as a rebuild would: the
 * stylesheet gains a visible mark and so a new hashed name, the old one is
 * deleted, index.html points at the new one, and sw.js is written again.
 * Returns the new worker's { version, files }.
 */
export async function deployVersion2(site) {
  const css = (await fs.readdir(site)).find((n) => n.endsWith('.css'));
  const before = await fs.readFile(path.join(site, css));
  const after = Buffer.concat([before, Buffer.from(`.brand::after{content:${V2_MARK}}`)]);
  const renamed = css.replace(/-[0-9a-f]+\.css$/, `-${crypto.createHash('sha256').update(after).digest('hex').slice(0, 16)}.css`);
  const indexPath = path.join(site, 'index.html');
  const index = await fs.readFile(indexPath, 'utf8');
  const updated = index.replace(css, renamed).replace(sri(before), sri(after));
  if (renamed === css || !updated.includes(renamed) || !updated.includes(sri(after))) {
    throw new Error(`deployVersion2: cannot rename ${css} in index.html`);
  }
  await fs.writeFile(path.join(site, renamed), after);
  await fs.writeFile(indexPath, updated);
  await fs.rm(path.join(site, css));
  return writeServiceWorker(site);
}

// Writes <dir>/sw.js from the template web/sw.js: the list of every file the
// build serves, read from the folder itself (hashed names and all, never a
// hand-kept list), each with its SHA-384 hash, and a version derived from
// them. Run by post-build.mjs on Trunk's staging folder, or by hand:
//   node web/sw-build.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sw.js');
/** Not part of what the worker serves: itself, and the host's header rules. */
const SKIP = new Set(['sw.js', '_headers']);

/** The integrity string of `bytes`, as in `<script integrity>`. */
export const sri = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');

/** Relative paths of every file under `dir`, with '/' separators, sorted. */
function filesIn(dir, prefix = '') {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    // A folder with a page of its own is another app (another language's
    // build, dist/es/), with its own worker.
    .filter((e) => !(e.isDirectory() && fs.existsSync(path.join(dir, prefix, e.name, 'index.html'))))
    .flatMap((e) => (e.isDirectory() ? filesIn(dir, prefix + e.name + '/') : [prefix + e.name]))
    .sort();
}

/** Writes sw.js into `dir`; returns its version and precache list. */
export function writeServiceWorker(dir) {
  const files = filesIn(dir)
    .filter((name) => !SKIP.has(name))
    // The page is cached under the folder's address, which is what people open.
    .map((name) => [name === 'index.html' ? './' : name, sri(fs.readFileSync(path.join(dir, name)))]);
  if (!files.some(([name]) => name === './')) throw new Error(`sw-build: no index.html in ${dir}`);
  const version = crypto.createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
  let sw = fs.readFileSync(TEMPLATE, 'utf8');
  const fill = (placeholder, value) => {
    if (!sw.includes(placeholder)) throw new Error(`sw-build: the template has no "${placeholder}"`);
    // A function, so `$` in a value is never read as a replacement pattern.
    sw = sw.replace(placeholder, () => value);
  };
  fill("const VERSION = 'dev';", `const VERSION = '${version}';`);
  fill('const FILES = [];', `const FILES = ${JSON.stringify(files, null, 1)};`);
  fs.writeFileSync(path.join(dir, 'sw.js'), sw);
  return { version, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node web/sw-build.mjs <built folder>');
  const { version, files } = writeServiceWorker(dir);
  console.log(`sw-build: ${files.length} files, version ${version}`);
}

// Trunk post-build hook (see Trunk.toml): minifies wasm-bindgen's JS glue
// and the page's own module scripts (web/*.js, marked data-no-minify because
// Trunk's minifier does not handle modules), which Trunk leaves as written,
// and updates their integrity hashes in index.html. Runs on the staging
// folder before Trunk publishes dist/. web/embed.js is left as written, so a
// blogger can read what they paste.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { transformSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const sri = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');
const indexPath = path.join(dir, 'index.html');
let index = fs.readFileSync(indexPath, 'utf8');
for (const name of fs.readdirSync(dir)) {
  const glue = index.includes(`data-js=./${name}`);
  if (!name.endsWith('.js') || !(glue || index.includes(`src=./${name}`))) continue;
  const file = path.join(dir, name);
  const before = fs.readFileSync(file);
  // web/boot.js awaits at the top level, which needs es2022.
  const target = glue ? 'es2020' : 'es2022';
  const { code } = transformSync(before.toString(), { minify: true, format: 'esm', target });
  fs.writeFileSync(file, code);
  index = index.replaceAll(sri(before), sri(Buffer.from(code)));
  console.log(`post-build: minified ${name} ${before.length} -> ${code.length} bytes`);
}
fs.writeFileSync(indexPath, index);

// Trunk post-build hook (see Trunk.toml), release builds only:
// - minifies wasm-bindgen's JS glue and the page's own module scripts
//   (web/*.js, marked data-no-minify because Trunk's minifier does not handle
//   modules, and web/frame.js, which boot.js imports) and updates their
//   integrity hashes in index.html; web/embed.js
//   is left as written, so a blogger can read what they paste;
// - gives web/frame.js a hashed name and adds the offline support (web/pwa.js,
//   hashed too), both named in #wasm-entry for boot.js, and writes the
//   service worker for exactly the files of this build.
// - writes the details file that muscle pages, results and explore fetch
//   (source citations; muscles' other names, search words, summaries,
//   symptoms and self-care ideas; every build, debug too), named in
//   #wasm-entry;
// - puts the prerendered first screen into index.html (every build);
// - puts the build's language into the files around the app (every build;
//   web/language.mjs);
// - writes embed-snippet.txt, the embed snippet with embed.js's integrity
//   hash (every build);
// Runs on the staging folder before Trunk publishes dist/. Debug builds
// (`./x serve`, `trunk serve`) get no service worker, so a rebuild shows at once.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { transformSync } from 'esbuild';
import * as language from './language.mjs';
import { sri, writeServiceWorker } from './sw-build.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
const indexPath = path.join(dir, 'index.html');
const hashed = (stem, code, ext = 'js') => `${stem}-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.${ext}`;
/** Adds `data-name=./file` to #wasm-entry, where boot.js and the app read it. */
const nameInEntry = (html, entries) => {
  const out = html.replace(/id="?wasm-entry"?/, (m) => `${m} ${entries}`);
  if (out === html) throw new Error('post-build: no #wasm-entry in index.html');
  return out;
};

// The details file (engine::explore::details_file, in this build's
// language): only muscle pages, results and explore's search use it, so
// the app fetches it when one opens instead of carrying it in the wasm
// (about 5 KB brotli off the first load for the citations, 7 KB for the
// muscles' words); the service worker keeps it offline. Written by the Rust
// build (src/bin/prerender.rs), so a translation's words are the ones
// shipped; `prerender page` gives the page's words, as the build has them.
const prerender = (...args) => execFileSync('cargo', ['run', '--quiet', '--locked', '--no-default-features', '--bin', 'prerender', '--', ...args], { encoding: 'utf8' });
language.useBuilt(prerender('page'));
const details = prerender('details');
const detailsName = hashed('details', details, 'txt');
fs.writeFileSync(path.join(dir, detailsName), details);
fs.writeFileSync(indexPath, nameInEntry(fs.readFileSync(indexPath, 'utf8'), `data-details=./${detailsName}`));
console.log(`post-build: wrote ${detailsName} (${details.length} bytes)`);

// The first screen, prerendered by the same Rust code the app runs
// (src/bin/prerender.rs), in place of the loading line: it shows before the
// wasm arrives.
const loading = /<p class="?loading"? role="?status"?>[^<]*<\/p>/;
const first = prerender();
const withFirst = fs.readFileSync(indexPath, 'utf8').replace(loading, () => first);
if (!withFirst.includes('id="main"')) throw new Error('post-build: no loading line in index.html to replace');
fs.writeFileSync(indexPath, withFirst);
console.log(`post-build: prerendered the first screen (${first.length} bytes)`);

// The language: the page, the manifest, boot.js and the style sheet (whose
// integrity hashes in index.html follow).
{
  let index = language.translatePage(fs.readFileSync(indexPath, 'utf8'));
  // Renamed after their new bytes: the same Trunk name in two languages'
  // folders would otherwise hold different text, and a cache that keeps a
  // hashed name for good would serve one that fails its integrity check.
  const rewrite = (stem, ext, keys, quote) => {
    const pattern = new RegExp(`^${stem}-[0-9a-f]+\\.${ext}$`);
    const name = fs.readdirSync(dir).find((n) => pattern.test(n));
    if (!name) throw new Error(`post-build: no ${pattern} in ${dir}`);
    const before = fs.readFileSync(path.join(dir, name));
    const after = Buffer.from(language.translate(name, before.toString(), keys, quote));
    const renamed = hashed(stem, after, ext);
    fs.rmSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, renamed), after);
    index = index.replaceAll(sri(before), sri(after)).replaceAll(name, renamed);
  };
  rewrite('boot', 'js', ['boot_failed', 'try_again'], language.jsString);
  rewrite('app', 'css', ['offline_link'], language.cssString);
  fs.writeFileSync(indexPath, index);
  const manifestPath = path.join(dir, 'manifest.webmanifest');
  fs.writeFileSync(manifestPath, language.translateManifest(fs.readFileSync(manifestPath, 'utf8')));
  console.log(`post-build: in ${language.lang()}: index.html, manifest, boot.js, style sheet`);
}

// The host's header rules and the blog embed live at the root, with English:
// a blog loads that embed.js, whose table of languages (data-lang) leads to
// the other folders. With it, the embed snippet with embed.js's integrity
// hash: a blog that pastes it runs this embed.js and no other (README,
// "Embedding").
const embedPath = path.join(dir, 'embed.js');
if (language.lang() !== 'en') {
  for (const name of ['_headers', 'embed.js']) fs.rmSync(path.join(dir, name));
} else {
  fs.writeFileSync(embedPath, language.embedLanguages(fs.readFileSync(embedPath, 'utf8')));
  const snippet = `<script src="https://example.com/explorer/embed.js" integrity="${sri(fs.readFileSync(embedPath))}" crossorigin="anonymous" referrerpolicy="no-referrer" data-start="guided" async></script>\n`;
  fs.writeFileSync(path.join(dir, 'embed-snippet.txt'), snippet);
  console.log(`post-build: wrote embed-snippet.txt`);
}

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

let index = fs.readFileSync(indexPath, 'utf8');
for (const name of fs.readdirSync(dir)) {
  const glue = index.includes(`data-js=./${name}`);
  // frame.js is imported by boot.js, not linked from the page (no hash to fix).
  if (!name.endsWith('.js') || !(glue || name === 'frame.js' || index.includes(`src=./${name}`))) continue;
  const file = path.join(dir, name);
  const before = fs.readFileSync(file);
  // web/boot.js awaits at the top level, which needs es2022.
  const target = glue ? 'es2020' : 'es2022';
  const { code } = transformSync(before.toString(), { minify: true, format: 'esm', target });
  index = index.replaceAll(sri(before), sri(Buffer.from(code)));
  // The page's own scripts are named after the bytes shipped (a newer
  // minifier must not ship other bytes under a name cached for good).
  const stem = /^(boot|early)-[0-9a-f]+\.js$/.exec(name)?.[1];
  if (stem) {
    const renamed = hashed(stem, code);
    fs.rmSync(file);
    fs.writeFileSync(path.join(dir, renamed), code);
    index = index.replaceAll(name, renamed);
  } else {
    fs.writeFileSync(file, code);
  }
  console.log(`post-build: minified ${name} ${before.length} -> ${code.length} bytes`);
}

// No preload of the wasm and its glue: the first screen is in the HTML, and
// on a slow link those downloads would compete with it. boot.js starts them
// once the first screen has painted.
index = index.replace(/<link[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g, '');

// Scripts boot.js imports get hashed names, which it reads from
// #wasm-entry, so a browser never runs a cached copy from another build.
const pwaSource = language.translate('pwa.js', fs.readFileSync(new URL('pwa.js', import.meta.url), 'utf8'), ['update_ready', 'update_failed', 'reload'], language.jsString);
const pwa = transformSync(pwaSource, { minify: true, format: 'esm', target: 'es2020' }).code;
const pwaName = hashed('pwa', pwa);
fs.writeFileSync(path.join(dir, pwaName), pwa);
const frame = fs.readFileSync(path.join(dir, 'frame.js'));
const frameName = hashed('frame', frame);
fs.renameSync(path.join(dir, 'frame.js'), path.join(dir, frameName));
fs.writeFileSync(indexPath, nameInEntry(index, `data-pwa=./${pwaName} data-frame=./${frameName}`));
console.log(`post-build: wrote ${pwaName} (${pwa.length} bytes) and ${frameName}`);

const { version, files } = writeServiceWorker(dir);
console.log(`post-build: sw.js precaches ${files.length} files, version ${version}`);

// The build's language in the files around the app (web/post-build.mjs):
// index.html, the manifest, boot.js, pwa.js, the style sheet and embed.js.
// Their English text is written in web/ as it reads, so the sources stay
// plain; each string is also a key of content/en/ui.toml's [page] table,
// and a build in another language swaps it for that language's value.
// A string not found where it should be fails the build, so web/ and
// ui.toml cannot drift apart unnoticed.
import fs from 'node:fs';
import { parse } from 'smol-toml';

const ROOT = new URL('../', import.meta.url);

/** content/<lang>/ui.toml, read. */
const uiText = (lang) => parse(fs.readFileSync(new URL(`content/${lang}/ui.toml`, ROOT), 'utf8'));

/** Every shipped language: a content folder holding its interface text. */
export const languages = () =>
  fs.readdirSync(new URL('content/', ROOT), { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(new URL(`content/${e.name}/ui.toml`, ROOT)))
    .map((e) => e.name)
    .sort();

const english = uiText('en').page;
/**
 * The built language's words, as the Rust build has them (a pseudo-locale's
 * are made from English there): `prerender page` prints them (see
 * web/post-build.mjs). Set once by `useBuilt`.
 */
let built;
export const useBuilt = (json) => (built = JSON.parse(json));
/** The language built, e.g. "en", "es", or a pseudo-locale's "en-XA". */
export const lang = () => built.language.code;
const page = () => built.page;
const html = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `text` with each [page] string in `keys` swapped for this language's,
 * written by `quote` (how the file spells a string). `file` names it in
 * the error.
 */
export function translate(file, text, keys, quote) {
  for (const key of keys) {
    if (typeof page()[key] !== 'string') throw new Error(`language: the build's [page] has no ${key} (src/bin/prerender.rs lists them)`);
    const from = quote(english[key]);
    if (!text.includes(from)) throw new Error(`language: ${file} does not say [page] ${key} ${from}`);
    text = text.replaceAll(from, () => quote(page()[key]));
  }
  return text;
}

/** A string as a JavaScript literal in single quotes (as web/*.js write them). */
export const jsString = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** A string as a CSS string in double quotes. */
export const cssString = (s) => JSON.stringify(s);

/**
 * index.html in this language: <html lang dir>, the title, description and
 * noscript line, and a link to each shipped language's build (hreflang).
 * English is at the root and every other language in its folder beside it.
 */
export function translatePage(text) {
  const { code, dir } = built.language;
  const withLang = text.replace(/<html lang="?en"?>/, `<html lang="${code}" dir="${dir}">`);
  if (withLang === text) throw new Error('language: index.html has no <html lang="en">');
  // The title text, the description attribute and the noscript line.
  text = translate('index.html', withLang, ['title', 'description', 'noscript'], html);
  const root = code === 'en' ? './' : '../';
  const href = (lang) => (lang === code ? './' : lang === 'en' ? root : `${root}${lang}/`);
  const links = languages()
    .map((lang) => `<link rel="alternate" hreflang="${lang}" href="${href(lang)}">`)
    .join('');
  return text.replace('</title>', () => `</title>${links}`);
}

/** manifest.webmanifest in this language. */
export function translateManifest(json) {
  const m = JSON.parse(json);
  const { code, dir } = built.language;
  Object.assign(m, { name: page().title, short_name: page().short_name, description: page().description, lang: code, dir });
  return JSON.stringify(m);
}

/**
 * embed.js with the frame's title and folder for every language, so a
 * blog's data-lang picks the build in that language (web/embed.js,
 * LANGUAGES). Readable: a blogger may read what they paste.
 */
export function embedLanguages(text) {
  const table = Object.fromEntries(
    languages().map((lang) => [lang, { path: lang === 'en' ? '' : `${lang}/`, title: uiText(lang).page.title }]),
  );
  const line = /^ {2}var LANGUAGES = .*;$/m;
  if (!line.test(text)) throw new Error('language: embed.js has no LANGUAGES line');
  return text.replace(line, () => `  var LANGUAGES = ${JSON.stringify(table)};`);
}

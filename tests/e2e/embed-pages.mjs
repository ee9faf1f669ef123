// Two origins for the embed tests: the release dist/ on localhost, and
// examples/blog.html (and variants of its snippet) on 127.0.0.1, each with
// the headers a careful host sends.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT } from './browser.mjs';
import { readHeaders, serve } from './server.mjs';

/** The snippet in examples/blog.html, which every variant replaces. */
const SNIPPET = '<script src="http://127.0.0.1:8080/embed.js" data-start="guided" async></script>';

/**
 * Starts both servers. `pages` maps a file name to the markup that replaces
 * the blog's snippet (`APP` in it stands for the app's URL); `files` maps a
 * file name to content the blog serves as it is; `brotli` compresses both
 * sites' text as a real host does (see serve).
 * Returns { blog, app, close }.
 */
export async function serveBlogAndApp(pages, files = {}, { brotli = false } = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'blog-'));
  // A strict blog: the widget must need no inline script or style there either.
  const blogHeaders = {};
  const blog = await serve({ root: dir, brotli, headers: [{ path: '/*', headers: blogHeaders }] });
  const appRules = await readHeaders(path.join(ROOT, 'web/_headers'));
  const appHeaders = appRules.find((r) => r.path === '/*').headers;
  // What a deployer does: list their blog's origin in frame-ancestors.
  appHeaders['Content-Security-Policy'] = appHeaders['Content-Security-Policy'].replace(
    "frame-ancestors 'self'",
    `frame-ancestors 'self' ${blog.origin}`,
  );
  const app = await serve({ root: DIST, name: 'localhost', brotli, headers: appRules });
  blogHeaders['Content-Security-Policy'] =
    `default-src 'self'; script-src 'self' ${app.origin}; frame-src 'self' ${app.origin}; style-src 'self'; img-src 'self'`;
  blogHeaders['Referrer-Policy'] = 'strict-origin-when-cross-origin';
  const html = await fs.readFile(path.join(ROOT, 'examples/blog.html'), 'utf8');
  if (!html.includes(SNIPPET)) throw new Error('examples/blog.html lost its snippet');
  await fs.copyFile(path.join(ROOT, 'examples/blog.css'), path.join(dir, 'blog.css'));
  for (const [name, snippet] of Object.entries({ 'blog.html': SNIPPET, ...pages })) {
    const page = html.replace(SNIPPET, snippet).replaceAll('http://127.0.0.1:8080/', app.url);
    await fs.writeFile(path.join(dir, name), page.replaceAll('APP', app.url));
  }
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  return {
    blog,
    app,
    async close() {
      await blog.close();
      await app.close();
      await fs.rm(dir, { recursive: true });
    },
  };
}

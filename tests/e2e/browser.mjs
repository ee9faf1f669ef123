// Launches Debian's Chromium through playwright-core and records what a page
// does that it must not: CSP violations and requests to other origins.
import test from 'node:test';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHeaders, serve } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

const CHROMIUM = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export function launch() {
  return chromium.launch(CHROMIUM);
}

/**
 * A browser with a profile on disk, for what Chromium refuses in the
 * incognito-like contexts of launch() (installing a web app).
 */
export function launchProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, CHROMIUM);
}

/** Serves dist/ with the production headers. */
export async function serveDist(base = '/') {
  return serve({ root: DIST, base, headers: await readHeaders(path.join(ROOT, 'web/_headers')) });
}

/**
 * Opens a page that records CSP violations and every request. `problems()`
 * lists violations (in the page and its frames), requests to any origin but
 * `origin` (one, or a list) and page errors.
 */
export async function watchedPage(browser, origin, options = {}) {
  return watchedPageIn(await browser.newContext(options), origin);
}

/** watchedPage in a context made elsewhere (e.g. launchProfile). */
export async function watchedPageIn(context, origin) {
  const origins = [origin].flat();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Failed loads are reported above with their URL.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console error: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`),
    );
  });
  return {
    page,
    context,
    requests,
    async problems() {
      const violations = await page.evaluate(() => window.__violations).catch(() => ['page closed']);
      for (const frame of page.frames().slice(1)) violations.push(...((await frame.evaluate(() => window.__violations).catch(() => null)) ?? []));
      const offOrigin = requests.filter((u) => !origins.some((o) => u.startsWith(o + '/')) && !u.startsWith('data:'));
      return [...violations.map((v) => `CSP: ${v}`), ...offOrigin.map((u) => `off-origin request: ${u}`), ...errors];
    },
  };
}

/**
 * One server and one browser for a whole test file: registers before/after
 * hooks and returns an object whose `server` and `browser` are set once the
 * tests run.
 */
export function sharedBrowser() {
  const shared = {};
  test.before(async () => {
    shared.server = await serveDist();
    shared.browser = await launch();
  });
  test.after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

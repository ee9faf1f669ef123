// Launches Debian's Chromium through playwright-core, and the page fixture
// every e2e test opens its pages with: it records what a page does that it
// must not (CSP violations, requests to other origins, errors), fails the
// test if anything was, and closes the page's context however the test ends.
import test from 'node:test';
import assert from 'node:assert/strict';
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

/** Serves dist/ with the production headers (and `brotli`, see serve). */
export async function serveDist(base = '/', { brotli = false } = {}) {
  return serve({ root: DIST, base, brotli, headers: await readHeaders(path.join(ROOT, 'web/_headers')) });
}

const teardowns = new WeakMap();

/**
 * Runs `fn` when test `t` ends, passed or failed: the last registered runs
 * first (a page closes before the server it used), and every one runs even
 * when another throws; the test then fails with the errors. One t.after per
 * test, because node:test runs its t.after hooks in order and stops at the
 * first that throws, which would leave a server open and the file hanging.
 */
export function cleanup(t, fn) {
  let steps = teardowns.get(t);
  if (!steps) {
    steps = [];
    teardowns.set(t, steps);
    t.after(async () => {
      const errors = [];
      for (const step of steps.reverse()) {
        try {
          await step();
        } catch (e) {
          errors.push(e);
        }
      }
      if (errors.length > 1) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
      if (errors.length) throw errors[0];
    });
  }
  steps.push(fn);
}

/**
 * The page fixture of every e2e test: a new context (with `options`) and a
 * page in it that records what it must not do: CSP violations (in the page
 * and its frames), requests to any origin but `origin` (one, or a list),
 * HTTP errors, page errors and console errors. When test `t` ends, passed
 * or failed, it asserts that nothing was recorded but the problems declared
 * with `expectProblem(pattern)` (an exact string or a RegExp, each of which
 * must then be recorded), and closes the context.
 * Returns { page, context, requests, expectProblem, close }; `close()` does
 * the end-of-test check and close at once, for a test that opens many pages.
 */
export async function openPage(t, browser, origin, options = {}) {
  return openPageIn(t, await browser.newContext(options), origin);
}

/** openPage in a context made elsewhere (e.g. launchProfile), which it closes at the end. */
export async function openPageIn(t, context, origin) {
  const origins = [origin].flat();
  const requests = [];
  const errors = [];
  const expected = [];
  let page;
  let closed = false;
  const problems = async () => {
    const violations = [];
    for (const p of context.pages()) {
      for (const frame of p.frames()) violations.push(...((await frame.evaluate(() => window.__violations).catch(() => null)) ?? []));
    }
    const offOrigin = requests.filter((u) => !origins.some((o) => u.startsWith(o + '/')) && !u.startsWith('data:'));
    return [...violations.map((v) => `CSP: ${v}`), ...offOrigin.map((u) => `off-origin request: ${u}`), ...errors];
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    let found;
    try {
      found = await problems();
    } finally {
      await context.close();
    }
    const matches = (pattern, p) => (typeof pattern === 'string' ? p === pattern : pattern.test(p));
    assert.deepEqual(found.filter((p) => !expected.some((e) => matches(e, p))), [], 'the page recorded problems');
    for (const e of expected) assert.ok(found.some((p) => matches(e, p)), `the expected problem ${e} was not recorded`);
  };
  cleanup(t, close);
  // Every page of the context is watched, the first and any a test opens
  // later (a second tab, a copied link).
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  const watch = (p) => {
    p.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    p.on('console', (m) => {
      // Failed loads are reported above with their URL.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console error: ${m.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`),
    );
  });
  page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    requests,
    expectProblem(pattern) {
      expected.push(pattern);
    },
    close,
  };
}

/**
 * Makes localStorage throw on access, as a browser that blocks storage
 * does; with `framesOnly`, only inside frames (an embedded widget's), not
 * in the page that embeds them.
 */
export function blockStorage(page, { framesOnly = false } = {}) {
  return page.addInitScript((framesOnly) => {
    if (framesOnly && window === window.top) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  }, framesOnly);
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

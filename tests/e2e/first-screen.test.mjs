// End-to-end: the first screen is in index.html (prerendered by the build
// from the app's own code), so it shows before the wasm arrives; the app
// takes it over without a shift, and a deep link never flashes it; when
// the app cannot start, the page says so.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, openPage, sharedBrowser } from './browser.mjs';
import { readHeaders } from './server.mjs';
import { Q, REFERRED, WELCOME } from './journey.mjs';

const shared = sharedBrowser();

/** Holds back the wasm until `release()` is called: the page as it is before the app runs. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('before the wasm arrives, the welcome screen shows and Start works', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  const release = await holdWasm(page);
  await page.goto(shared.server.url);
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: 'Loading' }).isVisible(), false);
  assert.equal(await page.getByRole('link', { name: 'Explore the body map' }).getAttribute('href'), '#/explore');
  // A tap before the app runs: the link goes, and the page says it is loading.
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByText('Loading the symptom explorer…').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: WELCOME }).isVisible(), false);
  release();
  await page.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
});

test('focus moved into the first screen before the app runs stays there', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  const release = await holdWasm(page);
  await page.goto(shared.server.url);
  const explore = page.getByRole('link', { name: 'Explore the body map' });
  await explore.focus();
  release();
  await page.locator('.app-root').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await explore.evaluate((el) => el === document.activeElement), true);
  // And it still works: the app takes the link.
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Where does the pain come from?' }).waitFor();
});

test('a deep link shows the loading line, never the welcome screen', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  const release = await holdWasm(page);
  await page.goto(shared.server.url + '#/explore/region/temple-r');
  await page.getByText('Loading the symptom explorer…').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: WELCOME }).isVisible(), false);
  release();
  await page.getByRole('heading', { level: 1, name: /temple/i }).waitFor();
});

test('the app takes the first screen over without a layout shift', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(shared.server.url);
  await page.locator('.app-root').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.__shift), 0);
  // It leaves focus alone while it keeps the first screen: the person may be reading it.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
});

test('a returning visitor with saved answers sees the loading line, then Continue, with no shift', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await page.addInitScript((saved) => {
    localStorage.setItem('symptom-explorer:progress:/', saved);
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }, REFERRED);
  const release = await holdWasm(page);
  await page.goto(shared.server.url);
  await page.getByText('Loading the symptom explorer…').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: WELCOME }).isVisible(), false);
  release();
  await page.getByRole('button', { name: 'Continue where you left off' }).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.__shift), 0);
});

test('Back to the start before the app runs shows the first screen again', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  const release = await holdWasm(page);
  await page.goto(shared.server.url);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByText('Loading the symptom explorer…').waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  release();
  await page.locator('.app-root').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
});

const COULD_NOT_START = /could not start in this browser/;

test('when the wasm cannot load, the page says so, and Try again starts the app', async (t) => {
  const { page, expectProblem } = await openPage(t, shared.browser, shared.server.origin);
  expectProblem(/console error: symptom-explorer: could not start/);
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(shared.server.url);
  await page.getByRole('alert').filter({ hasText: COULD_NOT_START }).waitFor();
  // Only the message: the first screen's links would need the app.
  assert.equal(await page.getByRole('heading', { level: 1, name: WELCOME }).isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Try again' }).evaluate((b) => b === document.activeElement), true);
  await page.unroute(/\.wasm$/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.app-root').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
});

test('a page naming files that are gone says so instead of loading forever', async (t) => {
  const { page, expectProblem } = await openPage(t, shared.browser, shared.server.origin);
  expectProblem(/HTTP 404 for .*symptom-explorer-[0-9a-f]+\.js/);
  expectProblem(/console error: symptom-explorer: could not start/);
  // As an index.html cached from an older build would: its glue is gone.
  await page.route(/symptom-explorer-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(shared.server.url + '#/explore');
  await page.getByRole('alert').filter({ hasText: COULD_NOT_START }).waitFor();
  assert.equal(await page.getByText('Loading the symptom explorer…').isVisible(), false);
});

test('the shipped _headers make browsers ask afresh for the page and the worker, the files that keep their names', async () => {
  // (The test server sends no-cache for every file, so this reads the rules.)
  const rules = await readHeaders(path.join(ROOT, 'web/_headers'));
  const fresh = rules.filter((r) => r.headers['Cache-Control'] === 'no-cache').map((r) => r.path);
  // English at the root, Spanish in its folder.
  const each = (folder) => [folder, `${folder}index.html`, `${folder}sw.js`];
  assert.deepEqual(fresh.sort(), [...each('/'), ...each('/es/')].sort());
});

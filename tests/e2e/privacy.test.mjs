// End-to-end: answers are kept on this device only, and the person can
// erase them: "Start over" erases what was saved, "Forget my answers" (on
// the welcome, result and summary screens) erases everything, and two
// copies of the app on one site never share answers. After each, a reload
// offers nothing to continue, even after the tab's Back.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openPage, sharedBrowser } from './browser.mjs';
import { NO_WARNINGS, Q, REFERRED, REFERRED_RESULT, SUMMARY, WELCOME, walk } from './journey.mjs';

const shared = sharedBrowser();
const CONTINUE = 'Continue where you left off';
const FORGET = 'Forget my answers';
const ERASED = "Your answers were erased from this device's storage.";

/** Answers the two general warning screens from the start, which saves them. */
async function answerTwo(page, url = shared.server.url) {
  await page.goto(url);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await walk(page, NO_WARNINGS);
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
}

/** The welcome screen at `url`, once the app runs: whether it offers to continue. */
async function offersToContinue(page, url = shared.server.url) {
  await page.goto(url);
  await page.reload();
  await page.locator('.app-root').waitFor({ state: 'attached' });
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  return (await page.getByRole('button', { name: CONTINUE }).count()) > 0;
}

/** Every key the app left in this origin's storage. */
const keys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('symptom-explorer')));

test('"Start over" erases the saved answers', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await answerTwo(page);
  assert.equal(await offersToContinue(page), true);
  // Said where the choice is made.
  await page.getByText('Your answers are kept on this device only.').waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
  assert.deepEqual(await keys(page), []);
  assert.equal(await offersToContinue(page), false);
});

test('"Forget my answers" on the welcome screen erases them and says so', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await answerTwo(page);
  assert.equal(await offersToContinue(page), true);
  await page.getByRole('button', { name: FORGET }).click();
  await page.getByRole('status').filter({ hasText: ERASED }).waitFor();
  assert.equal(await page.getByRole('button', { name: CONTINUE }).count(), 0);
  assert.deepEqual(await keys(page), []);
  assert.equal(await offersToContinue(page), false);
});

for (const [screen, hash, heading] of [
  ['result', `#/guided/${REFERRED}`, REFERRED_RESULT],
  ['summary', `#/summary/${REFERRED}`, SUMMARY],
]) {
  test(`"Forget my answers" on the ${screen} erases them`, async (t) => {
    const { page } = await openPage(t, shared.browser, shared.server.origin);
    await page.goto(shared.server.url + hash);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.notDeepEqual(await keys(page), [], 'the answers were saved');
    await page.getByRole('button', { name: FORGET }).click();
    await page.getByRole('status').filter({ hasText: ERASED }).waitFor();
    await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
    assert.deepEqual(await keys(page), []);
    // The tab's Back still shows the screen, and does not save it again,
    // nor does closing the notice that is still up.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('status').filter({ hasText: ERASED }).getByRole('button', { name: 'OK' }).click();
    assert.deepEqual(await keys(page), []);
    // Nor does a reload of that page, whose address still holds them.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.app-root').waitFor({ state: 'attached' });
    assert.deepEqual(await keys(page), []);
    assert.equal(await offersToContinue(page), false);
  });
}

test('two copies of the app on one site keep their answers apart', async (t) => {
  // The same build at /a/ and /b/ of one origin (no service worker, which
  // would serve one copy's files for the other).
  const { page, context } = await openPage(t, shared.browser, shared.server.origin, { serviceWorkers: 'block' });
  await context.route(/\/[ab]\//, (route) => {
    const url = new URL(route.request().url());
    route.continue({ url: shared.server.origin + url.pathname.replace(/^\/[ab]\//, '/') + url.search });
  });
  const a = shared.server.origin + '/a/';
  const b = shared.server.origin + '/b/';
  await answerTwo(page, a);
  assert.equal(await offersToContinue(page, b), false, '/b/ does not see /a/\'s answers');
  assert.equal(await offersToContinue(page, a), true, '/a/ keeps them');
});
